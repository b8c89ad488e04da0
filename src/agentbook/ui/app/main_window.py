"""The main window: record tabs, menus, toolbar, status bar, and the wiring between them."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QToolBar, QWidget

from agentbook.store.api import Store
from agentbook.store.db.changes import EVERYTHING, Change
from agentbook.store.keys.vault import KeyVault
from agentbook.ui.app.store_events import (
    CUSTOMER_VIEW_ENTITIES,
    STATISTICS_ENTITIES,
    TAB_ENTITIES,
    TODAY_ENTITIES,
    StoreEvents,
)
from agentbook.ui.branch import menu as branch_menu
from agentbook.ui.clipboard import SecretClipboard
from agentbook.ui.errors import reported
from agentbook.ui.i18n import Translation
from agentbook.ui.security.audit_verdict import verdict_text
from agentbook.ui.security.lock import IdleLock
from agentbook.ui.security.security_actions import SecurityActions
from agentbook.ui.tabs import editing
from agentbook.ui.tabs.claims import ClaimTab
from agentbook.ui.tabs.complaints import ComplaintTab
from agentbook.ui.tabs.contacts import ContactTab
from agentbook.ui.tabs.customers import CustomerTab
from agentbook.ui.tabs.payments import PaymentTab
from agentbook.ui.tabs.policies import PolicyTab
from agentbook.ui.tabs.record_tab import RecordTab
from agentbook.ui.today.today_tab import TodayTab

if TYPE_CHECKING:  # built when first opened: the 360 view and the statistics load PDF, Excel and charts
    from agentbook.ui.customer360.view import Customer360View
    from agentbook.ui.statistics.statistics_tab import StatisticsTab

TAB_CLASSES: tuple[type[RecordTab], ...] = (CustomerTab, PolicyTab, PaymentTab, ClaimTab, ContactTab, ComplaintTab)
TAB_NAMES = tuple(cls.tab for cls in TAB_CLASSES)


class Unbuilt(QWidget):
    """Holds a tab's place until the tab is first shown (or asked for): a cold start builds the
    tab in front only, and no tab reads the archive before someone looks at it."""


# The record a row of each tab opens: the customer tab opens the 360 view, the others their dialog.
class MainWindow(QMainWindow):
    # The person chose another archive: a Store just connected on a branch server, or None for
    # the local file again (``app.Session`` swaps the window).
    archiveChosen = Signal(object)  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        store: Store,
        translation: Translation | None = None,
        settings: QSettings | None = None,
        vault: KeyVault | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.vault = vault or KeyVault()
        self.security_actions = SecurityActions(
            self,
            self.vault,
            lock=lambda reason: self.idle_lock.lock(reason),
            lock_settings_changed=lambda: self.idle_lock.reload_settings(),
        )
        self.translation = translation or Translation()
        self.settings = settings or QSettings()
        self.setObjectName("main_window")
        self.views360: dict[int, Customer360View] = {}
        self.events = StoreEvents(store, self)  # what each commit changed → the views it concerns
        self.events.changed.connect(self.apply_change)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.count_label = QLabel(self)
        self.db_label = QLabel(self)
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.db_label)
        self._build()
        geometry = self.settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.tabs.setCurrentIndex(int(str(self.settings.value("main/tab", 0))))
        self._tab_shown(self.tabs.currentIndex())  # no change signal when the saved tab is the first
        # --- idle lock, screen lock, Ctrl+L; copied IDs leave the clipboard ---------------------
        self.clipboard_guard = SecretClipboard(self)
        self.idle_lock = IdleLock(self, store, self.vault, self.clipboard_guard)
        self.idle_lock.locked.connect(self._on_locked)
        self.idle_lock.unlocked.connect(self._on_unlocked)

    # --- construction (also re-run when the language changes) ----------------------------
    def _build(self) -> None:
        self.record_tabs: list[RecordTab] = []  # those built so far, in tab order
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
        self._title_tabs()  # before the View menu, which is built from the tab titles
        self._build_actions()
        self.retranslate()

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

    def _build_actions(self) -> None:
        self.menuBar().clear()
        for bar in self.findChildren(QToolBar):
            self.removeToolBar(bar)
            bar.deleteLater()

        def action(
            text: str,
            slot: Any,
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
            name: str = "",
        ) -> QAction:
            act = QAction(text, self)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.setObjectName(name)
            return act

        self.act_new = action(
            self.tr("新建(&N)"),
            lambda: self.new_record(self.current_tab().tab),
            QKeySequence.StandardKey.New,
            "act_new",
        )
        self.act_open = action(self.tr("打开(&O)"), lambda: self.current_tab().open_current(), None, "act_open")
        self.act_delete = action(self.tr("删除(&D)…"), lambda: self.current_tab().delete_current(), None, "act_delete")
        self.act_find = action(
            self.tr("查找(&F)"), lambda: self.current_tab().focus_search(), QKeySequence.StandardKey.Find, "act_find"
        )
        self.act_refresh = action(
            self.tr("刷新(&R)"), self.reload_all_views, QKeySequence.StandardKey.Refresh, "act_refresh"
        )
        self.act_hide = action(self.tr("重新隐藏敏感信息"), self.hide_revealed, None, "act_hide")
        self.act_settings = action(
            self.tr("设置(&S)…"), lambda: self.open_settings(), QKeySequence.StandardKey.Preferences, "act_settings"
        )
        self.act_verify = action(self.tr("校验审计日志"), self.verify_audit, None, "act_verify")
        self.act_quit = action(self.tr("退出(&Q)"), self.close, QKeySequence.StandardKey.Quit, "act_quit")
        self.act_about = action(self.tr("关于 agentbook(&A)"), self.about, None, "act_about")

        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        file_menu.setObjectName("menu_file")
        file_menu.addAction(self.act_new)
        self.act_print = action(
            self.tr("打印客户档案表(&P)…"), self.print_current_view, QKeySequence.StandardKey.Print, "act_print"
        )
        file_menu.addAction(self.act_print)
        self.act_export = action(self.tr("导出 Excel 工作簿(&X)…"), self.export_workbook, None, "act_export")
        self.act_export_view = action(
            self.tr("导出当前视图到 Excel…"), self.export_current_view, None, "act_export_view"
        )
        file_menu.addAction(self.act_export)
        file_menu.addAction(self.act_export_view)
        self.act_import = action(self.tr("从 Excel 导入(&I)…"), self.import_excel, None, "act_import")
        file_menu.addAction(self.act_import)
        self.file_menu = file_menu
        self.file_extension_point = file_menu.addSeparator()
        if self.store.branch is None:
            self.act_branch = action(self.tr("连接营业部服务器(&N)…"), self.connect_branch, None, "act_branch")
        else:
            self.act_branch = action(self.tr("断开营业部服务器，改用本机档案"), self.leave_branch, None, "act_branch")
        file_menu.addAction(self.act_branch)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        if self.store.branch is None:  # a branch server's backups are the branch's (docs/branch.md)
            self.security_actions.add_file_actions(file_menu, self.act_quit)
        edit_menu = self.menuBar().addMenu(self.tr("编辑(&E)"))
        edit_menu.setObjectName("menu_edit")
        for act in (self.act_new, self.act_open, self.act_delete):
            edit_menu.addAction(act)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_find)
        view_menu = self.menuBar().addMenu(self.tr("视图(&V)"))
        view_menu.setObjectName("menu_view")
        for index in range(self.tabs.count()):
            act = QAction(self.tabs.tabText(index), self)
            if index < 9:
                act.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            act.triggered.connect(lambda _c=False, i=index: self.tabs.setCurrentIndex(i))
            view_menu.addAction(act)
        view_menu.addSeparator()
        view_menu.addAction(self.act_refresh)
        view_menu.addAction(self.act_hide)
        tools_menu = self.menuBar().addMenu(self.tr("工具(&T)"))
        tools_menu.setObjectName("menu_tools")
        self.security_actions.add_security_menu(tools_menu)
        # --- the working day -----------------------------------------------------------------
        self.act_new_complaint = action(
            self.tr("登记投诉…"), lambda: self.new_record("complaints"), None, "act_new_complaint"
        )
        self.act_tiers = action(self.tr("按规则重新计算客户价值…"), self.recompute_tiers, None, "act_tiers")
        self.act_workday_settings = action(
            self.tr("提醒与客户分层设置…"), self.open_workday_settings, None, "act_workday_settings"
        )
        # --- personal information (PIPL): requests of data subjects -----------------------
        self.act_subject_requests = action(
            self.tr("个人信息请求…"), self.open_subject_requests, None, "act_subject_requests"
        )
        tools_menu.addSeparator()
        tools_menu.addAction(self.act_new_complaint)
        tools_menu.addAction(self.act_subject_requests)
        tools_menu.addAction(self.act_tiers)
        tools_menu.addAction(self.act_workday_settings)
        # --- the archive around the records -----------------------------------------------------
        self.act_duplicates = action(self.tr("查找重复客户…"), self.find_duplicates, None, "act_duplicates")
        self.act_undo_merge = action(self.tr("撤销上次合并…"), self.undo_merge, None, "act_undo_merge")
        self.act_quick_payments = action(self.tr("批量登记缴费…"), self.open_quick_payments, None, "act_quick_payments")
        self.act_commissions = action(self.tr("佣金对账…"), self.open_reconciliation, None, "act_commissions")
        self.act_loans = action(self.tr("档案借阅登记…"), self.open_loans, None, "act_loans")
        self.act_products = action(self.tr("产品目录…"), self.open_products, None, "act_products")
        tools_menu.addSeparator()
        for act in (
            self.act_quick_payments,
            self.act_duplicates,
            self.act_undo_merge,
            self.act_commissions,
            self.act_loans,
            self.act_products,
        ):
            tools_menu.addAction(act)
        tools_menu.addSeparator()
        tools_menu.addAction(self.act_settings)
        self.tools_menu = tools_menu
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        help_menu.setObjectName("menu_help")
        help_menu.addAction(self.act_about)
        self.branch_actions = branch_menu.install(self, self.store)

        toolbar = self.addToolBar(self.tr("工具栏"))
        toolbar.setObjectName("toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (self.act_new, self.act_open, self.act_delete, self.act_find, self.act_refresh):
            toolbar.addAction(act)
        self.toolbar = toolbar

    def _title_tabs(self) -> None:
        titles = (
            self.tr("今日"),
            self.tr("客户"),
            self.tr("保单"),
            self.tr("缴费"),
            self.tr("理赔"),
            self.tr("沟通记录"),
            self.tr("投诉"),
            self.tr("统计"),
        )
        for index, title in enumerate(titles):
            count = self._view_counts.get(index, -1)
            self.tabs.setTabText(index, title if count < 0 else self.tr("{0} ({1})").format(title, f"{count:,}"))

    def retranslate(self) -> None:
        self._title_tabs()
        if self.store.branch is not None:
            self.setWindowTitle(self.tr("agentbook 保险客户档案 – 营业部服务器 {0}").format(self.store.branch))
            self.db_label.setText(self.tr("营业部服务器：{0}（{1}）").format(self.store.branch, self.store.actor))
            self.db_label.setToolTip(self.tr("档案保存在营业部的 PostgreSQL 服务器上"))
        else:
            self.setWindowTitle(self.tr("agentbook 保险客户档案 – {0}").format(self.store.path.name))
            self.db_label.setText(self.tr("数据库：{0}（已加密）").format(self.store.path.name))
            self.db_label.setToolTip(str(self.store.path))
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "record_tabs"):
            if self.isVisible():
                self._rebuild_in_new_language()
            else:  # a hidden window catches up when shown again
                self._stale_language = True
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if getattr(self, "_stale_language", False):
            self._rebuild_in_new_language()
        super().showEvent(event)

    def _rebuild_in_new_language(self) -> None:
        """Filter bars and menus hold translated text; rebuilding them is simpler than patching each."""
        self._stale_language = False
        current = self.tabs.currentIndex()
        for tab in self.record_tabs:
            tab.save_state(self.settings)
        self._build()
        self.tabs.setCurrentIndex(current)
        self._tab_shown(self.tabs.currentIndex())

    # --- the lock ----------------------------------------------------------------------------
    def _on_locked(self) -> None:
        """Destroy every tab (their models hold decrypted rows) and disable every command."""
        widgets = [self.tabs.widget(i) for i in range(self.tabs.count())]
        self.tabs.clear()
        for widget in widgets:
            if widget is not None:
                widget.deleteLater()
        self.record_tabs = []
        self._today = self._statistics = None
        for act in self.findChildren(QAction):
            act.setEnabled(False)
        self.count_label.clear()  # not even a count of records shows while locked

    def _on_unlocked(self) -> None:
        """Fresh tabs, models and menus, as after a language change; open 360 views reread."""
        self._build()
        self._tab_shown(self.tabs.currentIndex())
        for view in list(self.views360.values()):
            view.reload()

    # --- helpers -------------------------------------------------------------------------
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
                self.count_label.setText(self.tr("今日待办：正在统计…"))
            else:
                self.count_label.setText(self.tr("今日待办 %n 项", "", report.total()))
        elif not isinstance(widget, RecordTab):  # statistics, or a tab about to be built
            self.count_label.setText("")
        elif isinstance(widget, RecordTab):
            if widget.model.total_known:
                self.count_label.setText(self.tr("当前视图 %n 条记录", "", widget.model.total))
            else:
                self.count_label.setText(self.tr("当前视图：正在统计记录数…"))

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

    # --- records -------------------------------------------------------------------------
    def open_record(self, tab: str, record_id: int) -> None:
        if tab == "customers":
            self.open_customer(record_id)
        else:
            self.edit(tab, record_id, {})

    def open_customer(self, customer_id: int) -> Customer360View:
        view = self.views360.get(customer_id)
        if view is None:
            from agentbook.ui.customer360.view import Customer360View

            view = Customer360View(self.store, customer_id, self)
            view.editRequested.connect(self.edit)
            view.customerRequested.connect(self.open_customer)
            view.printRequested.connect(self.print_customer)
            view.finished.connect(lambda _r, cid=customer_id: self.views360.pop(cid, None))
            self.views360[customer_id] = view
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def new_record(self, tab: str) -> None:
        self.edit(tab, None, {})

    def edit(self, tab: str, record_id: int | None, context: dict) -> Any:
        with reported(self):
            return editing.edit_record(self.store, tab, record_id, self, **context)
        return None

    def delete_record(self, tab: str, record_id: int) -> None:
        with reported(self):  # the deletion's change event reloads the views
            editing.delete_record(self.store, tab, record_id, self)

    def reveal(self, tab: RecordTab, record_id: int) -> None:
        """Show one row's masked columns; a deliberate act, so it is logged."""
        entity = editing.ENTITY_OF_TAB[tab.tab]
        customer_id = tab.customer_id_of(record_id)
        self.store.record_event("reveal", entity, record_id, customer_id=customer_id, summary=tab.tab)
        tab.model.reveal(record_id)

    def hide_revealed(self) -> None:
        for tab in self.record_tabs:
            tab.model.hide_revealed()

    def print_customer(self, customer_id: int) -> None:
        from agentbook.ui.printing.sheet_actions import print_sheets  # reportlab: loaded when first used

        print_sheets(self.store, [customer_id], self)

    def print_current_view(self) -> None:
        """The selected customers, or every customer of the current filter when none is selected."""
        tab = self.tab_named("customers")
        ids = tab.selected_ids()
        if not ids:
            ids = self.store.list_query("customers", tab.current_request()).ids()
        from agentbook.ui.printing.sheet_actions import print_sheets

        print_sheets(self.store, ids, self)

    def export_workbook(self) -> None:
        from agentbook.ui.excel.actions import export_workbook  # xlsxwriter: loaded when first used

        export_workbook(self.store, self, self._exported)

    def export_current_view(self) -> None:
        self._export_view(self.current_tab())

    def _export_view(self, tab: RecordTab) -> None:
        from agentbook.ui.excel.actions import export_current_view

        export_current_view(self.store, tab, self, self._exported)

    def import_excel(self) -> None:
        from agentbook.ui.excel.import_wizard import open_import_wizard  # openpyxl: loaded when first used

        open_import_wizard(self.store, self, lambda _result: None)

    def _exported(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("已导出：{0}").format(path), 10000)

    # --- tools ---------------------------------------------------------------------------
    def recompute_tiers(self) -> None:
        """Value tiers by the rule and thresholds in the settings (客户价值 column and filter)."""
        answer = QMessageBox.question(
            self,
            self.tr("客户价值"),
            self.tr("按当前阈值（年化保费、有效保单件数、客户年限）重新计算所有客户的价值分层？"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with reported(self) as failure:
            refresh = self.store.recompute_value_tiers()
        if failure:
            return
        QMessageBox.information(
            self, self.tr("客户价值"), self.tr("已重新计算，%n 位客户的价值分层有变化。", "", refresh.changed)
        )

    def open_subject_requests(self) -> None:
        from agentbook.ui.consent.dialogs import SubjectRequestsDialog

        SubjectRequestsDialog(self.store, self).exec()

    def find_duplicates(self) -> None:
        from agentbook.ui.tools.merge_dialog import DuplicatesDialog

        DuplicatesDialog(self.store, self).exec()

    def undo_merge(self) -> None:
        from agentbook.ui.tools.merge_dialog import undo_last_merge

        undo_last_merge(self.store, self)

    def open_quick_payments(self) -> None:
        from agentbook.ui.tools.quick_payments import open_quick_payments

        open_quick_payments(self.store, self)

    def open_reconciliation(self) -> None:
        from agentbook.ui.tools.archive_tools import ReconciliationDialog

        ReconciliationDialog(self.store, self).exec()

    def open_loans(self) -> None:
        from agentbook.ui.tools.archive_tools import LoansDialog

        dialog = LoansDialog(self.store, self)
        dialog.customerRequested.connect(self.open_customer)
        dialog.exec()

    def open_products(self) -> None:
        from agentbook.ui.tools.product_catalogue import ProductCatalogueDialog

        ProductCatalogueDialog(self.store, self).exec()

    def open_workday_settings(self) -> None:
        """The same settings dialog, opened at the reminders of the working day."""
        self.open_settings(group="today")

    def open_settings(self, group: str = "general") -> None:
        from agentbook.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.store, self.translation, self.settings, self)
        dialog.show_group(group)
        dialog.exec()

    def verify_audit(self) -> None:
        verdict = self.store.security.verify_audit()
        if verdict.ok:
            QMessageBox.information(self, self.tr("审计日志"), self.tr("审计日志完整，未发现篡改。"))
        else:
            QMessageBox.critical(self, self.tr("审计日志"), verdict_text(verdict))

    def about(self) -> None:
        from agentbook.ui.app.about_dialog import AboutDialog

        AboutDialog(self.store, self).exec()

    # --- which archive ---------------------------------------------------------------------------
    def connect_branch(self) -> None:
        """File ▸ 连接营业部服务器: once connected, the window switches to the branch's archive."""
        from agentbook.ui.app import branch_session

        store = branch_session.ask(self, self.vault, self.settings)
        if store is not None:
            self.archiveChosen.emit(store)

    def leave_branch(self) -> None:
        from agentbook.ui.app import branch_session

        answer = QMessageBox.question(
            self,
            self.tr("改用本机档案"),
            self.tr("断开营业部服务器，打开本机的加密档案？下次启动时也打开本机档案。"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            branch_session.forget(self.settings, self.vault)
            self.archiveChosen.emit(None)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for tab in self.record_tabs:
            tab.save_state(self.settings)
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/tab", self.tabs.currentIndex())
        for view in list(self.views360.values()):
            view.close()
        self.events.stop()
        super().closeEvent(event)
