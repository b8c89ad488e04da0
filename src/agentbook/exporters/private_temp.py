"""Decrypted copies for viewing and printing, in private folders that never outlive their owner.

An attachment lives encrypted inside the database; to show it in the system's PDF or image
viewer, to preview a batch of archive sheets or to print the recovery key, a plain file must
exist for a while. Those files go into folders only the user can enter (0700), each file readable
only by the user (0600), deleted when the viewer or print job is done and when the session ends.

A session killed outright (``kill -9``, a power cut) runs no clean-up, so every such folder
carries an owner file its process holds locked for the folder's whole life (``flock`` on POSIX;
on Windows an open file cannot be deleted). The kernel lets go of the lock when the process dies,
so the next start removes every folder of this user whose owner is gone — whatever its age —
and leaves alone the folders of agentbook windows still running.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import tempfile
import threading
import time
from pathlib import Path

if os.name != "nt":
    import fcntl

PREFIX = "agentbook-view-"
SHEETS_PREFIX = "agentbook-sheets-"
PRINT_PREFIX = "agentbook-print-"
PREFIXES = (PREFIX, SHEETS_PREFIX, PRINT_PREFIX)
OWNER_FILE = ".owner"
# A folder whose owner file is not there yet may be one another process is making this instant.
UNOWNED_GRACE_SECONDS = 60
_SAFE = re.compile(r"[^\w.\-]+", re.UNICODE)

_held: dict[Path, int] = {}  # folders this process owns → the descriptor holding their lock
_held_lock = threading.Lock()


def owned_folder(prefix: str, base: Path | None = None) -> Path:
    """A new private folder (0700) that this process owns until ``release``; see the module."""
    base = Path(base) if base else Path(tempfile.gettempdir())
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=base))  # mode 0700
    fd = os.open(folder / OWNER_FILE, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    if os.name != "nt":
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    os.write(fd, str(os.getpid()).encode("ascii"))
    with _held_lock:
        _held[folder] = fd
    return folder


def release(folder: Path) -> None:
    """Remove an owned folder with everything in it and let go of its lock."""
    folder = Path(folder)
    with _held_lock:
        fd = _held.pop(folder, None)
    if fd is not None:
        with contextlib.suppress(OSError):
            os.close(fd)  # first: Windows deletes no open file
    shutil.rmtree(folder, ignore_errors=True)


def _owner_alive(folder: Path) -> bool:
    """True while some process holds *folder*'s owner file (or might be about to create it)."""
    owner = folder / OWNER_FILE
    try:
        if os.name == "nt":  # pragma: no cover - an open file cannot be deleted there
            owner.unlink()
            return False
        fd = os.open(owner, os.O_RDONLY)
    except FileNotFoundError:
        try:
            return folder.stat().st_mtime > time.time() - UNOWNED_GRACE_SECONDS
        except OSError:
            return False
    except PermissionError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # also drops the lock just taken
    return False


def sweep(base: Path | None = None) -> int:
    """Remove this user's view, sheet and print folders whose owner process is gone; returns how many."""
    base = Path(base) if base else Path(tempfile.gettempdir())
    removed = 0
    with _held_lock:
        mine = set(_held)
    for prefix in PREFIXES:
        for folder in base.glob(prefix + "*"):
            if folder in mine or not folder.is_dir() or folder.is_symlink():
                continue
            with contextlib.suppress(OSError):
                if hasattr(os, "getuid") and folder.stat().st_uid != os.getuid():
                    continue
                if _owner_alive(folder):
                    continue
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
    return removed


class PrivateTempFiles:
    def __init__(self, base: Path | None = None) -> None:
        self._base = Path(base) if base else Path(tempfile.gettempdir())
        self._folder: Path | None = None
        self._lock = threading.Lock()
        self._files: set[Path] = set()

    @property
    def folder(self) -> Path:
        with self._lock:
            if self._folder is None or not self._folder.exists():
                self._folder = owned_folder(PREFIX, self._base)
                atexit.register(self.remove_all)
            return self._folder

    def write(self, file_name: str, data: bytes) -> Path:
        """A new private file holding *data*, named like *file_name* (made safe, made unique)."""
        stem = _SAFE.sub("_", Path(file_name).name).lstrip(".") or "attachment"
        folder = self.folder
        target = folder / stem
        n = 1
        while target.exists():
            target = folder / f"{Path(stem).stem}-{n}{Path(stem).suffix}"
            n += 1
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        with self._lock:
            self._files.add(target)
        return target

    def remove(self, path: Path) -> None:
        with contextlib.suppress(FileNotFoundError, PermissionError):  # Windows: still open in a viewer
            path.unlink()
        with self._lock:
            self._files.discard(path)

    def remove_all(self) -> None:
        with self._lock:
            folder, self._folder = self._folder, None
            self._files.clear()
        if folder is not None:
            release(folder)

    def live_files(self) -> set[Path]:
        with self._lock:
            return {p for p in self._files if p.exists()}

    def sweep_stale(self) -> int:
        """Remove folders left by sessions that ended without cleaning up; returns how many."""
        return sweep(self._base)


VIEW_FILES = PrivateTempFiles()  # the application's one set of decrypted view files
