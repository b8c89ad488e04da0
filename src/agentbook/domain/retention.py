"""How long a terminated customer's archive is kept, and what "due for destruction" means.

Insurance intermediaries must keep business archives for years after the contract ends (ten years
for policies longer than one year is the usual rule), while PIPL Art. 47 asks that personal data be
deleted once it is no longer needed. So each terminated customer gets a retention end date, a
setting decides how many years, and a list shows who is past it. Destroying stays a human decision.
"""

from __future__ import annotations

from datetime import date

DEFAULT_YEARS = 10
TOMBSTONE_NAME = "（已销毁）"  # the name a destroyed customer keeps where other customers' policies need the row


def add_years(start: date, years: int) -> date:
    """*start* moved by whole years; 29 February falls back to 28 February in common years."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return start.replace(year=start.year + years, day=28)


def retention_end(terminated_on: date, years: int) -> date:
    return add_years(terminated_on, max(1, int(years)))


def is_due(retention_until: date | None, today: date) -> bool:
    return retention_until is not None and retention_until <= today
