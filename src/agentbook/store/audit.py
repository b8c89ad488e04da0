"""The audit log: one append-only, hash-chained row per write, export, print or key event.

Rows are written on the caller's connection inside the caller's transaction, so a write and
its audit row commit or roll back together. Each row's hash covers its content and the
previous row's hash; ``verify_chain`` finds the first row that no longer fits.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from agentbook.store.mapping import now_text
from agentbook.store.serialize import to_json

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: int | None
    customer_id: int | None
    summary: str
    before_json: str | None
    after_json: str | None
    prev_hash: str
    hash: str


def _digest(fields: list[Any]) -> str:
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    conn: sqlcipher3.Connection,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None = None,
    customer_id: int | None = None,
    summary: str = "",
    before: Any = None,
    after: Any = None,
) -> int:
    """Append one entry; must run inside the transaction of the write it records."""
    row = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev_hash = row[0] if row else GENESIS
    at = now_text()
    before_json, after_json = to_json(before), to_json(after)
    digest = _digest([at, actor, action, entity, entity_id, customer_id, summary, before_json, after_json, prev_hash])
    cur = conn.execute(
        "INSERT INTO audit_log (at, actor, action, entity, entity_id, customer_id, summary, before_json,"
        " after_json, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (at, actor, action, entity, entity_id, customer_id, summary, before_json, after_json, prev_hash, digest),
    )
    return int(cur.lastrowid)


def verify_chain(conn: sqlcipher3.Connection) -> int | None:
    """The id of the first entry whose hash or link is broken, or None when the chain holds."""
    prev_hash = GENESIS
    for row in conn.execute(
        "SELECT id, at, actor, action, entity, entity_id, customer_id, summary, before_json, after_json,"
        " prev_hash, hash FROM audit_log ORDER BY id"
    ):
        entry = AuditEntry(*row)
        expected = _digest(
            [
                entry.at,
                entry.actor,
                entry.action,
                entry.entity,
                entry.entity_id,
                entry.customer_id,
                entry.summary,
                entry.before_json,
                entry.after_json,
                prev_hash,
            ]
        )
        if entry.prev_hash != prev_hash or entry.hash != expected:
            return entry.id
        prev_hash = entry.hash
    return None


def entries(
    conn: sqlcipher3.Connection, *, customer_id: int | None = None, entity: str | None = None, limit: int = 500
) -> list[AuditEntry]:
    """Newest first, optionally for one customer or entity type."""
    where, params = [], []
    if customer_id is not None:
        where.append("customer_id = ?")
        params.append(customer_id)
    if entity is not None:
        where.append("entity = ?")
        params.append(entity)
    sql = "SELECT * FROM audit_log" + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY id DESC LIMIT ?"
    return [AuditEntry(*row) for row in conn.execute(sql, [*params, limit])]
