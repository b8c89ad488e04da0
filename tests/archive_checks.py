"""Shared checks for the trust tests: "nothing lost" means the same rows and a whole file."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import sqlcipher3

from agentbook.domain import enums as E
from agentbook.domain.idnumbers import make_resident_id
from agentbook.domain.models import Customer
from agentbook.store.api import Store
from agentbook.store.audit.log import GENESIS
from agentbook.store.backup.integrity import verify
from agentbook.store.db.connection import Credentials, open_encrypted
from tests.store_builders import person


def snapshot(store: Store) -> dict[str, object]:
    """Everything a test compares before and after a fault: row counts and every customer."""
    rows = store.db.read("SELECT id, archive_no, name, id_number, mobile FROM customer ORDER BY id")
    return {"counts": store.counts(), "customers": rows}


def file_digest(path: Path) -> str:
    """The bytes of the database and its WAL, to prove a file was not touched."""
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        part = Path(f"{path}{suffix}")
        digest.update(part.read_bytes() if part.exists() else b"-")
    return digest.hexdigest()


def assert_whole(path: Path, credentials: Credentials) -> dict[str, int]:
    """Open *path* alone and run every integrity check; returns its row counts."""
    conn = open_encrypted(path, credentials, create=False)
    try:
        report = verify(conn)
    finally:
        conn.close()
    assert report.ok, report.problems
    return report.counts


SECRET_NAME = "于曦桂"  # a customer whose name, ID and mobile must never appear in clear on disk
SECRET_ID = make_resident_id("110105", date(1985, 3, 14), 124)


def add_secret_customer(store: Store) -> None:
    store.customers.create(
        Customer(
            name=SECRET_NAME, gender=E.Gender.FEMALE, id_type=E.IdType.RESIDENT_ID, id_number=SECRET_ID,
            mobile="13812345678",
        )
    )  # fmt: skip


def all_bytes(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- tampering with a closed archive, as an attacker holding the key would -------------------
def tamper(path, credentials, *statements: str) -> None:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute(credentials.pragma())
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        for sql in statements:
            conn.execute(sql)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def recompute_chain(path, credentials) -> None:
    """Rewrite every hash so the shortened chain is perfect again (what verify_chain checks)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute(credentials.pragma())
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        prev = GENESIS
        for row in conn.execute(
            "SELECT id, at, actor, action, entity, entity_id, customer_id, summary, before_json, after_json"
            " FROM audit_log ORDER BY id"
        ).fetchall():
            fields = [*row[1:], prev]
            digest = hashlib.sha256(
                json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            ).hexdigest()
            conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row[0]))
            prev = digest
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def filled(path, vault, clock, **kwargs) -> Credentials:  # type: ignore[no-untyped-def]
    """A closed archive with eight customers and its audit head anchored; returns its key."""
    store = Store.open(path, vault, create=True, actor="测试", clock=clock, **kwargs)
    for n in range(8):
        store.customers.create(person(f"锚点{n}"))
    creds = store.db.credentials.copy()
    store.close()  # the head is anchored at close
    return creds
