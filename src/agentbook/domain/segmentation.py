"""Customer value tiers (客户价值分层) from premium, products and tenure: a pure rule, no Qt, no SQL.

Agents sort their book by what a customer brings (annualised premium), how much of their cover
sits with the agent (number of policies) and how long they have stayed (tenure). A points rule
keeps the result explainable to the agent and tunable in settings:

* annualised premium: 5 points at the high threshold, 2 at the medium one;
* number of policies in force: 2 points at the high threshold, 1 at the medium one;
* tenure in whole years since the first policy: 2 points at the high threshold, 1 at the medium one.

5 points or more is 高价值, 2 to 4 is 中价值, less is 低价值. So a high premium alone makes a
customer high value, while a medium payer needs both many policies and a long relationship.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from agentbook.domain.enums import PaymentMode, ValueTier

HIGH_POINTS = 5
MEDIUM_POINTS = 2


@dataclass(frozen=True, slots=True)
class TierThresholds:
    high_premium: Decimal = Decimal(100000)
    medium_premium: Decimal = Decimal(10000)
    high_products: int = 5
    medium_products: int = 3
    high_years: int = 8
    medium_years: int = 3


@dataclass(frozen=True, slots=True)
class TierFeatures:
    """What the tier is computed from, kept so the UI can explain a customer's tier."""

    annual_premium: Decimal
    products: int
    tenure_years: int


def tier_points(features: TierFeatures, t: TierThresholds) -> int:
    points = 0
    if features.annual_premium >= t.high_premium:
        points += 5
    elif features.annual_premium >= t.medium_premium:
        points += 2
    if features.products >= t.high_products:
        points += 2
    elif features.products >= t.medium_products:
        points += 1
    if features.tenure_years >= t.high_years:
        points += 2
    elif features.tenure_years >= t.medium_years:
        points += 1
    return points


def value_tier(features: TierFeatures, thresholds: TierThresholds | None = None) -> ValueTier:
    points = tier_points(features, thresholds or TierThresholds())
    if points >= HIGH_POINTS:
        return ValueTier.HIGH
    if points >= MEDIUM_POINTS:
        return ValueTier.MEDIUM
    return ValueTier.LOW


def annualised_premium(premium: Decimal, mode: PaymentMode, effective: date | None, expiry: date | None) -> Decimal:
    """A policy's premium per year: instalments × periods; a single premium counts in full for
    cover of a year or less (motor, accident: bought again every year) and as a tenth for long
    cover, the industry's usual 10% conversion of 趸交 premium."""
    if mode is not PaymentMode.SINGLE:
        return premium * mode.periods_per_year
    if effective and expiry and (expiry - effective).days <= 366:
        return premium
    return (premium / 10).quantize(Decimal("0.01"), ROUND_HALF_UP)


def whole_years(start: date | None, today: date) -> int:
    """Completed years from *start* to *today* (0 when there is no start)."""
    if start is None or start > today:
        return 0
    years = today.year - start.year
    if (today.month, today.day) < (start.month, start.day):
        years -= 1
    return years
