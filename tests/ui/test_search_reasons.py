"""The search box explains its hits, says when it found nothing, and Enter goes to the first row."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from agentbook.domain.idnumbers import make_resident_id
from agentbook.store.queries.search import name_pinyin
from agentbook.ui.tabs.search_reasons import MatchesRole

SHOTS = Path("/tmp/agentbook-shots")


def _search(tab, qtbot, text: str) -> None:
    tab.search_box.setText(text)
    qtbot.waitUntil(lambda: tab.model.request.matches is not None and tab._search_text == text, timeout=30_000)
    qtbot.waitUntil(lambda: tab.model.total_known, timeout=30_000)


def _reason(tab, row: int) -> str:
    return tab.model.data(tab.model.index(row, tab.model.match_column))


def test_hits_say_why_they_matched_in_a_first_column(main_window, demo_store, qtbot):
    tab = main_window.tab_named("customers")
    main_window.tabs.setCurrentWidget(tab)
    head = tab.view.horizontalHeader()
    assert tab.view.isColumnHidden(tab.model.match_column)  # no search, no column

    target = next(c for c in map(demo_store.customers.get, range(1, 60)) if c.mobile and c.kind.value == "individual")
    initials = name_pinyin(target.name)[1]
    _search(tab, qtbot, initials)
    assert not tab.view.isColumnHidden(tab.model.match_column)
    assert head.visualIndex(tab.model.match_column) == 0
    row = tab.model.row_of(target.id)
    assert _reason(tab, row) == f"拼音首字母 {initials}"
    SHOTS.mkdir(exist_ok=True)
    main_window.grab().save(str(SHOTS / "search_initials.png"))

    _search(tab, qtbot, target.mobile[-4:])
    row = tab.model.row_of(target.id)
    assert _reason(tab, row) == "手机尾号 " + "*" * 7 + target.mobile[-4:]
    (match,) = tab.model.data(tab.model.index(row, tab.model.match_column), MatchesRole)
    assert match.value[match.start : match.end] == target.mobile[-4:]
    main_window.grab().save(str(SHOTS / "search_mobile_tail.png"))

    tab.search_box.clear()
    qtbot.waitUntil(lambda: tab.model.request.matches is None, timeout=30_000)
    assert tab.view.isColumnHidden(tab.model.match_column)
    assert "search_match" not in tab.visible_column_keys()


def test_policy_number_prefix_in_the_policies_tab(main_window, demo_store, qtbot):
    tab = main_window.tab_named("policies")
    main_window.tabs.setCurrentWidget(tab)
    number = tab.model.value(0, "policy_no")
    _search(tab, qtbot, number[:8])
    row = tab.model.row_of(tab.model.record_id(0))
    assert any(_reason(tab, r) == f"保单号 {number}" for r in range(tab.model.rowCount()))
    assert row is not None


def test_enter_in_the_search_box_goes_to_the_first_result(main_window, demo_store, qtbot):
    tab = main_window.tab_named("customers")
    main_window.tabs.setCurrentWidget(tab)
    target = demo_store.customers.get(7)
    tab.search_box.setFocus()
    tab.search_box.setText(target.name)
    qtbot.keyClick(tab.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.view.hasFocus() and tab.view.currentIndex().row() == 0, timeout=30_000)
    assert tab.current_id() == demo_store.search(target.name)[0].customer_id


def test_nothing_found_says_so_and_offers_the_new_customer_with_the_typed_name(
    main_window, demo_store, qtbot, monkeypatch
):
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)
    tab = main_window.tab_named("customers")
    main_window.tabs.setCurrentWidget(tab)
    typed = "欧阳不存在"
    tab.search_box.setFocus()
    tab.search_box.setText(typed)
    qtbot.keyClick(tab.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.empty_result.isVisible(), timeout=30_000)
    assert typed in tab.empty_result.message.text() and "没有找到" in tab.empty_result.message.text()
    assert tab.empty_result.new_button.text() == f"新建客户“{typed}”…"
    qtbot.waitUntil(lambda: tab.empty_result.new_button.hasFocus(), timeout=30_000)  # Enter again creates
    SHOTS.mkdir(exist_ok=True)
    main_window.grab().save(str(SHOTS / "search_nothing_found.png"))

    seen: dict[str, str] = {}

    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        seen["name"] = dialog.form.name.text()
        qtbot.keyClicks(dialog.form.id_number, make_resident_id("110105", date(1990, 5, 6), 35))
        dialog.form.mobile.insert("139 8765 0042")
        dialog.validate_now()
        save = dialog.form.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save.isEnabled():
            save.click()
        else:  # never leave a modal dialog open: the test would wait for ever
            seen["error"] = str(dialog.current_errors()[1])
            dialog.reject()

    QTimer.singleShot(0, fill_and_save)
    qtbot.keyClick(tab.empty_result.new_button, Qt.Key.Key_Return)
    assert seen == {"name": typed}
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not tab.empty_result.isVisible(), timeout=30_000)
    assert tab.model.value(0, "name") == typed
    assert _reason(tab, 0) == f"姓名 {typed}"


def test_other_tabs_say_nothing_was_found_without_offering_a_customer(main_window, qtbot):
    tab = main_window.tab_named("claims")
    main_window.tabs.setCurrentWidget(tab)
    _search(tab, qtbot, "欧阳不存在")
    qtbot.waitUntil(lambda: tab.empty_result.isVisible(), timeout=30_000)
    assert not tab.empty_result.new_button.isVisible()


def test_the_model_with_its_match_column_and_edits_keeps_qt_model_rules(main_window, qtbot, qtmodeltester):
    for name in ("customers", "contacts"):
        tab = main_window.tab_named(name)
        _search(tab, qtbot, "张")
        qtmodeltester.check(tab.model, force_py=True)
