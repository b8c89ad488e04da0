"""One action on several records: one transaction, an audit row per record, nothing on a refusal."""

from __future__ import annotations

from datetime import timedelta

import pytest

from agentbook.domain import enums as E
from agentbook.domain.validation import ValidationError
from agentbook.store.queries.listing import ListRequest


def _open_instalments(store, n: int) -> list[int]:
    rows = store.list_query("payments", ListRequest({"status": "overdue"})).page(0, n)
    assert len(rows) == n
    return [r.id for r in rows]


def test_instalments_are_marked_paid_together_each_audited(demo_store):
    ids = _open_instalments(demo_store, 3)
    before = len(demo_store.audit_entries(limit=10_000))
    done = demo_store.mark_paid_many(ids, paid_date=demo_store.today(), method=E.PaymentMethod.TRANSFER)
    assert [p.id for p in done] == ids
    for pid in ids:
        paid = demo_store.payments.get(pid)
        assert paid.status is E.PaymentStatus.PAID and paid.amount_paid == paid.amount_due
        assert paid.method is E.PaymentMethod.TRANSFER and paid.paid_date == demo_store.today()
    entries = demo_store.audit_entries(limit=10_000)
    new = entries[: len(entries) - before]  # newest first
    assert sorted(e.entity_id for e in new if e.entity == "payment") == sorted(ids)
    assert all(e.action == "update" for e in new)
    # already paid: left as it is
    assert demo_store.mark_paid_many(ids, paid_date=demo_store.today(), method=E.PaymentMethod.CASH) == []


def test_a_refused_instalment_writes_none_of_them(demo_store):
    ids = _open_instalments(demo_store, 2)
    with pytest.raises(ValidationError) as refused:
        demo_store.mark_paid_many(ids, paid_date=demo_store.today() + timedelta(days=1), method=E.PaymentMethod.CASH)
    assert "缴费日期不能晚于今天" in refused.value.text()
    assert refused.value.errors[0].field == "payment"  # which instalment, first
    assert all(demo_store.payments.get(pid).status is not E.PaymentStatus.PAID for pid in ids)


def test_reminders_go_into_each_policyholders_contact_log(demo_store):
    ids = _open_instalments(demo_store, 2)
    created = demo_store.record_reminders(
        ids, channel=E.ContactChannel.PHONE, summary="已提醒缴费：保单 {policy} 第 {period} 期，应缴日 {due}"
    )
    for payment_id, contact_id in zip(ids, created, strict=True):
        payment = demo_store.payments.get(payment_id)
        policy = demo_store.policies.get(payment.policy_id)
        entry = demo_store.contacts.get(contact_id)
        assert entry.customer_id == policy.policyholder_id and entry.policy_id == policy.id
        assert entry.purpose is E.ContactPurpose.PAYMENT_REMINDER
        assert entry.summary == f"已提醒缴费：保单 {policy.policy_no} 第 {payment.period} 期，应缴日 {payment.due_date}"
        assert entry.contacted_at == demo_store.now()


def test_follow_ups_and_tags_change_only_what_differs(demo_store):
    contacts = [r.id for r in demo_store.list_query("contacts", ListRequest({"follow_up_due": True})).page(0, 3)]
    assert len(contacts) == 3
    assert demo_store.follow_ups_done(contacts) == 3
    assert all(demo_store.contacts.get(c).follow_up_done for c in contacts)
    assert demo_store.follow_ups_done(contacts) == 0

    customers = [r.id for r in demo_store.list_query("customers").page(0, 4)]
    assert demo_store.change_tag(customers, add="王经理") == 4
    assert all("王经理" in demo_store.customers.get(c).tags for c in customers)
    assert demo_store.change_tag(customers, add="王经理") == 0
    assert demo_store.change_tag(customers[:2], remove="王经理") == 2
    assert [("王经理" in demo_store.customers.get(c).tags) for c in customers] == [False, False, True, True]
