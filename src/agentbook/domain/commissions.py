"""Commissions (佣金): what a policy should earn the agent, and whether the insurer paid it.

A policy's rules give, for ranges of policy years (year 1 is the first year, later years are
renewals), either a rate of each premium instalment paid or a fixed amount per instalment.
Commission falls due when the customer's premium is paid, so each paid instalment expects one
commission; the reconciliation lists what was expected and not (fully) received. Everything
is exact Decimal yuan, rounded to the fen once per instalment.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from agentbook.domain.enums import PaymentMode
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.money import CENT
from agentbook.domain.validation import FieldError, check_money


@dataclass(slots=True)
class CommissionRule:
    """``rate`` is a percentage of the premium paid (e.g. 25 for 25%); ``amount`` a sum per
    instalment. Exactly one of them is set. ``year_to`` None means "and every later year"."""

    policy_id: int
    year_from: int = 1
    year_to: int | None = 1
    rate: Decimal | None = None
    amount: Decimal | None = None
    remarks: str = ""
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def covers(self, year: int) -> bool:
        return self.year_from <= year and (self.year_to is None or year <= self.year_to)

    def expected(self, premium: Decimal) -> Decimal:
        if self.amount is not None:
            return self.amount
        assert self.rate is not None
        return (premium * self.rate / 100).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(slots=True)
class CommissionReceipt:
    """Commission the insurer paid for one instalment (``period``) of a policy."""

    policy_id: int
    period: int
    received_on: date
    amount: Decimal
    statement_no: str = ""  # the insurer's commission statement (佣金结算单) number
    remarks: str = ""
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


def policy_year(period: int, mode: PaymentMode) -> int:
    """The policy year an instalment belongs to: monthly instalment 13 is in year 2."""
    per_year = mode.periods_per_year or 1
    return (period - 1) // per_year + 1


def rule_for(rules: Iterable[CommissionRule], year: int) -> CommissionRule | None:
    return next((r for r in sorted(rules, key=lambda r: r.year_from) if r.covers(year)), None)


@dataclass(frozen=True, slots=True)
class Instalment:
    """A paid premium instalment, as the reconciliation needs it."""

    policy_id: int
    policy_no: str
    insurer: str
    holder: str
    mode: PaymentMode
    period: int
    paid_on: date
    premium: Decimal


@dataclass(frozen=True, slots=True)
class ReconLine:
    instalment: Instalment
    year: int
    expected: Decimal
    received: Decimal

    @property
    def missing(self) -> Decimal:
        return max(self.expected - self.received, Decimal("0.00"))

    @property
    def month(self) -> str:
        return f"{self.instalment.paid_on:%Y-%m}"


@dataclass(frozen=True, slots=True)
class ReconSummary:
    """Totals of one month and insurer."""

    month: str
    insurer: str
    expected: Decimal
    received: Decimal
    missing: Decimal
    lines: int


def reconcile(
    instalments: Sequence[Instalment],
    rules: dict[int, list[CommissionRule]],
    received: dict[tuple[int, int], Decimal],
) -> list[ReconLine]:
    """One line per paid instalment that expects commission (a rule covers its policy year).

    *received* sums receipts by (policy id, period). Instalments of policies without rules
    expect nothing and are left out: the agent has not said what they earn.
    """
    lines = []
    for item in instalments:
        year = policy_year(item.period, item.mode)
        rule = rule_for(rules.get(item.policy_id, ()), year)
        if rule is None:
            continue
        lines.append(
            ReconLine(item, year, rule.expected(item.premium), received.get((item.policy_id, item.period), Decimal(0)))
        )
    return lines


def summarise(lines: Iterable[ReconLine]) -> list[ReconSummary]:
    """Totals per month and insurer, newest month first."""
    totals: dict[tuple[str, str], list[Decimal | int]] = {}
    for line in lines:
        key = (line.month, line.instalment.insurer)
        row = totals.setdefault(key, [Decimal(0), Decimal(0), Decimal(0), 0])
        row[0] += line.expected
        row[1] += line.received
        row[2] += line.missing
        row[3] += 1
    return [
        ReconSummary(month, insurer, *values)  # type: ignore[arg-type]
        for (month, insurer), values in sorted(totals.items(), key=lambda kv: (kv[0][0], kv[0][1]), reverse=True)
    ]


def validate_rule(rule: CommissionRule, others: Iterable[CommissionRule] = ()) -> list[FieldError]:
    """One of rate or amount; sensible years; no two rules of a policy covering the same year."""
    errors: list[FieldError] = []
    if (rule.rate is None) == (rule.amount is None):
        errors.append(FieldError("rate", QT_TRANSLATE_NOOP("validation", "请填写佣金比例或固定金额（二选一）")))
    if rule.rate is not None and (rule.rate < 0 or rule.rate > 100):
        errors.append(FieldError("rate", QT_TRANSLATE_NOOP("validation", "佣金比例应在 0 到 100% 之间")))
    elif rule.rate is not None and rule.rate != rule.rate.quantize(CENT):
        errors.append(FieldError("rate", QT_TRANSLATE_NOOP("validation", "佣金比例最多保留两位小数")))
    errors += check_money(rule.amount, "amount")
    if rule.year_from < 1:
        errors.append(FieldError("year_from", QT_TRANSLATE_NOOP("validation", "保单年度从 1 开始")))
    if rule.year_to is not None and rule.year_to < rule.year_from:
        errors.append(FieldError("year_to", QT_TRANSLATE_NOOP("validation", "结束年度不能早于起始年度")))
    last = rule.year_to if rule.year_to is not None else 10**6
    for other in others:
        if other.id is not None and other.id == rule.id:
            continue
        other_last = other.year_to if other.year_to is not None else 10**6
        if other.year_from <= last and rule.year_from <= other_last:
            errors.append(
                FieldError(
                    "year_from",
                    QT_TRANSLATE_NOOP("validation", "与已有规则（第 {first} 年起）的保单年度重叠"),
                    (("first", str(other.year_from)),),
                )
            )
            break
    return errors


def validate_receipt(receipt: CommissionReceipt, today: date) -> list[FieldError]:
    errors = check_money(receipt.amount, "amount", required=True)
    if receipt.period < 1:
        errors.append(FieldError("period", QT_TRANSLATE_NOOP("validation", "期数从 1 开始")))
    if receipt.received_on > today:
        errors.append(FieldError("received_on", QT_TRANSLATE_NOOP("validation", "到账日期不能晚于今天")))
    return errors
