"""Writing a planned import: all accepted rows in one transaction, or nothing.

The repositories do the writing (new records a chunk at a time, ``Repository.create_many``), so
every record passes the same validation, gets its archive number and search entry, and has its
own audit entry; one more entry records the import as a whole with its source and counts. A
record the database refuses, or a Cancel, rolls back everything, and the error names the sheet
row it came from.
"""

from __future__ import annotations

import copy
import dataclasses
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar, cast

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.models import Claim, ContactEntry, Policy
from agentbook.domain.validation import ValidationError
from agentbook.importers.errors import ImportCancelledError
from agentbook.importers.plan import CustomerDraft, ImportPlan, PolicyDraft
from agentbook.store.api import Store
from agentbook.store.errors import KnownError, Translate, untranslated
from agentbook.store.records.repository import RejectedInBatchError


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


# Records written per statement: large enough that a statement's cost is shared by many rows,
# small enough that progress moves and Cancel is heard every fraction of a second.
CHUNK = 500


def execute(
    store: Store,
    plan: ImportPlan,
    *,
    source: Path | str,
    sheet: str,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    before_commit: Callable[[], object] | None = None,
) -> ImportResult:
    """Write *plan*; the plan itself is not changed, so a failed run can be retried.

    *before_commit* runs once every record is written, just before the search documents are made
    and the batch commits (the session hands over the names read ahead then).

    New records go through their repository's ``create_many`` a chunk at a time (the same
    validation, rows, search documents and audit entries as one by one); updates of archived
    records, payments and claims through the repositories one by one. Each record is copied just
    before it is written (the repositories fill in ids and timestamps).
    """
    drafts = plan.drafts
    # Customers first, then policies in sheet order, then contacts: records get ids in the order
    # of the sheet, so exporting the imported archive lists them as the sheet did.
    policies = sorted(((n, p) for n, d in enumerate(drafts) for p in d.policies), key=lambda np: np[1].rows[0])
    steps = len(drafts) + len(policies) + len(drafts)
    ids: list[int] = []
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        if progress:
            progress(done, steps)

    def check_cancel() -> None:
        if cancelled and cancelled():
            raise ImportCancelledError()

    with store.batch():
        for start in range(0, len(drafts), CHUNK):
            check_cancel()
            people = drafts[start : start + CHUNK]
            ids += _write_customers(store, people)
            advance(len(people))
        for start in range(0, len(policies), CHUNK):
            check_cancel()
            chunk = policies[start : start + CHUNK]
            _write_policies(store, [(ids[n], item) for n, item in chunk])
            advance(len(chunk))
        for start in range(0, len(drafts), CHUNK):
            check_cancel()
            positions = range(start, min(start + CHUNK, len(drafts)))
            contacts = [(drafts[n].rows[0], _contact(e, ids[n])) for n in positions for e in drafts[n].contacts]
            _create_rows(contacts, store.contacts.create_many)
            advance(len(positions))
        check_cancel()
        counts = plan.counts()
        store.record_event(
            "import_excel",
            "customer",
            summary=f"{Path(source).name} / {sheet}",
            details={"file": Path(source).name, "sheet": sheet, **counts},
        )
        if before_commit is not None:
            before_commit()
    return ImportResult(counts, ids)


def _rejected_as_row(rows: Sequence[int], write: Callable[[], object]) -> None:
    """Run *write* of the records of sheet rows *rows* (in order); a refusal names the row of the
    record refused, or the first row when the database refused a child row of the batch."""
    try:
        write()
    except RejectedInBatchError as exc:
        raise ImportRejectedError(rows[exc.position], exc.cause) from exc
    except (ValidationError, KnownError) as exc:
        raise ImportRejectedError(rows[0], exc) from exc


def _create_rows(rows: Sequence[tuple[int, R]], create_many: Callable[[list[R]], None]) -> None:
    """Create the records of (sheet row, record) *rows* together; a refusal names its row."""
    _rejected_as_row([r for r, _record in rows], partial(create_many, [record for _r, record in rows]))


