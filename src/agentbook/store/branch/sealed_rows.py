"""Rows of a branch brought under its data key: rows written in clear before the branch had one,
rows moved in from a local archive, and the search index's blind tokens of each customer."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from agentbook.domain import phones
from agentbook.store.branch.sealing import SEALED_BYTES, SEALED_TEXT, TOKEN_MARK, BranchSealer

_BATCH = 500


def seal_row(sealer: BranchSealer, table: str, columns: Sequence[str], row: Sequence[Any]) -> tuple[Any, ...]:
    """*row* of *table* (values in the order of *columns*) with its sealed columns sealed."""
    text = SEALED_TEXT.get(table, ())
    data = SEALED_BYTES.get(table, ())
    if not text and not data:
        return tuple(row)
    out = list(row)
    for i, name in enumerate(columns):
        if name in text:
            out[i] = sealer.seal(out[i], name)
        elif name in data:
            out[i] = sealer.seal_bytes(out[i], name)
    return tuple(out)


def token_rows(sealer: BranchSealer, customers: Iterable[tuple[int, str, str]]) -> list[tuple[str, int, int]]:
    """``customer_gram`` rows (token, 0, customer id) of (id, mobile, ID number) in clear."""
    return [
        (token, 0, cid)
        for cid, mobile, id_number in customers
        for token in sorted(sealer.tokens(phones.search_key(mobile or ""), id_number or ""))
    ]


def put_tokens(conn: Any, sealer: BranchSealer, customers: Sequence[tuple[int, str, str]]) -> None:
    """Replace the blind tokens of *customers* (id, mobile, ID number in clear)."""
    for start in range(0, len(customers), _BATCH):
        chunk = customers[start : start + _BATCH]
        conn.executemany(
            "DELETE FROM customer_gram WHERE customer_id = ? AND substr(gram, 1, 1) = ?",
            [(cid, TOKEN_MARK) for cid, _m, _i in chunk],
        )
        conn.executemany(
            "INSERT INTO customer_gram (gram, pos, customer_id) VALUES (?,?,?) ON CONFLICT DO NOTHING",
            token_rows(sealer, chunk),
        )


def seal_existing(conn: Any, sealer: BranchSealer) -> dict[str, int]:
    """Seal every value still in clear (a branch made before its data key) and index the
    customers' numbers as tokens; inside the caller's transaction. Returns rows sealed per table."""
    done: dict[str, int] = {}
    for table, columns in {**SEALED_TEXT, **SEALED_BYTES}.items():
        key = "attachment_id" if table == "attachment_content" else "id"
        listed = ", ".join(columns)
        rows = conn.execute(f"SELECT {key}, {listed} FROM {table}").fetchall()
        changed = []
        for row in rows:
            sealed = seal_row(sealer, table, columns, row[1:])
            if sealed != tuple(row[1:]):
                changed.append((*sealed, row[0]))
        assignments = ", ".join(f"{c} = ?" for c in columns)
        for start in range(0, len(changed), _BATCH):
            conn.executemany(f"UPDATE {table} SET {assignments} WHERE {key} = ?", changed[start : start + _BATCH])
        done[table] = len(changed)
    # The search rows held the numbers in clear: tokens instead (search.SearchIndex.put on a branch).
    customers = [
        (int(r[0]), sealer.open(r[1]) or "", sealer.open(r[2]) or "")
        for r in conn.execute("SELECT id, mobile, id_number FROM customer").fetchall()
    ]
    conn.execute("UPDATE customer_fts SET mobile = '', id_number = '' WHERE mobile <> '' OR id_number <> ''")
    put_tokens(conn, sealer, customers)
    return done
