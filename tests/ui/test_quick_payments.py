"""批量登记缴费 in its dialog: paste, check the matches, untick or tick, write once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from agentbook.domain import enums as E
from agentbook.ui.tools.quick_payments import QuickPaymentsDialog
from tests.store_builders import payment, person, policy

SHOTS = Path("/tmp/agentbook-shots")


def test_paste_check_and_write_a_batch(qtbot, qapp_font, store, monkeypatch):
    zhang = store.customers.create(person("张三"))
    li = store.customers.create(person("李四", male=False))
    monthly = store.policies.create(policy(zhang.id, payment_mode=E.PaymentMode.MONTHLY, premium=Decimal("300.00")))
    yearly = store.policies.create(policy(li.id, premium=Decimal("12000.00")))
    for period, due in ((1, date(2026, 10, 10)), (2, date(2026, 11, 10))):
        store.payments.create(payment(monthly.id, period, due_date=due, amount_due=Decimal("300.00")))
    store.payments.create(payment(yearly.id, 1, due_date=date(2026, 11, 1), amount_due=Decimal("12000.00")))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    failures: list[str] = []
    monkeypatch.setattr(
        "agentbook.ui.tools.quick_payments.show_error", lambda _p, exc, title: failures.append(f"{title}: {exc!r}")
    )

    dialog = QuickPaymentsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.paste.setPlainText(f"张三\t300.00\t2026-11-20\n{yearly.policy_no}，11,000.00，11月21日\n王五 100")
    qtbot.mouseClick(dialog.match_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3 or bool(failures), timeout=30_000)
    assert failures == []
    ticks = [dialog.table.item(r, 0) for r in range(3)]
    assert ticks[0].checkState() == Qt.CheckState.Checked  # the oldest 300.00 instalment
    assert ticks[1].checkState() == Qt.CheckState.Unchecked and ticks[1].flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "金额与应缴 12,000.00 不同" in dialog.table.item(1, 9).text()
    assert (
        not ticks[2].flags() & Qt.ItemFlag.ItemIsEnabled and "没有这个保单号或投保人" in dialog.table.item(2, 9).text()
    )
    assert dialog.write_button.text() == "登记 1 笔"
    assert dialog.summary.text() == "共 3 行，2 行需要核对"
    ticks[1].setCheckState(Qt.CheckState.Checked)  # the agent knows the customer paid less on purpose
    assert dialog.write_button.text() == "登记 2 笔"
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "quick_payments.png"))

    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written == 2 or bool(failures), timeout=30_000)
    assert failures == []
    assert told == ["已登记 2 笔缴费，并记入操作日志。"]
    first = store.payments.of_policy(monthly.id)[0]
    assert (first.status, first.paid_date, first.amount_paid, first.method) == (
        E.PaymentStatus.PAID,
        date(2026, 11, 20),
        Decimal("300.00"),
        E.PaymentMethod.TRANSFER,
    )
    other = store.payments.of_policy(yearly.id)[0]
    assert (other.status, other.amount_paid, other.paid_date) == (
        E.PaymentStatus.PAID,
        Decimal("11000.00"),
        date(2026, 11, 21),
    )
    assert store.payments.of_policy(monthly.id)[1].status is E.PaymentStatus.DUE


def test_the_tools_menu_and_the_payments_tab_open_it(main_window):
    assert main_window.findChild(type(main_window.act_quick_payments), "act_quick_payments") is not None
    assert main_window.act_quick_payments.text() == "批量登记缴费…"
