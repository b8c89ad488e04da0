"""The summaries the Today view reads (migration 12) stay equal to what they summarise through
writes of every kind, and the lists read from them give exactly the answers of the plain
computation (``today_reference``) on a generated archive, day after day."""

from __future__ import annotations

import copy
from datetime import timedelta
from decimal import Decimal

import pytest

from agentbook.domain import enums as E
from agentbook.domain.models import Cover, Relationship
from agentbook.store.api import Store
from agentbook.store.queries import today
from agentbook.store.queries.today_items import KINDS
from tests.store.today_reference import ReferenceLists, opportunities

pytestmark = pytest.mark.both_engines

_SUMMARY = (
    "customer_id, kind, lifecycle, birth_date, income, holds_in_force, newest_effective, insured_in_force,"
    " insured_ci, newest_policy_at"
)
_RECOMPUTED = (
    "SELECT c.id, c.kind, c.lifecycle, c.birth_date, coalesce(c.annual_income, -1),"
    " (SELECT count(*) FROM policy p WHERE p.policyholder_id = c.id AND p.status = 'in_force'),"
    " (SELECT max(p.effective_date) FROM policy p WHERE p.policyholder_id = c.id),"
    " (SELECT count(*) FROM policy p WHERE p.insured_id = c.id AND p.status = 'in_force'),"
    " (SELECT count(*) FROM policy p WHERE p.insured_id = c.id AND p.status = 'in_force'"
    "  AND EXISTS (SELECT 1 FROM policy_cover v WHERE v.policy_id = p.id AND v.kind = 'critical_illness')),"
    " (SELECT max(p.created_at) FROM policy p WHERE p.policyholder_id = c.id OR p.insured_id = c.id)"
    " FROM customer c ORDER BY c.id"
)


def _assert_summaries_true(store: Store) -> None:
    db = store.db
    assert db.read(f"SELECT {_SUMMARY} FROM cover_summary ORDER BY customer_id") == db.read(_RECOMPUTED)
    assert db.read("SELECT policy_id, first_due, status, grace_days FROM policy_arrears ORDER BY policy_id") == db.read(
        "SELECT p.id, min(y.due_date), p.status, p.grace_days FROM payment y JOIN policy p ON p.id = y.policy_id"
        " WHERE y.status = 'due' GROUP BY p.id, p.status, p.grace_days ORDER BY p.id"
    )
    assert db.read(
        "SELECT policy_id, status, expiry_date, policyholder_id FROM annuity_policy ORDER BY policy_id"
    ) == db.read(
        "SELECT p.id, p.status, p.expiry_date, p.policyholder_id FROM policy p WHERE p.business_line = 'annuity'"
        " OR EXISTS (SELECT 1 FROM policy_cover v WHERE v.policy_id = p.id AND v.kind = 'annuity') ORDER BY p.id"
    )
    assert db.read("SELECT relationship_id, customer_id, related_id, relation, created_at FROM relationship_news"
                   " ORDER BY relationship_id") == db.read(
        "SELECT r.id, r.customer_id, r.related_id, r.relation, r.created_at FROM relationship r"
        " JOIN customer c ON c.id = r.related_id WHERE substr(r.created_at, 1, 10) > substr(c.created_at, 1, 10)"
        " ORDER BY r.id"
    )  # fmt: skip


def _assert_today_as_reference(store: Store, limit: int) -> None:
    fast = today.compute(store.db, limit)
    with store.db.lock:
        lists = ReferenceLists(store.db, limit)
        plain = {kind: lists.overdue()[kind] for kind in ("lapse_warning", "payment_overdue")}
        plain["reinstatement"] = lists.reinstatable()
        plain["payment_due"] = lists.payment_due()
        plain["birthday"] = lists.birthdays()
        *plain["expiring"], per_window = lists.expiring()
    assert fast.renewal_counts == per_window
    for kind, (items, count) in plain.items():
        assert (fast.items[kind], fast.counts[kind]) == (items, count), kind
    found, total = opportunities(store.db, store.today(), limit)
    assert fast.counts["opportunity"] == total
    assert [(i.customer_id, i.status, i.day, i.label, i.policy_id, i.reference) for i in fast.items["opportunity"]] == [
        (f.customer_id, f.kind, f.day, f.detail, f.policy_id, f.reference) for f in found
    ]
    assert set(fast.counts) == set(KINDS)


