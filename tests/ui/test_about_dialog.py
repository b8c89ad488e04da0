"""The About dialog: this copy and this archive, and the licence of every part read from metadata."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from agentbook import __version__, licences
from agentbook.store.db.connection import Passphrase
from agentbook.ui.app.about_dialog import AboutDialog, key_location

ROOT = Path(__file__).resolve().parents[2]


def test_it_names_the_version_the_archive_and_its_schema(qtbot, qapp_font, store):
    dialog = AboutDialog(store)
    qtbot.addWidget(dialog)
    rows = dict(dialog.info_rows())
    assert rows["版本"] == f"agentbook {__version__}"
    assert rows["数据库"] == str(store.path)
    assert rows["结构版本"].startswith(f"v{store.schema_version} · ")
    assert "密钥环" in rows["加密密钥"]
    dialog.copy_info()
    assert str(store.path) in QGuiApplication.clipboard().text()


def test_a_passphrase_archive_says_so(store, monkeypatch, qapp):
    monkeypatch.setattr(type(store.db), "credentials", property(lambda _db: Passphrase("secret words")))
    assert key_location(store).startswith("口令")


def test_licences_cover_qt_the_font_and_every_runtime_dependency(qtbot, qapp_font, store):
    dialog = AboutDialog(store)
    qtbot.addWidget(dialog)
    tree = dialog.licences
    rows = {tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())}
    assert rows["agentbook"] == "GPL-3.0-or-later"
    assert rows["Qt"] == "LGPL-3.0"
    assert "Apache-2.0" in rows[licences.FONT.name] and "font embedding exception" in rows[licences.FONT.name]
    names = {name.lower().replace("_", "-") for name in rows}
    for requirement in licences.runtime_requirements():
        assert requirement.lower().replace("_", "-") in names, requirement
    assert all(licence and licence != "?" for licence in rows.values()), rows


def test_the_fallback_font_for_rare_characters_is_listed_with_its_licence():
    listed = {c.name: c for c in licences.components()}
    assert "Hanazono Font License" in listed[licences.FALLBACK_FONT.name].licence
    assert (ROOT / "resources" / "fonts" / "HANAZONO-LICENSE.txt").read_text(encoding="utf-8").count("Hanazono") > 3


def test_licence_text_is_kept_short():
    class Meta(dict):
        def get_all(self, _key):
            return ["License :: OSI Approved :: BSD License"]

    long_text = (
        "BSD license (see license.txt for details), Copyright (c) 2000-2024 ReportLab Inc.\nAll rights reserved."
    )
    assert licences.licence_of(Meta({"License": long_text}), "reportlab") == "BSD License"
    assert licences.licence_of(Meta({"License-Expression": "MIT"}), "x") == "MIT"


def test_the_help_menu_opens_it(main_window, monkeypatch):
    opened = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self) or 0)
    main_window.act_about.trigger()
    assert len(opened) == 1 and opened[0].store is main_window.store
