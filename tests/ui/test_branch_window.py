"""The app on a branch server, with real widgets and a real PostgreSQL server: connecting from the
File menu, the window saying where the archive is, the idle lock closing the connection, and the
login remembered for the next start (its password in the keyring)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from agentbook.store.api import Store
from agentbook.store.db.branch_login import BranchLogin, is_local
from agentbook.store.keys.vault import KeyVault
from agentbook.ui.app import branch_session
from agentbook.ui.app.branch_dialog import BranchDialog
from tests.pg_server import OWNER_PASSWORD, PostgresServer
from tests.store_builders import person
from tests.ui_helpers import temp_settings


def _login(pg_server: PostgresServer, dsn: str) -> BranchLogin:
    dbname = dsn.split("dbname=")[1].split()[0]
    return BranchLogin("127.0.0.1", "postgres", pg_server.port, dbname)


def test_tls_is_required_unless_the_server_is_this_computer():
    assert is_local("127.0.0.1") and is_local("localhost") and is_local("::1") and is_local("/run/postgresql")
    assert not is_local("192.168.1.20") and not is_local("server.branch.local")
    assert "sslmode=require" in BranchLogin("192.168.1.20", "wang").dsn("secret")
    assert "sslmode=require" not in BranchLogin("127.0.0.1", "wang").dsn("secret")
    assert "secret" not in BranchLogin("192.168.1.20", "wang").label


def test_the_dialog_connects_and_keeps_what_was_typed_when_it_cannot(qtbot, qapp_font, pg_server, branch_dsn):
    dialog = BranchDialog()
    qtbot.addWidget(dialog)
    login = _login(pg_server, branch_dsn)
    assert not dialog.connect_button.isEnabled()  # nothing to connect to yet
    dialog.host.setText("192.168.1.20")
    assert "TLS" in dialog.tls.text()
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nobody listens there
    dialog.dbname.setText(login.dbname)
    dialog.user.setText("postgres")
    dialog.secret.setText("口令")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: "无法连接营业部服务器" in dialog.error.text(), timeout=20000)
    assert dialog.result() == 0 and dialog.store is None
    assert (dialog.host.text(), dialog.user.text(), dialog.secret.text()) == ("127.0.0.1", "postgres", "口令")

    dialog.port.setValue(pg_server.port)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)  # still there, not pressed
        dialog.connect_button.click()
    assert dialog.store is not None and dialog.store.branch is not None
    dialog.store.close()


def test_the_window_says_it_is_on_the_branch_and_offers_only_what_applies(
    qtbot, qapp_font, pg_server, branch_dsn, clock, tmp_path: Path, vault: KeyVault
):
    from agentbook.ui.app.main_window import MainWindow

    store = Store.open_branch(branch_dsn, actor="王经理", clock=clock)
    store.customers.create(person("张三"))
    window = MainWindow(store, settings=temp_settings(tmp_path), vault=vault)
    qtbot.addWidget(window)
    window.show()
    try:
        assert "营业部服务器" in window.windowTitle() and "127.0.0.1" in window.db_label.text()
        names = {a.objectName() for a in window.file_menu.actions()}
        assert "act_branch" in names and "act_backup" not in names and "act_restore" not in names
        security = {a.objectName() for a in window.security_menu.actions()}
        assert {"act_lock", "act_audit_log"} <= security
        assert not security & {"act_change_key", "act_recovery_key", "act_check_db", "act_change_passphrase"}

        from agentbook.store.operations.retention import DueCustomer
        from agentbook.ui.app.about_dialog import AboutDialog
        from agentbook.ui.consent.retention_dialog import DestroyDialog

        about = dict(AboutDialog(store, window, vault).info_rows())
        assert about["营业部服务器"] == store.branch and about["登录账号"] == "王经理"
        assert about["结构版本"].startswith("v") and "加密密钥" not in about
        zhang = store.customers.find("1")[0]
        due = DueCustomer(zhang.id, zhang.archive_no, zhang.name, clock.today(), 0)
        destroy = DestroyDialog(store, due, window)
        assert "营业部服务器此前的备份" in destroy.copies_warning.text()
        destroy.close()

        window.idle_lock.lock("manual")
        assert store.security.is_locked and store.db.key is None
        screen = window.idle_lock.screen
        assert screen.password.isVisibleTo(screen) and "营业部服务器" in screen.detail.text()
        screen.unlock_button.click()
        assert store.security.is_locked and "口令" in screen.error.text()
        # the test server trusts its local logins; the password unwraps the branch's data key
        screen.password.setText(OWNER_PASSWORD)
        screen.unlock_button.click()
        assert not store.security.is_locked
        assert [c.name for c in store.customers.find("1")] == ["张三"]
        assert [e.action for e in store.audit_entries(limit=2)] == ["unlock", "lock"]
    finally:
        window.close()
        store.close()


def test_connecting_from_the_file_menu_switches_the_window_and_is_remembered(
    qtbot, qapp_font, store, db_path, clock, pg_server, branch_dsn, tmp_path: Path, vault: KeyVault, monkeypatch
):
    from agentbook.app import Session
    from agentbook.ui.i18n import Translation

    settings = temp_settings(tmp_path)
    login = _login(pg_server, branch_dsn)
    session = Session(store, tmp_path / "unused.db", vault, Translation(), settings)
    first = session.show(store)
    qtbot.addWidget(first)

    def fill_and_connect(dialog: BranchDialog) -> int:
        dialog.host.setText(login.host)
        dialog.port.setValue(login.port)
        dialog.dbname.setText(login.dbname)
        dialog.user.setText(login.user)
        dialog.secret.setText(OWNER_PASSWORD)
        dialog.connect_button.click()
        qtbot.waitUntil(lambda: dialog.store is not None, timeout=20000)
        return dialog.result()

    monkeypatch.setattr(BranchDialog, "exec", fill_and_connect)  # the person types and presses 连接
    first.act_branch.trigger()
    assert session.store is not store and session.store.branch is not None
    assert session.window is not first and not first.isVisible()
    qtbot.addWidget(session.window)
    assert "营业部服务器" in session.window.windowTitle()
    again = Store.open(db_path, vault, clock=clock)  # the local file was closed, its owner lock released
    again.close()
    assert branch_session.saved_login(settings) == login
    assert vault.load_branch_password(login.label) == OWNER_PASSWORD
    session.window.close()
    session.store.close()

    reopened = branch_session.open_saved(login, vault, settings)  # the next start: no dialog
    assert reopened is not None and reopened.branch == session.store.branch
    reopened.close()
    branch_session.forget(settings, vault)
    assert branch_session.saved_login(settings) is None and vault.load_branch_password(login.label) is None


def test_the_first_run_wizard_connects_to_the_branch_instead_of_creating_an_archive(
    qtbot, qapp_font, pg_server, branch_dsn, tmp_path: Path, vault: KeyVault, monkeypatch
):
    from agentbook.ui.first_run.wizard import FirstRunWizard
    from agentbook.ui.i18n import Translation

    settings = temp_settings(tmp_path)
    login = _login(pg_server, branch_dsn)
    wizard = FirstRunWizard(tmp_path / "never-made.db", vault, Translation(), settings)
    qtbot.addWidget(wizard)

    def connect(dialog: BranchDialog) -> int:
        dialog.host.setText(login.host)
        dialog.port.setValue(login.port)
        dialog.dbname.setText(login.dbname)
        dialog.user.setText(login.user)
        dialog.secret.setText(OWNER_PASSWORD)  # it wraps the owner's copy of the branch's data key
        dialog.connect_button.click()
        qtbot.waitUntil(lambda: dialog.store is not None, timeout=20000)
        return dialog.result()

    monkeypatch.setattr(BranchDialog, "exec", connect)
    assert "营业部" in wizard.welcome.branch_button.text()
    wizard.welcome.branch_button.click()
    try:
        assert wizard.branch_store is not None and wizard.branch_store.branch is not None
        assert not (tmp_path / "never-made.db").exists()  # no local archive for a branch's person
        assert branch_session.saved_login(settings) == login
    finally:
        if wizard.branch_store is not None:
            wizard.branch_store.close()
