"""What a test does differently on the local file and on a branch server, said once.

The store's code runs unchanged on both engines; tests that play an attacker with direct access
to the database, or that look for bytes at rest, need each engine's own words for it.
"""

from __future__ import annotations

from typing import Any

import sqlcipher3

from agentbook.store.api import Store
from agentbook.store.db import schema_info
from agentbook.store.errors import ConflictError

# What a refused write raises on a raw connection: SQLite's error, or the store's own on a branch
# server (its connection maps the server's errors).
REFUSED = (sqlcipher3.IntegrityError, ConflictError)


def on_branch(store: Store) -> bool:
    return schema_info.is_postgres(store.db.conn)


def drop_audit_trigger(store: Store, *events: str) -> None:
    """What an attacker holding the key (file) or the owner's login (server) could do: remove the
    audit log's append-only rule for these events (``update``, ``delete``)."""
    for event in events or ("update", "delete"):
        if on_branch(store):
            store.db.conn.execute(f"ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_{event}")
        else:
            store.db.conn.execute(f"DROP TRIGGER audit_log_no_{event}")


def table_names(store: Store) -> list[str]:
    """The archive's tables, sorted (SQLite's full-text bookkeeping tables left out)."""
    names = store.db.run_read(schema_info.tables)
    return sorted(n for n in names if not n.startswith(("customer_fts_", "sqlite_")) and n != "schema_version")


def every_value(store: Store) -> bytes:
    """Every value of every row of every table as UTF-8 text: on a branch server, what a copy of
    the database would hold (the local file's equivalent is its decrypted bytes)."""
    parts: list[str] = []
    for table in table_names(store):
        for row in store.db.read(f"SELECT * FROM {table}"):
            parts.extend(_text(v) for v in row)
    return "\n".join(parts).encode()


def _text(value: Any) -> str:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", errors="replace")
    return "" if value is None else str(value)


def refuse_inserts(store: Store, table: str, column: str, value: str) -> None:
    """Make the database itself refuse a row of *table* whose *column* is *value* (a trigger):
    a refusal no validation in Python foresaw."""
    if on_branch(store):
        store.db.conn.execute(
            "CREATE FUNCTION refuse_by_test() RETURNS trigger LANGUAGE plpgsql AS $$"
            f" BEGIN IF NEW.{column} = '{value}' THEN RAISE EXCEPTION 'refused by test'; END IF;"
            " RETURN NEW; END $$"
        )
        store.db.conn.execute(
            f"CREATE TRIGGER refuse BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION refuse_by_test()"
        )
    else:
        store.db.conn.execute(
            f"CREATE TEMP TRIGGER refuse BEFORE INSERT ON {table} WHEN NEW.{column} = '{value}'"
            " BEGIN SELECT RAISE(ABORT, 'refused by test'); END"
        )

