"""保单检视: a household's cover by member and kind, its gaps, duplicates, premium burden and
lapse risk — pure computation over records the store gathered.

The rules are the rough rules of thumb agents start from (life cover five times the income of
an earner others depend on, 重疾 three times an adult's income, 医疗 for everyone …); the
multiples live in the settings so an agent can set their own. A policy whose covers were never
entered is placed by its catalogue entry or its name and marked as a guess, so an old archive
gets a review before anyone classifies its policies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from agentbook.domain.cover import Product, covers_for, guess_kinds, match_product
from agentbook.domain.enums import CoverKind, PaymentMode, PaymentStatus, PolicyStatus, RelationKind
from agentbook.domain.grace import instalment_state
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.models import Cover, Payment, Policy
from agentbook.domain.schedules import add_months
from agentbook.domain.segmentation import whole_years

LIVE = (PolicyStatus.IN_FORCE, PolicyStatus.PENDING)


@dataclass(frozen=True, slots=True)
class ReviewRules:
    life_multiple: int = 5  # × annual income, for an earner with dependants
    ci_multiple: int = 3  # × annual income, per adult
    accident_multiple: int = 1  # × annual income, per earner
    child_ci_minimum: Decimal = Decimal(300_000)
    premium_burden_pct: int = 20  # warn when the yearly premiums exceed this share of income
    grace_days: int = 60
    adult_age: int = 18


@dataclass(frozen=True, slots=True)
class Member:
    """A person of the household; ``relation`` is what they are to the customer reviewed."""

    customer_id: int
    name: str
    relation: RelationKind
    birth_date: date | None = None
    annual_income: Decimal | None = None
    id_number: str = ""

    def age(self, today: date) -> int | None:
        return whole_years(self.birth_date, today) if self.birth_date else None

    def is_child(self, today: date, rules: ReviewRules) -> bool:
        age = self.age(today)
        return age is not None and age < rules.adult_age

    @property
    def income(self) -> Decimal:
        return self.annual_income or Decimal(0)


@dataclass(frozen=True, slots=True)
class CoverLine:
    """One cover of one policy on one member, as the matrix and the report list it."""

    policy_id: int
    policy_no: str
    product: str
    rider: str
    kind: CoverKind
    sum_insured: Decimal
    deductible: Decimal | None
    until: date | None  # None: for life
    payer_id: int
    annual_premium: Decimal  # the policy's, on its main line only (a policy's premium counted once)
    inferred: bool  # placed by catalogue or name, not entered by the agent
    waiting_until: date | None  # still in its waiting period until this day


@dataclass(frozen=True, slots=True)
class Gap:
    member_id: int
    kind: CoverKind
    rule: str  # a key of GAP_TEXTS
    required: Decimal | None  # None: any cover of the kind
    covered: Decimal

    @property
    def shortfall(self) -> Decimal:
        return max(Decimal(0), (self.required or Decimal(0)) - self.covered)


@dataclass(frozen=True, slots=True)
class Duplicate:
    member_id: int
    kind: CoverKind
    lines: tuple[CoverLine, ...]


@dataclass(frozen=True, slots=True)
class LapseRisk:
    policy_id: int
    policy_no: str
    product: str
    insured_id: int
    due_date: date
    amount: Decimal
    days_overdue: int
    grace_ends: date
    state: str  # in_grace | grace_ending | lapsed (see LAPSE_TEXTS)


@dataclass(slots=True)
class MemberReview:
    member: Member
    lines: list[CoverLine] = field(default_factory=list)
    annual_premium: Decimal = Decimal(0)

    def total(self, kind: CoverKind) -> Decimal:
        """Fixed sums add up; an indemnity (医疗, 财产, 车险) pays the loss once, so its cover is
        the highest limit, not the sum of limits."""
        sums = [line.sum_insured for line in self.lines if line.kind is kind]
        if kind.indemnity:
            return max(sums, default=Decimal(0))
        return sum(sums, Decimal(0))

    def lines_of(self, kind: CoverKind) -> list[CoverLine]:
        return [line for line in self.lines if line.kind is kind]

    def until(self, kind: CoverKind) -> date | str | None:
        """When the last cover of *kind* ends: a date, None for life, "" when there is none."""
        lines = self.lines_of(kind)
        if not lines:
            return ""
        if any(line.until is None for line in lines):
            return None
        return max(line.until for line in lines if line.until is not None)


@dataclass(slots=True)
class FamilyReview:
    anchor_id: int
    today: date
    rules: ReviewRules
    members: list[MemberReview]
    gaps: list[Gap]
    duplicates: list[Duplicate]
    lapse_risks: list[LapseRisk]
    household_income: Decimal
    annual_premium: Decimal
    payers: dict[int, str]  # payer id → name (payers may live outside the household)

    @property
    def burden_pct(self) -> Decimal | None:
        """Yearly premiums as a percentage of household income; None when no income is recorded."""
        if self.household_income <= 0:
            return None
        return (self.annual_premium * 100 / self.household_income).quantize(Decimal("0.1"), ROUND_HALF_UP)

    @property
    def burden_too_high(self) -> bool:
        pct = self.burden_pct
        return pct is not None and pct > self.rules.premium_burden_pct

    @property
    def inferred(self) -> int:
        """Policies placed by a guess: the agent should classify them."""
        return len({line.policy_id for m in self.members for line in m.lines if line.inferred})

    def member(self, customer_id: int) -> MemberReview:
        return next(m for m in self.members if m.member.customer_id == customer_id)


GAP_TEXTS = {
    "life_earner": QT_TRANSLATE_NOOP("review", "有家人依靠其收入：寿险保额宜达年收入的 {multiple} 倍"),
    "ci_adult": QT_TRANSLATE_NOOP("review", "重疾保额宜达年收入的 {multiple} 倍"),
    "ci_any": QT_TRANSLATE_NOOP("review", "成人没有重疾保障（未登记收入，无法按收入测算保额）"),
    "ci_child": QT_TRANSLATE_NOOP("review", "子女重疾保额宜不低于 {minimum}"),
    "medical": QT_TRANSLATE_NOOP("review", "没有医疗保障"),
    "accident_earner": QT_TRANSLATE_NOOP("review", "意外保额宜达年收入的 {multiple} 倍"),
}
LAPSE_TEXTS = {
    "in_grace": QT_TRANSLATE_NOOP("review", "宽限期内"),
    "grace_ending": QT_TRANSLATE_NOOP("review", "宽限期即将结束"),
    "lapsed": QT_TRANSLATE_NOOP("review", "已过宽限期，保单可能失效"),
}


def annual_premium(policy: Policy, today: date) -> Decimal:
    """What the policy costs a year from now on: instalments while the payment term runs; a
    one-year single premium counts as yearly (renewed each year), a long single premium as paid."""
    if policy.payment_mode is PaymentMode.SINGLE:
        start, end = policy.effective_date, policy.expiry_date
        yearly = start is not None and end is not None and (end - start).days <= 366
        return policy.premium if yearly else Decimal(0)
    if policy.effective_date is not None and add_months(policy.effective_date, 12 * policy.payment_years) <= today:
        return Decimal(0)
    return policy.premium * policy.payment_mode.periods_per_year


def policy_covers(policy: Policy, catalogue: list[Product]) -> tuple[list[Cover], bool]:
    """The policy's covers, and whether they were guessed (nothing entered for it)."""
    if policy.covers:
        return policy.covers, False
    product = match_product(catalogue, policy.insurer, policy.product)
    if product is not None:
        return covers_for(product, policy.sum_insured), True
    return [Cover(kind, policy.sum_insured) for kind in guess_kinds(policy.product, policy.business_line)], True


