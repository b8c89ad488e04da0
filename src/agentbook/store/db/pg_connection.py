"""A connection to the branch's PostgreSQL server that the store uses as it uses the local file.

The store's repositories and queries speak to a DB-API connection the way Python's ``sqlite3``
module offers one: ``execute`` returns a cursor to fetch from, ``lastrowid`` is the new row's id,
transactions are opened and closed by the store's own ``BEGIN``/``SAVEPOINT``/``COMMIT``. This
adapter gives psycopg 3 that shape, translates each statement (``dialect.translate``) and keeps
values typed as the local file returns them: integers stay ``int`` (PostgreSQL's sums and
averages are ``numeric``), dates are passed as ISO text (the archive stores dates as text on
both engines) and booleans as 0/1.

Errors are mapped to the store's own (``pg_error``): a unique or foreign-key violation means
what it means on the file, and a connection that went away is ``BranchUnreachableError``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NoReturn

import psycopg
from psycopg import adapt, pq
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from agentbook.domain.clock import timestamp_text
from agentbook.store.db import dialect
from agentbook.store.errors import (
    BranchConnectionLostError,
    BranchLoginError,
    BranchRefusedError,
    BranchUnreachableError,
    ConflictError,
    DatabaseLockedError,
    DuplicateError,
    InUseError,
    KnownError,
)

DIALECT = "postgresql"


class _BoolAsInt(adapt.Dumper):
    """SQLite has no boolean: the archive's flags are 0/1 integers on both engines."""

    oid = psycopg.adapters.types["int8"].oid

    def dump(self, obj: bool) -> bytes:
        return b"1" if obj else b"0"


class _DateAsText(adapt.Dumper):
    """Dates and times are ISO text columns in the archive, so they are sent as text."""

    oid = 0  # unknown: the server takes it as the column's type (text)

    def dump(self, obj: date) -> bytes:
        if isinstance(obj, datetime):
            return timestamp_text(obj).encode()
        return obj.isoformat().encode()


class _NumericAsNumber(adapt.Loader):
    """``sum``/``avg`` of integers are ``numeric`` on PostgreSQL; SQLite answers int or float."""

    def load(self, data: Any) -> int | float:
        value = Decimal(bytes(data).decode())
        return int(value) if value == value.to_integral_value() else float(value)


def _configure(conn: psycopg.Connection[Any]) -> None:
    conn.adapters.register_dumper(bool, _BoolAsInt)
    conn.adapters.register_dumper(date, _DateAsText)
    conn.adapters.register_dumper(datetime, _DateAsText)
    conn.adapters.register_loader("numeric", _NumericAsNumber)


class PgCursor:
    """The results of one statement, read like an ``sqlite3`` cursor."""

    def __init__(self, cursor: psycopg.Cursor[Any] | None, lastrowid: int | None = None) -> None:
        self._cursor = cursor
        self.lastrowid = lastrowid
        self.rowcount = cursor.rowcount if cursor is not None else 0

    @classmethod
    def empty(cls) -> PgCursor:
        """The answer to a statement there was nothing to run for."""
        return cls(None)

    def _rows(self) -> psycopg.Cursor[Any] | None:
        return self._cursor if self._cursor is not None and self._cursor.description else None

    def fetchone(self) -> tuple[Any, ...] | None:
        rows = self._rows()
        return rows.fetchone() if rows is not None else None

    def fetchall(self) -> list[tuple[Any, ...]]:
        rows = self._rows()
        return rows.fetchall() if rows is not None else []

    def fetchmany(self, size: int = 1) -> list[tuple[Any, ...]]:
        rows = self._rows()
        return rows.fetchmany(size) if rows is not None else []

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        rows = self._rows()
        if rows is not None:
            yield from rows

    @property
    def description(self) -> Any:
        return self._cursor.description if self._cursor is not None else None


