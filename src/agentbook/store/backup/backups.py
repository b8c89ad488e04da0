"""Verified backups, kept N deep, and restores that never harm the live database.

A backup is only a backup once it has been read back: every copy is opened with its key and
checked (page HMACs, b-tree structure, foreign keys, row counts) before it counts as written.

Restoring goes the other way round: the chosen file is copied into a private staging file beside
the live database and verified *there*; only then is the live file kept aside (never deleted)
and the staged file put in its place by one atomic rename, journalled so that a crash at any
step leaves a database at the live path and is finished at the next open (``restore_swap``).
Until that rename nothing about the live database changes, so a refused or failed restore
leaves it exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.paths import backup_dir
from agentbook.private_files import private_file, private_folder
from agentbook.store.audit.anchor import Anchor, read_head
from agentbook.store.audit.log import verify_chain
from agentbook.store.backup import integrity
from agentbook.store.backup.copy import write_checked
from agentbook.store.backup.restore_swap import (
    kept_copies,
    remove_kept,
)
from agentbook.store.db.connection import Credentials, open_encrypted
from agentbook.store.db.database import Database
from agentbook.store.db.migrations import LATEST_VERSION, NewerSchemaError
from agentbook.store.errors import BackupFolderError, DamagedFileError, KnownError, UnreadableFileError, WrongKeyError

FOLDER_SETTING = "backup_folder"
KEEP_SETTING = "backup_keep"
ON_EXIT_SETTING = "backup_on_exit"
DEFAULT_KEEP = 10
_STAMP = "%Y%m%d-%H%M%S-%f"  # to the microsecond: names sort as taken, never reused


class BackupVerifyError(KnownError):
    message = QT_TRANSLATE_NOOP(
        "store", "备份文件写入后校验未通过，已删除这份不可靠的备份。数据库本身没有改动。请检查磁盘后重试。"
    )


class RestoreRefusedError(KnownError):
    """The chosen file is not a whole agentbook database this app can open; nothing was changed."""

    message = QT_TRANSLATE_NOOP(
        "store", "所选文件不是完整可用的 agentbook 备份（已损坏、被截断或不是本程序的数据库）。当前数据库没有任何改动。"
    )


@dataclass(frozen=True, slots=True)
class RestoreWarning:
    """Something about a whole, readable backup the user must hear before it replaces the archive."""

    message: str  # a QT_TRANSLATE_NOOP("store", …) template
    args: tuple[Any, ...] = ()

    def describe(self) -> str:
        return self.message.format(*self.args)


BROKEN_CHAIN = QT_TRANSLATE_NOOP(
    "store", "这份备份的操作日志从第 {0} 条记录起校验不通过：记录被改动、删除或损坏。恢复后这段日志不可信。"
)
OTHER_ARCHIVE = QT_TRANSLATE_NOOP(
    "store", "这份备份来自另一个档案（操作日志的第一条记录不同），恢复会用另一个档案的数据替换当前全部数据。"
)


def archive_identity(conn: sqlcipher3.Connection) -> str | None:
    """What tells one archive from another: the hash of its first audit entry (its creation),
    which every backup of it shares and no other archive does, old backups included."""
    try:
        row = conn.execute("SELECT hash FROM audit_log ORDER BY id LIMIT 1").fetchone()
    except sqlcipher3.Error:
        return None
    return row[0] if row else None


@dataclass(slots=True)
class BackupFile:
    path: Path
    taken_at: datetime
    size: int


@dataclass(slots=True)
class Candidate:
    """A backup staged and verified beside the live database, ready to replace it."""

    source: Path
    staged: Path
    report: integrity.Report
    credentials: Credentials
    problems: list[str] = field(default_factory=list)
    audit_head: Anchor | None = None  # the candidate's own audit chain head (count, id, hash)
    warnings: list[RestoreWarning] = field(default_factory=list)  # ask before replacing

    @property
    def ok(self) -> bool:
        return self.report.ok and not self.problems

    def discard(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.staged}{suffix}").unlink(missing_ok=True)


# --- settings ------------------------------------------------------------------------------
def folder(db: Database) -> Path:
    chosen = db.get_setting(FOLDER_SETTING)
    return Path(chosen).expanduser() if chosen else backup_dir()


def keep(db: Database) -> int:
    try:
        return max(1, int(db.get_setting(KEEP_SETTING, str(DEFAULT_KEEP)) or DEFAULT_KEEP))
    except ValueError:
        return DEFAULT_KEEP


def on_exit(db: Database) -> bool:
    return (db.get_setting(ON_EXIT_SETTING, "1") or "1") == "1"


# --- writing -------------------------------------------------------------------------------
def _pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(db_path.stem) + r"-(\d{8}-\d{6}-\d{6})" + re.escape(db_path.suffix or ".db") + "$")


def automatic_name(db: Database, when: datetime | None = None) -> Path:
    when = when or datetime.now()
    return folder(db) / f"{db.path.stem}-{when.strftime(_STAMP)}{db.path.suffix or '.db'}"


def write_verified(db: Database, target: Path) -> integrity.Report:
    """Write an encrypted copy to *target*, read it back with its key, and keep it only if whole.

    The copy is checked under its temporary name (``write_checked``), so a file under *target*
    has always passed: a failed check leaves nothing, a crash at most a ``.tmp`` (and the files
    of the connection checking it) that the next start or backup sweeps away."""
    target = Path(target)
    try:
        private_folder(target.parent)
    except OSError as exc:
        raise BackupFolderError(str(exc)) from exc

    def check(copy: Path) -> integrity.Report:
        try:
            report = integrity.verify_copy(copy, db.credentials)
        except KnownError as exc:
            raise BackupVerifyError(str(exc)) from exc
        if not report.ok:
            raise BackupVerifyError("; ".join(report.problems[:5]))
        return report

    report = write_checked(db, target, check)
    _fsync_dir(target.parent)
    return report


def list_backups(db_path: Path, where: Path) -> list[BackupFile]:
    """This database's automatic backups in *where*, newest first."""
    pattern = _pattern(db_path)
    found = []
    if where.is_dir():
        for path in where.iterdir():
            match = pattern.match(path.name)
            if match and path.is_file():
                taken = datetime.strptime(match.group(1), _STAMP)
                found.append(BackupFile(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def prune(db_path: Path, where: Path, keep_last: int) -> list[Path]:
    """Delete all but the newest *keep_last* automatic backups; returns what was deleted.

    The old database a restore kept aside (``*.replaced-*``) holds the same data as a backup,
    destroyed customers included, so it rotates with them: only the newest is kept, and only
    while it is younger than the oldest backup still kept. Half-written copies go too.
    """
    removed = []
    found = list_backups(db_path, where)
    for old in found[keep_last:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            removed.append(old.path)
    kept = found[:keep_last]
    oldest = kept[-1].taken_at if len(kept) >= keep_last else None
    for n, copy in enumerate(kept_copies(Path(db_path))):
        taken = _aside_time(copy)
        if n > 0 or (oldest is not None and taken is not None and taken < oldest):
            with contextlib.suppress(OSError):
                remove_kept(copy)
                removed.append(copy)
    removed += sweep_backup_leftovers(db_path, where)
    return removed


def sweep_backup_leftovers(db_path: Path, where: Path) -> list[Path]:
    """Remove ``*.tmp`` copies a killed backup left in *where* (this archive's names only), with
    the ``-wal``, ``-shm`` and ``-lock`` files of the connection that was checking one."""
    pattern = re.compile(_pattern(Path(db_path)).pattern.removesuffix("$") + r"\.tmp(-wal|-shm|-lock)?$")
    removed = []
    if Path(where).is_dir():
        for path in Path(where).iterdir():
            if pattern.match(path.name):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed


def _aside_time(kept: Path) -> datetime | None:
    stamp = kept.name.rsplit(".replaced-", 1)[-1][: len("20260101-000000-000000")]
    try:
        return datetime.strptime(stamp, _STAMP)
    except ValueError:
        return None


# --- reading back --------------------------------------------------------------------------
def stage(live: Path, source: Path, credentials: Credentials, *, identity: str | None = None) -> Candidate:
    """Copy *source* beside *live* and verify the copy; raises ``RestoreRefusedError`` (or
    ``WrongKeyError``, for the UI to ask for that backup's recovery key) when it will not do.

    A whole file can still be the wrong one: its audit chain broken, or another archive's
    backup under the same key (its ``archive_identity`` differs from the live *identity*). Those
    become ``warnings`` the restore dialog shows and asks about before replacing anything.
    """
    source = Path(source)
    if not source.is_file():
        raise RestoreRefusedError(f"{source} is not a file")
    if source.resolve() == Path(live).resolve():
        raise RestoreRefusedError("the live database itself")
    staged = Path(live).with_name(f".{Path(live).name}.restore-{datetime.now().strftime(_STAMP)}.tmp")
    try:
        shutil.copyfile(source, private_file(staged))
        conn = open_encrypted(staged, credentials, create=False)
    except WrongKeyError:
        _remove(staged)
        raise
    except (DamagedFileError, UnreadableFileError, OSError, sqlcipher3.Error) as exc:
        _remove(staged)
        raise RestoreRefusedError(str(exc)) from exc
    try:
        report = integrity.verify_staged(conn, staged, credentials)
        head, warnings = None, []
        with contextlib.suppress(sqlcipher3.Error):
            head = read_head(conn)
            broken = verify_chain(conn)
            if broken is not None:
                warnings.append(RestoreWarning(BROKEN_CHAIN, (broken,)))
            theirs = archive_identity(conn)
            if identity is not None and theirs is not None and theirs != identity:
                warnings.append(RestoreWarning(OTHER_ARCHIVE))
    finally:
        conn.close()
    candidate = Candidate(source, staged, report, credentials, audit_head=head, warnings=warnings)
    if report.schema_version > LATEST_VERSION:
        candidate.problems.append(NewerSchemaError.message)
    if report.ok and (report.schema_version == 0 or "customer" not in report.counts):
        candidate.problems.append("no agentbook tables")
    if not candidate.ok:
        candidate.discard()
    return candidate


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _fsync_dir(folder_path: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder_path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
