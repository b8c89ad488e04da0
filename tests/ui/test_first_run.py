"""The first-run wizard, driven page by page: language, location, names, key, empty or demo."""

from __future__ import annotations

import pytest
from keyring.backends import fail
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QWizard

from agentbook.store.api import Store
from agentbook.store.keys.vault import SERVICE, KeyVault, entry_name
from agentbook.ui.first_run import wizard as first_run
from agentbook.ui.first_run.wizard import FirstRunWizard, create_archive
from agentbook.ui.i18n import SETTING_KEY, Translation
from tests.ui_helpers import temp_settings


@pytest.fixture
def translation(qapp_font):
    t = Translation()
    t.apply("zh_CN")
    yield t
    t.apply("zh_CN")


def make_wizard(qtbot, tmp_path, vault, translation, **kwargs) -> FirstRunWizard:
    kwargs.setdefault("create", lambda choices: create_archive(choices, vault, 12))
    wizard = FirstRunWizard(tmp_path / "data" / "agentbook.db", vault, translation, temp_settings(tmp_path), **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def walk_to(wizard: FirstRunWizard, page_id: int) -> None:
    while wizard.currentId() != page_id:
        before = wizard.currentId()
        assert wizard.currentPage().isComplete(), f"page {before} incomplete"
        wizard.next()
        assert wizard.currentId() != before, f"stuck on page {before}"


def test_a_new_archive_with_the_keyring(qtbot, tmp_path, vault, memory_keyring, translation):
    wizard = make_wizard(qtbot, tmp_path, vault, translation, demo=True)
    walk_to(wizard, wizard.PAGE_IDENTITY)
    wizard.identity.agency.setText("平安路营业部")
    wizard.identity.agent.setText("王小明")
    walk_to(wizard, wizard.PAGE_DATA)  # no passphrase page: the keyring keeps the key
    assert wizard.data.demo.isChecked() and wizard.data.isCommitPage()
    assert wizard.store is None and not (tmp_path / "data" / "agentbook.db").exists()
    wizard.next()  # 创建档案
    assert wizard.currentId() == wizard.PAGE_KEY
    store = wizard.store
    try:
        assert store is not None and store.path == tmp_path / "data" / "agentbook.db"
        assert (SERVICE, entry_name(store.path)) in memory_keyring.secrets
        assert store.counts()["customer"] >= 12  # the demo adds family members
        settings = store.settings
        assert settings.get("agency_name") == "平安路营业部" and settings.get("agent_name") == "王小明"
        assert store.db.actor == "王小明"
        assert {e.actor for e in store.audit_entries(limit=5)} == {"王小明"}
        panel = wizard.key.panel  # the recovery key, in the groups printed on paper
        shown = [panel.findChild(QLabel, f"group_{i + 1}").text() for i in range(14)]
        assert shown == store.security.recovery_key().groups()
        assert store.security.needs_recovery_confirmation()
        assert not wizard.key.isComplete()  # storing it must be acknowledged
        panel.stored.setChecked(True)
        assert wizard.key.isComplete()
        assert wizard.key.validatePage()
        wizard.accept()
        assert not store.security.needs_recovery_confirmation()
    finally:
        store.close()


def test_without_a_keyring_a_passphrase_is_asked_and_used(qtbot, tmp_path, translation):
    vault = KeyVault(fail.Keyring())
    wizard = make_wizard(qtbot, tmp_path, vault, translation, demo=False)
    walk_to(wizard, wizard.PAGE_IDENTITY)
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_PASSPHRASE
    page = wizard.passphrase_page
    page.passphrase.setText("short")
    assert not page.isComplete()
    page.passphrase.setText("correct horse battery")
    page.repeat.setText("correct horse batterz")
    assert not page.isComplete()
    page.repeat.setText("correct horse battery")
    walk_to(wizard, wizard.PAGE_DATA)
    assert wizard.data.empty.isChecked()
    wizard.next()
    wizard.store.close()
    assert "口令" in wizard.key.fallback.explain.text()
    reopened = Store.open(tmp_path / "data" / "agentbook.db", vault, passphrase="correct horse battery")
    assert reopened.counts()["customer"] == 0
    reopened.close()


def test_choosing_a_language_relabels_the_wizard_at_once(qtbot, tmp_path, vault, translation):
    wizard = make_wizard(qtbot, tmp_path, vault, translation)
    assert wizard.welcome.title() == "欢迎使用 agentbook"
    wizard.welcome.language.setCurrentIndex(wizard.welcome.language.findData("en"))
    QApplication.processEvents()
    assert wizard.settings.value(SETTING_KEY) == "en"
    assert wizard.welcome.title() == "Welcome to agentbook"
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Next >"
    assert wizard.data.title() == "Where to start"


def test_an_existing_archive_is_opened_not_overwritten(qtbot, tmp_path, vault, translation, store):
    wizard = make_wizard(qtbot, tmp_path, vault, translation)
    walk_to(wizard, wizard.PAGE_LOCATION)
    wizard.location.path.setText(str(store.path))
    assert wizard.location.existing() and "已经有一个档案" in wizard.location.status.text()
    walk_to(wizard, wizard.PAGE_IDENTITY)
    assert wizard.nextId() == -1  # Finish here; the caller opens the archive
    assert wizard.choices().existing and wizard.store is None


def test_a_folder_is_not_an_archive_file(qtbot, tmp_path, vault, translation):
    wizard = make_wizard(qtbot, tmp_path, vault, translation)
    walk_to(wizard, wizard.PAGE_LOCATION)
    wizard.location.path.setText(str(tmp_path))
    assert not wizard.location.isComplete()
    wizard.location.path.setText("")
    assert not wizard.location.isComplete()


def test_a_failed_creation_keeps_the_wizard_on_its_page(qtbot, tmp_path, vault, translation, monkeypatch):
    shown = []
    monkeypatch.setattr(first_run, "show_error", lambda _parent, exc: shown.append(exc))

    def broken(_choices):
        raise OSError("disk full")

    wizard = make_wizard(qtbot, tmp_path, vault, translation, create=broken)
    walk_to(wizard, wizard.PAGE_DATA)
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_DATA and wizard.store is None
    assert isinstance(shown[0], OSError)


def test_the_last_page_shows_the_recovery_key_of_the_archive_just_made(qtbot, tmp_path, vault, translation):
    from agentbook.ui.security.recovery import RecoveryKeyPage

    wizard = make_wizard(qtbot, tmp_path, vault, translation, demo=False)
    assert isinstance(wizard.key, RecoveryKeyPage)
    walk_to(wizard, wizard.PAGE_DATA)
    wizard.next()
    assert wizard.currentPage() is wizard.key and wizard.store is not None
    assert wizard.key.panel is not None  # the key of the new archive, to be written down
    assert not wizard.key.isComplete()  # Finish waits until the user says it is stored
    wizard.store.close()


def test_where_the_wizard_put_the_archive_is_remembered(tmp_path, monkeypatch):
    default = tmp_path / "default" / "agentbook.db"
    monkeypatch.setattr(first_run, "default_db_path", lambda: default)
    settings = temp_settings(tmp_path)
    elsewhere = tmp_path / "D" / "档案.db"
    first_run.remember(elsewhere, settings)
    assert first_run.archive_location(default, settings) == elsewhere
    explicit = tmp_path / "other.db"
    assert first_run.archive_location(explicit, settings) == explicit  # --db wins
    first_run.remember(default, settings)
    assert first_run.archive_location(default, settings) == default


def test_the_app_shows_the_wizard_only_without_an_archive(qapp_font, tmp_path, vault, monkeypatch):
    from agentbook import app as app_module

    calls = []
    monkeypatch.setattr(app_module, "KeyVault", lambda: vault)
    monkeypatch.setattr(app_module, "QSettings", lambda: temp_settings(tmp_path))
    monkeypatch.setattr(first_run, "run_first_run", lambda *a, **k: calls.append(a[0]))  # cancelled: None
    assert app_module.run(tmp_path / "new.db") == 1
    assert calls == [tmp_path / "new.db"] and not (tmp_path / "new.db").exists()


def test_the_app_continues_with_the_archive_the_wizard_made(qapp_font, tmp_path, vault, monkeypatch):
    from agentbook import app as app_module

    path = tmp_path / "made.db"
    choices = first_run.FirstRunChoices("zh_CN", path, "营业部", "张经理", None, False, False)
    monkeypatch.setattr(app_module, "KeyVault", lambda: vault)
    monkeypatch.setattr(app_module, "QSettings", lambda: temp_settings(tmp_path))
    made: list[Store] = []

    def wizard(*_a, **_k):
        made.append(create_archive(choices, vault, 0))
        made[0].db.actor = "someone else"  # run() must set it from the archive's setting again
        made[0].security.confirm_recovery_key()  # as the wizard's recovery-key page does
        return first_run.FirstRunResult(choices, made[0])

    shown = []
    monkeypatch.setattr(first_run, "run_first_run", wizard)
    monkeypatch.setattr(QApplication, "exec", lambda _self: shown.append(True) or 0)
    try:
        assert app_module.run(path) == 0
        assert shown and made[0].db.actor == "张经理"
    finally:  # the window run() showed outlives it; later language switches must not reach it
        from agentbook.ui.app.main_window import MainWindow

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()
                widget.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_creating_the_demo_archive_names_each_step(tmp_path, vault):
    choices = first_run.FirstRunChoices("zh_CN", tmp_path / "demo.db", "", "", None, True, False)
    reached: list[int] = []
    store = create_archive(choices, vault, 12, reached.append)
    store.close()
    assert reached == [0, 1, 2, 3]
    assert len(first_run.CREATION_STEPS) == 3  # the dialog's labels for steps 0–2


def test_work_that_takes_long_shows_its_step_in_a_progress_dialog(qtbot, qapp):
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QWidget

    from agentbook.ui.worker import wait_for

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    seen: list[str] = []

    def work(step):
        step(0)
        step(1)
        release.wait(30)
        return 42

    def look() -> None:
        dialog = parent.findChild(QProgressDialog, "busy_progress")
        if dialog is not None and dialog.isVisible() and dialog.labelText() == "第二步…":
            seen.append(dialog.labelText())
            dialog.grab().save("/tmp/agentbook-shots/busy_progress.png")
            release.set()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    assert wait_for(parent, "测试", ["第一步…", "第二步…"], work) == 42
    assert seen == ["第二步…"]
    assert (
        parent.findChild(QProgressDialog, "busy_progress") is None
        or not parent.findChild(QProgressDialog, "busy_progress").isVisible()
    )


def test_one_step_shows_a_busy_bar_rather_than_a_count(qtbot):
    """A single step has nothing to count: its bar runs as busy instead of standing at 0 %."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QWidget

    from agentbook.ui.worker import wait_for

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    seen: list[tuple[int, int]] = []

    def look() -> None:
        dialog = parent.findChild(QProgressDialog, "busy_progress")
        if dialog is not None and dialog.isVisible():
            seen.append((dialog.minimum(), dialog.maximum()))
            release.set()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    assert wait_for(parent, "测试", ["正在保存…"], lambda _step: release.wait(30)) is True
    assert seen == [(0, 0)]


def test_an_error_in_the_work_reaches_the_caller(qtbot, qapp):
    from PySide6.QtWidgets import QWidget

    from agentbook.ui.worker import wait_for

    parent = QWidget()
    qtbot.addWidget(parent)

    def work(_step):
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        wait_for(parent, "测试", ["…"], work)
