"""The main window's tabs: built when first shown, titled with their named view's count, the
status bar's count for the tab in front, and what a commit reloads."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from agentbook.store.db.changes import EVERYTHING, Change
from agentbook.ui.app.store_events import (
    CUSTOMER_VIEW_ENTITIES,
    STATISTICS_ENTITIES,
    TAB_ENTITIES,
    TODAY_ENTITIES,
)
from agentbook.ui.app.window_records import RecordCommands
from agentbook.ui.tabs.claims import ClaimTab
from agentbook.ui.tabs.complaints import ComplaintTab
from agentbook.ui.tabs.contacts import ContactTab
from agentbook.ui.tabs.customers import CustomerTab
from agentbook.ui.tabs.payments import PaymentTab
from agentbook.ui.tabs.policies import PolicyTab
from agentbook.ui.tabs.record_tab import RecordTab
from agentbook.ui.today.today_tab import TodayTab

if TYPE_CHECKING:  # built when first opened: the statistics load charts
    from agentbook.ui.statistics.statistics_tab import StatisticsTab

TAB_CLASSES: tuple[type[RecordTab], ...] = (CustomerTab, PolicyTab, PaymentTab, ClaimTab, ContactTab, ComplaintTab)
TAB_NAMES = tuple(cls.tab for cls in TAB_CLASSES)


class Unbuilt(QWidget):
    """Holds a tab's place until the tab is first shown (or asked for): a cold start builds the
    tab in front only, and no tab reads the archive before someone looks at it."""


# The texts here are translated in the context "MainWindow", as ``MainWindow.tr`` does: the
# catalogues keep the window's texts together, whichever of its modules holds them.


class WindowTabs(RecordCommands):
    """The tabs of ``MainWindow`` (今日, the record tabs, 统计) on its record commands."""

    settings: QSettings
    tabs: QTabWidget
    count_label: QLabel  # the status bar's count for the tab in front

    def _build_tabs(self) -> None:
        """Placeholders for every tab, none built yet (at start, and again in a new language or
        after the lock)."""
        self.record_tabs = []
        self._today: TodayTab | None = None
        self._statistics: StatisticsTab | None = None
        self._view_counts: dict[int, int] = {}  # tab index → records in the named view it shows
        self.tabs.blockSignals(True)  # placeholders only: nothing to build or count yet
        self.tabs.clear()
        self._makers: list[Callable[[], QWidget]] = [
            self._make_today,
            *(partial(self._make_record_tab, cls) for cls in TAB_CLASSES),
            self._make_statistics,
        ]
        for _make in self._makers:
            self.tabs.addTab(Unbuilt(self.tabs), "")
        self.tabs.blockSignals(False)

    def _make_today(self) -> TodayTab:
        tab = self._today = TodayTab(self.store, self)
        tab.openRequested.connect(self.open_record)
        tab.changed_counts.connect(self._update_status)
        tab.messageCopied.connect(lambda text: self.statusBar().showMessage(text, 10000))
        return tab

    def _make_record_tab(self, cls: type[RecordTab]) -> RecordTab:
        tab = cls(self.store, self)
        tab.restore_state(self.settings)
        tab.openRequested.connect(lambda rid, t=tab: self.open_record(t.tab, rid))
        tab.newRequested.connect(lambda t=tab: self.new_record(t.tab))
        tab.deleteRequested.connect(lambda rid, t=tab: self.delete_record(t.tab, rid))
        tab.revealRequested.connect(lambda rid, t=tab: self.reveal(t, rid))
        tab.customerRequested.connect(self.open_customer)
        tab.editRequested.connect(self.edit)
        tab.exportRequested.connect(lambda t=tab: self._export_view(t))
        tab.countChanged.connect(self._update_status)
        tab.view_bar.shownCountChanged.connect(lambda count, t=tab: self._view_counted(t, count))
        return tab

    def _view_counted(self, tab: RecordTab, count: int) -> None:
        """The named view's count in the tab's title (保单 (37)); the plain title for 全部."""
        index = self.tabs.indexOf(tab)
        if index < 0:
            return
        self._view_counts[index] = count
        self._title_tabs()

    def _make_statistics(self) -> StatisticsTab:
        from agentbook.ui.statistics.statistics_tab import StatisticsTab

        self._statistics = StatisticsTab(self.store, self)
        return self._statistics

    def _built(self, index: int) -> QWidget:
        """The tab at *index*, built now if it has not been; the tab in front stays in front."""
        widget = self.tabs.widget(index)
        assert widget is not None, index
        if not isinstance(widget, Unbuilt):
            return widget
        tab = self._makers[index]()
        title, current = self.tabs.tabText(index), self.tabs.currentIndex()
        self.tabs.blockSignals(True)  # the swap is no change of tab
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, title)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        widget.deleteLater()
        tabs = (self.tabs.widget(i) for i in range(self.tabs.count()))
        self.record_tabs = [t for t in tabs if isinstance(t, RecordTab)]
        return tab

    def _tab_shown(self, index: int) -> None:
        if index >= 0 and self.tabs.count():
            self._built(index)
        self._update_status()

    @property
    def today_tab(self) -> TodayTab:
        return cast(TodayTab, self._built(0))

    @property
    def statistics_tab(self) -> StatisticsTab:
        return cast("StatisticsTab", self._built(len(self._makers) - 1))

    def _title_tabs(self) -> None:
        titles = (
            QCoreApplication.translate("MainWindow", "今日"),
            QCoreApplication.translate("MainWindow", "客户"),
            QCoreApplication.translate("MainWindow", "保单"),
            QCoreApplication.translate("MainWindow", "缴费"),
            QCoreApplication.translate("MainWindow", "理赔"),
            QCoreApplication.translate("MainWindow", "沟通记录"),
            QCoreApplication.translate("MainWindow", "投诉"),
            QCoreApplication.translate("MainWindow", "统计"),
        )
        for index, title in enumerate(titles):
            count = self._view_counts.get(index, -1)
            self.tabs.setTabText(
                index,
                title
                if count < 0
                else QCoreApplication.translate("MainWindow", "{0} ({1})").format(title, f"{count:,}"),
            )

    def current_tab(self) -> RecordTab:
        """The record tab in front; on 今日 the customers tab stands in (new, find, export)."""
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, RecordTab) else self.tab_named("customers")

    def tab_named(self, name: str) -> RecordTab:
        """The record tab *name*, built if it has not been shown yet."""
        return cast(RecordTab, self._built(1 + TAB_NAMES.index(name)))

    def _update_status(self, *_args: Any) -> None:
        widget = self.tabs.currentWidget()
        if isinstance(widget, TodayTab):
            report = widget.report
            if report is None:
                self.count_label.setText(QCoreApplication.translate("MainWindow", "今日待办：正在统计…"))
            else:
                self.count_label.setText(QCoreApplication.translate("MainWindow", "今日待办 %n 项", "", report.total()))
        elif not isinstance(widget, RecordTab):  # statistics, or a tab about to be built
            self.count_label.setText("")
        elif isinstance(widget, RecordTab):
            if widget.model.total_known:
                self.count_label.setText(
                    QCoreApplication.translate("MainWindow", "当前视图 %n 条记录", "", widget.model.total)
                )
            else:
                self.count_label.setText(QCoreApplication.translate("MainWindow", "当前视图：正在统计记录数…"))

    def reload_all_views(self) -> None:
        """The user's Refresh (F5), and what follows a restore or an unlock: every view reloads."""
        self.apply_change(EVERYTHING)

    def apply_change(self, change: Change) -> None:
        """Reload what a commit changed, and only that (the store's change event, GUI thread)."""
        if self._today is not None and change.touches(TODAY_ENTITIES):  # an unbuilt tab reads when built
            self._today.reload()
        if self._statistics is not None and change.touches(STATISTICS_ENTITIES):
            self._statistics.mark_stale()
        for tab in self.record_tabs:
            if change.touches(TAB_ENTITIES[tab.tab]):
                tab.reload()
        for customer_id, view in list(self.views360.items()):
            if not change.concerns_customer(customer_id, CUSTOMER_VIEW_ENTITIES):
                if view.review_panel.concerns(change):  # another member of the household changed
                    view.review_panel.refresh()
                continue
            if change.touches({"customer"}) and not self.store.customers.exists(customer_id):
                view.close()  # merged into another customer, or destroyed
                self.views360.pop(customer_id, None)
            else:
                view.reload()

    def print_current_view(self) -> None:
        """The selected customers, or every customer of the current filter when none is selected."""
        tab = self.tab_named("customers")
        ids = tab.selected_ids()
        if not ids:
            ids = self.store.list_query("customers", tab.current_request()).ids()
        from agentbook.ui.printing.sheet_actions import print_sheets

        print_sheets(self.store, ids, self)

    def export_current_view(self) -> None:
        self._export_view(self.current_tab())
