"""The main window's menus, toolbar and actions (rebuilt in a new language and after the lock)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from agentbook.ui.app.window_tools import ToolCommands
from agentbook.ui.branch import menu as branch_menu
from agentbook.ui.security.security_actions import SecurityActions

# The texts here are translated in the context "MainWindow", as ``MainWindow.tr`` does: the
# catalogues keep the window's texts together, whichever of its modules holds them.


class WindowMenus(ToolCommands):
    """The menu bar and toolbar of ``MainWindow``, each action a command of the layers below."""

    security_actions: SecurityActions

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
            QCoreApplication.translate("MainWindow", "新建(&N)"),
            lambda: self.new_record(self.current_tab().tab),
            QKeySequence.StandardKey.New,
            "act_new",
        )
        self.act_open = action(
            QCoreApplication.translate("MainWindow", "打开(&O)"),
            lambda: self.current_tab().open_current(),
            None,
            "act_open",
        )
        self.act_delete = action(
            QCoreApplication.translate("MainWindow", "删除(&D)…"),
            lambda: self.current_tab().delete_current(),
            None,
            "act_delete",
        )
        self.act_find = action(
            QCoreApplication.translate("MainWindow", "查找(&F)"),
            lambda: self.current_tab().focus_search(),
            QKeySequence.StandardKey.Find,
            "act_find",
        )
        self.act_refresh = action(
            QCoreApplication.translate("MainWindow", "刷新(&R)"),
            self.reload_all_views,
            QKeySequence.StandardKey.Refresh,
            "act_refresh",
        )
        self.act_hide = action(
            QCoreApplication.translate("MainWindow", "重新隐藏敏感信息"), self.hide_revealed, None, "act_hide"
        )
        self.act_settings = action(
            QCoreApplication.translate("MainWindow", "设置(&S)…"),
            lambda: self.open_settings(),
            QKeySequence.StandardKey.Preferences,
            "act_settings",
        )
        self.act_verify = action(
            QCoreApplication.translate("MainWindow", "校验审计日志"), self.verify_audit, None, "act_verify"
        )
        self.act_quit = action(
            QCoreApplication.translate("MainWindow", "退出(&Q)"), self.close, QKeySequence.StandardKey.Quit, "act_quit"
        )
        self.act_about = action(
            QCoreApplication.translate("MainWindow", "关于 agentbook(&A)"), self.about, None, "act_about"
        )

        file_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "文件(&F)"))
        file_menu.setObjectName("menu_file")
        file_menu.addAction(self.act_new)
        self.act_print = action(
            QCoreApplication.translate("MainWindow", "打印客户档案表(&P)…"),
            self.print_current_view,
            QKeySequence.StandardKey.Print,
            "act_print",
        )
        file_menu.addAction(self.act_print)
        self.act_export = action(
            QCoreApplication.translate("MainWindow", "导出 Excel 工作簿(&X)…"), self.export_workbook, None, "act_export"
        )
        self.act_export_view = action(
            QCoreApplication.translate("MainWindow", "导出当前视图到 Excel…"),
            self.export_current_view,
            None,
            "act_export_view",
        )
        file_menu.addAction(self.act_export)
        file_menu.addAction(self.act_export_view)
        self.act_import = action(
            QCoreApplication.translate("MainWindow", "从 Excel 导入(&I)…"), self.import_excel, None, "act_import"
        )
        file_menu.addAction(self.act_import)
        self.file_menu = file_menu
        self.file_extension_point = file_menu.addSeparator()
        if self.store.branch is None:
            self.act_branch = action(
                QCoreApplication.translate("MainWindow", "连接营业部服务器(&N)…"),
                self.connect_branch,
                None,
                "act_branch",
            )
        else:
            self.act_branch = action(
                QCoreApplication.translate("MainWindow", "断开营业部服务器，改用本机档案"),
                self.leave_branch,
                None,
                "act_branch",
            )
        file_menu.addAction(self.act_branch)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        if self.store.branch is None:  # a branch server's backups are the branch's (docs/branch.md)
            self.security_actions.add_file_actions(file_menu, self.act_quit)
        edit_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "编辑(&E)"))
        edit_menu.setObjectName("menu_edit")
        for act in (self.act_new, self.act_open, self.act_delete):
            edit_menu.addAction(act)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_find)
        view_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "视图(&V)"))
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
        tools_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "工具(&T)"))
        tools_menu.setObjectName("menu_tools")
        self.security_actions.add_security_menu(tools_menu)
        # --- the working day -----------------------------------------------------------------
        self.act_new_complaint = action(
            QCoreApplication.translate("MainWindow", "登记投诉…"),
            lambda: self.new_record("complaints"),
            None,
            "act_new_complaint",
        )
        self.act_tiers = action(
            QCoreApplication.translate("MainWindow", "按规则重新计算客户价值…"), self.recompute_tiers, None, "act_tiers"
        )
        self.act_workday_settings = action(
            QCoreApplication.translate("MainWindow", "提醒与客户分层设置…"),
            self.open_workday_settings,
            None,
            "act_workday_settings",
        )
        # --- personal information (PIPL): requests of data subjects -----------------------
        self.act_subject_requests = action(
            QCoreApplication.translate("MainWindow", "个人信息请求…"),
            self.open_subject_requests,
            None,
            "act_subject_requests",
        )
        tools_menu.addSeparator()
        tools_menu.addAction(self.act_new_complaint)
        tools_menu.addAction(self.act_subject_requests)
        tools_menu.addAction(self.act_tiers)
        tools_menu.addAction(self.act_workday_settings)
        # --- the archive around the records -----------------------------------------------------
        self.act_duplicates = action(
            QCoreApplication.translate("MainWindow", "查找重复客户…"), self.find_duplicates, None, "act_duplicates"
        )
        self.act_undo_merge = action(
            QCoreApplication.translate("MainWindow", "撤销上次合并…"), self.undo_merge, None, "act_undo_merge"
        )
        self.act_quick_payments = action(
            QCoreApplication.translate("MainWindow", "批量登记缴费…"),
            self.open_quick_payments,
            None,
            "act_quick_payments",
        )
        self.act_commissions = action(
            QCoreApplication.translate("MainWindow", "佣金对账…"), self.open_reconciliation, None, "act_commissions"
        )
        self.act_loans = action(
            QCoreApplication.translate("MainWindow", "档案借阅登记…"), self.open_loans, None, "act_loans"
        )
        self.act_products = action(
            QCoreApplication.translate("MainWindow", "产品目录…"), self.open_products, None, "act_products"
        )
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
        help_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "帮助(&H)"))
        help_menu.setObjectName("menu_help")
        help_menu.addAction(self.act_about)
        self.branch_actions = branch_menu.install(self, self.store)

        toolbar = self.addToolBar(QCoreApplication.translate("MainWindow", "工具栏"))
        toolbar.setObjectName("toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (self.act_new, self.act_open, self.act_delete, self.act_find, self.act_refresh):
            toolbar.addAction(act)
        self.toolbar = toolbar
