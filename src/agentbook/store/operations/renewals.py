"""Renewals (续保): a policy renewed into a new one linked by ``renewal_of_id``, and the renewal
rate.

The rate concerns cover of a year or less — motor, accident, short-term health and property —
which ends and must be bought again; long-term cover continues through its instalments (续期),
which the payment lists follow. A policy was *due* for renewal when it expired in the period
without having been surrendered or terminated first, and *renewed* when a later policy names it
as its predecessor.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from agentbook.domain import enums as E
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.models import Beneficiary, Policy
from agentbook.domain.schedules import add_months
from agentbook.store.db.database import Database
from agentbook.store.errors import KnownError
from agentbook.store.repositories import Repositories

# Cover of at most a year (a day's slack for the 零时/二十四时 conventions), not ended early.
RENEWABLE_SQL = (
    "p.expiry_date IS NOT NULL AND p.effective_date IS NOT NULL"
    " AND julianday(p.expiry_date) - julianday(p.effective_date) <= 366"
    " AND p.status NOT IN ('surrendered', 'terminated')"
)
RENEWED_SQL = "EXISTS (SELECT 1 FROM policy r WHERE r.renewal_of_id = p.id)"


class AlreadyRenewedError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "这张保单已经续保过，请打开续保后的新保单。")


class NotRenewableError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "终身保单没有到期日期，无法续保。")


@dataclass(frozen=True, slots=True)
class RenewalRate:
    label: str  # the period, e.g. "2026-05"
    due: int
    renewed: int

    @property
    def rate(self) -> Decimal | None:
        """Percentage with one decimal, None when nothing was due."""
        if not self.due:
            return None
        return (Decimal(self.renewed * 100) / self.due).quantize(Decimal("0.1"), ROUND_HALF_UP)


def term_months(policy: Policy) -> int:
    """The policy's term in whole months (12 when it cannot be read)."""
    if policy.effective_date is None or policy.expiry_date is None:
        return 12
    start, end = policy.effective_date, policy.expiry_date
    months = (end.year - start.year) * 12 + end.month - start.month
    return months if months > 0 else 12


def draft_renewal(policy: Policy, today: date) -> Policy:
    """The renewal as a new, unsaved policy: same parties, cover and premium, starting when the
    old one ends for the same term; its number is left empty (the insurer issues a new one)."""
    if policy.expiry_date is None:
        raise NotRenewableError(policy.policy_no)
    start = policy.expiry_date
    end = add_months(start, term_months(policy))
    return dataclasses.replace(
        policy,
        id=None,
        policy_no="",
        apply_date=min(today, start),
        effective_date=start,
        expiry_date=end,
        status=E.PolicyStatus.PENDING if start > today else E.PolicyStatus.IN_FORCE,
        renewal_of_id=policy.id,
        beneficiaries=[dataclasses.replace(b, id=None) for b in policy.beneficiaries],
        created_at=None,
        updated_at=None,
        remarks="",
    )


def renewal_of(db: Database, policy_id: int) -> int | None:
    """The id of the policy that renewed *policy_id*, if any."""
    row = db.read_one("SELECT id FROM policy WHERE renewal_of_id = ? ORDER BY id LIMIT 1", (policy_id,))
    return row[0] if row else None


def renew(store: Repositories, renewal: Policy, *, schedule: bool = True) -> Policy:
    """Save *renewal* (from ``draft_renewal``, edited) and generate its payment schedule, in one
    audited transaction; a policy is renewed once."""
    assert renewal.renewal_of_id is not None
    with store.db.transaction():
        if renewal_of(store.db, renewal.renewal_of_id) is not None:
            raise AlreadyRenewedError(str(renewal.renewal_of_id))
        renewal.beneficiaries = [
            Beneficiary(b.name, b.relation, b.share, b.order, b.customer_id, b.id_number) for b in renewal.beneficiaries
        ]
        saved = store.policies.create(renewal)
        if schedule:
            store.payments.generate_schedule(saved)
    return saved


def renewal_rate(db: Database, start: date, end: date) -> RenewalRate:
    """Renewable policies that expired between *start* and *end* (inclusive), and how many of
    them were renewed."""
    row = db.read_one(
        f"SELECT count(*), count(*) FILTER (WHERE {RENEWED_SQL}) FROM policy p"
        f" WHERE p.expiry_date BETWEEN ? AND ? AND {RENEWABLE_SQL}",
        (start.isoformat(), end.isoformat()),
    )
    assert row is not None
    return RenewalRate(f"{start.isoformat()}–{end.isoformat()}", int(row[0]), int(row[1]))


def month_starts(today: date, months: int) -> list[date]:
    """The first days of the *months* calendar months ending with today's."""
    first = date(today.year, today.month, 1)
    return [add_months(first, -n) for n in range(months - 1, -1, -1)]


def renewal_rates_by_month(db: Database, today: date, months: int = 12) -> list[RenewalRate]:
    """One rate per calendar month of expiry, the last *months* months up to today's month."""
    starts = month_starts(today, months)
    rows = dict(
        (month, (int(due), int(renewed)))
        for month, due, renewed in db.read(
            f"SELECT substr(p.expiry_date, 1, 7), count(*), count(*) FILTER (WHERE {RENEWED_SQL}) FROM policy p"
            f" WHERE p.expiry_date >= ? AND p.expiry_date < ? AND {RENEWABLE_SQL}"
            " GROUP BY substr(p.expiry_date, 1, 7)",
            (starts[0].isoformat(), add_months(starts[-1], 1).isoformat()),
        )
    )
    out = []
    for start in starts:
        key = f"{start:%Y-%m}"
        due, renewed = rows.get(key, (0, 0))
        out.append(RenewalRate(key, due, renewed))
    return out
