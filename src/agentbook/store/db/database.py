"""The open database: one connection, one lock, transactions, the audit trail and the clock.

Every repository writes through ``Database.transaction()`` and records what it did with
``Database.audit()`` inside that transaction, so a write and its audit row live or die together.
"""

from __future__ import annotations

import contextlib
import getpass
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

import sqlcipher3

from agentbook.domain.clock import Clock, SystemClock, timestamp_text
from agentbook.store.audit import log as audit
from agentbook.store.audit import seal as audit_seal
from agentbook.store.audit.anchor import AnchorKeeper
from agentbook.store.audit.log import AuditEvent
from agentbook.store.db.changes import ChangeFeed
from agentbook.store.db.connection import Credentials, is_owner, key_change_problem, open_encrypted, translate_error
from agentbook.store.db.readers import ReaderPool, ReadersClosedError
from agentbook.store.db.schema_info import KEPT_COUNTS
from agentbook.store.db.serialize import filled_plain, to_plain
from agentbook.store.errors import (
    ArchiveClosedError,
    ArchiveLockedError,
    BatchAbandonedError,
    BugError,
    ConflictError,
    DuplicateError,
    InUseError,
    KeyChangeFailedError,
    KnownError,
)
from agentbook.store.queries.search import SearchIndex

T = TypeVar("T")


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes; the audit log still needs someone
        return "agent"


def _after_plain(action: str, before: Any, after: Any) -> Any:
    """The plain *after* of an audit entry: a new record's without its empty fields (the record
    as created is what was filled in), every other entry's whole, so that a change shows both
    sides of each field."""
    if action == "create" and before is None:
        return filled_plain(after)
    return to_plain(after)


