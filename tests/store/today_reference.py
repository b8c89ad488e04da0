"""The Today lists computed the plain way: straight from the base tables, every unpaid instalment
grouped by policy and every customer's policies looked at on each run. Slow at branch scale and
plainly right: the fast lists, on the summaries of migration 12, must give exactly their answers."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from agentbook.domain.grace import GraceState, grace_ends, instalment_state, lapsed_state, reinstatement_ends
from agentbook.domain.money import from_fen
from agentbook.domain.opportunities import CI_AGES, EVENT_DAYS, MATURITY_DAYS, QUIET_DAYS, UNCHANGED_YEARS, Opportunity
from agentbook.store.db.database import Database
from agentbook.store.queries.opportunities import Found, _years_before
from agentbook.store.queries.today import _Lists
from agentbook.store.queries.today_items import TodayItem, birthday_keys, day_of, iso


class ReferenceLists(_Lists):
    def birthdays(self) -> tuple[list[TodayItem], int]:
        keys = birthday_keys(self.today, self.birthday_days)
        marks = ",".join(f":k{n}" for n in range(len(keys)))
        params: dict[Any, Any] = {f"k{n}": key for n, key in enumerate(keys)}
        params["greeted_since"] = iso(self.today - timedelta(days=self.birthday_days))
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
            birth = day_of(born)
            assert birth is not None
            left = keys[f"{birth:%m-%d}"]
            day = self.today + timedelta(days=left)
            items.append(TodayItem("birthday", cid, cid, name, day, left, age=day.year - birth.year, urgent=left == 0))
        return items, int(total[0]) if total else 0

    def expiring(self) -> tuple[list[TodayItem], int, dict[int, int]]:
        horizon = max(self.windows)
        params = {
            "today": iso(self.today),
            "until": iso(self.today + timedelta(days=horizon)),
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
            params[f"w{n}"] = iso(self.today + timedelta(days=window))
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
            day = day_of(expiry)
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
        params = {"today": iso(self.today), "repeat_since": self.repeat_since, "grace": self.grace}
        # A policy's own grace period where its contract sets one, else the settings'.
        grace_start = "date(:today, '-' || coalesce(p.grace_days, :grace) || ' days')"
        # Within grace a reminder hides the item until the next point of arrears (day 1, 7, 20 …);
        # past grace, until the repeat interval has passed.
        late = " ".join(
            f"WHEN u.first_due <= :late{q} THEN date(u.first_due, '+{q} days')" for q in reversed(self.remind_late)
        )
        params |= {f"late{q}": iso(self.today - timedelta(days=q)) for q in self.remind_late}
        since = (
            f"CASE WHEN u.first_due < {grace_start} THEN max(u.first_due, :repeat_since)"
            f" ELSE CASE {late} ELSE u.first_due END END"
        )
        groups = self.db.read(
            "WITH u AS (SELECT y.policy_id AS policy_id, min(y.due_date) AS first_due"
            "   FROM payment y INDEXED BY payment_unpaid_policy WHERE y.status = 'due' AND y.due_date < :today"
            "   GROUP BY y.policy_id)"
            f" SELECT u.first_due, u.policy_id, u.first_due < {grace_start},"
            " coalesce(p.grace_days, :grace) FROM u JOIN policy p ON p.id = u.policy_id"
            f" WHERE p.status = 'in_force' AND NOT {self._REMINDED_SINCE.format(since=since)}",
            params,
        )
        groups.sort()
        split = {
            "lapse_warning": [g for g in groups if g[2]],
            "payment_overdue": [g for g in groups if not g[2]],
        }
        grace_of = {g[1]: int(g[3]) for g in groups}
        shown = [g for kind in split for g in split[kind][: self.limit]]
        details: dict[Any, Any] = {}
        first_unpaid: dict[int, int] = {}  # policy → its oldest unpaid instalment, for the items shown
        for start in range(0, len(shown), 400):
            chunk = shown[start : start + 400]
            pairs = ",".join("(?,?)" for _ in chunk)
            for pid, yid in self.db.read(
                "SELECT y.policy_id, min(y.id) FROM payment y WHERE y.status = 'due'"
                f" AND (y.policy_id, y.due_date) IN (VALUES {pairs}) GROUP BY y.policy_id",
                [v for g in chunk for v in (g[1], g[0])],
            ):
                first_unpaid[pid] = yid
            marks = ",".join("?" * len(chunk))
            for yid, *rest in self.db.read(
                "SELECT y.id, y.period, p.policy_no, p.product, c.id, c.name FROM payment y"
                " JOIN policy p ON p.id = y.policy_id JOIN customer c ON c.id = p.policyholder_id"
                f" WHERE y.id IN ({marks})",
                [first_unpaid[g[1]] for g in chunk],
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
            for due, pid, *_ in found[: self.limit]:
                yid = first_unpaid[pid]
                period, policy_no, product, cid, name = details[yid]
                n, owed = details[("owed", pid)]
                day = day_of(due)
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
                        urgent=instalment_state(day, self.today, grace_of[pid]) is not GraceState.IN_GRACE,
                        grace_days=grace_of[pid],
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
            " p.premium, c.id, c.name, coalesce(p.grace_days, :grace) FROM policy p"
            " JOIN customer c ON c.id = p.policyholder_id"
            " LEFT JOIN u ON u.policy_id = p.id"
            f" WHERE p.status = 'lapsed' AND NOT {self._REMINDED_SINCE.format(since=':repeat_since')}",
            {"repeat_since": self.repeat_since, "grace": self.grace},
        )
        found = []
        for pid, first_due, changed, policy_no, product, premium, cid, name, grace in rows:
            due = date.fromisoformat(first_due) if first_due else None
            lapsed_on = grace_ends(due, int(grace)) if due else date.fromisoformat(changed)
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
        params: dict[str, Any] = {
            "today": iso(self.today),
            "until": iso(self.today + timedelta(days=self.payment_days)),
        }
        # A reminder hides the instalment until the next reminder point before its due date
        # (45, 30, 7, 1 days before …): the point that has passed last is where "since" starts.
        before = " ".join(
            f"WHEN y.due_date <= :before{p} THEN date(y.due_date, '-{p} days')" for p in self.remind_before
        )
        params |= {f"before{p}": iso(self.today + timedelta(days=p)) for p in self.remind_before}
        # The policy's status from its status index: reading 10,000 policy rows cost more than the rest.
        body = (
            "FROM payment y INDEXED BY payment_unpaid JOIN policy p INDEXED BY policy_status ON p.id = y.policy_id"
            " WHERE y.status = 'due' AND y.due_date BETWEEN :today AND :until AND p.status IN ('in_force', 'pending')"
            f" AND NOT {self._REMINDED_SINCE.format(since=f'CASE {before} END')}"
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
            day = day_of(due)
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


def _quiet(alias: str, kind: Opportunity) -> str:
    """SQL: no answer to this opportunity for this customer within the quiet period (the answer's
    outcome is the opportunity's label, bound as ``:answer_<kind>``)."""
    return (
        f" AND NOT EXISTS (SELECT 1 FROM contact k WHERE k.customer_id = {alias}"
        f" AND k.purpose = 'opportunity' AND k.outcome = :answer_{kind.value} AND k.contacted_at >= :quiet)"
    )


def opportunities(db: Database, today: date, limit: int) -> tuple[list[Found], int]:
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
