"""Decrypted copies of attachments for viewing, in a private folder, removed after use.

An attachment lives encrypted inside the database; to show it in the system's PDF or image
viewer it must exist as a plain file for a while. Those files go into one folder per session
that only the user can enter (0700), each file readable only by the user (0600), and are
deleted when the viewer that asked for them closes, when the session ends (``atexit``), and —
for sessions that crashed — when the next session starts.
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

PREFIX = "agentbook-view-"
STALE_SECONDS = 12 * 3600
_SAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


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
                self._folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=self._base))  # mode 0700
                atexit.register(self.remove_all)
            return self._folder

    def write(self, file_name: str, data: bytes) -> Path:
        """A new private file holding *data*, named like *file_name* (made safe, made unique)."""
        stem = _SAFE.sub("_", Path(file_name).name) or "attachment"
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
            shutil.rmtree(folder, ignore_errors=True)

    def live_files(self) -> set[Path]:
        with self._lock:
            return {p for p in self._files if p.exists()}

    def sweep_stale(self) -> int:
        """Remove folders left by sessions that did not end cleanly; returns how many."""
        removed = 0
        cutoff = time.time() - STALE_SECONDS  # younger folders may belong to another open archive
        for folder in self._base.glob(PREFIX + "*"):
            if folder == self._folder or not folder.is_dir():
                continue
            info = folder.stat()
            if info.st_mtime > cutoff or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
                continue
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
        return removed


VIEW_FILES = PrivateTempFiles()  # the application's one set of decrypted view files
