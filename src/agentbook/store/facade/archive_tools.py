"""The archive around the records: commission reconciliation, duplicate customers and their
merges (undoable), bulk loading, and reading and verifying the audit log."""

from __future__ import annotations

from datetime import date

from agentbook.domain.duplicates import Candidate
from agentbook.store.audit import log as audit_log
from agentbook.store.facade.session import StoreSession
from agentbook.store.operations import bulk, merge
from agentbook.store.queries import duplicates
from agentbook.store.records import commissions


class ArchiveTools(StoreSession):
    """What the Tools menu's dialogs, the demo and the audit viewer ask."""

    def commission_reconciliation(
        self, start: date, end: date, insurer: str | None = None
    ) -> commissions.Reconciliation:
        return commissions.reconciliation(self.db, start, end, insurer)

    def insurers(self) -> list[str]:
        return commissions.insurers(self.db)

    def duplicate_candidates(self) -> list[Candidate]:
        return duplicates.candidates(self.db)

    def dismiss_duplicate(self, a: int, b: int) -> None:
        duplicates.dismiss(self.db, a, b)

    def merge_customers(self, kept_id: int, merged_id: int) -> merge.MergeRecord:
        return merge.merge(self, kept_id, merged_id)

    def last_merge(self) -> merge.MergeRecord | None:
        return merge.last_merge(self)

    def undo_last_merge(self) -> merge.MergeRecord:
        return merge.undo_last(self)

    def load_dataset(self, data: bulk.Dataset, action: str = "bulk_load") -> dict[str, int]:
        return bulk.load(self.db, data, action=action)

    def audit_entries(self, customer_id: int | None = None, limit: int = 500) -> list[audit_log.AuditEntry]:
        with self.db.lock:
            return audit_log.entries(self.db.conn, customer_id=customer_id, limit=limit)

    def verify_audit_chain(self) -> int | None:
        """The first entry that is changed, or missing against the head anchored outside the file."""
        return self.security.verify_audit().first_bad
