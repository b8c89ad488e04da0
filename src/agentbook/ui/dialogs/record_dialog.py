"""The shared behaviour of every edit dialog.

Validation runs on every change and shows each message under its field; Save stays disabled
until the record is valid; a failed save keeps the dialog and everything typed; closing with
unsaved changes asks first. Subclasses bind their form's widgets, build the record from the
values, and name the repository that saves it.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from agentbook.domain.enums import LabeledEnum
from agentbook.domain.validation import FieldError
from agentbook.store.api import Store
from agentbook.store.errors import StaleRecordError
from agentbook.ui.dialogs.date_typing import improve_typing
from agentbook.ui.dialogs.fields import Field, FieldParseError, with_clear_button
from agentbook.ui.dialogs.form_base import ERROR_STYLE, INVALID_STYLE, FormDialog
from agentbook.ui.errors import describe
from agentbook.ui.security.lock import KEEP_THROUGH_LOCK


class RecordDialog(FormDialog):
    form: Any  # the generated Ui_* object
    _original: Any  # dialogs that build on their own copy of the record keep it here

    def __init__(self, store: Store, record: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.record = record
        self.fields: dict[str, Field] = {}
        self.setProperty(KEEP_THROUGH_LOCK, True)  # a draft survives the idle lock, hidden
        self._snapshot: dict[str, Any] = {}

    # --- set-up helpers for subclasses ---------------------------------------------------
    def bind(
        self,
        name: str,
        kind: str = "text",
        enum: type[LabeledEnum] | None = None,
        optional: bool = True,
        widget: QWidget | None = None,
    ) -> Field:
        widget = widget or getattr(self.form, name)
        field = Field(name, widget, kind, enum, optional)
        self.fields[name] = field
        return field

    def finish_setup(self) -> None:
        """Error labels under fields, clear buttons on optional dates, change tracking."""
        for field in self.fields.values():
            if field.kind == "date" and isinstance(field.widget, QDateEdit):
                improve_typing(field.widget, self.store.today, optional=field.optional)
                if field.optional:
                    self._add_clear_button(field.widget)
            field.error_label = self._add_error_label(field.widget)
            field.connect(self.schedule_validation)
        self.buttons = self.form.buttons
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(QCoreApplication.translate("RecordDialog", "保存(&S)"))  # Alt+S, as well as Ctrl+S
        save.clicked.connect(self.save)
        for keys in (QKeySequence.StandardKey.Save, "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        self._snapshot = self.values()
        self.validate_now()

    def _form_layout_of(self, widget: QWidget) -> tuple[QFormLayout, int] | None:
        for layout in self.findChildren(QFormLayout):
            row, _role = cast(tuple[int, Any], layout.getWidgetPosition(widget))  # stubs: object
            if row >= 0:
                return layout, row
        return None

    def _add_clear_button(self, edit: QDateEdit) -> None:
        found = self._form_layout_of(edit)
        if not found:
            return
        layout, row = found
        taken = layout.takeRow(row)  # keeps the label and the edit alive; put both back wrapped
        label = taken.labelItem.widget() if taken.labelItem else None
        container, box, button = with_clear_button(edit, QCoreApplication.translate("RecordDialog", "清空日期"))
        box.addWidget(edit, 1)
        box.addWidget(button)
        if label is not None:
            layout.insertRow(row, label, container)
        else:
            layout.insertRow(row, container)

    def _add_error_label(self, widget: QWidget) -> QLabel | None:
        target = widget
        found = self._form_layout_of(target)
        wrapper = widget.parentWidget()  # a date wrapped with its clear button
        if not found and wrapper is not None:
            target = wrapper
            found = self._form_layout_of(target)
        if not found:
            return None
        layout, row = found
        label = QLabel(self)
        label.setObjectName(f"error_{widget.objectName()}")
        label.setStyleSheet(ERROR_STYLE)
        # Always there, one line high: a message appearing must not move the fields under the
        # mouse. A longer message shows whole in the tooltip.
        label.setFixedHeight(label.fontMetrics().height() + 2)
        layout.insertRow(row + 1, "", label)
        return label

    # --- values, validation, saving -----------------------------------------------------
    def values(self) -> dict[str, Any]:
        out = {}
        for name, field in self.fields.items():
            try:
                out[name] = field.get()
            except FieldParseError:
                out[name] = ("unreadable", field.widget.text() if hasattr(field.widget, "text") else "")
        return out

    def is_dirty(self) -> bool:
        return self.values() != self._snapshot

    def build_record(self) -> Any:
        """The record from the form's values; raise FieldParseError via ``value()``."""
        raise NotImplementedError

    def validate_record(self, record: Any) -> list[FieldError]:
        raise NotImplementedError

    def save_record(self, record: Any) -> Any:
        raise NotImplementedError

    def extra_errors(self) -> list[FieldError]:
        """Checks of the form itself (a customer typed but not chosen …)."""
        return []

    def value(self, name: str) -> Any:
        return self.fields[name].get()

    def current_errors(self) -> tuple[Any, list[FieldError]]:
        errors: list[FieldError] = []
        for name, field in self.fields.items():
            try:
                field.get()
            except FieldParseError as exc:
                errors.append(FieldError(name, str(exc)))
        errors += self.extra_errors()
        if errors:
            return None, errors
        record = self.build_record()
        return record, self.validate_record(record)

    def show_errors(self, errors: list[FieldError]) -> None:
        labelled = {name for name, field in self.fields.items() if field.error_label is not None}
        by_field, general = self.by_field(errors, labelled)
        for name, field in self.fields.items():
            label = field.error_label
            messages = by_field.get(name)
            if label is not None:
                label.setText("；".join(messages or []))
                label.setToolTip(label.text())
            field.widget.setStyleSheet(INVALID_STYLE if messages else "")
        self.form.general_error.setText("\n".join(general))
        self._mark_pages({name for name in by_field})

    def _mark_pages(self, invalid: set[str]) -> None:
        """On a tabbed form, colour the tabs that hold an invalid field so nothing hides."""
        pages = getattr(self.form, "pages", None)
        if pages is None:
            return
        for index in range(pages.count()):
            page = pages.widget(index)
            bad = any(page.isAncestorOf(self.fields[name].widget) for name in invalid)
            pages.tabBar().setTabTextColor(index, QColor("#c62828") if bad else QColor())

    def say(self, text: str) -> None:
        self.form.general_error.setText(text)

    def write(self, record: Any) -> Any:
        return self.save_record(record)

    def after_save(self) -> None:
        self._snapshot = self.values()

    # --- a record saved elsewhere meanwhile ----------------------------------------------
    def show_newer(self, exc: StaleRecordError) -> None:
        """Show the stored (newer) values and keep what the user typed, to put back on request.

        The form then edits the newer version, so re-applying and saving is a deliberate overwrite
        of exactly the fields the user sees, never a silent one.
        """
        mine = {name: value for name, value in self.values().items() if not _unreadable(value)}
        self.record = exc.current
        if hasattr(self, "_original"):  # dialogs that build on their own copy of the record
            self._original = exc.current
        for name, field in self.fields.items():
            if hasattr(exc.current, name):
                value = getattr(exc.current, name)
                field.set(", ".join(value) if isinstance(value, tuple) else value)
        self._mine = mine
        self._snapshot = self.values()
        button = self._reapply_button()
        button.show()
        self.validate_now()
        self.form.general_error.setText(
            describe(exc)
            + "\n"
            + QCoreApplication.translate(
                "RecordDialog", "表单已换成最新保存的内容；点“重新应用我的修改”可放回您刚才的输入，核对后再保存。"
            )
        )

    def _reapply_button(self) -> QPushButton:
        button = getattr(self, "reapply_button", None)
        if button is None:
            button = self.buttons.addButton(
                QCoreApplication.translate("RecordDialog", "重新应用我的修改"), QDialogButtonBox.ButtonRole.ActionRole
            )
            button.setObjectName("reapply")
            button.clicked.connect(self.reapply_mine)
            self.reapply_button = button
        return button

    def reapply_mine(self) -> None:
        for name, value in getattr(self, "_mine", {}).items():
            self.fields[name].set(value)
        self.reapply_button.hide()
        self.form.general_error.clear()
        self.validate_now()

    # --- closing ------------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        if self.saved is not None or not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("RecordDialog", "未保存的修改"),
            QCoreApplication.translate("RecordDialog", "放弃未保存的修改？"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self.confirm_discard():
            self._snapshot = self.values()
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.result() == QDialog.DialogCode.Accepted or self.confirm_discard():
            event.accept()
        else:
            event.ignore()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not getattr(self, "_focused_once", False):
            self._focused_once = True
            self.focus_first_field()

    def focus_first_field(self) -> None:
        """Start typing at once: the first field of the page in front, not the tab bar above it."""
        fields = {field.widget for field in self.fields.values()}
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            is_field = widget in fields or widget.parentWidget() in fields
            takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if is_field and takes_tab and widget.isVisibleTo(self) and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        # Enter in a line edit must not press Save behind the user's back.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()
            return
        super().keyPressEvent(event)


def _unreadable(value: Any) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and value[0] == "unreadable"