class Database:
    """Owns the writer connection (thread-safe through one re-entrant lock) and, when given a way
    to open them, read connections on which other threads read without waiting (``readers.py``)."""

    def __init__(
        self,
        conn: Any,
        path: Path,
        credentials: Credentials | None,
        *,
        actor: str | None = None,
        clock: Clock | None = None,
        open_reader: Callable[[Credentials | None], Any] | None = None,
        branch: str | None = None,
    ) -> None:
        self.conn = conn
        # The branch server's database (host/name) when the archive is on PostgreSQL, else None.
        self.branch = branch
        self.listener: Any = None  # hears the other apps of a branch (``pg_changes.Listener``)
        self.branch_dsn: str | None = None  # the branch's connection string without the password
        # On a branch: the signed-in login and the branch roles it holds (``store/branch/rules``).
        self.person: str | None = None
        self.roles: frozenset[str] = frozenset()
        # Change requests filed by the saves of this session not yet told to the user (the UI
        # takes them: ``Store.take_held_requests``).
        self.held_requests: list[int] = []
        self._login_dsn: str | None = None  # with it, while the archive is open (the lock drops it)
        self.path = Path(path)
        self._credentials = _own(credentials)
        self.actor = actor or default_actor()
        self.clock: Clock = clock or SystemClock()
        self.lock = threading.RLock()
        self._depth = 0
        self._doomed: BaseException | None = None  # a savepoint-less step failed: roll back at the end
        self.closed = False  # closed for good (not the idle lock, which reopens)
        self.changes = ChangeFeed()  # announces what each commit changed (views reload only that)
        self.search_index = SearchIndex(conn)
        # Keeps the audit chain's head outside the file (``audit_anchor``); set by ``Store.open``.
        self.audit_anchor: AnchorKeeper | None = None
        self._open_reader = open_reader
        self.readers = ReaderPool(self._reader_factory()) if open_reader is not None else None
        self._writing_thread: int | None = None  # the thread inside a write transaction

    def _reader_factory(self) -> Callable[[], Any]:
        credentials, open_reader = self._credentials, self._open_reader
        assert open_reader is not None
        return lambda: open_reader(credentials)

    @property
    def sealer(self) -> Any:
        """The branch's data key as a ``BranchSealer`` (``store/branch/sealing``): None for a local
        file, whose every page is encrypted already, and while the idle lock holds."""
        return getattr(self.conn, "sealer", None)

    @property
    def key(self) -> Credentials | None:
        """The file's key as the store holds it: None once the idle lock dropped it, and on a
        branch server (whose logins are the server's business)."""
        return self._credentials

    @property
    def credentials(self) -> Credentials:
        """The archive file's key (a branch server has none: asking is a bug of the caller)."""
        if self._credentials is None:
            raise BugError("no file key: the archive is on a branch server or locked")
        return self._credentials

    def today(self) -> date:
        """Today by the store's clock: the date every record and list is judged on."""
        return self.clock.today()

    def now_dt(self) -> datetime:
        return self.clock.now()

    def now(self) -> str:
        """The clock's moment in the stored text form (``YYYY-MM-DD HH:MM:SS``)."""
        return timestamp_text(self.clock.now())

    @contextmanager
    def transaction(self, *, savepoint: bool = True) -> Iterator[sqlcipher3.Connection]:
        """A write transaction; nested calls become savepoints of the outer one.

        ``savepoint=False`` nests without one (the steps of a bulk write): SQLite then need not
        copy every page the step touches into its statement journal first (a fifth of an
        import's write time). A failure inside dooms the whole transaction instead, as
        PostgreSQL does: no later write starts in it, and it rolls back at its end even when a
        caller handled the error (``BatchAbandonedError``), so no half-written step is committed.
        """
        with self.lock:
            depth = self._depth
            if depth == 0:
                self._execute_control("BEGIN IMMEDIATE")
                self._doomed = None
                self._writing_thread = threading.get_ident()
                self.search_index.defer()
            elif self._doomed is not None:
                raise BatchAbandonedError(str(self._doomed)) from self._doomed
            elif savepoint:
                self.conn.execute(f"SAVEPOINT sp{depth}")
            self._depth += 1
            try:
                yield self.conn
            except BaseException as exc:
                self._depth -= 1
                if depth == 0:
                    self._abandon()
                elif not savepoint:
                    self._doomed = self._doomed or exc
                elif self.conn.in_transaction:  # SQLite itself rolls back all on SQLITE_FULL/IOERR
                    self.conn.execute(f"ROLLBACK TO sp{depth}")
                    self.conn.execute(f"RELEASE sp{depth}")
                if isinstance(exc, sqlcipher3.Error):
                    raise _store_error(exc) from exc
                raise
            else:
                self._depth -= 1
                if depth == 0:
                    if self._doomed is not None:
                        cause = self._doomed
                        self._abandon()
                        raise BatchAbandonedError(str(cause)) from cause
                    try:
                        self.search_index.flush()  # the documents of this transaction's customers
                    except BaseException as exc:
                        self._abandon()
                        if isinstance(exc, sqlcipher3.Error):
                            raise _store_error(exc) from exc
                        raise
                    self._writing_thread = None
                    try:
                        if self.branch is not None:
                            self._tell_the_branch()
                        self._execute_control("COMMIT")
                    except BaseException:
                        self.changes.rolled_back()
                        raise
                    self.changes.committed()
                    if self.audit_anchor is not None:
                        self.audit_anchor.committed(self.conn)
                elif savepoint:
                    self.conn.execute(f"RELEASE sp{depth}")

    def _abandon(self) -> None:
        """Roll the whole transaction back and forget what it would have announced."""
        self._doomed = None
        self._writing_thread = None
        self.search_index.discard()
        self.changes.rolled_back()
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def _tell_the_branch(self) -> None:
        """Send this transaction's change to the other apps on the branch (delivered at COMMIT)."""
        from agentbook.store.db import pg_changes  # psycopg is loaded only by branch work

        change = self.changes.pending()
        if change is not None:
            pg_changes.send(self.conn, change)

    def _execute_control(self, sql: str) -> None:
        try:
            self.conn.execute(sql)
        except sqlcipher3.Error as exc:
            if sql == "COMMIT" and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise _store_error(exc) from exc

    def read(self, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        """Rows of a query: on this thread's read connection, or on the writer inside a write
        transaction of this thread (which must see its own rows)."""
        return self.run_read(lambda conn: conn.execute(sql, params).fetchall())

    def run_read(self, work: Callable[[sqlcipher3.Connection], T]) -> T:
        """Run read-only *work* on a connection that shows the last commit (see ``read``)."""
        try:
            if self.readers is not None and self._writing_thread != threading.get_ident():
                try:
                    return self.readers.run(work)
                except ReadersClosedError:
                    if self.is_locked:
                        raise ArchiveLockedError() from None
                    if self.closed:
                        raise ArchiveClosedError() from None
            with self.lock:
                return work(self.conn)
        except sqlcipher3.Error as exc:
            raise _store_error(exc) from exc

    def read_one(self, sql: str, params: Any = ()) -> tuple[Any, ...] | None:
        rows = self.read(sql, params)
        return rows[0] if rows else None

    def read_int(self, sql: str, params: Any = ()) -> int:
        """The first column of the first row as an int (a count, a sum); 0 when there is none."""
        row = self.read_one(sql, params)
        return int(row[0] or 0) if row else 0

    def row_count(self, table: str) -> int:
        """How many rows *table* holds. A local archive keeps the count of each listed table
        (``schema_info.KEPT_COUNTS``, migration 13), so the answer does not grow with the table; a
        branch server counts the rows this person may see."""
        if self.branch is None and table in KEPT_COUNTS:
            return self.read_int("SELECT n FROM row_count WHERE name = ?", (table,))
        return self.read_int(f"SELECT count(*) FROM {table}")

    def audit(
        self,
        action: str,
        entity: str,
        entity_id: int | None = None,
        *,
        customer_id: int | None = None,
        summary: str = "",
        before: Any = None,
        after: Any = None,
    ) -> int:
        """Record one event; inside a transaction it commits with the write it describes.

        A change to the archive's records is also noted for the change event of the commit.
        """
        before, after = to_plain(before), _after_plain(action, before, after)  # walked once, not by each step below
        concerned = audit_seal.parties(customer_id, before, after)
        self.changes.note(action, entity, entity_id, concerned)
        entry = {
            "concerned": concerned,
            "at": self.now(),
            "actor": self.actor,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "customer_id": customer_id,
            "summary": summary,
            "before": before,
            "after": after,
        }
        if self._writing_thread == threading.get_ident():  # inside the write it describes: one with it
            return audit.append(self.conn, **entry)
        with self.transaction() as conn:
            return audit.append(conn, **entry)

    def audit_many(self, events: Sequence[AuditEvent]) -> None:
        """Record many events inside this thread's write transaction: the rows ``audit`` would
        write one by one (same sealing, same chain), in one go for the writes of an import."""
        if self._writing_thread != threading.get_ident():
            raise BugError("audit_many outside a write transaction")
        entries = []
        for e in events:
            before, after = to_plain(e.before), _after_plain(e.action, e.before, e.after)
            concerned = audit_seal.parties(e.customer_id, before, after)
            self.changes.note(e.action, e.entity, e.entity_id, concerned)
            entries.append(
                audit.PlainEntry(e.action, e.entity, e.entity_id, e.customer_id, concerned, e.summary, before, after)
            )
        audit.append_many(self.conn, entries, at=self.now(), actor=self.actor)

    # Settings kept in the database (they travel with the archive, unlike window geometry).
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.read_one("SELECT value FROM setting WHERE key = ?", (key,))
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            before = self.get_setting(key)
            conn.execute(
                "INSERT INTO setting (key, value, updated_at) VALUES (?,?,?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                (key, value, self.now()),
            )
            self.audit("update", "setting", summary=key, before=before, after=value)

    def close(self) -> None:
        if self.closed:  # a second close (the window's, then the app's) has nothing left to do
            return
        self.closed = True
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
        with self.lock:
            if self.readers is not None:
                self.readers.close()
            if self.is_locked:  # the idle lock already closed it
                return
            # A guest (the scheduled backup beside the app) never forces a TRUNCATE checkpoint: it
            # would wait for the app's readers and hold off the app's writes meanwhile.
            if is_owner(self.conn):
                if self.audit_anchor is not None:  # at close and at the idle lock
                    self.audit_anchor.write(self.conn)
                with contextlib.suppress(sqlcipher3.Error):  # closing anyway; SQLite checkpoints at next open
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()

    # --- idle lock and key change ----------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return isinstance(self.conn, LockedConnection)

    def lock_archive(self) -> None:
        """Close the connection and drop the key (idle lock); any later query says "locked".

        Waits for a running query (the store lock), so a worker never sees a half-closed file.
        """
        with self.lock:
            if self.is_locked:
                return
            if self._depth:
                raise BugError("lock requested inside a transaction")
            self.close()
            self.closed = False  # locked: the key typed again opens it
            self.conn = LockedConnection()
            self.search_index = SearchIndex(self.conn)
            if self.branch is not None:
                self._open_reader = None  # its connection string holds the login's password
                self._login_dsn = None
            if self._credentials is not None:
                self._credentials.wipe()  # the store's own copy (see ``_own``): nobody else uses it
            self._credentials = None

    def unlock_archive(self, credentials: Credentials) -> None:
        """Open the same file again with *credentials* (fetched afresh from the keyring or user)."""
        with self.lock:
            if not self.is_locked:
                return
            conn = open_encrypted(self.path, credentials, create=False)
            self.conn = conn
            self.search_index = SearchIndex(conn)
            self._credentials = _own(credentials)
            self._reopen_readers()

    def set_branch_login(self, dsn: str) -> None:
        """The branch's connection string with the login's password (for ``pg_dump``)."""
        self._login_dsn = dsn

    def branch_dsn_with_login(self) -> str:
        if self._login_dsn is None:
            raise ArchiveLockedError()
        return self._login_dsn

    def unlock_branch(self, connect: Callable[[], Any], listen: Callable[[Any], Any]) -> None:
        """Connect to the branch server again after the idle lock, through *connect* (built from
        the password the person typed); *listen* starts hearing the others' changes again. The
        data key is unwrapped again with that password: the lock dropped it with the connection."""
        from agentbook.store.branch.data_key import data_key_of, sealed

        with self.lock:
            if not self.is_locked:
                return
            conn = connect()
            try:
                sealer = data_key_of(conn, conn.dsn, self.clock)
            except BaseException:
                conn.close()
                raise
            conn.sealer = sealer
            self.conn = conn
            self.search_index = SearchIndex(conn)
            self._open_reader = lambda _key: sealed(connect(), sealer)
            self._reopen_readers()
            self.listener = listen(conn)

    def _reopen_readers(self) -> None:
        if self.readers is not None:
            self.readers.reopen(self._reader_factory())

    def rekey(self, credentials: Credentials) -> None:
        """Re-encrypt every page under *credentials* (``PRAGMA rekey``) and prove it took.

        SQLite writes the re-encrypted pages through the WAL and commits them at once, so a crash
        leaves the file under the old key or the new one, never a mix; the checkpoint afterwards
        moves them into the main file. ``PRAGMA rekey`` answers ok even when a full disk kept the
        WAL from taking the pages: nothing changed, yet the connection now holds the new key. So
        the change counts only once fresh connections open the file with the new key and not
        with the old one; otherwise the connection is reopened with the key that still opens the
        file and ``KeyChangeFailedError`` says the old key (and its recovery key) still hold.
        """
        with self.lock:
            if self._depth:
                raise BugError("rekey inside a transaction")
            old = self.credentials
            if self.readers is not None:  # pages change key under them: they reopen afterwards
                self.readers.close()
            try:
                return self._rekey(credentials, old)
            finally:
                self._reopen_readers()

    def _rekey(self, credentials: Credentials, old: Credentials) -> None:
        with self.lock:
            try:
                self.conn.execute(credentials.pragma("rekey"))
                with contextlib.suppress(sqlcipher3.Error):  # a WAL left over still opens (proven below)
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                problem = key_change_problem(self.path, credentials, old)
            except sqlcipher3.Error as exc:
                problem = str(exc)
            if not problem:
                self._credentials = _own(credentials)
                old.wipe()  # the store's copy of a key that no longer opens the file
                return
            if self._reopen(old, credentials) == credentials:
                return  # the file did take the new key after all: the fresh connection proved it
            raise KeyChangeFailedError(problem)

    def _reopen(self, *candidates: Credentials) -> Credentials:
        """A fresh connection with the first of *candidates* that opens the file; returns it."""
        with contextlib.suppress(sqlcipher3.Error):
            self.conn.close()
        self.conn = LockedConnection()
        self.search_index = SearchIndex(self.conn)
        error: KnownError | None = None
        for credentials in candidates:
            try:
                conn = open_encrypted(self.path, credentials, create=False)
            except KnownError as exc:
                error = error or exc
                continue
            self.conn = conn
            self.search_index = SearchIndex(conn)
            self._credentials = _own(credentials)
            return credentials
        assert error is not None
        raise error


def _own(credentials: Credentials | None) -> Credentials | None:
    """A private copy of *credentials* for the store: the idle lock wipes it without breaking a
    caller that still holds the object it passed in (the self-test, a staged restore). A branch
    server's login is the server's business: its store holds no key (None)."""
    return credentials.copy() if credentials is not None else None


class LockedConnection:
    """Stands in for the connection while the archive is locked: any use raises, nothing leaks."""

    in_transaction = False

    def execute(self, *_args: Any, **_kwargs: Any) -> Any:
        raise ArchiveLockedError()

    executemany = execute
    executescript = execute

    def close(self) -> None:
        pass


def _store_error(exc: sqlcipher3.Error) -> Exception:
    text = str(exc)
    if isinstance(exc, sqlcipher3.IntegrityError):
        if "UNIQUE" in text:
            return DuplicateError(text)
        if "FOREIGN KEY" in text:
            return InUseError(text)
        return ConflictError(text)
    translated = translate_error(exc)
    return translated if isinstance(translated, KnownError) else exc
