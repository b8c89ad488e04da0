"""Personal information under PIPL: consent given and withdrawn, data subjects' requests with
their statutory due dates, and the retention and destruction of a customer's data (Art. 47)."""

from __future__ import annotations

from datetime import date

from agentbook.domain.consent import ConsentEvent, SubjectRequest, consent_warnings
from agentbook.domain.validation import FieldError
from agentbook.store.facade.session import StoreSession
from agentbook.store.operations import retention


class Privacy(StoreSession):
    """What the consent dialogs, the requests register and the destruction dialog ask."""

    def record_consent(self, event: ConsentEvent) -> ConsentEvent:
        """Record consent given or withdrawn; the customer's current consent follows, audited."""
        return self.consent_events.record(event)

    def consent_history(self, customer_id: int) -> list[ConsentEvent]:
        """Newest first."""
        return self.consent_events.of_customer(customer_id)

    def consent_warnings(self, customer_id: int) -> list[FieldError]:
        with self.db.lock:
            customer = self.customers.get(customer_id)
            return consent_warnings(customer, self.today(), self.consent_history(customer_id))

    def add_subject_request(self, request: SubjectRequest) -> SubjectRequest:
        """Log a request; its due date is 15 working days after receipt unless given."""
        return self.subject_requests.create(request)

    def answer_subject_request(
        self, request_id: int, answer: str, *, answered_on: date | None = None, handled_by: str | None = None
    ) -> SubjectRequest:
        return self.subject_requests.answer(request_id, answer, answered_on=answered_on, handled_by=handled_by)

    def list_subject_requests(self, customer_id: int | None = None) -> list[SubjectRequest]:
        """Open requests first (nearest due date first), then answered ones, newest first."""
        return self.subject_requests.listing(customer_id)

    def open_subject_requests(self) -> tuple[int, int]:
        """(open requests, of which overdue)."""
        return self.subject_requests.open_count(self.today())

    def retention_due(self) -> list[retention.DueCustomer]:
        return retention.due(self.db, self.today())

    def destroy_customer(self, customer_id: int, reason: str) -> retention.DestructionRecord:
        """Remove a customer's personal data for good (slow: it vacuums the file; run off the UI thread)."""
        return retention.destroy(self.db, customer_id, reason)

    def destruction_preview(self, customer_id: int) -> dict[str, int]:
        return retention.preview(self.db, customer_id)

    def destruction_records(self) -> list[retention.DestructionRecord]:
        return retention.records(self.db)
