"""Figures for the statistics tab (统计), computed in SQL and handed over as plain tables.

Each ``StatTable`` is what one chart shows and what its Excel sheet holds: a category column
(an enum member, an insurer, a month) and one or more measures with their unit. Money stays
``Decimal`` yuan and rates ``Decimal`` percentages here; only the chart turns them into floats
to draw them. Titles and headers are source text in the ``statistics`` context.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from agentbook.domain import enums as E
from agentbook.domain.enums import LabeledEnum
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.money import from_fen
from agentbook.domain.schedules import add_months
from agentbook.store.db.database import Database
from agentbook.store.operations.renewals import month_starts, renewal_rates_by_month
from agentbook.store.queries.segmentation import ANNUAL_PREMIUM_SQL, LIVE_SQL

Value = int | Decimal | None
OTHERS = QT_TRANSLATE_NOOP("statistics", "其他")
UNSET = QT_TRANSLATE_NOOP("statistics", "未填写")


@dataclass(frozen=True, slots=True)
class Measure:
    label: str  # source text, "statistics" context: the Excel header, with its unit
    unit: str  # count | money | percent | days
    short: str = ""  # the chart legend's name, when the label carries a unit the chart scales


@dataclass(frozen=True, slots=True)
class StatRow:
    label: LabeledEnum | str | None  # None: the field was left empty
    values: tuple[Value, ...]


@dataclass(frozen=True, slots=True)
class StatTable:
    key: str
    title: str
    category: str
    measures: tuple[Measure, ...]
    rows: tuple[StatRow, ...]
    chart: str  # pie | bar | hbar | combo (bars and a line on a second axis)
    bars: tuple[int, ...] = (0,)
    line: int | None = None

    def column(self, index: int) -> list[Value]:
        return [row.values[index] for row in self.rows]


COUNT = Measure(QT_TRANSLATE_NOOP("statistics", "数量"), "count")
CUSTOMERS = Measure(QT_TRANSLATE_NOOP("statistics", "客户数"), "count")
POLICIES = Measure(QT_TRANSLATE_NOOP("statistics", "保单件数"), "count")
PREMIUM = Measure(
    QT_TRANSLATE_NOOP("statistics", "年化保费（元）"), "money", QT_TRANSLATE_NOOP("statistics", "年化保费")
)


def _by_enum(
    rows: list[tuple[Any, ...]], enum: type[LabeledEnum], convert: Callable[[tuple[Any, ...]], tuple[Value, ...]]
) -> tuple[Any, ...]:
    """One row per member in declaration order (zeros included, so charts keep their categories),
    then one for the empty value when there is any."""
    found = {row[0]: convert(row[1:]) for row in rows}
    width = len(next(iter(found.values()))) if found else 0
    out = [StatRow(member, found.get(member.value, (0,) * width)) for member in enum]
    if None in found:
        out.append(StatRow(None, found[None]))
    return tuple(out)


def _count(rest: tuple[Any, ...]) -> tuple[Value, ...]:
    return (int(rest[0]),)


_CUSTOMER_GROUPS: dict[str, tuple[type[LabeledEnum], str, str, str]] = {
    "kind": (
        E.CustomerKind,
        "customers_by_kind",
        QT_TRANSLATE_NOOP("statistics", "客户类型分布"),
        QT_TRANSLATE_NOOP("statistics", "客户类型"),
    ),
    "lifecycle": (
        E.Lifecycle,
        "customers_by_lifecycle",
        QT_TRANSLATE_NOOP("statistics", "客户状态分布"),
        QT_TRANSLATE_NOOP("statistics", "客户状态"),
    ),
    "value_tier": (
        E.ValueTier,
        "customers_by_tier",
        QT_TRANSLATE_NOOP("statistics", "客户价值分层"),
        QT_TRANSLATE_NOOP("statistics", "客户价值"),
    ),
}


def customers_by(db: Database, column: str) -> StatTable:
    enum, key, title, category = _CUSTOMER_GROUPS[column]
    rows = db.read(f"SELECT {column}, count(*) FROM customer GROUP BY {column}")
    return StatTable(key, title, category, (CUSTOMERS,), _by_enum(rows, enum, _count), "pie")


def premium_by_line(db: Database) -> StatTable:
    rows = db.read(
        f"SELECT p.business_line, count(*), sum({ANNUAL_PREMIUM_SQL}) FROM policy p INDEXED BY policy_live_premium"
        f" WHERE {LIVE_SQL}"
        " GROUP BY p.business_line"
    )
    return StatTable(
        "premium_by_line",
        QT_TRANSLATE_NOOP("statistics", "各险种年化保费（有效保单）"),
        QT_TRANSLATE_NOOP("statistics", "险种"),
        (POLICIES, PREMIUM),
        _by_enum(rows, E.BusinessLine, lambda r: (int(r[0]), from_fen(int(r[1] or 0)))),
        "bar",
        bars=(1,),
    )


def premium_by_insurer(db: Database, top: int = 8) -> StatTable:
    """The *top* insurers by annualised premium, the rest summed as 其他."""
    rows = db.read(
        f"SELECT p.insurer, count(*), sum({ANNUAL_PREMIUM_SQL}) AS fen FROM policy p INDEXED BY policy_live_premium"
        f" WHERE {LIVE_SQL}"
        " GROUP BY p.insurer ORDER BY fen DESC, p.insurer"
    )
    shown = [StatRow(name, (int(n), from_fen(int(fen or 0)))) for name, n, fen in rows[:top]]
    rest = rows[top:]
    if rest:
        shown.append(StatRow(OTHERS, (sum(int(r[1]) for r in rest), from_fen(sum(int(r[2] or 0) for r in rest)))))
    return StatTable(
        "premium_by_insurer",
        QT_TRANSLATE_NOOP("statistics", "各保险公司年化保费（有效保单）"),
        QT_TRANSLATE_NOOP("statistics", "保险公司"),
        (POLICIES, PREMIUM),
        tuple(shown),
        "hbar",
        bars=(1,),
    )


def policies_by_status(db: Database) -> StatTable:
    rows = db.read("SELECT status, count(*) FROM policy GROUP BY status")
    return StatTable(
        "policies_by_status",
        QT_TRANSLATE_NOOP("statistics", "保单状态分布"),
        QT_TRANSLATE_NOOP("statistics", "保单状态"),
        (POLICIES,),
        _by_enum(rows, E.PolicyStatus, _count),
        "bar",
    )


def claims_by_status(db: Database) -> StatTable:
    rows = db.read(
        "SELECT status, count(*), sum(amount_claimed), coalesce(sum(amount_paid), 0) FROM claim GROUP BY status"
    )
    return StatTable(
        "claims_by_status",
        QT_TRANSLATE_NOOP("statistics", "理赔件数与金额（按状态）"),
        QT_TRANSLATE_NOOP("statistics", "理赔状态"),
        (
            Measure(QT_TRANSLATE_NOOP("statistics", "理赔件数"), "count"),
            Measure(
                QT_TRANSLATE_NOOP("statistics", "申请金额（元）"), "money", QT_TRANSLATE_NOOP("statistics", "申请金额")
            ),
            Measure(
                QT_TRANSLATE_NOOP("statistics", "实赔金额（元）"), "money", QT_TRANSLATE_NOOP("statistics", "实赔金额")
            ),
        ),
        _by_enum(rows, E.ClaimStatus, lambda r: (int(r[0]), from_fen(int(r[1] or 0)), from_fen(int(r[2] or 0)))),
        "combo",
        bars=(0,),
        line=1,
    )


def renewals_by_month(db: Database, months: int = 12) -> StatTable:
    """The last *months* complete months: in the current month most policies are not due yet,
    so its rate (near 0 %) would read as a collapse."""
    today = db.today()
    last_month_end = date(today.year, today.month, 1) - timedelta(days=1)
    rates = renewal_rates_by_month(db, last_month_end, months)
    return StatTable(
        "renewal_by_month",
        QT_TRANSLATE_NOOP("statistics", "续保率（按到期月份，一年期保单）"),
        QT_TRANSLATE_NOOP("statistics", "到期月份"),
        (
            Measure(QT_TRANSLATE_NOOP("statistics", "应续保件数"), "count"),
            Measure(QT_TRANSLATE_NOOP("statistics", "已续保件数"), "count"),
            Measure(
                QT_TRANSLATE_NOOP("statistics", "续保率（%）"), "percent", QT_TRANSLATE_NOOP("statistics", "续保率")
            ),
        ),
        tuple(StatRow(r.label, (r.due, r.renewed, r.rate)) for r in rates),
        "combo",
        bars=(0, 1),
        line=2,
    )


def complaints_by_month(db: Database, months: int = 12) -> StatTable:
    """Complaints received per month, how many of them are closed, and the mean days to close."""
    starts = month_starts(db.today(), months)
    found = {
        month: (int(n), int(closed), days)
        for month, n, closed, days in db.read(
            "SELECT substr(received_at, 1, 7), count(*), count(closed_at),"
            " avg(julianday(substr(closed_at, 1, 10)) - julianday(substr(received_at, 1, 10)))"
            " FROM complaint WHERE received_at >= ? AND received_at < ? GROUP BY substr(received_at, 1, 7)",
            (starts[0].isoformat(), add_months(starts[-1], 1).isoformat()),
        )
    }
    rows = []
    for start in starts:
        key = f"{start:%Y-%m}"
        n, closed, days = found.get(key, (0, 0, None))
        mean = None if days is None else Decimal(str(days)).quantize(Decimal("0.1"), ROUND_HALF_UP)
        rows.append(StatRow(key, (n, closed, mean)))
    return StatTable(
        "complaints_by_month",
        QT_TRANSLATE_NOOP("statistics", "投诉受理与平均办结天数（按受理月份）"),
        QT_TRANSLATE_NOOP("statistics", "受理月份"),
        (
            Measure(QT_TRANSLATE_NOOP("statistics", "受理件数"), "count"),
            Measure(QT_TRANSLATE_NOOP("statistics", "已办结件数"), "count"),
            Measure(QT_TRANSLATE_NOOP("statistics", "平均办结天数"), "days"),
        ),
        tuple(rows),
        "combo",
        bars=(0, 1),
        line=2,
    )


def all_tables(db: Database) -> list[StatTable]:
    """Every figure of the statistics tab, in its order. Each query takes the store's lock on its
    own (0.4 s in all at 100,000 customers): a search typed meanwhile waits for one, not all."""
    return [
        customers_by(db, "kind"),
        customers_by(db, "lifecycle"),
        customers_by(db, "value_tier"),
        premium_by_line(db),
        premium_by_insurer(db),
        policies_by_status(db),
        claims_by_status(db),
        renewals_by_month(db),
        complaints_by_month(db),
    ]
