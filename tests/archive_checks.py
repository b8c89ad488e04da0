"""Shared checks for the trust tests: "nothing lost" means the same rows and a whole file."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from agentbook.domain import enums as E
from agentbook.domain.idnumbers import make_resident_id
from agentbook.domain.models import Customer
from agentbook.store.api import Store
from agentbook.store.connection import Credentials, open_encrypted
from agentbook.store.integrity import verify


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
