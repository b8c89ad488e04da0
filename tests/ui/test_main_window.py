"""The main window on a real encrypted demo database: tabs, search, sorting, 360 view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from agentbook.domain import enums as E
from agentbook.store.queries.listing import ListRequest
from agentbook.ui.tabs.table_model import PagedTableModel


def _names(tab) -> list[str]:
    model = tab.model
    column = model.column_index("name")
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_window_has_today_six_record_tabs_statistics_and_counts(main_window, demo_store, qtbot):
    titles = [main_window.tabs.tabText(i) for i in range(main_window.tabs.count())]
    assert titles == ["今日", "客户", "保单", "缴费", "理赔", "沟通记录", "投诉", "统计"]
    customers = main_window.tab_named("customers")
    main_window.tabs.setCurrentWidget(customers)
    qtbot.waitUntil(lambda: customers.model.total_known, timeout=30_000)  # counted on a worker
    assert customers.model.total == demo_store.customers.count()
    assert str(customers.model.total) in main_window.count_label.text()
    menus = [a.text() for a in main_window.menuBar().actions()]
    assert menus == ["文件(&F)", "编辑(&E)", "视图(&V)", "工具(&T)", "帮助(&H)"]


def test_search_box_narrows_the_customer_table(main_window, demo_store, qtbot):
    tab = main_window.tab_named("customers")
    target = demo_store.customers.get(5)
    tab.search_box.setText(target.mobile[-4:])
    qtbot.waitUntil(lambda: tab.model.request.ranked_ids is not None, timeout=30_000)
    assert target.name in _names(tab)
    assert tab.model.total <= 5
    tab.search_box.clear()
    qtbot.waitUntil(lambda: tab.model.total_known and tab.model.total == demo_store.customers.count(), timeout=30_000)


def test_search_by_pinyin_initials(main_window, demo_store, qtbot):
    from agentbook.store.queries.search import name_pinyin

    tab = main_window.tab_named("customers")
    target = demo_store.customers.get(3)
    initials = name_pinyin(target.name)[1]
    tab.search_box.setText(initials)
    qtbot.waitUntil(lambda: tab.model.request.ranked_ids is not None, timeout=30_000)
    assert target.name in _names(tab)


def test_header_click_sorts_in_the_database(main_window, qtbot):
    tab = main_window.tab_named("policies")
    column = tab.model.column_index("premium")
    tab.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    premiums = [tab.model.value(r, "premium") for r in range(tab.model.rowCount())]
    assert premiums == sorted(premiums, reverse=True)
    assert tab.model.request.sort == "premium"
    # The first page is the top of the whole table, not of the loaded rows.
    top = tab.store.db.read_one("SELECT max(premium) FROM policy")[0]
    assert premiums[0] * 100 == top
    tab.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    premiums = [tab.model.value(r, "premium") for r in range(tab.model.rowCount())]
    assert premiums == sorted(premiums)


def test_filter_bar_filters_payments_by_derived_overdue_status(main_window, demo_store, qtbot):
    tab = main_window.tab_named("payments")
    status = tab.filters.findChild(QComboBox, "filter_status")
    status.setCurrentIndex(status.findData(E.PaymentStatus.OVERDUE.value))
    qtbot.waitUntil(lambda: tab.model.request.filters.get("status") == "overdue", timeout=30_000)
    assert tab.model.total > 0
    today = demo_store.today()
    for row in range(tab.model.rowCount()):
        assert tab.model.value(row, "status") is E.PaymentStatus.OVERDUE
        assert tab.model.value(row, "due_date") < today


def test_paging_loads_more_rows_as_the_view_scrolls(qtbot, qapp_font, store):
    from agentbook.demo.generator import demo_dataset

    store.load_dataset(demo_dataset(600, seed=3, today=store.today()))
    model = PagedTableModel(store, "customers", count_in_background=False)
    assert model.rowCount() == 200 < model.total
    model.fetchMore(model.index(-1, -1))
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=30_000)
    rows = [model.record_id(r) for r in range(model.rowCount())]
    assert len(set(rows)) == 400  # the second page follows the first, no overlap


def test_models_pass_qt_model_tester(qtmodeltester, demo_store, qapp_font, qtbot):
    for tab in ("customers", "policies", "payments", "claims", "contacts"):
        model = PagedTableModel(demo_store, tab)
        qtbot.waitUntil(lambda model=model: model.total_known, timeout=30_000)
        qtmodeltester.check(model)
        model.set_request(ListRequest(sort=model.columns[0].key, descending=True))
        qtmodeltester.check(model)
        # The tester asks for more rows; let that page (and the count) land before the store closes.
        qtbot.waitUntil(lambda model=model: model.total_known, timeout=30_000)
        qtbot.wait(20)


def test_sensitive_columns_masked_until_revealed_and_reveal_is_logged(main_window, demo_store):
    tab = main_window.tab_named("customers")
    column = tab.model.column_index("id_number")
    row = next(r for r in range(tab.model.rowCount()) if tab.model.value(r, "id_number"))
    full = tab.model.value(row, "id_number")
    shown = tab.model.data(tab.model.index(row, column))
    assert "*" in shown and shown != full
    record_id = tab.model.record_id(row)
    main_window.reveal(tab, record_id)
    assert tab.model.data(tab.model.index(row, column)) == full
    entry = demo_store.audit_entries(limit=1)[0]
    assert (entry.action, entry.entity, entry.entity_id, entry.customer_id) == (
        "reveal",
        "customer",
        record_id,
        record_id,
    )


def test_customer_360_lists_everything_about_the_customer(main_window, demo_store, qtbot):
    holder_id = demo_store.db.read_one(
        "SELECT p.policyholder_id FROM policy p JOIN claim k ON k.policy_id = p.id"
        " JOIN contact t ON t.customer_id = p.policyholder_id WHERE k.claimant_id = p.policyholder_id LIMIT 1"
    )[0]
    view = main_window.open_customer(holder_id)
    qtbot.waitExposed(view)
    data = demo_store.customer_360(holder_id)
    assert view.policies_model.rowCount() == len(data.policies) > 0
    assert view.payments_model.rowCount() == len(data.payments) > 0
    assert view.claims_model.rowCount() == len(data.claims) > 0
    assert view.contacts_model.rowCount() == len(data.contacts) > 0
    policy_nos = {
        view.policies_model.data(view.policies_model.index(r, 0)) for r in range(view.policies_model.rowCount())
    }
    assert policy_nos == {p.policy_no for p in data.policies}
    assert view.title.text() == data.customer.name
    assert main_window.open_customer(holder_id) is view  # one window per customer


def test_remembered_column_layout_and_sort(qtbot, qapp_font, demo_store, tmp_path):
    from agentbook.ui.app.main_window import MainWindow
    from tests.ui_helpers import temp_settings

    settings = temp_settings(tmp_path)
    first = MainWindow(demo_store, settings=settings)
    qtbot.addWidget(first)
    tab = first.tab_named("customers")
    tab.view.setColumnHidden(tab.model.column_index("address"), True)
    tab.view.sortByColumn(tab.model.column_index("name"), Qt.SortOrder.DescendingOrder)
    first.close()
    second = MainWindow(demo_store, settings=settings)
    qtbot.addWidget(second)
    again = second.tab_named("customers")
    assert again.view.isColumnHidden(again.model.column_index("address"))
    assert again.model.request.sort == "name" and again.model.request.descending


def _count_reloads(monkeypatch, *targets) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Wrap each target's reload so the test sees which views a change reloaded."""
    counts: dict[str, int] = {}
    for name, obj, method in targets:
        counts[name] = 0
        original = getattr(obj, method)

        def counted(*args, _name=name, _original=original, **kwargs):  # type: ignore[no-untyped-def]
            counts[_name] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(obj, method, counted)
    return counts


