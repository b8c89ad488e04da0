"""Retention and destruction: who is past their retention date, and removing a customer for good.

Destruction removes the customer's personal data — the customer row (or, where another
customer's policy or claim still needs the row, every personal field of it), their own policies
with payments and claims, contacts, relationships, complaints, consent history, tags, attachments
and paper-file records (every table with a ``customer_id`` column), merge records and dismissed
duplicate pairs that name them (a merge involving them can no longer be undone), their search-index rows, the
personal fields of beneficiary entries that name them on other people's policies — and shreds the
audit details about them (``audit_seal``: their keys are deleted, the chain stays intact). One
transaction does it all, so a failure leaves the archive as it was. Then the FTS index is
optimised (deleted documents leave its segments), the file is vacuumed with ``secure_delete`` on
and the WAL truncated, so the data is gone from the file itself, not merely unlinked. What was
done is kept in ``destruction_record`` (append-only), which holds counts and the archive number,
never the destroyed data. Backups made before keep the data until they are rotated out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlcipher3

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.retention import DEFAULT_YEARS, TOMBSTONE_NAME, retention_end
from agentbook.store.db import schema_info
from agentbook.store.db.database import Database
from agentbook.store.errors import KnownError, NotFoundError

YEARS_SETTING = "retention_years"
METHOD = "secure_delete+fts_optimize+vacuum"
# Tables with a customer_id that are records *about the handling*, not the customer's data.
KEEP_TABLES = frozenset({"audit_log", "destruction_record", "subject_request", "beneficiary", "audit_key"})
# Customer columns a tombstone keeps: the row's identity in the archive and its bookkeeping.
KEEP_COLUMNS = frozenset({"id", "archive_no", "kind", "lifecycle", "name", "created_at", "updated_at"})


class ReasonRequiredError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "销毁客户档案必须填写原因。")


@dataclass(frozen=True, slots=True)
class DueCustomer:
    customer_id: int
    archive_no: str
    name: str
    retention_until: date
    policies: int  # policies where they are a party (kept ones make a tombstone)


@dataclass(frozen=True, slots=True)
class DestructionRecord:
    id: int
    archive_no: str
    customer_ref: int
    destroyed_at: str
    method: str
    actor: str
    reason: str
    removed: dict[str, int]
    tombstone: bool


def years(db: Database) -> int:
    try:
        return max(1, int(db.get_setting(YEARS_SETTING, str(DEFAULT_YEARS)) or DEFAULT_YEARS))
    except ValueError:
        return DEFAULT_YEARS


def end_for_termination(db: Database, terminated_on: date) -> date:
    return retention_end(terminated_on, years(db))


def due(db: Database, today: date, limit: int = 5000) -> list[DueCustomer]:
    """Terminated customers whose retention date has passed, longest overdue first."""
    rows = db.read(
        "SELECT c.id, c.archive_no, c.name, c.retention_until,"
        " (SELECT count(*) FROM policy p WHERE p.policyholder_id = c.id OR p.insured_id = c.id)"
        " FROM customer c WHERE c.lifecycle = 'terminated' AND c.retention_until IS NOT NULL"
        " AND c.retention_until <= ? ORDER BY c.retention_until, c.id LIMIT ?",
        (today.isoformat(), limit),
    )
    return [DueCustomer(r[0], r[1], r[2], date.fromisoformat(r[3]), r[4]) for r in rows]


def records(db: Database) -> list[DestructionRecord]:
    rows = db.read(
        "SELECT id, archive_no, customer_ref, destroyed_at, method, actor, reason, removed_json, tombstone"
        " FROM destruction_record ORDER BY id DESC"
    )
    return [DestructionRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), bool(r[8])) for r in rows]


def _ids(conn: sqlcipher3.Connection, sql: str, params: tuple[Any, ...]) -> list[int]:
    return [r[0] for r in conn.execute(sql, params)]


def _marks(ids: list[int]) -> str:
    return ",".join("?" * len(ids))


def _customer_tables(conn: sqlcipher3.Connection) -> list[str]:
    """Every table holding rows about one customer by a ``customer_id`` column (incl. later ones)."""
    # newest first: a later table refers to earlier ones (attachment_text → attachment), so its rows
    # are counted before a cascade from the table they refer to removes them unseen
    names = schema_info.tables(conn)
    found = []
    for name in names:
        if name in KEEP_TABLES or name in schema_info.DERIVED_TABLES or name in ("customer", "customer_gram"):
            continue
        if name.startswith(("customer_fts", "sqlite_")):
            continue
        columns = {c.name for c in schema_info.columns(conn, name)}
        if "customer_id" in columns:
            found.append(name)
    return found


# Merge records hold the merged customer's name and the full rows of an undo journal; the pairs an
# agent dismissed as "not duplicates" name two customers. Neither may outlive a destruction.
_PAIR_TABLES = {"merge_record": ("kept_id", "merged_id"), "not_duplicate": ("low_id", "high_id")}


def _table_exists(conn: sqlcipher3.Connection, name: str) -> bool:
    return schema_info.has_table(conn, name)


def _own_policies(conn: sqlcipher3.Connection, cid: int) -> tuple[list[int], list[int]]:
    """(policies that are this customer's alone, policies shared with other customers)."""
    own, shared = [], []
    for pid, holder, insured in conn.execute(
        "SELECT id, policyholder_id, insured_id FROM policy WHERE policyholder_id = ? OR insured_id = ?", (cid, cid)
    ):
        foreign_claim = conn.execute(
            "SELECT 1 FROM claim WHERE policy_id = ? AND claimant_id <> ? LIMIT 1", (pid, cid)
        ).fetchone()
        if holder == cid and insured == cid and foreign_claim is None:
            own.append(pid)
        else:
            shared.append(pid)
    return own, shared


def preview(db: Database, customer_id: int) -> dict[str, int]:
    """What ``destroy`` would remove or keep, counted without changing anything (for the dialog)."""
    with db.lock:
        conn = db.conn
        own, shared = _own_policies(conn, customer_id)
        found = {"policy": len(own), "policy_kept_for_others": len(shared)}
        for table in _customer_tables(conn):
            found[table] = conn.execute(
                f'SELECT count(*) FROM "{table}" WHERE customer_id = ?', (customer_id,)
            ).fetchone()[0]
        if own:
            marks = _marks(own)
            found["payment"] = conn.execute(
                f"SELECT count(*) FROM payment WHERE policy_id IN ({marks})", own
            ).fetchone()[0]
            found["claim"] = conn.execute(f"SELECT count(*) FROM claim WHERE policy_id IN ({marks})", own).fetchone()[0]
    return {k: int(v) for k, v in found.items() if v}


def _tombstone(conn: sqlcipher3.Connection, cid: int, at: str) -> None:
    """Clear every personal column of the customer row; the archive number and kind stay."""
    sets, params = [], []
    for name, notnull, default in schema_info.columns(conn, "customer"):
        if name in KEEP_COLUMNS:
            continue
        if notnull:
            sets.append(f'"{name}" = {default if default is not None else "0"}')
        else:
            sets.append(f'"{name}" = NULL')
    sets += ["name = ?", "lifecycle = 'terminated'", "updated_at = ?"]
    params += [TOMBSTONE_NAME, at, cid]
    conn.execute(f"UPDATE customer SET {', '.join(sets)} WHERE id = ?", params)


def destroy(db: Database, customer_id: int, reason: str) -> DestructionRecord:
    """Remove one customer's personal data for good; see the module docstring."""
    reason = reason.strip()
    if not reason:
        raise ReasonRequiredError()
    with db.transaction() as conn:
        row = conn.execute("SELECT archive_no, kind FROM customer WHERE id = ?", (customer_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"customer {customer_id}")
        archive_no, kind = row
        removed: dict[str, int] = {}
        own, shared = _own_policies(conn, customer_id)
        if own:
            marks = _marks(own)
            claims = _ids(conn, f"SELECT id FROM claim WHERE policy_id IN ({marks})", tuple(own))
            removed["payment"] = conn.execute(
                f"SELECT count(*) FROM payment WHERE policy_id IN ({marks})", own
            ).fetchone()[0]
            removed["beneficiary"] = conn.execute(
                f"SELECT count(*) FROM beneficiary WHERE policy_id IN ({marks})", own
            ).fetchone()[0]
            if claims:
                conn.execute(f"DELETE FROM claim WHERE id IN ({_marks(claims)})", claims)
            removed["claim"] = len(claims)
            conn.execute(f"DELETE FROM policy WHERE id IN ({marks})", own)
        removed["policy"] = len(own)
        for table in _customer_tables(conn):
            count = conn.execute(f'DELETE FROM "{table}" WHERE customer_id = ?', (customer_id,)).rowcount
            if count:
                removed[table] = count
        for table, columns in _PAIR_TABLES.items():  # rows that name the customer in other columns
            if _table_exists(conn, table):
                where = " OR ".join(f"{c} = :id" for c in columns)
                count = conn.execute(f"DELETE FROM {table} WHERE {where}", {"id": customer_id}).rowcount
                if count:
                    removed[table] = removed.get(table, 0) + count
        count = conn.execute("DELETE FROM relationship WHERE related_id = ?", (customer_id,)).rowcount
        removed["relationship"] = removed.get("relationship", 0) + count
        named = conn.execute(
            "UPDATE beneficiary SET name = ?, id_number = '', customer_id = NULL WHERE customer_id = ?",
            (TOMBSTONE_NAME, customer_id),
        ).rowcount
        if named:
            removed["beneficiary_named"] = named
        foreign_claims = conn.execute("SELECT 1 FROM claim WHERE claimant_id = ? LIMIT 1", (customer_id,)).fetchone()
        tombstone = bool(shared) or foreign_claims is not None
        db.search_index.remove([customer_id])
        if tombstone:
            _tombstone(conn, customer_id, db.now())
            removed["policy_kept_for_others"] = len(shared)
        else:
            conn.execute("DELETE FROM customer WHERE id = ?", (customer_id,))
        conn.execute("DELETE FROM audit_key WHERE customer_id = ?", (customer_id,))  # crypto-shredding
        removed = {k: int(v) for k, v in removed.items() if v}
        audit_id = db.audit(
            "destroy",
            "customer",
            customer_id,
            summary=archive_no,
            after={"archive_no": archive_no, "method": METHOD, "removed": removed, "tombstone": tombstone},
        )
        at = db.now()
        cur = conn.execute(
            "INSERT INTO destruction_record (archive_no, customer_ref, kind, destroyed_at, method, actor, reason,"
            " removed_json, tombstone, audit_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                archive_no,
                customer_id,
                kind,
                at,
                METHOD,
                db.actor,
                reason,
                json.dumps(removed, ensure_ascii=False, sort_keys=True),
                int(tombstone),
                audit_id,
                at,
                at,
            ),
        )
        record = DestructionRecord(
            int(cur.lastrowid), archive_no, customer_id, at, METHOD, db.actor, reason, removed, tombstone
        )
    scrub(db)
    return record


def scrub(db: Database) -> None:
    """Make deleted rows leave the file: merge FTS segments, vacuum, truncate the WAL. On a branch
    server, VACUUM marks the dead rows' space for reuse (the server's disk encryption and backups
    are the branch's: docs/branch.md)."""
    with db.lock:
        conn = db.conn
        if schema_info.is_postgres(conn):
            conn.execute("VACUUM")
            return
        conn.execute("INSERT INTO customer_fts(customer_fts) VALUES ('optimize')")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
