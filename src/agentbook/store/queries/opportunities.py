"""The opportunities of the Today view (``domain/opportunities.py``), found in SQL on indexed
columns: recent relationships, adults insured without a critical-illness cover, annuities paying
out soon — less those answered within the quiet period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from agentbook.domain.opportunities import (
    CI_AGES,
    EVENT_DAYS,
    MATURITY_DAYS,
    QUIET_DAYS,
    UNCHANGED_YEARS,
    Opportunity,
)
from agentbook.store.db.database import Database


@dataclass(frozen=True, slots=True)
class Found:
    kind: Opportunity
    customer_id: int
    name: str
    day: date | None
    detail: str  # the child's or spouse's name, the policy's product
    policy_id: int | None = None
    reference: str = ""  # the policy number


def _quiet(alias: str, kind: Opportunity) -> str:
    """SQL: no answer to this opportunity for this customer within the quiet period (the answer's
    outcome is the opportunity's label, bound as ``:answer_<kind>``)."""
    return (
        f" AND NOT EXISTS (SELECT 1 FROM contact k WHERE k.customer_id = {alias}"
        f" AND k.purpose = 'opportunity' AND k.outcome = :answer_{kind.value} AND k.contacted_at >= :quiet)"
    )


def find(db: Database, today: date, limit: int) -> tuple[list[Found], int]:
    """The opportunities to show (at most *limit*: payouts first, then the newest family events,
    then cover left unchanged, then the largest incomes without critical-illness cover — the
    longest list last) and how many there are in all."""
    params = {
        "today": today.isoformat(),
        "since": (today - timedelta(days=EVENT_DAYS)).isoformat(),
        "until": (today + timedelta(days=MATURITY_DAYS)).isoformat(),
        "quiet": (today - timedelta(days=QUIET_DAYS)).isoformat(),
        "young": _years_before(today, CI_AGES[1] + 1).isoformat(),
        "adult": _years_before(today, CI_AGES[0]).isoformat(),
        "unchanged": _years_before(today, UNCHANGED_YEARS).isoformat(),
        "limit": limit,
        **{f"answer_{kind.value}": kind.label for kind in Opportunity},
    }
    maturity = (
        "FROM policy p INDEXED BY policy_in_force_expiry JOIN customer c ON c.id = p.policyholder_id"
        " WHERE p.status = 'in_force'"
        " AND p.expiry_date >= :today AND p.expiry_date <= :until"
        " AND (p.business_line = 'annuity' OR EXISTS (SELECT 1 FROM policy_cover v"
        "      WHERE v.policy_id = p.id AND v.kind = 'annuity'))" + _quiet("c.id", Opportunity.MATURITY)
    )
    events = {
        Opportunity.NEW_CHILD: "r.relation = 'child'",
        Opportunity.MARRIAGE: "r.relation = 'spouse'",
    }
    event_sql = {
        kind: "FROM relationship r INDEXED BY relationship_created JOIN customer c ON c.id = r.related_id"
        " JOIN customer o ON o.id = r.customer_id"
        # recorded on a later day than the customer: news, not the day the family was first entered
        f" WHERE {where} AND r.created_at >= :since AND substr(r.created_at, 1, 10) > substr(c.created_at, 1, 10)"
        + _quiet("c.id", kind)
        for kind, where in events.items()
    }
    found: list[Found] = [
        Found(Opportunity.MATURITY, cid, name, date.fromisoformat(day), product, pid, no)
        for cid, name, day, product, pid, no in db.read(
            f"SELECT c.id, c.name, p.expiry_date, p.product, p.id, p.policy_no {maturity}"
            " ORDER BY p.expiry_date, p.id LIMIT :limit",
            params,
        )
    ]
    for kind, sql in event_sql.items():
        found += [
            Found(kind, cid, name, date.fromisoformat(day[:10]), other)
            for cid, name, day, other in db.read(
                f"SELECT c.id, c.name, r.created_at, o.name {sql} ORDER BY r.created_at DESC LIMIT :limit", params
            )
        ]
    slow_found, slow_total = _book_rules(db, today, params, limit)
    found += slow_found
    total = slow_total + sum(db.read_int(f"SELECT count(*) {sql}", params) for sql in (maturity, *event_sql.values()))
    return found[:limit], total


def _book_rules(db: Database, today: date, params: dict[str, object], limit: int) -> tuple[list[Found], int]:
    """The two rules that look at the whole book — cover unchanged for three years, adults without
    critical-illness cover — as a few index-driven passes combined in sets: asked customer by
    customer in SQL they took two seconds at 100,000 customers."""
    holders: dict[int, tuple[str, bool]] = {}  # policyholder → (newest effective date, holds one in force)
    for holder, newest, live in db.read(
        "SELECT policyholder_id, max(effective_date), max(status = 'in_force') FROM policy GROUP BY policyholder_id"
    ):
        holders[int(holder)] = (newest or "", bool(live))
    insured = {int(i) for (i,) in db.read("SELECT DISTINCT insured_id FROM policy WHERE status = 'in_force'")}
    covered = {
        int(i)
        for (i,) in db.read(
            "SELECT DISTINCT p.insured_id FROM policy_cover v INDEXED BY policy_cover_kind"
            " JOIN policy p ON p.id = v.policy_id WHERE v.kind = 'critical_illness' AND p.status = 'in_force'"
        )
    }
    answered = {
        (int(cid), outcome)
        for cid, outcome in db.read(
            "SELECT customer_id, outcome FROM contact WHERE purpose = 'opportunity' AND contacted_at >= :quiet", params
        )
    }
    people = db.read(
        "SELECT id, name, kind, birth_date, coalesce(annual_income, -1) FROM customer WHERE lifecycle <> 'terminated'"
    )
    unchanged: list[tuple[int, int, str, str]] = []  # (-income, id, name, newest)
    uncovered: list[tuple[int, int, str]] = []
    threshold, young, adult = str(params["unchanged"]), str(params["young"]), str(params["adult"])
    for cid, name, kind, born, income in people:
        held = holders.get(cid)
        if held and held[1] and held[0] <= threshold and (cid, Opportunity.REVIEW_DUE.label) not in answered:
            unchanged.append((-int(income), cid, name, held[0]))
        grown = kind == "individual" and born is not None and young < born <= adult
        if (
            grown
            and cid in insured
            and cid not in covered
            and (cid, Opportunity.NO_CRITICAL_ILLNESS.label) not in answered
        ):
            uncovered.append((-int(income), cid, name))
    unchanged.sort()
    uncovered.sort()
    found = [
        Found(Opportunity.REVIEW_DUE, cid, name, date.fromisoformat(newest) if newest else None, "")
        for _income, cid, name, newest in unchanged[:limit]
    ]
    found += [Found(Opportunity.NO_CRITICAL_ILLNESS, cid, name, None, "") for _income, cid, name in uncovered[:limit]]
    return found, len(unchanged) + len(uncovered)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a common year
        return day.replace(year=day.year - years, day=28)
