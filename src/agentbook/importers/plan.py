"""What an import will write, for the user to look at before anything is written: customers
with their policies, payments, claims and contacts, the duplicates that wait for a choice (skip,
update the existing customer, import as new) and every problem found, row by row.

``importers/planner.py`` builds it from the parsed rows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from agentbook.domain import enums as E
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.models import Claim, ContactEntry, Customer, Payment, Policy
from agentbook.importers.problems import Problem, Severity, Translate, fill, untranslated


class Action(StrEnum):
    SKIP = "skip"
    UPDATE = "update"
    NEW = "new"

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]


ACTION_LABELS = {
    Action.SKIP: QT_TRANSLATE_NOOP("importer", "跳过"),
    Action.UPDATE: QT_TRANSLATE_NOOP("importer", "更新已有客户"),
    Action.NEW: QT_TRANSLATE_NOOP("importer", "作为新客户导入"),
}
Choices = Mapping[tuple[str, int], Action]


@dataclass(frozen=True, slots=True)
class ImportOptions:
    today: date
    default_insurer: str = ""
    default_business_line: E.BusinessLine | None = None


@dataclass(slots=True)
class Duplicate:
    """A choice for the user: ``kind`` is ``file`` (an earlier row) or ``db`` (the archive)."""

    kind: str
    row: int
    rows: tuple[int, ...]
    name: str
    id_number: str
    reason: str
    params: tuple[tuple[str, str], ...]
    existing_label: str
    action: Action
    existing_id: int | None = None

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.row)

    def text(self, translate: Translate = untranslated) -> str:
        return fill(translate, "importer", self.reason, self.params)


@dataclass(slots=True)
class PolicyDraft:
    rows: list[int]
    policy: Policy  # ``id`` set when it updates a policy already in the archive
    payment: Payment | None = None
    claim: Claim | None = None
    changed: bool = True  # False: an existing policy the sheet adds nothing to (no write, no audit)


@dataclass(slots=True)
class CustomerDraft:
    rows: list[int]
    customer: Customer  # ``id`` set when it updates a customer already in the archive
    policies: list[PolicyDraft] = field(default_factory=list)
    contacts: list[ContactEntry] = field(default_factory=list)
    changed: bool = True  # False: an existing customer the sheet adds nothing to (no write, no audit)


@dataclass(slots=True)
class ImportPlan:
    drafts: list[CustomerDraft]
    duplicates: list[Duplicate]
    problems: list[Problem]
    data_rows: int

    @property
    def imported_rows(self) -> set[int]:
        return {r for d in self.drafts for r in d.rows}

    def counts(self) -> dict[str, int]:
        return {
            "rows": self.data_rows,
            "rows_imported": len(self.imported_rows),
            "rows_with_errors": len({p.row for p in self.problems if p.severity is Severity.ERROR}),
            "customers_new": sum(d.customer.id is None for d in self.drafts),
            "customers_updated": sum(d.customer.id is not None and d.changed for d in self.drafts),
            "policies_new": sum(p.policy.id is None for d in self.drafts for p in d.policies),
            "policies_updated": sum(p.policy.id is not None and p.changed for d in self.drafts for p in d.policies),
            "payments": sum(p.payment is not None for d in self.drafts for p in d.policies),
            "claims": sum(p.claim is not None for d in self.drafts for p in d.policies),
            "contacts": sum(len(d.contacts) for d in self.drafts),
        }
