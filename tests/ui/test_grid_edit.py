"""Editing in the grid: a few safe fields, written through the repositories, Ctrl+Z for the last."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QStyleOptionViewItem

from agentbook.domain import enums as E

SHOTS = Path("/tmp/agentbook-shots")


def _tab(window, name: str):
    tab = window.tab_named(name)
    window.tabs.setCurrentWidget(tab)
    return tab


def test_a_follow_up_date_is_edited_in_place_audited_and_undone(main_window, demo_store, qtbot):
    tab = _tab(main_window, "contacts")
    model = tab.model
    column = model.column_index("follow_up_date")
    index = model.index(0, column)
    contact_id = model.record_id(0)
    before = demo_store.contacts.get(contact_id).follow_up_date
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, model.column_index("summary"))) & Qt.ItemFlag.ItemIsEditable

    tab.view.setFocus()
    tab.view.setCurrentIndex(index)
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    assert tab.view.state() == QAbstractItemView.State.EditingState
    editor = tab.view.focusWidget()
    assert isinstance(editor, QDateEdit) and editor.displayFormat() == "yyyy-MM-dd"
    assert editor.date().toPython() == (before or demo_store.today())  # empty: starts at today
    SHOTS.mkdir(exist_ok=True)
    main_window.grab().save(str(SHOTS / "grid_edit_follow_up.png"))
    qtbot.keyClick(tab.view.focusWidget(), Qt.Key.Key_Escape)

    wanted = demo_store.today() + timedelta(days=9)
    assert model.setData(index, QDate(wanted), Qt.ItemDataRole.EditRole)
    assert demo_store.contacts.get(contact_id).follow_up_date == wanted
    entry = demo_store.audit_entries(limit=1)[0]
    assert (entry.action, entry.entity, entry.entity_id) == ("update", "contact", contact_id)
    qtbot.waitUntil(lambda: model.value(model.row_of(contact_id), "follow_up_date") == wanted, timeout=30_000)

    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert demo_store.contacts.get(contact_id).follow_up_date == before
    assert tab.grid.last is None


def test_done_is_a_checkbox(main_window, demo_store):
    tab = _tab(main_window, "contacts")
    model = tab.model
    row = next(r for r in range(model.rowCount()) if not model.value(r, "follow_up_done"))
    contact_id = model.record_id(row)
    index = model.index(row, model.column_index("follow_up_done"))
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert demo_store.contacts.get(contact_id).follow_up_done is True


def test_a_policy_status_from_its_drop_down(main_window, demo_store):
    tab = _tab(main_window, "policies")
    model = tab.model
    column = model.column_index("status")
    row = next(r for r in range(model.rowCount()) if model.value(r, "status") is E.PolicyStatus.IN_FORCE)
    policy_id = model.record_id(row)
    index = model.index(row, column)
    delegate = tab.view.itemDelegateForColumn(column)
    editor = delegate.createEditor(tab.view.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    assert editor.currentData() == E.PolicyStatus.IN_FORCE.value and editor.currentText() == "生效"
    editor.setCurrentIndex(editor.findData(E.PolicyStatus.SURRENDERED.value))
    delegate.setModelData(editor, model, index)
    assert demo_store.policies.get(policy_id).status is E.PolicyStatus.SURRENDERED


def test_a_paid_date_only_of_paid_instalments_and_never_in_the_future(main_window, demo_store, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr("agentbook.ui.errors.show_error", lambda _p, exc, _t=None: shown.append(str(exc)))
    tab = _tab(main_window, "payments")
    model = tab.model
    column = model.column_index("paid_date")
    statuses = [model.value(r, "status") for r in range(model.rowCount())]
    due = statuses.index(next(s for s in statuses if s is not E.PaymentStatus.PAID))
    assert not model.flags(model.index(due, column)) & Qt.ItemFlag.ItemIsEditable
    paid = statuses.index(E.PaymentStatus.PAID)
    payment_id = model.record_id(paid)
    before = demo_store.payments.get(payment_id)
    model.setData(model.index(paid, column), QDate(demo_store.today() + timedelta(days=3)), Qt.ItemDataRole.EditRole)
    assert shown and demo_store.payments.get(payment_id).paid_date == before.paid_date
    earlier = before.paid_date - timedelta(days=1)
    model.setData(model.index(paid, column), QDate(earlier), Qt.ItemDataRole.EditRole)
    assert demo_store.payments.get(payment_id).paid_date == earlier


def test_a_customers_remark_and_tags_in_place_audited_and_undone(main_window, demo_store, qtbot):
    tab = _tab(main_window, "customers")
    model = tab.model
    row = next(r for r in range(model.rowCount()) if "\n" not in (model.value(r, "remarks") or ""))
    customer_id = model.record_id(row)
    before = demo_store.customers.get(customer_id)
    remarks = model.index(row, model.column_index("remarks"))
    assert model.flags(remarks) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(remarks, "  周末再联系，喜欢微信  ", Qt.ItemDataRole.EditRole)
    assert demo_store.customers.get(customer_id).remarks == "周末再联系，喜欢微信"  # trimmed as the dialog does
    entry = demo_store.audit_entries(limit=1)[0]
    assert (entry.action, entry.entity, entry.entity_id) == ("update", "customer", customer_id)

    tags = model.index(row, model.column_index("tags"))
    assert model.setData(tags, "车险客户、 王经理,车险客户", Qt.ItemDataRole.EditRole)
    assert demo_store.customers.get(customer_id).tags == ("王经理", "车险客户")
    qtbot.waitUntil(lambda: "王经理" in (model.value(model.row_of(customer_id), "tags") or ""), timeout=30_000)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the tags come back
    assert demo_store.customers.get(customer_id).tags == before.tags
    assert demo_store.customers.get(customer_id).remarks == "周末再联系，喜欢微信"  # only the last edit


def test_a_remark_of_several_lines_is_left_to_the_dialog(main_window, demo_store, qtbot):
    tab = _tab(main_window, "policies")
    model = tab.model
    policy_id = model.record_id(0)
    policy = demo_store.policies.get(policy_id)
    policy.remarks = "第一行\n第二行"
    demo_store.policies.update(policy)
    qtbot.waitUntil(lambda: model.value(model.row_of(policy_id), "remarks") == "第一行\n第二行", timeout=30_000)
    index = model.index(model.row_of(policy_id), model.column_index("remarks"))
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
