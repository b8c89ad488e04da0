"""The opportunities of the Today view (``domain/opportunities.py``), found in SQL on indexes and
on the summaries migration 12 keeps (``cover_summary``, ``relationship_news``,
``annuity_policy``): recent family news, a raised income, adults insured without a
critical-illness cover, cover left unchanged, annuities paying out soon — less those answered
within the quiet period.

Each rule is counted on an index range and only its first *limit* rows are read in full: the
rules that look at the whole book took a second at 100,000 customers when every customer's
policies were grouped on each run.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from agentbook.domain.money import from_fen
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
    amount: Decimal | None = None  # a raised income: the new annual income


def _quiet(alias: str, kind: Opportunity) -> str:
    """SQL: no answer to this opportunity for this customer within the quiet period (the answer's
    outcome is the opportunity's label, bound as ``:answer_<kind>``)."""
    return (
        f" AND NOT EXISTS (SELECT 1 FROM contact k WHERE k.customer_id = {alias}"
        f" AND k.purpose = 'opportunity' AND k.outcome = :answer_{kind.value} AND k.contacted_at >= :quiet)"
    )


# The book rules on the per-customer summary: the partial indexes of migration 12 repeat these
# conditions word for word, so that both engines count on them alone.
_HOLDERS = "FROM cover_summary s WHERE s.holds_in_force > 0 AND s.lifecycle <> 'terminated'"
_REVIEW = f"{_HOLDERS} AND (s.newest_effective IS NULL OR s.newest_effective <= :unchanged)"
_NO_CI = (
    "FROM cover_summary s WHERE s.insured_in_force > 0 AND s.insured_ci = 0 AND s.kind = 'individual'"
    " AND s.lifecycle <> 'terminated' AND s.birth_date > :young AND s.birth_date <= :adult"
)
# A known income recorded higher lately, and no policy naming the customer recorded since.
_INCOME_UP = (
    "FROM cover_summary s WHERE s.income_raised_at >= :since AND s.lifecycle <> 'terminated'"
    " AND (s.newest_policy_at IS NULL OR s.newest_policy_at < s.income_raised_at)"
)


def find(db: Database, today: date, limit: int) -> tuple[list[Found], int]:
    """The opportunities to show (at most *limit*: payouts first, then the newest family events
    and raised incomes, then cover left unchanged, then the largest incomes without
    critical-illness cover — the longest list last) and how many there are in all."""
    params: dict[str, Any] = {
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
        "FROM annuity_policy p INDEXED BY annuity_policy_expiry WHERE p.status = 'in_force'"
        " AND p.expiry_date >= :today AND p.expiry_date <= :until"
    )
    events = {Opportunity.NEW_CHILD: "child", Opportunity.MARRIAGE: "spouse"}
    event_sql = {
        kind: "FROM relationship_news r INDEXED BY relationship_news_created"
        f" WHERE r.relation = '{relation}' AND r.created_at >= :since"
        for kind, relation in events.items()
    }
    found: list[Found] = [
        Found(Opportunity.MATURITY, cid, name, date.fromisoformat(day), product, pid, no)
        for pid, day, product, no, cid, name in _details(
            db,
            f"SELECT p.policy_id {maturity} {_quiet('p.policyholder_id', Opportunity.MATURITY)}"
            " ORDER BY p.expiry_date, p.policy_id LIMIT :limit",
            params,
            "SELECT p.id, p.expiry_date, p.product, p.policy_no, c.id, c.name FROM policy p"
            " JOIN customer c ON c.id = p.policyholder_id WHERE p.id IN ({ids})",
        )
    ]
    for kind, sql in event_sql.items():
        found += [
            Found(kind, cid, name, date.fromisoformat(day[:10]), other)
            for _rid, day, cid, name, other in _details(
                db,
                f"SELECT r.relationship_id {sql} {_quiet('r.related_id', kind)}"
                " ORDER BY r.created_at DESC, r.relationship_id DESC LIMIT :limit",
                params,
                "SELECT r.relationship_id, r.created_at, c.id, c.name, o.name FROM relationship_news r"
                " JOIN customer c ON c.id = r.related_id JOIN customer o ON o.id = r.customer_id"
                " WHERE r.relationship_id IN ({ids})",
            )
        ]
    income_up = _INCOME_UP + _quiet("s.customer_id", Opportunity.INCOME_UP)
    found += [
        Found(Opportunity.INCOME_UP, cid, name, date.fromisoformat(raised[:10]), "", amount=from_fen(income))
        for cid, raised, income, name in _details(
            db,
            f"SELECT s.customer_id {income_up} ORDER BY s.income_raised_at DESC, s.customer_id LIMIT :limit",
            params,
            "SELECT s.customer_id, s.income_raised_at, s.income, c.name FROM cover_summary s"
            " JOIN customer c ON c.id = s.customer_id WHERE s.customer_id IN ({ids})",
        )
    ]
    review = _REVIEW + _quiet("s.customer_id", Opportunity.REVIEW_DUE)
    found += [
        Found(Opportunity.REVIEW_DUE, cid, name, date.fromisoformat(newest) if newest else None, "")
        for cid, newest, name in _details(
            db,
            f"SELECT s.customer_id {_indexed(review, 'cover_summary_review_rank')}"
            " ORDER BY s.income DESC, s.customer_id LIMIT :limit",
            params,
            "SELECT s.customer_id, s.newest_effective, c.name FROM cover_summary s"
            " JOIN customer c ON c.id = s.customer_id WHERE s.customer_id IN ({ids})",
        )
    ]
    no_ci = _NO_CI + _quiet("s.customer_id", Opportunity.NO_CRITICAL_ILLNESS)
    found += [
        Found(Opportunity.NO_CRITICAL_ILLNESS, cid, name, None, "")
        for cid, name in _details(
            db,
            f"SELECT s.customer_id {_indexed(no_ci, 'cover_summary_no_ci_rank')}"
            " ORDER BY s.income DESC, s.customer_id LIMIT :limit",
            params,
            "SELECT c.id, c.name FROM customer c WHERE c.id IN ({ids})",
        )
    ]
    total = sum(
        _count(db, body, alias, kind, params)
        for body, alias, kind in (
            (maturity, "p.policyholder_id", Opportunity.MATURITY),
            *((sql, "r.related_id", kind) for kind, sql in event_sql.items()),
            (_INCOME_UP, "s.customer_id", Opportunity.INCOME_UP),
            # counted as two ranges of its index: the OR of the two reads all of it
            (f"{_HOLDERS} AND s.newest_effective <= :unchanged", "s.customer_id", Opportunity.REVIEW_DUE),
            (f"{_HOLDERS} AND s.newest_effective IS NULL", "s.customer_id", Opportunity.REVIEW_DUE),
            (_NO_CI, "s.customer_id", Opportunity.NO_CRITICAL_ILLNESS),
        )
    )
    return found[:limit], total


def _indexed(body: str, index: str) -> str:
    """*body* ranked on *index*: by income, stopping at the limit, instead of sorting every match."""
    return body.replace("FROM cover_summary s", f"FROM cover_summary s INDEXED BY {index}", 1)


def _details(db: Database, ranked: str, params: dict[str, Any], details: str) -> list[tuple[Any, ...]]:
    """The rows *ranked* names (ids in order), read in full by primary key (*details* ends in
    ``IN ({ids})`` and selects the id first)."""
    ids = [r[0] for r in db.read(ranked, params)]
    if not ids:
        return []
    rows = {r[0]: r for r in db.read(details.format(ids=",".join("?" * len(ids))), ids)}
    # On a branch a row may name a party the person may not see: not theirs to list.
    return [rows[i] for i in ids if i in rows]


def _count(db: Database, body: str, alias: str, kind: Opportunity, params: dict[str, Any]) -> int:
    """How many rows *body* holds less those of customers (*alias*) who answered *kind* within the
    quiet period: the rule counted on its index alone, and the answers — a few — looked up by
    key, instead of asking the contact log once for each of thousands of rows."""
    answered = (
        "SELECT k.customer_id FROM contact k INDEXED BY contact_purpose_at WHERE k.purpose = 'opportunity'"
        f" AND k.contacted_at >= :quiet AND k.outcome = :answer_{kind.value}"
    )
    return db.read_int(f"SELECT count(*) {body}", params) - db.read_int(
        f"SELECT count(*) {body} AND {alias} IN ({answered})", params
    )


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a common year
        return day.replace(year=day.year - years, day=28)
