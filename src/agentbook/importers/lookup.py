"""What the archive already holds, asked by the planner: matching customers and policies.

Read-only and cached, so re-planning after each duplicate choice in the wizard costs nothing.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.models import Customer, Policy
from agentbook.domain.money import to_fen
from agentbook.store.api import Store


@dataclass(frozen=True, slots=True)
class Match:
    customer_id: int
    name: str
    archive_no: str
    reason: str  # message template, context "importer"

    @property
    def label(self) -> str:
        return f"{self.name}（{self.archive_no}）"


@dataclass(frozen=True, slots=True)
class ExistingPolicy:
    policy_id: int
    holder_id: int
    holder_label: str


BY_ARCHIVE = QT_TRANSLATE_NOOP("importer", "档案编号相同")
BY_ID = QT_TRANSLATE_NOOP("importer", "证件号码相同")
BY_NAME_MOBILE = QT_TRANSLATE_NOOP("importer", "姓名和手机号相同")


class Lookup:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._customers: dict[tuple, list[Match]] = {}
        self._policies: dict[tuple[str, str], ExistingPolicy | None] = {}

    def customers_matching(self, archive_no: str, id_number: str, name: str, mobile: str) -> list[Match]:
        """Existing customers this one may be, best reason first (archive no., ID, name + mobile)."""
        key = (archive_no, id_number, name, mobile)
        if key not in self._customers:
            found: dict[int, Match] = {}
            queries = []
            if archive_no:
                queries.append((BY_ARCHIVE, "archive_no = ?", (archive_no,)))
            if id_number:
                queries.append((BY_ID, "id_number = ?", (id_number,)))
            if name and mobile:
                queries.append((BY_NAME_MOBILE, "mobile = ? AND name = ?", (mobile, name)))
            for reason, where, params in queries:
                for cid, cname, archive in self.store.db.read(
                    f"SELECT id, name, archive_no FROM customer WHERE {where} ORDER BY id", params
                ):
                    found.setdefault(cid, Match(cid, cname, archive, reason))
            self._customers[key] = list(found.values())
        return self._customers[key]

    def policy(self, policy_no: str, insurer: str) -> ExistingPolicy | None:
        key = (policy_no, insurer)
        if key not in self._policies:
            row = self.store.db.read_one(
                "SELECT p.id, p.policyholder_id, c.name, c.archive_no FROM policy p"
                " JOIN customer c ON c.id = p.policyholder_id WHERE p.policy_no = ? AND p.insurer = ?",
                key,
            )
            self._policies[key] = ExistingPolicy(row[0], row[1], f"{row[2]}（{row[3]}）") if row else None
        return self._policies[key]

    def customer(self, customer_id: int) -> Customer:
        return copy.deepcopy(self.store.customers.get(customer_id))

    def policy_record(self, policy_id: int) -> Policy:
        return copy.deepcopy(self.store.policies.get(policy_id))

    def payment_exists(self, policy_id: int, day: date, amount: Decimal) -> bool:
        return bool(
            self.store.db.read_one(
                "SELECT 1 FROM payment WHERE policy_id = ? AND (due_date = ? OR paid_date = ?)"
                " AND (amount_due = ? OR amount_paid = ?)",
                (policy_id, day.isoformat(), day.isoformat(), to_fen(amount), to_fen(amount)),
            )
        )

    def claim_exists(self, policy_id: int, filed: date, amount: Decimal) -> bool:
        return bool(
            self.store.db.read_one(
                "SELECT 1 FROM claim WHERE policy_id = ? AND filed_date = ? AND amount_claimed = ?",
                (policy_id, filed.isoformat(), to_fen(amount)),
            )
        )

    def contact_exists(self, customer_id: int, moment: datetime, summary: str) -> bool:
        return bool(
            self.store.db.read_one(
                "SELECT 1 FROM contact WHERE customer_id = ? AND substr(contacted_at, 1, 10) = ? AND summary = ?",
                (customer_id, moment.date().isoformat(), summary),
            )
        )
