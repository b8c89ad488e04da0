"""A small form dialog for the archive's short records (paper location, loan, commission rule or
receipt): fields in a form layout, each with its error label right under it, Save enabled only
while the domain's validation passes (``FormDialog``). The larger records use Designer forms
(``RecordDialog``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
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
from agentbook.ui.dialogs.form_base import ERROR_STYLE, INVALID_STYLE, FormDialog


class SimpleFormDialog(FormDialog):
    """Subclasses add fields with ``add_row`` and implement ``build``, ``check`` and ``store_record``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.inputs: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    # --- building ----------------------------------------------------------------------------
    def add_row(self, name: str, label: str, widget: QWidget) -> Any:
        """A labelled input with its error line under it; any change re-validates the form."""
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

    def set_row_visible(self, name: str, visible: bool) -> None:
        """Show or hide a row with its error line (fields that apply only in some cases)."""
        self.form.setRowVisible(self.inputs[name], visible)
        if not visible:
            self.error_labels[name].hide()

    def date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(QDate(value.year, value.month, value.day))
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

    # --- the form's side of FormDialog ---------------------------------------------------------
    def current_errors(self) -> tuple[Any, list[FieldError]]:
        try:
            record = self.build()
        except ValidationError as exc:
            return None, exc.errors
        return record, self.check(record)

    def show_errors(self, errors: list[FieldError]) -> None:
        mine, general = self.by_field(errors, self.error_labels)
        for name, label in self.error_labels.items():
            messages = mine.get(name)
            label.setText("；".join(messages or []))
            label.setVisible(bool(messages))
            self.inputs[name].setStyleSheet(INVALID_STYLE if messages else "")
        self.general_error.setText("\n".join(general))

    def say(self, text: str) -> None:
        self.general_error.setText(text)

    def write(self, record: Any) -> Any:
        return self.store_record(record)
