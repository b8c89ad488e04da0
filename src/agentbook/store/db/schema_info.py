"""What the open database holds, asked the same way of the local file and of a branch server.

SQLite describes itself in ``sqlite_master`` and ``PRAGMA table_info``, PostgreSQL in
``information_schema``; the destruction of a customer's rows and the audit's sealing ask which
tables and columns exist, and get the same answer from either.
"""

from __future__ import annotations

from typing import Any, NamedTuple

# Summaries kept by triggers from other tables' rows (migrations 12 and 13): never copied or counted as
# records of their own — a moved archive rebuilds them as its rows arrive, a destruction follows
# the customer's row.
DERIVED_TABLES = frozenset({"policy_arrears", "cover_summary", "relationship_news", "annuity_policy", "row_count"})

# The tables whose rows a local archive keeps counted (migration 13, ``row_count``): those a tab
# lists, whose count without a filter would otherwise read a whole index.
KEPT_COUNTS = frozenset({"customer", "policy", "payment", "claim", "contact", "complaint"})


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


def reserve_ids(conn: Any, table: str, count: int) -> list[int]:
    """Ids for *count* new rows of *table*, given up front so that rows written together (and
    their children and audit rows) can name each other without a round trip per row. Call inside
    the write transaction. SQLite: the ids it would give (one more than the largest, and on); a
    branch server: drawn from the table's identity sequence, so that its own numbering, and every
    other app writing at the same time, never reuses them."""
    if count <= 0:
        return []
    if is_postgres(conn):
        rows = conn.execute(
            "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)", (table, count)
        ).fetchall()
        return [int(r[0]) for r in rows]
    first = int(conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])
    return list(range(first, first + count))


def ids_written(conn: Any, tables: list[str]) -> None:
    """Rows of *tables* were written with ids of their own (a bulk load, a moved archive): on a
    branch server the tables' identity sequences must continue after the largest. SQLite needs
    nothing: it numbers from the largest id anyway."""
    if not is_postgres(conn):
        return
    for table in tables:
        if any(c.name == "id" for c in columns(conn, table)):
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), coalesce(max(id), 0) + 1, false) FROM {table}"
            )
