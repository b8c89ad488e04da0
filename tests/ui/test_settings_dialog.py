"""The settings dialog is generated from the declared settings, checks every value and writes them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from agentbook.store import settings as declared
from agentbook.store.settings import SETTINGS, SettingValueError
from agentbook.ui.i18n import SETTING_KEY, Translation
from agentbook.ui.settings import dialog as settings_dialog
from agentbook.ui.settings.dialog import SettingsDialog, SettingsSource
from tests.ui_helpers import temp_settings


@pytest.fixture
def dialog(qtbot, qapp_font, store, tmp_path):
    d = SettingsDialog(store, Translation(), temp_settings(tmp_path))
    qtbot.addWidget(d)
    return d


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    return shown


def audit_count(store) -> int:
    return store.counts()["audit_log"]


# --- the declarations ------------------------------------------------------------------------
def test_defaults_come_from_the_declaration(store):
    values = store.settings.values()
    assert values["idle_lock_minutes"] == 10 and values["backup_keep"] == 10 and values["backup_folder"] == ""
    assert values["archive_no_pattern"] == "KH{year}{seq:06d}"


def test_values_are_checked_against_their_limits(store):
    settings = store.settings
    for key, bad in (
        ("idle_lock_minutes", "-1"),
        ("backup_keep", "0"),
        ("archive_no_pattern", "KH{year}"),
        ("idle_lock_minutes", "ten"),
    ):
        with pytest.raises(SettingValueError):
            settings.set(key, bad)
    settings.set("idle_lock_minutes", "15")
    assert settings.get("idle_lock_minutes") == 15


def test_a_hand_edited_value_falls_back_to_the_default(store):
    store.db.set_setting("backup_keep", "many")
    assert store.settings.get("backup_keep") == 10


def test_writing_an_unchanged_value_logs_nothing(store):
    before = audit_count(store)
    store.settings.set("idle_lock_minutes", 10)  # the default, never stored
    store.settings.set("agency_name", "")
    assert audit_count(store) == before


def test_the_agent_name_becomes_the_audit_actor(store):
    store.settings.set("agent_name", "王经理")
    assert declared.apply_agent_name(store.db) == "王经理"
    store.record_event("test", "database")
    assert store.audit_entries(limit=1)[0].actor == "王经理"


# --- the dialog ------------------------------------------------------------------------------
def test_every_declared_setting_has_a_field_on_its_groups_tab(dialog):
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles[0] == "常规" and "安全" in titles and "备份" in titles
    for spec in SETTINGS:
        field = dialog.field(spec.key)
        assert dialog.forms[spec.group].indexOf(field.widget) >= 0


def test_ok_writes_the_changed_values_in_one_go(dialog, store):
    dialog.field("agency_name").set_text("平安路营业部")
    dialog.field("agent_name").set_text("李经理")
    dialog.field("idle_lock_minutes").set_text("5")
    dialog.field("backup_folder").set_text("/media/usb/agentbook")
    before = audit_count(store)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    values = store.settings.values()
    assert values["agency_name"] == "平安路营业部" and values["idle_lock_minutes"] == 5
    assert values["backup_folder"] == "/media/usb/agentbook"
    assert audit_count(store) == before + 4  # one audit entry per changed setting, nothing for the rest
    assert store.db.actor == "李经理"


def test_a_bad_value_is_shown_on_its_tab_and_nothing_is_written(dialog, store, warnings):
    dialog.field("agency_name").set_text("不会保存")
    dialog.field("archive_no_pattern").set_text("KH{year}")  # no {seq}
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert warnings and "档案编号格式" in warnings[0]
    assert store.settings.get("agency_name") == ""
    assert dialog.tabs.currentWidget() is dialog.forms["general"].parentWidget()


def test_the_language_switch_still_applies_at_once(dialog, qapp):
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    try:
        dialog.accept()
        assert dialog.settings.value(SETTING_KEY) == "en"
        assert dialog.translation.language == "en"
    finally:
        dialog.translation.apply("zh_CN")


@dataclass(frozen=True)
class FakeSpec:
    key: str
    default: Any
    kind: str
    group: str
    label: str
    tooltip: str = ""
    minimum: int = 0
    maximum: int = 3650


class FakeAccess:
    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def get(self, key: str) -> Any:
        return self.values.get(key, 60)

    def set(self, key: str, value: Any) -> None:
        self.values[key] = value


def test_settings_declared_elsewhere_are_gathered_into_their_own_tab(qtbot, qapp_font, store, tmp_path, monkeypatch):
    access = FakeAccess()
    spec = FakeSpec("fake_days", 60, "int", "today", "演示用天数", maximum=365)

    def parse(s: Any, text: str) -> int:
        value = int(text)
        if not s.minimum <= value <= s.maximum:
            raise ValueError(text)
        return value

    real = settings_dialog.settings_sources
    monkeypatch.setattr(
        settings_dialog,
        "settings_sources",
        lambda st: [*real(st), SettingsSource((spec,), access, parse, lambda _s, v: str(v))],
    )
    d = SettingsDialog(store, Translation(), temp_settings(tmp_path))
    qtbot.addWidget(d)
    titles = [d.tabs.tabText(i) for i in range(d.tabs.count())]
    assert titles.index("今日提醒") == 1  # after 常规, before 安全 and 备份
    d.field("fake_days").set_text("90")
    d.accept()
    assert access.values == {"fake_days": 90}
