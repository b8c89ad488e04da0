"""The row context menu of the record tabs, on the demo archive in the real main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from agentbook.ui.tabs.row_actions import build_row_menu

SHOTS = Path("/tmp/agentbook-shots")


def _action(menu: QMenu, name: str) -> QAction:
    action = menu.findChild(QAction, name)
    assert action is not None, f"no action {name}: {[a.objectName() for a in menu.findChildren(QAction)]}"
    return action


def _first_row(window, name: str):
    tab = window.tab_named(name)
    window.tabs.setCurrentWidget(tab)
    tab.view.selectRow(0)
    return tab, tab.model.record_id(0)


def test_every_tab_offers_copy_new_and_360(main_window):
    for index in range(1, main_window.tabs.count() - 1):  # each record tab is built when first shown
        main_window.tabs.setCurrentIndex(index)
    assert len(main_window.record_tabs) == 6
    for tab in main_window.record_tabs:
        if tab.model.rowCount() == 0:
            continue
        menu = build_row_menu(tab, tab.model.record_id(0))
        names = {a.objectName() for a in menu.findChildren(QAction)}
        assert {"open", "copy_rows", "export_view", "delete"} <= names, tab.tab
        assert {"copy_name", "new_policy", "new_contact"} <= names, tab.tab
        if tab.tab != "customers":
            assert "open_360" in names, tab.tab


def test_policy_row_copies_its_number_and_the_holders_mobile_through_the_guard(main_window, demo_store, qtbot):
    tab, policy_id = _first_row(main_window, "policies")
    policy = demo_store.policies.get(policy_id)
    holder = demo_store.customers.get(policy.policyholder_id)
    menu = build_row_menu(tab, policy_id)
    SHOTS.mkdir(exist_ok=True)
    menu.grab().save(str(SHOTS / "row_menu_policy.png"))
    menu.findChild(QMenu, "copy_menu").grab().save(str(SHOTS / "row_menu_policy_copy.png"))

    _action(menu, "copy_policy_no").trigger()
    assert QGuiApplication.clipboard().text() == policy.policy_no
    assert main_window.clipboard_guard.holding is None  # a policy number is not a secret

    _action(menu, "copy_mobile").trigger()
    assert QGuiApplication.clipboard().text() == holder.mobile
    assert main_window.clipboard_guard.holding == holder.mobile
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat("x-kde-passwordManagerHint")
    copied = demo_store.audit_entries(customer_id=holder.id, limit=5)[0]
    assert (copied.action, copied.entity_id, copied.summary) == ("copy", holder.id, "mobile")


def test_payment_row_opens_the_360_view_of_the_policyholder(main_window, demo_store, qtbot):
    tab, payment_id = _first_row(main_window, "payments")
    holder_id = demo_store.policies.get(demo_store.payments.get(payment_id).policy_id).policyholder_id
    _action(build_row_menu(tab, payment_id), "open_360").trigger()
    qtbot.waitUntil(lambda: holder_id in main_window.views360, timeout=30_000)
    assert main_window.views360[holder_id].isVisible()
    main_window.views360[holder_id].close()


def test_customer_row_lists_its_policy_numbers_to_copy(main_window, demo_store):
    tab = main_window.tab_named("customers")
    row = next(r for r in range(tab.model.rowCount()) if demo_store.policies.of_customer(tab.model.record_id(r)))
    customer_id = tab.model.record_id(row)
    policies = demo_store.policies.of_customer(customer_id)
    menu = build_row_menu(tab, customer_id)
    numbers = menu.findChild(QMenu, "copy_policy_no_menu")
    assert [a.objectName() for a in numbers.actions()] == [f"copy_policy_no_{p.id}" for p in policies]
    numbers.actions()[-1].trigger()
    assert QGuiApplication.clipboard().text() == policies[-1].policy_no
    payments = menu.findChild(QMenu, "new_payment_menu")
    assert payments.isEnabled() and len(payments.actions()) == len(policies)


def test_copied_rows_stay_masked_until_the_row_is_revealed(main_window, demo_store):
    tab = main_window.tab_named("customers")
    main_window.tabs.setCurrentWidget(tab)
    mobile_column = tab.model.column_index("mobile")
    tab.view.selectRow(0)
    tab.view.selectionModel().select(
        tab.model.index(1, 0),
        tab.view.selectionModel().SelectionFlag.Select | tab.view.selectionModel().SelectionFlag.Rows,
    )
    first, second = (demo_store.customers.get(tab.model.record_id(r)) for r in (0, 1))
    _action(build_row_menu(tab, first.id), "copy_rows").trigger()
    text = QGuiApplication.clipboard().text()
    lines = text.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"档案编号：{first.archive_no}；姓名/名称：{first.name}；")
    assert f"姓名/名称：{second.name}" in lines[1]
    assert first.mobile and first.mobile not in text
    assert f"手机号：{tab.model.data(tab.model.index(0, mobile_column))}" in lines[0]
    assert main_window.clipboard_guard.holding is None

    main_window.reveal(tab, first.id)
    _action(build_row_menu(tab, first.id), "copy_rows").trigger()
    text = QGuiApplication.clipboard().text()
    assert first.mobile in text.splitlines()[0]
    assert second.mobile not in text
    assert main_window.clipboard_guard.holding == text  # full numbers: through the guard


def test_new_policy_for_the_rows_customer_opens_the_dialog_with_holder_and_insured(main_window, demo_store, qtbot):
    tab, contact_id = _first_row(main_window, "contacts")
    customer_id = demo_store.contacts.get(contact_id).customer_id
    seen: dict[str, object] = {}

    def look_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        seen["holder"] = dialog.holder.record_id
        seen["insured"] = dialog.insured.record_id
        dialog.grab().save(str(SHOTS / "new_policy_from_row.png"))
        dialog.reject()

    SHOTS.mkdir(exist_ok=True)
    QTimer.singleShot(0, look_and_cancel)
    _action(build_row_menu(tab, contact_id), "new_policy").trigger()
    assert seen == {"holder": customer_id, "insured": customer_id}


def test_new_payment_from_a_policy_row_preselects_the_policy(main_window, demo_store):
    tab, policy_id = _first_row(main_window, "policies")
    seen: dict[str, object] = {}

    def look_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        seen["policy"] = dialog.policy.record_id
        dialog.reject()

    QTimer.singleShot(0, look_and_cancel)
    _action(build_row_menu(tab, policy_id), "new_payment").trigger()
    assert seen == {"policy": policy_id}
