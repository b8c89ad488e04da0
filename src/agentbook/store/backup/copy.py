"""Encrypted copies of the open database, written to a temporary file and renamed at the end."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import sqlcipher3

from agentbook.private_files import private_file
from agentbook.store.db.connection import Credentials, Passphrase, RawKey, is_owner, no_room, translate_error
from agentbook.store.db.database import Database
from agentbook.store.db.migrations import schema_version
from agentbook.store.errors import (
    BackupDiskFullError,
    BackupFolderError,
    BackupTargetError,
    DiskFullError,
    KnownError,
    UnreadableFileError,
)


def _key_clause(credentials: Credentials) -> str:
    if isinstance(credentials, RawKey):
        return f"\"x'{credentials.hex}'\""
    assert isinstance(credentials, Passphrase)
    return "'" + credentials.text.replace("'", "''") + "'"


def write_copy(db: Database, target: Path, credentials: Credentials | None = None) -> Path:
    """An encrypted copy of the whole database at *target* (see ``_copy_file``/``_export``).

    The open database itself (or its ``-wal``/``-shm``) is refused as a target: renaming the copy
    over it would leave the connection writing to a deleted file, losing every later write.
    Failures of the environment (missing folder, full disk) come back as ``KnownError``s.
    """
    target = Path(target)
    live = Path(db.path).resolve()
    if target.resolve() in {live, *(live.with_name(live.name + s) for s in ("-wal", "-shm", "-journal"))}:
        raise BackupTargetError(str(target))
    try:
        if credentials is None or credentials == db.credentials:
            return _copy_file(db, target)
        return _export(db, target, credentials)
    except (sqlcipher3.Error, OSError) as exc:
        target.with_name(target.name + ".tmp").unlink(missing_ok=True)
        known = translate_error(exc) if isinstance(exc, sqlcipher3.Error) else None
        if isinstance(known, DiskFullError) or getattr(exc, "errno", None) == errno.ENOSPC or no_room(target):
            raise BackupDiskFullError(str(exc)) from exc
        if isinstance(exc, NotADirectoryError | FileExistsError | FileNotFoundError):
            raise BackupFolderError(str(exc)) from exc
        raise (known if isinstance(known, KnownError) else UnreadableFileError(str(exc))) from exc


def _copy_file(db: Database, target: Path) -> Path:
    """Same key: checkpoint the WAL into the file and copy its (already encrypted) bytes.

    No page is decrypted or re-encrypted, which makes this ~10× faster than an export. The copy
    runs inside a read transaction that began on the emptied WAL: while it lasts no checkpoint,
    not even another process's, may write the file, so the bytes are exactly that snapshot. A
    guest (the scheduled backup beside the app) or a WAL someone wrote to first takes the export.
    """
    tmp = target.with_name(target.name + ".tmp")
    private_file(tmp)
    with db.lock:
        conn = db.conn
        if not is_owner(conn) or conn.in_transaction:
            return _export(db, target, db.credentials)
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            return _export(db, target, db.credentials)
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            wal = Path(f"{db.path}-wal")
            copied = not (wal.exists() and wal.stat().st_size > 0)
            if copied:
                shutil.copyfile(db.path, tmp)
        finally:
            conn.execute("COMMIT")
        if not copied:
            return _export(db, target, db.credentials)
    with tmp.open("rb+") as handle:
        os.fsync(handle.fileno())
    tmp.replace(target)
    return target


def _export(db: Database, target: Path, credentials: Credentials) -> Path:
    """``sqlcipher_export`` into *target* under other *credentials* (re-encrypts every page).

    A crash leaves only ``target.tmp`` behind, never a half-written *target*.
    """
    tmp = target.with_name(target.name + ".tmp")
    private_file(tmp)  # an empty file: SQLCipher keys it as new and keeps its 0600 mode
    creds = credentials
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
