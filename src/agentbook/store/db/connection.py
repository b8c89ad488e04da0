"""Opening SQLCipher database files safely.

SQLCipher has traps that silently lose data or privacy, each guarded here:
``PRAGMA key`` answers ok for a wrong key (we read ``sqlite_master`` at once); an empty key
creates a *plaintext* database (keys are built only from validated hex, passphrases must be
non-empty); a zero-length file opens as a fresh database (we refuse it as damage).
"""

from __future__ import annotations

import contextlib
import errno
import hmac
import os
import re
import shutil
from pathlib import Path

import sqlcipher3

from agentbook.private_files import private_folder, tighten, tighten_database
from agentbook.store.db.owner_lock import OwnerLock
from agentbook.store.errors import (
    DamagedFileError,
    DatabaseLockedError,
    DiskFullAtOpenError,
    DiskFullError,
    InvalidKeyError,
    KnownError,
    UnreadableFileError,
    WrongKeyError,
)

_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")
BUSY_TIMEOUT_MS = 2000
# A guest waits longer for the app's write to finish: it runs unattended (a scheduled backup).
GUEST_BUSY_TIMEOUT_MS = 30000
# Decrypted pages each connection keeps. A page read again from the cache skips the cipher: the
# query mix at 100,000 customers (a 1.1 GB file) took 2.5-3.0x the plain copy with 64 MiB and
# 1.0x with 256 MiB (its pages fit); 128 MiB still missed (2.1-2.3x).
CACHE_KIB = 256 * 1024
# Every read thread has a connection of its own (readers.py), and a many-core laptop runs many
# workers: SQLite's memory for the whole process stays near this, each cache recycling its own
# oldest pages instead of growing once it is reached. Two full caches fit under it.
SOFT_HEAP_LIMIT = 512 * 1024 * 1024

# sqlcipher3, like the sqlite3 module it comes from, binds exact str/int/float/bytes directly and
# asks every other parameter for ``__adapt__``/``__conform__`` first: for each NULL and each
# bool it fails two attribute lookups, 0.8 µs a value, and an import of 10,000 rows binds
# 140,000 NULLs. An adapter found in the registry answers in 0.1 µs and binds the same value
# (NULL; 0 or 1). The registry is the module's, so this holds for every connection it opens.
sqlcipher3.register_adapter(type(None), lambda value: value)
sqlcipher3.register_adapter(bool, int)


class _Secret:
    """Key material in one mutable buffer that ``wipe`` overwrites with zeros.

    Why a bytearray: Python strings are immutable and interned or copied at will, so a key held
    as ``str`` cannot be erased; a bytearray can. What Python cannot promise: every ``hex`` /
    ``text`` / ``pragma`` call makes a short-lived ``str`` copy (to talk to SQLCipher or the
    keyring), and the string the keyring or a text field handed us first; those are freed but not
    overwritten, and stay in the heap until the allocator reuses the memory. SQLCipher itself
    wipes its copy of the key when the connection closes (``cipher_memory_security``). So the
    guarantee is: no live object the store holds keeps the key after a lock, and the stray copies
    are as few and as short-lived as we can make them — not that no byte of it is left in RAM.
    """

    __slots__ = ("_buffer", "_wiped")

    def __init__(self, buffer: bytearray) -> None:
        self._buffer = buffer
        self._wiped = False

    def wipe(self) -> None:
        """Overwrite the buffer with zeros; the object is unusable afterwards."""
        for i in range(len(self._buffer)):
            self._buffer[i] = 0
        self._wiped = True

    @property
    def wiped(self) -> bool:
        return self._wiped

    def _bytes(self) -> bytearray:
        if self._wiped:
            raise InvalidKeyError("wiped")
        return self._buffer

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, _Secret)
        if self._wiped or other._wiped:
            return False
        return hmac.compare_digest(self._buffer, other._buffer)

    def __hash__(self) -> int:
        return hash(type(self))  # equal objects share it; no key-derived value leaves the object


class RawKey(_Secret):
    """A 256-bit key (given as 64 lower-case hex digits); opens the file with no KDF (fast start)."""

    __slots__ = ()

    def __init__(self, hex: str) -> None:
        if not isinstance(hex, str) or not _HEX_KEY.match(hex):
            raise InvalidKeyError()
        super().__init__(bytearray.fromhex(hex))

    @property
    def hex(self) -> str:
        """A transient string of the key, for SQLCipher and the keyring (see ``_Secret``)."""
        return self._bytes().hex()

    def copy(self) -> RawKey:
        return RawKey(self.hex)

    def pragma(self, name: str = "key") -> str:
        """``PRAGMA key`` (or ``rekey``, to change a database's key to this one)."""
        return f"PRAGMA {name} = \"x'{self.hex}'\""

    def __repr__(self) -> str:  # never print key material into logs or tracebacks
        return "RawKey(<hidden>)"


