"""The shared shape of a repository: one table, one dataclass, audited create/update/delete."""

from __future__ import annotations

import dataclasses
import functools
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, ClassVar, Generic, Protocol, TypeVar

import sqlcipher3

from agentbook.domain.clock import timestamp_text
from agentbook.domain.validation import FieldError, ValidationError, raise_if_invalid
from agentbook.store.audit.log import AuditEvent
from agentbook.store.branch import approval
from agentbook.store.branch.sealing import SEALED_TEXT
from agentbook.store.db import schema_info
from agentbook.store.db.database import Database
from agentbook.store.db.many_rows import Position, insert_many
from agentbook.store.db.mapping import Col, from_db, reader, to_db
from agentbook.store.errors import BatchAbandonedError, KnownError, NotFoundError, StaleRecordError


class Record(Protocol):
    """What every stored record has besides its own fields (the dataclasses of ``domain.models``)."""

    id: int | None
    created_at: datetime | None
    updated_at: datetime | None


T = TypeVar("T", bound=Record)


class RejectedInBatchError(Exception):
    """``create_many`` refused the record at *position* of the records it was given: *cause* is
    the validation's or the database's reason. Nothing of the batch was written; the caller
    names the record (the importer, its sheet row)."""

    def __init__(self, position: int, cause: ValidationError | KnownError) -> None:
        super().__init__(f"record {position}: {cause}")
        self.position = position
        self.cause = cause


