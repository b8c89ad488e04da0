"""The trust features as a user meets them in the main window: lock, clipboard, audit log, destruction."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from agentbook.domain import enums as E
from agentbook.store.audit.log import AuditFilter
from agentbook.store.db.database import LockedConnection
from agentbook.store.keys.app_password import hash_app_password
from agentbook.store.keys.security import APP_PASSWORD_SETTING
from agentbook.ui.consent.retention_dialog import DestroyDialog, RetentionDialog
from agentbook.ui.security.audit_viewer import AuditViewer
from tests import store_builders as b


def action(window, name):
    from PySide6.QtGui import QAction

    return window.findChild(QAction, name)


class TestLock:
    def test_ctrl_l_closes_the_file_and_hides_every_row(self, qtbot, main_window):
        store = main_window.store
        main_window.tabs.setCurrentIndex(1)  # the customers tab, built when first shown
        assert main_window.record_tabs and not store.security.is_locked
        qtbot.keyClick(main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert store.security.is_locked
        assert isinstance(store.db.conn, LockedConnection)  # the connection is closed, the key dropped
        assert main_window.tabs.count() == 0 and main_window.record_tabs == []
        assert main_window.idle_lock.screen.isVisible()
        assert not action(main_window, "act_new").isEnabled()

    def test_unlock_with_the_keyring_brings_the_tabs_back(self, qtbot, main_window):
        store = main_window.store
        customers = store.counts()["customer"]
        main_window.idle_lock.lock("manual")
        main_window.idle_lock.screen.unlock_button.click()
        assert not store.security.is_locked
        assert main_window.tabs.count() > 5 and store.counts()["customer"] == customers
        actions = [e.action for e in store.audit_entries(limit=3)]
        assert actions[:2] == ["unlock", "lock"]

    def test_the_app_password_is_asked_on_a_shared_computer(self, qtbot, main_window):
        store = main_window.store
        store.db.set_setting(APP_PASSWORD_SETTING, hash_app_password("共用电脑1"))
        main_window.idle_lock.reload_settings()
        main_window.idle_lock.lock("manual")
        screen = main_window.idle_lock.screen
        assert screen.password.isVisibleTo(screen)
        screen.password.setText("wrong")
        screen.unlock_button.click()
        assert store.security.is_locked and "应用密码不正确" in screen.error.text()
        screen.password.setText("共用电脑1")
        screen.unlock_button.click()
        assert not store.security.is_locked

    def test_idle_time_locks(self, qtbot, main_window):
        lock = main_window.idle_lock
        lock.minutes = 1
        lock.activity.last -= 61
        lock.check_idle()
        assert main_window.store.security.is_locked

    def test_typing_after_the_first_second_keeps_the_archive_open(self, qtbot, main_window):
        """The activity filter goes on a second after start; from then on any key press counts."""
        from agentbook.ui.security.lock import WATCH_AFTER_MS

        lock = main_window.idle_lock
        qtbot.wait(WATCH_AFTER_MS + 200)
        lock.minutes = 1
        lock.activity.last -= 61
        qtbot.keyClick(main_window.tabs, Qt.Key.Key_Shift)
        lock.check_idle()
        assert not main_window.store.security.is_locked

    def test_a_window_left_open_after_its_archive_closed_never_locks_it(self, qtbot, main_window):
        lock = main_window.idle_lock
        main_window.store.close()
        lock.minutes = 1
        lock.activity.last -= 61
        lock.check_idle()  # nothing left to lock: no audit entry written to a closed file
        lock.lock("screen")
        assert not lock.timer.isActive() and not lock.screen.isVisible()


@pytest.mark.parametrize("how", ["locked", "closed"])
def test_work_cut_short_by_the_lock_or_by_closing_asks_nothing(qtbot, main_window, monkeypatch, how):
    """A worker still reading when the idle lock or closing takes the archive away fails with a
    known error, and no message box is put over the lock screen or the closing window."""
    from PySide6.QtWidgets import QMessageBox

    from agentbook.ui.errors import show_error
    from agentbook.ui.worker import Operation

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    store = main_window.store
    if how == "locked":
        main_window.idle_lock.lock("idle")
        assert store.security.is_locked
    else:
        store.close()
    seen: list[str] = []

    def failed(exc: Exception, _trace: str) -> None:
        seen.append(type(exc).__name__)
        show_error(main_window, exc)

    Operation(store.today_lists).failure(failed).run_in_background()
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert seen == ["ArchiveLockedError" if how == "locked" else "ArchiveClosedError"]
    assert shown == []


def test_the_audit_log_is_verified_on_a_worker_and_the_verdict_shown(qtbot, main_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    main_window.verify_audit()
    assert said == ["审计日志完整，未发现篡改。"]


def test_the_database_check_names_kept_counts_it_recounted(qtbot, main_window, monkeypatch):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QMessageBox

    store = main_window.store
    payments = store.db.read_int("SELECT count(*) FROM payment")
    with store.db.transaction() as conn:  # what only a bug or an edit outside the app could do
        conn.execute("UPDATE row_count SET n = n + 5 WHERE name = 'payment'")
    tab = main_window.tab_named("payments")
    qtbot.waitUntil(lambda: tab.model.total_known, timeout=30_000)
    assert tab.model.total == payments + 5
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    main_window.security_actions.check_database()
    qtbot.waitUntil(lambda: bool(said), timeout=60_000)
    n = QLocale().toString  # numbers as the user's language writes them: 1,234
    assert said[0].startswith("所有检查都通过了。")
    assert f"客户 {n(store.db.read_int('SELECT count(*) FROM customer'))}" in said[0]  # tables by their names
    assert f"已重新计算：缴费 {n(payments + 5)} → {n(payments)}" in said[0]
    assert store.payments.count() == payments
    qtbot.waitUntil(lambda: tab.model.total_known and tab.model.total == payments, timeout=30_000)  # the open tab


def test_value_tiers_are_recomputed_on_a_worker_and_the_changes_counted(qtbot, main_window, monkeypatch):
    import dataclasses

    from PySide6.QtWidgets import QMessageBox

    store = main_window.store
    store.recompute_value_tiers()
    first = store.customers.get(store.customers.find("1")[0].id)
    wanted = first.value_tier
    other = E.ValueTier.LOW if wanted is not E.ValueTier.LOW else E.ValueTier.HIGH
    store.customers.update(dataclasses.replace(first, value_tier=other))  # set by hand, put right by the rule
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    main_window.recompute_tiers()
    assert len(said) == 1 and "位客户的价值分层有变化" in said[0]
    assert store.customers.get(first.id).value_tier == wanted


def test_a_copied_id_number_leaves_the_clipboard(qtbot, main_window):
    guard = main_window.clipboard_guard
    guard.seconds = 0.2
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("身份证 110105198808080011")
    assert guard.holding == "身份证 110105198808080011"
    assert clipboard.mimeData().hasFormat("x-kde-passwordManagerHint")
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=30_000)
    clipboard.setText("普通文字")  # nothing personal: left alone
    assert guard.holding is None


class TestAuditViewer:
    def test_filters_details_masked_and_reveal_logged(self, qtbot, demo_store):
        c = demo_store.customers.create(b.person("审计甲"))
        c.mobile = "13911112222"
        demo_store.customers.update(c)
        viewer = AuditViewer(demo_store, customer_id=c.id)
        qtbot.addWidget(viewer)
        assert viewer.customer.text() == c.archive_no
        assert viewer.model.rowCount() == 2  # create and update of this customer only
        viewer.table.selectRow(0)
        details = viewer.details.toPlainText()
        assert "139****2222" in details and "13911112222" not in details
        viewer.reveal.setChecked(True)
        assert "13911112222" in viewer.details.toPlainText()
        assert demo_store.audit_entries(limit=1)[0].action == "reveal"

    def test_pages_fetch_on_demand(self, qtbot, demo_store):
        viewer = AuditViewer(demo_store)
        qtbot.addWidget(viewer)
        total = demo_store.security.audit_count(AuditFilter())
        assert viewer.model.rowCount() == min(total, 500)
        index = viewer.action.findData("open")
        viewer.action.setCurrentIndex(index)
        assert {e.action for e in viewer.model.rows} == {"open"}

    def test_export_writes_every_filtered_entry_and_is_logged(self, qtbot, demo_store, tmp_path):
        viewer = AuditViewer(demo_store)
        qtbot.addWidget(viewer)
        flt = AuditFilter(action="create")
        count = viewer.export_to(tmp_path / "log.xlsx", flt)
        assert count == demo_store.security.audit_count(flt) > 0
        book = openpyxl.load_workbook(tmp_path / "log.xlsx", read_only=True)
        rows = list(book.active.iter_rows(values_only=True))
        book.close()
        assert rows[0][0] == "序号" and len(rows) == count + 1 and {r[3] for r in rows[1:]} == {"新建"}
        assert demo_store.audit_entries(limit=1)[0].action == "audit_export"

    def test_verify_reports_a_whole_log(self, qtbot, demo_store, monkeypatch):
        from PySide6.QtWidgets import QMessageBox

        said = []
        monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
        viewer = AuditViewer(demo_store)
        qtbot.addWidget(viewer)
        viewer.verify()
        assert said and "校验通过" in said[0]


def test_destruction_from_the_dialog(qtbot, store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    gone = store.customers.create(
        b.person("到期客户", lifecycle=E.Lifecycle.TERMINATED, retention_until=date(2020, 1, 1))
    )
    dialog = RetentionDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.due_model.rowCount() == 1
    due = dialog.selected()
    confirm = DestroyDialog(store, due)
    qtbot.addWidget(confirm)
    assert not confirm.destroy_button.isEnabled()
    confirm.reason.setPlainText("保管期满")
    assert not confirm.destroy_button.isEnabled()  # the archive number must be typed too
    confirm.confirm.setText(gone.archive_no)
    assert confirm.destroy_button.isEnabled()
    dialog.destroy_customer(due, confirm.reason_text())
    qtbot.waitUntil(lambda: dialog.records_model.rowCount() == 1, timeout=30_000)
    assert dialog.due_model.rowCount() == 0
    assert store.customers.find("name = ?", ("到期客户",)) == []


def test_security_menu_holds_the_commands(main_window):
    names = {a.objectName() for a in main_window.security_menu.actions()}
    assert {"act_lock", "act_audit_log", "act_verify", "act_check_db", "act_recovery_key", "act_change_key"} <= names
    assert {"act_retention", "act_app_password"} <= names
    assert action(main_window, "act_backup") is not None and action(main_window, "act_restore") is not None


def test_recovery_key_dialog_saves_a_pdf_and_logs_it(qtbot, store, tmp_path):
    from pypdf import PdfReader

    from agentbook.ui.security.recovery import RecoveryKeyDialog

    key = store.security.recovery_key()
    dialog = RecoveryKeyDialog(store, key, reason="shown")
    qtbot.addWidget(dialog)
    dialog.panel.save_pdf_to(tmp_path / "key.pdf")
    text = PdfReader(tmp_path / "key.pdf").pages[0].extract_text()
    assert key.groups()[0] in text and key.groups()[-1] in text
    assert store.audit_entries(limit=1)[0].action == "recovery_key_pdf"
    assert not dialog.done_button.isEnabled()
    dialog.stored.setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and not store.security.needs_recovery_confirmation()
    QApplication.processEvents()


def test_the_destruction_warning_names_backups_and_the_database_a_restore_kept(qtbot, store, tmp_path):
    store.customers.create(b.person("到期客户", lifecycle=E.Lifecycle.TERMINATED, retention_until=date(2020, 1, 1)))
    store.security.set_backup_settings(tmp_path / "backups", 4, True)
    aside = store.security.restore(store.security.stage_restore(store.security.backup().path))
    [due] = store.retention_due()
    confirm = DestroyDialog(store, due)
    qtbot.addWidget(confirm)
    text = confirm.copies_warning.text()
    assert str(tmp_path / "backups") in text and "4" in text and aside.name in text


def test_the_recovery_key_is_printed_from_an_owned_private_folder_removed_after(qtbot, store, monkeypatch):
    """The PDF holds the key in clear: it lives in a folder the next start sweeps after a kill."""
    import tempfile
    from pathlib import Path

    from PySide6.QtPrintSupport import QPrintDialog

    from agentbook.exporters import private_temp
    from agentbook.ui.printing import pdf_pages
    from agentbook.ui.security.recovery import RecoveryKeyDialog

    seen = []

    def printed(path, _printer):  # no printer on a test machine; the real PDF was written
        folder = Path(path).parent
        seen.append((folder, folder.name, (folder / private_temp.OWNER_FILE).exists(), Path(path).exists()))

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(pdf_pages, "print_pdf", printed)
    dialog = RecoveryKeyDialog(store, store.security.recovery_key(), reason="shown")
    qtbot.addWidget(dialog)
    dialog.panel.print_key()
    [(folder, name, owned, written)] = seen
    assert name.startswith(private_temp.PRINT_PREFIX) and owned and written
    assert folder.parent == Path(tempfile.gettempdir()) and not folder.exists()


def test_the_restore_dialog_shows_the_warnings_and_waits_for_a_tick(qtbot, store, vault, clock, tmp_path):
    from agentbook.store.api import Store
    from agentbook.ui.security.backup_actions import RestoreDialog

    own = store.security.stage_restore(store.security.backup(tmp_path / "own.db").path)
    plain = RestoreDialog(store, own)
    qtbot.addWidget(plain)
    assert plain.replace_button.isEnabled() and plain.warnings.isHidden()
    own.discard()
    key = store.db.credentials.copy()
    other = Store.open(tmp_path / "o" / "a.db", vault, create=True, credentials=key, clock=clock)
    source = other.security.backup(tmp_path / "other.db").path
    other.close()
    candidate = store.security.stage_restore(source)
    dialog = RestoreDialog(store, candidate)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warnings.isVisible() and "另一个档案" in dialog.warnings.text()
    assert not dialog.replace_button.isEnabled()  # asked before replacing
    dialog.accept_warnings.setChecked(True)
    assert dialog.replace_button.isEnabled()
    candidate.discard()


def test_the_lock_hides_an_open_dialog_unasked_and_brings_its_draft_back(qtbot, main_window, monkeypatch):
    """The lock must not wait on "discard changes?": the archive locks at once, the draft survives."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from agentbook.ui.dialogs.customer_dialog import CustomerDialog

    asked: list[str] = []
    cancel = QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or cancel)
    store = main_window.store
    customer_id = store.list_query("customers").ids()[0]
    view = main_window.open_customer(customer_id)
    seen: dict = {}

    def while_editing() -> None:  # runs inside the dialog's exec(), as the idle timer would
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CustomerDialog) and w.isVisible())
        dialog.form.remarks.setPlainText("周五下午回电，谈重疾险加保")
        seen["dialog"] = dialog
        main_window.idle_lock.lock("idle")
        seen["locked"] = store.security.is_locked
        seen["visible"] = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not main_window]
        if dialog.isVisible():  # the lock left it open: end exec() so the test fails instead of hanging
            dialog.done(0)

    QTimer.singleShot(0, while_editing)
    main_window.edit("customers", customer_id, {})  # returns once the lock hid the dialog
    dialog = seen["dialog"]
    assert seen["locked"] and asked == []
    assert seen["visible"] == [] and not view.isVisible() and main_window.record_tabs == []
    main_window.idle_lock.screen.unlock_button.click()
    assert not store.security.is_locked
    assert dialog.isVisible() and view.isVisible()
    assert dialog.form.remarks.toPlainText() == "周五下午回电，谈重疾险加保"
    dialog.form.buttons.button(dialog.form.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert store.customers.get(customer_id).remarks == "周五下午回电，谈重疾险加保"


def test_the_audit_viewer_speaks_chinese_in_actions_summaries_and_details(qtbot, store):
    c = store.customers.create(b.person("审计乙"))
    c.mobile, c.remarks = "13911113333", "改了手机号"
    store.customers.update(c)
    store.record_event("export_excel", "customer", c.id, customer_id=c.id, summary="current view → 客户.xlsx")
    viewer = AuditViewer(store, customer_id=c.id)
    qtbot.addWidget(viewer)
    model = viewer.model
    shown = {model.data(model.index(r, 3)): model.data(model.index(r, 7)) for r in range(model.rowCount())}
    assert shown["导出 Excel"] == "当前视图 → 客户.xlsx"
    assert shown["修改"] == "手机号、备注"
    update_row = next(r for r in range(model.rowCount()) if model.entry(r).action == "update")
    viewer.table.selectRow(update_row)
    details = viewer.details.toPlainText()
    assert "{" not in details and '"' not in details
    assert "手机号：139****3333" in details and "备注：改了手机号" in details


def test_opening_with_the_recovery_key_is_logged_under_the_agents_name(db_path, vault, clock):
    from agentbook.store.api import Store

    store = Store.open(db_path, vault, create=True, clock=clock)
    store.update_settings({"agent_name": "王丽"})
    text = store.security.recovery_key().text
    store.close()
    vault.forget(db_path)
    recovered, _problem = Store.open_with_recovery_key(db_path, vault, text, clock=clock)
    try:
        latest = recovered.audit_entries(limit=2)
        assert [(e.action, e.actor) for e in latest] == [("recover", "王丽"), ("open", "王丽")]
    finally:
        recovered.close()


def test_enter_unlocks_the_lock_screen_in_keyring_mode(qtbot, main_window):
    lock = main_window.idle_lock
    assert lock.mode == "keyring" and not lock.app_password
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow, timeout=30_000)
    lock.lock("manual")
    focused = QApplication.focusWidget()
    assert focused is lock.screen.unlock_button  # nothing to type: Enter should just unlock
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert not main_window.store.security.is_locked


def test_the_audit_check_tells_the_user_the_log_was_cut_short(qtbot, db_path, vault, clock, monkeypatch):
    """Entries deleted at the end leave a perfect chain: the anchored head makes the check say so."""
    from PySide6.QtWidgets import QMessageBox

    from agentbook.store.api import Store
    from agentbook.ui.security.audit_viewer import AuditViewer
    from tests.archive_checks import filled, tamper

    creds = filled(db_path, vault, clock)
    tamper(db_path, creds, "DELETE FROM audit_log WHERE id > (SELECT max(id) - 5 FROM audit_log)")
    store = Store.open(db_path, vault, actor="测试", clock=clock)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append("OK " + text))
    viewer = AuditViewer(store)
    qtbot.addWidget(viewer)
    viewer.verify()
    store.close()
    assert len(shown) == 1 and "截短或重写" in shown[0] and not shown[0].startswith("OK")
