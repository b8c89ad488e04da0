"""The contact log (沟通记录): calls, visits and messages, with follow-ups."""

from __future__ import annotations

from typing import ClassVar

from agentbook.domain import enums as E
from agentbook.domain.models import ContactEntry
from agentbook.domain.validation import FieldError, validate_contact
from agentbook.store.db.mapping import Col
from agentbook.store.records.repository import Repository


class ContactRepository(Repository[ContactEntry]):
    table = "contact"
    entity = "contact"
    model = ContactEntry
    columns: ClassVar[tuple[Col, ...]] = (
        Col("customer_id", "int"),
        Col("contacted_at", "datetime"),
        Col("channel", "enum", E.ContactChannel),
        Col("purpose", "enum", E.ContactPurpose),
        Col("summary"),
        Col("outcome"),
        Col("follow_up_date", "date"),
        Col("follow_up_done", "bool"),
        Col("policy_id", "int"),
        Col("claim_id", "int"),
    )

    def validate(self, obj: ContactEntry) -> list[FieldError]:
        return validate_contact(obj)

    def customer_of(self, obj: ContactEntry) -> int | None:
        return obj.customer_id

    def of_customer(self, customer_id: int, limit: int | None = None) -> list[ContactEntry]:
        order = "contacted_at DESC, id DESC" + (f" LIMIT {int(limit)}" if limit else "")
        return self.find("customer_id = ?", (customer_id,), order=order)