class Repository(Generic[T]):
    """Subclasses declare ``table``, ``entity``, ``model`` and ``columns`` and add their rules."""

    table: ClassVar[str]
    entity: ClassVar[str]
    model: ClassVar[type]
    columns: ClassVar[tuple[Col, ...]]

    def __init__(self, db: Database) -> None:
        self.db = db
        # Columns a branch server keeps sealed under its data key (a local file is encrypted whole).
        self.sealed = frozenset(SEALED_TEXT.get(self.table, ()))

    def stored(self, column: Col, value: Any) -> Any:
        """*value* of *column* as the database keeps it: converted, and sealed on a branch."""
        converted = column.to_db(value)
        if column.name in self.sealed:
            sealer = self.db.sealer
            if sealer is not None:
                return sealer.seal(converted, column.name)
        return converted

    # --- reading -------------------------------------------------------------------------
    @classmethod
    def select_sql(cls, alias: str = "") -> str:
        prefix = f"{alias}." if alias else ""
        names = ", ".join(f"{prefix}{c.name}" for c in cls.columns)
        return f"SELECT {prefix}id, {prefix}created_at, {prefix}updated_at, {names} FROM {cls.table} {alias}"

    def from_row(self, row: tuple[Any, ...]) -> T:
        sealer = self.db.sealer if self.sealed else None
        if sealer is not None:
            values = {
                c.attr: c.from_db(sealer.open(v) if c.name in self.sealed else v)
                for c, v in zip(self.columns, row[3:], strict=True)
            }
        else:
            values = {
                attr: read(value) if read is not None and (value is not None or own) else value
                for (attr, read, own), value in zip(_readers(self.columns), row[3:], strict=True)
            }
        obj: T = self.model(**values)
        obj.id = row[0]
        obj.created_at = from_db("datetime", row[1])
        obj.updated_at = from_db("datetime", row[2])
        return obj

    def get(self, record_id: int) -> T:
        rows = self.db.read(self.select_sql() + " WHERE id = ?", (record_id,))
        if not rows:
            raise NotFoundError(f"{self.entity} {record_id}")
        obj = self.from_row(rows[0])
        self.load_children([obj])
        return obj

    def exists(self, record_id: int) -> bool:
        return self.db.read_one(f"SELECT 1 FROM {self.table} WHERE id = ?", (record_id,)) is not None

    def find(self, where: str, params: Iterable[Any] | Mapping[str, Any] = (), order: str = "id") -> list[T]:
        bound = dict(params) if isinstance(params, Mapping) else tuple(params)
        rows = self.db.read(f"{self.select_sql()} WHERE {where} ORDER BY {order}", bound)
        objs = [self.from_row(r) for r in rows]
        self.load_children(objs)
        return objs

    def load_children(self, objs: list[T]) -> None:
        """Fill list-valued attributes kept in child tables (beneficiaries, tags …)."""

    def count(self) -> int:
        return self.db.row_count(self.table)

    # --- writing -------------------------------------------------------------------------
    def normalize(self, obj: T) -> None:
        """Bring typed text to its stored form (trimmed numbers, names) before validation, on
        create and update alike, so what was validated is what is stored."""

    def validate(self, obj: T) -> list[FieldError]:
        return []

    def validate_update(self, before: T, after: T) -> list[FieldError]:
        """Rules about the change itself (which status may follow which), checked against the
        stored record inside the write transaction."""
        return []

    def customer_of(self, obj: T) -> int | None:
        """The customer an audit entry about *obj* belongs to (for the per-customer audit view)."""
        return None

    def prepare_insert(self, conn: sqlcipher3.Connection, obj: T) -> None:
        """Fill generated fields (archive numbers) just before the insert."""

    def save_children(self, conn: sqlcipher3.Connection, obj: T) -> None:
        """Write child rows after the parent row exists."""

    def prepare_many(self, conn: sqlcipher3.Connection, objs: Sequence[T]) -> None:
        """``prepare_insert`` for records inserted together (a repository may do it at once)."""
        for obj in objs:
            self.prepare_insert(conn, obj)

    def save_children_many(self, conn: sqlcipher3.Connection, objs: Sequence[T]) -> None:
        """``save_children`` for records just inserted together, which have no children yet."""
        for obj in objs:
            self.save_children(conn, obj)

    def after_write(self, conn: sqlcipher3.Connection, before: T | None, after: T | None) -> None:
        """Keep derived data (the search index) in step, inside the same transaction."""

    def before_delete(self, conn: sqlcipher3.Connection, obj: T) -> None:
        """Refuse a delete that would break the archive (raise a KnownError)."""

    def create(self, obj: T) -> T:
        self.normalize(obj)
        raise_if_invalid(self.validate(obj))
        with self.db.transaction() as conn:
            self.prepare_insert(conn, obj)
            now = self.db.now()
            names = [c.name for c in self.columns]
            values = [self.stored(c, getattr(obj, c.attr)) for c in self.columns]
            cur = conn.execute(
                f"INSERT INTO {self.table} ({', '.join(names)}, created_at, updated_at)"
                f" VALUES ({', '.join('?' * len(names))}, ?, ?)",
                [*values, now, now],
            )
            obj.id = int(cur.lastrowid)
            obj.created_at = obj.updated_at = from_db("datetime", now)
            self.save_children(conn, obj)
            self.after_write(conn, None, obj)
            self.db.audit("create", self.entity, obj.id, customer_id=self.customer_of(obj), after=obj)
        return obj

    def create_many(self, objs: Sequence[T]) -> None:
        """Create each of *objs* as ``create`` would — the same validation, generated fields,
        rows, children, search documents and audit entries — with a statement per table instead
        of per record: the path of imports of thousands of rows.

        All or nothing: a record the validation or the database refuses raises
        ``RejectedInBatchError`` with its position, and none of them is written; inside a batch
        (``Store.batch``) the refusal abandons the whole batch (``Database.transaction``).
        Ids are given here, in order, as SQLite would have given them one insert at a time.
        """
        for position, obj in enumerate(objs):
            self.normalize(obj)
            try:
                raise_if_invalid(self.validate(obj))
            except ValidationError as exc:
                raise RejectedInBatchError(position, exc) from exc
        if not objs:
            return
        # No savepoint of its own: inside a bulk write (an import's batch) a refusal abandons the
        # whole batch anyway (``Database.transaction``), and SQLite's journal stays small.
        with self.db.transaction(savepoint=False) as conn:
            self.prepare_many(conn, objs)
            now = self.db.now()
            created = from_db("datetime", now)
            ids = schema_info.reserve_ids(conn, self.table, len(objs))
            rows = []
            kinds = [None if c.kind in _AS_STORED else c.kind for c in self.columns]
            values_of = _values_getter(tuple(c.attr for c in self.columns))
            for obj, new_id in zip(objs, ids, strict=True):
                obj.id = new_id
                obj.created_at = obj.updated_at = created
                converted = [
                    v if kind is None or v is None else to_db(kind, v)
                    for kind, v in zip(kinds, values_of(obj), strict=True)
                ]
                rows.append([new_id, *converted, now, now])
            sealer = self.db.sealer if self.sealed else None
            if sealer is not None:
                for i, c in enumerate(self.columns, start=1):
                    if c.name in self.sealed:
                        for row in rows:
                            row[i] = sealer.seal(row[i], c.name)
            names = ["id", *(c.name for c in self.columns), "created_at", "updated_at"]
            insert_located(
                self.db, f"INSERT INTO {self.table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", rows
            )
            self.save_children_many(conn, objs)
            for obj in objs:
                self.after_write(conn, None, obj)
            self.db.audit_many(
                [
                    AuditEvent("create", self.entity, obj.id, customer_id=self.customer_of(obj), after=obj)
                    for obj in objs
                ]
            )

    def update(self, obj: T) -> T:
        if obj.id is None:
            raise NotFoundError(f"{self.entity} without id")
        self.normalize(obj)
        raise_if_invalid(self.validate(obj))
        with self.db.transaction() as conn:
            before = self.get(obj.id)
            row = self.db.read_one(f"SELECT updated_at FROM {self.table} WHERE id = ?", (obj.id,))
            stored = row[0] if row else None
            read_at = getattr(obj, "updated_at", None)
            if read_at is not None and read_at != before.updated_at:
                # Saved elsewhere since *obj* was read: writing now would silently undo that save.
                raise StaleRecordError(f"{self.entity} {obj.id}", current=before)
            raise_if_invalid(self.validate_update(before, obj))
            held = approval.hold(self.db, self, before, obj)  # guarded fields wait for a manager
            changed = _changed_fields(before, obj)
            if held and not changed:
                obj.created_at, obj.updated_at = before.created_at, before.updated_at
                approval.file_request(self.db, self, obj, self.customer_of(before) or 0, held)
                return obj
            now = _next_version(self.db.now_dt(), before.updated_at)
            assignments = ", ".join(f"{c.name} = ?" for c in self.columns)
            values = [self.stored(c, getattr(obj, c.attr)) for c in self.columns]
            # The version read inside this write transaction is compared once more by the UPDATE itself.
            cur = conn.execute(
                f"UPDATE {self.table} SET {assignments}, updated_at = ? WHERE id = ? AND updated_at IS ?",
                [*values, now, obj.id, stored],
            )
            if cur.rowcount != 1:
                raise StaleRecordError(f"{self.entity} {obj.id}", current=self.get(obj.id))
            obj.created_at = before.created_at
            obj.updated_at = from_db("datetime", now)
            self.save_children(conn, obj)
            self.after_write(conn, before, obj)
            self.db.audit(
                "update",
                self.entity,
                obj.id,
                customer_id=self.customer_of(obj),
                summary=",".join(changed),
                before={k: getattr(before, k) for k in changed},
                after={k: getattr(obj, k) for k in changed},
            )
            if held:
                approval.file_request(self.db, self, obj, self.customer_of(before) or 0, held)
        return obj

    def delete(self, record_id: int) -> None:
        with self.db.transaction() as conn:
            before = self.get(record_id)
            self.before_delete(conn, before)
            conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (record_id,))
            self.after_write(conn, before, None)
            self.db.audit("delete", self.entity, record_id, customer_id=self.customer_of(before), before=before)


