"""Writing export files so that a failure or a Cancel never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from agentbook.private_files import private_folder

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@contextlib.contextmanager
def replaced_atomically(path: Path) -> Iterator[Path]:
    """Yield a temporary file beside *path*; it replaces *path* only if the block succeeds.

    The temporary file is private to the user (``mkstemp`` makes it 0600), which suits files
    that hold personal information; the finished file keeps that mode.
    """
    path = Path(path)
    private_folder(path.parent)
    fd, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".part", dir=path.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        temp.replace(path)
    finally:
        temp.unlink(missing_ok=True)


@contextlib.contextmanager
def staging_folder(folder: Path) -> Iterator[Path]:
    """A hidden folder inside *folder* for a batch of files; removed whatever happens.

    The caller moves the finished files out of it at the very end, so a cancelled or failed
    batch leaves nothing behind, and a finished one appears all at once.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".agentbook-batch-", dir=folder))
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def safe_file_name(stem: str, fallback: str) -> str:
    """*stem* made safe as a file name on Windows, macOS and Linux (archive-number patterns are free text)."""
    cleaned = _UNSAFE.sub("_", stem).strip(" .")
    return cleaned or fallback
