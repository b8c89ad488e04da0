"""New-policy care: the hesitation period (犹豫期) and the callback (新单回访) that must fall in it.

A life, health or annuity policy of more than one year may be cancelled within its hesitation
period for (almost) all the premium back; the insurer's callback, and the agent's own, confirm
the customer understood what was bought while that is still possible. The period runs from the
day the customer signs for the policy; the archive records no receipt date, so it counts from
the effective date, which is the same day or the day after for most policies. Renewals are not
new business and get no callback.
"""

from __future__ import annotations

from datetime import date, timedelta

from agentbook.domain.enums import BusinessLine
from agentbook.domain.models import Policy

HESITATION_DAYS = 15  # the usual period; insurers may grant more (a setting)
LATE_DAYS = 30  # a missed callback stays on the agent's list this long after the period ends
LINES = (BusinessLine.LIFE, BusinessLine.HEALTH, BusinessLine.ANNUITY)


def has_hesitation_period(policy: Policy) -> bool:
    """人身保险 of more than one year, sold new (not a renewal)."""
    if policy.business_line not in LINES or policy.renewal_of_id is not None or policy.effective_date is None:
        return False
    if policy.expiry_date is None:
        return True
    return policy.expiry_date > one_year_after(policy.effective_date)


def one_year_after(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February: 1 March, as SQLite's date(…, '+1 year') counts it in Today's query
        return day.replace(year=day.year + 1, month=3, day=1)


def hesitation_end(policy: Policy, days: int = HESITATION_DAYS) -> date | None:
    """The last day of the hesitation period; None for a policy without one."""
    if not has_hesitation_period(policy):
        return None
    assert policy.effective_date is not None
    return policy.effective_date + timedelta(days=days)
