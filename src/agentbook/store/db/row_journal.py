"""Before and after images of the rows one change touches, so that change can be undone exactly.

Used by the merge of duplicate customers, which moves rows across many tables. ``capture``
snapshots rows before they change (the first snapshot of a row wins); ``inserted`` names rows
the change creates; ``record`` reads every touched row again as it is afterwards. ``undo``
checks the rows still look as the change left them — anything edited since makes undo refuse
rather than overwrite newer work — then deletes what was inserted, re-inserts what was deleted
and writes back what was updated, with foreign keys checked at commit.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any

import sqlcipher3

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.db import schema_info
from agentbook.store.errors import ConflictError

Key = tuple[Any, ...]


class ChangedSinceError(ConflictError):
    message = QT_TRANSLATE_NOOP("store", "合并之后这些记录又被修改过，为免覆盖新的修改，不能撤销这次合并。")


def _plain(value: Any) -> Any:
    if isinstance(value, bytes | memoryview):
        return {"b64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _value(value: Any) -> Any:
    if isinstance(value, dict) and "b64" in value:
        return base64.b64decode(value["b64"])
    return value


class RowJournal:
    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self.conn = conn
        self.order: list[str] = []  # tables in the order first captured (parents before children)
        self.keys: dict[str, tuple[str, ...]] = {}
        self.before: dict[str, dict[Key, dict[str, Any]]] = {}
        self.touched: dict[str, list[Key]] = {}

    def _table(self, table: str, key: Sequence[str]) -> None:
        if table not in self.keys:
            self.order.append(table)
            self.keys[table] = tuple(key)
            self.before[table] = {}
            self.touched[table] = []

    def _select(self, table: str, where: str, params: Any) -> list[dict[str, Any]]:
        cur = self.conn.execute(f"SELECT * FROM {table} WHERE {where}", params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def capture(self, table: str, where: str, params: Any = (), key: Sequence[str] = ("id",)) -> list[dict[str, Any]]:
        """Snapshot the rows of *table* matching *where* before they change; returns them."""
        self._table(table, key)
        rows = self._select(table, where, params)
        for row in rows:
            k = tuple(row[c] for c in self.keys[table])
            if k not in self.before[table] and k not in self.touched[table]:
                self.before[table][k] = row
                self.touched[table].append(k)
        return rows

    def inserted(self, table: str, key: Key, key_columns: Sequence[str] = ("id",)) -> None:
        self._table(table, key_columns)
        if key not in self.touched[table]:
            self.touched[table].append(key)

    def _current(self, table: str, keys: Sequence[Key]) -> dict[Key, dict[str, Any]]:
        columns = self.keys[table]
        out: dict[Key, dict[str, Any]] = {}
        for k in keys:
            where = " AND ".join(f"{c} = ?" for c in columns)
            for row in self._select(table, where, k):
                out[k] = row
        return out

    def record(self) -> dict[str, Any]:
        """The undo record (JSON-ready): per table its key, rows before and rows after."""
        tables = []
        for table in self.order:
            keys = self.touched[table]
            after = self._current(table, keys)
            tables.append(
                {
                    "table": table,
                    "key": list(self.keys[table]),
                    "before": [
                        {c: _plain(v) for c, v in self.before[table][k].items()}
                        for k in keys
                        if k in self.before[table]
                    ],
                    "after": [{c: _plain(v) for c, v in after[k].items()} for k in keys if k in after],
                }
            )
        return {"version": 1, "tables": tables}


def undo(conn: sqlcipher3.Connection, record: dict[str, Any]) -> None:
    """Put every row of *record* back as it was before; refuse if any changed since."""
    if schema_info.is_postgres(conn):
        conn.execute("SET CONSTRAINTS ALL DEFERRED")  # until the commit, as SQLite's pragma does
    else:
        conn.execute("PRAGMA defer_foreign_keys = ON")
    journal = RowJournal(conn)
    plans = []
    for entry in record["tables"]:
        table, key = entry["table"], tuple(entry["key"])
        journal._table(table, key)
        before = {tuple(_value(r[c]) for c in key): {c: _value(v) for c, v in r.items()} for r in entry["before"]}
        after = {tuple(_value(r[c]) for c in key): {c: _value(v) for c, v in r.items()} for r in entry["after"]}
        current = journal._current(table, list({**before, **after}))
        if current != after:
            raise ChangedSinceError(table)
        plans.append((table, key, before, after))
    where_of = {table: " AND ".join(f"{c} = ?" for c in key) for table, key, _b, _a in plans}
    for table, _key, before, after in reversed(plans):  # children first
        for k in after.keys() - before.keys():
            conn.execute(f"DELETE FROM {table} WHERE {where_of[table]}", k)
    for table, _key, before, after in plans:  # parents first
        for k in before.keys() - after.keys():
            row = before[k]
            conn.execute(
                f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
            )
    for table, key, before, after in plans:
        for k in before.keys() & after.keys():
            row = before[k]
            if row == after[k]:
                continue
            columns = [c for c in row if c not in key]
            conn.execute(
                f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in columns)} WHERE {where_of[table]}",
                [row[c] for c in columns] + list(k),
            )
