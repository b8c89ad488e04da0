"""新单回访 in the 犹豫期: which policies have one, the Today list walked by the clock, the one-click
answer recorded as a contact entry with its outcome."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from agentbook.domain import enums as E
from agentbook.domain.models import Customer, Policy
from agentbook.domain.new_policy import has_hesitation_period, hesitation_end
from tests.conftest import TODAY

pytestmark = pytest.mark.both_engines


def _policy(**kw) -> Policy:
    fields = {"effective_date": TODAY, "expiry_date": None, "business_line": E.BusinessLine.LIFE}
    fields.update(kw)
    line = fields.pop("business_line")
    return Policy("P20260001", "平安人寿", "平安福", line, 1, 1, Decimal(1000), Decimal(100_000), **fields)


def test_which_policies_have_a_hesitation_period() -> None:
    assert has_hesitation_period(_policy())  # whole-life cover
    assert hesitation_end(_policy(), 15) == TODAY + timedelta(days=15)
    assert hesitation_end(_policy(), 20) == TODAY + timedelta(days=20)
    one_year = _policy(expiry_date=date(2027, 11, 23), business_line=E.BusinessLine.HEALTH)
    assert not has_hesitation_period(one_year)  # 一年期: none
    assert has_hesitation_period(_policy(expiry_date=date(2027, 11, 24), business_line=E.BusinessLine.HEALTH))
    assert not has_hesitation_period(_policy(business_line=E.BusinessLine.AUTO))
    assert not has_hesitation_period(_policy(renewal_of_id=7))  # a renewal is not new business
    leap = _policy(effective_date=date(2024, 2, 29), expiry_date=date(2025, 3, 1))
    assert not has_hesitation_period(leap)  # one year from 29 February ends on 1 March


def _holder(store) -> Customer:
    return store.customers.create(Customer(name="张三", gender=E.Gender.MALE, mobile="13900001111"))


def _stored(store, holder, no: str, **kw) -> Policy:
    policy = _policy(**kw)
    policy.policy_no, policy.policyholder_id, policy.insured_id = no, holder.id, holder.id
    return store.policies.create(policy)


def test_callback_list_through_the_hesitation_period(store, clock) -> None:
    holder = _holder(store)
    new = _stored(store, holder, "P0001")
    _stored(store, holder, "P0002", expiry_date=TODAY + timedelta(days=365), business_line=E.BusinessLine.HEALTH)
    _stored(store, holder, "P0003", business_line=E.BusinessLine.PROPERTY)
    seen = []
    for step in (0, 10, 5, 1, 29, 1):  # day 0, 10, 15 (last day), 16, 45 (30 days late), 46
        clock.advance(days=step)
        items = store.today_lists()["callback"]
        seen.append([(i.reference, i.days, i.urgent) for i in items])
    assert seen == [
        [("P0001", 15, False)],
        [("P0001", 5, False)],
        [("P0001", 0, True)],
        [("P0001", -1, True)],
        [("P0001", -30, True)],
        [],  # dropped from the list a month after the period
    ]
    assert store.today_lists().counts["callback"] == 0
    assert new.id is not None


def test_one_click_callback_is_a_contact_with_its_outcome(store, clock) -> None:
    holder = _holder(store)
    policy = _stored(store, holder, "P0001")
    clock.advance(days=3)
    report = store.today_lists()
    assert report.hesitation_days == 15 and report.counts["callback"] == 1
    entry_id = store.resolve_today_item(report["callback"][0])
    entry = store.contacts.get(entry_id)
    assert (entry.purpose, entry.policy_id, entry.outcome) == (E.ContactPurpose.CALLBACK, policy.id, "客户确认投保意愿")
    assert store.today_lists().counts["callback"] == 0
    # a longer period set by the agent keeps a late policy on the list longer
    _stored(store, holder, "P0002", effective_date=TODAY - timedelta(days=45))
    assert store.today_lists().counts["callback"] == 0
    store.update_settings({"hesitation_days": 20})
    assert [i.reference for i in store.today_lists()["callback"]] == ["P0002"]


def test_demo_callbacks_match_the_rule(demo_store) -> None:
    """The SQL list agrees with ``has_hesitation_period`` over the demo's policies."""
    today = demo_store.today()
    listed = {i.policy_id for i in demo_store.today_lists()["callback"]}
    assert listed
    done = {r[0] for r in demo_store.db.read("SELECT policy_id FROM contact WHERE purpose = 'callback'")}
    expected = {
        p.id
        for p in demo_store.policies.find("status IN ('in_force', 'pending')")
        if has_hesitation_period(p)
        and p.id not in done
        and p.effective_date is not None
        and today - timedelta(days=45) <= p.effective_date <= today
    }
    assert listed == expected
