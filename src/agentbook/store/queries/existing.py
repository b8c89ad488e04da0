"""What the archive already holds, asked by the importer before it plans: matching customers,
policies by number, and whether a payment, claim or contact is already recorded.

The SQL lives here so that the importer speaks to the store's API only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from agentbook.domain.money import to_fen
from agentbook.store.db.database import Database

# Why a row may be an existing customer, best first (the importer words each reason).
BY_ARCHIVE, BY_ID, BY_NAME_MOBILE = "archive_no", "id_number", "name_mobile"


@dataclass(frozen=True, slots=True)
class CustomerMatch:
    customer_id: int
    name: str
    archive_no: str
    reason: str  # BY_ARCHIVE, BY_ID or BY_NAME_MOBILE


@dataclass(frozen=True, slots=True)
class PolicyMatch:
    policy_id: int
    holder_id: int
    holder_name: str
    holder_archive_no: str


class ExistingRecords:
    def __init__(self, db: Database) -> None:
        self.db = db

    def customers_matching(self, archive_no: str, id_number: str, name: str, mobile: str) -> list[CustomerMatch]:
        """Customers this one may be: same archive number, same ID number, or same name and mobile."""
        queries = []
        if archive_no:
            queries.append((BY_ARCHIVE, "archive_no = ?", (archive_no,)))
        if id_number:
            queries.append((BY_ID, "id_number = ?", (id_number,)))
        if name and mobile:
            queries.append((BY_NAME_MOBILE, "mobile = ? AND name = ?", (mobile, name)))
        found: dict[int, CustomerMatch] = {}
        for reason, where, params in queries:
            for cid, cname, archive in self.db.read(
                f"SELECT id, name, archive_no FROM customer WHERE {where} ORDER BY id", params
            ):
                found.setdefault(cid, CustomerMatch(cid, cname, archive, reason))
        return list(found.values())

    def policy(self, policy_no: str, insurer: str) -> PolicyMatch | None:
        row = self.db.read_one(
            "SELECT p.id, p.policyholder_id, c.name, c.archive_no FROM policy p"
            " JOIN customer c ON c.id = p.policyholder_id WHERE p.policy_no = ? AND p.insurer = ?",
            (policy_no, insurer),
        )
        return PolicyMatch(*row) if row else None

    def payment_exists(self, policy_id: int, day: date, amount: Decimal) -> bool:
        """A payment due or paid on *day* for *amount* (the same instalment imported twice)."""
        return bool(
            self.db.read_one(
                "SELECT 1 FROM payment WHERE policy_id = ? AND (due_date = ? OR paid_date = ?)"
                " AND (amount_due = ? OR amount_paid = ?)",
                (policy_id, day.isoformat(), day.isoformat(), to_fen(amount), to_fen(amount)),
            )
        )

    def claim_exists(self, policy_id: int, filed: date, amount: Decimal) -> bool:
        return bool(
            self.db.read_one(
                "SELECT 1 FROM claim WHERE policy_id = ? AND filed_date = ? AND amount_claimed = ?",
                (policy_id, filed.isoformat(), to_fen(amount)),
            )
        )

    def contact_exists(self, customer_id: int, moment: datetime, summary: str) -> bool:
        """A contact entry on the same day with the same summary."""
        return bool(
            self.db.read_one(
                "SELECT 1 FROM contact WHERE customer_id = ? AND substr(contacted_at, 1, 10) = ? AND summary = ?",
                (customer_id, moment.date().isoformat(), summary),
            )
        )

    def next_payment_period(self, policy_id: int) -> int:
        row = self.db.read_one("SELECT max(period) FROM payment WHERE policy_id = ?", (policy_id,))
        return (row[0] or 0) + 1 if row else 1

    def claim_no_taken(self, claim_no: str) -> bool:
        return self.db.read_one("SELECT 1 FROM claim WHERE claim_no = ?", (claim_no,)) is not None
