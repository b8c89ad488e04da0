"""业绩: the agent's book over time — new business, renewal premium collected, commission received
by month, quarter or year — and persistency (继续率), the figures insurers judge an agent by.

Definitions, as the industry uses them:

- 新单件数 / 新单年化保费: policies that took effect in the period and are not renewals of an
  earlier policy; their premium annualised (a monthly premium × 12 …).
- 续期实收保费: instalments paid in the period that fell due one year or more after their policy
  took effect (the first year's instalments are new business).
- 佣金实收: commission receipts booked in the period.
- 13 / 25 个月继续率: of the instalments of regular-premium policies that fell due in their 13th
  (25th) month, the share of premium paid — by the month those instalments fell due, the last
  twelve complete months.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from agentbook.domain.grace import GraceState, grace_ends, instalment_state, lapsed_state
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.money import from_fen
from agentbook.domain.schedules import add_months
from agentbook.store.db.database import Database
from agentbook.store.queries.segmentation import ANNUAL_PREMIUM_SQL
from agentbook.store.queries.statistics import Measure, StatRow, StatTable
from agentbook.store.settings import Settings

PERIODS = ("month", "quarter", "year")
PERIOD_COUNT = {"month": 12, "quarter": 8, "year": 5}
_PERIOD_TITLES = {
    "month": QT_TRANSLATE_NOOP("statistics", "业绩（按月）"),
    "quarter": QT_TRANSLATE_NOOP("statistics", "业绩（按季度）"),
    "year": QT_TRANSLATE_NOOP("statistics", "业绩（按年）"),
}
_PERIOD_CATEGORY = {
    "month": QT_TRANSLATE_NOOP("statistics", "月份"),
    "quarter": QT_TRANSLATE_NOOP("statistics", "季度"),
    "year": QT_TRANSLATE_NOOP("statistics", "年份"),
}


def period_starts(today: date, kind: str) -> list[tuple[str, date, date]]:
    """(label, first day, first day of the next) for the last periods of *kind*, today's included."""
    if kind == "year":
        return [(f"{y}", date(y, 1, 1), date(y + 1, 1, 1)) for y in range(today.year - 4, today.year + 1)]
    step = 3 if kind == "quarter" else 1
    first = date(today.year, (today.month - 1) // step * step + 1, 1)
    out = []
    for n in range(PERIOD_COUNT[kind] - 1, -1, -1):
        start = add_months(first, -step * n)
        label = f"{start.year}Q{(start.month - 1) // 3 + 1}" if kind == "quarter" else f"{start:%Y-%m}"
        out.append((label, start, add_months(start, step)))
    return out


def _sum_by_period(
    db: Database, day: str, value: str, source: str, periods: list[tuple[str, date, date]]
) -> list[tuple[int, int]]:
    """(rows, sum of *value*) per period: grouped by month in SQL (a few dozen rows back, however
    large the archive), then added up into the periods, which are whole months."""
    rows = db.read(
        f"SELECT substr({day}, 1, 7), count(*), sum({value}) FROM {source}"
        f" AND {day} >= ? AND {day} < ? GROUP BY substr({day}, 1, 7)",
        (periods[0][1].isoformat(), periods[-1][2].isoformat()),
    )
    out = []
    for _label, start, end in periods:
        first, last = f"{start:%Y-%m}", f"{end:%Y-%m}"
        inside = [(n, total) for month, n, total in rows if first <= month < last]
        out.append((sum(int(n) for n, _t in inside), sum(int(t or 0) for _n, t in inside)))
    return out


def performance(db: Database, kind: str = "month") -> StatTable:
    """New business, renewal premium and commission received per period of *kind*."""
    periods = period_starts(db.today(), kind)
    new = _sum_by_period(db, "p.effective_date", ANNUAL_PREMIUM_SQL, "policy p WHERE p.renewal_of_id IS NULL", periods)
    renewal = _sum_by_period(
        db,
        "x.paid_date",
        "x.amount_paid",
        "payment x JOIN policy p ON p.id = x.policy_id"
        " WHERE x.status = 'paid' AND x.due_date >= date(p.effective_date, '+12 months')",
        periods,
    )
    commission = _sum_by_period(db, "r.received_on", "r.amount", "commission_receipt r WHERE 1 = 1", periods)
    rows = tuple(
        StatRow(label, (n_new, from_fen(premium), from_fen(paid), from_fen(received)))
        for (label, _s, _e), (n_new, premium), (_n, paid), (_c, received) in zip(
            periods, new, renewal, commission, strict=True
        )
    )
    return StatTable(
        f"performance_{kind}",
        _PERIOD_TITLES[kind],
        _PERIOD_CATEGORY[kind],
        (
            Measure(QT_TRANSLATE_NOOP("statistics", "新单件数"), "count"),
            Measure(
                QT_TRANSLATE_NOOP("statistics", "新单年化保费（元）"),
                "money",
                QT_TRANSLATE_NOOP("statistics", "新单年化保费"),
            ),
            Measure(
                QT_TRANSLATE_NOOP("statistics", "续期实收保费（元）"),
                "money",
                QT_TRANSLATE_NOOP("statistics", "续期实收保费"),
            ),
            Measure(
                QT_TRANSLATE_NOOP("statistics", "佣金实收（元）"), "money", QT_TRANSLATE_NOOP("statistics", "佣金实收")
            ),
        ),
        rows,
        "combo",
        bars=(1, 2, 3),
        line=0,
    )


def _rate(paid: int, due: int) -> Decimal | None:
    if not due:
        return None
    return (Decimal(paid * 100) / Decimal(due)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def persistency(db: Database, months: int = 12) -> StatTable:
    """13- and 25-month persistency by the month their instalments fell due (complete months)."""
    today = db.today()
    this_month = date(today.year, today.month, 1)
    starts = [add_months(this_month, -n) for n in range(months, 0, -1)]
    rates: dict[int, dict[str, tuple[int, int]]] = {}
    for month_no in (13, 25):
        found = db.read(
            "SELECT substr(x.due_date, 1, 7), sum(x.amount_due),"
            " sum(CASE WHEN x.status = 'paid' THEN x.amount_due ELSE 0 END)"
            " FROM payment x JOIN policy p ON p.id = x.policy_id"
            " WHERE p.payment_mode <> 'single' AND x.status <> 'waived'"
            " AND x.due_date >= ? AND x.due_date < ?"
            f" AND x.due_date >= date(p.effective_date, '+{month_no - 1} months')"
            f" AND x.due_date < date(p.effective_date, '+{month_no} months')"
            " GROUP BY substr(x.due_date, 1, 7)",
            (starts[0].isoformat(), this_month.isoformat()),
        )
        rates[month_no] = {m: (int(due or 0), int(paid or 0)) for m, due, paid in found}
    rows = []
    for start in starts:
        key = f"{start:%Y-%m}"
        values = []
        for month_no in (13, 25):
            due, paid = rates[month_no].get(key, (0, 0))
            values.append(_rate(paid, due))
        rows.append(StatRow(key, tuple(values)))
    return StatTable(
        "persistency",
        QT_TRANSLATE_NOOP("statistics", "继续率（按应缴月份，期缴保单）"),
        QT_TRANSLATE_NOOP("statistics", "应缴月份"),
        (
            Measure(
                QT_TRANSLATE_NOOP("statistics", "13个月继续率（%）"),
                "percent",
                QT_TRANSLATE_NOOP("statistics", "13个月继续率"),
            ),
            Measure(
                QT_TRANSLATE_NOOP("statistics", "25个月继续率（%）"),
                "percent",
                QT_TRANSLATE_NOOP("statistics", "25个月继续率"),
            ),
        ),
        tuple(rows),
        "bar",
        bars=(0, 1),
    )


# In care order; an instalment not yet due is not in arrears.
STATES_SHOWN = (
    GraceState.IN_GRACE,
    GraceState.GRACE_ENDING,
    GraceState.LAPSED,
    GraceState.REINSTATABLE,
    GraceState.TERMINATED,
)


def arrears_by_state(db: Database) -> StatTable:
    """Policies with unpaid premium by where they stand in grace-period care (``domain/grace.py``):
    in grace, grace ending, past grace (not yet marked lapsed), lapsed and reinstatable, past the
    reinstatement window — with what they owe. Each policy is judged by its own grace period."""
    today = db.today()
    grace = int(Settings(db).get("grace_days"))
    rows = db.read(
        "SELECT p.status, min(y.due_date), sum(y.amount_due), coalesce(p.grace_days, ?)"
        " FROM payment y INDEXED BY payment_unpaid_policy JOIN policy p ON p.id = y.policy_id"
        " WHERE y.status = 'due' AND y.due_date < ? AND p.status IN ('in_force', 'lapsed') GROUP BY y.policy_id, p.id",
        (grace, today.isoformat()),
    )
    found: dict[GraceState, list[int]] = {state: [0, 0] for state in STATES_SHOWN}
    for status, first_due, owed, days in rows:
        due = date.fromisoformat(first_due)
        if status == "lapsed":
            state = lapsed_state(grace_ends(due, int(days)), today)
        else:
            state = instalment_state(due, today, int(days))
        found[state][0] += 1
        found[state][1] += int(owed or 0)
    return StatTable(
        "arrears_by_state",
        QT_TRANSLATE_NOOP("statistics", "欠缴保费（按宽限期状态）"),
        QT_TRANSLATE_NOOP("statistics", "状态"),
        (
            Measure(QT_TRANSLATE_NOOP("statistics", "保单件数"), "count"),
            Measure(
                QT_TRANSLATE_NOOP("statistics", "欠缴保费（元）"), "money", QT_TRANSLATE_NOOP("statistics", "欠缴保费")
            ),
        ),
        tuple(StatRow(state, (n, from_fen(owed))) for state, (n, owed) in found.items()),
        "combo",
        bars=(1,),
        line=0,
    )
