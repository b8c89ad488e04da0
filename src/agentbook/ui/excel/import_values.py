"""The preview's table of parsed values: the first rows as the import will store them.

Counts and problems alone cannot show a misreading that is not an error — 50万 read as 500,000.00
or as 50.00, a date read day-first, a 联系方式 split into mobile and landline — so the user sees
the values themselves, formatted as the archive will show them, before anything is written.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from agentbook.domain.enums import LabeledEnum
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.idnumbers import mask_id_number
from agentbook.domain.money import format_money
from agentbook.importers.contacts import FollowUp
from agentbook.importers.fields import FIELDS
from agentbook.importers.rows import ParsedRow
from agentbook.ui.i18n import tr_enum

SAMPLE_ROWS = 20
_ORDER = {f.key: i for i, f in enumerate(FIELDS)}
_EXTRA_LABELS = {"extra_contacts": QT_TRANSLATE_NOOP("ParsedValuesTable", "其他联系方式")}
_FOLLOW_UP_LABELS = {
    FollowUp.PENDING: QT_TRANSLATE_NOOP("ParsedValuesTable", "需要跟进"),
    FollowUp.DONE: QT_TRANSLATE_NOOP("ParsedValuesTable", "已跟进"),
    FollowUp.NONE: QT_TRANSLATE_NOOP("ParsedValuesTable", "不需要跟进"),
}
_YES_NO = (QT_TRANSLATE_NOOP("ParsedValuesTable", "否"), QT_TRANSLATE_NOOP("ParsedValuesTable", "是"))
_ERROR_COLOUR = "#fde0dc"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ParsedValuesTable", text)


def _label(key: str) -> str:
    for f in FIELDS:
        if f.key == key:
            return QCoreApplication.translate("importer", f.label)
    return _tr(_EXTRA_LABELS.get(key, key))


def shown(key: str, value: Any) -> str:
    """A parsed value as the archive will show it (ID numbers masked, as elsewhere in the wizard)."""
    if isinstance(value, FollowUp):
        return _tr(_FOLLOW_UP_LABELS[value])
    if isinstance(value, LabeledEnum):
        return tr_enum(value)
    if isinstance(value, bool):
        return _tr(_YES_NO[value])
    if isinstance(value, Decimal):
        return format_money(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != time(0) else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return "、".join(str(v) for v in value)
    if key == "id_number":
        return mask_id_number(str(value))
    return str(value)


class ParsedValuesTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.setObjectName("parsed_values")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.keys: list[str] = []

    def fill(self, rows: list[ParsedRow]) -> None:
        """One table row per sheet row (its Excel number down the side), one column per field read."""
        rows = rows[:SAMPLE_ROWS]
        found = {k for row in rows for k in row.values}
        self.keys = sorted(found, key=lambda k: (_ORDER.get(k, len(_ORDER)), k))
        self.clear()
        self.setColumnCount(len(self.keys))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels([_label(k) for k in self.keys])
        self.setVerticalHeaderLabels([str(row.number) for row in rows])
        for r, row in enumerate(rows):
            for c, key in enumerate(self.keys):
                item = QTableWidgetItem(shown(key, row.values[key]) if key in row.values else "")
                if not row.ok:
                    item.setBackground(QColor(_ERROR_COLOUR))
                self.setItem(r, c, item)

    def cell_text(self, excel_row: int, key: str) -> str:
        """What the table shows for *key* in sheet row *excel_row* (for tests and accessibility)."""
        for r in range(self.rowCount()):
            if self.verticalHeaderItem(r).text() == str(excel_row):
                item = self.item(r, self.keys.index(key))
                return item.text() if item else ""
        raise KeyError(excel_row)
