"""The main window's tools: value tiers, the PIPL requests register, duplicates and merges,
quick payments, commissions, loans of paper files, the product catalogue, settings, the audit
check, About; and the choice of archive (a branch server or the local file)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import QMessageBox

from agentbook.store.keys.vault import KeyVault
from agentbook.ui.app.window_tabs import WindowTabs
from agentbook.ui.errors import reported
from agentbook.ui.i18n import Translation
from agentbook.ui.security.audit_verdict import verdict_text
from agentbook.ui.worker import wait_for

# The texts here are translated in the context "MainWindow", as ``MainWindow.tr`` does: the
# catalogues keep the window's texts together, whichever of its modules holds them.


class ToolCommands(WindowTabs):
    """The Tools menu's commands of ``MainWindow``, each opening its dialog when first used."""

    # The person chose another archive: a Store just connected on a branch server, or None for
    # the local file again (``app.Session`` swaps the window).
    archiveChosen = Signal(object)  # noqa: N815 - Qt signal naming

    vault: KeyVault
    translation: Translation
    settings: QSettings

    def recompute_tiers(self) -> None:
        """Value tiers by the rule and thresholds in the settings (客户价值 column and filter)."""
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("MainWindow", "客户价值"),
            QCoreApplication.translate(
                "MainWindow", "按当前阈值（年化保费、有效保单件数、客户年限）重新计算所有客户的价值分层？"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self.store
        with reported(self) as failure:  # a second or more over a large book: on a worker
            refresh = wait_for(
                self,
                QCoreApplication.translate("MainWindow", "客户价值"),
                [QCoreApplication.translate("MainWindow", "正在重新计算客户价值分层…")],
                lambda _step: store.recompute_value_tiers(),
            )
        if failure:
            return
        QMessageBox.information(
            self,
            QCoreApplication.translate("MainWindow", "客户价值"),
            QCoreApplication.translate("MainWindow", "已重新计算，%n 位客户的价值分层有变化。", "", refresh.changed),
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
        security = self.store.security
        with reported(self) as failure:  # every entry's hash, however long the log has grown
            verdict = wait_for(
                self,
                QCoreApplication.translate("MainWindow", "审计日志"),
                [QCoreApplication.translate("MainWindow", "正在核对审计日志…")],
                lambda _step: security.verify_audit(),
            )
        if failure:
            return
        if verdict.ok:
            QMessageBox.information(
                self,
                QCoreApplication.translate("MainWindow", "审计日志"),
                QCoreApplication.translate("MainWindow", "审计日志完整，未发现篡改。"),
            )
        else:
            QMessageBox.critical(self, QCoreApplication.translate("MainWindow", "审计日志"), verdict_text(verdict))

    def about(self) -> None:
        from agentbook.ui.app.about_dialog import AboutDialog

        AboutDialog(self.store, self).exec()

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
            QCoreApplication.translate("MainWindow", "改用本机档案"),
            QCoreApplication.translate(
                "MainWindow", "断开营业部服务器，打开本机的加密档案？下次启动时也打开本机档案。"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            branch_session.forget(self.settings, self.vault)
            self.archiveChosen.emit(None)
