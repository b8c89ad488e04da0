"""The backups an archive knows of, for a restore picked from a list rather than a file dialog.

Two sources, joined by path: the automatic backups in the backup folder (named by the time they
were taken), and the archive's own audit log, which recorded every backup it wrote — automatic
or saved elsewhere — with the counts read back from the copy when it was verified. A file the
log does not know (copied in by hand, or written while the log was at another state) is listed
as not verified; the restore verifies every file in full before it replaces anything anyway.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3

from agentbook.store.audit.log import AuditFilter, entries
from agentbook.store.backup.backups import list_backups

RECORDS_READ = 1000  # backup entries of the log looked at: years of daily backups


@dataclass(frozen=True, slots=True)
class KnownBackup:
    path: Path
    taken_at: datetime
    size: int
    counts: dict[str, int] | None  # read back from the copy when it was written; None: not recorded
    automatic: bool  # in the backup folder under the archive's own name (kept N deep)

    @property
    def verified(self) -> bool:
        """The copy was read back whole when it was written (the log says so, with its counts)."""
        return self.counts is not None


def _recorded(conn: sqlcipher3.Connection) -> dict[Path, tuple[datetime, dict[str, int]]]:
    """Backups the audit log recorded, by resolved path: when, and what the verified copy held."""
    found: dict[Path, tuple[datetime, dict[str, int]]] = {}
    for entry in entries(conn, flt=AuditFilter(action="backup", entity="database"), limit=RECORDS_READ):
        try:
            details = json.loads(entry.after_json or "{}")
            path = Path(details["file"]).resolve()
            counts = {str(k): int(v) for k, v in details["counts"].items()}
        except (ValueError, KeyError, TypeError, AttributeError):
            continue  # an entry written by an older version without details: nothing to show
        found.setdefault(path, (datetime.fromisoformat(entry.at), counts))
    return found


def known_backups(conn: sqlcipher3.Connection, db_path: Path, folder: Path) -> list[KnownBackup]:
    """Every backup file that still exists and that the folder or the log knows, newest first."""
    recorded = _recorded(conn)
    listed: dict[Path, KnownBackup] = {}
    for b in list_backups(db_path, folder):
        path = b.path.resolve()
        when, counts = recorded.get(path, (b.taken_at, None))
        listed[path] = KnownBackup(b.path, when, b.size, counts, True)
    for path, (when, counts) in recorded.items():
        if path not in listed and path.is_file():
            listed[path] = KnownBackup(path, when, path.stat().st_size, counts, False)
    return sorted(listed.values(), key=lambda b: b.taken_at, reverse=True)
