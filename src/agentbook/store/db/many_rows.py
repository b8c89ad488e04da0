"""Inserting many rows with one statement per few hundred rows instead of one per row.

``executemany`` runs its INSERT once per row: every run opens a cursor on the table and on each
of its indexes, closes them all again and, on a table with triggers and foreign keys (customer,
policy), first copies every page the row touches into SQLite's statement journal. An import
writes tens of thousands of rows into tables with 15–17 indexes; a multi-row ``VALUES`` pays
those costs once per statement.

What is written is what ``executemany`` would write: the same rows in the same order, each
row's triggers fired right after it as SQLite always does. A statement that fails is undone by
SQLite alone (its constraint errors abort the statement, not the transaction), so its rows are
then inserted again one at a time: the error is raised by the very row that caused it, and
``position`` tells the caller which. A branch server's connection keeps ``executemany``.

SQLite checks foreign keys at the end of each statement, so one row may name a row that comes
later in the same statement, which ``executemany`` would have refused; the callers write rows
whose ids are given in order as they go in (``reserve_ids``), naming only rows written before.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

# SQLite's default limit on the variables of one statement (``SQLITE_MAX_VARIABLE_NUMBER``).
MAX_VARIABLES = 32_766
# Rows per statement at most: a statement's text and its compiled program grow with its rows.
MAX_ROWS = 500


class Position:
    """Where ``insert_many`` got to: ``handed`` counts the rows handed to SQLite so far, so that
    after a refusal the refused row is ``handed - 1``."""

    __slots__ = ("handed",)

    def __init__(self) -> None:
        self.handed = 0


def insert_many(conn: Any, sql: str, rows: Sequence[Sequence[Any]], position: Position | None = None) -> None:
    """``conn.executemany(sql, rows)`` for *sql* of the form ``INSERT … VALUES (?, …)``."""
    position = position or Position()
    if not rows:
        return
    head, values = _split(sql)
    if getattr(conn, "dialect", "sqlite") != "sqlite" or head is None:
        conn.executemany(sql, _counted(rows, position))
        return
    step = max(1, min(MAX_ROWS, MAX_VARIABLES // max(1, len(rows[0]))))
    for start in range(0, len(rows), step):
        part = rows[start : start + step]
        try:
            conn.execute(head + ",".join([values] * len(part)), [v for row in part for v in row])
        except Exception:
            if not conn.in_transaction:  # SQLite rolled back everything (a full disk): nothing to redo
                position.handed = start + 1
                raise
            position.handed = start
            conn.executemany(sql, _counted(part, position))
            continue
        position.handed = start + len(part)


def _split(sql: str) -> tuple[str | None, str]:
    """(``INSERT … VALUES ``, ``(?,…)``) of *sql*, or (None, "") when it has another shape."""
    head, found, values = sql.rpartition(" VALUES ")
    values = values.strip()
    if not found or not values.startswith("(") or not values.endswith(")") or ")" in values[:-1]:
        return None, ""
    return head + " VALUES ", values


def _counted(rows: Sequence[Sequence[Any]], position: Position) -> Iterator[Sequence[Any]]:
    for row in rows:
        position.handed += 1
        yield row
