"""Payment schedules derived from a policy's payment mode, years and effective date (pure)."""

from __future__ import annotations

import calendar
from datetime import date

from agentbook.domain.enums import PaymentMode
from agentbook.domain.models import Payment, Policy


def add_months(day: date, months: int) -> date:
    """Same day *months* later, clamped to the month's end (31 Jan + 1 month → 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def schedule_for(policy: Policy) -> list[Payment]:
    """All instalments of *policy*: one for 趸交, else years × periods per year.

    Each instalment is the policy's per-period premium, due on the anniversary of the effective
    date shifted by whole months so that month ends stay month ends.
    """
    if policy.id is None or policy.effective_date is None:
        return []
    mode = policy.payment_mode
    if mode is PaymentMode.SINGLE:
        return [Payment(policy.id, 1, policy.effective_date, policy.premium)]
    per_year = mode.periods_per_year
    step = 12 // per_year
    return [
        Payment(policy.id, n + 1, add_months(policy.effective_date, n * step), policy.premium)
        for n in range(policy.payment_years * per_year)
    ]
