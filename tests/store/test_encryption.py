"""The database file on disk: encrypted, never re-initialised, and refused cleanly when wrong.

Every test uses a real SQLCipher file in a temp folder; nothing about the database is mocked.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from pathlib import Path

import pytest
import sqlcipher3

from agentbook.domain.clock import ManualClock
from agentbook.store.api import Store
from agentbook.store.db import connection
from agentbook.store.db.connection import CACHE_KIB, SOFT_HEAP_LIMIT, Passphrase, RawKey, open_encrypted
from agentbook.store.errors import (
    DamagedFileError,
    DatabaseLockedError,
    InvalidKeyError,
    KeyMissingError,
    KnownError,
    UnreadableFileError,
    WrongKeyError,
)
from agentbook.store.keys.memory_keyring import MemoryKeyring
from agentbook.store.keys.vault import SERVICE, KeyVault, entry_name, new_raw_key
from tests.archive_checks import SECRET_ID, add_secret_customer, all_bytes, sha256_of
from tests.conftest import TODAY
from tests.store_builders import person, resident_id

SQLITE_HEADER = b"SQLite format 3\x00"


NAME = "于曦桂"


ID_NUMBER = resident_id(male=False)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under *folder* with the hash of its bytes."""
    return {str(p.relative_to(folder)): digest(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def files_containing(folder: Path, needle: bytes) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def make_store(db_path: Path, vault: KeyVault) -> Store:
    return Store.open(db_path, vault, create=True, actor="测试经办人", clock=ManualClock(TODAY))


def closed_database(db_path: Path, vault: KeyVault) -> Path:
    """A database with one customer in it, closed again."""
    store = make_store(db_path, vault)
    store.customers.create(person(NAME, male=False, id_number=ID_NUMBER))
    store.close()
    return db_path


class TestNothingReadableOnDisk:
    def test_file_and_wal_have_no_sqlite_header_while_open(self, db_path: Path, vault: KeyVault) -> None:
        store = make_store(db_path, vault)
        try:
            store.customers.create(person(NAME, male=False, id_number=ID_NUMBER))
            wal = Path(f"{db_path}-wal")
            assert wal.exists() and wal.stat().st_size > 0, "WAL mode: the write should sit in the -wal file"
            for path in (db_path, wal):
                data = path.read_bytes()
                assert not data.startswith(SQLITE_HEADER), path
                assert SQLITE_HEADER not in data, path
        finally:
            store.close()

    def test_name_and_id_number_are_not_in_any_file(self, db_path: Path, vault: KeyVault) -> None:
        """Search the UTF-8 bytes of the name and ID in the db, its -wal and anything beside them,
        while the store is open and after it is closed."""
        store = make_store(db_path, vault)
        try:
            store.customers.create(person(NAME, male=False, id_number=ID_NUMBER, health_notes="高血压，规律服药"))
            store.backup_to(db_path.with_name("copy.db"))
            folder = db_path.parent
            assert {p.name for p in folder.iterdir()} >= {db_path.name, f"{db_path.name}-wal", "copy.db"}
            for needle in (NAME, ID_NUMBER, ID_NUMBER[-8:], "高血压"):
                assert files_containing(folder, needle.encode("utf-8")) == [], needle
        finally:
            store.close()
        for needle in (NAME, ID_NUMBER, "高血压"):
            assert files_containing(db_path.parent, needle.encode("utf-8")) == [], needle
        assert not db_path.read_bytes().startswith(SQLITE_HEADER)

    def test_plain_sqlite_cannot_read_the_file(self, db_path: Path, vault: KeyVault) -> None:
        closed_database(db_path, vault)
        plain = sqlite3.connect(db_path)
        try:
            with pytest.raises(sqlite3.DatabaseError, match="not a database"):
                plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            plain.close()

    def test_file_opens_with_the_raw_key_from_the_keyring(self, db_path: Path, vault: KeyVault) -> None:
        """The key in the keyring really is the database's raw key (no hidden second secret)."""
        closed_database(db_path, vault)
        hex_key = vault.load(db_path)
        assert hex_key is not None
        conn = sqlcipher3.connect(str(db_path))
        try:
            conn.execute(f"PRAGMA key = \"x'{hex_key.hex}'\"")
            assert conn.execute("SELECT name, id_number FROM customer").fetchall() == [(NAME, ID_NUMBER)]
        finally:
            conn.close()

    def test_connection_settings(self, store: Store) -> None:
        conn = store.db.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        # a large cache per connection, one bound on SQLite's memory for the whole process
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KIB
        assert conn.execute("PRAGMA soft_heap_limit").fetchone()[0] == SOFT_HEAP_LIMIT
        assert store.db.readers is not None
        reader_settings = store.db.readers.run(
            lambda c: (c.execute("PRAGMA cache_size").fetchone()[0], c.execute("PRAGMA soft_heap_limit").fetchone()[0])
        )
        assert reader_settings == (-CACHE_KIB, SOFT_HEAP_LIMIT)
        assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")


class TestRefusedKeys:
    @pytest.mark.parametrize(
        "text",
        [
            "",
            "0" * 63,
            "0" * 65,
            "g" * 64,
            "A" * 64,  # only lower-case hex is built into the key string
            " " + "0" * 63,
            "0" * 62 + "'\"",
            "x'" + "0" * 62,
        ],
    )
    def test_malformed_raw_key_is_refused(self, text: str) -> None:
        with pytest.raises(InvalidKeyError):
            RawKey(text)

    @pytest.mark.parametrize("text", ["", "   ", "\t\n", "abc\x00def"])
    def test_empty_passphrase_is_refused(self, text: str) -> None:
        with pytest.raises(InvalidKeyError):
            Passphrase(text)

    @pytest.mark.parametrize("credentials", [None, "", "0" * 64, b"\x00" * 32])
    def test_open_refuses_anything_but_checked_credentials(self, tmp_path: Path, credentials: object) -> None:
        """No key string is ever built from unchecked input, so no plaintext file can appear."""
        path = tmp_path / "plain.db"
        with pytest.raises(InvalidKeyError):
            open_encrypted(path, credentials, create=True)  # type: ignore[arg-type]
        assert list(tmp_path.iterdir()) == []

    def test_store_refuses_an_empty_passphrase_and_leaves_no_file(self, db_path: Path, vault: KeyVault) -> None:
        with pytest.raises(InvalidKeyError):
            Store.open(db_path, vault, create=True, passphrase="")
        assert not db_path.exists()
        assert not db_path.parent.exists() or list(db_path.parent.iterdir()) == []

    def test_key_repr_hides_the_secret(self) -> None:
        key = new_raw_key()
        assert key.hex not in repr(key)
        assert "geheim" not in repr(Passphrase("geheim"))


class TestDamagedFiles:
    def test_zero_length_file_is_refused_and_left_alone(self, db_path: Path, vault: KeyVault) -> None:
        db_path.parent.mkdir(parents=True)
        db_path.touch()
        vault.store(db_path, new_raw_key())
        with pytest.raises(DamagedFileError):
            Store.open(db_path, vault, create=True)
        with pytest.raises(DamagedFileError):
            open_encrypted(db_path, vault.load(db_path), create=False)  # type: ignore[arg-type]
        assert db_path.stat().st_size == 0
        assert [p.name for p in db_path.parent.iterdir()] == [db_path.name]

    def test_file_shorter_than_a_page_is_refused(self, db_path: Path) -> None:
        db_path.parent.mkdir(parents=True)
        db_path.write_bytes(b"\x01" * 100)
        with pytest.raises(DamagedFileError):
            open_encrypted(db_path, new_raw_key(), create=False)
        assert db_path.read_bytes() == b"\x01" * 100

    def test_missing_file_without_create(self, db_path: Path, vault: KeyVault) -> None:
        with pytest.raises(UnreadableFileError):
            Store.open(db_path, vault)
        with pytest.raises(UnreadableFileError):
            open_encrypted(db_path, new_raw_key(), create=False)
        assert not db_path.exists()

    def test_create_over_an_existing_file_is_refused(self, db_path: Path, vault: KeyVault) -> None:
        closed_database(db_path, vault)
        before = digest(db_path)
        with pytest.raises(KnownError):
            open_encrypted(db_path, vault.load(db_path), create=True)  # type: ignore[arg-type]
        assert digest(db_path) == before

    def test_plaintext_sqlite_file_is_not_opened(self, db_path: Path) -> None:
        db_path.parent.mkdir(parents=True)
        plain = sqlite3.connect(db_path)
        plain.execute("CREATE TABLE t (x)")
        plain.execute("INSERT INTO t VALUES (randomblob(5000))")
        plain.commit()
        plain.close()
        before = folder_state(db_path.parent)
        with pytest.raises(WrongKeyError):
            open_encrypted(db_path, new_raw_key(), create=False)
        assert folder_state(db_path.parent) == before


class TestWrongKey:
    def test_wrong_raw_key_fails_and_file_is_unchanged(self, db_path: Path, vault: KeyVault) -> None:
        closed_database(db_path, vault)
        before = folder_state(db_path.parent)
        with pytest.raises(WrongKeyError):
            open_encrypted(db_path, new_raw_key(), create=False)
        with pytest.raises(WrongKeyError):
            Store.open(db_path, vault, credentials=new_raw_key())
        assert folder_state(db_path.parent) == before

    def test_wrong_key_in_the_keyring(self, db_path: Path, vault: KeyVault, memory_keyring: MemoryKeyring) -> None:
        closed_database(db_path, vault)
        before = folder_state(db_path.parent)
        memory_keyring.set_password(SERVICE, entry_name(db_path), new_raw_key().hex)
        with pytest.raises(WrongKeyError):
            Store.open(db_path, vault, create=True)
        assert folder_state(db_path.parent) == before

    def test_passphrase_instead_of_raw_key(self, db_path: Path, vault: KeyVault) -> None:
        closed_database(db_path, vault)
        before = digest(db_path)
        with pytest.raises(WrongKeyError):
            Store.open(db_path, vault, passphrase="我的口令")
        assert digest(db_path) == before

    def test_right_key_still_opens_afterwards(self, db_path: Path, vault: KeyVault) -> None:
        closed_database(db_path, vault)
        with pytest.raises(WrongKeyError):
            open_encrypted(db_path, new_raw_key(), create=False)
        store = Store.open(db_path, vault)
        try:
            assert [c.name for c in store.customers.find("1")] == [NAME]
        finally:
            store.close()


class TestMissingKey:
    def test_existing_file_without_keyring_entry_is_never_reinitialised(self, db_path: Path, vault: KeyVault) -> None:
        closed_database(db_path, vault)
        vault.forget(db_path)
        before = folder_state(db_path.parent)
        for create in (False, True):
            with pytest.raises(KeyMissingError):
                Store.open(db_path, vault, create=create)
        assert vault.load(db_path) is None, "no new key may be stored for an existing file"
        assert folder_state(db_path.parent) == before

    def test_other_databases_key_does_not_open_it(self, tmp_path: Path, vault: KeyVault) -> None:
        first = closed_database(tmp_path / "a" / "agentbook.db", vault)
        second = tmp_path / "b" / "agentbook.db"
        make_store(second, vault).close()
        assert vault.load(first) != vault.load(second)
        with pytest.raises(WrongKeyError):
            open_encrypted(first, vault.load(second), create=False)  # type: ignore[arg-type]


class TestLocking:
    @pytest.fixture(autouse=True)
    def _short_busy_timeout(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The second opener waits BUSY_TIMEOUT_MS for the lock; keep the suite fast."""
        monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)

    def test_second_open_fails_with_database_locked(self, db_path: Path, vault: KeyVault) -> None:
        closed_database(db_path, vault)
        first = Store.open(db_path, vault)
        try:
            started = time.monotonic()
            with pytest.raises(DatabaseLockedError):
                Store.open(db_path, vault)
            assert time.monotonic() - started < 10
            # The first store is unaffected.
            assert first.customers.count() == 1
        finally:
            first.close()
        again = Store.open(db_path, vault)
        again.close()

    def test_second_raw_connection_cannot_read_either(self, db_path: Path, vault: KeyVault) -> None:
        closed_database(db_path, vault)
        first = Store.open(db_path, vault)
        try:
            with pytest.raises(DatabaseLockedError):
                open_encrypted(db_path, vault.load(db_path), create=False)  # type: ignore[arg-type]
        finally:
            first.close()


class TestCrashRecovery:
    def test_committed_writes_survive_a_crash(self, db_path: Path, vault: KeyVault, tmp_path: Path) -> None:
        """Copy the file and its -wal while the store is open (what a power cut leaves behind):
        the copy opens with the same key and holds every committed write, still encrypted."""
        store = make_store(db_path, vault)
        try:
            store.customers.create(person(NAME, male=False, id_number=ID_NUMBER))
            crashed = tmp_path / "crashed" / "agentbook.db"
            crashed.parent.mkdir()
            crashed.write_bytes(db_path.read_bytes())
            Path(f"{crashed}-wal").write_bytes(Path(f"{db_path}-wal").read_bytes())
        finally:
            store.close()
        before = folder_state(crashed.parent)
        with pytest.raises(WrongKeyError):
            open_encrypted(crashed, new_raw_key(), create=False)
        assert folder_state(crashed.parent) == before, "a wrong key must not replay or drop the WAL"
        recovered = Store.open(crashed, credentials=vault.load(db_path))
        try:
            assert [c.name for c in recovered.customers.find("1")] == [NAME]
            assert recovered.verify_audit_chain() is None
        finally:
            recovered.close()
        assert files_containing(crashed.parent, NAME.encode()) == []


def test_file_and_wal_hold_no_plaintext(store, db_path):
    add_secret_customer(store)
    wal = Path(str(db_path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # committed pages still in the WAL
    for path, data in all_bytes(db_path.parent).items():
        assert not data.startswith(b"SQLite format 3"), path
        for secret in (NAME.encode(), SECRET_ID.encode(), b"13812345678"):
            assert secret not in data, (path, secret)
    store.close()
    assert not db_path.read_bytes().startswith(b"SQLite format 3")  # also after the final checkpoint


@pytest.mark.parametrize("bad", ["", "zz" * 32, "ab" * 31, "AB" * 32 + "'; --", None])
def test_empty_or_malformed_keys_are_refused_and_no_file_appears(tmp_path, bad):
    with pytest.raises(InvalidKeyError):
        open_encrypted(tmp_path / "x.db", RawKey(bad), create=True)
    assert list(tmp_path.iterdir()) == []


def test_empty_passphrase_is_refused(tmp_path):
    with pytest.raises(InvalidKeyError):
        Passphrase("   ")
    assert list(tmp_path.iterdir()) == []


def test_zero_length_file_is_damage_not_a_fresh_start(db_path, vault, memory_keyring):
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    memory_keyring.set_password(SERVICE, entry_name(db_path), "ab" * 32)
    with pytest.raises(DamagedFileError):
        Store.open(db_path, vault, create=True)
    assert db_path.stat().st_size == 0
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_wrong_key_fails_cleanly_and_leaves_the_file_unchanged(store, db_path):
    add_secret_customer(store)
    store.close()
    before = sha256_of(db_path)
    with pytest.raises(WrongKeyError):
        open_encrypted(db_path, RawKey("cd" * 32), create=False)
    with pytest.raises(WrongKeyError):
        open_encrypted(db_path, Passphrase("not the passphrase"), create=False)
    assert sha256_of(db_path) == before


def test_second_open_while_in_use_is_told_locked(store, db_path):
    with pytest.raises(DatabaseLockedError):
        open_encrypted(db_path, store.db.credentials, create=False)


def test_missing_file_without_create_is_an_error(db_path, vault):
    with pytest.raises(UnreadableFileError):
        Store.open(db_path, vault)
    assert not db_path.exists()
