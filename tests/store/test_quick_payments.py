"""A pasted batch of received premiums: read, matched to due instalments, written in one commit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agentbook.domain import enums as E
from agentbook.domain.quick_payments import NO_AMOUNT, parse
from agentbook.store.api import Store
from agentbook.store.operations import quick_payments as Q
from tests.store_builders import payment, person, policy

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 23)


def test_lines_are_read_the_ways_people_write_them() -> None:
    text = "PA0001\t12,000.00\t2026/11/20\n\n张三 ￥3000 11月2日\n李四，500元，2026年11月21日\n王五 2026-13-40\n"
    lines = parse(text, TODAY)
    assert [(line.number, line.key, line.amount, line.paid_on) for line in lines] == [
        (1, "PA0001", Decimal("12000.00"), date(2026, 11, 20)),
        (3, "张三", Decimal("3000"), date(2026, 11, 2)),
        (4, "李四", Decimal("500"), date(2026, 11, 21)),
        (5, "王五", None, None),
    ]
    assert lines[0].problems == () and (NO_AMOUNT, ()) in lines[3].problems
    assert parse("赵六 100 12/31", TODAY)[0].paid_on == date(2025, 12, 31)  # not a future day: last year


@pytest.fixture
def book(store: Store) -> dict:
    zhang = store.customers.create(person("张三"))
    li = store.customers.create(person("李四", male=False))
    p1 = store.policies.create(policy(zhang.id, payment_mode=E.PaymentMode.MONTHLY, premium=Decimal("300.00")))
    p2 = store.policies.create(policy(li.id, premium=Decimal("12000.00")))
    for period, due in ((1, date(2026, 9, 10)), (2, date(2026, 10, 10)), (3, date(2026, 11, 10))):
        store.payments.create(payment(p1.id, period, due_date=due, amount_due=Decimal("300.00")))
    store.payments.create(payment(p2.id, 1, due_date=date(2026, 11, 1), amount_due=Decimal("12000.00")))
    return {"zhang": zhang, "li": li, "p1": p1, "p2": p2}


def test_lines_are_matched_to_the_oldest_unpaid_instalments_each_taken_once(store: Store, book: dict) -> None:
    text = f"张三 300 11/20\n张三 300 11/20\n{book['p2'].policy_no} 11000\n王五 100\n张三 300 12/30"
    found = Q.propose(store, parse(text, store.today()))
    assert [p.payment.period if p.payment else None for p in found[:2]] == [1, 2]
    assert found[0].ready and found[1].ready
    assert found[2].payment.policy_id == book["p2"].id and not found[2].ready and found[2].writable
    assert found[2].problems == ((Q.OTHER_AMOUNT, ("12,000.00",)),)
    assert found[3].payment is None and found[3].problems == ((Q.NOT_FOUND, ()),)
    assert found[4].paid_on == date(2025, 12, 30)  # written without a year: the last 30 December


def test_the_confirmed_lines_are_written_in_one_transaction_and_audited(store: Store, book: dict) -> None:
    events: list = []
    audit_before = len(store.audit_entries(limit=100000))
    found = Q.propose(store, parse("张三 300 11/20\n张三 300 11/21\n王五 100", store.today()))
    store.changes.subscribe(events.append)
    written = Q.record(store, found, E.PaymentMethod.TRANSFER)
    assert len(events) == 1 and events[0].touches({"payment"})  # one commit, one change event
    assert [w.period for w in written] == [1, 2]
    paid = store.payments.of_policy(book["p1"].id)
    assert [(p.status, p.paid_date, p.amount_paid, p.method) for p in paid[:2]] == [
        (E.PaymentStatus.PAID, date(2026, 11, 20), Decimal("300.00"), E.PaymentMethod.TRANSFER),
        (E.PaymentStatus.PAID, date(2026, 11, 21), Decimal("300.00"), E.PaymentMethod.TRANSFER),
    ]
    assert paid[2].status is E.PaymentStatus.DUE
    entries = store.audit_entries(limit=100000)
    assert len(entries) == audit_before + 2 and {e.action for e in entries[:2]} == {"update"}


def test_a_failing_line_writes_nothing(store: Store, book: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    found = Q.propose(store, parse("张三 300 11/20\n张三 300 11/21", store.today()))
    real = Q.mark_paid
    calls = []

    def second_fails(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(Q, "mark_paid", second_fails)
    with pytest.raises(OSError):
        Q.record(store, found, E.PaymentMethod.CASH)
    assert all(p.status is E.PaymentStatus.DUE for p in store.payments.of_policy(book["p1"].id))
