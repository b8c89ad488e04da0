"""Translations: every catalogue complete and compiled, and switching language relabels the window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from agentbook.ui.i18n import Translation

ROOT = Path(__file__).resolve().parents[2]


def test_every_catalogue_is_complete():
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "i18n.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def test_compiled_catalogues_are_newer_than_their_sources():
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        assert qm.exists(), f"{qm.name} missing: run python packaging/i18n.py"
        assert qm.stat().st_size > 100


def test_switching_to_english_changes_the_labels(main_window, qtbot):
    translation = Translation()
    main_window.translation = translation
    try:
        assert translation.apply("en")
        QCoreApplication.processEvents()
        titles = [main_window.tabs.tabText(i) for i in range(main_window.tabs.count())]
        assert titles == [
            "Today",
            "Customers",
            "Policies",
            "Payments",
            "Claims",
            "Contact log",
            "Complaints",
            "Statistics",
        ]
        menus = [a.text() for a in main_window.menuBar().actions()]
        assert menus[:2] == ["&File", "&Edit"]
        tab = main_window.tab_named("customers")
        headers = [tab.model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)]
        assert headers == ["Archive no.", "Name", "Kind"]
        assert translation.apply("zh_TW")
        QCoreApplication.processEvents()
        assert main_window.tabs.tabText(1) == "客戶"
    finally:
        translation.apply("zh_CN")
        QCoreApplication.processEvents()
    assert main_window.tabs.tabText(1) == "客户"


def test_qt_own_dialogs_speak_chinese_even_when_qt_reports_a_missing_folder(qtbot, qapp_font, monkeypatch, tmp_path):
    """A bundled Qt may report its build machine's translations path; PySide6's folder is used then."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    from agentbook.ui.i18n import Translation

    monkeypatch.setattr(QLibraryInfo, "path", lambda _which: str(tmp_path / "no-such-folder"))
    translation = Translation()
    try:
        translation.apply("zh_CN")
        assert QCoreApplication.translate("QPlatformTheme", "Save") == "保存"
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
    finally:
        translation.apply("zh_CN")
        monkeypatch.undo()
        translation.apply("zh_CN")


def test_a_list_in_a_sentence_takes_the_languages_separator(qapp):
    from agentbook.ui.i18n import join_list

    translation = Translation()
    try:
        assert join_list(["投保人", "被保险人"]) == "投保人、被保险人"
        assert translation.apply("en")
        assert join_list(["Policyholder", "Insured"]) == "Policyholder, Insured"
        assert translation.apply("zh_TW")
        assert join_list(["要保人", "被保險人"]) == "要保人、被保險人"
    finally:
        translation.apply("zh_CN")
