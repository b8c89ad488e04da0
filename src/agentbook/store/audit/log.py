"""The audit log: one append-only, hash-chained row per write, export, print or key event.

Rows are written on the caller's connection inside the caller's transaction, so a write and
its audit row commit or roll back together. Each row's hash covers its content and the
previous row's hash; ``verify_chain`` finds the first row that no longer fits. Rows about
customers keep their details sealed under per-customer keys (``audit_seal``), so destroying a
customer shreds their details without touching a row or the chain.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from agentbook.store.audit import seal as audit_seal
from agentbook.store.db import schema_info
from agentbook.store.db.many_rows import insert_many
from agentbook.store.db.serialize import plain_json, to_json

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
    # "" as stored; "opened" when sealed details were decrypted; "shredded" when their keys were
    # destroyed with the customer (the details then read as None / "").
    sealing: str = ""


# Serialises appends on a branch server between the people writing at once: each row chains to the
# row before it, so two transactions must not both read the same last hash.
_CHAIN_LOCK = 0x61676E7463686E  # "agntchn"


def _tail(conn: sqlcipher3.Connection) -> str:
    """The last row's hash, inside the caller's write transaction. On a branch server the chain's
    lock is taken first (held to the commit), and the hash is asked of a function of the branch's
    rules: row-level security lets an agent read their own audit rows only."""
    if schema_info.is_postgres(conn):
        conn.execute("SELECT pg_advisory_xact_lock(?)", (_CHAIN_LOCK,))
        row = conn.execute("SELECT ab_audit_tail()").fetchone()
    else:
        row = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row and row[0] is not None else GENESIS


_DIGEST_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # built once, not per row


def _digest(fields: list[Any]) -> str:
    payload = _DIGEST_ENCODER.encode(fields)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    conn: sqlcipher3.Connection,
    *,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None = None,
    customer_id: int | None = None,
    summary: str = "",
    before: Any = None,
    after: Any = None,
    concerned: list[int] | None = None,
) -> int:
    """Append one entry, dated *at* by the store's clock; runs inside the transaction of the write
    it records."""
    prev_hash = _tail(conn)
    before_json, after_json = to_json(before), to_json(after)
    if concerned is None:  # the customers whose keys seal the details
        concerned = audit_seal.parties(customer_id, before, after)
    if concerned and audit_seal.has_key_table(conn):
        keys = audit_seal.current_keys(conn, concerned, at)
        summary = audit_seal.seal(keys, summary, "summary") if summary else summary
        before_json = audit_seal.seal(keys, before_json, "before") if before_json is not None else None
        after_json = audit_seal.seal(keys, after_json, "after") if after_json is not None else None
    digest = _digest([at, actor, action, entity, entity_id, customer_id, summary, before_json, after_json, prev_hash])
    cur = conn.execute(
        "INSERT INTO audit_log (at, actor, action, entity, entity_id, customer_id, summary, before_json,"
        " after_json, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (at, actor, action, entity, entity_id, customer_id, summary, before_json, after_json, prev_hash, digest),
    )
    return int(cur.lastrowid)


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One event for ``Database.audit_many``: the arguments ``Database.audit`` takes."""

    action: str
    entity: str
    entity_id: int | None = None
    customer_id: int | None = None
    summary: str = ""
    before: Any = None
    after: Any = None


@dataclass(frozen=True, slots=True)
class PlainEntry:
    """One entry of ``append_many``: what ``append`` takes, with *before* and *after* already in
    their plain form (``to_plain``) and the customers it concerns already found."""

    action: str
    entity: str
    entity_id: int | None
    customer_id: int | None
    concerned: list[int]
    summary: str = ""
    before: Any = None
    after: Any = None


