"""File modes for everything agentbook writes that holds personal data: 0600 files, 0700 folders.

The archive and its backups are encrypted, exports and sheets are not; either way, another login on
the same computer has no business reading them, and the user's umask (often 022) would let it.
Files are created private from the first byte (an empty 0600 file the writer then truncates and
fills keeps its mode), so there is no moment when a half-written export is world-readable.
Folders are made 0700 only when agentbook creates them: a folder the user chose (Documents) keeps
the permissions the user gave it. On Windows the modes mean little; the profile's ACLs apply.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(folder: Path) -> Path:
    """*folder* and any missing parents, the ones created here entered by the user alone."""
    folder = Path(folder)
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for created in reversed(missing):
        with contextlib.suppress(FileExistsError):
            created.mkdir(mode=FOLDER_MODE)
            created.chmod(FOLDER_MODE)  # mkdir's mode is filtered by the umask
    if not folder.is_dir():
        raise NotADirectoryError(str(folder))
    return folder


def private_file(path: Path) -> Path:
    """An empty 0600 file at *path* (an existing one is emptied and tightened), for a writer to fill."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), FILE_MODE)
    os.close(fd)
    tighten(path)
    return Path(path)


def tighten(*paths: Path) -> None:
    """Make existing *paths* readable by the user alone (missing ones are skipped)."""
    for path in paths:
        with contextlib.suppress(FileNotFoundError, PermissionError):
            if (Path(path).stat().st_mode & 0o777) != FILE_MODE:
                Path(path).chmod(FILE_MODE)


def tighten_database(path: Path) -> None:
    """The database file and its SQLite companions (SQLite gives new ones the file's mode)."""
    tighten(*(Path(f"{path}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")))
