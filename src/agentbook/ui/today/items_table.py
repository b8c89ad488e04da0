"""The table of one Today list: its columns per kind, urgent notes in red, the customer as a link,
and the one-click action drawn as a button in every row (no widget per row)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTableView,
)

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.queries.today_items import TodayItem, TodayReport
from agentbook.ui.list_model import Column, ListTableModel
from agentbook.ui.today.wording import ACTIONS, note, subject, tr

ACTION_HEADER = QT_TRANSLATE_NOOP("columns", "操作")
NOTE_HEADER = QT_TRANSLATE_NOOP("columns", "说明")
_RED = QColor("#c62828")
_LINK = QColor("#1565c0")


def columns_for(kind: str, report_of: Callable[[], TodayReport | None]) -> list[Column[TodayItem]]:
    """The table's columns for *kind*; headers are source text in the "columns" context."""

    def explain(item: TodayItem) -> str:
        report = report_of()
        return note(item, report) if report else ""

    date_header = {
        "payment_due": QT_TRANSLATE_NOOP("columns", "应缴日期"),
        "payment_overdue": QT_TRANSLATE_NOOP("columns", "应缴日期"),
        "lapse_warning": QT_TRANSLATE_NOOP("columns", "应缴日期"),
        "expiring": QT_TRANSLATE_NOOP("columns", "到期日期"),
        "callback": QT_TRANSLATE_NOOP("columns", "犹豫期至"),
        "birthday": QT_TRANSLATE_NOOP("columns", "生日"),
        "follow_up": QT_TRANSLATE_NOOP("columns", "跟进日期"),
        "claim_waiting": QT_TRANSLATE_NOOP("columns", "报案日期"),
        "complaint": QT_TRANSLATE_NOOP("columns", "处理时限"),
        "loan_overdue": QT_TRANSLATE_NOOP("columns", "应还日期"),
        "opportunity": QT_TRANSLATE_NOOP("columns", "日期"),
        "reinstatement": QT_TRANSLATE_NOOP("columns", "复效截止"),
    }.get(kind, QT_TRANSLATE_NOOP("columns", "日期"))
    amount_header = {
        "payment_overdue": QT_TRANSLATE_NOOP("columns", "欠缴金额"),
        "lapse_warning": QT_TRANSLATE_NOOP("columns", "欠缴金额"),
        "payment_due": QT_TRANSLATE_NOOP("columns", "应缴金额"),
        "expiring": QT_TRANSLATE_NOOP("columns", "保费"),
        "callback": QT_TRANSLATE_NOOP("columns", "保费"),
        "reinstatement": QT_TRANSLATE_NOOP("columns", "保费"),
        "claim_waiting": QT_TRANSLATE_NOOP("columns", "申请金额"),
    }.get(kind)
    columns: list[Column[TodayItem]] = [Column(QT_TRANSLATE_NOOP("columns", "客户"), "text", lambda i: i.customer_name)]
    if kind != "birthday":
        columns.append(Column(QT_TRANSLATE_NOOP("columns", "事项"), "text", subject))
    columns.append(Column(date_header, "date", lambda i: i.day))
    columns.append(Column(NOTE_HEADER, "text", explain))
    if amount_header:
        columns.append(Column(amount_header, "money", lambda i: i.amount))
    if kind in ACTIONS:
        columns.append(Column(ACTION_HEADER, "text", lambda i: tr(ACTIONS[i.kind])))
    return columns


class TodayItemsModel(ListTableModel[TodayItem]):
    """Urgent rows speak in red; the customer reads as a link (one click opens the 360 view)."""

    note_column = -1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.column() == 0 and role == Qt.ItemDataRole.ForegroundRole:
            return _LINK
        if index.column() == 0 and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setUnderline(True)
            return font
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() == self.note_column
            and self.row_object(index.row()).urgent
        ):
            return _RED
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return QCoreApplication.translate("TodayTab", "单击打开客户档案")
        return super().data(index, role)


class ButtonDelegate(QStyledItemDelegate):
    """Draws the action column as buttons and reports a click on one (no widget per row)."""

    clicked = Signal(int)  # row

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            super().paint(painter, option, index)
            return
        button = QStyleOptionButton()
        button.rect = option.rect.adjusted(6, 3, -6, -3)
        button.text = text
        button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
        if option.state & QStyle.StateFlag.State_MouseOver:
            button.state |= QStyle.StateFlag.State_MouseOver
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, widget)

    def editorEvent(  # noqa: N802 - Qt's name
        self, event: QEvent, model: Any, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and option.rect.contains(event.position().toPoint())
            and index.data(Qt.ItemDataRole.DisplayRole)
        ):
            self.clicked.emit(index.row())
            return True
        return False


def lay_out(
    view: QTableView, model: TodayItemsModel, kind: str, plain: QStyledItemDelegate, button: ButtonDelegate
) -> None:
    """Show *model* in *view*: the subject (or a birthday's note) takes the width, the action column
    a button's."""
    view.setModel(model)
    for column in range(model.columnCount()):
        view.setItemDelegateForColumn(column, plain)
    if kind in ACTIONS:
        view.setItemDelegateForColumn(model.columnCount() - 1, button)
    head = view.horizontalHeader()
    head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if kind != "birthday":
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    else:
        head.setStretchLastSection(False)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    if kind in ACTIONS:
        head.setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Fixed)
        head.resizeSection(model.columnCount() - 1, 130)
