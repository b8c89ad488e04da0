"""Is this database file whole? Checks at open, before a restore, and of every backup.

Three questions, three SQLite answers:
- ``PRAGMA cipher_integrity_check`` verifies every page's HMAC, so it names a page that was
  changed on disk (bit rot, a bad copy, tampering) by number;
- ``PRAGMA quick_check`` / ``integrity_check`` walk the b-trees (truncation, broken structure);
- ``PRAGMA foreign_key_check`` finds rows pointing at nothing.

At open the check must not cost a start-up: small files (an agent's few thousand customers) get
the full page and structure check at once; a branch-sized file gets the cheap checks at open and
the whole b-tree check before a restore and from Tools ▸ 安全与隐私 ▸ 检查数据库完整性…, while every backup
written on exit is verified in full.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import sqlcipher3

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.db.connection import Credentials, open_encrypted, translate_error
from agentbook.store.db.schema_info import KEPT_COUNTS
from agentbook.store.errors import DamagedFileError, KnownError

FULL_CHECK_AT_OPEN_MAX_BYTES = 32 * 1024 * 1024
Drift = dict[str, tuple[int | None, int]]  # table → (kept row count or None, rows counted)
COUNTED_TABLES = ("customer", "policy", "payment", "claim", "contact", "audit_log")


class IntegrityError(DamagedFileError):
    """The file opens but some of it is damaged; ``problems`` lists what SQLite found."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "数据库文件的部分内容已损坏（完整性检查未通过）。为避免进一步损失，程序没有继续使用它。请从最近的备份恢复。",
    )

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems[:5]))
        self.problems = problems


@dataclass(slots=True)
class Report:
    """What a full verification found; ``ok`` only when every check passed."""

    cipher_problems: list[str] = field(default_factory=list)
    structure_problems: list[str] = field(default_factory=list)
    foreign_key_problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    schema_version: int = 0
    # Kept row counts (``row_count``) that differ from the rows: derived numbers, recounted by
    # Tools ▸ check (``Security.verify``), so not damage and not among ``problems``.
    count_drift: Drift = field(default_factory=dict)

    @property
    def problems(self) -> list[str]:
        return [*self.cipher_problems, *self.structure_problems, *self.foreign_key_problems]

    @property
    def ok(self) -> bool:
        return not self.problems


def _rows(conn: sqlcipher3.Connection, sql: str) -> list[tuple[Any, ...]]:
    try:
        rows: list[tuple[Any, ...]] = conn.execute(sql).fetchall()
        return rows
    except sqlcipher3.Error as exc:
        known = translate_error(exc)
        if isinstance(known, KnownError) and not isinstance(known, DamagedFileError):
            raise known from exc
        return [(f"{sql}: {exc}",)]


def cipher_problems(conn: sqlcipher3.Connection) -> list[str]:
    """Pages whose HMAC does not verify, e.g. ``HMAC verification failed for page 7``.

    Checkpoints first: right after a key change the file's pages still carry the old key until
    the WAL is copied back, which this pragma (reading the file itself) would report as damage.
    """
    with contextlib.suppress(sqlcipher3.Error):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return [str(r[0]) for r in _rows(conn, "PRAGMA cipher_integrity_check")]


def structure_problems(conn: sqlcipher3.Connection, *, quick: bool = True) -> list[str]:
    pragma = "quick_check" if quick else "integrity_check"
    rows = _rows(conn, f"PRAGMA {pragma}")
    return [str(r[0]) for r in rows if str(r[0]) != "ok"]


def foreign_key_problems(conn: sqlcipher3.Connection) -> list[str]:
    return [f"{r[0]} rowid {r[1]} → {r[2]}" for r in _rows(conn, "PRAGMA foreign_key_check")]


def counts(conn: sqlcipher3.Connection) -> dict[str, int]:
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in COUNTED_TABLES if t in have}


