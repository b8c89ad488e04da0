"""Two-way binding between form widgets and domain values, with per-field error labels."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QWidget,
)

from agentbook.domain.enums import LabeledEnum
from agentbook.domain.money import MoneyError, format_money, parse_money
from agentbook.ui.i18n import tr_enum

EMPTY_DATE = QDate(1900, 1, 1)


class FieldParseError(ValueError):
    """What the user typed cannot be read (e.g. ``12,3a`` as money); message is source text."""


class Field:
    """One bound widget: ``get()`` returns the domain value, ``set()`` shows one."""

    def __init__(
        self, name: str, widget: QWidget, kind: str, enum: type[LabeledEnum] | None = None, optional: bool = True
    ) -> None:
        self.name = name
        self.widget = widget
        self.kind = kind
        self.enum = enum
        self.optional = optional
        self.error_label: QLabel | None = None
        if kind == "enum":
            assert isinstance(widget, QComboBox) and enum is not None
            if optional:
                widget.addItem("", None)
            for member in enum:
                widget.addItem(tr_enum(member), member.value)
        if kind == "date" and isinstance(widget, QDateEdit):
            widget.setMinimumDate(EMPTY_DATE)
            widget.setMaximumDate(QDate(2200, 12, 31))
            if optional:
                widget.setSpecialValueText(" ")

    def connect(self, slot: Any) -> None:
        w = self.widget
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            w.textChanged.connect(slot)
        elif isinstance(w, QComboBox):
            w.currentIndexChanged.connect(slot)
            if w.isEditable():
                w.editTextChanged.connect(slot)
        elif isinstance(w, QDateTimeEdit):  # QDateEdit is one too
            w.dateTimeChanged.connect(slot)
        elif isinstance(w, QCheckBox):
            w.toggled.connect(slot)
        elif isinstance(w, QSpinBox):
            w.valueChanged.connect(slot)

    def get(self) -> Any:
        w: Any = self.widget  # its class follows self.kind: a line edit for money, a combo box for enum …
        if self.kind == "money":
            text = w.text().strip()
            if not text:
                return None
            try:
                return parse_money(text)
            except MoneyError as exc:
                raise FieldParseError("金额格式不正确，例如 12,345.60 或 3.5万") from exc
        if self.kind == "enum":
            code = w.currentData()
            return self.enum(code) if code and self.enum is not None else None
        if self.kind == "date":
            value = w.date()
            return None if value == EMPTY_DATE else value.toPython()
        if self.kind == "datetime":
            return w.dateTime().toPython().replace(second=0, microsecond=0)
        if self.kind == "bool":
            return w.isChecked()
        if self.kind == "int":
            return w.value()
        if self.kind == "optional_int":  # the spin box's lowest value reads as "not set"
            return None if w.value() == w.minimum() else w.value()
        if self.kind == "multiline":
            return w.toPlainText().strip()
        if isinstance(w, QComboBox):
            return w.currentText().strip()
        return w.text().strip()

    def set(self, value: Any) -> None:
        w: Any = self.widget  # as in get()
        if self.kind == "money":
            w.setText(format_money(value).replace(",", "") if isinstance(value, Decimal) else "")
        elif self.kind == "enum":
            index = w.findData(value.value if isinstance(value, LabeledEnum) else None)
            w.setCurrentIndex(max(index, 0))
        elif self.kind == "date":
            w.setDate(QDate(value.year, value.month, value.day) if isinstance(value, date) else EMPTY_DATE)
        elif self.kind == "datetime":
            if isinstance(value, datetime):
                w.setDateTime(QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)))
        elif self.kind == "bool":
            w.setChecked(bool(value))
        elif self.kind == "int":
            w.setValue(int(value or 0))
        elif self.kind == "optional_int":
            w.setValue(w.minimum() if value is None else int(value))
        elif self.kind == "multiline":
            w.setPlainText(value or "")
        elif isinstance(w, QComboBox):
            w.setCurrentText(value or "")
        else:
            w.setText(value or "")


def with_clear_button(edit: QDateEdit, tooltip: str) -> tuple[QWidget, QHBoxLayout, QToolButton]:
    """Wrap an optional date so it can be emptied again with one click."""
    container = QWidget(edit.parentWidget())
    # A plain QWidget grows vertically in a form row, leaving its label floating above the field.
    container.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    layout = QHBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    button = QToolButton(container)
    button.setText("×")
    button.setToolTip(tooltip)
    button.setObjectName(f"clear_{edit.objectName()}")
    button.clicked.connect(lambda: edit.setDate(EMPTY_DATE))
    return container, layout, button
