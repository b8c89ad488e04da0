"""A small form dialog for the archive's short records (paper location, loan, commission rule or
receipt): fields in a form layout, each with its error label right under it, Save enabled only
while the domain's validation passes. The larger records use Designer forms (``RecordDialog``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.money import MoneyError, parse_money
from agentbook.domain.validation import FieldError, ValidationError
from agentbook.store.errors import KnownError
from agentbook.ui.errors import describe
from agentbook.ui.i18n import tr_validation

ERROR_STYLE = "color: #c62828; font-size: 90%;"
INVALID_STYLE = "border: 1px solid #c62828;"


class SimpleFormDialog(QDialog):
    """Subclasses add fields with ``add_row`` and implement ``build`` and ``store_record``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved: Any = None
        self.form = QFormLayout()
        self.inputs: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.validate_now)

    # --- building ----------------------------------------------------------------------------
    def add_row(self, name: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(name)
        self.inputs[name] = widget
        self.form.addRow(label, widget)
        error = QLabel(self)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self.form.addRow("", error)
        self.error_labels[name] = error
        for signal in ("textChanged", "dateChanged", "currentIndexChanged", "valueChanged", "toggled"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(self.schedule_validation)
        return widget

    def date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(QDate(value))
        return edit

    def line_edit(self, text: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setText(text)
        return edit

    @staticmethod
    def date_of(edit: QDateEdit) -> date:
        return edit.date().toPython()  # type: ignore[return-value]

    @staticmethod
    def money_of(edit: QLineEdit, field: str) -> Decimal | None:
        """Empty is None; unreadable text raises ValidationError naming *field*."""
        text = edit.text().strip()
        if not text:
            return None
        try:
            return parse_money(text)
        except MoneyError as exc:
            raise ValidationError(
                [FieldError(field, QT_TRANSLATE_NOOP("validation", "金额格式不正确，例如 12,345.60 或 3.5万"))]
            ) from exc

    def finish(self) -> None:
        self.validate_now()

    # --- subclasses --------------------------------------------------------------------------
    def build(self) -> Any:
        """The record from the inputs; raise ValidationError for unreadable input."""
        raise NotImplementedError

    def check(self, record: Any) -> list[FieldError]:
        return []

    def store_record(self, record: Any) -> Any:
        raise NotImplementedError

    # --- validation and saving ---------------------------------------------------------------
    def schedule_validation(self, *_args: Any) -> None:
        self._timer.start()

    def current_errors(self) -> tuple[Any, list[FieldError]]:
        try:
            record = self.build()
        except ValidationError as exc:
            return None, exc.errors
        return record, self.check(record)

    def validate_now(self) -> bool:
        self._timer.stop()
        _record, errors = self.current_errors()
        self.show_errors(errors)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not errors)
        return not errors

    def show_errors(self, errors: list[FieldError]) -> None:
        by_field: dict[str, list[str]] = {}
        general = []
        for error in errors:
            if error.field in self.error_labels:
                by_field.setdefault(error.field, []).append(error.text(tr_validation))
            else:
                general.append(error.text(tr_validation))
        for name, label in self.error_labels.items():
            messages = by_field.get(name)
            label.setText("；".join(messages or []))
            label.setVisible(bool(messages))
            self.inputs[name].setStyleSheet(INVALID_STYLE if messages else "")
        self.general_error.setText("\n".join(general))

    def save(self) -> None:
        if not self.validate_now():
            return
        record, _errors = self.current_errors()
        try:
            self.saved = self.store_record(record)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except KnownError as exc:
            self.general_error.setText(describe(exc))
            return
        self.accept()