@pytest.fixture
def archive(store: Store, demo_data) -> Store:
    store.load_dataset(copy.deepcopy(demo_data))
    return store


def test_summaries_follow_every_kind_of_write(archive: Store, clock):
    store = archive
    _assert_summaries_true(store)
    unpaid = store.db.read("SELECT id, amount_due FROM payment WHERE status = 'due' ORDER BY due_date, id LIMIT 6")
    for pid, amount in unpaid[:3]:
        store.mark_paid(pid, amount=Decimal(amount) / 100, paid_date=store.today(), method=E.PaymentMethod.TRANSFER)
    in_force = [r[0] for r in store.db.read("SELECT id FROM policy WHERE status = 'in_force' ORDER BY id LIMIT 5")]
    store.mark_lapsed(in_force[0])
    policy = store.policies.get(in_force[1])
    policy.covers = [c for c in policy.covers if c.kind is not E.CoverKind.CRITICAL_ILLNESS]
    policy.covers.append(Cover(E.CoverKind.CRITICAL_ILLNESS, Decimal("300000")))
    policy.grace_days = 30
    store.policies.update(policy)
    policy = store.policies.get(in_force[2])
    policy.covers = []
    store.policies.update(policy)
    [plain] = store.db.read(
        "SELECT id FROM policy p WHERE status = 'in_force' AND business_line <> 'annuity' AND NOT EXISTS"
        " (SELECT 1 FROM policy_cover v WHERE v.policy_id = p.id AND v.kind = 'annuity') ORDER BY id LIMIT 1"
    )
    policy = store.policies.get(plain[0])
    policy.covers.append(Cover(E.CoverKind.ANNUITY, Decimal("50000")))
    store.policies.update(policy)
    [annuity] = store.db.read("SELECT id FROM policy WHERE business_line = 'annuity' ORDER BY id LIMIT 1")
    policy = store.policies.get(annuity[0])
    policy.expiry_date = store.today() + timedelta(days=30)
    store.policies.update(policy)
    _assert_summaries_true(store)
    store.reinstate(in_force[0])
    store.policies.delete(in_force[3])
    clock.advance(days=3)
    customers = [r[0] for r in store.db.read("SELECT id FROM customer WHERE kind = 'individual' ORDER BY id LIMIT 4")]
    person = store.customers.get(customers[0])
    person.annual_income = (person.annual_income or Decimal("0")) + Decimal("50000")
    person.lifecycle = E.Lifecycle.TERMINATED
    store.customers.update(person)
    store.relationships.create(Relationship(customers[1], customers[2], E.RelationKind.SPOUSE))
    _assert_summaries_true(store)
    store.merge_customers(customers[2], customers[3])
    _assert_summaries_true(store)
    store.undo_last_merge()
    _assert_summaries_true(store)


@pytest.mark.parametrize("limit", [3, 200])
def test_today_gives_the_plain_computations_answers_day_after_day(archive: Store, clock, limit):
    store = archive
    seen: set[str] = set()
    for days in (0, 20, 45, 400, 800):
        clock.advance(days=days)
        _assert_today_as_reference(store, limit)
        seen |= {kind for kind, n in today.compute(store.db, limit).counts.items() if n}
    # the comparison is not of empty lists
    assert {
        "lapse_warning",
        "payment_overdue",
        "reinstatement",
        "payment_due",
        "expiring",
        "opportunity",
        "birthday",
    } <= seen
    # reminders that hide items, and a family's news
    report = today.compute(store.db)
    chosen = report.items["payment_overdue"][:3] + report.items["lapse_warning"][:3] + report.items["expiring"][:3]
    for item in chosen + report.items["birthday"][:3]:
        store.resolve_today_items([(item, "已提醒")])
    customers = [r[0] for r in store.db.read("SELECT id FROM customer WHERE kind = 'individual' ORDER BY id LIMIT 3")]
    store.relationships.create(Relationship(customers[0], customers[1], E.RelationKind.CHILD))
    _assert_today_as_reference(store, limit)
    clock.advance(days=9)
    _assert_today_as_reference(store, limit)
