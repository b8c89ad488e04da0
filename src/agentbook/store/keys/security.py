"""``store.security``: keys, the idle lock, integrity, backups and restore of one open store.

A facade so the UI has one narrow place to ask for these (it never touches files or SQL); the
work itself lives in ``keys``, ``integrity``, ``backups`` and ``audit``.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from agentbook.store.audit import anchor as audit_anchor
from agentbook.store.audit import log as audit
from agentbook.store.backup import backups as backup_files
from agentbook.store.backup import catalogue, integrity, restore_swap
from agentbook.store.db.connection import Credentials, Passphrase, RawKey, open_encrypted
from agentbook.store.db.database import Database
from agentbook.store.db.migrations import migrate
from agentbook.store.db.schema_info import KEPT_COUNTS
from agentbook.store.errors import KnownError
from agentbook.store.keys import key_life as keys
from agentbook.store.keys import recovery
from agentbook.store.keys.vault import KeyVault
from agentbook.store.settings import Settings

APP_PASSWORD_SETTING = "app_password"


@dataclass(slots=True)
class BackupResult:
    path: Path
    report: integrity.Report
    pruned: list[Path]


class Security:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- keys --------------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        """ "keyring" (a raw key, with a recovery key), "passphrase", or "branch" (a branch
        server's login: no key of the app's own)."""
        if self.db.branch is not None:
            return "branch"
        return "passphrase" if isinstance(self.db.key, Passphrase) else "keyring"

    def recovery_key(self) -> recovery.RecoveryKey:
        """The current recovery key; showing it is an audited event."""
        key = keys.recovery_key(self.db)
        self.db.audit("recovery_key_shown", "database")
        return key

    def needs_recovery_confirmation(self) -> bool:
        return keys.needs_confirmation(self.db)

    def confirm_recovery_key(self) -> None:
        keys.confirm(self.db)

    def key_fingerprint(self) -> str:
        creds = self.db.credentials
        return recovery.fingerprint(creds) if isinstance(creds, RawKey) else ""

    def change_key(self, vault: KeyVault) -> recovery.RecoveryKey:
        return keys.change_key(self.db, vault)

    def change_passphrase(self, old: str, new: str) -> None:
        keys.change_passphrase(self.db, old, new)

    # --- idle lock ---------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.db.is_locked

    @property
    def is_closed(self) -> bool:
        """Closed for good: the window that watched it for idleness has nothing left to lock."""
        return self.db.closed

    def idle_minutes(self) -> int:
        """Minutes without input before the window locks (0: never); the declared app setting."""
        return int(Settings(self.db).get("idle_lock_minutes"))

    def app_password_record(self) -> str | None:
        """The app password's salted hash (the UI hashes and checks; the store only keeps it)."""
        return self.db.get_setting(APP_PASSWORD_SETTING) or None

    def set_app_password_record(self, record: str) -> None:
        """Store a new hash, or "" to remove the app password; audited like every setting."""
        self.db.set_setting(APP_PASSWORD_SETTING, record)

    def lock(self, reason: str = "manual") -> None:
        if self.db.is_locked:
            return
        with contextlib.suppress(KnownError):
            self.db.audit("lock", "database", summary=reason)
        self.db.lock_archive()

    def unlock(self, credentials: Credentials) -> None:
        self.db.unlock_archive(credentials)
        self.db.audit("unlock", "database")

    def unlock_branch(self, password: str) -> None:
        """Connect to the branch again with the login's *password* (``BranchLoginError`` when
        the server refuses it)."""
        from agentbook.store.db import pg_changes
        from agentbook.store.db.pg_connection import PgConnection, with_password

        assert self.db.branch_dsn is not None
        dsn = with_password(self.db.branch_dsn, password)
        PgConnection.connect(dsn).close()  # the login is checked before anything changes
        self.db.set_branch_login(dsn)
        self.db.unlock_branch(
            lambda: PgConnection.connect(dsn),
            lambda conn: pg_changes.Listener(dsn, self.db.changes, conn.raw.info.backend_pid).start(),
        )
        self.db.audit("unlock", "database")

    # --- integrity ---------------------------------------------------------------------------
    def verify(self) -> integrity.Report:
        """Every check on the live database (Tools ▸ check the database). Kept row counts that
        differ from the rows (``report.count_drift``) are counted again, in one audited write:
        they are derived, so a whole file needs no backup for them."""
        with self.db.lock:
            report = integrity.verify(self.db.conn)
        if report.ok and report.count_drift:
            self._recount(report.count_drift)
        return report

    def _recount(self, drift: integrity.Drift) -> None:
        with self.db.transaction() as conn:
            before = dict(conn.execute("SELECT name, n FROM row_count").fetchall())
            known = sorted(KEPT_COUNTS)
            conn.execute(f"DELETE FROM row_count WHERE name NOT IN ({','.join('?' * len(known))})", known)
            for name in known:  # the names become SQL: only the known tables
                conn.execute(
                    f"INSERT INTO row_count (name, n) VALUES (?, (SELECT count(*) FROM {name}))"
                    " ON CONFLICT (name) DO UPDATE SET n = excluded.n",
                    (name,),
                )
            after = dict(conn.execute("SELECT name, n FROM row_count").fetchall())
            self.db.audit("recompute", "database", summary=f"kept row counts: {drift}", before=before, after=after)
            for name in drift.keys() & KEPT_COUNTS:  # an open tab of these shows its total again
                self.db.changes.note("recompute", name, None, ())

    # --- audit log ---------------------------------------------------------------------------
    def audit_entries(
        self, flt: audit.AuditFilter | None = None, limit: int = 500, offset: int = 0
    ) -> list[audit.AuditEntry]:
        with self.db.lock:
            return audit.entries(self.db.conn, flt=flt, limit=limit, offset=offset)

    def audit_count(self, flt: audit.AuditFilter | None = None) -> int:
        with self.db.lock:
            return audit.count(self.db.conn, flt)

    def audit_values(self, column: str) -> list[str]:
        with self.db.lock:
            return audit.distinct(self.db.conn, column)

    def verify_audit(self) -> audit_anchor.AuditVerdict:
        """The chain checked entry by entry, and its head against the one anchored outside the file."""
        with self.db.lock:
            conn = self.db.conn
            broken = audit.verify_chain(conn)
            keeper = self.db.audit_anchor
            truncation = keeper.check(conn) if keeper is not None else None
            return audit_anchor.AuditVerdict(broken, truncation, audit.count(conn))

    def anchor_audit_head(self) -> None:
        """Write the chain's head outside the file now (backups, tests); see ``audit_anchor``."""
        with self.db.lock:
            if self.db.audit_anchor is not None:
                self.db.audit_anchor.write(self.db.conn)

    def audit_head(self) -> tuple[int, str]:
        with self.db.lock:
            return audit.head(self.db.conn)

    # --- backups -----------------------------------------------------------------------------
    def backup_folder(self) -> Path:
        return backup_files.folder(self.db)

    def kept_copies(self) -> list[Path]:
        """Old databases a restore kept aside: they hold destroyed customers until they rotate out."""
        return restore_swap.kept_copies(self.db.path)

    def sweep_backup_leftovers(self) -> list[Path]:
        """Remove half-written copies a killed backup left in the backup folder (run at start)."""
        return backup_files.sweep_backup_leftovers(self.db.path, self.backup_folder())

    def backup_keep(self) -> int:
        return backup_files.keep(self.db)

    def backup_on_exit(self) -> bool:
        return backup_files.on_exit(self.db)

    def set_backup_settings(self, folder: Path | None, keep: int, on_exit: bool) -> None:
        with self.db.transaction():
            self.db.set_setting(backup_files.FOLDER_SETTING, str(folder) if folder else "")
            self.db.set_setting(backup_files.KEEP_SETTING, str(max(1, int(keep))))
            self.db.set_setting(backup_files.ON_EXIT_SETTING, "1" if on_exit else "0")

    def backup(self, target: Path | None = None) -> BackupResult:
        """A verified copy at *target*, or an automatic one in the backup folder (keeping N)."""
        automatic = target is None
        path = backup_files.automatic_name(self.db) if target is None else Path(target)
        with self.db.lock:  # the copy's own head: a restore can tell whether its log was cut since
            count, head = audit.head(self.db.conn)
        report = backup_files.write_verified(self.db, path)
        pruned = backup_files.prune(self.db.path, path.parent, self.backup_keep()) if automatic else []
        self.db.audit(
            "backup",
            "database",
            summary=str(path),
            after={
                "file": str(path),
                "automatic": automatic,
                "counts": report.counts,
                "pruned": len(pruned),
                "audit_head": {"count": count, "hash": head},
            },
        )
        self.anchor_audit_head()
        return BackupResult(path, report, pruned)

    def backups(self) -> list[backup_files.BackupFile]:
        return backup_files.list_backups(self.db.path, self.backup_folder())

    def known_backups(self) -> list[catalogue.KnownBackup]:
        """Backups to pick a restore from: the folder's and those the audit log recorded."""
        with self.db.lock:
            return catalogue.known_backups(self.db.conn, self.db.path, self.backup_folder())

    def stage_restore(self, source: Path, credentials: Credentials | None = None) -> backup_files.Candidate:
        """Copy and verify *source* without touching the live database (see ``backups``)."""
        with self.db.lock:
            identity = backup_files.archive_identity(self.db.conn)
        # A copy: the candidate may outlive an idle lock, which wipes the store's own credentials.
        return backup_files.stage(self.db.path, source, credentials or self.db.credentials.copy(), identity=identity)

    def restore(self, candidate: backup_files.Candidate) -> Path:
        """Replace the live database by a verified candidate; returns where the old file was put.

        The candidate is re-keyed to the live key first, so the keyring entry and the recovery
        key on paper stay valid. Any failure before the swap leaves the live file untouched; a
        failure to open the swapped-in file puts the old file back.
        """
        if not candidate.ok:
            raise backup_files.RestoreRefusedError("; ".join(candidate.problems + candidate.report.problems))
        db = self.db
        live_key = db.credentials.copy()  # the swap locks the archive, which wipes the store's own copy
        with db.lock:
            if candidate.credentials != live_key:
                conn = open_encrypted(candidate.staged, candidate.credentials, create=False)
                try:
                    conn.execute(live_key.pragma("rekey"))
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    conn.close()
            anchor = db.audit_anchor
            old_head = audit_anchor.read_head(db.conn)
            db.lock_archive()  # closing anchors the old head; the incoming one replaces it next
            if anchor is not None:
                anchor.reset_to(candidate.audit_head)
            try:
                aside = restore_swap.swap_in(db.path, candidate.staged)
            except BaseException:
                if anchor is not None:
                    anchor.reset_to(old_head)
                db.unlock_archive(live_key)
                raise
            try:
                db.unlock_archive(live_key)
                migrate(db.conn)
            except BaseException:
                with contextlib.suppress(KnownError):
                    db.lock_archive()
                restore_swap.swap_back(db.path, aside)
                if anchor is not None:
                    anchor.reset_to(old_head)
                db.unlock_archive(live_key)
                raise
            db.audit(
                "restore",
                "database",
                summary=str(candidate.source),
                after={
                    "source": str(candidate.source),
                    "replaced_kept_at": str(aside),
                    "counts": candidate.report.counts,
                },
            )
            if db.audit_anchor is not None:  # the restored file carries its own, older chain
                db.audit_anchor.reset(db.conn)
        return aside
