"""Today's open cases: claims waiting, complaints near their deadline, paper files not returned."""

from __future__ import annotations

from datetime import timedelta

from agentbook.domain import enums as E
from agentbook.domain.money import from_fen
from agentbook.store.db import schema_info
from agentbook.store.queries.today_items import ListsBase, TodayItem, day_of, iso


class CaseLists(ListsBase):
    def claims_waiting(self) -> tuple[list[TodayItem], int]:
        params = {"since": iso(self.today - timedelta(days=self.claim_wait)), "repeat_since": self.repeat_since}
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
            day = day_of(filed)
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
        params = {"until": iso(self.today + timedelta(days=self.complaint_warn))}
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
            day = day_of(deadline)
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
        if not self.db.run_read(lambda conn: schema_info.has_table(conn, "loan")):
            return None
        params = {"today": iso(self.today)}
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
            day = day_of(due)
            assert day is not None
            left = (day - self.today).days
            items.append(TodayItem("loan_overdue", lid, cid, name, day, left, archive_no, borrower, urgent=left < -7))
        return items, int(total[0]) if total else 0
