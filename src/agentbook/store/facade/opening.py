"""Opening an archive: a local SQLCipher file through the key vault (created on first start), a
branch's PostgreSQL server, or a file whose key is typed back from the recovery sheet; and what
every opening writes once the schema is current."""

from __future__ import annotations

from pathlib import Path
from typing import Self

from agentbook.domain.clock import Clock
from agentbook.store.audit import anchor as audit_anchor
from agentbook.store.backup.copy import write_copy
from agentbook.store.backup.integrity import check_at_open
from agentbook.store.backup.restore_swap import settle as settle_restore
from agentbook.store.db.connection import Credentials, RawKey, lock_for_create, open_encrypted
from agentbook.store.db.database import Database
from agentbook.store.db.migrations import migrate, schema_version
from agentbook.store.errors import BugError, KeyringUnavailableError, KnownError, UnreadableFileError
from agentbook.store.facade.session import StoreSession
from agentbook.store.keys import recovery
from agentbook.store.keys.key_life import open_existing
from agentbook.store.keys.vault import KeyVault
from agentbook.store.records.products import seed_catalogue
from agentbook.store.settings import apply_agent_name

CATALOGUE_VERSION = 6  # the schema that brought the product catalogue: seeded when an archive reaches it


def settle_opened(db: Database, found: int, *, named: bool, summary: str) -> None:
    """What every opening does once the schema is current: the actor, the first audit rows, the
    product catalogue of a new or migrated archive, the search index of older rules."""
    if not named:  # the agent named in the settings, not the computer's login, is the actor
        apply_agent_name(db)
    if found == 0:
        db.audit("create", "database", summary=summary)
    if found < CATALOGUE_VERSION:
        seed_catalogue(db)
    db.audit("open", "database", summary=summary)
    if not db.search_index.is_current():  # indexed by older rules (or new): index again
        with db.transaction():
            db.search_index.rebuild()
            db.search_index.mark_current(db.now())


def _key(credentials: Credentials | None) -> Credentials:
    if credentials is None:
        raise BugError("a read connection to the file needs its key")
    return credentials


class Opening(StoreSession):
    """The ways into an archive, each giving an open Store."""

    @classmethod
    def open(
        cls,
        path: Path,
        vault: KeyVault | None = None,
        *,
        create: bool = False,
        passphrase: str | None = None,
        credentials: Credentials | None = None,
        actor: str | None = None,
        clock: Clock | None = None,
    ) -> Self:
        """Open *path*; with *create*, make it (and its key) when it does not exist yet.

        An existing file is never re-created: a missing key is an error, not a fresh start.
        *clock* dates every record (the computer's clock unless a test or the self-test says
        otherwise).
        """
        path = Path(path).expanduser()
        vault = vault or KeyVault()
        settle_restore(path)  # a restore killed mid-swap is finished before anything looks
        exists = path.exists()
        if not exists and not create:
            raise UnreadableFileError(f"{path} does not exist")
        creds = credentials or vault.credentials_for(path, creating=not exists, passphrase=passphrase)
        if exists:
            from_vault = credentials is None and passphrase is None
            conn, creds = open_existing(path, vault, creds, from_vault=from_vault)
            try:
                check_at_open(conn, path)
            except BaseException:
                conn.close()
                raise
        else:
            # Owned before the keyring is touched: of two first starts at once, the loser must not
            # overwrite or delete the key the winner stored for the file it is creating.
            lock = lock_for_create(path)
            stored_key = False
            try:
                key_is_new = isinstance(creds, RawKey) and credentials is None and passphrase is None
                if isinstance(creds, RawKey) and key_is_new and vault.has_backend() and vault.load(path) is None:
                    vault.store(path, creds)
                    stored_key = True
                conn = open_encrypted(path, creds, create=True, held=lock)
            except BaseException:
                lock.release()
                if stored_key:
                    vault.forget(path)
                raise
        db = Database(
            conn,
            path,
            creds,
            actor=actor,
            clock=clock,
            open_reader=lambda key: open_encrypted(path, _key(key), create=False, owner=False),
        )
        db.audit_anchor = audit_anchor.keeper(vault, path, creds, conn)
        try:
            found = migrate(conn, before_migrating=lambda v: write_copy(db, path.with_name(f"{path.name}.v{v}.bak")))
            settle_opened(db, found, named=actor is not None, summary=str(path))
        except BaseException:
            db.close()
            if not exists:
                for suffix in ("", "-wal", "-shm"):
                    Path(str(path) + suffix).unlink(missing_ok=True)
            raise
        return cls(db)

    @classmethod
    def open_branch(cls, dsn: str, *, actor: str | None = None, clock: Clock | None = None) -> Self:
        """Open the archive on a branch's PostgreSQL server at *dsn* (its schema created or
        brought up to date first), through the same repositories and queries as a local file."""
        from agentbook.store.db.branch_open import open_database

        return cls(open_database(dsn, actor=actor, clock=clock, settle=settle_opened))

    @classmethod
    def open_with_recovery_key(
        cls, path: Path, vault: KeyVault, text: str, **kwargs: object
    ) -> tuple[Self, KnownError | None]:
        """Open *path* with the recovery key typed in *text* and store the key in the keyring again.

        Returns the store and, when the keyring could not take the key, why (the store is open
        for this session anyway; the UI says the recovery key will be needed next time too).
        """
        key = recovery.decode(text)
        store = cls.open(path, vault, credentials=key, **kwargs)  # type: ignore[arg-type]
        problem: KnownError | None = None
        try:
            if not vault.has_backend():
                raise KeyringUnavailableError()
            vault.store(path, key)
            vault.forget_pending(path)
        except KnownError as exc:
            problem = exc
        store.record_event("recover", "database", summary="recovery key", details={"key_saved": problem is None})
        return store, problem

    @property
    def schema_version(self) -> int:
        if self.db.branch is not None:  # the server keeps it in a table (``pg_schema``)
            return self.db.read_int("SELECT max(version) FROM schema_version")
        with self.db.lock:
            return schema_version(self.db.conn)

    def cipher_version(self) -> str:
        row = self.db.read_one("PRAGMA cipher_version")
        return row[0] if row and row[0] else ""