def test_a_change_reloads_only_the_views_it_concerns(main_window, demo_store, qtbot, monkeypatch):
    from tests.store_builders import contact

    first, second = (row[0] for row in demo_store.db.read("SELECT id FROM customer ORDER BY id LIMIT 2"))
    mine, other = main_window.open_customer(first), main_window.open_customer(second)
    for name in ("contacts", "claims"):  # shown once, so built (a tab is built when first shown)
        main_window.tabs.setCurrentWidget(main_window.tab_named(name))
    main_window.tabs.setCurrentIndex(0)
    tabs = {t.tab: t for t in main_window.record_tabs}
    counts = _count_reloads(
        monkeypatch,
        ("contacts", tabs["contacts"], "reload"),
        ("claims", tabs["claims"], "reload"),
        ("mine", mine, "reload"),
        ("other", other, "reload"),
        ("today", main_window.today_tab, "reload"),
    )
    demo_store.contacts.create(contact(first))
    qtbot.waitUntil(lambda: counts["contacts"] == 1, timeout=30_000)
    assert counts == {"contacts": 1, "claims": 0, "mine": 1, "other": 0, "today": 1}


def test_a_write_on_a_worker_thread_reloads_on_the_gui_thread(main_window, demo_store, qtbot, monkeypatch):
    import threading

    from PySide6.QtCore import QThread

    from tests.store_builders import person

    seen: list[bool] = []
    original = main_window.apply_change

    def on_gui_thread(change):  # type: ignore[no-untyped-def]
        seen.append(QThread.currentThread() is main_window.thread())
        original(change)

    main_window.events.changed.disconnect(main_window.apply_change)
    main_window.events.changed.connect(on_gui_thread)
    worker = threading.Thread(target=lambda: demo_store.customers.create(person("线程写入")))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    assert seen == [True]


