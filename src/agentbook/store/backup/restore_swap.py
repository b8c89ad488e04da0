"""Putting a restored file in the live database's place so that a database is there at every instant.

Moving the live file aside and then renaming the staged one in leaves, between the two renames,
no database at the archive's path: a crash there made the next start offer the first-run
wizard over data that sat in ``*.replaced-*``. Instead:

1. the live file is *linked* aside (a copy where the file system has no hard links), together
   with its ``-wal``, so the aside name holds the whole old database while the live name still does;
2. a journal naming the staged file and the aside one is written (atomically) beside them;
3. the old ``-wal``/``-shm`` are removed from the live name, so the new file is never read
   with the old file's log (SQLite would apply its frames to the wrong database);
4. ``os.replace`` puts the staged file at the live name in one atomic step;
5. the journal goes.

Killed anywhere, the live name holds a whole database: the old one up to step 4 (without its
log after step 3, which the journal then finishes anyway), the new one after. ``settle``, run
before every open, finishes a journalled swap whose staged file is still there and removes a
finished journal. It also rolls back the state an older agentbook could leave (no database,
the old file in ``*.replaced-*``) by putting the old file back.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from datetime import datetime
from pathlib import Path

from agentbook.private_files import tighten

_STAMP = "%Y%m%d-%H%M%S-%f"


def journal_path(live: Path) -> Path:
    return live.with_name(f".{live.name}.restore-journal")


def aside_name(live: Path, when: datetime | None = None) -> Path:
    return live.with_name(f"{live.name}.replaced-{(when or datetime.now()).strftime(_STAMP)}")


def swap_in(live: Path, staged: Path) -> Path:
    """Replace *live* by *staged* (see the module docstring); returns where the old file is kept.

    The caller has closed the live connection (its WAL checkpointed into the file).
    """
    live, staged = Path(live), Path(staged)
    aside = aside_name(live)
    n = 1
    while aside.exists():
        aside = aside.with_name(f"{aside_name(live).name}-{n}")
        n += 1
    _keep(live, aside)
    wal = Path(f"{live}-wal")
    if wal.exists():
        _keep(wal, Path(f"{aside}-wal"))
    _fsync_dir(live.parent)
    _write_journal(live, {"staged": staged.name, "aside": aside.name})
    _finish(live, staged)
    return aside


def swap_back(live: Path, aside: Path) -> None:
    """Undo ``swap_in`` after the restored file failed to open: the old file goes back.

    Again in an order that leaves a whole database at *live* throughout: the failed file's log
    goes first, then the old file replaces it in one step, then the old file's log follows.
    """
    live, aside = Path(live), Path(aside)
    for suffix in ("-wal", "-shm"):
        Path(f"{live}{suffix}").unlink(missing_ok=True)
    Path(aside).replace(live)
    if Path(f"{aside}-wal").exists():
        Path(f"{aside}-wal").replace(Path(f"{live}-wal"))
    Path(f"{aside}-shm").unlink(missing_ok=True)
    _fsync_dir(live.parent)


def settle(live: Path) -> bool:
    """Finish or roll back a swap a crash interrupted; True when there was one.

    Runs before the archive is opened or judged missing; a no-op when nothing was interrupted.
    """
    live = Path(live)
    journal = journal_path(live)
    journal.with_name(journal.name + ".tmp").unlink(missing_ok=True)  # killed while writing it
    if journal.exists():
        try:
            entry = json.loads(journal.read_text("utf-8"))
            staged, aside = live.with_name(entry["staged"]), live.with_name(entry["aside"])
        except (OSError, ValueError, KeyError, TypeError):
            journal.unlink(missing_ok=True)  # unreadable: written by hand, the swap never began
            return False
        if staged.exists() and aside.exists():
            _finish(live, staged)
        else:
            journal.unlink(missing_ok=True)
        return True
    if live.exists():
        return _drop_unjournalled_links(live)
    return _roll_back_unjournalled(live)


def sweep_leftovers(live: Path) -> list[Path]:
    """Remove what killed restores left beside *live* (staged copies, half-written kept copies)
    and make the kept old files private; returns what was removed.

    Staged copies hold what a backup holds and would otherwise stay for ever. Called by the owner
    of the archive right after opening it (``keys.open_existing``): no other agentbook can be
    staging a restore there then (taking the lock here instead would make simultaneous starts
    refuse each other).
    """
    removed = []
    leftovers = [
        *live.parent.glob(f".{live.name}.restore-*.tmp*"),
        *live.parent.glob(f"{live.name}.replaced-*.tmp"),
    ]
    for path in leftovers:
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    tighten(*(p for p in live.parent.glob(f"{live.name}.replaced-*") if p.is_file()))
    return removed


def kept_copies(live: Path) -> list[Path]:
    """The old files restores kept aside (``*.replaced-*``), newest first."""
    found = [
        p
        for p in Path(live).parent.glob(f"{Path(live).name}.replaced-*")
        if not p.name.endswith(("-wal", "-shm", ".tmp"))
    ]
    return sorted(found, key=lambda p: p.name, reverse=True)


def remove_kept(kept: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{kept}{suffix}").unlink(missing_ok=True)


def _drop_unjournalled_links(live: Path) -> bool:
    """A swap killed before its journal leaves the aside name as a second name of the live file
    (step 1): not a kept copy, since the live file's writes would show through it. Removed."""
    found = False
    for kept in live.parent.glob(f"{live.name}.replaced-*"):
        with contextlib.suppress(OSError):
            if not kept.name.endswith(("-wal", "-shm")) and kept.samefile(live):
                kept.unlink()
                Path(f"{kept}-wal").unlink(missing_ok=True)
                found = True
    return found


def _roll_back_unjournalled(live: Path) -> bool:
    """No database at *live* but a kept old file and a staged one: an older version's crash
    between its two renames. The old file goes back; the staged copy of the backup is dropped."""
    staged = sorted(live.parent.glob(f".{live.name}.restore-*.tmp"))
    kept = sorted(p for p in live.parent.glob(f"{live.name}.replaced-*") if not p.name.endswith(("-wal", "-shm")))
    if not staged or not kept:
        return False
    old = kept[-1]
    if Path(f"{old}-wal").exists():
        Path(f"{old}-wal").replace(Path(f"{live}-wal"))
    Path(f"{old}-shm").unlink(missing_ok=True)
    Path(old).replace(live)
    for path in staged:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    _fsync_dir(live.parent)
    return True


def _finish(live: Path, staged: Path) -> None:
    """Steps 3–5: drop the old log, move the staged file in atomically, close the journal."""
    for suffix in ("-wal", "-shm"):
        Path(f"{live}{suffix}").unlink(missing_ok=True)
    Path(staged).replace(live)
    _fsync_dir(live.parent)
    journal_path(live).unlink(missing_ok=True)
    _fsync_dir(live.parent)


def _keep(source: Path, kept: Path) -> None:
    """*kept* becomes a second name of *source* (a hard link), or a synced copy without links."""
    try:
        os.link(source, kept)
    except OSError:
        tmp = kept.with_name(kept.name + ".tmp")
        shutil.copyfile(source, tmp)
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        Path(tmp).replace(kept)


def _write_journal(live: Path, entry: dict[str, str]) -> None:
    journal = journal_path(live)
    tmp = journal.with_name(journal.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        json.dump(entry, handle)
        handle.flush()
        os.fsync(handle.fileno())
    Path(tmp).replace(journal)
    _fsync_dir(live.parent)


def _fsync_dir(folder: Path) -> None:
    """Make renames themselves durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
