"""Every record tab says what to do when it is empty: where its records come from, or how to
see the ones its filters hide."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from agentbook.domain import enums as E

SHOTS = Path("/tmp/agentbook-shots")


def test_an_empty_archive_says_where_records_come_from(qtbot, qapp_font, store, tmp_path, vault):
    from agentbook.ui.app.main_window import MainWindow
    from tests.ui_helpers import temp_settings

    window = MainWindow(store, settings=temp_settings(tmp_path), vault=vault)
    qtbot.addWidget(window)
    window.show()
    for index in range(1, window.tabs.count() - 1):  # the record tabs, each built when first shown
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.currentWidget()
        qtbot.waitUntil(lambda tab=tab: tab.empty_result.isVisible(), timeout=30_000)
        assert tab.empty_result.message.text().startswith("还没有"), tab.tab
    customers = window.tab_named("customers")
    window.tabs.setCurrentWidget(customers)
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "empty_customers.png"))
    assert customers.empty_result.new_button.text() == "新建客户…"

    def cancel_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        opened.append(type(dialog).__name__)
        dialog.reject()

    opened: list[str] = []
    QTimer.singleShot(0, cancel_dialog)
    customers.empty_result.new_button.click()  # the tab's own 新建
    assert opened == ["CustomerDialog"]
    assert not window.tab_named("payments").empty_result.new_button.isVisible()  # made from a policy


def test_filters_that_hide_everything_offer_to_clear_them(main_window, qtbot):
    tab = main_window.tab_named("policies")
    main_window.tabs.setCurrentWidget(tab)
    assert not tab.empty_result.isVisible()
    tab.filters.set_values({"business_line": E.BusinessLine.ANNUITY.value, "status": E.PolicyStatus.CLAIMED.value})
    qtbot.waitUntil(lambda: tab.model.total_known and tab.model.total == 0, timeout=30_000)
    assert tab.empty_result.isVisible() and tab.empty_result.message.text() == "没有符合当前筛选条件的记录。"
    tab.empty_result.new_button.click()  # 清除筛选
    qtbot.waitUntil(lambda: tab.model.total > 0, timeout=30_000)
    assert not tab.empty_result.isVisible() and tab.filters.values() == {}
