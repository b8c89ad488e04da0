"""The family review read from a real archive: the household from relationships, policies with
covers, overdue instalments, and rules from the settings."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from agentbook.domain import enums as E
from agentbook.domain.models import Cover, Customer, Payment, Policy, Relationship
from tests.store_builders import person

pytestmark = pytest.mark.both_engines

K = E.CoverKind


def _family(store):
    dad = store.customers.create(person("张伟", born=date(1985, 5, 1), annual_income=Decimal(200_000)))
    mum = store.customers.create(person("李娜", born=date(1987, 2, 1), male=False, annual_income=Decimal(100_000)))
    kid = store.customers.create(person("张小宝", born=date(2018, 6, 1)))
    grandma = store.customers.create(person("王秀英", born=date(1950, 1, 1), male=False))
    friend = store.customers.create(person("赵六"))
    for rel in (
        Relationship(mum.id, dad.id, E.RelationKind.SPOUSE),
        Relationship(kid.id, mum.id, E.RelationKind.CHILD),  # only the mother's row: found through her
        Relationship(grandma.id, mum.id, E.RelationKind.PARENT),
        Relationship(friend.id, dad.id, E.RelationKind.OTHER),
    ):
        store.relationships.create(rel)
    return dad, mum, kid, grandma, friend


def _policy(store, no: str, holder, insured, covers, premium: int = 1000, **kw) -> Policy:
    return store.policies.create(
        Policy(
            no,
            "平安人寿",
            kw.pop("product", "平安福"),
            E.BusinessLine.LIFE,
            holder.id,
            insured.id,
            Decimal(premium),
            covers[0].sum_insured if covers else Decimal(100_000),
            effective_date=kw.pop("effective", date(2024, 1, 1)),
            payment_years=20,
            covers=covers,
            **kw,
        )
    )


def test_household_from_relationships(store) -> None:
    from agentbook.store.queries.review import household

    dad, mum, kid, grandma, friend = _family(store)
    found = household(store.db, dad.id)
    assert found == {
        dad.id: E.RelationKind.SELF,
        mum.id: E.RelationKind.SPOUSE,
        kid.id: E.RelationKind.CHILD,  # the spouse's child
    }
    assert set(household(store.db, mum.id)) == {mum.id, dad.id, kid.id, grandma.id}
    # a family record (家庭) gathers its members, and is not a member itself
    home = store.customers.create(
        Customer(name="张伟家庭", kind=E.CustomerKind.FAMILY, lifecycle=E.Lifecycle.ACTIVE, phone="0571-88886666")
    )
    store.relationships.create(Relationship(grandma.id, home.id, E.RelationKind.MEMBER))
    store.relationships.create(Relationship(dad.id, home.id, E.RelationKind.MEMBER))
    assert set(household(store.db, dad.id)) == {dad.id, mum.id, kid.id, grandma.id}
    assert set(household(store.db, home.id)) == {dad.id, grandma.id}
    assert friend.id not in household(store.db, dad.id)


def test_review_of_a_stored_family(store, clock) -> None:
    dad, mum, kid, _grandma, _friend = _family(store)
    _policy(store, "P0001", dad, dad, [Cover(K.DEATH, Decimal(1_000_000)), Cover(K.CRITICAL_ILLNESS, Decimal(400_000))])
    _policy(store, "P0002", dad, kid, [Cover(K.CRITICAL_ILLNESS, Decimal(200_000))], premium=2_000)
    medical = [Cover(K.MEDICAL, Decimal(1_000_000), deductible=Decimal(10_000))]
    _policy(store, "P0003", mum, mum, medical, premium=500, product="百万医疗险")
    _policy(store, "P0004", mum, mum, medical, premium=600, product="好医保")
    late = _policy(store, "P0005", mum, mum, [Cover(K.CRITICAL_ILLNESS, Decimal(300_000))], premium=5_000)
    store.payments.create(Payment(late.id, 3, store.today() - timedelta(days=50), Decimal(5_000)))
    _policy(store, "P0006", friend := _friend_of(store), friend, [Cover(K.DEATH, Decimal(1))])  # not family

    result = store.family_review(dad.id)
    assert [m.member.name for m in result.members] == ["张伟", "李娜", "张小宝"]
    assert result.member(dad.id).total(K.CRITICAL_ILLNESS) == Decimal(400_000)
    assert result.member(kid.id).lines[0].payer_id == dad.id and result.payers[dad.id] == "张伟"
    gaps = {(g.member_id, g.kind) for g in result.gaps}
    assert (dad.id, K.MEDICAL) in gaps and (kid.id, K.CRITICAL_ILLNESS) in gaps and (kid.id, K.MEDICAL) in gaps
    assert (mum.id, K.DEATH) in gaps  # a child depends on her income too
    assert [(d.member_id, d.kind) for d in result.duplicates] == [(mum.id, K.MEDICAL)]
    assert [(r.policy_no, r.state, r.days_overdue) for r in result.lapse_risks] == [("P0005", "grace_ending", 50)]
    assert result.annual_premium == Decimal(1000 + 2000 + 500 + 600 + 5000)

    # the agent's rules: 重疾 at 2× income is met by 40万; a 45-day grace makes the premium late
    store.update_settings({"review_ci_multiple": 2, "grace_days": 45})
    again = store.family_review(dad.id)
    assert (dad.id, K.CRITICAL_ILLNESS) not in {(g.member_id, g.kind) for g in again.gaps}
    assert again.lapse_risks[0].state == "lapsed"
    clock.advance(days=1)
    assert store.family_review(dad.id).lapse_risks[0].days_overdue == 51


def _friend_of(store) -> Customer:
    return store.customers.find("name = '赵六'")[0]


def test_demo_family_review(demo_store) -> None:
    """Every demo household reviews without error, and some have gaps, duplicates or lapse risk."""
    anchors = [r[0] for r in demo_store.db.read("SELECT related_id FROM relationship WHERE relation = 'spouse'")]
    assert anchors
    found = {"gaps": 0, "members": 0, "lines": 0}
    for anchor in anchors:
        result = demo_store.family_review(anchor)
        found["members"] += len(result.members)
        found["gaps"] += len(result.gaps)
        found["lines"] += sum(len(m.lines) for m in result.members)
        assert result.inferred == 0  # the demo's policies are all classified
    assert found["members"] >= 2 * len(anchors) and found["gaps"] and found["lines"]
