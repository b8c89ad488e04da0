"""One agentbook owns an archive at a time: an OS advisory lock on a small file beside it.

SQLite's own ``locking_mode = EXCLUSIVE`` used to give this guarantee, but it also shut out
every reader, so the scheduled ``agentbook backup`` failed whenever the window was open. The
database now uses ordinary WAL locking (readers and the one writer share the file safely) and
the "only one app" rule lives here instead: the app and every other *owner* hold this lock for
as long as their connection is open; the backup command, which only reads and appends one audit
row, does not take it.

The lock is ``flock`` (POSIX) or ``msvcrt.locking`` (Windows) on ``<archive>-lock``, never on the
database file itself: on POSIX, closing any descriptor of a file drops all of the process's
``fcntl`` locks on it, which would silently release SQLite's own locks. The kernel releases the
lock when the process dies (``kill -9`` included), so a crash never leaves the archive "in use".
"""

from __future__ import annotations

import contextlib
import os
import sys
import weakref
from pathlib import Path

from agentbook.store.errors import DatabaseLockedError, UnreadableFileError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl

SUFFIX = "-lock"


def lock_path(db_path: Path) -> Path:
    return Path(f"{db_path}{SUFFIX}")


class OwnerLock:
    """Held while an owner's connection is open; ``release`` is safe to call twice.

    A connection dropped without ``close`` still lets go: the descriptor is closed when this
    object is collected (the lock file then stays behind, empty and unlocked).
    """

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(Path(db_path))
        self._fd: int | None = _acquire(self.path)
        self._finalizer = weakref.finalize(self, os.close, self._fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        self._fd = None
        if sys.platform != "win32":
            # Removed while still held, so no file is left beside the archive or a backup; a
            # process that opened the old file meanwhile notices (see ``_acquire``) and retries.
            with contextlib.suppress(OSError):
                self.path.unlink()
        self._finalizer()  # closing the descriptor releases the lock
        if sys.platform == "win32":  # pragma: no cover - Windows refuses to delete an open file
            with contextlib.suppress(OSError):
                self.path.unlink()


def _acquire(path: Path) -> int:
    """Take the lock without waiting: a second owner is told "in use" at once."""
    for _attempt in range(50):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise UnreadableFileError(f"{path}: {exc}") from exc
        try:
            if sys.platform == "win32":  # pragma: no cover
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return fd
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise DatabaseLockedError(f"{path} is held by another agentbook") from exc
        try:
            same = os.path.samestat(os.fstat(fd), path.stat())
        except FileNotFoundError:
            same = False
        if same:
            return fd
        os.close(fd)  # the previous owner removed the file between our open and our lock
    raise DatabaseLockedError(f"{path} keeps changing")
