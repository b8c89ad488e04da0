"""Consent history and data-subject requests (PIPL), on the tables of migration 4.

Recording a consent event writes the event and brings the customer's current consent fields
(``consent_date``, ``consent_scope``, ``consent_sensitive``) up to date in the same
transaction, each with its audit row. An event dated before one already recorded for the same
field goes into the history only: the current state follows the latest date, whatever order the
agent types the paper forms in.
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

import sqlcipher3

from agentbook.domain.consent import (
    ConsentAction,
    ConsentChannel,
    ConsentEvent,
    ConsentKind,
    RequestChannel,
    RequestKind,
    SubjectRequest,
    apply_to_customer,
    due_date,
    same_group,
    validate_consent_event,
    validate_subject_request,
)
from agentbook.domain.validation import FieldError
from agentbook.store.db.database import Database
from agentbook.store.db.mapping import Col, to_db
from agentbook.store.records.customers import CustomerRepository
from agentbook.store.records.repository import Repository

_CURRENT = ("consent_date", "consent_scope", "consent_sensitive")


class _OptionalEnum(Col):
    """An enum in a ``NOT NULL DEFAULT ''`` column: None is stored as the empty text."""

    def to_db(self, value: Any) -> Any:
        return "" if value is None else value.value

    def from_db(self, value: Any) -> Any:
        assert self.enum is not None
        return self.enum(value) if value else None


class ConsentEventRepository(Repository[ConsentEvent]):
    table = "consent_event"
    entity = "consent_event"
    model = ConsentEvent
    columns: ClassVar[tuple[Col, ...]] = (
        Col("customer_id", "int"),
        Col("kind", "enum", ConsentKind),
        Col("action", "enum", ConsentAction),
        Col("on_date", "date"),
        Col("scope"),
        _OptionalEnum("channel", "enum", ConsentChannel),
        Col("guardian_name"),
        Col("guardian_relation"),
        Col("note"),
    )

    def normalize(self, obj: ConsentEvent) -> None:
        obj.scope = obj.scope.strip()
        obj.guardian_name = obj.guardian_name.strip()
        obj.guardian_relation = obj.guardian_relation.strip()
        obj.note = obj.note.strip()
        if obj.kind is not ConsentKind.GUARDIAN:
            obj.guardian_name = obj.guardian_relation = ""

    def validate(self, obj: ConsentEvent) -> list[FieldError]:
        return validate_consent_event(obj, self.db.today())

    def customer_of(self, obj: ConsentEvent) -> int | None:
        return obj.customer_id

    def of_customer(self, customer_id: int) -> list[ConsentEvent]:
        """Newest first."""
        return self.find("customer_id = ?", (customer_id,), order="on_date DESC, id DESC")

    def record(self, event: ConsentEvent) -> ConsentEvent:
        """Write *event* and, when it is the latest of its kind, the customer's current state."""
        customers = CustomerRepository(self.db)
        with self.db.transaction() as conn:
            customer = customers.get(event.customer_id)
            history = self.of_customer(event.customer_id)
            later = [e for e in history if same_group(e.kind, event.kind) and e.on_date > event.on_date]
            self.create(event)
            if not later:
                before = {name: getattr(customer, name) for name in _CURRENT}
                apply_to_customer(customer, event)
                after = {name: getattr(customer, name) for name in _CURRENT}
                changed = [name for name in _CURRENT if before[name] != after[name]]
                if changed:
                    conn.execute(
                        "UPDATE customer SET consent_date = ?, consent_scope = ?, consent_sensitive = ?,"
                        " updated_at = ? WHERE id = ?",
                        (
                            to_db("date", customer.consent_date),
                            customer.consent_scope,
                            to_db("bool", customer.consent_sensitive),
                            self.db.now(),
                            customer.id,
                        ),
                    )
                    self.db.audit(
                        "update",
                        "customer",
                        customer.id,
                        customer_id=customer.id,
                        summary=",".join(changed),
                        before={k: before[k] for k in changed},
                        after={k: after[k] for k in changed},
                    )
        return event


class SubjectRequestRepository(Repository[SubjectRequest]):
    table = "subject_request"
    entity = "subject_request"
    model = SubjectRequest
    columns: ClassVar[tuple[Col, ...]] = (
        Col("customer_id", "int"),
        Col("archive_no"),
        Col("kind", "enum", RequestKind),
        Col("received_on", "date"),
        _OptionalEnum("channel", "enum", RequestChannel),
        Col("details"),
        Col("due_on", "date"),
        Col("answered_on", "date"),
        Col("answer"),
        Col("handled_by"),
    )

    def normalize(self, obj: SubjectRequest) -> None:
        obj.details = obj.details.strip()
        obj.answer = obj.answer.strip()
        obj.handled_by = obj.handled_by.strip()

    def validate(self, obj: SubjectRequest) -> list[FieldError]:
        return validate_subject_request(obj, self.db.today())

    def customer_of(self, obj: SubjectRequest) -> int | None:
        return obj.customer_id

    def prepare_insert(self, conn: sqlcipher3.Connection, obj: SubjectRequest) -> None:
        if obj.customer_id and not obj.archive_no:
            row = conn.execute("SELECT archive_no FROM customer WHERE id = ?", (obj.customer_id,)).fetchone()
            obj.archive_no = row[0] if row else ""
        if obj.due_on is None:
            obj.due_on = due_date(obj.received_on)

    def answer(
        self, request_id: int, answer: str, *, answered_on: date | None = None, handled_by: str | None = None
    ) -> SubjectRequest:
        request = self.get(request_id)
        request.answer = answer
        request.answered_on = answered_on or self.db.today()
        request.handled_by = handled_by if handled_by is not None else (request.handled_by or self.db.actor)
        return self.update(request)

    def listing(self, customer_id: int | None = None) -> list[SubjectRequest]:
        """Open requests first, the nearest due date first; then answered ones, newest first."""
        where, params = ("customer_id = ?", (customer_id,)) if customer_id is not None else ("1 = 1", ())
        return self.find(
            where,
            params,
            order="answered_on IS NOT NULL, CASE WHEN answered_on IS NULL THEN due_on END, answered_on DESC, id DESC",
        )

    def open_count(self, today: date) -> tuple[int, int]:
        """(open, of which overdue)."""
        row = self.db.read_one(
            "SELECT count(*), count(*) FILTER (WHERE due_on < ?) FROM subject_request WHERE answered_on IS NULL",
            (today.isoformat(),),
        )
        return (int(row[0]), int(row[1])) if row else (0, 0)


def history(db: Database, customer_id: int) -> list[ConsentEvent]:
    return ConsentEventRepository(db).of_customer(customer_id)
