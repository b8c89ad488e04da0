"""今日 lists on their boundary dates, and the one-click actions that clear them."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from agentbook.domain import enums as E
from agentbook.domain.complaints import Complaint, ComplaintChannel
from agentbook.domain.models import Claim, ContactEntry, Customer, Payment, Policy
from agentbook.store.api import Store
from agentbook.store.queries.today import compute
from agentbook.store.queries.today_items import KINDS, birthday_keys

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 23)


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


@pytest.fixture
def holder(store: Store) -> Customer:
    return store.customers.create(
        Customer(name="张三", gender=E.Gender.MALE, mobile="13900001111", birth_date=date(1980, 11, 25))
    )


def policy(store: Store, holder: Customer, no: str, expiry: date | None = None, **kw) -> Policy:
    kw.setdefault("effective_date", date(2020, 1, 1))
    return store.policies.create(
        Policy(
            no,
            "平安人寿",
            "平安福",
            E.BusinessLine.LIFE,
            holder.id,
            holder.id,
            Decimal("1000"),
            Decimal("100000"),
            expiry_date=expiry,
            **kw,
        )
    )


def listed(store: Store, kind: str):
    return store.today_lists()[kind]


def test_every_list_is_computed_and_counted(store):
    report = store.today_lists()
    assert tuple(report.items) == KINDS == tuple(report.counts)
    assert report.total() == 0
    assert report.available == frozenset(KINDS)  # the loan register came with migration 5


def test_expiring_windows_include_today_and_their_last_day(store, holder):
    for n in (0, 30, 31, 60, 90, 91):
        policy(store, holder, f"P00000{n:02d}", days(n))
    report = store.today_lists()
    assert [i.reference for i in report["expiring"]] == ["P0000000", "P0000030", "P0000031", "P0000060", "P0000090"]
    assert report.renewal_counts == {30: 2, 60: 4, 90: 5}
    first, thirtieth, thirty_first, *_ = report["expiring"]
    assert first.days == 0 and first.urgent
    assert thirtieth.days == 30 and thirtieth.urgent and not thirty_first.urgent


def test_renewed_lapsed_and_reminded_policies_leave_the_expiring_list(store, holder):
    renewed = policy(store, holder, "P0000001", days(10))
    policy(store, holder, "P0000002", days(20), status=E.PolicyStatus.LAPSED)
    reminded = policy(store, holder, "P0000003", days(30))
    policy(store, holder, "P0000004", days(40))
    store.renew_policy(dataclasses.replace(store.draft_renewal(renewed.id), policy_no="P0000001R"))
    [item] = [i for i in listed(store, "expiring") if i.record_id == reminded.id]
    store.resolve_today_item(item)
    assert [i.reference for i in listed(store, "expiring")] == ["P0000004"]
    entry = store.contacts.of_customer(holder.id)[0]
    assert (entry.purpose, entry.policy_id) == (E.ContactPurpose.RENEWAL, reminded.id)
    store.clock.advance(days=8)  # a week later the reminder no longer hides it
    assert [i.reference for i in listed(store, "expiring")] == ["P0000003", "P0000004"]


def test_premiums_come_up_at_each_reminder_point_before_they_fall_due(store, holder):
    """Reminders 45, 30, 7 and 1 days before the due date (the settings' default): an instalment is
    listed from 45 days ahead; once reminded it rests until the next point has passed."""
    for period, n in enumerate((0, 7, 45, 46), start=1):  # a policy each: a reminder is per policy
        p = policy(store, holder, f"P000010{period}")
        store.payments.create(Payment(p.id, period, days(n), Decimal("1000")))
    due = listed(store, "payment_due")
    assert [(i.period, i.days, i.amount) for i in due] == [
        (1, 0, Decimal("1000.00")),
        (2, 7, Decimal("1000.00")),
        (3, 45, Decimal("1000.00")),
    ]
    assert due[0].urgent and not due[1].urgent
    store.resolve_today_item(due[2])  # reminded 45 days ahead
    assert [i.period for i in listed(store, "payment_due")] == [1, 2]
    store.clock.advance(days=14)  # 31 days ahead: the 30-day point has not come yet
    assert 3 not in [i.period for i in listed(store, "payment_due")]
    store.clock.advance(days=1)  # 30 days ahead
    assert 3 in [i.period for i in listed(store, "payment_due")]


def test_overdue_premiums_come_up_again_on_the_days_of_arrears(store, holder):
    """Within grace, reminders on days 1, 7 and 20 of arrears (the settings' default)."""
    p = policy(store, holder, "P0000150")
    store.payments.create(Payment(p.id, 1, days(-1), Decimal("800")))
    [item] = listed(store, "payment_overdue")
    store.resolve_today_item(item)  # reminded on day 1
    assert listed(store, "payment_overdue") == []
    store.clock.advance(days=5)  # day 6
    assert listed(store, "payment_overdue") == []
    store.clock.advance(days=1)  # day 7
    assert [i.policy_id for i in listed(store, "payment_overdue")] == [p.id]


def test_overdue_within_grace_and_lapse_warning_the_day_after_it_ends(store, holder):
    in_grace = policy(store, holder, "P0000200")
    store.payments.create(Payment(in_grace.id, 1, days(-60), Decimal("1000")))  # last day of grace
    store.payments.create(Payment(in_grace.id, 2, days(-1), Decimal("500")))
    past = policy(store, holder, "P0000201")
    store.payments.create(Payment(past.id, 1, days(-61), Decimal("800")))  # grace ended yesterday
    report = store.today_lists()
    [overdue] = report["payment_overdue"]
    assert (overdue.reference, overdue.count, overdue.amount, overdue.days) == ("P0000200", 2, Decimal("1500.00"), -60)
    assert overdue.urgent  # its grace period ends today
    [lapse] = report["lapse_warning"]
    assert (lapse.reference, lapse.days, lapse.period) == ("P0000201", -61, 1)
    assert report.grace_days == 60
    store.settings.set("grace_days", 90)  # a longer grace period (set in the archive's settings)
    report = store.today_lists()
    assert [i.reference for i in report["payment_overdue"]] == ["P0000201", "P0000200"]
    assert report["lapse_warning"] == []


def test_a_policy_with_its_own_grace_period_lapses_on_its_own_terms(store, holder):
    short = policy(store, holder, "P0000250", grace_days=30)  # the contract's 30 days, not the law's 60
    store.payments.create(Payment(short.id, 1, days(-31), Decimal("600")))
    usual = policy(store, holder, "P0000251")
    store.payments.create(Payment(usual.id, 1, days(-31), Decimal("600")))
    report = store.today_lists()
    assert [i.reference for i in report["lapse_warning"]] == ["P0000250"]
    [overdue] = report["payment_overdue"]
    assert (overdue.reference, overdue.grace_days, overdue.urgent) == ("P0000251", 60, False)
    assert store.policies.get(short.id).grace_days == 30


def test_paid_reminded_and_lapsed_policies_leave_the_overdue_lists(store, holder):
    paid = policy(store, holder, "P0000300")
    first = store.payments.create(Payment(paid.id, 1, days(-5), Decimal("100")))
    reminded = policy(store, holder, "P0000301")
    store.payments.create(Payment(reminded.id, 1, days(-5), Decimal("100")))
    lapsed = policy(store, holder, "P0000302")
    store.payments.create(Payment(lapsed.id, 1, days(-70), Decimal("100")))
    assert {i.reference for i in listed(store, "payment_overdue")} == {"P0000300", "P0000301"}
    store.mark_paid(first.id, amount=Decimal("100"), paid_date=TODAY, method=E.PaymentMethod.WECHAT)
    [item] = listed(store, "payment_overdue")
    store.resolve_today_item(item, summary="电话提醒缴费")
    assert listed(store, "payment_overdue") == []
    [warning] = listed(store, "lapse_warning")
    store.mark_lapsed(warning.policy_id)
    assert listed(store, "lapse_warning") == []
    assert store.policies.get(lapsed.id).status is E.PolicyStatus.LAPSED


def test_birthdays_of_the_coming_week(store, holder):
    store.customers.create(
        Customer(name="王五", gender=E.Gender.MALE, mobile="13900003333", birth_date=date(1990, 11, 30))
    )  # 7 days ahead: outside the week
    [item] = listed(store, "birthday")
    assert (item.customer_id, item.day, item.days, item.age) == (holder.id, date(2026, 11, 25), 2, 46)


def test_29_february_birthday_is_greeted_on_28_february_in_a_common_year(store):
    leap = store.customers.create(
        Customer(name="李闰", gender=E.Gender.FEMALE, mobile="13900002222", birth_date=date(2000, 2, 29))
    )
    assert birthday_keys(date(2027, 2, 26))["02-29"] == 2  # 2027 is a common year
    assert birthday_keys(date(2028, 2, 26))["02-29"] == 3  # 2028 has the day itself
    store.clock.set(date(2027, 2, 26))
    [item] = listed(store, "birthday")
    assert (item.customer_id, item.day, item.age) == (leap.id, date(2027, 2, 28), 27)
    store.clock.set(date(2028, 2, 29))
    [item] = listed(store, "birthday")
    assert (item.day, item.days, item.age) == (date(2028, 2, 29), 0, 28)
    store.clock.set(date(2027, 3, 1))
    assert listed(store, "birthday") == []


def test_one_click_birthday_greeting_creates_the_contact_and_clears_the_item(store, holder):
    [item] = listed(store, "birthday")
    entry_id = store.resolve_today_item(item)
    assert listed(store, "birthday") == []
    entry = store.contacts.get(entry_id)
    assert (entry.customer_id, entry.purpose, entry.summary) == (holder.id, E.ContactPurpose.BIRTHDAY, "生日祝福已发送")
    audit = store.audit_entries(customer_id=holder.id, limit=1)[0]
    assert (audit.action, audit.entity, audit.entity_id) == ("create", "contact", entry_id)


def test_follow_ups_due_overdue_and_coming_up(store, holder):
    def note(text: str, follow: date) -> ContactEntry:
        return store.contacts.create(
            ContactEntry(
                holder.id, datetime(2026, 11, 1, 10), E.ContactChannel.PHONE, E.ContactPurpose.INQUIRY, text,
                follow_up_date=follow,
            )
        )  # fmt: skip

    today = note("今天回访", TODAY)
    note("上周没联系上", days(-5))
    note("三天后", days(3))
    note("四天后", days(4))
    items = listed(store, "follow_up")
    assert [i.label for i in items] == ["今天回访", "上周没联系上", "三天后"]
    assert [i.urgent for i in items] == [False, True, False]
    store.resolve_today_item(items[0])
    assert store.contacts.get(today.id).follow_up_done
    assert [i.label for i in listed(store, "follow_up")] == ["上周没联系上", "三天后"]
    visit = store.contacts.of_customer(holder.id)[0]
    assert (visit.purpose, visit.summary) == (E.ContactPurpose.FOLLOW_UP, "回访已完成")


def test_claims_waiting_longer_than_the_setting(store, holder):
    p = policy(store, holder, "P0000400")

    def claim(no: str, filed: date, status=E.ClaimStatus.COLLECTING) -> Claim:
        paid = status is E.ClaimStatus.PAID  # a paid claim carries its amount and decision date
        return store.claims.create(
            Claim(
                no,
                p.id,
                holder.id,
                filed,
                filed,
                "住院",
                Decimal("5000"),
                status,
                amount_paid=Decimal("5000") if paid else None,
                decision_date=filed + timedelta(days=10) if paid else None,
            )
        )

    waiting = claim("LP1", days(-14))
    claim("LP2", days(-13))
    claim("LP3", days(-40), E.ClaimStatus.PAID)
    [item] = listed(store, "claim_waiting")
    assert (item.record_id, item.days, item.status) == (waiting.id, -14, E.ClaimStatus.COLLECTING)
    store.resolve_today_item(item)
    assert listed(store, "claim_waiting") == []
    entry = store.contacts.of_customer(holder.id)[0]
    assert (entry.purpose, entry.claim_id) == (E.ContactPurpose.CLAIM_PROGRESS, waiting.id)
    store.settings.set("today_claim_wait_days", 10)
    store.clock.advance(days=8)
    assert {i.reference for i in listed(store, "claim_waiting")} == {"LP1", "LP2"}


def test_complaints_near_and_past_their_deadline(store, holder):
    def complaint(text: str, received: date, deadline: date) -> Complaint:
        return store.complaints.create(
            Complaint(
                holder.id, datetime.combine(received, datetime.min.time()), ComplaintChannel.PHONE, text, deadline
            )
        )

    late = complaint("理赔太慢", days(-20), days(-5))
    near = complaint("扣款有误", days(-12), days(3))
    complaint("下月再说", days(-1), days(4))
    closed = complaint("已解决", days(-30), days(-15))
    store.complaints.close(closed.id, resolution="已退款", feedback="已电话告知")
    items = listed(store, "complaint")
    assert [(i.record_id, i.days, i.urgent) for i in items] == [(late.id, -5, True), (near.id, 3, False)]


def test_lists_are_capped_but_counted_in_full(store, holder):
    for n in range(1, 6):
        p = policy(store, holder, f"P00005{n:02d}")
        store.payments.create(Payment(p.id, 1, days(-n), Decimal("10")))
    capped = compute(store.db, limit=3)
    assert len(capped["payment_overdue"]) == 3 and capped.counts["payment_overdue"] == 5
    assert [i.days for i in capped["payment_overdue"]] == [-5, -4, -3]  # closest to lapsing first
    assert store.today_counts()["payment_overdue"] == 5


def test_demo_archive_has_something_in_every_list(demo_store):
    report = demo_store.today_lists()
    empty = [kind for kind in report.available if not report.counts[kind]]
    assert empty == []
    assert report.available == frozenset(KINDS)
