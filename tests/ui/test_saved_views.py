"""Named views: filters, order and columns saved under a name, counted in the bar, kept between runs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from agentbook.domain import enums as E
from agentbook.store.queries.listing import ListRequest
from agentbook.ui.tabs.saved_views import decode_filters, encode_filters

SHOTS = Path("/tmp/agentbook-shots")


def test_a_whole_month_is_kept_as_that_month_and_other_dates_as_days_from_today():
    saved_on = date(2026, 3, 10)
    encoded = encode_filters(
        {"expiry_from": date(2026, 3, 1), "expiry_to": date(2026, 3, 31), "due_from": date(2026, 3, 15), "status": "x"},
        saved_on,
    )
    later = decode_filters(encoded, date(2026, 6, 20))
    assert later["expiry_from"] == date(2026, 6, 1) and later["expiry_to"] == date(2026, 6, 30)
    assert later["due_from"] == date(2026, 6, 25)
    assert later["status"] == "x"
    # February of a leap year ends on the 29th
    assert decode_filters(encoded, date(2028, 2, 3))["expiry_to"] == date(2028, 2, 29)


def _this_month(today: date) -> tuple[date, date]:
    first = today.replace(day=1)
    following = date(today.year + (today.month == 12), today.month % 12 + 1, 1)
    return first, date.fromordinal(following.toordinal() - 1)


def _shown(tab) -> list[str]:
    return tab.visible_column_keys()


def test_a_view_is_saved_counted_picked_again_and_kept_between_runs(qtbot, qapp_font, demo_store, tmp_path):
    from agentbook.ui.app.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo_store, settings=settings)
    qtbot.addWidget(window)
    window.show()
    tab = window.tab_named("policies")
    window.tabs.setCurrentWidget(tab)
    assert not tab.view_bar.isVisible()  # nothing saved yet: no bar

    first, last = _this_month(demo_store.today())
    wanted = {"business_line": E.BusinessLine.AUTO.value, "expiry_from": first, "expiry_to": last}
    tab.filters.set_values(wanted)
    tab.view.sortByColumn(tab.model.column_index("expiry_date"), Qt.SortOrder.AscendingOrder)
    tab.view.setColumnHidden(tab.model.column_index("insured"), True)
    qtbot.waitUntil(lambda: tab.model.request.filters == wanted, timeout=30_000)
    own_columns = _shown(tab)
    expected = demo_store.list_query("policies", ListRequest(dict(wanted))).count()
    everything = demo_store.list_query("policies").count()

    counted = tab.view_bar.shownCountChanged
    with qtbot.waitSignal(counted, check_params_cb=lambda n: n == expected, timeout=30_000):
        view = tab.view_bar.save_as("本月到期车险")
    main_tab = window.tabs.indexOf(tab)
    assert window.tabs.tabText(main_tab) == f"保单 ({expected:,})"  # the view's count in the tab bar
    assert view.filters == wanted and view.sort == "expiry_date"
    assert "insured" not in [k for k, _w in view.columns]
    bar = tab.view_bar.bar
    assert tab.view_bar.isVisible() and bar.count() == 2 and bar.currentIndex() == 1
    qtbot.waitUntil(lambda: bar.tabText(1) == f"本月到期车险  {expected:,}", timeout=30_000)
    assert bar.tabText(0) == f"全部  {everything:,}"
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "saved_view.png"))
    tab.view.setColumnHidden(tab.model.column_index("premium"), True)  # a change in the view only

    bar.setCurrentIndex(0)  # 全部: no filters, the user's own columns back
    assert window.tabs.tabText(main_tab) == "保单"
    qtbot.waitUntil(lambda: tab.model.request.filters == {}, timeout=30_000)
    assert _shown(tab) == own_columns
    assert not tab.filters.values()

    bar.setCurrentIndex(1)
    qtbot.waitUntil(lambda: tab.model.request.filters == wanted, timeout=30_000)
    assert tab.filters.values() == wanted
    assert "insured" not in _shown(tab) and "premium" in _shown(tab)
    assert tab.model.request.sort == "expiry_date" and not tab.model.request.descending
    assert {tab.model.value(r, "business_line") for r in range(tab.model.rowCount())} <= {E.BusinessLine.AUTO}
    assert tab.model.total == expected

    window.close()  # closed while the view is shown: 全部 keeps its own layout
    second = MainWindow(demo_store, settings=settings)
    qtbot.addWidget(second)
    again = second.tab_named("policies")
    assert _shown(again) == own_columns
    assert [v.name for v in again.view_bar.views] == ["本月到期车险"]
    assert again.view_bar.views[0].filters == wanted
    again.view_bar.delete(1)
    assert not again.view_bar.views and again.view_bar.isHidden()
    third = MainWindow(demo_store, settings=settings)
    qtbot.addWidget(third)
    assert not third.tab_named("policies").view_bar.views


def test_counts_follow_a_write(main_window, demo_store, qtbot):
    tab = main_window.tab_named("policies")
    main_window.tabs.setCurrentWidget(tab)
    tab.filters.set_values({"status": E.PolicyStatus.LAPSED.value})
    qtbot.waitUntil(lambda: tab.model.request.filters.get("status") == "lapsed", timeout=30_000)
    tab.view_bar.save_as("失效保单")
    bar = tab.view_bar.bar
    before = demo_store.list_query("policies", ListRequest({"status": "lapsed"})).count()
    qtbot.waitUntil(lambda: bar.tabText(1) == f"失效保单  {before:,}", timeout=30_000)

    in_force = demo_store.list_query("policies", ListRequest({"status": "in_force"})).page(0, 1)[0].id
    policy = demo_store.policies.get(in_force)
    policy.status = E.PolicyStatus.LAPSED
    demo_store.policies.update(policy)
    qtbot.waitUntil(lambda: bar.tabText(1) == f"失效保单  {before + 1:,}", timeout=30_000)
