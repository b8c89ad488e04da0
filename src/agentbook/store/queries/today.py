"""The agent's day (今日): what needs doing, computed in SQL from indexed columns.

Every list is read as its most pressing ``LIST_LIMIT`` items plus an exact count. Counts and
rankings read indexes only (migration 3 adds the partial and covering ones); names and numbers
are fetched for the rows shown. All lists together: 25 ms at 10,000 customers, 134 ms at
100,000 (benchmarks, median), within the 200 ms budget. An item disappears when the agent records the action
that answers it — the contact entry is the proof, and it lands in the customer's timeline.
Reminders that do not settle the matter (a premium still unpaid, a claim still waiting) hide the
item for ``today_repeat_days``; if nothing changed it comes back.

Items carry data only (dates, amounts, numbers, stored text); the UI words them in the user's
language.
"""

from __future__ import annotations

import calendar
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from agentbook.domain import enums as E
from agentbook.domain.enums import LabeledEnum
from agentbook.domain.grace import GraceState, grace_ends, instalment_state, lapsed_state, reinstatement_ends
from agentbook.domain.models import ContactEntry
from agentbook.domain.money import from_fen
from agentbook.domain.new_policy import LATE_DAYS
from agentbook.domain.opportunities import ACTED
from agentbook.store.db.database import Database
from agentbook.store.queries import opportunities
from agentbook.store.repositories import Repositories
from agentbook.store.settings import Settings

# In the order the view shows them: what costs the customer their cover comes first.
KINDS = (
    "lapse_warning",  # an instalment unpaid past the grace period, policy still shown in force
    "reinstatement",  # lapsed policies still within their two years of reinstatement (复效期)
    "payment_overdue",  # unpaid past its due date, within the grace period
    "payment_due",  # due within the next days
    "expiring",  # in force, expiring within the renewal windows, not renewed
    "callback",  # new policies in their hesitation period (犹豫期) without a 新单回访 yet
    "complaint",  # open complaints near or past their deadline
    "claim_waiting",  # open claims filed longer ago than the waiting limit
    "follow_up",  # follow-up visits due, overdue or coming up
    "opportunity",  # a family event, a gap in cover, a payout: a reason to call (商机)
    "birthday",  # birthdays in the coming days
    "loan_overdue",  # paper files lent out and not back in time (needs the loan register)
)
LIST_LIMIT = 200  # items materialised per list; the count covers all of them


@dataclass(frozen=True, slots=True)
class TodayItem:
    kind: str
    record_id: int  # payment, policy, customer, contact, claim, complaint or loan id, by kind
    customer_id: int
    customer_name: str
    day: date | None  # the date the item is about: due, expiry, birthday, follow-up, filed, deadline
    days: int  # day − today: negative when past
    reference: str = ""  # policy, claim or complaint number
    label: str = ""  # product, follow-up note or complaint text, as stored
    amount: Decimal | None = None
    count: int = 1  # unpaid instalments behind an overdue item
    period: int | None = None
    status: LabeledEnum | None = None
    age: int | None = None  # the age a birthday turns
    policy_id: int | None = None
    urgent: bool = False


@dataclass(slots=True)
class TodayReport:
    today: date
    items: dict[str, list[TodayItem]]
    counts: dict[str, int]
    renewal_windows: tuple[int, ...]
    renewal_counts: dict[int, int]  # window in days → policies expiring within it
    grace_days: int
    payment_days: int
    hesitation_days: int
    claim_wait_days: int
    available: frozenset[str] = field(default_factory=frozenset)
    elapsed_ms: float = 0.0

    def __getitem__(self, kind: str) -> list[TodayItem]:
        return self.items[kind]

    def total(self) -> int:
        return sum(n for n in self.counts.values() if n > 0)


def birthday_keys(today: date, days: int = 7) -> dict[str, int]:
    """MM-DD → days from today for the coming *days*; 29 February counts as 28 February in
    common years, so those customers are greeted too."""
    keys: dict[str, int] = {}
    for n in range(days):
        day = today + timedelta(days=n)
        keys[f"{day:%m-%d}"] = n
        if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
            keys["02-29"] = n
    return keys


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def _iso(day: date) -> str:
    return day.isoformat()