def is_live(policy: Policy, today: date) -> bool:
    return policy.status in LIVE and (policy.expiry_date is None or policy.expiry_date >= today)


def review(
    anchor_id: int,
    members: list[Member],
    policies: list[Policy],
    unpaid: list[Payment],
    catalogue: list[Product],
    today: date,
    rules: ReviewRules,
    payer_names: dict[int, str] | None = None,
) -> FamilyReview:
    """The review of *members* (the anchor among them) over the household's *policies*."""
    by_member = {m.customer_id: MemberReview(m) for m in members}
    household_premium = Decimal(0)
    counted: set[int] = set()
    for policy in policies:
        if policy.id is None or not is_live(policy, today):
            continue
        yearly = annual_premium(policy, today)
        if policy.id not in counted and (policy.insured_id in by_member or policy.policyholder_id in by_member):
            counted.add(policy.id)
            household_premium += yearly
        insured = by_member.get(policy.insured_id)
        if insured is None:
            continue
        insured.annual_premium += yearly
        covers, inferred = policy_covers(policy, catalogue)
        first = True
        for cover in covers:
            until = cover.until or policy.expiry_date
            if until is not None and until < today:
                continue
            waiting = None
            if cover.waiting_days and policy.effective_date:
                end = policy.effective_date + timedelta(days=cover.waiting_days)
                waiting = end if end > today else None
            insured.lines.append(
                CoverLine(
                    policy.id,
                    policy.policy_no,
                    policy.product,
                    cover.rider,
                    cover.kind,
                    cover.sum_insured,
                    cover.deductible,
                    until,
                    policy.policyholder_id,
                    yearly if first else Decimal(0),
                    inferred,
                    waiting,
                )
            )
            first = False
    reviews = list(by_member.values())
    income = sum((m.income for m in members), Decimal(0))
    return FamilyReview(
        anchor_id=anchor_id,
        today=today,
        rules=rules,
        members=reviews,
        gaps=gaps_of(reviews, today, rules),
        duplicates=duplicates_of(reviews),
        lapse_risks=lapse_risks(policies, unpaid, set(by_member), today, rules),
        household_income=income,
        annual_premium=household_premium,
        payers=dict(payer_names or {}),
    )


