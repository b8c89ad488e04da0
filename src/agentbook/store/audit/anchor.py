"""The audit chain's head written down outside the archive, so a shortened log is noticed.

The hash chain proves that no entry was changed and none removed from the middle; it cannot
notice the newest entries cut off, nor a chain recomputed from scratch, by someone holding the
key and a raw connection — what is left is a perfect chain. So the head (number of entries, id
and hash of the newest) is kept where the file is not:

* keyring mode: a second keyring entry beside the key (``<archive path>#audit-head``);
* passphrase mode (no keyring): a small file in the user's data folder, not beside the archive.
  It is plain JSON, deliberately not authenticated with anything derived from the passphrase
  (that would hand out a fast passphrase-guessing oracle). It catches a log cut short in a copy
  of the archive or by someone without this user's profile; someone who can write the profile as
  well can rewind both together.

Writing on every commit would mean a keyring call per row; the head is written at close, at the
idle lock, after each backup and restore, and after every ``EVERY_COMMITS`` commits or
``EVERY_SECONDS`` seconds, whichever comes first (checked at commit). So the entries of the last
window before a crash (at most that many commits or that long) are not yet anchored: cutting
exactly those goes unnoticed. Anything that reaches back past the anchor is reported.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import sqlcipher3

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.paths import data_dir
from agentbook.private_files import private_file, private_folder
from agentbook.store.audit.log import GENESIS
from agentbook.store.errors import KnownError

EVERY_COMMITS = 20
EVERY_SECONDS = 120.0
ANCHOR_SUFFIX = "#audit-head"


@dataclass(frozen=True, slots=True)
class Anchor:
    count: int  # entries up to and including last_id
    last_id: int
    head: str  # hash of entry last_id

    def to_json(self) -> str:
        return json.dumps({"v": 1, "count": self.count, "id": self.last_id, "head": self.head})

    @classmethod
    def from_json(cls, text: str | None) -> Anchor | None:
        if not text:
            return None
        try:
            data = json.loads(text)
            return cls(int(data["count"]), int(data["id"]), str(data["head"]))
        except (ValueError, KeyError, TypeError):
            return None


class AnchorPlace(Protocol):
    def load(self) -> Anchor | None: ...
    def save(self, anchor: Anchor) -> None: ...
    def forget(self) -> None: ...


class KeyringAnchor:
    """The head in a second keyring entry beside the key."""

    def __init__(self, vault: object, db_path: Path) -> None:
        self._vault = vault
        self._path = Path(db_path)

    def load(self) -> Anchor | None:
        return Anchor.from_json(self._vault.load_text(self._path, ANCHOR_SUFFIX))  # type: ignore[attr-defined]

    def save(self, anchor: Anchor) -> None:
        self._vault.store_text(self._path, ANCHOR_SUFFIX, anchor.to_json())  # type: ignore[attr-defined]

    def forget(self) -> None:
        self._vault.forget_text(self._path, ANCHOR_SUFFIX)  # type: ignore[attr-defined]


class FileAnchor:
    """Passphrase mode: the head in the user's data folder (see the module docstring's limits)."""

    def __init__(self, db_path: Path, folder: Path | None = None) -> None:
        name = hashlib.sha256(str(Path(db_path).expanduser().resolve()).encode("utf-8")).hexdigest()[:32]
        self.file = (folder or data_dir() / "audit-heads") / f"{name}.json"

    def load(self) -> Anchor | None:
        try:
            return Anchor.from_json(self.file.read_text("utf-8"))
        except OSError:
            return None

    def save(self, anchor: Anchor) -> None:
        private_folder(self.file.parent)
        tmp = private_file(self.file.with_name(self.file.name + ".tmp"))
        tmp.write_text(anchor.to_json(), "utf-8")
        tmp.replace(self.file)

    def forget(self) -> None:
        self.file.unlink(missing_ok=True)


def place_for(vault: object, db_path: Path, *, passphrase_mode: bool) -> AnchorPlace:
    return FileAnchor(db_path) if passphrase_mode else KeyringAnchor(vault, db_path)


def read_head(conn: sqlcipher3.Connection) -> Anchor:
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return Anchor(0, 0, GENESIS)
    (count,) = conn.execute("SELECT count(*) FROM audit_log").fetchone()
    return Anchor(int(count), int(row[0]), str(row[1]))


@dataclass(frozen=True, slots=True)
class Truncation:
    """The log no longer reaches the anchored head: entries were cut off or the chain rewritten."""

    anchored: Anchor
    found: int  # entries in the file now
    first_missing: int  # the first anchored entry that is gone or no longer the same

    message = QT_TRANSLATE_NOOP(
        "store", "操作日志被截短或重写：上次记下 {0} 条（最新为第 {1} 条），现在共 {2} 条，从第 {3} 条起缺失或不同。"
    )

    def describe(self) -> str:
        return self.message.format(self.anchored.count, self.anchored.last_id, self.found, self.first_missing)


# The entries up to the anchored one: all of them less those after it. Counted as ``id <= ?``
# SQLite walks the log's own rows, sealed details and all: every page of the log decrypted at each
# opening (226 ms for 154,000 entries); the whole count reads its narrowest index instead (14 ms),
# and the entries after the anchor are the few written since.
UPTO_SQL = "SELECT (SELECT count(*) FROM audit_log) - (SELECT count(*) FROM audit_log WHERE id > ?)"


def check(conn: sqlcipher3.Connection, anchor: Anchor | None) -> Truncation | None:
    """Does the log still hold the anchored head, with as many entries up to it as then?"""
    if anchor is None or anchor.count == 0:
        return None
    row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (anchor.last_id,)).fetchone()
    (upto,) = conn.execute(UPTO_SQL, (anchor.last_id,)).fetchone()
    if row is not None and row[0] == anchor.head and int(upto) == anchor.count:
        return None
    (total,) = conn.execute("SELECT count(*) FROM audit_log").fetchone()
    gap = conn.execute(
        "SELECT min(a.id) + 1 FROM audit_log a WHERE a.id < ? AND NOT EXISTS"
        " (SELECT 1 FROM audit_log b WHERE b.id = a.id + 1)",
        (anchor.last_id,),
    ).fetchone()
    first = conn.execute("SELECT min(id) FROM audit_log").fetchone()[0]
    if first is None or first > 1:
        missing = 1
    elif gap[0] is not None:
        missing = int(gap[0])
    else:  # every id is there: the entries themselves were rewritten; name the anchored head
        missing = anchor.last_id
    return Truncation(anchor, int(total), missing)


class AnchorKeeper:
    """Writes the head to its place now and then (see the module docstring for the window)."""

    def __init__(self, place: AnchorPlace) -> None:
        self.place = place
        self._commits = 0
        self._since = time.monotonic()
        # What the file looked like when it opened, before this session appended anything: new
        # entries reuse the ids of cut ones, which would blur where the cut began.
        self.at_open: Truncation | None = None

    def opened(self, conn: sqlcipher3.Connection) -> None:
        with contextlib.suppress(KnownError, OSError, sqlcipher3.Error):
            self.at_open = check(conn, self.place.load())

    def committed(self, conn: sqlcipher3.Connection) -> None:
        self._commits += 1
        if self._commits >= EVERY_COMMITS or time.monotonic() - self._since >= EVERY_SECONDS:
            self.write(conn)

    def write(self, conn: sqlcipher3.Connection) -> Anchor | None:
        """Write the head now; a keyring that refuses never fails the write that got us here."""
        self._commits = 0
        self._since = time.monotonic()
        try:
            anchor = read_head(conn)
        except sqlcipher3.Error:
            return None
        # A head that no longer reaches the anchored one is not silently blessed: the next
        # verification must still see the gap, so only a head that continues it is written.
        with contextlib.suppress(KnownError, OSError):
            if check(conn, self.place.load()) is None:
                self.place.save(anchor)
                return anchor
        return None

    def reset(self, conn: sqlcipher3.Connection) -> None:
        """After a restore the file holds another (older) chain: anchor that one from now on."""
        self.at_open = None
        with contextlib.suppress(KnownError, OSError):
            self.place.save(read_head(conn))

    def reset_to(self, anchor: Anchor | None) -> None:
        """Before a restore swaps files: anchor the incoming chain, so a crash right after the swap
        is not taken for a log cut short. Until the swap the old file still reaches this head
        (a backup's chain is the start of the live one), so a crash before it is not either."""
        self.at_open = None
        if anchor is not None:
            with contextlib.suppress(KnownError, OSError):
                self.place.save(anchor)

    def check(self, conn: sqlcipher3.Connection) -> Truncation | None:
        with contextlib.suppress(KnownError, OSError):
            return check(conn, self.place.load()) and (self.at_open or check(conn, self.place.load()))
        return None


def forget_audit_head(vault: object, db_path: Path) -> None:
    """Drop the anchored head of *db_path* in both places (after a restore outside a session)."""
    for place in (KeyringAnchor(vault, db_path), FileAnchor(db_path)):
        with contextlib.suppress(KnownError, OSError):
            place.forget()


def keeper(vault: object, db_path: Path, credentials: object, conn: sqlcipher3.Connection) -> AnchorKeeper:
    """The keeper of an archive just opened with *credentials* (a ``Passphrase``: no keyring)."""
    from agentbook.store.db.connection import Passphrase

    kept = AnchorKeeper(place_for(vault, db_path, passphrase_mode=isinstance(credentials, Passphrase)))
    kept.opened(conn)
    return kept


@dataclass(frozen=True, slots=True)
class AuditVerdict:
    """What "校验完整性" found: a changed entry, a log cut short against the anchor, or neither."""

    broken_at: int | None
    truncation: Truncation | None
    entries: int

    @property
    def ok(self) -> bool:
        return self.broken_at is None and self.truncation is None

    @property
    def first_bad(self) -> int | None:
        """The first entry to distrust: the first changed one, else the first one cut off."""
        if self.broken_at is not None:
            return self.broken_at
        return self.truncation.first_missing if self.truncation else None
