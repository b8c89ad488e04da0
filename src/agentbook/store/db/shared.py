"""Opening an archive that the app already has open: the scheduled backup runs beside it.

The app holds the archive's owner lock (``store.owner_lock``), so a second *app* is refused. A
guest does not take that lock: it reads through SQLite's ordinary WAL locking, which lets one
writer and any number of readers share the file, and writes nothing but its own audit row, in
a transaction SQLite serialises with the app's. To stay harmless beside the app a guest never
migrates (the app's version owns the schema), never promotes or forgets keyring entries (a key
change the app is making is the app's to finish), and never forces a checkpoint.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import sqlcipher3

from agentbook.store.api import Store
from agentbook.store.db.connection import Credentials, RawKey, open_encrypted
from agentbook.store.db.database import Database
from agentbook.store.db.migrations import LATEST_VERSION, schema_version
from agentbook.store.errors import DatabaseLockedError, KnownError
from agentbook.store.keys.vault import KeyVault


def open_beside_owner(
    path: Path, vault: KeyVault | None = None, *, passphrase: str | None = None, actor: str | None = None
) -> Store:
    """A store on *path* for reading (and auditing) while another agentbook owns it."""
    path = Path(path).expanduser()
    vault = vault or KeyVault()
    creds = vault.credentials_for(path, creating=False, passphrase=passphrase)
    conn, creds = _open_guest(path, vault, creds, from_vault=passphrase is None)
    try:
        version = schema_version(conn)
    except sqlcipher3.Error:
        conn.close()
        raise
    if version != LATEST_VERSION:  # the running app is another version: leave its file to it
        conn.close()
        raise DatabaseLockedError(f"schema {version}, this program {LATEST_VERSION}")
    return Store(Database(conn, path, creds, actor=actor))


def _open_guest(
    path: Path, vault: KeyVault, creds: Credentials, *, from_vault: bool
) -> tuple[sqlcipher3.Connection, Credentials]:
    try:
        return open_encrypted(path, creds, create=False, owner=False), creds
    except DatabaseLockedError:
        raise
    except KnownError:
        # The app may be in the middle of a key change: the new key is the pending entry.
        if not from_vault or not isinstance(creds, RawKey):
            raise
        pending = None
        with contextlib.suppress(KnownError):
            pending = vault.load_pending(path)
        if pending is None or pending == creds:
            raise
        return open_encrypted(path, pending, create=False, owner=False), pending
