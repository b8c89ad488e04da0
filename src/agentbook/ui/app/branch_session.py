"""Which archive the app opens: the local file, or the branch server it was last connected to.

A person who connected to the branch once works there from then on: the login (without the
password) is remembered in the UI's settings and the password, when the person allowed it, in
the OS keyring. At the next start the branch opens directly; when the password is missing or the
server refuses it or cannot be reached, the connection dialog comes back with the reason, and
"use the local archive" is always one click away.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget

from agentbook.store.api import Store
from agentbook.store.errors import KnownError
from agentbook.store.keys.vault import KeyVault
from agentbook.ui.errors import describe

if TYPE_CHECKING:  # the login and its dialog load psycopg: only when there is a branch to reach
    from agentbook.store.db.branch_login import BranchLogin

_KEYS = ("branch/host", "branch/port", "branch/dbname", "branch/user")


def saved_login(settings: QSettings) -> BranchLogin | None:
    host, port, dbname, user = (str(settings.value(k, "", str)) for k in _KEYS)
    if not (host and user and dbname):
        return None
    try:
        number = int(port)
    except ValueError:
        return None
    from agentbook.store.db.branch_login import BranchLogin

    return BranchLogin(host, user, number, dbname)


def remember(settings: QSettings, vault: KeyVault, login: BranchLogin, password: str, keep_password: bool) -> str:
    """Remember *login* for the next start; returns why the password could not be kept ('' when
    it was, or was not to be)."""
    for key, value in zip(_KEYS, (login.host, str(login.port), login.dbname, login.user), strict=True):
        settings.setValue(key, value)
    settings.sync()
    if not keep_password:
        _forget_password(vault, login)
        return ""
    try:
        vault.store_branch_password(login.label, password)
    except KnownError as exc:
        return describe(exc)
    return ""


def forget(settings: QSettings, vault: KeyVault) -> None:
    """Back to the local archive at the next start (the branch's password leaves the keyring)."""
    login = saved_login(settings)
    for key in _KEYS:
        settings.remove(key)
    settings.sync()
    if login is not None:
        _forget_password(vault, login)


def _forget_password(vault: KeyVault, login: BranchLogin) -> None:
    with contextlib.suppress(KnownError):  # no keyring: nothing was kept there
        vault.forget_branch_password(login.label)


def open_saved(login: BranchLogin, vault: KeyVault, settings: QSettings, parent: QWidget | None = None) -> Store | None:
    """Open the remembered branch: with the kept password, else (or when refused) through the
    connection dialog. None when the person cancelled."""
    reason = ""
    try:
        password = vault.load_branch_password(login.label)
    except KnownError as exc:
        password, reason = None, describe(exc)
    if password is not None:
        try:
            return Store.open_branch(login.dsn(password))
        except KnownError as exc:
            reason = describe(exc)
    return ask(parent, vault, settings, login, reason, at_start=True)


def ask(
    parent: QWidget | None,
    vault: KeyVault,
    settings: QSettings,
    login: BranchLogin | None = None,
    reason: str = "",
    *,
    at_start: bool = False,
) -> Store | None:
    """The connection dialog; on success the login is remembered. None when cancelled — or, at
    start-up, when the person chose the local archive (then the branch is forgotten)."""
    from agentbook.ui.app.branch_dialog import BranchDialog

    dialog = BranchDialog(parent, login, reason, offer_local=at_start)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.store is None or dialog.login is None:
        if dialog.use_local:
            forget(settings, vault)
        return None
    problem = remember(settings, vault, dialog.login, dialog.password, dialog.remember.isChecked())
    if problem:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            parent,
            QCoreApplication.translate("BranchDialog", "口令未保存"),
            QCoreApplication.translate(
                "BranchDialog", "已连接营业部服务器，但系统钥匙串没有保存口令，下次启动时需要再输入一次。\n{0}"
            ).format(problem),
        )
    return dialog.store
