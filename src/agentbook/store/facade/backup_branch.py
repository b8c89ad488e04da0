"""Copies of the archive and its moves: backups of a local file, a branch server's schema, the
move of a local archive onto a branch server, and a branch's encrypted dump and its restore."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from agentbook.store.backup import backups
from agentbook.store.backup.copy import write_copy
from agentbook.store.db.database import Database
from agentbook.store.facade.opening import Opening, settle_opened
from agentbook.store.operations import branch_move


class BackupAndBranch(Opening):
    """Backups and branch work; on ``Opening`` because a restored branch archive is opened to be
    proved."""

    def automatic_backup_name(self) -> Path:
        """Where the next automatic backup of this archive goes (folder from the settings)."""
        return backups.automatic_name(self.db)

    def backup_to(self, target: Path) -> Path:
        result = write_copy(self.db, target)
        self.db.audit("backup", "database", summary=str(target))
        return result

    def counts(self) -> dict[str, int]:
        tables = (
            "customer",
            "relationship",
            "policy",
            "beneficiary",
            "payment",
            "claim",
            "contact",
            "complaint",
            "paper_location",
            "loan",
            "commission_rule",
            "commission_receipt",
            "audit_log",
        )
        return {t: self.db.read_int(f"SELECT count(*) FROM {t}") for t in tables}

    @staticmethod
    def init_branch(dsn: str) -> tuple[int, int]:
        """Create or update the archive's schema on a branch's PostgreSQL server; returns the
        schema version found and the version now."""
        from agentbook.store.db import pg_schema  # psycopg is loaded only by branch work

        return pg_schema.init_branch(dsn)

    def move_to_branch(
        self, dsn: str, owner: str, progress: Callable[[str, int], None] | None = None
    ) -> branch_move.MoveReport:
        """Copy this local archive into the branch server at *dsn* (``operations/branch_move.py``),
        then record the move in both audit logs: the branch's names *owner*, this file's the branch."""
        from agentbook.store.db.branch_open import open_database

        def open_branch() -> Database:
            return open_database(dsn, actor=self.actor, clock=self.db.clock, settle=settle_opened)

        return branch_move.move_archive(self.db, dsn, owner, open_branch, progress=progress)

    def backup_branch(self, target: Path, passphrase: str) -> int:
        """An encrypted, verified dump of the branch server's archive (``backup/branch_dump.py``);
        its size in bytes. Audited like every backup."""
        from agentbook.store.backup import branch_dump

        return branch_dump.backup(self.db, target, passphrase)

    @classmethod
    def restore_branch(cls, source: Path, passphrase: str, dsn: str, *, actor: str | None = None) -> dict[str, int]:
        """Restore a branch backup into the empty database at *dsn* and prove it: the archive
        opens and its audit chain verifies. Returns the restored archive's row counts."""
        from agentbook.store.backup import branch_dump

        branch_dump.restore_into_empty(source, passphrase, dsn)
        restored = cls.open_branch(dsn, actor=actor)
        try:
            branch_dump.prove_restored(restored.db, source)
            return restored.counts()
        finally:
            restored.close()
