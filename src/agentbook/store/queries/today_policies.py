"""Today's policy lists: policies expiring within the renewal windows, and new policies awaiting
their callback within the hesitation period."""

from __future__ import annotations

from datetime import timedelta

from agentbook.domain.money import from_fen
from agentbook.domain.new_policy import LATE_DAYS
from agentbook.store.queries.today_items import ListsBase, TodayItem, day_of, iso


class PolicyLists(ListsBase):
    # --- policies expiring ---------------------------------------------------------------
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
        buckets = ", ".join(f"count(*) FILTER (WHERE p.expiry_date <= :w{n})" for n in range(len(self.windows)))
        for n, window in enumerate(self.windows):
            params[f"w{n}"] = iso(self.today + timedelta(days=window))
        # Counted on the in-force expiry index, less the few policies a recent renewal call hides
        # (found from those calls): asking the contact log once per expiring policy cost as much
        # as the rest of the count.
        unrenewed = (
            "FROM policy p INDEXED BY policy_in_force_expiry WHERE p.status = 'in_force'"
            " AND p.expiry_date BETWEEN :today AND :until"
            " AND NOT EXISTS (SELECT 1 FROM policy r WHERE r.renewal_of_id = p.id)"
        )
        every = self.db.read_one(f"SELECT count(*), {buckets} {unrenewed}", params)
        called = self.db.read_one(
            f"SELECT count(*), {buckets} {unrenewed.replace(' INDEXED BY policy_in_force_expiry', '')}"
            " AND p.id IN (SELECT t.policy_id FROM contact t INDEXED BY contact_purpose_policy"
            "   WHERE t.purpose = 'renewal' AND t.contacted_at >= :repeat_since)",
            params,
        )
        assert every is not None and called is not None
        row = [int(a or 0) - int(b or 0) for a, b in zip(every, called, strict=True)]
        per_window = {w: v for w, v in zip(self.windows, row[1:], strict=True)}
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

    # --- new policies ------------------------------------------------------------------
    def callbacks(self) -> tuple[list[TodayItem], int]:
        """New 人身保险 policies of more than a year (``domain.new_policy``) whose hesitation
        period is running or ended less than ``LATE_DAYS`` ago, with no 新单回访 entry yet; the
        period ending soonest first. The range on the effective date keeps it to the recent end of
        an index of exactly these policies (migration 12), read without the table."""
        params = {
            "since": iso(self.today - timedelta(days=self.hesitation + LATE_DAYS)),
            "today": iso(self.today),
        }
        body = (
            "FROM policy p INDEXED BY policy_new_personal WHERE p.effective_date BETWEEN :since AND :today"
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
            start = day_of(effective)
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
