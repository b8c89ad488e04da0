"""The preview's table of parsed values: every row as the import will store it, its problems beside it.

Counts and problems alone cannot show a misreading that is not an error — 50万 read as 500,000.00
or as 50.00, a date read day-first, a 联系方式 split into mobile and landline — so the user sees
the values themselves, formatted as the archive will show them, before anything is written. A
cell with a problem shows what the sheet says and can be typed over here (the file stays as it
is): fixing a date in the preview beats closing the wizard, editing the sheet and starting again.
Rows are many (an agent's whole book), so this is a model drawn on demand, not a widget per cell.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from agentbook.domain.enums import LabeledEnum
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.idnumbers import mask_id_number
from agentbook.domain.money import format_money
from agentbook.importers.contacts import FollowUp
from agentbook.importers.fields import FIELDS
from agentbook.importers.problems import Problem, Severity
from agentbook.importers.rows import ParsedRow
from agentbook.importers.values import show as show_raw
from agentbook.ui.i18n import join_list, tr_enum

_ORDER = {f.key: i for i, f in enumerate(FIELDS)}
_EXTRA_LABELS = {"extra_contacts": QT_TRANSLATE_NOOP("ParsedValuesTable", "其他联系方式")}
_FOLLOW_UP_LABELS = {
    FollowUp.PENDING: QT_TRANSLATE_NOOP("ParsedValuesTable", "需要跟进"),
    FollowUp.DONE: QT_TRANSLATE_NOOP("ParsedValuesTable", "已跟进"),
    FollowUp.NONE: QT_TRANSLATE_NOOP("ParsedValuesTable", "不需要跟进"),
}
_YES_NO = (QT_TRANSLATE_NOOP("ParsedValuesTable", "否"), QT_TRANSLATE_NOOP("ParsedValuesTable", "是"))
_ERROR_ROW = QColor("#fdecea")
_CELL_COLOURS = {Severity.ERROR: QColor("#f5b7b1"), Severity.WARNING: QColor("#fff3cd")}
_INDEX = QModelIndex | QPersistentModelIndex


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
        return join_list(str(v) for v in value)
    if key == "id_number":
        return mask_id_number(str(value))
    return str(value)


def _worst(problems: list[Problem]) -> Severity | None:
    severities = {p.severity for p in problems}
    for severity in (Severity.ERROR, Severity.WARNING):
        if severity in severities:
            return severity
    return None


class ParsedRowsModel(QAbstractTableModel):
    """Column 0 the row's problems, then one column per field read; rows as the sheet numbers them.

    ``raw`` gives a cell's value as the sheet holds it (sheet row, column index), shown and
    edited where the row has a problem in that column; an edit is announced by ``corrected``."""

    corrected = Signal(int, int, str)  # Excel row, column index, the text typed

    def __init__(self, raw: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.raw = raw  # Callable[[int, int], Any] | None
        self.all_rows: list[ParsedRow] = []
        self.rows: list[ParsedRow] = []
        self.keys: list[str] = []
        self.only_problems = False

    def fill(self, rows: list[ParsedRow]) -> None:
        self.beginResetModel()
        self.all_rows = rows
        found = {k for row in rows for k in row.values} | {k for row in rows[:1] for k in row.columns}
        self.keys = sorted(found, key=lambda k: (_ORDER.get(k, len(_ORDER)), k))
        self.rows = [r for r in rows if self._shown(r)]
        self.endResetModel()

    def _shown(self, row: ParsedRow) -> bool:
        return not self.only_problems or _worst(row.problems) is not None

    def set_only_problems(self, on: bool) -> None:
        self.only_problems = on
        self.fill(self.all_rows)

    def _cell_problems(self, row: ParsedRow, key: str) -> list[Problem]:
        column = row.columns.get(key)
        if column is None:
            return []
        return [p for p in row.problems if p.column == column.header and p.severity is not Severity.INFO]

    # --- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.keys) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self.rows[section].number) if 0 <= section < len(self.rows) else None
        return _tr(QT_TRANSLATE_NOOP("ParsedValuesTable", "问题")) if section == 0 else _label(self.keys[section - 1])

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            problems = [p for p in row.problems if p.severity is not Severity.INFO]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                joined = "；" if role == Qt.ItemDataRole.DisplayRole else "\n"
                return joined.join(
                    (f"{p.where}：" if p.where else "") + p.text(QCoreApplication.translate) for p in problems
                )
            if role == Qt.ItemDataRole.BackgroundRole:
                worst = _worst(problems)
                return _CELL_COLOURS[worst] if worst else None
            return None
        key = self.keys[index.column() - 1]
        problems = self._cell_problems(row, key)
        if role == Qt.ItemDataRole.DisplayRole:
            if key in row.values:
                return shown(key, row.values[key])
            return self._raw_text(row, key) if problems else ""
        if role == Qt.ItemDataRole.EditRole:
            return self._raw_text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return (
                "\n".join(p.text(QCoreApplication.translate) for p in problems)
                + "\n"
                + _tr(QT_TRANSLATE_NOOP("ParsedValuesTable", "双击改正"))
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            worst = _worst(problems)
            if worst is not None:
                return _CELL_COLOURS[worst]
            return _ERROR_ROW if not row.ok else None
        return None

    def _raw_text(self, row: ParsedRow, key: str) -> str:
        column = row.columns.get(key)
        if column is None or self.raw is None:
            return ""
        value = self.raw(row.number, column.index)
        return "" if value is None else show_raw(value)

    def flags(self, index: _INDEX) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() > 0 and self.raw is not None:
            row, key = self.rows[index.row()], self.keys[index.column() - 1]
            if self._cell_problems(row, key):
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _INDEX, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Hand the correction to the page, which re-reads the sheet and fills the model again."""
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        row, key = self.rows[index.row()], self.keys[index.column() - 1]
        text = str(value or "")
        if text == self._raw_text(row, key):
            return False
        self.corrected.emit(row.number, row.columns[key].index, text)
        return True


class ParsedValuesTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parsed_values")
        self.model_ = ParsedRowsModel(None, self)
        self.setModel(self.model_)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setDefaultSectionSize(110)
        self.verticalHeader().setDefaultSectionSize(24)

    @property
    def keys(self) -> list[str]:
        return self.model_.keys

    def fill(self, rows: list[ParsedRow]) -> None:
        """One table row per sheet row (its Excel number down the side), one column per field read."""
        self.model_.fill(rows)
        self.setColumnWidth(0, 320)

    def cell_text(self, excel_row: int, key: str) -> str:
        """What the table shows for *key* in sheet row *excel_row* (for tests and accessibility)."""
        model = self.model_
        for r, row in enumerate(model.rows):
            if row.number == excel_row:
                return str(model.data(model.index(r, model.keys.index(key) + 1)) or "")
        raise KeyError(excel_row)

    def index_of(self, excel_row: int, key: str) -> QModelIndex:
        model = self.model_
        r = next(r for r, row in enumerate(model.rows) if row.number == excel_row)
        return model.index(r, model.keys.index(key) + 1)