def _write_customers(store: Store, drafts: Sequence[CustomerDraft]) -> list[int]:
    """Write the customers of *drafts*; their ids in the same order."""
    customers = [_fresh(d.customer) for d in drafts]
    new = [(d.rows[0], c) for d, c in zip(drafts, customers, strict=True) if c.id is None]
    _create_rows(new, store.customers.create_many)
    for draft, customer in zip(drafts, customers, strict=True):
        if draft.customer.id is not None and draft.changed:
            _rejected_as_row(draft.rows[:1], partial(store.customers.update, customer))
    ids = [c.id for c in customers]
    assert all(i is not None for i in ids)
    return cast(list[int], ids)


def _write_policies(store: Store, items: Sequence[tuple[int, PolicyDraft]]) -> None:
    """Write the policies of *items* (customer id, draft), then their payments and claims."""
    policies = [_fresh(item.policy) for _cid, item in items]
    new = []
    for (customer_id, item), policy in zip(items, policies, strict=True):
        if policy.id is None:
            policy.policyholder_id = policy.insured_id = customer_id
            new.append((item.rows[0], policy))
    _create_rows(new, store.policies.create_many)
    for (_cid, item), policy in zip(items, policies, strict=True):
        if item.policy.id is not None and item.changed:
            _rejected_as_row(item.rows[:1], partial(store.policies.update, policy))
    for (_cid, item), policy in zip(items, policies, strict=True):
        if item.payment is not None or item.claim is not None:
            _rejected_as_row(item.rows[:1], partial(_write_policy_records, store, policy, item))


def _fresh(record: R) -> R:
    """A copy the repositories may fill in (ids, timestamps, normalised values) without touching
    the plan: the record and the records in its lists are copied; their values are immutable."""
    kind = type(record)
    shape = _SHAPES.get(kind)
    if shape is None:
        shape = _SHAPES[kind] = _shape(record)
    if shape is _UNSLOTTED:
        clone = copy.copy(record)
        for field in dataclasses.fields(cast(Any, clone)):
            value = getattr(clone, field.name)
            if isinstance(value, list):
                setattr(clone, field.name, [copy.copy(v) for v in value])
        return clone
    names, values_of = shape
    clone = kind.__new__(kind)
    for name, value in zip(names, values_of(record), strict=True):
        setattr(clone, name, [copy.copy(v) for v in value] if type(value) is list else value)
    return clone


# How ``_fresh`` copies a record of each kind: a slotted dataclass (every record of the domain)
# field by field, which ``copy.copy`` does through the pickling protocol at several times the
# cost; an import copies every record it writes.
_UNSLOTTED = ((), None)
_SHAPES: dict[type, tuple[tuple[str, ...], Any]] = {}


def _shape(record: object) -> tuple[tuple[str, ...], Any]:
    """The field names of *record*'s kind and a getter of their values, or ``_UNSLOTTED``."""
    names = tuple(f.name for f in dataclasses.fields(cast(Any, record)))
    if hasattr(record, "__dict__") or len(names) < 2:  # attributes beyond the fields, or no tuple
        return _UNSLOTTED
    return names, operator.attrgetter(*names)


def _write_policy_records(store: Store, policy: Policy, item: PolicyDraft) -> None:
    """The payment and the claim a sheet row gives *policy* (written already)."""
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


def _contact(entry: ContactEntry, customer_id: int) -> ContactEntry:
    entry = _fresh(entry)
    entry.customer_id = customer_id
    return entry


def _claim_no(store: Store, claim: Claim, policy_id: int) -> str:
    """LP + filing month + policy id, as the demo data numbers claims; suffixed when taken."""
    base = f"LP{claim.filed_date:%Y%m}{policy_id:06d}"
    number, n = base, 1
    while store.existing.claim_no_taken(number):
        n += 1
        number = f"{base}-{n}"
    return number