class Passphrase(_Secret):
    """A passphrase run through SQLCipher's own PBKDF2 (for machines without a keyring)."""

    __slots__ = ()

    def __init__(self, text: str) -> None:
        if not isinstance(text, str) or not text.strip():
            raise InvalidKeyError("empty passphrase")
        if "\x00" in text:
            raise InvalidKeyError("NUL in passphrase")
        super().__init__(bytearray(text.encode("utf-8")))

    @property
    def text(self) -> str:
        """A transient string of the passphrase (see ``_Secret``)."""
        return self._bytes().decode("utf-8")

    def copy(self) -> Passphrase:
        return Passphrase(self.text)

    def pragma(self, name: str = "key") -> str:
        return f"PRAGMA {name} = '" + self.text.replace("'", "''") + "'"

    def __repr__(self) -> str:
        return "Passphrase(<hidden>)"


Credentials = RawKey | Passphrase


class OwnedConnection(sqlcipher3.Connection):  # type: ignore[misc]  # sqlcipher3 ships no types
    """A connection that holds its archive's owner lock (``store.owner_lock``) until closed."""

    owner_lock: OwnerLock | None = None

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self.owner_lock is not None:
                self.owner_lock.release()


def lock_for_create(path: Path) -> OwnerLock:
    """The owner lock of an archive about to be created, its folder made private first."""
    private_folder(Path(path).parent)
    return OwnerLock(Path(path))


