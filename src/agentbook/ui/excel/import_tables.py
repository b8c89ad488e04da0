"""The preview's lists of problems and of duplicates, as models drawn on demand.

A sheet imported a second time (this month's list of the same customers) finds every row in the
archive already: ten thousand duplicates, each with its own choice, and as many problems. A
widget per cell — a combo box per duplicate — took 9 s of the GUI thread to build at 10,000
rows; a model shows the rows on screen only, and a duplicate's choice is a combo box only while
it is being changed (``ActionDelegate``), drawn as one everywhere else.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.idnumbers import mask_id_number
from agentbook.importers.plan import Action, Duplicate
from agentbook.importers.problems import Problem, Severity
from agentbook.importers.report import REPORT_HEADERS
from agentbook.ui.i18n import join_list

SEVERITY_COLOURS = {Severity.ERROR: QColor("#fde0dc"), Severity.WARNING: QColor("#fff3cd")}
_INDEX = QModelIndex | QPersistentModelIndex
_DUPLICATE_HEADERS = (
    QT_TRANSLATE_NOOP("ImportTables", "行号"),
    QT_TRANSLATE_NOOP("ImportTables", "姓名"),
    QT_TRANSLATE_NOOP("ImportTables", "证件号码"),
    QT_TRANSLATE_NOOP("ImportTables", "重复情况"),
    QT_TRANSLATE_NOOP("ImportTables", "处理方式"),
)
ACTION_COLUMN = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportTables", text)


def allowed_actions(dup: Duplicate) -> list[Action]:
    """What may be done with *dup*: an archived customer can be updated only when it is known which."""
    return [a for a in Action if dup.kind == "file" or a is not Action.UPDATE or dup.existing_id is not None]


class ProblemsModel(QAbstractTableModel):
    """Every problem of the plan: its row, column, text and severity, coloured by severity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems: list[Problem] = []

    def fill(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self.problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(REPORT_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("importer", REPORT_HEADERS[section])  # the saved report's
        return None

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.problems):
            return None
        problem = self.problems[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return SEVERITY_COLOURS.get(problem.severity)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return str(problem.row)
        if column == 1:
            return problem.where
        if column == 2:
            return problem.text(QCoreApplication.translate)
        return QCoreApplication.translate("importer", problem.severity.label)


class DuplicatesModel(QAbstractTableModel):
    """The plan's duplicates; the last column is the user's choice for each (EditRole: an
    ``Action``), announced by ``chosen`` with the duplicate's key."""

    chosen = Signal(object, object)  # (kind, row) key, Action

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.duplicates: list[Duplicate] = []
        self._rows: dict[tuple[str, int], int] = {}

    def fill(self, duplicates: Sequence[Duplicate]) -> None:
        """Show *duplicates*; the same duplicates planned again (a choice made) change in place,
        so the list keeps its place on screen."""
        if [d.key for d in duplicates] == [d.key for d in self.duplicates] and self.duplicates:
            self.duplicates = list(duplicates)
            last = self.index(len(self.duplicates) - 1, ACTION_COLUMN)
            self.dataChanged.emit(self.index(0, ACTION_COLUMN), last)
            return
        self.beginResetModel()
        self.duplicates = list(duplicates)
        self._rows = {d.key: r for r, d in enumerate(self.duplicates)}
        self.endResetModel()

    def index_of(self, key: tuple[str, int]) -> QModelIndex:
        """The choice cell of the duplicate *key* (``("file", 9)``: row 9 repeats an earlier row)."""
        return self.index(self._rows[key], ACTION_COLUMN)

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.duplicates)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(_DUPLICATE_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(_DUPLICATE_HEADERS[section])
        return None

    def flags(self, index: _INDEX) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == ACTION_COLUMN else flags

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.duplicates):
            return None
        dup = self.duplicates[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == ACTION_COLUMN:
            return dup.action
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return join_list(str(n) for n in dup.rows[:5]) + ("…" if len(dup.rows) > 5 else "")
        if column == 1:
            return dup.name
        if column == 2:
            return mask_id_number(dup.id_number)
        if column == 3:
            return dup.text(QCoreApplication.translate)
        return QCoreApplication.translate("importer", dup.action.label)

    def setData(self, index: _INDEX, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != ACTION_COLUMN or not index.isValid():
            return False
        dup = self.duplicates[index.row()]
        action = Action(value)
        if action not in allowed_actions(dup):
            return False
        if action is not dup.action:
            self.chosen.emit(dup.key, action)
        return True


class ActionDelegate(QStyledItemDelegate):
    """A duplicate's choice: drawn as a combo box, one only while it is being changed; a choice
    takes effect as soon as it is picked."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _INDEX) -> None:
        box = QStyleOptionComboBox()
        box.rect = option.rect
        box.state = option.state  # greyed with the list while a check runs
        box.palette = option.palette
        box.currentText = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, option.widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, option.widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: _INDEX) -> QSize:  # noqa: N802
        """As wide as the longest choice and the drop-down arrow: the column does not jump with a choice."""
        hint = super().sizeHint(option, index)
        metrics = option.fontMetrics
        widest = max(metrics.horizontalAdvance(QCoreApplication.translate("importer", a.label)) for a in Action)
        return QSize(widest + 36, hint.height())

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, index: _INDEX) -> QWidget:  # noqa: N802
        model = index.model()
        assert isinstance(model, DuplicatesModel)
        box = QComboBox(parent)
        for action in allowed_actions(model.duplicates[index.row()]):
            box.addItem(QCoreApplication.translate("importer", action.label), action)
        box.activated.connect(lambda _i, b=box: self._picked(b))
        QTimer.singleShot(0, box, box.showPopup)  # one click opens the list (dropped if closed first)
        return box

    def _picked(self, box: QComboBox) -> None:
        self.commitData.emit(box)
        self.closeEditor.emit(box)

    def setEditorData(self, editor: QWidget, index: _INDEX) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _INDEX) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
