"""Writing a planned import: all accepted rows in one transaction, or nothing.

The repositories do the writing, so every record passes the same validation, gets its archive
number and search entry, and has its own audit entry; one more entry records the import as a
whole with its source and counts. A record the database refuses, or a Cancel, rolls back
everything, and the error names the sheet row it came from.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar, cast

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.models import Claim, ContactEntry
from agentbook.domain.validation import ValidationError
from agentbook.importers.errors import ImportCancelledError
from agentbook.importers.plan import CustomerDraft, ImportPlan, PolicyDraft
from agentbook.store.api import Store
from agentbook.store.errors import KnownError, Translate, untranslated


class ImportRejectedError(KnownError):
    """The database refused a record; the whole import was rolled back."""

    message = QT_TRANSLATE_NOOP("importer", "第 {row} 行未能写入数据库，整个导入已撤销，没有导入任何数据。")
    context = "importer"

    def __init__(self, row: int, cause: BaseException) -> None:
        super().__init__(f"row {row}: {cause}", row=row)
        self.row = row
        self.cause = cause

    def text(self, translate: Translate = untranslated) -> str:
        """The row that failed, then why the database refused it (when that reason is known)."""
        own = super().text(translate)
        reason = getattr(self.cause, "text", None)
        return f"{own}\n\n{reason(translate)}" if callable(reason) else own


R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class ImportResult:
    counts: dict[str, int]
    customer_ids: list[int]


def execute(
    store: Store,
    plan: ImportPlan,
    *,
    source: Path | str,
    sheet: str,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write *plan*; the plan itself is not changed, so a failed run can be retried.

    Each record is copied just before it is written (the repositories fill in ids and
    timestamps) and dropped after: the import needs no second copy of the whole plan in memory.
    """
    drafts = plan.drafts
    # Customers first, then policies in sheet order, then contacts: records get ids in the order
    # of the sheet, so exporting the imported archive lists them as the sheet did.
    policies = sorted(((n, p) for n, d in enumerate(drafts) for p in d.policies), key=lambda np: np[1].rows[0])
    steps = len(drafts) + len(policies) + len(drafts)
    ids: list[int] = []
    done = 0

    def step(row: int, write: Callable[[], object]) -> None:
        nonlocal done
        if cancelled and cancelled():
            raise ImportCancelledError()
        try:
            write()
        except (ValidationError, KnownError) as exc:
            raise ImportRejectedError(row, exc) from exc
        done += 1
        if progress and (done % 20 == 0 or done == steps):
            progress(done, steps)

    def add_customer(draft: CustomerDraft) -> None:
        ids.append(_write_customer(store, draft))

    with store.batch():
        for draft in drafts:
            step(draft.rows[0], partial(add_customer, draft))
        for n, item in policies:
            step(item.rows[0], partial(_write_policy, store, ids[n], item))
        for n, draft in enumerate(drafts):
            step(draft.rows[0], partial(_write_contacts, store, ids[n], draft.contacts))
        if cancelled and cancelled():
            raise ImportCancelledError()
        counts = plan.counts()
        store.record_event(
            "import_excel",
            "customer",
            summary=f"{Path(source).name} / {sheet}",
            details={"file": Path(source).name, "sheet": sheet, **counts},
        )
    return ImportResult(counts, ids)


def _fresh(record: R) -> R:
    """A copy the repositories may fill in (ids, timestamps, normalised values) without touching
    the plan: the record and the records in its lists are copied; their values are immutable."""
    clone = copy.copy(record)
    for field in dataclasses.fields(cast(Any, clone)):
        value = getattr(clone, field.name)
        if isinstance(value, list):
            setattr(clone, field.name, [copy.copy(v) for v in value])
    return clone


def _write_customer(store: Store, draft: CustomerDraft) -> int:
    customer = _fresh(draft.customer)
    if customer.id is None:
        store.customers.create(customer)
    elif draft.changed:
        store.customers.update(customer)
    assert customer.id is not None
    return customer.id


def _write_policy(store: Store, customer_id: int, item: PolicyDraft) -> None:
    policy = _fresh(item.policy)
    if policy.id is None:
        policy.policyholder_id = policy.insured_id = customer_id
        store.policies.create(policy)
    elif item.changed:
        store.policies.update(policy)
    assert policy.id is not None
    if item.payment is not None:
        payment = _fresh(item.payment)
        payment.policy_id = policy.id
        payment.period = store.existing.next_payment_period(policy.id)
        store.payments.create(payment)
    if item.claim is not None:
        claim = _fresh(item.claim)
        claim.policy_id = policy.id
        claim.claimant_id = policy.insured_id
        claim.claim_no = _claim_no(store, claim, policy.id)
        store.claims.create(claim, as_recorded=True)  # the sheet's outcome, completed when it next moves


def _write_contacts(store: Store, customer_id: int, contacts: list[ContactEntry]) -> None:
    for entry in contacts:
        entry = _fresh(entry)
        entry.customer_id = customer_id
        store.contacts.create(entry)


def _claim_no(store: Store, claim: Claim, policy_id: int) -> str:
    """LP + filing month + policy id, as the demo data numbers claims; suffixed when taken."""
    base = f"LP{claim.filed_date:%Y%m}{policy_id:06d}"
    number, n = base, 1
    while store.existing.claim_no_taken(number):
        n += 1
        number = f"{base}-{n}"
    return number
