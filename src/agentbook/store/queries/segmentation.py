"""Value tiers computed for the whole book in one pass: features in SQL, the rule in the domain.

The features (annualised premium and number of policies in force, years since the first policy)
are one GROUP BY over the policies each customer holds as policyholder — the one who pays.
Writing the tiers back is a bulk refresh of a derived column, so it is one transaction with one
audit entry carrying the thresholds used and the before/after totals, like a bulk load; per-row
audit entries would bury the log under 100,000 identical lines.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from agentbook.domain.enums import ValueTier
from agentbook.domain.money import from_fen
from agentbook.domain.segmentation import TierFeatures, TierThresholds, value_tier, whole_years
from agentbook.store.db.database import Database

# A policy's premium per year in fen (see domain.segmentation.annualised_premium).
ANNUAL_PREMIUM_SQL = (
    "(CASE p.payment_mode WHEN 'annual' THEN p.premium WHEN 'semiannual' THEN p.premium * 2"
    " WHEN 'quarterly' THEN p.premium * 4 WHEN 'monthly' THEN p.premium * 12"
    " ELSE CASE WHEN p.expiry_date IS NOT NULL AND p.effective_date IS NOT NULL"
    " AND julianday(p.expiry_date) - julianday(p.effective_date) <= 366 THEN p.premium"
    " ELSE (p.premium + 5) / 10 END END)"
)
LIVE_SQL = "p.status IN ('in_force', 'pending')"

_FEATURES = (
    "SELECT c.id, c.value_tier, coalesce(f.annual, 0), coalesce(f.products, 0), f.first_effective"
    " FROM customer c LEFT JOIN ("
    f"  SELECT p.policyholder_id AS cid, sum(CASE WHEN {LIVE_SQL} THEN {ANNUAL_PREMIUM_SQL} ELSE 0 END) AS annual,"
    f"   count(*) FILTER (WHERE {LIVE_SQL}) AS products, min(p.effective_date) AS first_effective"
    "  FROM policy p {where} GROUP BY p.policyholder_id"
    ") f ON f.cid = c.id"
)


@dataclass(frozen=True, slots=True)
class TierRefresh:
    changed: int
    before: dict[str, int]
    after: dict[str, int]


def _features(row: tuple[Any, ...], today: date) -> TierFeatures:
    _cid, _tier, annual, products, first = row
    start = date.fromisoformat(first) if first else None
    premium = from_fen(int(annual))
    assert premium is not None
    return TierFeatures(premium, int(products), whole_years(start, today))


def features_of(db: Database, customer_id: int) -> TierFeatures:
    """What one customer's tier is computed from (the 360 view explains the tier with it)."""
    sql = _FEATURES.format(where="WHERE p.policyholder_id = :id") + " WHERE c.id = :id"
    row = db.read_one(sql, {"id": customer_id})
    if row is None:
        return TierFeatures(Decimal(0), 0, 0)
    return _features(row, db.today())


def recompute(db: Database, thresholds: TierThresholds) -> TierRefresh:
    """Give every customer the tier the rule assigns; returns what changed."""
    today = db.today()
    with db.transaction() as conn:
        rows = db.read(_FEATURES.format(where=""))
        updates = []
        before: Counter[str] = Counter()
        after: Counter[str] = Counter()
        for row in rows:
            tier = value_tier(_features(row, today), thresholds).value
            before[row[1] or ""] += 1
            after[tier] += 1
            if row[1] != tier:
                updates.append((tier, db.now(), row[0]))
        conn.executemany("UPDATE customer SET value_tier = ?, updated_at = ? WHERE id = ?", updates)
        db.audit(
            "recompute",
            "customer",
            summary=f"value_tier: {len(updates)} changed",
            before=dict(before),
            after={"tiers": dict(after), "thresholds": {k: str(v) for k, v in asdict(thresholds).items()}},
        )
    return TierRefresh(len(updates), dict(before), dict(after))


def tier_counts(db: Database) -> dict[ValueTier | None, int]:
    return {
        (ValueTier(tier) if tier else None): int(n)
        for tier, n in db.read("SELECT value_tier, count(*) FROM customer GROUP BY value_tier")
    }
