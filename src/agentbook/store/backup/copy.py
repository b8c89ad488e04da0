"""Encrypted copies of the open database, written to a temporary file and renamed at the end."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

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

T = TypeVar("T")


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
    write_checked(db, target, lambda _tmp: None, credentials)
    return Path(target)


def write_checked(db: Database, target: Path, check: Callable[[Path], T], credentials: Credentials | None = None) -> T:
    """``write_copy`` that runs *check* on the finished copy before it takes *target*'s name.

    *check* reads the temporary file while the kernel writes it to disk (the flush and a check
    that reads every page take about as long as each other), and an exception from it leaves
    nothing behind: a copy that failed its check never appears under *target*, not even for the
    moment before it would have been deleted. Returns what *check* returned.
    """
    target = Path(target)
    live = Path(db.path).resolve()
    if target.resolve() in {live, *(live.with_name(live.name + s) for s in ("-wal", "-shm", "-journal"))}:
        raise BackupTargetError(str(target))
    tmp = target.with_name(target.name + ".tmp")
    try:
        if credentials is None or credentials == db.credentials:
            _copy_file(db, tmp)
        else:
            _export(db, tmp, credentials)
        with ThreadPoolExecutor(1) as pool:  # fsync releases the interpreter lock, as SQLite does
            flushed = pool.submit(_fsync, tmp)
            try:
                result = check(tmp)
            finally:
                flushed.result()
        _fsync(tmp)  # whatever opening the copy to check it may have written (nothing, normally)
        tmp.replace(target)
        return result
    except (sqlcipher3.Error, OSError) as exc:
        _remove_copy(tmp)
        known = translate_error(exc) if isinstance(exc, sqlcipher3.Error) else None
        if isinstance(known, DiskFullError) or getattr(exc, "errno", None) == errno.ENOSPC or no_room(target):
            raise BackupDiskFullError(str(exc)) from exc
        if isinstance(exc, NotADirectoryError | FileExistsError | FileNotFoundError):
            raise BackupFolderError(str(exc)) from exc
        raise (known if isinstance(known, KnownError) else UnreadableFileError(str(exc))) from exc
    except BaseException:
        _remove_copy(tmp)
        raise


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _remove_copy(tmp: Path) -> None:
    for leftover in (tmp, *(tmp.with_name(tmp.name + end) for end in ("-wal", "-shm", "-lock"))):
        leftover.unlink(missing_ok=True)


def _copy_file(db: Database, tmp: Path) -> None:
    """Same key: checkpoint the WAL into the file and copy its (already encrypted) bytes.

    No page is decrypted or re-encrypted, which makes this ~10× faster than an export. The copy
    runs inside a read transaction that began on the emptied WAL: while it lasts no checkpoint,
    not even another process's, may write the file, so the bytes are exactly that snapshot. A
    guest (the scheduled backup beside the app) or a WAL someone wrote to first takes the export.
    """
    private_file(tmp)
    with db.lock:
        conn = db.conn
        if not is_owner(conn) or conn.in_transaction:
            return _export(db, tmp, db.credentials)
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            return _export(db, tmp, db.credentials)
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
            return _export(db, tmp, db.credentials)


def _export(db: Database, tmp: Path, credentials: Credentials) -> None:
    """``sqlcipher_export`` into *tmp* under other *credentials* (re-encrypts every page).

    A crash leaves only the temporary file behind, never a half-written target.
    """
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