class PgConnection:
    """psycopg 3 in autocommit mode, driven by the store's explicit transaction statements.

    A connection the network or a server restart cut is opened again at the next statement that
    starts something new (a read, or a BEGIN): the person retries a save and it goes through. A
    cut inside a transaction fails that transaction (``BranchConnectionLostError``; the server
    rolled it back): nothing half-written stays.
    """

    dialect = DIALECT
    # The branch's data key once the person's copy is unwrapped (``store/branch/sealing``): the
    # readers and writers of sealed columns ask the connection they run on.
    sealer: Any = None

    def __init__(self, conn: psycopg.Connection[Any], identity_tables: frozenset[str], dsn: str) -> None:
        self._conn = conn
        self._identity = identity_tables  # tables whose rows get an ``id`` from the server
        self._guard = threading.Lock()  # psycopg connections are not for two threads at once
        self._dsn = dsn
        self._in_transaction = False  # begun by the store and not yet ended

    @classmethod
    def connect(cls, dsn: str) -> PgConnection:
        conn = _open(dsn)
        rows = conn.execute(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema()"
            " AND column_name = 'id' AND is_identity = 'YES'"
        ).fetchall()
        return cls(conn, frozenset(r[0] for r in rows), dsn)

    @property
    def dsn(self) -> str:
        """The connection string it signed in with (its password unwraps the data key)."""
        return self._dsn

    @property
    def identity_tables(self) -> frozenset[str]:
        return self._identity

    @property
    def raw(self) -> psycopg.Connection[Any]:
        """The psycopg connection itself, for the schema code (``pg_schema``)."""
        return self._conn

    @property
    def in_transaction(self) -> bool:
        if self._conn.broken:
            return self._in_transaction
        return self._conn.info.transaction_status != pq.TransactionStatus.IDLE

    def _usable(self, sql: str) -> bool:
        """Make sure a live connection runs *sql*; False when there is nothing to run it for (the
        rollback of a transaction the cut already ended)."""
        control = sql.lstrip()[:11].upper()
        if not (self._conn.broken or self._conn.closed):
            return True
        if control.startswith("ROLLBACK"):  # the server already rolled the whole transaction back
            if not control.startswith("ROLLBACK TO"):
                self._in_transaction = False
            return False
        if self._in_transaction:
            raise BranchConnectionLostError("the connection was cut inside a transaction")
        self._conn = _open(self._dsn)
        return True

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> PgCursor:
        table = dialect.insert_table(sql)
        wants_id = table in self._identity and "returning" not in sql.lower()
        text = dialect.translate(sql) + (" RETURNING id" if wants_id else "")
        with self._guard:
            if not self._usable(sql):
                return PgCursor.empty()
            word = sql.lstrip()[:10].upper()
            if word.startswith(("COMMIT", "ROLLBACK")) and not word.startswith("ROLLBACK T"):
                self._in_transaction = False  # over, whether the server hears it or not
            try:
                cursor = self._conn.execute(text.encode("utf-8"), _params(params))
            except psycopg.OperationalError as exc:
                # Found cut only now: outside a transaction nothing was under way, so once more
                # on a new connection (a read, or the BEGIN of a save).
                if self._in_transaction or not self._conn.broken:
                    _raise_mapped(exc)
                self._conn = _open(self._dsn)
                try:
                    cursor = self._conn.execute(text.encode("utf-8"), _params(params))
                except psycopg.Error as again:
                    _raise_mapped(again)
            except psycopg.Error as exc:
                _raise_mapped(exc)
            if word.startswith("BEGIN"):
                self._in_transaction = True
            lastrowid = None
            if wants_id:
                row = cursor.fetchone()
                lastrowid = int(row[0]) if row else None
            return PgCursor(cursor, lastrowid)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any] | Mapping[str, Any]]) -> PgCursor:
        text = dialect.translate(sql)
        rows = [_params(p) for p in seq]
        with self._guard:
            self._usable(sql)
            cursor = self._conn.cursor()
            try:
                if rows:
                    cursor.executemany(text.encode("utf-8"), rows)
            except psycopg.Error as exc:
                _raise_mapped(exc)
            return PgCursor(cursor)

    def close(self) -> None:
        self._conn.close()

    @property
    def closed(self) -> bool:
        return self._conn.closed


def _params(params: Sequence[Any] | Mapping[str, Any]) -> Sequence[Any] | Mapping[str, Any]:
    if isinstance(params, Mapping):
        return dict(params)
    return tuple(params)


def _open(dsn: str) -> psycopg.Connection[Any]:
    try:
        conn = psycopg.connect(dsn, autocommit=True, connect_timeout=10)
    except psycopg.OperationalError as exc:
        raise connect_error(exc) from exc
    _configure(conn)
    return conn


def with_password(dsn: str, password: str | None) -> str:
    """*dsn* with *password* in place of any it had (None: without one)."""
    params = conninfo_to_dict(dsn)
    params.pop("password", None)
    if password:
        params["password"] = password
    return make_conninfo("", **params)


def connect_error(exc: psycopg.OperationalError) -> KnownError:
    """Why a connection failed, as the user can act on it: the login, or the server's reach."""
    text = str(exc).strip()
    if "password authentication failed" in text or "no password supplied" in text:
        return BranchLoginError(text)
    return BranchUnreachableError(text)


def _raise_mapped(exc: psycopg.Error) -> NoReturn:
    mapped = pg_error(exc)
    if mapped is exc:
        raise exc
    raise mapped from exc


def _rule_said(exc: psycopg.Error) -> bool:
    """True when a function of the branch's rules raised *exc* (its words are for the person)."""
    where = exc.diag.context if exc.diag is not None else None
    return bool(where) and "function ab_" in str(where)


def pg_error(exc: psycopg.Error) -> Exception:
    """The store's error for what the server answered (see the module's docstring)."""
    text = str(exc).strip()
    said = exc.diag.message_primary if exc.diag is not None else None
    if isinstance(exc, psycopg.errors.RaiseException | psycopg.errors.InsufficientPrivilege
                  | psycopg.errors.NoDataFound | psycopg.errors.CheckViolation
                  | psycopg.errors.UniqueViolation) and _rule_said(exc):
        return BranchRefusedError(text, said)  # the branch's rules (rules.sql) said why, in words
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return BranchRefusedError(text)  # a table or column the person's role may not touch
    if isinstance(exc, psycopg.errors.UniqueViolation):
        return DuplicateError(text)
    if isinstance(exc, psycopg.errors.ForeignKeyViolation):
        return InUseError(text)
    if isinstance(exc, (psycopg.errors.IntegrityError, psycopg.errors.RaiseException)):
        return ConflictError(text)  # a check, or a trigger of the schema refusing the change
    if isinstance(exc, (psycopg.errors.LockNotAvailable, psycopg.errors.DeadlockDetected)):
        return DatabaseLockedError(text)
    if isinstance(exc, psycopg.OperationalError) and not isinstance(exc, psycopg.errors.QueryCanceled):
        return BranchConnectionLostError(text)  # the connection was there and went away
    return exc
