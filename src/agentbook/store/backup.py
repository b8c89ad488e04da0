"""Encrypted copies of the open database, written to a temporary file and renamed at the end."""

from __future__ import annotations

import os
from pathlib import Path

from agentbook.store.connection import Credentials, Passphrase, RawKey
from agentbook.store.database import Database
from agentbook.store.migrations import schema_version


def _key_clause(credentials: Credentials) -> str:
    if isinstance(credentials, RawKey):
        return f"\"x'{credentials.hex}'\""
    assert isinstance(credentials, Passphrase)
    return "'" + credentials.text.replace("'", "''") + "'"


def write_copy(db: Database, target: Path, credentials: Credentials | None = None) -> Path:
    """Export the whole database with ``sqlcipher_export`` into *target*, keyed like the original
    unless other *credentials* are given. A crash leaves only ``target.tmp`` behind, never a
    half-written *target*.
    """
    target = Path(target)
    tmp = target.with_name(target.name + ".tmp")
    if tmp.exists():
        tmp.unlink()
    creds = credentials or db.credentials
    with db.lock:
        conn = db.conn
        version = schema_version(conn)
        conn.execute(f"ATTACH DATABASE ? AS backup KEY {_key_clause(creds)}", (str(tmp),))
        try:
            conn.execute("SELECT sqlcipher_export('backup')")
            conn.execute(f"PRAGMA backup.user_version = {int(version)}")
        finally:
            conn.execute("DETACH DATABASE backup")
    with tmp.open("rb+") as handle:
        os.fsync(handle.fileno())
    tmp.replace(target)
    return target
