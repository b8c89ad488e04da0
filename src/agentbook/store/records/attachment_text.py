"""The OCR text of attachments (``attachment_text``): one row per attachment that was read.

Written through ``record`` only: the text is validated, belongs to the customer the attachment
belongs to (looked up here, not taken from the caller), replaces an earlier reading of the same
attachment, and is audited in the same transaction. The audit row says how much was read and by
which engine, never the text itself: the audit log is kept for years after a scan is deleted.
"""

from __future__ import annotations

from typing import ClassVar

from agentbook.domain.scan_text import ScanText, clipped, validate_scan_text
from agentbook.domain.validation import FieldError, raise_if_invalid
from agentbook.store.db.mapping import Col
from agentbook.store.errors import NotFoundError
from agentbook.store.records.repository import Repository


class AttachmentTextRepository(Repository[ScanText]):
    table = "attachment_text"
    entity = "attachment_text"
    model = ScanText
    columns: ClassVar[tuple[Col, ...]] = (
        Col("attachment_id", "int"),
        Col("customer_id", "int"),
        Col("text"),
        Col("pages", "int"),
        Col("engine"),
        Col("proposed_category"),
        Col("truncated", "bool"),
    )

    def normalize(self, obj: ScanText) -> None:
        obj.text, cut = clipped(obj.text.replace("\x00", ""))
        obj.truncated = obj.truncated or cut
        obj.engine = obj.engine.strip()
        obj.proposed_category = obj.proposed_category.strip()

    def validate(self, obj: ScanText) -> list[FieldError]:
        return validate_scan_text(obj)

    def customer_of(self, obj: ScanText) -> int | None:
        return obj.customer_id

    def record(
        self, attachment_id: int, text: str, pages: int, engine: str, *, proposed_category: str = ""
    ) -> ScanText:
        """Keep what was read in the attachment, replacing an earlier reading of it."""
        with self.db.transaction() as conn:
            row = conn.execute("SELECT customer_id FROM attachment WHERE id = ?", (attachment_id,)).fetchone()
            if row is None:
                raise NotFoundError(f"attachment {attachment_id}")
            scan = ScanText(attachment_id, int(row[0]), text, pages, engine, proposed_category)
            self.normalize(scan)
            raise_if_invalid(self.validate(scan))
            conn.execute("DELETE FROM attachment_text WHERE attachment_id = ?", (attachment_id,))
            now = self.db.now()
            names = [c.name for c in self.columns]
            cur = conn.execute(
                f"INSERT INTO attachment_text ({', '.join(names)}, created_at, updated_at)"
                f" VALUES ({', '.join('?' * len(names))}, ?, ?)",
                [*(self.stored(c, getattr(scan, c.attr)) for c in self.columns), now, now],
            )
            scan.id = int(cur.lastrowid)
            self.db.audit(
                "read_text",
                "attachment",
                attachment_id,
                customer_id=scan.customer_id,
                summary=f"{scan.pages}",
                after={
                    "pages": scan.pages,
                    "characters": len(scan.text),
                    "engine": scan.engine,
                    "proposed_category": scan.proposed_category,
                    "truncated": scan.truncated,
                },
            )
        return self.get(scan.id)

    def of_attachment(self, attachment_id: int) -> ScanText | None:
        found = self.find("attachment_id = ?", (attachment_id,))
        return found[0] if found else None

    def of_customer(self, customer_id: int) -> list[ScanText]:
        """Every text read in the customer's own attachments (their export, their destruction)."""
        return self.find("customer_id = ?", (customer_id,), order="attachment_id")