def append_many(conn: sqlcipher3.Connection, entries: Sequence[PlainEntry], *, at: str, actor: str) -> None:
    """Append *entries* in order, each row exactly what ``append`` would write for it.

    For the writes of thousands of records in one transaction (an import): the chain's head is
    read once and hashed forward here, the sealing keys of all concerned customers are fetched
    (or made) in a few statements, and the rows go in with one ``executemany``.
    """
    if not entries:
        return
    sealing = audit_seal.has_key_table(conn)
    keys = audit_seal.keys_of_many(conn, (c for e in entries for c in e.concerned), at) if sealing else {}
    prev_hash = _tail(conn)
    rows = []
    sealers: dict[tuple[int, ...], audit_seal.Sealer] = {}
    fresh = audit_seal.nonces()
    for e in entries:
        summary, before_json, after_json = e.summary, plain_json(e.before), plain_json(e.after)
        if e.concerned and sealing:
            sealed_by = sorted(keys[c] for c in e.concerned)
            ids = tuple(i for i, _k in sealed_by)
            sealer = sealers.get(ids) or sealers.setdefault(ids, audit_seal.Sealer(sealed_by))
            summary = sealer.seal(summary, "summary", next(fresh)) if summary else summary
            before_json = sealer.seal(before_json, "before", next(fresh)) if before_json is not None else None
            after_json = sealer.seal(after_json, "after", next(fresh)) if after_json is not None else None
        digest = _digest(
            [at, actor, e.action, e.entity, e.entity_id, e.customer_id, summary, before_json, after_json, prev_hash]
        )
        rows.append(
            (
                at,
                actor,
                e.action,
                e.entity,
                e.entity_id,
                e.customer_id,
                summary,
                before_json,
                after_json,
                prev_hash,
                digest,
            )
        )
        prev_hash = digest
    insert_many(
        conn,
        "INSERT INTO audit_log (at, actor, action, entity, entity_id, customer_id, summary, before_json,"
        " after_json, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )


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


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What the viewer asks for; every part optional. Dates are ISO ``YYYY-MM-DD``, inclusive."""

    date_from: str | None = None
    date_to: str | None = None
    actor: str | None = None
    action: str | None = None
    customer_id: int | None = None
    entity: str | None = None


def _where(flt: AuditFilter) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if flt.date_from:
        where.append("at >= ?")
        params.append(flt.date_from)
    if flt.date_to:
        where.append("at < date(?, '+1 day')")
        params.append(flt.date_to)
    for column in ("actor", "action", "customer_id", "entity"):
        value = getattr(flt, column)
        if value is not None and value != "":
            where.append(f"{column} = ?")
            params.append(value)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def entries(
    conn: sqlcipher3.Connection,
    *,
    customer_id: int | None = None,
    entity: str | None = None,
    limit: int = 500,
    flt: AuditFilter | None = None,
    offset: int = 0,
    open_sealed: bool = True,
) -> list[AuditEntry]:
    """Newest first, filtered; sealed details opened where their keys still exist."""
    flt = flt or AuditFilter()
    if customer_id is not None or entity is not None:
        flt = dataclasses.replace(
            flt,
            customer_id=customer_id if customer_id is not None else flt.customer_id,
            entity=entity if entity is not None else flt.entity,
        )
    where, params = _where(flt)
    sql = f"SELECT * FROM audit_log{where} ORDER BY id DESC LIMIT ? OFFSET ?"
    rows = [AuditEntry(*row) for row in conn.execute(sql, [*params, limit, offset])]
    if not open_sealed:
        return rows
    opener = audit_seal.Opener(conn)
    return [open_entry(opener, e) for e in rows]


def count(conn: sqlcipher3.Connection, flt: AuditFilter | None = None) -> int:
    where, params = _where(flt or AuditFilter())
    return int(conn.execute(f"SELECT count(*) FROM audit_log{where}", params).fetchone()[0])


def open_entry(opener: audit_seal.Opener, entry: AuditEntry) -> AuditEntry:
    """*entry* with its sealed fields decrypted, or blanked and marked "shredded"."""
    fields = {"summary": entry.summary, "before_json": entry.before_json, "after_json": entry.after_json}
    if not any(audit_seal.is_sealed(v) for v in fields.values()):
        return entry
    opened: dict[str, Any] = {}
    try:
        for name, value in fields.items():
            field_label = name.removesuffix("_json")
            sealed = value is not None and audit_seal.is_sealed(value)
            opened[name] = opener.open(value, field_label) if sealed and value is not None else value
    except audit_seal.ShreddedError:
        return dataclasses.replace(entry, summary="", before_json=None, after_json=None, sealing="shredded")
    return dataclasses.replace(entry, **opened, sealing="opened")


def distinct(conn: sqlcipher3.Connection, column: str) -> list[str]:
    """The values of *column* ("actor", "action" or "entity") for the viewer's filter lists."""
    if column not in ("actor", "action", "entity"):
        raise ValueError(column)
    return [r[0] for r in conn.execute(f"SELECT DISTINCT {column} FROM audit_log ORDER BY {column}")]


def head(conn: sqlcipher3.Connection) -> tuple[int, str]:
    """(number of entries, hash of the newest): write it down to notice a log rewritten later."""
    row = conn.execute(
        "SELECT count(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) FROM audit_log"
    ).fetchone()
    return int(row[0]), row[1] or GENESIS
