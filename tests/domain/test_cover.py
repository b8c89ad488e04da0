"""Kinds of cover: what a product name says, what a catalogue entry gives, what a cover may hold."""

from __future__ import annotations

from decimal import Decimal

from agentbook.domain.cover import (
    SEED_PRODUCTS,
    covers_for,
    guess_kinds,
    kinds_from_text,
    kinds_text,
    match_product,
    seed_products,
    validate_covers,
    validate_product,
)
from agentbook.domain.enums import BusinessLine, CoverKind
from agentbook.domain.models import Cover


def test_names_say_what_they_cover() -> None:
    assert guess_kinds("少儿重疾险（安康宝贝）") == (CoverKind.CRITICAL_ILLNESS,)
    assert guess_kinds("附加意外医疗") == (CoverKind.MEDICAL, CoverKind.ACCIDENT)
    assert guess_kinds("定期寿险（百万守护）") == (CoverKind.DEATH,)
    assert guess_kinds("交强险") == (CoverKind.MOTOR,)
    # 福寿 in an annuity's name is a wish, not life cover
    assert guess_kinds("养老年金保险（福寿）") == (CoverKind.ANNUITY,)


def test_a_brand_name_falls_back_to_its_business_line() -> None:
    assert guess_kinds("平安福") == ()
    assert guess_kinds("平安福", BusinessLine.LIFE) == (CoverKind.DEATH,)
    assert guess_kinds("e生保", BusinessLine.HEALTH) == (CoverKind.CRITICAL_ILLNESS,)


def test_catalogue_entry_gives_covers_at_the_policy_sum() -> None:
    catalogue = seed_products()
    medical = match_product(catalogue, "任意保险公司", "百万医疗险")
    assert medical is not None and medical.insurer == ""  # the generic entry serves any insurer
    covers = covers_for(medical, Decimal(2_000_000))
    assert covers == [Cover(CoverKind.MEDICAL, Decimal(2_000_000), deductible=Decimal(10_000), waiting_days=30)]
    pinganfu = match_product(catalogue, "平安人寿", "平安福")
    assert pinganfu is not None
    kinds = [c.kind for c in covers_for(pinganfu, Decimal(500_000))]
    assert kinds == [CoverKind.DEATH, CoverKind.CRITICAL_ILLNESS]
    assert match_product(catalogue, "中国人寿", "平安福") is None  # another insurer's brand


def test_every_seed_product_is_valid_and_kinds_round_trip() -> None:
    for product in seed_products():
        assert validate_product(product) == [], product.name
        assert kinds_from_text(kinds_text(product.kinds)) == product.kinds
    assert len({(s.insurer, s.name) for s in SEED_PRODUCTS}) == len(SEED_PRODUCTS)


def test_cover_rules() -> None:
    ok = [
        Cover(CoverKind.MEDICAL, Decimal(1_000_000), deductible=Decimal(10_000)),
        Cover(CoverKind.MEDICAL, Decimal(20_000), rider="附加意外医疗"),
    ]
    assert validate_covers(ok) == []
    twice = [Cover(CoverKind.DEATH, Decimal(1)), Cover(CoverKind.DEATH, Decimal(2))]
    assert [e.message for e in validate_covers(twice)] == ["同一主险或附加险的保障类型重复"]
    deductible_on_life = [Cover(CoverKind.DEATH, Decimal(1), deductible=Decimal(100))]
    assert [e.message for e in validate_covers(deductible_on_life)] == ["只有医疗保障可以填写免赔额"]
    assert validate_covers([Cover(CoverKind.ACCIDENT, Decimal(-1))])
    assert validate_covers([Cover(CoverKind.CRITICAL_ILLNESS, Decimal(1), waiting_days=731)])
    assert CoverKind.MEDICAL.indemnity and not CoverKind.CRITICAL_ILLNESS.indemnity
