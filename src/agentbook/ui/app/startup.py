"""Opening the archive at start: every keyring state and every damaged file gets its own plain
message and a way forward; nothing here ever makes a new key for a file that exists.

| what happened                    | what the user is offered                              |
|----------------------------------|-------------------------------------------------------|
| keyring entry missing            | the recovery key (then the key is stored again)       |
| keyring key does not fit the file| the recovery key (the file came from elsewhere)       |
| keyring locked                   | retry after unlocking it, or the recovery key         |
| keyring cannot be opened/created | retry, or the recovery key (new archive: a passphrase)|
| no keyring at all                | the passphrase, or the recovery key                   |
| file damaged                     | the latest backup, another backup, or quit            |
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from agentbook.paths import backup_dir
from agentbook.store.api import Store
from agentbook.store.audit.anchor import forget_audit_head
from agentbook.store.backup import backups, restore_swap
from agentbook.store.db.connection import Credentials, Passphrase
from agentbook.store.errors import (
    DamagedFileError,
    KeyMissingError,
    KeyringLockedError,
    KeyringUnavailableError,
    KnownError,
    PassphraseRequiredError,
    WrongKeyError,
)
from agentbook.store.keys.recovery import looks_like_recovery_key
from agentbook.store.keys.vault import KeyVault
from agentbook.ui.errors import describe


class Opener:
    """One attempt to open *path*, asking the user as each problem needs."""

    def __init__(self, path: Path, vault: KeyVault, parent: QWidget | None = None, *, ask: bool = True) -> None:
        self.path = path
        self.vault = vault
        self.parent = parent
        self.ask = ask  # False in screenshot/headless runs: nobody can answer, so fail instead
        self.passphrase: str | None = None
        self.opened_with_recovery_key = False

    def run(self) -> Store | None:
        creating = not self.path.exists()
        error = ""
        while True:
            try:
                return Store.open(self.path, self.vault, create=creating, passphrase=self.passphrase)
            except (PassphraseRequiredError, WrongKeyError) as exc:
                if not self.ask:
                    raise
                if isinstance(exc, WrongKeyError) and self.passphrase is None:
                    return self.recover(
                        QCoreApplication.translate(
                            "startup", "系统密钥环中的密钥打不开这个数据库文件（文件可能是从别的电脑复制来的）。"
                        )
                    )
                error = describe(exc) if isinstance(exc, WrongKeyError) else ""
                outcome = self.ask_passphrase(creating, error)
                if outcome is None or isinstance(outcome, Store):
                    return outcome
            except KeyMissingError as exc:
                if not self.ask:
                    raise
                return self.recover(describe(exc))
            except (KeyringLockedError, KeyringUnavailableError) as exc:
                if not self.ask:
                    raise
                choice = self.keyring_problem(exc, creating)
                if choice == "retry":
                    continue
                if choice == "recover":
                    return self.recover(describe(exc))
                if choice == "passphrase":
                    outcome = self.ask_passphrase(True, "")
                    if outcome is None or isinstance(outcome, Store):
                        return outcome
                    continue
                return None
            except DamagedFileError as exc:
                if not self.ask:
                    raise
                store = self.damaged(exc)
                if store is not None or not self.path.exists():
                    return store
                return None

    # --- the ways forward ----------------------------------------------------------------------
    def ask_passphrase(self, creating: bool, error: str) -> Store | bool | None:
        """The passphrase prompt; for an existing file it also takes a recovery key."""
        from agentbook.ui.security.unlock import PassphraseDialog

        dialog = PassphraseDialog(creating, self.path.name, self.parent, error)
        if not creating:
            dialog.setToolTip(QCoreApplication.translate("startup", "也可以在这里输入恢复密钥。"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        value = dialog.value()
        if not creating and looks_like_recovery_key(value):
            try:
                return self._open_with_recovery_key(value)
            except (WrongKeyError, KnownError):
                pass  # maybe a passphrase that happens to look like a key: try it as one
        self.passphrase = value
        return True

    def recover(self, situation: str) -> Store | None:
        from agentbook.ui.security.recover_dialog import RecoverDialog

        error = ""
        while True:
            dialog = RecoverDialog(self.path.name, situation, self.parent, error)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            try:
                return self._open_with_recovery_key(dialog.text())
            except WrongKeyError:
                error = QCoreApplication.translate(
                    "startup", "这把恢复密钥打不开这个数据库：它属于另一个数据库，或者是更换密钥之前的旧密钥。"
                )
            except DamagedFileError as exc:
                return self.damaged(exc)
            except KnownError as exc:
                error = describe(exc)

    def _open_with_recovery_key(self, text: str) -> Store:
        store, problem = Store.open_with_recovery_key(self.path, self.vault, text)
        self.opened_with_recovery_key = True
        if problem is not None:
            QMessageBox.warning(
                self.parent,
                QCoreApplication.translate("startup", "密钥未能存回系统密钥环"),
                QCoreApplication.translate(
                    "startup", "已用恢复密钥打开数据库，但无法把密钥存回系统密钥环：\n{0}\n\n下次打开时仍需要恢复密钥。"
                ).format(describe(problem)),
            )
        return store

    def keyring_problem(self, exc: KnownError, creating: bool) -> str:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("startup", "系统密钥环"))
        box.setText(describe(exc))
        if exc.detail:
            box.setDetailedText(exc.detail)
        retry = box.addButton(QCoreApplication.translate("startup", "重试"), QMessageBox.ButtonRole.AcceptRole)
        other = (
            box.addButton(QCoreApplication.translate("startup", "改用口令创建"), QMessageBox.ButtonRole.ActionRole)
            if creating
            else box.addButton(
                QCoreApplication.translate("startup", "使用恢复密钥…"), QMessageBox.ButtonRole.ActionRole
            )
        )
        box.addButton(QCoreApplication.translate("startup", "退出"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is retry:
            return "retry"
        if clicked is other:
            return "passphrase" if creating else "recover"
        return "quit"

    def damaged(self, exc: DamagedFileError) -> Store | None:
        """Say so plainly and offer the newest automatic backup (or any backup file)."""
        latest = self._latest_backup()
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("startup", "数据库文件已损坏"))
        text = describe(exc)
        if latest is not None:
            text += "\n\n" + QCoreApplication.translate("startup", "最近的备份：{0}").format(latest.name)
        box.setText(text)
        if exc.detail:
            box.setDetailedText(exc.detail)
        use_latest = (
            box.addButton(QCoreApplication.translate("startup", "从最近的备份恢复"), QMessageBox.ButtonRole.AcceptRole)
            if latest
            else None
        )
        choose = box.addButton(
            QCoreApplication.translate("startup", "选择备份文件…"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QCoreApplication.translate("startup", "退出"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if use_latest is not None and clicked is use_latest:
            source = latest
        elif clicked is choose:
            name, _f = QFileDialog.getOpenFileName(
                self.parent, QCoreApplication.translate("startup", "选择备份文件"), str(self.path.parent)
            )
            source = Path(name) if name else None
        else:
            source = None
        if source is None:
            return None
        try:
            aside = restore_closed(self.path, source, self._credentials())
            # The restored file carries an older audit chain: the head anchored for the damaged
            # one would call it cut short. It is anchored afresh from this session on.
            forget_audit_head(self.vault, self.path)
        except KnownError as exc2:
            QMessageBox.critical(self.parent, QCoreApplication.translate("startup", "无法从备份恢复"), describe(exc2))
            return None
        QMessageBox.information(
            self.parent,
            QCoreApplication.translate("startup", "已从备份恢复"),
            QCoreApplication.translate("startup", "已用备份“{0}”替换损坏的数据库。损坏的文件保留在：\n{1}").format(
                source.name, aside
            ),
        )
        return Store.open(self.path, self.vault, passphrase=self.passphrase)

    def _latest_backup(self) -> Path | None:
        """The newest automatic backup in the default folder or the one chosen in Settings."""
        from PySide6.QtCore import QSettings

        from agentbook.ui.security.backup_actions import FOLDER_MIRROR

        folders = [backup_dir()]
        chosen = str(QSettings().value(FOLDER_MIRROR, "") or "")
        if chosen:
            folders.append(Path(chosen).expanduser())
        found = [b for folder in folders for b in backups.list_backups(self.path, folder)]
        found.sort(key=lambda b: b.taken_at, reverse=True)
        return found[0].path if found else None

    def _credentials(self) -> Credentials:
        if self.passphrase is not None:
            return Passphrase(self.passphrase)
        return self.vault.credentials_for(self.path, creating=False)


def restore_closed(live: Path, source: Path, credentials: Credentials) -> Path:
    """Restore *source* over a live file nobody has open (it would not open: damaged)."""
    candidate = backups.stage(live, source, credentials)
    if not candidate.ok:
        raise backups.RestoreRefusedError("; ".join(candidate.problems + candidate.report.problems))
    return restore_swap.swap_in(live, candidate.staged)


def confirm_recovery_key(store: Store, parent: QWidget | None = None) -> None:
    """At first run (and after a crash before it was confirmed): show the key until stored."""
    from agentbook.ui.security.recovery import RecoveryKeyDialog

    if store.security.needs_recovery_confirmation():
        RecoveryKeyDialog(store, store.security.recovery_key(), parent).exec()
