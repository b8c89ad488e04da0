"""The security commands of the main window: lock, backups and restore, keys, audit log, retention.

They live here, not in ``main_window``, so the window only says where the menu entries go. Every
command goes through ``store.security`` (or the store's retention calls); long ones run off the UI
thread with a busy indicator.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.audit_labels import ENTITY_LABELS
from agentbook.store.errors import WrongKeyError
from agentbook.store.keys.app_password import hash_app_password
from agentbook.ui.errors import reported, show_error
from agentbook.ui.security import backup_actions
from agentbook.ui.worker import Operation

MIN_PASSPHRASE = 8


class SecretPairDialog(QDialog):
    """A new secret typed twice (and, for a passphrase change, the current one first)."""

    def __init__(self, title: str, intro: str, *, ask_current: bool, minimum: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("secret_pair_dialog")
        self.setWindowTitle(title)
        self.minimum = minimum
        label = QLabel(intro, self)
        label.setWordWrap(True)
        self.current = QLineEdit(self)
        self.current.setObjectName("current")
        self.new = QLineEdit(self)
        self.new.setObjectName("new")
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeat")
        for edit in (self.current, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b71c1c")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        if ask_current:
            form.addRow(self.tr("当前口令"), self.current)
        else:
            self.current.hide()
        form.addRow(self.tr("新的"), self.new)
        form.addRow(self.tr("再输一次"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def accept(self) -> None:
        new = self.new.text()
        if new != self.repeat.text():
            self.error.setText(self.tr("两次输入不一致。"))
            return
        if new and len(new) < self.minimum:
            self.error.setText(self.tr("至少需要 {0} 个字符。").format(self.minimum))
            return
        super().accept()


class SecurityActions:
    """Builds the menu entries on every (re)build of the window's menus; holds no Qt state itself."""

    def __init__(
        self,
        window: Any,
        vault: Any,
        lock: Callable[[str], None],
        lock_settings_changed: Callable[[], None],
    ) -> None:
        # The main window (its store, status bar and reload); the lock is reached through the two
        # callables so this module needs neither the window's module nor the lock's.
        self.window = window
        self.vault = vault
        self.lock = lock
        self.lock_settings_changed = lock_settings_changed

    @property
    def store(self):
        return self.window.store

    def _action(self, text: str, slot: Any, name: str, shortcut: Any = None) -> QAction:
        act = QAction(text, self.window)
        act.setObjectName(name)
        act.triggered.connect(slot)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        return act

    def add_file_actions(self, file_menu: QMenu, before: QAction) -> None:
        """Back up now, back up to a file, restore — above *before* (Quit)."""
        w = self.window
        backup_now = self._action(
            QCoreApplication.translate("security_actions", "立即备份(&B)"),
            lambda: backup_actions.backup_now(self.store, w),
            "act_backup",
        )
        backup_as = self._action(
            QCoreApplication.translate("security_actions", "备份到文件…"),
            lambda: backup_actions.backup_as(self.store, w),
            "act_backup_as",
        )
        restore = self._action(
            QCoreApplication.translate("security_actions", "从备份恢复…"),
            lambda: backup_actions.restore_from(self.store, w, on_restored=w.reload_all_views),
            "act_restore",
        )
        file_menu.insertActions(before, [backup_now, backup_as, restore])
        file_menu.insertSeparator(before)

    def add_security_menu(self, tools_menu: QMenu) -> None:
        w = self.window
        security = tools_menu.addMenu(QCoreApplication.translate("security_actions", "安全与隐私(&Y)"))
        security.setObjectName("menu_security")
        w.act_lock = self._action(
            QCoreApplication.translate("security_actions", "锁定(&L)"),
            lambda: self.lock("manual"),
            "act_lock",
            "Ctrl+L",
        )
        security.addAction(w.act_lock)
        security.addSeparator()
        security.addAction(
            self._action(
                QCoreApplication.translate("security_actions", "操作日志…"), self.open_audit_log, "act_audit_log"
            )
        )
        security.addAction(w.act_verify)
        if self.store.security.mode == "branch":  # keys, pages and backups are the server's
            security.addSeparator()
            security.addAction(
                self._action(
                    QCoreApplication.translate("security_actions", "到期销毁…"), self.open_retention, "act_retention"
                )
            )
            w.security_menu = security
            return
        security.addAction(
            self._action(
                QCoreApplication.translate("security_actions", "检查数据库完整性…"), self.check_database, "act_check_db"
            )
        )
        security.addSeparator()
        if self.store.security.mode == "keyring":
            security.addAction(
                self._action(
                    QCoreApplication.translate("security_actions", "查看恢复密钥…"),
                    self.show_recovery_key,
                    "act_recovery_key",
                )
            )
            security.addAction(
                self._action(
                    QCoreApplication.translate("security_actions", "更换密钥…"), self.change_key, "act_change_key"
                )
            )
        else:
            security.addAction(
                self._action(
                    QCoreApplication.translate("security_actions", "更改数据库口令…"),
                    self.change_passphrase,
                    "act_change_passphrase",
                )
            )
        security.addAction(
            self._action(
                QCoreApplication.translate("security_actions", "设置应用密码…"),
                self.set_app_password,
                "act_app_password",
            )
        )
        security.addSeparator()
        security.addAction(
            self._action(
                QCoreApplication.translate("security_actions", "到期销毁…"), self.open_retention, "act_retention"
            )
        )
        w.security_menu = security

    # --- commands ----------------------------------------------------------------------------
    def open_audit_log(self, customer_id: int | None = None) -> None:
        from agentbook.ui.security.audit_viewer import AuditViewer

        AuditViewer(self.store, self.window, customer_id=customer_id).exec()

    def open_retention(self) -> None:
        from agentbook.ui.consent.retention_dialog import RetentionDialog

        RetentionDialog(self.store, self.window).exec()

    def check_database(self) -> None:
        w = self.window
        progress = QProgressDialog(
            QCoreApplication.translate("security_actions", "正在检查数据库（页校验、结构、外键）…"), "", 0, 0, w
        )
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def done(report: Any) -> None:
            progress.close()
            self.store.record_event("integrity_check", "database", details={"ok": report.ok})
            if report.ok:
                number = QLocale().toString
                counts = QLocale().createSeparatedList([f"{_table(k)} {number(v)}" for k, v in report.counts.items()])
                text = QCoreApplication.translate("security_actions", "所有检查都通过了。\n{0}").format(counts)
                fixed = QLocale().createSeparatedList(  # recounted by the store; a stray name is in no list
                    [
                        f"{_table(k)} {'—' if kept is None else number(kept)} → {number(counted)}"
                        for k, (kept, counted) in report.count_drift.items()
                        if counted >= 0
                    ]
                )
                if fixed:
                    text += "\n\n" + QCoreApplication.translate(
                        "security_actions", "列表显示的总条数与实际行数不符，已重新计算：{0}"
                    ).format(fixed)
                QMessageBox.information(w, QCoreApplication.translate("security_actions", "数据库完好"), text)
            else:
                QMessageBox.critical(
                    w,
                    QCoreApplication.translate("security_actions", "数据库有问题"),
                    QCoreApplication.translate("security_actions", "检查发现问题，请尽快从备份恢复：\n{0}").format(
                        "\n".join(report.problems[:10])
                    ),
                )

        def failed(exc: Exception, _trace: str) -> None:
            progress.close()
            show_error(w, exc)

        Operation(self.store.security.verify).success(done).failure(failed).run_in_background()

    def show_recovery_key(self) -> None:
        from agentbook.ui.security.recovery import RecoveryKeyDialog

        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("security_actions", "查看恢复密钥"),
            QCoreApplication.translate(
                "security_actions", "恢复密钥能打开整个档案。请确认身边没有旁人，屏幕没有在共享。查看会记入操作日志。"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            RecoveryKeyDialog(self.store, self.store.security.recovery_key(), self.window, reason="shown").exec()

    def change_key(self) -> None:
        from agentbook.ui.security.recovery import RecoveryKeyDialog

        answer = QMessageBox.warning(
            self.window,
            QCoreApplication.translate("security_actions", "更换密钥"),
            QCoreApplication.translate(
                "security_actions",
                "将用一把新的随机密钥重新加密整个档案，系统密钥环中的密钥随之更新。"
                "旧的恢复密钥从此作废；以前的备份仍需要旧的恢复密钥才能打开。\n\n继续吗？",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with reported(
            self.window, QCoreApplication.translate("security_actions", "密钥没有更换，档案保持原样")
        ) as failure:
            new_key = self.store.security.change_key(self.vault)
        if failure:
            return
        RecoveryKeyDialog(self.store, new_key, self.window, reason="key_change").exec()

    def change_passphrase(self) -> None:
        dialog = SecretPairDialog(
            QCoreApplication.translate("security_actions", "更改数据库口令"),
            QCoreApplication.translate(
                "security_actions", "档案会用新口令重新加密。忘记口令，档案就无法打开，请牢记。"
            ),
            ask_current=True,
            minimum=MIN_PASSPHRASE,
            parent=self.window,
        )
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if not dialog.new.text():
                dialog.error.setText(QCoreApplication.translate("security_actions", "请输入新口令。"))
                continue
            try:
                self.store.security.change_passphrase(dialog.current.text(), dialog.new.text())
            except WrongKeyError:
                dialog.error.setText(QCoreApplication.translate("security_actions", "当前口令不正确。"))
                continue
            except Exception as exc:
                show_error(
                    self.window, exc, QCoreApplication.translate("security_actions", "口令没有更改，档案保持原样")
                )
                return
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("security_actions", "口令已更改"),
                QCoreApplication.translate("security_actions", "下次打开档案时请使用新口令。"),
            )
            return

    def set_app_password(self) -> None:
        dialog = SecretPairDialog(
            QCoreApplication.translate("security_actions", "应用密码"),
            QCoreApplication.translate(
                "security_actions",
                "多人共用一台电脑时，可以设置应用密码：锁定后要输入它才能解锁。"
                "它不是加密密钥，忘记时可用恢复密钥解锁。留空并确定即取消应用密码。",
            ),
            ask_current=False,
            minimum=4,
            parent=self.window,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        password = dialog.new.text()
        with reported(self.window) as failure:
            self.store.security.set_app_password_record(hash_app_password(password) if password else "")
        if failure:
            return
        self.lock_settings_changed()
        message = (
            QCoreApplication.translate("security_actions", "已设置应用密码。")
            if password
            else QCoreApplication.translate("security_actions", "已取消应用密码。")
        )
        self.window.statusBar().showMessage(message, 5000)


def _table(name: str) -> str:
    """A table's name as people call its records (the audit viewer's words)."""
    return QCoreApplication.translate("audit", ENTITY_LABELS.get(name, name))
