"""What the archive already holds, asked by the importer before it plans: matching customers,
policies by number, and whether a payment, claim or contact is already recorded.

The SQL lives here so that the importer speaks to the store's API only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from agentbook.domain.duplicates import DuplicateRule, id_key, name_mobile_key
from agentbook.domain.money import to_fen
from agentbook.store.db.database import Database


@dataclass(frozen=True, slots=True)
class CustomerMatch:
    customer_id: int
    name: str
    archive_no: str
    rule: DuplicateRule  # the strongest of ``IMPORT_RULES`` that matched


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
        """Customers this one may be, by the domain's import rules, strongest first.

        Each rule reads by an indexed column; the name is compared as the domain compares it
        (繁/简 folded, spaces ignored), so 張三 with 张三's mobile is found."""
        wanted = name_mobile_key(name, mobile)
        queries: list[tuple[DuplicateRule, str, tuple[str, ...]]] = []
        if archive_no:
            queries.append((DuplicateRule.SAME_ARCHIVE_NO, "archive_no = ?", (archive_no,)))
        if id_number:
            key = id_key(id_number)  # stored as typed: either case of the check letter, both indexed
            queries.append((DuplicateRule.SAME_ID, "id_number IN (?, ?)", (key, key.lower())))
        if wanted is not None:
            queries.append((DuplicateRule.NAME_MOBILE, "mobile = ?", (wanted[1],)))
        found: dict[int, CustomerMatch] = {}
        for rule, where, params in queries:
            for cid, cname, archive, cmobile in self.db.read(
                f"SELECT id, name, archive_no, mobile FROM customer WHERE {where} ORDER BY id", params
            ):
                if rule is DuplicateRule.NAME_MOBILE and name_mobile_key(cname, cmobile) != wanted:
                    continue
                found.setdefault(cid, CustomerMatch(cid, cname, archive, rule))
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
