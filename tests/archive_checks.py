"""Shared checks for the trust tests: "nothing lost" means the same rows and a whole file."""

from __future__ import annotations

import hashlib
from pathlib import Path

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
