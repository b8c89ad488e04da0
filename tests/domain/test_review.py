"""保单检视 worked through a family with known gaps: every rule, the duplicate, the burden and
the grace period, by hand-checked numbers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from agentbook.domain.cover import seed_products
from agentbook.domain.enums import BusinessLine, CoverKind, PaymentMode, PaymentStatus, PolicyStatus, RelationKind
from agentbook.domain.models import Cover, Payment, Policy
from agentbook.domain.review import Member, ReviewRules, annual_premium, gap_text, review, short_money

TODAY = date(2026, 11, 23)
K = CoverKind
DAD, MUM, KID, GRANDMA = 1, 2, 3, 4


def _policy(
    pid: int,
    insured: int,
    covers: list[Cover],
    *,
    premium: int,
    product: str = "产品",
    mode: PaymentMode = PaymentMode.ANNUAL,
    years: int = 20,
    holder: int = DAD,
    effective: date = date(2024, 1, 1),
    expiry: date | None = None,
    line: BusinessLine = BusinessLine.LIFE,
) -> Policy:
    return Policy(
        f"P{pid:06d}",
        "某保险",
        product,
        line,
        holder,
        insured,
        Decimal(premium),
        covers[0].sum_insured if covers else Decimal(0),
        payment_mode=mode,
        payment_years=years,
        effective_date=effective,
        expiry_date=expiry,
        covers=covers,
        id=pid,
    )


def _family() -> tuple[list[Member], list[Policy]]:
    members = [
        Member(DAD, "张伟", RelationKind.SELF, date(1985, 5, 1), Decimal(200_000)),
        Member(MUM, "李娜", RelationKind.SPOUSE, date(1987, 2, 1), Decimal(100_000)),
        Member(KID, "张小宝", RelationKind.CHILD, date(2018, 6, 1)),
    ]
    policies = [
        # dad: 100万 life (≥ 5 × 20万: met), 40万 重疾 (< 60万: short by 20万), 百万医疗, no accident
        _policy(1, DAD, [Cover(K.DEATH, Decimal(1_000_000))], premium=3_000, product="定期寿险"),
        _policy(2, DAD, [Cover(K.CRITICAL_ILLNESS, Decimal(400_000), waiting_days=180)], premium=8_000),
        _policy(
            3,
            DAD,
            [Cover(K.MEDICAL, Decimal(2_000_000), deductible=Decimal(10_000))],
            premium=600,
            mode=PaymentMode.SINGLE,
            years=1,
            effective=date(2026, 3, 1),
            expiry=date(2027, 3, 1),
            product="百万医疗险",
        ),
        # mum: two medical contracts (a duplicate), 30万 重疾 (met), accident 10万 (met), no life cover
        _policy(
            4,
            MUM,
            [Cover(K.MEDICAL, Decimal(1_000_000))],
            premium=500,
            mode=PaymentMode.SINGLE,
            years=1,
            effective=date(2026, 1, 1),
            expiry=date(2027, 1, 1),
            holder=MUM,
            product="百万医疗险",
        ),
        _policy(
            5,
            MUM,
            [Cover(K.MEDICAL, Decimal(3_000_000)), Cover(K.ACCIDENT, Decimal(100_000))],
            premium=900,
            mode=PaymentMode.SINGLE,
            years=1,
            effective=date(2026, 2, 1),
            expiry=date(2027, 2, 1),
            holder=MUM,
            product="综合医疗",
        ),
        _policy(6, MUM, [Cover(K.CRITICAL_ILLNESS, Decimal(300_000))], premium=5_000, holder=MUM),
        # kid: 20万 重疾 (< 30万) and nothing else that counts…
        _policy(7, KID, [Cover(K.CRITICAL_ILLNESS, Decimal(200_000))], premium=1_200, mode=PaymentMode.MONTHLY),
        # …but a lapsed policy counts for nothing
        _policy(
            8,
            KID,
            [Cover(K.MEDICAL, Decimal(1_000_000))],
            premium=300,
            mode=PaymentMode.SINGLE,
            years=1,
            effective=date(2026, 5, 1),
            expiry=date(2027, 5, 1),
        ),
    ]
    policies[-1].status = PolicyStatus.LAPSED
    return members, policies


def test_a_family_with_known_gaps() -> None:
    members, policies = _family()
    result = review(DAD, members, policies, [], [], TODAY, ReviewRules())
    gaps = {(g.member_id, g.kind, g.rule): (g.required, g.covered, g.shortfall) for g in result.gaps}
    assert gaps == {
        (DAD, K.CRITICAL_ILLNESS, "ci_adult"): (Decimal(600_000), Decimal(400_000), Decimal(200_000)),
        (DAD, K.ACCIDENT, "accident_earner"): (Decimal(200_000), Decimal(0), Decimal(200_000)),
        (MUM, K.DEATH, "life_earner"): (Decimal(500_000), Decimal(0), Decimal(500_000)),
        (KID, K.CRITICAL_ILLNESS, "ci_child"): (Decimal(300_000), Decimal(200_000), Decimal(100_000)),
        (KID, K.MEDICAL, "medical"): (None, Decimal(0), Decimal(0)),
    }
    # the matrix: sums by member and kind, until when, who pays
    dad = result.member(DAD)
    assert dad.total(K.DEATH) == Decimal(1_000_000) and dad.until(K.MEDICAL) == date(2027, 3, 1)
    assert dad.until(K.DEATH) is None and dad.until(K.ACCIDENT) == ""
    assert {line.payer_id for line in result.member(MUM).lines} == {MUM}
    assert result.member(KID).total(K.MEDICAL) == 0
    # 重疾 bought 2024-01-01 with 180 days' waiting is past its waiting period
    assert all(line.waiting_until is None for line in dad.lines)


def test_duplicate_medical_cover_and_texts() -> None:
    members, policies = _family()
    result = review(DAD, members, policies, [], [], TODAY, ReviewRules())
    assert [(d.member_id, d.kind, [line.policy_id for line in d.lines]) for d in result.duplicates] == [
        (MUM, K.MEDICAL, [4, 5])
    ]
    # medical pays the bills once: the highest limit is the cover, not 100万 + 300万
    assert result.member(MUM).total(K.MEDICAL) == Decimal(3_000_000)
    texts = {gap_text(g, result.rules) for g in result.gaps}
    assert "重疾保额宜达年收入的 3 倍" in texts and "子女重疾保额宜不低于 30万" in texts
    assert short_money(Decimal(3_500_000)) == "350万" and short_money(Decimal(45_000)) == "4.5万"


def test_premium_burden_against_household_income() -> None:
    members, policies = _family()
    # yearly: 3,000 + 8,000 + 600 + 500 + 900 + 5,000 + 1,200 × 12 = 32,400 (the lapsed one not counted)
    result = review(DAD, members, policies, [], [], TODAY, ReviewRules(premium_burden_pct=10))
    assert result.annual_premium == Decimal(32_400)
    assert result.household_income == Decimal(300_000)
    assert result.burden_pct == Decimal("10.8") and result.burden_too_high
    assert not review(DAD, members, policies, [], [], TODAY, ReviewRules()).burden_too_high
    assert review(DAD, members[2:], policies, [], [], TODAY, ReviewRules()).burden_pct is None  # no income


def test_annual_premium_rules() -> None:
    paid_up = _policy(1, DAD, [Cover(K.DEATH, Decimal(1))], premium=1_000, years=2, effective=date(2020, 1, 1))
    assert annual_premium(paid_up, TODAY) == 0  # 2 years' payments ended in 2022
    single_long = _policy(2, DAD, [Cover(K.ANNUITY, Decimal(1))], premium=100_000, mode=PaymentMode.SINGLE)
    assert annual_premium(single_long, TODAY) == 0  # 趸交: paid once
    quarterly = _policy(3, DAD, [Cover(K.DEATH, Decimal(1))], premium=1_000, mode=PaymentMode.QUARTERLY)
    assert annual_premium(quarterly, TODAY) == Decimal(4_000)


def test_dependants_decide_the_life_rule() -> None:
    couple = [
        Member(DAD, "张伟", RelationKind.SELF, date(1985, 5, 1), Decimal(200_000)),
        Member(MUM, "李娜", RelationKind.SPOUSE, date(1987, 2, 1), Decimal(100_000)),
    ]
    result = review(DAD, couple, [], [], [], TODAY, ReviewRules())
    assert not [g for g in result.gaps if g.kind is K.DEATH]  # two earners, nobody depends on them
    with_grandma = [*couple, Member(GRANDMA, "王秀英", RelationKind.PARENT, date(1950, 1, 1))]
    result = review(DAD, with_grandma, [], [], [], TODAY, ReviewRules())
    assert {g.member_id for g in result.gaps if g.kind is K.DEATH} == {DAD, MUM}
    assert {(g.member_id, g.rule) for g in result.gaps if g.kind is K.CRITICAL_ILLNESS} >= {(GRANDMA, "ci_any")}
    assert not [
        g
        for g in review(DAD, couple, [], [], [], TODAY, ReviewRules(ci_multiple=0)).gaps
        if g.kind is K.CRITICAL_ILLNESS
    ]


def test_unclassified_policy_is_placed_by_catalogue_or_name() -> None:
    members = [Member(DAD, "张伟", RelationKind.SELF, date(1985, 5, 1))]
    listed = _policy(1, DAD, [], premium=500, product="百万医疗险", line=BusinessLine.HEALTH)
    listed.sum_insured = Decimal(2_000_000)
    named = _policy(2, DAD, [], premium=500, product="安心意外险", line=BusinessLine.ACCIDENT)
    named.sum_insured = Decimal(500_000)
    result = review(DAD, members, [listed, named], [], seed_products(), TODAY, ReviewRules())
    lines = {(line.policy_id, line.kind, line.deductible, line.inferred) for line in result.member(DAD).lines}
    assert lines == {(1, K.MEDICAL, Decimal(10_000), True), (2, K.ACCIDENT, None, True)}
    assert result.inferred == 2


def _overdue(due: date) -> Payment:
    return Payment(7, 3, due, Decimal(100), status=PaymentStatus.DUE)


def test_lapse_risk_walks_through_the_grace_period() -> None:
    members, policies = _family()
    due = date(2026, 9, 1)  # grace of 60 days ends 2026-10-31
    states = []
    for today in (date(2026, 9, 1), date(2026, 9, 2), date(2026, 10, 16), date(2026, 10, 31), date(2026, 11, 1)):
        risks = review(DAD, members, policies, [_overdue(due)], [], today, ReviewRules()).lapse_risks
        states.append((risks[0].state, risks[0].days_overdue) if risks else None)
    assert states == [None, ("in_grace", 1), ("grace_ending", 45), ("grace_ending", 60), ("lapsed", 61)]
    risk = review(DAD, members, policies, [_overdue(due)], [], TODAY, ReviewRules(grace_days=90)).lapse_risks[0]
    assert (risk.grace_ends, risk.state) == (date(2026, 11, 30), "grace_ending")
    paid = _overdue(due)
    paid.status = PaymentStatus.PAID
    assert review(DAD, members, policies, [paid], [], TODAY, ReviewRules()).lapse_risks == []
