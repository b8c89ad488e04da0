"""What the archive already holds, asked by the planner: matching customers and policies.

Read-only and cached, so re-planning after each duplicate choice in the wizard costs nothing.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from agentbook.domain.duplicates import DuplicateRule
from agentbook.domain.models import Customer, Policy
from agentbook.store.api import Store


@dataclass(frozen=True, slots=True)
class Match:
    customer_id: int
    name: str
    archive_no: str
    rule: DuplicateRule

    @property
    def label(self) -> str:
        return f"{self.name}（{self.archive_no}）"


@dataclass(frozen=True, slots=True)
class ExistingPolicy:
    policy_id: int
    holder_id: int
    holder_label: str


class Lookup:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._customers: dict[tuple, list[Match]] = {}
        self._policies: dict[tuple[str, str], ExistingPolicy | None] = {}

    def prefetch_customers(self, people: Iterable[tuple[str, str, str, str]]) -> None:
        """Ask for all these (archive number, ID number, name, mobile) at once: a sheet's worth of
        questions in a few statements; ``customers_matching`` then answers from what came back."""
        wanted = [p for p in people if p not in self._customers]
        for key, matches in self.store.existing.customers_matching_many(wanted).items():
            self._customers[key] = [Match(m.customer_id, m.name, m.archive_no, m.rule) for m in matches]

    def prefetch_policies(self, keys: Iterable[tuple[str, str]]) -> None:
        """Ask for all these (policy number, insurer) at once (see ``prefetch_customers``)."""
        wanted = [k for k in keys if k not in self._policies]
        found = self.store.existing.policies(wanted)
        for key in wanted:
            match = found.get(key)
            self._policies[key] = (
                ExistingPolicy(match.policy_id, match.holder_id, f"{match.holder_name}（{match.holder_archive_no}）")
                if match
                else None
            )

    def customers_matching(self, archive_no: str, id_number: str, name: str, mobile: str) -> list[Match]:
        """Existing customers this one may be, by the domain's ``IMPORT_RULES``, strongest first."""
        key = (archive_no, id_number, name, mobile)
        if key not in self._customers:
            self._customers[key] = [
                Match(m.customer_id, m.name, m.archive_no, m.rule)
                for m in self.store.existing.customers_matching(archive_no, id_number, name, mobile)
            ]
        return self._customers[key]

    def policy(self, policy_no: str, insurer: str) -> ExistingPolicy | None:
        key = (policy_no, insurer)
        if key not in self._policies:
            found = self.store.existing.policy(policy_no, insurer)
            self._policies[key] = (
                ExistingPolicy(found.policy_id, found.holder_id, f"{found.holder_name}（{found.holder_archive_no}）")
                if found
                else None
            )
        return self._policies[key]

    def customer(self, customer_id: int) -> Customer:
        return copy.deepcopy(self.store.customers.get(customer_id))

    def policy_record(self, policy_id: int) -> Policy:
        return copy.deepcopy(self.store.policies.get(policy_id))

    def payment_exists(self, policy_id: int, day: date, amount: Decimal) -> bool:
        return self.store.existing.payment_exists(policy_id, day, amount)

    def claim_exists(self, policy_id: int, filed: date, amount: Decimal) -> bool:
        return self.store.existing.claim_exists(policy_id, filed, amount)

    def contact_exists(self, customer_id: int, moment: datetime, summary: str) -> bool:
        return self.store.existing.contact_exists(customer_id, moment, summary)
