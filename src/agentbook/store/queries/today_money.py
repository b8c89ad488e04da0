"""Today's premium lists: instalments due soon, overdue within grace, past grace, and lapsed policies
still within their two years of reinstatement."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from agentbook.domain.enums import PolicyStatus
from agentbook.domain.grace import GraceState, instalment_state, reinstatable_since, reinstatement_ends
from agentbook.domain.money import from_fen
from agentbook.store.queries.today_items import ListsBase, TodayItem, day_of, iso


class MoneyLists(ListsBase):
    # --- premiums ----------------------------------------------------------------------
    _REMINDED_SINCE = (
        "EXISTS (SELECT 1 FROM contact t WHERE t.policy_id = p.id AND t.purpose = 'payment_reminder'"
        " AND t.contacted_at >= {since})"
    )

    def overdue(self) -> dict[str, tuple[list[TodayItem], int]]:
        """Unpaid instalments past due, one item per policy (its oldest unpaid instalment, with
        how many are unpaid and the sum owed): within the grace period they are overdue, past it
        the policy may lapse (《保险法》第三十六条: 60 days for life cover). Oldest first: those
        closest to losing their cover.

        Read from ``policy_arrears`` (each policy's oldest unpaid due date, kept by triggers):
        both lists are counted in one pass over its index, less the policies reminded since —
        found from the few recent reminders rather than asked of every overdue policy — and only
        the items shown are read in full. Grouping every unpaid instalment by policy on each run
        grew with the whole book.
        """
        params: dict[str, Any] = {
            "today": iso(self.today),
            "repeat_since": self.repeat_since,
            "grace": self.grace,
            "lapsing": iso(self.today - timedelta(days=self.grace)),
        }
        # A policy's own grace period where its contract sets one, else the settings'.
        grace_start = "date(:today, '-' || coalesce(a.grace_days, :grace) || ' days')"
        lapsed = f"CASE WHEN a.grace_days IS NULL THEN a.first_due < :lapsing ELSE a.first_due < {grace_start} END"
        # Within grace a reminder hides the item until the next point of arrears (day 1, 7, 20 …);
        # past grace, until the repeat interval has passed.
        late = " ".join(
            f"WHEN a.first_due <= :late{q} THEN date(a.first_due, '+{q} days')" for q in reversed(self.remind_late)
        )
        params |= {f"late{q}": iso(self.today - timedelta(days=q)) for q in self.remind_late}
        since = (
            f"CASE WHEN a.first_due < {grace_start} THEN max(a.first_due, :repeat_since)"
            f" ELSE CASE {late} ELSE a.first_due END END"
        )
        reminded = (
            "EXISTS (SELECT 1 FROM contact t WHERE t.policy_id = a.policy_id AND t.purpose = 'payment_reminder'"
            f" AND t.contacted_at >= {since})"
        )
        arrears = (
            "FROM policy_arrears a INDEXED BY policy_arrears_due WHERE a.status = 'in_force' AND a.first_due < :today"
        )
        tally = f"SELECT count(*), count(*) FILTER (WHERE {lapsed}), max(a.grace_days) {arrears}"
        row = self.db.read_one(tally, params)
        assert row is not None
        total, lapsing = int(row[0]), int(row[1] or 0)
        # Every reminder that can hide an item is newer than the oldest "since" of either list.
        longest = max(self.grace, int(row[2] or 0))
        params["earliest"] = min(self.repeat_since, iso(self.today - timedelta(days=longest)))
        params["in_grace_from"] = iso(self.today - timedelta(days=longest))
        hidden = self.db.read(
            f"SELECT {lapsed} {arrears.replace(' INDEXED BY policy_arrears_due', '')}"
            " AND a.policy_id IN (SELECT t.policy_id FROM contact t INDEXED BY"
            " contact_purpose_policy WHERE t.purpose = 'payment_reminder' AND t.contacted_at >= :earliest)"
            f" AND {reminded}",
            params,
        )
        hidden_lapsing = sum(1 for (flag,) in hidden if flag)
        counts = {
            "lapse_warning": lapsing - hidden_lapsing,
            "payment_overdue": total - lapsing - (len(hidden) - hidden_lapsing),
        }
        ranked = f"SELECT a.first_due, a.policy_id, coalesce(a.grace_days, :grace) {arrears} AND NOT {reminded}"
        split = {
            "lapse_warning": self.db.read(
                f"{ranked} AND {lapsed} ORDER BY a.first_due, a.policy_id LIMIT :limit", params | {"limit": self.limit}
            ),
            "payment_overdue": self.db.read(
                f"{ranked} AND a.first_due >= :in_grace_from AND NOT ({lapsed})"
                " ORDER BY a.first_due, a.policy_id LIMIT :limit",
                params | {"limit": self.limit},
            ),
        }
        grace_of = {g[1]: int(g[2]) for kind in split for g in split[kind]}
        shown = [g for kind in split for g in split[kind]]
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
            for due, pid, *_ in found:
                yid = first_unpaid.get(pid)
                if yid is None or yid not in details:  # on a branch: held by a customer not theirs to see
                    continue
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
            out[kind] = (items, counts[kind])
        return out

    def reinstatable(self) -> tuple[list[TodayItem], int]:
        """Lapsed policies within their two years of reinstatement (《保险法》第三十七条), the
        nearest deadline first. The lapse is dated by the oldest unpaid instalment's end of grace,
        or — a policy marked lapsed without instalments on file — by its last change. Ranked on
        the indexes (``policy_arrears`` and the policy's status); the items shown read in full."""
        params = {
            "repeat_since": self.repeat_since,
            "grace": self.grace,
            "since": iso(reinstatable_since(self.today)),
            "limit": self.limit,
        }
        # Counted and ranked by the server: thousands of lapsed policies are not each dated in
        # Python on every run, whose interpreter lock a search typed meanwhile would queue behind.
        # A reminder since the repeat interval hides a policy; the few reminded are looked up once
        # rather than the contact log asked for every lapsed policy. Lapsed with nothing unpaid on
        # file: dated by the policy's last change — said as NOT EXISTS, not as a set difference:
        # PostgreSQL reads every policy to join the difference back (60 ms at 100,000 customers).
        # A lapse on 29 February ranks as the 28th, whose deadline it shares (``reinstatement_ends``).
        found = self.db.read(
            "WITH lapse (policy_id, lapsed_on) AS ("
            " SELECT a.policy_id, date(a.first_due, '+' || coalesce(a.grace_days, :grace) || ' days')"
            " FROM policy_arrears a INDEXED BY policy_arrears_due WHERE a.status = 'lapsed'"
            " UNION ALL SELECT p.id, substr(p.updated_at, 1, 10) FROM policy p WHERE p.status = 'lapsed'"
            " AND NOT EXISTS (SELECT 1 FROM policy_arrears a WHERE a.policy_id = p.id AND a.status = 'lapsed'))"
            " SELECT l.policy_id, l.lapsed_on, count(*) OVER () FROM lapse l WHERE l.lapsed_on >= :since"
            " AND l.policy_id NOT IN (SELECT t.policy_id FROM contact t INDEXED BY contact_purpose_policy"
            " WHERE t.purpose = 'payment_reminder' AND t.contacted_at >= :repeat_since AND t.policy_id IS NOT NULL)"
            " ORDER BY CASE WHEN substr(l.lapsed_on, 6) = '02-29' THEN date(l.lapsed_on, '-1 days')"
            " ELSE l.lapsed_on END, l.policy_id LIMIT :limit",
            params,
        )
        total = int(found[0][2]) if found else 0
        shown = [(reinstatement_ends(date.fromisoformat(lapsed_on)), pid) for pid, lapsed_on, _n in found]
        details = (
            {
                r[0]: r[1:]
                for r in self.db.read(
                    "SELECT p.id, p.policy_no, p.product, p.premium, c.id, c.name FROM policy p"
                    f" JOIN customer c ON c.id = p.policyholder_id WHERE p.id IN ({','.join('?' * len(shown))})",
                    [pid for _end, pid in shown],
                )
            }
            if shown
            else {}
        )
        items = []
        for end, pid in shown:
            if pid not in details:  # on a branch: held by a customer not theirs to see
                continue
            policy_no, product, premium, cid, name = details[pid]
            items.append(
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
            )
        return items, total

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
        total = self._due_count(params, f"CASE {before} END")
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
        return items, total

    def _due_count(self, params: dict[str, Any], since: str) -> int:
        """How many instalments the due list holds: all unpaid in the window on the index alone,
        less those of policies no longer live (found from ``policy_arrears``, which names every
        policy with an unpaid instalment and its status) and less those reminded since their last
        reminder point (from the few recent reminders) — instead of asking the policy and the
        contact log once for each of tens of thousands of instalments."""
        window = "y.status = 'due' AND y.due_date BETWEEN :today AND :until"
        dead = tuple(s.value for s in PolicyStatus if s not in (PolicyStatus.IN_FORCE, PolicyStatus.PENDING))
        all_due = self.db.read_int(f"SELECT count(*) FROM payment y INDEXED BY payment_unpaid WHERE {window}", params)
        not_live = self.db.read_int(
            "SELECT count(*) FROM policy_arrears a INDEXED BY policy_arrears_due"
            " JOIN payment y INDEXED BY payment_unpaid_policy ON y.policy_id = a.policy_id"
            f" WHERE a.status IN ({','.join(repr(d) for d in dead)}) AND {window}",
            params,
        )
        earliest = iso(self.today - timedelta(days=self.payment_days))  # no reminder point lies further back
        reminded = self.db.read_int(
            "SELECT count(*) FROM payment y INDEXED BY payment_unpaid_policy JOIN policy p ON p.id = y.policy_id"
            " WHERE y.policy_id IN (SELECT t.policy_id FROM contact t INDEXED BY contact_purpose_policy"
            "   WHERE t.purpose = 'payment_reminder' AND t.contacted_at >= :earliest)"
            f" AND {window} AND p.status IN ('in_force', 'pending')"
            f" AND {self._REMINDED_SINCE.format(since=since)}",
            params | {"earliest": earliest},
        )
        return all_due - not_live - reminded