class _Lists:
    """One computation: the clock, the settings and the queries of every list."""

    def __init__(self, db: Database, limit: int) -> None:
        self.db = db
        self.limit = limit
        self.today = db.today()
        settings = Settings(db)
        self.windows: tuple[int, ...] = settings.get("today_renewal_windows")
        self.payment_days: int = settings.get("today_payment_days")
        self.grace: int = settings.get("grace_days")
        self.birthday_days: int = settings.get("today_birthday_days")
        self.follow_up_days: int = settings.get("today_follow_up_days")
        self.claim_wait: int = settings.get("today_claim_wait_days")
        self.complaint_warn: int = settings.get("today_complaint_warn_days")
        self.repeat_since = _iso(self.today - timedelta(days=settings.get("today_repeat_days")))
        self.hesitation: int = settings.get("hesitation_days")

    def page(self, alias: str, body: str, order: str, params: dict[Any, Any], details: str) -> list[tuple[Any, ...]]:
        """The first *limit* rows of a list in its order: ranked on the indexes alone, then the
        details of just those rows by primary key (*details* ends in ``IN ({ids})``). Joining the
        names before sorting made SQLite read a table row for every listed record — thousands
        at branch scale — to show two hundred."""
        ranked = self.db.read(
            f"SELECT {alias}.id {body} ORDER BY {order} LIMIT :limit", {**params, "limit": self.limit}
        )
        ids = [r[0] for r in ranked]
        if not ids:
            return []
        rows = {r[0]: r for r in self.db.read(details.format(ids=",".join("?" * len(ids))), ids)}
        return [rows[i] for i in ids]

    # --- opportunities (商机) ----------------------------------------------------------------
    def opportunities(self) -> tuple[list[TodayItem], int]:
        found, total = opportunities.find(self.db, self.today, self.limit)
        items = [
            TodayItem(
                "opportunity",
                f.customer_id,  # the 360 view is where an opportunity is worked on
                f.customer_id,
                f.name,
                f.day,
                (f.day - self.today).days if f.day is not None else 0,
                reference=f.reference,
                label=f.detail,
                status=f.kind,
                policy_id=f.policy_id,
            )
            for f in found
        ]
        return items, total

    # --- policies expiring ---------------------------------------------------------------
    def expiring(self) -> tuple[list[TodayItem], int, dict[int, int]]:
        horizon = max(self.windows)
        params = {
            "today": _iso(self.today),
            "until": _iso(self.today + timedelta(days=horizon)),
            "repeat_since": self.repeat_since,
        }
        body = (
            "FROM policy p WHERE p.status = 'in_force' AND p.expiry_date BETWEEN :today AND :until"
            " AND NOT EXISTS (SELECT 1 FROM policy r WHERE r.renewal_of_id = p.id)"
            " AND NOT EXISTS (SELECT 1 FROM contact t WHERE t.policy_id = p.id AND t.purpose = 'renewal'"
            "                 AND t.contacted_at >= :repeat_since)"
        )
        buckets = ", ".join(f"sum(p.expiry_date <= :w{n})" for n in range(len(self.windows)))
        for n, window in enumerate(self.windows):
            params[f"w{n}"] = _iso(self.today + timedelta(days=window))
        row = self.db.read_one(f"SELECT count(*), {buckets} {body}", params)
        assert row is not None
        per_window = {w: int(v or 0) for w, v in zip(self.windows, row[1:], strict=True)}
        rows = self.page(
            "p",
            body,
            "p.expiry_date, p.id",
            params,
            "SELECT p.id, c.id, c.name, p.policy_no, p.product, p.expiry_date, p.premium"
            " FROM policy p JOIN customer c ON c.id = p.policyholder_id WHERE p.id IN ({ids})",
        )
        first = min(self.windows)
        items = []
        for pid, cid, name, policy_no, product, expiry, premium in rows:
            day = _day(expiry)
            assert day is not None
            left = (day - self.today).days
            items.append(
                TodayItem(
                    "expiring",
                    pid,
                    cid,
                    name,
                    day,
                    left,
                    policy_no,
                    product,
                    from_fen(premium),
                    policy_id=pid,
                    urgent=left <= first,
                )
            )
        return items, int(row[0]), per_window

    # --- new policies ------------------------------------------------------------------
    def callbacks(self) -> tuple[list[TodayItem], int]:
        """New 人身保险 policies of more than a year (``domain.new_policy``) whose hesitation
        period is running or ended less than ``LATE_DAYS`` ago, with no 新单回访 entry yet; the
        period ending soonest first. The range on the effective date keeps it to the policy
        index's recent end."""
        params = {
            "since": _iso(self.today - timedelta(days=self.hesitation + LATE_DAYS)),
            "today": _iso(self.today),
        }
        body = (
            "FROM policy p INDEXED BY policy_effective WHERE p.effective_date BETWEEN :since AND :today"
            " AND p.status IN ('in_force', 'pending') AND p.renewal_of_id IS NULL"
            " AND p.business_line IN ('life', 'health', 'annuity')"
            " AND (p.expiry_date IS NULL OR p.expiry_date > date(p.effective_date, '+1 year'))"
            " AND NOT EXISTS (SELECT 1 FROM contact t WHERE t.policy_id = p.id AND t.purpose = 'callback')"
        )
        total = self.db.read_one(f"SELECT count(*) {body}", params)
        rows = self.page(
            "p",
            body,
            "p.effective_date, p.id",
            params,
            "SELECT p.id, c.id, c.name, p.policy_no, p.product, p.effective_date, p.premium"
            " FROM policy p JOIN customer c ON c.id = p.policyholder_id WHERE p.id IN ({ids})",
        )
        items = []
        for pid, cid, name, policy_no, product, effective, premium in rows:
            start = _day(effective)
            assert start is not None
            day = start + timedelta(days=self.hesitation)
            left = (day - self.today).days
            items.append(
                TodayItem(
                    "callback", pid, cid, name, day, left, policy_no, product, from_fen(premium),
                    policy_id=pid, urgent=left <= 3,
                )
            )  # fmt: skip
        return items, int(total[0]) if total else 0

    # --- premiums ----------------------------------------------------------------------
    _REMINDED = (
        "EXISTS (SELECT 1 FROM contact t WHERE t.policy_id = p.id AND t.purpose = 'payment_reminder'"
        " AND t.contacted_at >= max({since}, :repeat_since))"
    )

    def overdue(self) -> dict[str, tuple[list[TodayItem], int]]:
        """Unpaid instalments past due, one item per policy (its oldest unpaid instalment, with
        how many are unpaid and the sum owed): within the grace period they are overdue, past it
        the policy may lapse (《保险法》第三十六条: 60 days for life cover). Oldest first: those
        closest to losing their cover.

        Grouping by policy needs every unpaid row anyway, so one index-only pass fetches the
        groups (a few numbers each) and Python splits, sorts and cuts them; the names and numbers
        of the items shown are read afterwards by primary key. Ranking them in SQL with window
        functions took six times as long at 100,000 customers.
        """
        grace_start = _iso(self.today - timedelta(days=self.grace))
        params = {"today": _iso(self.today), "repeat_since": self.repeat_since}
        groups = self.db.read(
            "WITH u AS (SELECT y.policy_id AS policy_id, y.id AS payment_id, min(y.due_date) AS first_due"
            "   FROM payment y INDEXED BY payment_unpaid_policy WHERE y.status = 'due' AND y.due_date < :today"
            "   GROUP BY y.policy_id)"
            " SELECT u.first_due, u.policy_id, u.payment_id FROM u JOIN policy p ON p.id = u.policy_id"
            f" WHERE p.status = 'in_force' AND NOT {self._REMINDED.format(since='u.first_due')}",
            params,
        )
        groups.sort()
        split = {
            "lapse_warning": [g for g in groups if g[0] < grace_start],
            "payment_overdue": [g for g in groups if g[0] >= grace_start],
        }
        shown = [g for kind in split for g in split[kind][: self.limit]]
        details = {}
        for start in range(0, len(shown), 500):
            chunk = shown[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for yid, *rest in self.db.read(
                "SELECT y.id, y.period, p.policy_no, p.product, c.id, c.name FROM payment y"
                " JOIN policy p ON p.id = y.policy_id JOIN customer c ON c.id = p.policyholder_id"
                f" WHERE y.id IN ({marks})",
                [g[2] for g in chunk],
            ):
                details[yid] = rest
            for pid, n, owed in self.db.read(
                "SELECT y.policy_id, count(*), sum(y.amount_due) FROM payment y INDEXED BY payment_unpaid_policy"
                f" WHERE y.status = 'due' AND y.due_date < ? AND y.policy_id IN ({marks}) GROUP BY y.policy_id",
                [params["today"], *(g[1] for g in chunk)],
            ):
                details[("owed", pid)] = [n, owed]
        out: dict[str, tuple[list[TodayItem], int]] = {}
        for kind, found in split.items():
            items = []
            for due, pid, yid in found[: self.limit]:
                period, policy_no, product, cid, name = details[yid]
                n, owed = details[("owed", pid)]
                day = _day(due)
                assert day is not None
                left = (day - self.today).days
                items.append(
                    TodayItem(
                        kind,
                        yid,
                        cid,
                        name,
                        day,
                        left,
                        policy_no,
                        product,
                        from_fen(owed),
                        n,
                        period,
                        policy_id=pid,
                        urgent=instalment_state(day, self.today, self.grace) is not GraceState.IN_GRACE,
                    )
                )
            out[kind] = (items, len(found))
        return out

    def reinstatable(self) -> tuple[list[TodayItem], int]:
        """Lapsed policies within their two years of reinstatement (《保险法》第三十七条), the
        nearest deadline first. The lapse is dated by the oldest unpaid instalment's end of grace,
        or — a policy marked lapsed without instalments on file — by its last change."""
        rows = self.db.read(
            "WITH u AS (SELECT y.policy_id AS policy_id, min(y.due_date) AS first_due"
            "   FROM payment y INDEXED BY payment_unpaid_policy WHERE y.status = 'due' GROUP BY y.policy_id)"
            " SELECT p.id, coalesce(u.first_due, ''), substr(p.updated_at, 1, 10), p.policy_no, p.product,"
            " p.premium, c.id, c.name FROM policy p JOIN customer c ON c.id = p.policyholder_id"
            " LEFT JOIN u ON u.policy_id = p.id"
            f" WHERE p.status = 'lapsed' AND NOT {self._REMINDED.format(since=':repeat_since')}",
            {"repeat_since": self.repeat_since},
        )
        found = []
        for pid, first_due, changed, policy_no, product, premium, cid, name in rows:
            lapsed_on = (
                grace_ends(date.fromisoformat(first_due), self.grace) if first_due else date.fromisoformat(changed)
            )
            if lapsed_state(lapsed_on, self.today) is not GraceState.REINSTATABLE:
                continue
            end = reinstatement_ends(lapsed_on)
            found.append((end, pid, policy_no, product, premium, cid, name))
        found.sort()
        items = [
            TodayItem(
                "reinstatement",
                pid,
                cid,
                name,
                end,
                (end - self.today).days,
                policy_no,
                product,
                from_fen(premium),
                policy_id=pid,
                urgent=(end - self.today).days <= 90,
            )
            for end, pid, policy_no, product, premium, cid, name in found[: self.limit]
        ]
        return items, len(found)

    def payment_due(self) -> tuple[list[TodayItem], int]:
        params = {
            "today": _iso(self.today),
            "until": _iso(self.today + timedelta(days=self.payment_days)),
            "repeat_since": self.repeat_since,
            "ahead": f"-{self.payment_days} days",
        }
        # The policy's status from its status index: reading 10,000 policy rows cost more than the rest.
        body = (
            "FROM payment y INDEXED BY payment_unpaid JOIN policy p INDEXED BY policy_status ON p.id = y.policy_id"
            " WHERE y.status = 'due' AND y.due_date BETWEEN :today AND :until AND p.status IN ('in_force', 'pending')"
            f" AND NOT {self._REMINDED.format(since='date(y.due_date, :ahead)')}"
        )
        total = self.db.read_one(f"SELECT count(*) {body}", params)
        rows = self.page(
            "y",
            body,
            "y.due_date, y.policy_id, y.id",
            params,
            "SELECT y.id, c.id, c.name, p.policy_no, p.product, y.due_date, y.amount_due, y.period, p.id"
            " FROM payment y JOIN policy p ON p.id = y.policy_id JOIN customer c ON c.id = p.policyholder_id"
            " WHERE y.id IN ({ids})",
        )
        items = []
        for yid, cid, name, policy_no, product, due, amount, period, pid in rows:
            day = _day(due)
            assert day is not None
            left = (day - self.today).days
            items.append(
                TodayItem(
                    "payment_due",
                    yid,
                    cid,
                    name,
                    day,
                    left,
                    policy_no,
                    product,
                    from_fen(amount),
                    1,
                    period,
                    policy_id=pid,
                    urgent=left == 0,
                )
            )
        return items, int(total[0]) if total else 0

    # --- people ------------------------------------------------------------------------
    def birthdays(self) -> tuple[list[TodayItem], int]:
        keys = birthday_keys(self.today, self.birthday_days)
        marks = ",".join(f":k{n}" for n in range(len(keys)))
        params: dict[Any, Any] = {f"k{n}": key for n, key in enumerate(keys)}
        params["greeted_since"] = _iso(self.today - timedelta(days=self.birthday_days))
        order = " ".join(f"WHEN :k{n} THEN {days}" for n, days in enumerate(keys.values()))
        body = (
            f"FROM customer c WHERE substr(c.birth_date, 6, 5) IN ({marks}) AND c.birth_date IS NOT NULL"
            " AND c.kind = 'individual' AND c.lifecycle <> 'terminated'"
            " AND NOT EXISTS (SELECT 1 FROM contact t WHERE t.customer_id = c.id AND t.purpose = 'birthday'"
            "                 AND t.contacted_at >= :greeted_since)"
        )
        total = self.db.read_one(f"SELECT count(*) {body}", params)
        rows = self.page(
            "c",
            body,
            f"CASE substr(c.birth_date, 6, 5) {order} END, c.id",
            params,
            "SELECT c.id, c.name, c.birth_date FROM customer c WHERE c.id IN ({ids})",
        )
        items = []
        for cid, name, born in rows:
            birth = _day(born)
            assert birth is not None
            left = keys[f"{birth:%m-%d}"]
            day = self.today + timedelta(days=left)
            items.append(TodayItem("birthday", cid, cid, name, day, left, age=day.year - birth.year, urgent=left == 0))
        return items, int(total[0]) if total else 0

    def follow_ups(self) -> tuple[list[TodayItem], int]:
        params = {"today": _iso(self.today), "until": _iso(self.today + timedelta(days=self.follow_up_days))}
        body = (
            "FROM contact t WHERE t.follow_up_done = 0 AND t.follow_up_date IS NOT NULL AND t.follow_up_date <= :until"
        )
        total = self.db.read_one(f"SELECT count(*) {body}", params)
        rows = self.page(
            "t",
            body,
            # Today's first, then the most recently missed, then the coming days.
            "t.follow_up_date > :today, CASE WHEN t.follow_up_date > :today THEN t.follow_up_date END,"
            " t.follow_up_date DESC, t.id",
            params,
            "SELECT t.id, c.id, c.name, t.follow_up_date, t.summary, t.purpose, t.policy_id"
            " FROM contact t JOIN customer c ON c.id = t.customer_id WHERE t.id IN ({ids})",
        )
        items = []
        for tid, cid, name, follow, summary, purpose, pid in rows:
            day = _day(follow)
            assert day is not None
            left = (day - self.today).days
            items.append(
                TodayItem(
                    "follow_up",
                    tid,
                    cid,
                    name,
                    day,
                    left,
                    label=summary,
                    status=E.ContactPurpose(purpose),
                    policy_id=pid,
                    urgent=left < 0,
                )
            )
        return items, int(total[0]) if total else 0

    # --- service -----------------------------------------------------------------------
    def claims_waiting(self) -> tuple[list[TodayItem], int]:
        params = {"since": _iso(self.today - timedelta(days=self.claim_wait)), "repeat_since": self.repeat_since}
        body = (
            "FROM claim k WHERE k.status IN ('reported', 'collecting', 'under_review', 'approved')"
            " AND k.filed_date <= :since"
            " AND NOT EXISTS (SELECT 1 FROM contact t WHERE t.claim_id = k.id AND t.purpose = 'claim_progress'"
            "                 AND t.contacted_at >= :repeat_since)"
        )
        total = self.db.read_one(f"SELECT count(*) {body}", params)
        rows = self.page(
            "k",
            body,
            "k.filed_date, k.id",
            params,
            "SELECT k.id, c.id, c.name, k.claim_no, k.cause, k.filed_date, k.amount_claimed, k.status, k.policy_id"
            " FROM claim k JOIN customer c ON c.id = k.claimant_id WHERE k.id IN ({ids})",
        )
        items = []
        for kid, cid, name, claim_no, cause, filed, amount, status, pid in rows:
            day = _day(filed)
            assert day is not None
            left = (day - self.today).days
            items.append(
                TodayItem(
                    "claim_waiting",
                    kid,
                    cid,
                    name,
                    day,
                    left,
                    claim_no,
                    cause,
                    from_fen(amount),
                    status=E.ClaimStatus(status),
                    policy_id=pid,
                    urgent=-left > 2 * self.claim_wait,
                )
            )
        return items, int(total[0]) if total else 0

    def complaints(self) -> tuple[list[TodayItem], int]:
        params = {"until": _iso(self.today + timedelta(days=self.complaint_warn))}
        body = "FROM complaint m WHERE m.closed_at IS NULL AND m.deadline <= :until"
        total = self.db.read_one(f"SELECT count(*) {body}", params)
        rows = self.page(
            "m",
            body,
            "m.deadline, m.id",
            params,
            "SELECT m.id, c.id, c.name, m.complaint_no, m.content, m.deadline, m.policy_id"
            " FROM complaint m JOIN customer c ON c.id = m.customer_id WHERE m.id IN ({ids})",
        )
        items = []
        for mid, cid, name, number, content, deadline, pid in rows:
            day = _day(deadline)
            assert day is not None
            left = (day - self.today).days
            items.append(
                TodayItem("complaint", mid, cid, name, day, left, number, content, policy_id=pid, urgent=left <= 0)
            )
        return items, int(total[0]) if total else 0

    def loans_overdue(self) -> tuple[list[TodayItem], int] | None:
        """Paper files lent out (借阅) and not back by their due date, most overdue first.

        None when the archive has no loan register (a database from before migration 5 opened
        read-only elsewhere); the view then says the list is unavailable.
        """
        if not self.db.read_one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'loan'"):
            return None
        params = {"today": _iso(self.today)}
        body = "FROM loan l WHERE l.returned_on IS NULL AND l.due_on < :today"
        total = self.db.read_one(f"SELECT count(*) {body}", params)
        rows = self.page(
            "l",
            body,
            "l.due_on, l.id",
            params,
            "SELECT l.id, c.id, c.name, c.archive_no, l.borrower, l.due_on"
            " FROM loan l JOIN customer c ON c.id = l.customer_id WHERE l.id IN ({ids})",
        )
        items = []
        for lid, cid, name, archive_no, borrower, due in rows:
            day = _day(due)
            assert day is not None
            left = (day - self.today).days
            items.append(TodayItem("loan_overdue", lid, cid, name, day, left, archive_no, borrower, urgent=left < -7))
        return items, int(total[0]) if total else 0


def compute(db: Database, limit: int = LIST_LIMIT) -> TodayReport:
    """Every list's most pressing *limit* items and its exact count, read under one lock."""
    started = time.perf_counter()
    with db.lock:  # one consistent picture: no write lands between two lists
        lists = _Lists(db, limit)
        items: dict[str, list[TodayItem]] = {}
        counts: dict[str, int] = {}
        available = set(KINDS)
        items["expiring"], counts["expiring"], per_window = lists.expiring()
        items["callback"], counts["callback"] = lists.callbacks()
        for kind, (found, total) in lists.overdue().items():
            items[kind], counts[kind] = found, total
        items["payment_due"], counts["payment_due"] = lists.payment_due()
        items["birthday"], counts["birthday"] = lists.birthdays()
        items["follow_up"], counts["follow_up"] = lists.follow_ups()
        items["reinstatement"], counts["reinstatement"] = lists.reinstatable()
        items["opportunity"], counts["opportunity"] = lists.opportunities()
        items["claim_waiting"], counts["claim_waiting"] = lists.claims_waiting()
        items["complaint"], counts["complaint"] = lists.complaints()
        loans = lists.loans_overdue()
        if loans is None:
            available.discard("loan_overdue")
            items["loan_overdue"], counts["loan_overdue"] = [], 0
        else:
            items["loan_overdue"], counts["loan_overdue"] = loans
    return TodayReport(
        today=lists.today,
        items={kind: items[kind] for kind in KINDS},
        counts={kind: counts[kind] for kind in KINDS},
        renewal_windows=lists.windows,
        renewal_counts=per_window,
        grace_days=lists.grace,
        payment_days=lists.payment_days,
        hesitation_days=lists.hesitation,
        claim_wait_days=lists.claim_wait,
        available=frozenset(available),
        elapsed_ms=(time.perf_counter() - started) * 1000,
    )


def counts(db: Database) -> dict[str, int]:
    """Only the numbers (the status bar, the benchmark)."""
    return compute(db, limit=1).counts


# kind → (purpose, channel, summary as stored when the caller gives none) of the contact entry
# that answers the item. The UI passes its own, translated, summary.
RESOLUTIONS: dict[str, tuple[E.ContactPurpose, E.ContactChannel, str]] = {
    "birthday": (E.ContactPurpose.BIRTHDAY, E.ContactChannel.WECHAT, "生日祝福已发送"),
    "payment_due": (E.ContactPurpose.PAYMENT_REMINDER, E.ContactChannel.PHONE, "已提醒缴费"),
    "payment_overdue": (E.ContactPurpose.PAYMENT_REMINDER, E.ContactChannel.PHONE, "已提醒缴费（逾期）"),
    "lapse_warning": (E.ContactPurpose.PAYMENT_REMINDER, E.ContactChannel.PHONE, "已提醒缴费（已过宽限期）"),
    "reinstatement": (E.ContactPurpose.PAYMENT_REMINDER, E.ContactChannel.PHONE, "已提醒复效"),
    "expiring": (E.ContactPurpose.RENEWAL, E.ContactChannel.PHONE, "已提醒续保"),
    "claim_waiting": (E.ContactPurpose.CLAIM_PROGRESS, E.ContactChannel.PHONE, "已告知理赔进度"),
    "follow_up": (E.ContactPurpose.FOLLOW_UP, E.ContactChannel.PHONE, "回访已完成"),
    "callback": (E.ContactPurpose.CALLBACK, E.ContactChannel.PHONE, "新单回访已完成"),
    "opportunity": (E.ContactPurpose.OPPORTUNITY, E.ContactChannel.PHONE, ACTED),
}
# The outcome a one-click answer records, where the list's question has one.
OUTCOMES = {"callback": "客户确认投保意愿"}


def _outcome(item: TodayItem) -> str:
    """An opportunity's answer carries its label (the quiet period finds it by that)."""
    if item.kind == "opportunity" and item.status is not None:
        return item.status.label
    return OUTCOMES.get(item.kind, "")


def resolve(
    store: Repositories,
    item: TodayItem,
    *,
    summary: str | None = None,
    channel: E.ContactChannel | None = None,
    now: datetime | None = None,
) -> int:
    """Record the action that answers *item*; returns the new contact entry's id.

    A follow-up is answered by a 回访 entry and the original entry's follow-up marked done; the
    others by a contact entry of the matching purpose, linked to the policy or claim. Everything
    goes through the repositories, so it is validated and audit-logged in one transaction.
    """
    if item.kind not in RESOLUTIONS:
        raise ValueError(f"no one-click action for {item.kind}")
    purpose, default_channel, default_summary = RESOLUTIONS[item.kind]
    moment = (now or store.now()).replace(microsecond=0)
    claim_id = item.record_id if item.kind == "claim_waiting" else None
    with store.db.transaction():
        if item.kind == "follow_up":
            original = store.contacts.get(item.record_id)
            original.follow_up_done = True
            store.contacts.update(original)
            claim_id = original.claim_id
        entry = store.contacts.create(
            ContactEntry(
                item.customer_id,
                moment,
                channel or default_channel,
                purpose,
                summary or default_summary,
                # an opportunity's answer carries its label: the quiet period finds it by that
                outcome=item.status.label
                if item.kind == "opportunity" and item.status
                else OUTCOMES.get(item.kind, ""),
                policy_id=item.policy_id,
                claim_id=claim_id,
            )
        )
    assert entry.id is not None
    return entry.id