def test_the_360_view_shows_each_claims_status_history(main_window, demo_store, qtbot, clock):
    from decimal import Decimal

    claim_id, holder_id = demo_store.db.read_one(
        "SELECT id, claimant_id FROM claim WHERE status = 'reported' ORDER BY id LIMIT 1"
    )
    for status in (E.ClaimStatus.UNDER_REVIEW, E.ClaimStatus.APPROVED, E.ClaimStatus.PAID):
        clock.advance(days=8)
        current = demo_store.claims.get(claim_id)
        current.status = status
        current.decision_date = current.decision_date or demo_store.today()
        if status is E.ClaimStatus.PAID:
            current.amount_paid = Decimal("3200")
            for material in current.materials:
                material.received = True
        demo_store.claims.update(current)
    view = main_window.open_customer(holder_id)
    qtbot.waitExposed(view)
    model = view.claims_model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "状态经过")
    row = next(r for r in range(model.rowCount()) if model.row_object(r).id == claim_id)
    history = model.data(model.index(row, column))
    steps = [step.split(" ")[0] for step in history.split(" → ")]
    assert steps[0] == "已报案" and steps[-3:] == ["待审核", "审核通过", "已赔付"]
    assert demo_store.today().isoformat() in history.split(" → ")[-1]


def test_enter_in_the_search_box_goes_to_the_results(main_window, qtbot):
    tab = main_window.tab_named("customers")
    main_window.tabs.setCurrentWidget(tab)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow, timeout=30_000)
    tab.focus_search()
    name_column = [c.key for c in tab.model.columns].index("name")
    name = tab.model.data(tab.model.index(3, name_column))
    tab.search_box.insert(name)  # Chinese comes through an input method; QTest cannot key it
    qtbot.keyClick(tab.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.view.hasFocus(), timeout=30_000)
    assert tab.view.selectionModel().isRowSelected(0)
    assert name in tab.model.data(tab.model.index(0, name_column))


def test_columns_sized_on_an_empty_list_widen_when_the_first_rows_arrive(qtbot, qapp_font, store):
    from agentbook.ui.tabs.customers import CustomerTab
    from tests.store_builders import person

    tab = CustomerTab(store)
    qtbot.addWidget(tab)
    tab.show()
    column = [c.key for c in tab.model.columns].index("archive_no")
    head = tab.view.horizontalHeader()
    for n in range(3):
        store.customers.create(person(f"新客户{n}", mobile=f"1390000000{n}"))
    tab.reload()  # what the store's change event does in the window
    number = tab.model.data(tab.model.index(0, column))
    assert number.startswith("KH")
    assert head.sectionSize(column) >= tab.view.fontMetrics().horizontalAdvance(number)


def test_only_the_tab_in_front_is_built_and_the_others_when_first_shown(main_window, qtbot):
    from agentbook.ui.app.main_window import Unbuilt
    from agentbook.ui.tabs.policies import PolicyTab

    assert [i for i in range(main_window.tabs.count()) if not isinstance(main_window.tabs.widget(i), Unbuilt)] == [0]
    main_window.tabs.setCurrentIndex(2)
    policies = main_window.tabs.currentWidget()
    assert isinstance(policies, PolicyTab) and main_window.tabs.tabText(2) == "保单"
    assert main_window.record_tabs == [policies]
    qtbot.waitUntil(lambda: policies.model.total_known, timeout=30_000)
    assert str(policies.model.total) in main_window.count_label.text()


def test_starting_loads_no_pdf_excel_or_server_driver():
    """reportlab, openpyxl, xlsxwriter and psycopg load when first used, not at start-up."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys, agentbook.app, agentbook.ui.app.main_window;"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'openpyxl', 'xlsxwriter', 'psycopg'}))"
    )
    src = Path(__file__).resolve().parents[2] / "src"
    env = {**os.environ, "PYTHONPATH": str(src), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "[]"
