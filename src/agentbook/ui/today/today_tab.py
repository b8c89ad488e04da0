"""今日: the agent's to-do lists as counted cards; one click opens the record, one click records
the action (生日祝福已发送, 已提醒缴费 …) and the item leaves the list.

The report is computed on a worker (``Store.today_lists``); ``wording`` says everything the view
shows about it, ``cards`` and ``items_table`` draw it, and this module holds the view together:
loading, choosing a list and acting on its items.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agentbook.store.api import Store
from agentbook.store.queries.today_items import KINDS, TodayItem, TodayReport
from agentbook.ui.branch.today_banner import BranchBanner
from agentbook.ui.errors import reported, show_error
from agentbook.ui.today import messages, workday_actions
from agentbook.ui.today.cards import SectionCard
from agentbook.ui.today.items_table import TodayItemsModel
from agentbook.ui.today.list_pane import ListPane
from agentbook.ui.today.wording import (
    ACTIONS,
    OPENS,
    PRINTABLE,
    SET_ASIDE,
    SUMMARIES,
    TITLES,
    card_detail,
    date_text,
    note,
    second_text,
    subject,
    tr,
)
from agentbook.ui.worker import Operation

if TYPE_CHECKING:
    from agentbook.ui.today.day_lists import DayList


class TodayTab(QWidget):
    openRequested = Signal(str, int)  # noqa: N815 - tab, record id
    messageCopied = Signal(str)  # noqa: N815 - what the status bar says after 复制消息
    changed_counts = Signal()  # a new report arrived (status bar)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("tab_today")
        self.report: TodayReport | None = None
        self.kind = KINDS[0]
        self.window_days: int | None = None  # expiring: the renewal window chosen, None = all
        self._generation = 0
        self._chose_kind = False

        self.date_label = QLabel(self)
        self.date_label.setObjectName("today_date")
        font = QFont(self.date_label.font())
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        self.date_label.setFont(font)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("today_total")
        self.refresh_button = QPushButton(QCoreApplication.translate("TodayTab", "刷新"), self)
        self.refresh_button.clicked.connect(self.reload)
        header = QHBoxLayout()
        header.addWidget(self.date_label)
        header.addSpacing(16)
        header.addWidget(self.total_label, 1)
        self.export_button = QPushButton(QCoreApplication.translate("TodayTab", "导出今日清单…"), self)
        self.export_button.setObjectName("export_call_list")
        self.export_button.clicked.connect(self._ask_export)
        header.addWidget(self.export_button)
        header.addWidget(self.refresh_button)

        self.cards: dict[str, SectionCard] = {}
        cards = QWidget(self)
        cards_layout = QVBoxLayout(cards)
        cards_layout.setContentsMargins(0, 0, 4, 0)
        cards_layout.setSpacing(6)
        for kind in KINDS:
            card = SectionCard(kind, cards)
            card.clicked.connect(self.show_kind)
            cards_layout.addWidget(card)
            self.cards[kind] = card
        cards_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(cards)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFixedWidth(290)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.pane = ListPane(self)
        pane = self.pane
        # the pane's widgets under the names the view has always had (tests and the window use them)
        self.heading, self.explanation, self.view, self.empty = pane.heading, pane.explanation, pane.view, pane.empty
        self.windows, self.window_group = pane.windows, pane.window_group
        self.action_button, self.second_button, self.message_button = (
            pane.action_button,
            pane.second_button,
            pane.message_button,
        )
        self.list_buttons = pane.list_buttons
        pane.window_group.idClicked.connect(self._window_chosen)
        pane.customer_button.clicked.connect(self._open_customer)
        pane.record_button.clicked.connect(lambda: self._open_selected())
        pane.action_button.clicked.connect(self.resolve_selected)
        pane.second_button.clicked.connect(lambda: self._second_action())  # not with clicked(bool)
        pane.message_button.clicked.connect(lambda: self._copy_message())
        for button, slot in zip(
            pane.list_buttons,
            (self._print_list, lambda: self._save_list(False), lambda: self._save_list(True)),
            strict=True,
        ):
            button.clicked.connect(slot)
        pane.view.clicked.connect(self._clicked)
        pane.view.doubleClicked.connect(lambda index: self._open_selected(index.row()))
        pane.view.customContextMenuRequested.connect(self._menu)
        pane.button_delegate.clicked.connect(self.resolve_row)

        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(scroll)
        body.addWidget(pane, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(header)
        self.branch_banner = BranchBanner.for_store(store, self)  # a branch manager's approvals
        if self.branch_banner is not None:
            layout.addWidget(self.branch_banner)
        layout.addLayout(body, 1)
        self._show_loading()
        self.reload()

    # --- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Compute the report on a worker; the newest answer wins."""
        self._generation += 1
        if self.branch_banner is not None:
            self.branch_banner.refresh()
        generation = self._generation
        self.refresh_button.setEnabled(False)

        def done(report: TodayReport) -> None:
            if not shiboken6.isValid(self) or generation != self._generation:
                return
            self.show_report(report)

        def failed(exc: Exception, _trace: str) -> None:
            if shiboken6.isValid(self):
                self.refresh_button.setEnabled(True)
                show_error(self, exc)

        Operation(self.store.today_lists).success(done).failure(failed).run_in_background()

    def show_report(self, report: TodayReport) -> None:
        self.report = report
        self.refresh_button.setEnabled(True)
        if not self._chose_kind:  # open on the most pressing list that has something in it
            self.kind = next((k for k in KINDS if report.counts[k] and k in report.available), KINDS[0])
        self._fill_header()
        self._fill_cards()
        self._fill_list()
        self.changed_counts.emit()

    def _show_loading(self) -> None:
        self.date_label.setText(date_text(self.store.today()))
        self.total_label.setText(QCoreApplication.translate("TodayTab", "正在整理今日待办…"))
        for card in self.cards.values():
            card.set_state(None, "", selected=False, enabled=True)
        self.pane.clear()

    def _fill_header(self) -> None:
        report = self.report
        assert report is not None
        self.date_label.setText(date_text(report.today))
        self.total_label.setText(QCoreApplication.translate("TodayTab", "今日待办共 %n 项", "", report.total()))

    def _fill_cards(self) -> None:
        report = self.report
        assert report is not None
        for kind, card in self.cards.items():
            card.set_state(
                report.counts[kind],
                card_detail(kind, report),
                selected=kind == self.kind,
                enabled=kind in report.available,
            )

    def _fill_list(self) -> None:
        assert self.report is not None
        self.pane.fill(self.report, self.kind, self.window_days)

    @property
    def model(self) -> TodayItemsModel:
        return self.pane.model

    @property
    def listed_items(self) -> list[TodayItem]:
        """The rows as shown (the expiring list within the renewal window chosen)."""
        return self.pane.listed_items

    # --- choosing ------------------------------------------------------------------------
    def show_kind(self, kind: str) -> None:
        self.kind = kind
        self._chose_kind = True
        self.window_days = None
        if self.report is not None:
            self._fill_cards()
            self._fill_list()

    def _window_chosen(self, window: int) -> None:
        report = self.report
        self.window_days = None if report is None or window == max(report.renewal_windows) else window
        if report is not None:
            self._fill_list()

    def selected_items(self) -> list[TodayItem]:
        return self.pane.selected_items()

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == 0:
            self.openRequested.emit("customers", self.model.row_object(index.row()).customer_id)

    def _open_customer(self) -> None:
        items = self.selected_items()
        if items:
            self.openRequested.emit("customers", items[0].customer_id)

    def _open_selected(self, row: int | None = None) -> None:
        items = [self.model.row_object(row)] if row is not None else self.selected_items()
        if items and items[0].kind in OPENS:
            self.openRequested.emit(OPENS[items[0].kind], items[0].record_id)

    def _menu(self, pos: Any) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        item = self.model.row_object(index.row())
        menu = QMenu(self)
        menu.addAction(QCoreApplication.translate("TodayTab", "打开客户档案"), self._open_customer)
        if item.kind in OPENS:
            menu.addAction(QCoreApplication.translate("TodayTab", "打开记录"), lambda: self._open_selected(index.row()))
        if item.kind in SUMMARIES:
            menu.addAction(tr(ACTIONS[item.kind]), lambda: self.resolve_row(index.row()))
        if messages.has_message(item.kind):
            menu.addAction(QCoreApplication.translate("TodayTab", "复制消息"), lambda: self._copy_message(item))
        second = second_text(item.kind)
        if second:
            menu.addAction(second, lambda: self._second_action(item))
        menu.exec(self.view.viewport().mapToGlobal(pos))

    # --- acting --------------------------------------------------------------------------
    def resolve_row(self, row: int) -> None:
        item = self.model.row_object(row)
        if item.kind == "complaint":
            self.openRequested.emit("complaints", item.record_id)
            return
        if item.kind == "loan_overdue":
            with reported(self) as failure:
                self.store.loans.return_file(item.record_id)
            if failure:
                return
            self._drop([item])
            return
        self._resolve([item])

    def resolve_selected(self) -> None:
        """Record the action for every selected item (e.g. the birthday greetings) and clear them."""
        items = [i for i in self.selected_items() if i.kind in SUMMARIES]
        if items:
            self._resolve(items)

    def _resolve(self, items: list[TodayItem]) -> None:
        self._drop(items)  # before the write: its change event brings the recomputed report
        with reported(self) as failure:
            self.store.resolve_today_items([(item, tr(SUMMARIES[item.kind])) for item in items])
        if failure:
            self.reload()

    def _drop(self, items: list[TodayItem]) -> None:
        """Take answered items off at once; the recomputed report follows from the worker."""
        report = self.report
        if report is None:
            return
        for item in items:
            if item in report.items[item.kind]:
                report.items[item.kind].remove(item)
                report.counts[item.kind] -= 1
                if item.kind == "expiring":
                    for window in report.renewal_counts:
                        if item.days <= window:
                            report.renewal_counts[window] -= 1
        self._fill_header()
        self._fill_cards()
        self._fill_list()

    def _ask_export(self) -> None:
        if self.report is not None:
            from agentbook.ui.today import call_list  # the Excel writer: loaded when first used

            path = call_list.ask_export(self.store, self.report, self)
            if path is not None:
                self.messageCopied.emit(QCoreApplication.translate("TodayTab", "已导出：{0}").format(path))

    def day_list(self) -> DayList | None:
        """The birthday or expiry list as shown (the renewal window chosen applies)."""
        if self.report is None or self.kind not in PRINTABLE:
            return None
        describe = (lambda k: tr(str(TITLES[k])), subject, note)
        from agentbook.ui.today import day_lists  # PDF and Excel writers: loaded when first used

        return day_lists.day_list(self.store, self.report, self.kind, list(self.listed_items), describe)

    def _print_list(self) -> None:
        listed = self.day_list()
        if listed is not None:
            from agentbook.ui.today import day_lists

            day_lists.ask_print(self.store, listed, self)

    def _save_list(self, excel: bool) -> None:
        listed = self.day_list()
        if listed is not None:
            from agentbook.ui.today import day_lists

            path = day_lists.ask_save(self.store, listed, self, excel)
            if path is not None:
                self.messageCopied.emit(QCoreApplication.translate("TodayTab", "已导出：{0}").format(path))

    def _copy_message(self, item: TodayItem | None = None) -> None:
        if item is None:
            items = self.selected_items()
            if not items:
                return
            item = items[0]
        said = messages.copy_message(self.store, item, self)
        if said is not None:
            self._drop([item])
            self.messageCopied.emit(said)

    def _second_action(self, item: TodayItem | None = None) -> None:
        if item is None:
            items = self.selected_items()
            if not items:
                return
            item = items[0]
        if item.kind in ("payment_due", "payment_overdue"):
            done = workday_actions.mark_paid(self.store, item.record_id, self)
        elif item.kind == "lapse_warning":
            done = item.policy_id is not None and workday_actions.mark_lapsed(self.store, item.policy_id, self)
        elif item.kind == "expiring":
            done = workday_actions.renew(self.store, item.record_id, self)
        elif item.kind == "reinstatement":
            done = item.policy_id is not None and workday_actions.reinstate(self.store, item.policy_id, self)
        elif item.kind == "opportunity":  # set aside: recorded, and quiet for the same half year
            self._drop([item])
            with reported(self) as failure:
                self.store.resolve_today_items([(item, tr(SET_ASIDE))])
            if failure:
                self.reload()
            return
        else:
            return
        if done:
            self._drop([item])
