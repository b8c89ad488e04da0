"""今日: the agent's to-do lists with counts; one click opens the record, one click records the action."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentbook.store.api import Store
from agentbook.store.today import KINDS, UNCOUNTED, TodayItem
from agentbook.ui.errors import show_error
from agentbook.ui.list_model import Column, ListTableModel
from agentbook.ui.worker import Operation

TITLES = {
    "payment_overdue": QT_TRANSLATE_NOOP("TodayTab", "逾期保费"),
    "payment_due": QT_TRANSLATE_NOOP("TodayTab", "7 天内应缴保费"),
    "expiring": QT_TRANSLATE_NOOP("TodayTab", "到期与续保（90 天内）"),
    "birthday": QT_TRANSLATE_NOOP("TodayTab", "本周生日"),
    "follow_up": QT_TRANSLATE_NOOP("TodayTab", "待回访"),
    "claim_waiting": QT_TRANSLATE_NOOP("TodayTab", "等待中的理赔"),
}
ACTIONS = {
    "payment_overdue": QT_TRANSLATE_NOOP("TodayTab", "已提醒缴费"),
    "payment_due": QT_TRANSLATE_NOOP("TodayTab", "已提醒缴费"),
    "expiring": QT_TRANSLATE_NOOP("TodayTab", "已联系续保"),
    "birthday": QT_TRANSLATE_NOOP("TodayTab", "生日祝福已发送"),
    "follow_up": QT_TRANSLATE_NOOP("TodayTab", "回访已完成"),
}
# What a double click opens: (tab of the record, which id) — see MainWindow.open_today_item.
OPENS = {
    "payment_overdue": "payments",
    "payment_due": "payments",
    "expiring": "policies",
    "birthday": "customers",
    "follow_up": "contacts",
    "claim_waiting": "claims",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodayTab", text)


class TodayTab(QWidget):
    openRequested = Signal(str, int)  # noqa: N815 - tab, record id
    changed = Signal()
    changed_counts = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("tab_today")
        self.lists: dict[str, list[TodayItem]] = {}
        self.kinds = QListWidget(self)
        self.kinds.setObjectName("kinds")
        self.kinds.setMaximumWidth(260)
        self.kinds.currentRowChanged.connect(self._show_kind)
        self.model: ListTableModel[TodayItem] = ListTableModel(
            [
                Column("客户", "text", lambda i: i.customer_name),
                Column("事项", "text", lambda i: i.title),
                Column("说明", "text", lambda i: i.detail),
                Column("日期", "date", lambda i: i.day),
            ]
        )
        self.view = QTableView(self)
        self.view.setObjectName("items")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda index: self._open(index.row()))
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("resolve")
        self.action_button.clicked.connect(self.resolve_selected)
        self.customer_button = QPushButton(QCoreApplication.translate("TodayTab", "打开客户档案"), self)
        self.customer_button.clicked.connect(self._open_customer)
        self.heading = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        buttons.addWidget(self.customer_button)
        buttons.addWidget(self.action_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.view, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.kinds)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.reload()

    def reload(self) -> None:
        current = self.kinds.currentRow()
        self.lists = self.store.today_lists(count=False)
        if UNCOUNTED in self.lists.counts.values():
            Operation(self.store.today_counts).success(self._counted).failure(lambda *_: None).run_in_background()
        self.kinds.blockSignals(True)
        self.kinds.clear()
        for kind in KINDS:
            items = self.lists[kind]
            urgent = sum(1 for i in items if i.urgent)
            entry = QListWidgetItem(f"{_tr(TITLES[kind])}  ({self._count_text(kind)})", self.kinds)
            entry.setData(Qt.ItemDataRole.UserRole, kind)
            if urgent:
                entry.setForeground(QColor("#c62828"))
                entry.setToolTip(QCoreApplication.translate("TodayTab", "其中 {0} 项紧急").format(urgent))
        self.kinds.blockSignals(False)
        self.kinds.setCurrentRow(max(current, 0))
        self._show_kind(self.kinds.currentRow())

    def _count_text(self, kind: str) -> str:
        total = self.lists.counts.get(kind, 0)
        return f"{len(self.lists[kind])}+" if total == UNCOUNTED else str(total)

    def _counted(self, counts: dict[str, int]) -> None:
        if not shiboken6.isValid(self):
            return
        self.lists.counts.update(counts)
        for row in range(self.kinds.count()):
            entry = self.kinds.item(row)
            kind = entry.data(Qt.ItemDataRole.UserRole)
            entry.setText(f"{_tr(TITLES[kind])}  ({self._count_text(kind)})")
        self._show_kind(self.kinds.currentRow())
        self.changed_counts.emit()

    def current_kind(self) -> str:
        item = self.kinds.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else KINDS[0]

    def _show_kind(self, _row: int) -> None:
        kind = self.current_kind()
        self.model.set_rows(self.lists.get(kind, []))
        self.view.resizeColumnToContents(0)
        shown = len(self.lists.get(kind, []))
        heading = f"{_tr(TITLES[kind])}：{self._count_text(kind)}"
        if shown < self.lists.counts.get(kind, 0) or self.lists.counts.get(kind) == UNCOUNTED:
            heading += QCoreApplication.translate("TodayTab", "（显示最紧要的 {0} 项）").format(shown)
        self.heading.setText(heading)
        action = ACTIONS.get(kind)
        self.action_button.setVisible(action is not None)
        if action:
            self.action_button.setText(_tr(action))

    def selected_items(self) -> list[TodayItem]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_object(r) for r in rows]

    def resolve_selected(self) -> None:
        """Record the action for every selected item (e.g. the birthday greeting) and clear them."""
        items = self.selected_items()
        if not items or items[0].kind not in ACTIONS:
            return
        try:
            with self.store.db.transaction():
                for item in items:
                    self.store.resolve_today_item(item)
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload()
        self.changed.emit()

    def _open(self, row: int) -> None:
        item = self.model.row_object(row)
        self.openRequested.emit(OPENS[item.kind], item.record_id)

    def _open_customer(self) -> None:
        items = self.selected_items()
        if items:
            self.openRequested.emit("customers", items[0].customer_id)