# Column kinds whose values are stored as they are (``mapping.to_db`` returns them unchanged).
_AS_STORED = frozenset({"text", "int"})


def _values_getter(attrs: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The values of *attrs* of a record as a tuple, fetched together."""
    if len(attrs) == 1:  # attrgetter gives the value itself for one name
        return lambda obj: (getattr(obj, attrs[0]),)
    return operator.attrgetter(*attrs)


def insert_located(db: Database, sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """``executemany`` of *rows*; when the database refuses one, ``RejectedInBatchError`` says
    which, and the caller's transaction is abandoned (``create_many``'s, which has no savepoint).

    The rows go in a few hundred to a statement (``many_rows.insert_many``), which says the row
    a refusal came from. No savepoint is needed to find it, and none is opened: under an open
    savepoint SQLite truncates its statement journal after every row by walking the journal from
    its start, quadratic in the rows of a batch (a sixth of an import's write). A branch
    server's driver may send every row before one fails: there the batch runs in a savepoint,
    rolled back and replayed a row at a time (only then) to find the row.
    """
    if getattr(db.conn, "dialect", "sqlite") == "postgresql":
        try:
            with db.transaction() as conn:
                conn.executemany(sql, rows)
        except KnownError:
            for position, row in enumerate(rows):
                try:
                    with db.transaction() as conn:
                        conn.execute(sql, row)
                except KnownError as exc:
                    raise RejectedInBatchError(position, exc) from exc
            raise
        return
    reached = Position()
    try:
        with db.transaction(savepoint=False) as conn:
            insert_many(conn, sql, rows, reached)
    except KnownError as exc:
        if not reached.handed or isinstance(exc, BatchAbandonedError):
            raise
        raise RejectedInBatchError(reached.handed - 1, exc) from exc


def _next_version(now: datetime, previous: datetime | None) -> str:
    """``updated_at`` is the row's version: it must change on every save, even two in one second."""
    now = from_db("datetime", timestamp_text(now))  # the stored precision (whole seconds)
    if previous is not None and now <= previous:
        now = previous + timedelta(seconds=1)
    return timestamp_text(now)


def _changed_fields(before: Any, after: Any) -> list[str]:
    skip = {"created_at", "updated_at"}
    return [
        f.name
        for f in dataclasses.fields(after)
        if f.name not in skip and getattr(before, f.name) != getattr(after, f.name)
    ]


@functools.cache
def _readers(columns: tuple[Col, ...]) -> tuple[tuple[str, Callable[[Any], Any] | None, bool], ...]:
    """Each column's attribute, its reader (``mapping.reader``) chosen once per repository, and
    whether that is a column's own ``from_db``, which is asked about None too: a batch of archive
    sheets reads some 25,000 records, a value at a time."""
    found: list[tuple[str, Callable[[Any], Any] | None, bool]] = []
    for c in columns:
        own = type(c).from_db is not Col.from_db
        found.append((c.attr, c.from_db if own else reader(c.kind, c.enum), own))
    return tuple(found)
