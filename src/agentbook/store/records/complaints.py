"""The complaints register (投诉): audited like every record, and written into the customer's
contact timeline — registering a complaint adds a 投诉 entry there, closing it adds the reply
the customer was given — so the 360 view tells the whole story in one place."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

import sqlcipher3

from agentbook.domain import enums as E
from agentbook.domain.complaints import Complaint, ComplaintChannel, Satisfaction, validate_complaint
from agentbook.domain.models import ContactEntry
from agentbook.domain.validation import FieldError
from agentbook.store.db.mapping import Col
from agentbook.store.records.contacts import ContactRepository
from agentbook.store.records.repository import Repository

# How the agent is in touch with the customer about a complaint that came in this way; letters
# and complaints passed on by the insurer or the regulator are answered by phone.
CONTACT_CHANNEL = {
    ComplaintChannel.PHONE: E.ContactChannel.PHONE,
    ComplaintChannel.VISIT: E.ContactChannel.MEETING,
    ComplaintChannel.WECHAT: E.ContactChannel.WECHAT,
    ComplaintChannel.EMAIL: E.ContactChannel.EMAIL,
    ComplaintChannel.LETTER: E.ContactChannel.PHONE,
    ComplaintChannel.INSURER: E.ContactChannel.PHONE,
    ComplaintChannel.REGULATOR: E.ContactChannel.PHONE,
}


class ComplaintRepository(Repository[Complaint]):
    table = "complaint"
    entity = "complaint"
    model = Complaint
    columns: ClassVar[tuple[Col, ...]] = (
        Col("complaint_no"),
        Col("customer_id", "int"),
        Col("policy_id", "int"),
        Col("claim_id", "int"),
        Col("complainant"),
        Col("received_at", "datetime"),
        Col("channel", "enum", ComplaintChannel),
        Col("content"),
        Col("handler"),
        Col("deadline", "date"),
        Col("investigation"),
        Col("resolution"),
        Col("feedback"),
        Col("satisfaction", "enum", Satisfaction),
        Col("closed_at", "datetime"),
        Col("contact_id", "int"),
    )

    def validate(self, obj: Complaint) -> list[FieldError]:
        return validate_complaint(obj, self.db.today())

    def customer_of(self, obj: Complaint) -> int | None:
        return obj.customer_id

    def prepare_insert(self, conn: sqlcipher3.Connection, obj: Complaint) -> None:
        obj.content = obj.content.strip()
        if not obj.complaint_no:
            obj.complaint_no = self._next_number(conn, obj.received_at.year)
        if obj.contact_id is None:
            entry = ContactRepository(self.db).create(
                ContactEntry(
                    obj.customer_id,
                    obj.received_at.replace(microsecond=0),
                    CONTACT_CHANNEL[obj.channel],
                    E.ContactPurpose.COMPLAINT,
                    obj.content,
                    policy_id=obj.policy_id,
                    claim_id=obj.claim_id,
                )
            )
            obj.contact_id = entry.id

    def after_write(self, conn: sqlcipher3.Connection, before: Complaint | None, after: Complaint | None) -> None:
        """Closing a complaint puts the reply to the customer into their contact timeline."""
        if after is None or after.closed_at is None or (before is not None and before.closed_at is not None):
            return
        ContactRepository(self.db).create(
            ContactEntry(
                after.customer_id,
                after.closed_at.replace(microsecond=0),
                CONTACT_CHANNEL[after.channel],
                E.ContactPurpose.COMPLAINT,
                after.feedback.strip() or after.resolution.strip(),
                outcome=after.satisfaction.label if after.satisfaction else "",
                policy_id=after.policy_id,
                claim_id=after.claim_id,
            )
        )

    @staticmethod
    def _next_number(conn: sqlcipher3.Connection, year: int) -> str:
        """TS{year}{seq:05d}, counted per year in the archive-number sequence table."""
        scope = f"complaint:{year}"
        row = conn.execute("SELECT next_value FROM archive_sequence WHERE scope = ?", (scope,)).fetchone()
        seq = row[0] if row else 1
        while conn.execute("SELECT 1 FROM complaint WHERE complaint_no = ?", (f"TS{year}{seq:05d}",)).fetchone():
            seq += 1
        conn.execute(
            "INSERT INTO archive_sequence (scope, next_value) VALUES (?, ?)"
            " ON CONFLICT(scope) DO UPDATE SET next_value = excluded.next_value",
            (scope, seq + 1),
        )
        return f"TS{year}{seq:05d}"

    def close(
        self,
        complaint_id: int,
        *,
        resolution: str,
        feedback: str,
        satisfaction: Satisfaction | None = None,
        closed_at: datetime | None = None,
    ) -> Complaint:
        complaint = self.get(complaint_id)
        complaint.resolution = resolution
        complaint.feedback = feedback
        complaint.satisfaction = satisfaction
        complaint.closed_at = (closed_at or self.db.now_dt()).replace(microsecond=0)
        return self.update(complaint)

    def of_customer(self, customer_id: int) -> list[Complaint]:
        return self.find("customer_id = ?", (customer_id,), order="received_at DESC, id DESC")
