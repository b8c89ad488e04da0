"""Several rows selected → one action from the row menu, written in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelectionModel, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog, QMenu

from agentbook.domain import enums as E
from agentbook.ui.tabs.row_actions import build_row_menu
from agentbook.ui.tabs.selection_actions import BatchPaidDialog

SHOTS = Path("/tmp/agentbook-shots")


def _select(tab, rows: list[int]) -> None:
    tab.view.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        tab.view.selectionModel().select(tab.model.index(row, 0), flags)


def _action(menu: QMenu, name: str) -> QAction:
    action = menu.findChild(QAction, name)
    assert action is not None, [a.objectName() for a in menu.findChildren(QAction)]
    return action


def _when_asked(answer: Callable[[QInputDialog], None]) -> None:
    """Call *answer* once the action's input dialog is up.

    The action may first read on a worker behind a progress dialog, so the input dialog is waited for
    rather than assumed to be the first modal window.
    """

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog) and dialog.isVisible():
            answer(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _answer_input(text: str, seen: list[str]) -> None:
    """Answer the input dialog the action opens, as the user would."""

    def answer(dialog: QInputDialog) -> None:
        seen.append(dialog.labelText())
        dialog.setTextValue(text)
        dialog.accept()

    _when_asked(answer)


def test_selected_instalments_marked_paid_in_one_go(main_window, demo_store, qtbot):
    tab = main_window.tab_named("payments")
    main_window.tabs.setCurrentWidget(tab)
    model = tab.model
    rows = [r for r in range(model.rowCount()) if model.value(r, "status") is not E.PaymentStatus.PAID][:3]
    paid_row = next(r for r in range(model.rowCount()) if model.value(r, "status") is E.PaymentStatus.PAID)
    _select(tab, [*rows, paid_row])
    ids = [model.record_id(r) for r in rows]
    menu = build_row_menu(tab, ids[0])
    assert _action(menu, "batch_paid").text() == "所选 4 期标记已缴…"

    dialog = BatchPaidDialog(demo_store, tab.selected_ids(), tab)
    qtbot.addWidget(dialog)
    assert sorted(dialog.payment_ids) == sorted(ids)
    assert "3 期" in dialog.summary.text() and "另有 1 期已是已缴" in dialog.summary.text()
    dialog.method.setCurrentIndex(dialog.method.findData(E.PaymentMethod.WECHAT.value))
    dialog.date_edit.setDate(QDate(demo_store.today()))
    dialog.show()
    dialog.grab().save(str(SHOTS / "batch_paid.png"))
    dialog.apply()
    assert dialog.saved == 3
    for pid in ids:
        payment = demo_store.payments.get(pid)
        assert payment.status is E.PaymentStatus.PAID and payment.method is E.PaymentMethod.WECHAT


def test_selected_instalments_reminded_from_the_menu(main_window, demo_store, qtbot):
    tab = main_window.tab_named("payments")
    main_window.tabs.setCurrentWidget(tab)
    model = tab.model
    rows = [r for r in range(model.rowCount()) if model.value(r, "status") is not E.PaymentStatus.PAID][:2]
    _select(tab, rows)
    ids = [model.record_id(r) for r in rows]
    before = {
        pid: len(demo_store.contacts.of_customer(model.value(r, "policyholder_id")))
        for pid, r in zip(ids, rows, strict=True)
    }
    seen: list[str] = []
    _answer_input("微信", seen)
    _action(build_row_menu(tab, ids[0]), "batch_reminded").trigger()
    assert seen == ["2 期缴费已提醒，提醒方式："]
    for pid, r in zip(ids, rows, strict=True):
        entries = demo_store.contacts.of_customer(model.value(r, "policyholder_id"))
        assert len(entries) > before[pid]
        assert any(
            e.purpose is E.ContactPurpose.PAYMENT_REMINDER and e.channel is E.ContactChannel.WECHAT for e in entries
        )


def test_selected_customers_tagged_and_untagged(main_window, demo_store, qtbot):
    tab = main_window.tab_named("customers")
    main_window.tabs.setCurrentWidget(tab)
    _select(tab, [0, 1, 2])
    ids = tab.selected_ids()
    seen: list[str] = []
    _answer_input("王经理", seen)
    _action(build_row_menu(tab, ids[0]), "batch_add_tag").trigger()
    assert seen == ["给所选 3 位客户添加标签："]
    assert all("王经理" in demo_store.customers.get(c).tags for c in ids)

    def pick_and_accept(dialog: QInputDialog) -> None:
        combo = dialog.findChild(QComboBox)
        assert combo is not None and "王经理" in [combo.itemText(i) for i in range(combo.count())]
        dialog.setTextValue("王经理")
        dialog.accept()

    qtbot.waitUntil(lambda: "王经理" in (tab.model.value(tab.model.row_of(ids[0]), "tags") or ""), timeout=30_000)
    _select(tab, [tab.model.row_of(c) for c in ids])  # the reload after the write kept only the current row
    _when_asked(pick_and_accept)
    _action(build_row_menu(tab, ids[0]), "batch_remove_tag").trigger()
    assert not any("王经理" in demo_store.customers.get(c).tags for c in ids)


def test_selected_follow_ups_marked_done(main_window, demo_store, qtbot):
    tab = main_window.tab_named("contacts")
    main_window.tabs.setCurrentWidget(tab)
    model = tab.model
    rows = [r for r in range(model.rowCount()) if not model.value(r, "follow_up_done")][:2]
    _select(tab, rows)
    ids = [model.record_id(r) for r in rows]
    _action(build_row_menu(tab, ids[0]), "batch_follow_up_done").trigger()
    assert all(demo_store.contacts.get(c).follow_up_done for c in ids)