def open_encrypted(
    path: Path, credentials: Credentials, *, create: bool, owner: bool = True, held: OwnerLock | None = None
) -> sqlcipher3.Connection:
    """Open (or, with *create*, make) an encrypted database and prove the key right.

    An existing file is never re-initialised: with ``create`` it must not exist yet, without it
    it must exist and be non-empty. An *owner* (the app, a restore, anything that may write at
    will) takes the archive's owner lock and is refused with ``DatabaseLockedError`` while
    another owner holds it; ``owner=False`` opens beside a running owner (the scheduled backup,
    a key change proving its new key) and never changes the journal mode. *held* is an owner
    lock the caller took already (``lock_for_create``); the connection takes it over.
    """
    if not isinstance(credentials, RawKey | Passphrase):
        raise InvalidKeyError("no credentials")
    if create and not owner:
        raise KnownError("only an owner creates a database")
    path = Path(path)
    if create:
        private_folder(path.parent)
    # First, before the file is looked at: a second app is told "in use" at once, even while the
    # first is still creating or checking the file (it would look empty or short to the second).
    lock = held or (OwnerLock(path) if owner else None)
    try:
        if create:
            try:  # exclusive: two first starts at once must not both initialise one file
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            except FileExistsError as exc:  # with the lock held, nobody else is making it: refuse
                raise KnownError(f"refusing to create over existing file {path}") from exc
            os.close(fd)
            tighten(path)  # SQLCipher keys the empty file as new; SQLite gives -wal/-shm its mode
        else:
            _check_existing(path)
            if owner:
                tighten_database(path)
        if not create and Path(f"{path}-wal").exists():
            _verify_read_only(path, credentials)
        timeout = BUSY_TIMEOUT_MS if owner else GUEST_BUSY_TIMEOUT_MS
        conn = sqlcipher3.connect(
            str(path), timeout=timeout / 1000, check_same_thread=False, isolation_level=None, factory=OwnedConnection
        )
    except BaseException as exc:
        if lock is not None:
            lock.release()
        if isinstance(exc, sqlcipher3.Error | OSError | UnreadableFileError) and no_room(path):
            raise DiskFullAtOpenError(str(exc)) from exc
        if isinstance(exc, sqlcipher3.Error):
            raise UnreadableFileError(str(exc)) from exc
        raise
    conn.owner_lock = lock
    try:
        # Not SQLCipher's memory security (wiping and mlocking every allocation SQLite frees): in a
        # Python program the decrypted values live on as Python objects anyway, SQLCipher made it
        # off by default in 4.5.0, and it cost 3-6x on every large read (search p95 64 -> 10.6 ms,
        # Today 971 -> 295 ms at 100,000 customers). SQLCipher still wipes its key material when a
        # connection closes, and the idle lock closes every connection and drops the key.
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute(credentials.pragma())
        _verify_key(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        # Ordinary (not exclusive) WAL locking, so a reader such as the scheduled backup can open
        # the file while the app has it; the owner lock keeps out a second app.
        mode = conn.execute("PRAGMA journal_mode = WAL" if owner else "PRAGMA journal_mode").fetchone()[0]
        if mode.lower() != "wal":
            raise DatabaseLockedError(f"journal_mode stayed {mode}")
        conn.execute("PRAGMA temp_store = MEMORY")
        # Decrypted pages stay cached: repeat queries (paging, search as you type) skip the cipher.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute(f"PRAGMA soft_heap_limit = {SOFT_HEAP_LIMIT}")  # one limit for the process
        conn.execute("PRAGMA secure_delete = ON")
    except BaseException as exc:
        conn.close()
        if create and path.exists() and path.stat().st_size == 0:
            path.unlink()
        if isinstance(exc, UnreadableFileError | DiskFullError | sqlcipher3.OperationalError) and no_room(path):
            raise DiskFullAtOpenError(str(exc)) from exc
        raise
    return conn


# SQLite needs a little room beside the file to open it (the WAL and its 32 KiB index); a full
# disk then fails as "disk I/O error", which alone would read as damage or missing permissions.
ROOM_TO_OPEN = 1024 * 1024


def no_room(path: Path, needed: int = ROOM_TO_OPEN) -> bool:
    """True when the disk holding *path* has (almost) no free space left."""
    try:
        return shutil.disk_usage(Path(path).parent).free < needed
    except OSError:
        return False


def _check_existing(path: Path) -> None:
    """An existing database file must be there, readable and at least one page long."""
    if not path.exists():
        raise UnreadableFileError(f"{path} does not exist")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableFileError(str(exc)) from exc
    if size == 0:
        raise DamagedFileError("zero-length file")
    if size < 1024:
        raise DamagedFileError("file shorter than one page")
    try:
        with path.open("rb") as handle:
            handle.read(16)
    except OSError as exc:
        raise UnreadableFileError(str(exc)) from exc


def is_owner(conn: object) -> bool:
    """True for a connection holding its archive's owner lock (not a guest, not a locked stub)."""
    return getattr(conn, "owner_lock", None) is not None


def key_change_problem(path: Path, new: Credentials, old: Credentials) -> str:
    """ "" when fresh connections open *path* with *new* and no longer with *old*; else why not.

    A key change is only believed once proven this way: ``PRAGMA rekey`` answers ok even when a
    full disk kept it from changing anything. With the WAL checkpointed away every page of the
    file itself is checked under the new key too.
    """
    wal = Path(f"{path}-wal")
    every_page = not (wal.exists() and wal.stat().st_size > 0)
    try:
        _verify_read_only(path, new, every_page=every_page)
    except KnownError as exc:
        return f"the new key does not open the file: {exc.detail or exc}"
    try:
        _verify_read_only(path, old)
    except KnownError:
        return ""
    return "the old key still opens the file"


def _verify_read_only(path: Path, credentials: Credentials, *, every_page: bool = False) -> None:
    """Prove the key on a read-only connection before a read-write one touches the file.

    After a crash the committed writes sit in the ``-wal`` file. A read-write connection with a
    wrong key checkpoints that WAL into the database and deletes it when it closes, so the
    "unchanged" file would have changed; a read-only connection never writes the file or its WAL.
    With *every_page*, each page's HMAC in the file must verify under *credentials* as well.
    """
    shm = Path(f"{path}-shm")
    had_shm = shm.exists()
    try:
        probe = sqlcipher3.connect(
            path.resolve().as_uri() + "?mode=ro",
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
            isolation_level=None,
        )
    except sqlcipher3.Error as exc:
        raise UnreadableFileError(str(exc)) from exc
    try:
        probe.execute(credentials.pragma())
        _verify_key(probe)
        if every_page:
            failed = [str(r[0]) for r in probe.execute("PRAGMA cipher_integrity_check")]
            if failed:
                raise DamagedFileError("; ".join(failed[:5]))
    except sqlcipher3.Error as exc:
        known = translate_error(exc)
        raise (known if isinstance(known, KnownError) else DamagedFileError(str(exc))) from exc
    finally:
        probe.close()
        if not had_shm:  # the read-only WAL index it needed; the real connection keeps its own
            with contextlib.suppress(OSError):
                shm.unlink()


def _verify_key(conn: sqlcipher3.Connection) -> None:
    """Read the schema once: the only way SQLCipher tells a wrong key from a right one.

    A damaged first page fails the same way as a wrong key, so before saying "wrong key" we ask
    which pages fail their HMAC: with a wrong key every page does, with the right key only the
    damaged ones, which are then named (and the user is offered a backup, not a key prompt).
    """
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        known = translate_error(exc, wrong_key=True)
        if isinstance(known, WrongKeyError):
            damaged = _damaged_pages(conn)
            if damaged:
                raise DamagedFileError("; ".join(damaged[:5])) from exc
        raise known from exc


def _damaged_pages(conn: sqlcipher3.Connection) -> list[str]:
    """The failing pages when *some* pages verify under this key (damage), else [] (wrong key)."""
    try:
        failed = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        page_size = int(conn.execute("PRAGMA cipher_page_size").fetchone()[0])
        name = conn.execute("PRAGMA database_list").fetchone()[2]
        pages = Path(name).stat().st_size // page_size if name else 0
    except (sqlcipher3.Error, OSError, ValueError, TypeError):
        return []
    return failed if failed and len(failed) < pages else []


def translate_error(exc: BaseException, *, wrong_key: bool = False) -> KnownError | BaseException:
    """Map an SQLite error from the environment to the KnownError the user should see."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(str(exc))
    if "database or disk is full" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return DiskFullError(str(exc))
    if "not a database" in text or "file is encrypted" in text:
        return WrongKeyError(str(exc)) if wrong_key else DamagedFileError(str(exc))
    if "malformed" in text or "corrupt" in text:
        return DamagedFileError(str(exc))
    if "unable to open" in text or "disk i/o" in text or "readonly" in text:
        return UnreadableFileError(str(exc))
    return exc