def gaps_of(reviews: list[MemberReview], today: date, rules: ReviewRules) -> list[Gap]:
    """Each member against the rules; dependants are minors and adults without an income."""
    dependants = any(r.member.is_child(today, rules) or r.member.income <= 0 for r in reviews)
    gaps: list[Gap] = []
    for r in reviews:
        m = r.member
        cid = m.customer_id

        def need(kind: CoverKind, rule: str, required: Decimal | None, _r: MemberReview = r, _cid: int = cid) -> None:
            covered = _r.total(kind)
            short = covered <= 0 if required is None else covered < required
            if short:
                gaps.append(Gap(_cid, kind, rule, required, covered))

        if m.is_child(today, rules):
            need(CoverKind.CRITICAL_ILLNESS, "ci_child", rules.child_ci_minimum)
            need(CoverKind.MEDICAL, "medical", None)
            continue
        earner = m.income > 0  # an earner is never a dependant: any dependant is someone else
        if earner and dependants and rules.life_multiple:
            need(CoverKind.DEATH, "life_earner", m.income * rules.life_multiple)
        if earner and rules.ci_multiple:
            need(CoverKind.CRITICAL_ILLNESS, "ci_adult", m.income * rules.ci_multiple)
        elif not earner:
            need(CoverKind.CRITICAL_ILLNESS, "ci_any", None)
        need(CoverKind.MEDICAL, "medical", None)
        if earner and rules.accident_multiple:
            need(CoverKind.ACCIDENT, "accident_earner", m.income * rules.accident_multiple)
    return gaps


def duplicates_of(reviews: list[MemberReview]) -> list[Duplicate]:
    """Indemnity cover bought twice for one person by main contracts: the second pays nothing
    more. Riders are left out (an accident-medical rider tops up below a 百万医疗 deductible), and
    motor cover only counts the same product twice (交强险 and 商业险 complement each other)."""
    found: list[Duplicate] = []
    for r in reviews:
        groups: dict[tuple[CoverKind, str], list[CoverLine]] = {}
        for line in r.lines:
            if line.kind.indemnity and not line.rider:
                key = (line.kind, line.product if line.kind is CoverKind.MOTOR else "")
                groups.setdefault(key, []).append(line)
        for (kind, _product), lines in groups.items():
            if len({line.policy_id for line in lines}) > 1:
                found.append(Duplicate(r.member.customer_id, kind, tuple(lines)))
    return found


def lapse_risks(
    policies: list[Policy], unpaid: list[Payment], members: set[int], today: date, rules: ReviewRules
) -> list[LapseRisk]:
    """Live policies of the household with an instalment past due, by the oldest one."""
    oldest: dict[int, Payment] = {}
    for payment in unpaid:
        if payment.status_on(today) is PaymentStatus.OVERDUE:
            seen = oldest.get(payment.policy_id)
            if seen is None or payment.due_date < seen.due_date:
                oldest[payment.policy_id] = payment
    risks: list[LapseRisk] = []
    for policy in policies:
        overdue = oldest.get(policy.id) if policy.id is not None else None
        if policy.id is None or overdue is None or policy.status not in LIVE or policy.insured_id not in members:
            continue
        grace = policy.grace_days if policy.grace_days is not None else rules.grace_days  # the contract's own
        grace_ends = overdue.due_date + timedelta(days=grace)
        state = instalment_state(overdue.due_date, today, grace).value  # in_grace | grace_ending | lapsed
        risks.append(
            LapseRisk(
                policy.id,
                policy.policy_no,
                policy.product,
                policy.insured_id,
                overdue.due_date,
                overdue.amount_due,
                (today - overdue.due_date).days,
                grace_ends,
                state,
            )
        )
    return sorted(risks, key=lambda r: r.grace_ends)


def gap_text(gap: Gap, rules: ReviewRules, translate: Callable[[str], str] | None = None) -> str:
    """The rule a gap breaks, in the words of GAP_TEXTS (translated by *translate* when given)."""
    template = GAP_TEXTS[gap.rule]
    if translate is not None:
        template = translate(template)
    multiple = {
        "life_earner": rules.life_multiple,
        "ci_adult": rules.ci_multiple,
        "accident_earner": rules.accident_multiple,
    }.get(gap.rule, 0)
    minimum = short_money(gap.required)
    return template.format(multiple=multiple, minimum=minimum)


def short_money(amount: Decimal | None) -> str:
    """A sum insured as agents say it: 50万, 3.5万, 8,000."""
    if amount is None:
        return ""
    if amount >= 10_000:
        wan = (amount / 10_000).quantize(Decimal("0.01"), ROUND_HALF_UP).normalize()
        return f"{wan:f}万"
    return f"{amount.quantize(Decimal(1), ROUND_HALF_UP):,}"
