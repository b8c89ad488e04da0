"""Attachments kept inside the encrypted database: metadata in ``attachment``, bytes and the
thumbnail in ``attachment_content`` (so lists never read the files).

Adding one checks size and duplicates (by SHA-256) first, writes both rows, ticks the claim's
materials checklist when the category names one of its lines, and audits it — all in one
transaction. The audit row describes the file, never holds its bytes.
"""

from __future__ import annotations

from typing import ClassVar

import sqlcipher3

from agentbook.domain.attachments import Attachment, guess_mime, sha256_of, validate_attachment
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.validation import FieldError, raise_if_invalid
from agentbook.store.db.mapping import Col
from agentbook.store.errors import KnownError, NotFoundError
from agentbook.store.records.repository import Repository


class DuplicateAttachmentError(KnownError):
    """The same bytes are already stored; ``params`` name the existing attachment."""

    message = QT_TRANSLATE_NOOP(
        "store", "这个文件已经保存过：“{name}”（{category}，{owner}，{date} 添加），不再重复保存。"
    )

    def __init__(self, existing: Attachment, owner: str) -> None:
        super().__init__(
            f"attachment {existing.id}",
            name=existing.file_name,
            category=existing.category,
            owner=owner,
            date=existing.created_at.date().isoformat() if existing.created_at else "",
        )
        self.existing = existing


class AttachmentRepository(Repository[Attachment]):
    table = "attachment"
    entity = "attachment"
    model = Attachment
    columns: ClassVar[tuple[Col, ...]] = (
        Col("customer_id", "int"),
        Col("policy_id", "int"),
        Col("claim_id", "int"),
        Col("category"),
        Col("file_name"),
        Col("mime_type"),
        Col("size", "int"),
        Col("sha256"),
        Col("remarks"),
        Col("original_id", "int"),
    )

    def normalize(self, obj: Attachment) -> None:
        obj.category = obj.category.strip()
        obj.file_name = obj.file_name.strip()

    def validate(self, obj: Attachment) -> list[FieldError]:
        return validate_attachment(obj)

    def customer_of(self, obj: Attachment) -> int | None:
        return obj.customer_id

    # --- adding ----------------------------------------------------------------------------
    def add(
        self,
        customer_id: int,
        file_name: str,
        data: bytes,
        category: str,
        *,
        policy_id: int | None = None,
        claim_id: int | None = None,
        thumbnail: bytes | None = None,
        remarks: str = "",
        mime_type: str | None = None,
        original_id: int | None = None,
    ) -> Attachment:
        """Store *data* for the customer (and policy or claim); refuse duplicates and oversize files.

        *original_id*: *data* is a cleaned-up copy of that attachment, which stays stored as taken.
        """
        attachment = Attachment(
            customer_id,
            category,
            file_name,
            mime_type or guess_mime(file_name),
            len(data),
            sha256_of(data),
            policy_id,
            claim_id,
            remarks,
            original_id=original_id,
        )
        self.normalize(attachment)
        raise_if_invalid(self.validate(attachment))  # the size limit before any hashing work is wasted
        with self.db.transaction() as conn:
            if original_id is not None and self.get(original_id).customer_id != customer_id:
                raise_if_invalid(
                    [FieldError("original_id", QT_TRANSLATE_NOOP("validation", "整理后的页面与原件不属于同一位客户"))]
                )
            existing = self.by_sha256(attachment.sha256)
            if existing is not None:
                raise DuplicateAttachmentError(existing, self._owner_label(existing))
            self.create(attachment)
            sealer = self.db.sealer  # a branch keeps the scans sealed (store/branch/sealing)
            if sealer is not None:
                thumbnail, data = sealer.seal_bytes(thumbnail, "thumbnail"), sealer.seal_bytes(data, "data")
            conn.execute(
                "INSERT INTO attachment_content (attachment_id, thumbnail, data) VALUES (?,?,?)",
                (attachment.id, thumbnail, data),
            )
            if claim_id is not None:
                self._tick_material(conn, claim_id, attachment)
        return attachment

    def _tick_material(self, conn: sqlcipher3.Connection, claim_id: int, attachment: Attachment) -> None:
        """The claim's checklist line named like the category is received now (added if missing)."""
        row = conn.execute(
            "SELECT id, received FROM claim_material WHERE claim_id = ? AND name = ?", (claim_id, attachment.category)
        ).fetchone()
        if row is not None and row[1]:
            return
        if row is None:
            position = conn.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM claim_material WHERE claim_id = ?", (claim_id,)
            ).fetchone()[0]
            conn.execute(
                "INSERT INTO claim_material (claim_id, name, received, position) VALUES (?,?,1,?)",
                (claim_id, attachment.category, position),
            )
        else:
            conn.execute("UPDATE claim_material SET received = 1 WHERE id = ?", (row[0],))
        self.db.audit(
            "tick_material",
            "claim",
            claim_id,
            customer_id=attachment.customer_id,
            summary=attachment.category,
            after={"material": attachment.category, "attachment_id": attachment.id},
        )

    def _owner_label(self, attachment: Attachment) -> str:
        row = self.db.read_one(
            "SELECT name, archive_no FROM customer WHERE id = ?",
            (attachment.customer_id,),
        )
        return f"{row[0]}（{row[1]}）" if row else ""

    # --- reading ---------------------------------------------------------------------------
    def by_sha256(self, digest: str) -> Attachment | None:
        found = self.find("sha256 = ?", (digest,))
        return found[0] if found else None

    def content(self, attachment_id: int) -> bytes:
        row = self.db.read_one("SELECT data FROM attachment_content WHERE attachment_id = ?", (attachment_id,))
        if row is None:
            raise NotFoundError(f"attachment {attachment_id}")
        return self._opened(bytes(row[0]), "data") or b""

    def thumbnail(self, attachment_id: int) -> bytes | None:
        row = self.db.read_one("SELECT thumbnail FROM attachment_content WHERE attachment_id = ?", (attachment_id,))
        return self._opened(bytes(row[0]), "thumbnail") if row and row[0] is not None else None

    def _opened(self, data: bytes, field: str) -> bytes | None:
        sealer = self.db.sealer
        return sealer.open_bytes(data, field) if sealer is not None else data

    def of_customer(self, customer_id: int) -> list[Attachment]:
        """Everything filed under the customer, also what belongs to their policies and claims."""
        return self.find(
            "customer_id = :id"
            " OR policy_id IN (SELECT id FROM policy WHERE policyholder_id = :id OR insured_id = :id)"
            " OR claim_id IN (SELECT id FROM claim WHERE claimant_id = :id)",
            {"id": customer_id},
            order="created_at DESC, id DESC",
        )

    def original_of(self, attachment: Attachment) -> Attachment | None:
        """The photo or scan as taken that a cleaned-up page was made from (None for an original)."""
        return self.get(attachment.original_id) if attachment.original_id is not None else None

    def of_claim(self, claim_id: int) -> list[Attachment]:
        return self.find("claim_id = ?", (claim_id,), order="category, id")

    def of_policy(self, policy_id: int) -> list[Attachment]:
        return self.find("policy_id = ?", (policy_id,), order="category, id")

    def categories_of_claim(self, claim_id: int) -> dict[str, int]:
        """Category → number of attachments, for the claim dialog's checklist."""
        return dict(
            self.db.read("SELECT category, count(*) FROM attachment WHERE claim_id = ? GROUP BY category", (claim_id,))
        )
