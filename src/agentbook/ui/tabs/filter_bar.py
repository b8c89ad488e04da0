"""The row of filters above a tab's table; each tab declares which filters fit its records."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from agentbook.domain.enums import LabeledEnum
from agentbook.ui.i18n import tr_enum


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._readers: dict[str, Callable[[], Any]] = {}
        self._resetters: list[Callable[[], None]] = []
        self._setters: dict[str, Callable[[Any], None]] = {}

    def _combo(self, name: str, label: str, items: Sequence[tuple[str, Any]]) -> QComboBox:
        self._layout.addWidget(QLabel(label))
        combo = QComboBox(self)
        combo.setObjectName(f"filter_{name}")
        combo.addItem(self.tr("全部"), None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self.changed)
        self._layout.addWidget(combo)
        self._readers[name] = combo.currentData
        self._resetters.append(lambda: combo.setCurrentIndex(0))
        self._setters[name] = lambda value: combo.setCurrentIndex(max(combo.findData(value), 0))
        return combo

    def add_enum(self, name: str, label: str, enum: type[LabeledEnum]) -> QComboBox:
        return self._combo(name, label, [(tr_enum(m), m.value) for m in enum])

    def add_choices(self, name: str, label: str, choices: Sequence[str]) -> QComboBox:
        return self._combo(name, label, [(c, c) for c in choices])

    def add_date_range(self, from_name: str, to_name: str, label: str, today: date) -> None:
        """A checkable 'from … to …' pair; unchecked means no limit."""
        box = QCheckBox(label, self)
        box.setObjectName(f"filter_{from_name}_enabled")
        start, end = QDateEdit(self), QDateEdit(self)
        for edit, day in (
            (start, today),
            (
                end,
                today.replace(year=today.year + 1)
                if today.month != 2 or today.day != 29
                else date(today.year + 1, 2, 28),
            ),
        ):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.changed.emit() if box.isChecked() else None)
        start.setObjectName(f"filter_{from_name}")
        end.setObjectName(f"filter_{to_name}")

        def toggled(on: bool) -> None:
            start.setEnabled(on)
            end.setEnabled(on)
            self.changed.emit()

        box.toggled.connect(toggled)
        self._layout.addWidget(box)
        self._layout.addWidget(start)
        self._layout.addWidget(QLabel("–"))
        self._layout.addWidget(end)
        self._readers[from_name] = lambda: start.date().toPython() if box.isChecked() else None
        self._readers[to_name] = lambda: end.date().toPython() if box.isChecked() else None
        self._resetters.append(lambda: box.setChecked(False))

        def setter(edit: QDateEdit) -> Callable[[Any], None]:
            def put(value: Any) -> None:
                if isinstance(value, date):
                    box.setChecked(True)
                    edit.setDate(QDate(value.year, value.month, value.day))

            return put

        self._setters[from_name] = setter(start)
        self._setters[to_name] = setter(end)

    def add_flag(self, name: str, label: str) -> QCheckBox:
        box = QCheckBox(label, self)
        box.setObjectName(f"filter_{name}")
        box.toggled.connect(self.changed)
        self._layout.addWidget(box)
        self._readers[name] = lambda: True if box.isChecked() else None
        self._resetters.append(lambda: box.setChecked(False))
        self._setters[name] = lambda value: box.setChecked(bool(value))
        return box

    def finish(self) -> None:
        self._layout.addStretch(1)

    def values(self) -> dict[str, Any]:
        return {name: read() for name, read in self._readers.items() if read() is not None}

    def set_values(self, values: dict[str, Any]) -> None:
        """Show *values* (as ``values()`` gives them), the rest reset; one ``changed`` at the end.
        A value no longer offered (an insurer since removed) leaves its filter at 全部."""
        self.blockSignals(True)
        for reset in self._resetters:
            reset()
        for name, value in values.items():
            if name in self._setters:
                self._setters[name](value)
        self.blockSignals(False)
        self.changed.emit()

    def reset(self) -> None:
        self.blockSignals(True)
        for reset in self._resetters:
            reset()
        self.blockSignals(False)
        self.changed.emit()