def count_drift(conn: sqlcipher3.Connection, counted: dict[str, int] | None = None) -> Drift:
    """A local archive's kept row counts (migration 13) that are not the number of rows:
    table → (kept, counted), kept None when the table has no kept count, counted -1 for a kept
    name that is no table counted (``counted`` holds counts already made). Only a bug or an edit
    of the file outside the app can make them differ: the triggers keep them."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'row_count'").fetchone():
        return {}
    counted = dict(counted or {})
    kept: dict[str, int] = dict(conn.execute("SELECT name, n FROM row_count").fetchall())
    drift: Drift = {name: (kept[name], -1) for name in sorted(set(kept) - KEPT_COUNTS)}
    for name in sorted(KEPT_COUNTS):  # the names become SQL below: only the known ones
        if name not in counted:
            counted[name] = int(conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0])
        if kept.get(name) != counted[name]:
            drift[name] = (kept.get(name), counted[name])
    return drift


def verify(conn: sqlcipher3.Connection, *, full: bool = True, structure: bool = True) -> Report:
    """Every check on *conn*; used on a backup before it may replace anything.

    ``structure=False`` checks only what a fresh page-for-page copy can get wrong: every page's
    HMAC (so every byte is what SQLCipher wrote, under this key), the schema and the row counts.
    The b-tree and foreign-key checks judge the *source*, cost 30 s at 100,000 customers against
    3 s for the HMACs, and run where they matter: before a restore and in Tools ▸ check database.
    """
    report = Report()
    report.cipher_problems = cipher_problems(conn)
    if structure:
        report.structure_problems = structure_problems(conn, quick=not full)
    if not report.structure_problems and not report.cipher_problems:  # counting a broken file adds noise
        if structure:
            report.foreign_key_problems = foreign_key_problems(conn)
        report.counts = counts(conn)
        report.count_drift = count_drift(conn, report.counts)
    report.schema_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return report


def verify_copy(path: Path, credentials: Credentials) -> Report:
    """``verify(structure=False)`` of a fresh copy nobody else uses, on two connections at once.

    Every page's HMAC is checked on one connection while the row counts are read on another:
    SQLite releases the interpreter lock in both, so the counts cost no time beside the HMACs
    (the whole check is CPU-bound at 1 GB). Counts from a copy whose pages fail are not reported.
    """
    conn = open_encrypted(Path(path), credentials, create=False)
    try:
        with contextlib.suppress(sqlcipher3.Error):  # as cipher_problems does, before the guest opens
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        try:
            guest = open_encrypted(Path(path), credentials, create=False, owner=False)
        except (KnownError, sqlcipher3.Error, OSError):
            return verify(conn, structure=False)
        try:
            with ThreadPoolExecutor(1) as pool:
                counted = pool.submit(counts, guest)
                report = Report(cipher_problems=_page_problems(conn))
                try:
                    found = counted.result()
                except sqlcipher3.Error as exc:  # a page that reads wrong; the HMACs name it
                    found = {}
                    report.cipher_problems = report.cipher_problems or [f"counting rows: {exc}"]
        finally:
            guest.close()
        if not report.cipher_problems:
            report.counts = found
        report.schema_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        return report
    finally:
        conn.close()


def _table_sizes(conn: sqlcipher3.Connection) -> list[tuple[int, str]]:
    """Every b-tree table with its highest rowid, largest first (a free estimate of its size)."""
    names = [str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0")]
    sizes = []
    for name in names:
        try:
            size = conn.execute(f'SELECT max(rowid) FROM "{name}"').fetchone()[0] or 0
        except sqlcipher3.Error:  # WITHOUT ROWID: no rowid to ask; such tables here are small
            size = 0
        sizes.append((int(size), name))
    return sorted(sizes, reverse=True)


def verify_staged(conn: sqlcipher3.Connection, path: Path, credentials: Credentials, workers: int = 2) -> Report:
    """The checks a backup gets before it may replace the archive, on *workers* connections at once.

    What is checked again: every page's HMAC (the file may have changed on its disk or stick since
    it was written: one flipped bit fails its page), the b-trees of every table and its indexes
    (``quick_check``, one table at a time so that two connections share the work), foreign keys,
    row counts and the schema version. What is trusted instead of checked: that each index holds
    exactly its table's rows (``integrity_check``'s extra over ``quick_check``, 2.5× its time).
    No change on disk can break that without failing an HMAC, and a page-for-page copy cannot
    introduce it: it could only have been in the archive the backup copied, which Tools ▸ check
    database examines in full. SQLite releases the interpreter lock while a pragma runs, so the
    checks share the cores. *conn* is the owner's connection to *path*; the others open beside it.
    """
    first = conn
    with contextlib.suppress(sqlcipher3.Error):  # as cipher_problems does, before any reader starts
        first.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    guests: list[sqlcipher3.Connection] = []
    for _ in range(workers - 1):
        try:
            guests.append(open_encrypted(Path(path), credentials, create=False, owner=False))
        except (KnownError, sqlcipher3.Error, OSError):  # the owner's connection alone checks what it can
            break
    conns = [first, *guests]
    try:
        tasks: list[tuple[str, Callable[[sqlcipher3.Connection], list[str]]]] = [
            ("cipher", _page_problems),
            ("foreign_keys", foreign_key_problems),
        ]
        tasks += [("structure", partial(_table_structure, table=table)) for _size, table in _table_sizes(first)]
        pending = list(reversed(tasks))  # popped from the end: the HMAC check and the largest tables first
        found: dict[str, list[str]] = {"cipher": [], "structure": [], "foreign_keys": []}

        def work(worker: sqlcipher3.Connection) -> None:
            while True:
                try:
                    kind, check = pending.pop()
                except IndexError:
                    return
                found[kind].extend(check(worker))

        with ThreadPoolExecutor(len(conns)) as pool:
            for future in [pool.submit(work, c) for c in conns]:
                future.result()
        report = Report(found["cipher"], found["structure"])
        if not report.structure_problems and not report.cipher_problems:  # as in ``verify``
            report.foreign_key_problems = found["foreign_keys"]
            report.counts = counts(first)
        report.schema_version = int(first.execute("PRAGMA user_version").fetchone()[0])
        return report
    finally:
        for guest in guests:
            guest.close()


def _page_problems(conn: sqlcipher3.Connection) -> list[str]:
    """``cipher_problems`` without its checkpoint (done once, before the connections share the file)."""
    return [str(r[0]) for r in _rows(conn, "PRAGMA cipher_integrity_check")]


def _table_structure(conn: sqlcipher3.Connection, table: str) -> list[str]:
    rows = _rows(conn, f'PRAGMA quick_check("{table}")')
    return [str(r[0]) for r in rows if str(r[0]) != "ok"]


def check_at_open(conn: sqlcipher3.Connection, path: Path) -> None:
    """Raise ``IntegrityError`` naming the damage, or return when the file looks whole.

    Always: the file is as long as its header says (a truncated copy is caught here). Small
    files: every page's HMAC and the b-tree structure too.
    """
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    page_count = int(conn.execute("PRAGMA page_count").fetchone()[0])
    size = Path(path).stat().st_size
    wal = Path(f"{path}-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    if size + wal_size < page_count * page_size and size < page_count * page_size:
        raise IntegrityError([f"file has {size} bytes, header says {page_count} pages of {page_size}"])
    if size <= FULL_CHECK_AT_OPEN_MAX_BYTES:
        problems = cipher_problems(conn) + structure_problems(conn)
        if problems:
            raise IntegrityError(problems)
