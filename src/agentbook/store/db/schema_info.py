"""What the open database holds, asked the same way of the local file and of a branch server.

SQLite describes itself in ``sqlite_master`` and ``PRAGMA table_info``, PostgreSQL in
``information_schema``; the destruction of a customer's rows and the audit's sealing ask which
tables and columns exist, and get the same answer from either.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class Column(NamedTuple):
    name: str
    not_null: bool
    default: str | None  # the column's default as SQL text, None when it has none


def is_postgres(conn: Any) -> bool:
    """True for a connection to a branch server (``pg_connection.PgConnection``)."""
    return getattr(conn, "dialect", "sqlite") == "postgresql"


def tables(conn: Any) -> list[str]:
    """The archive's own tables, newest first (a later table refers to earlier ones)."""
    if is_postgres(conn):
        rows = conn.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE c.relkind = 'r' AND n.nspname = current_schema() ORDER BY c.oid DESC"
        ).fetchall()
    else:
        rows = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY rowid DESC"
        ).fetchall()
    return [r[0] for r in rows]


def has_table(conn: Any, name: str) -> bool:
    if is_postgres(conn):
        sql = "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?"
    else:
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return conn.execute(sql, (name,)).fetchone() is not None


def columns(conn: Any, table: str) -> list[Column]:
    """The columns of *table* in their order."""
    if is_postgres(conn):
        rows = conn.execute(
            "SELECT column_name, is_nullable = 'NO', column_default FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
            (table,),
        ).fetchall()
        return [Column(name, bool(not_null), default) for name, not_null, default in rows]
    rows = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    return [Column(name, bool(notnull), default) for _cid, name, _type, notnull, default, _pk in rows]
