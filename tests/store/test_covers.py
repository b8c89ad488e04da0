"""Kinds of cover stored with their policy, the product catalogue, and the demo's covers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agentbook.domain.cover import SEED_PRODUCTS, Product
from agentbook.domain.enums import BusinessLine, CoverKind
from agentbook.domain.models import Cover
from agentbook.domain.validation import ValidationError

pytestmark = pytest.mark.both_engines


def test_covers_are_saved_audited_and_replaced_with_their_policy(store, household) -> None:
    _zhang, _yu, policy = household
    policy.covers = [
        Cover(CoverKind.DEATH, Decimal(500_000)),
        Cover(CoverKind.CRITICAL_ILLNESS, Decimal(300_000), waiting_days=180),
        Cover(
            CoverKind.MEDICAL, Decimal(20_000), rider="附加意外医疗", deductible=Decimal(100), until=date(2027, 1, 30)
        ),
    ]
    store.policies.update(policy)
    again = store.policies.get(policy.id)
    assert [(c.rider, c.kind, c.sum_insured) for c in again.covers] == [
        ("", CoverKind.DEATH, Decimal(500_000)),
        ("", CoverKind.CRITICAL_ILLNESS, Decimal(300_000)),
        ("附加意外医疗", CoverKind.MEDICAL, Decimal(20_000)),
    ]
    assert again.covers[2].deductible == Decimal(100) and again.covers[2].until == date(2027, 1, 30)
    assert again.covers[1].waiting_days == 180
    entry = store.audit_entries(limit=1)[0]
    assert entry.action == "update" and "covers" in entry.summary

    again.covers = again.covers[:1]
    store.policies.update(again)
    assert [c.kind for c in store.policies.get(policy.id).covers] == [CoverKind.DEATH]


def test_invalid_covers_are_refused_and_nothing_changes(store, household) -> None:
    _zhang, _yu, policy = household
    policy.covers = [Cover(CoverKind.DEATH, Decimal(1), deductible=Decimal(5))]
    with pytest.raises(ValidationError):
        store.policies.update(policy)
    assert store.policies.get(policy.id).covers == []


def test_catalogue_is_seeded_and_editable(store) -> None:
    catalogue = store.products.catalogue()
    assert len(catalogue) == len(SEED_PRODUCTS)
    assert catalogue[0].insurer != "" and catalogue[-1].insurer == ""  # insurers' own products first
    mine = store.products.create(
        Product(
            "安心宝",
            BusinessLine.HEALTH,
            (CoverKind.MEDICAL,),
            insurer="众安保险",
            usual_years=1,
            deductible=Decimal(10_000),
        )
    )
    mine.kinds = (CoverKind.MEDICAL, CoverKind.CRITICAL_ILLNESS)
    store.products.update(mine)
    assert store.products.get(mine.id).kinds == (CoverKind.MEDICAL, CoverKind.CRITICAL_ILLNESS)
    with pytest.raises(ValidationError):
        store.products.create(Product("空", BusinessLine.LIFE, ()))
    assert [e.action for e in store.audit_entries(limit=2)] == ["update", "create"]


def test_demo_policies_carry_their_products_cover(demo_store) -> None:
    policies = demo_store.policies.find("product = '百万医疗险'")
    assert policies
    for p in policies:
        medical = [c for c in p.covers if not c.rider]
        assert [c.kind for c in medical] == [CoverKind.MEDICAL]
        assert medical[0].deductible == Decimal(10_000) and medical[0].sum_insured == p.sum_insured
    riders = demo_store.policies.find("riders = '附加意外医疗'")
    assert riders and all(any(c.rider == "附加意外医疗" for c in p.covers) for p in riders)
    unclassified = demo_store.policies.find("id NOT IN (SELECT policy_id FROM policy_cover)")
    assert unclassified == []
