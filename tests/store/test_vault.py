"""The key vault: a raw key in the OS keyring, or a passphrase where no keyring exists.

Unit tests use ``MemoryKeyring`` (a real ``KeyringBackend`` held in memory); the passphrase tests
run under ``keyring.backends.fail.Keyring``, the backend python-keyring picks on headless Linux.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import keyring.errors
import pytest
from keyring.backends import fail

from agentbook.domain.clock import ManualClock
from agentbook.store.api import Store
from agentbook.store.audit.anchor import ANCHOR_SUFFIX
from agentbook.store.db.connection import Passphrase, RawKey
from agentbook.store.errors import (
    InvalidKeyError,
    KeyMissingError,
    KeyringLockedError,
    KeyringUnavailableError,
    PassphraseRequiredError,
    WrongKeyError,
)
from agentbook.store.keys.memory_keyring import MemoryKeyring
from agentbook.store.keys.vault import PASSPHRASE_ENV, SERVICE, KeyVault, entry_name
from tests.archive_checks import SECRET_NAME as NAME
from tests.archive_checks import add_secret_customer, all_bytes, sha256_of
from tests.conftest import TODAY
from tests.store_builders import person

PASSPHRASE = "长城-Zebra-7781-口令"


def open_store(path: Path, vault: KeyVault, **kwargs: object) -> Store:
    return Store.open(path, vault, actor="测试经办人", clock=ManualClock(TODAY), **kwargs)  # type: ignore[arg-type]


def files_under(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.rglob("*") if p.is_file()]


def key_entries(keyring_backend: MemoryKeyring) -> dict[tuple[str, str], str]:
    """The key entries only (the audit chain's head is kept beside them, ``store.audit_anchor``)."""
    return {k: v for k, v in keyring_backend.secrets.items() if not k[1].endswith(ANCHOR_SUFFIX)}


def assert_secret_nowhere(secrets: list[bytes], *folders: Path) -> None:
    """No file under *folders* contains any of *secrets*."""
    files = files_under(*folders)
    assert files, "expected at least the database file"
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            assert secret not in data, f"key material found in {path}"


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


class BrokenKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.InitError("dbus gone")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("refused")


class UnusableKeyring(MemoryKeyring):
    priority = 0  # type: ignore[assignment]


@pytest.fixture
def no_keyring() -> Iterator[KeyVault]:
    """The process-wide keyring as on headless Linux: ``fail.Keyring`` from PYTHON_KEYRING_BACKEND."""
    previous = keyring.get_keyring()
    assert os.environ["PYTHON_KEYRING_BACKEND"] == "keyring.backends.fail.Keyring"
    keyring.core.init_backend()
    assert isinstance(keyring.get_keyring(), fail.Keyring)
    yield KeyVault()
    keyring.set_keyring(previous)


class TestKeyringPath:
    def test_first_run_creates_and_stores_a_key(
        self, db_path: Path, vault: KeyVault, memory_keyring: MemoryKeyring
    ) -> None:
        store = open_store(db_path, vault, create=True)
        store.close()
        assert list(key_entries(memory_keyring)) == [(SERVICE, str(db_path.resolve()))]
        secret = memory_keyring.secrets[(SERVICE, str(db_path.resolve()))]
        assert re.fullmatch(r"[0-9a-f]{64}", secret)
        assert isinstance(store.db.credentials, RawKey)
        assert store.db.credentials.hex == secret

    def test_entry_is_the_absolute_path_whatever_the_working_dir(
        self, tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.chdir(tmp_path)
        vault = KeyVault(memory_keyring)
        open_store(Path("rel") / "agentbook.db", vault, create=True).close()
        expected = str((tmp_path / "rel" / "agentbook.db").resolve())
        assert [user for _, user in key_entries(memory_keyring)] == [expected]
        assert Path(expected).is_absolute()
        monkeypatch.chdir(tmp_path / "rel")
        assert vault.load(Path("agentbook.db")) is not None
        assert entry_name(Path("agentbook.db")) == expected

    def test_reopen_uses_the_stored_key(self, db_path: Path, vault: KeyVault, memory_keyring: MemoryKeyring) -> None:
        store = open_store(db_path, vault, create=True)
        store.customers.create(person("张三"))
        store.close()
        stored = key_entries(memory_keyring)
        again = open_store(db_path, vault)
        try:
            assert [c.name for c in again.customers.find("1")] == ["张三"]
        finally:
            again.close()
        assert key_entries(memory_keyring) == stored, "reopening must not replace the key"

    def test_each_database_gets_its_own_key(
        self, tmp_path: Path, vault: KeyVault, memory_keyring: MemoryKeyring
    ) -> None:
        for name in ("a.db", "b.db"):
            open_store(tmp_path / name, vault, create=True).close()
        assert len(set(key_entries(memory_keyring).values())) == 2

    def test_missing_entry_for_existing_file(self, db_path: Path, vault: KeyVault) -> None:
        open_store(db_path, vault, create=True).close()
        vault.forget(db_path)
        with pytest.raises(KeyMissingError) as info:
            vault.credentials_for(db_path, creating=False)
        assert str(db_path.resolve()) in info.value.detail

    def test_locked_keyring(self, db_path: Path) -> None:
        vault = KeyVault(LockedKeyring())
        with pytest.raises(KeyringLockedError):
            open_store(db_path, vault, create=True)
        assert not db_path.exists()

    def test_broken_keyring(self, db_path: Path) -> None:
        vault = KeyVault(BrokenKeyring())
        with pytest.raises(KeyringUnavailableError):
            vault.load(db_path)
        with pytest.raises(KeyringUnavailableError):
            open_store(db_path, vault, create=True)
        assert not db_path.exists()

    def test_key_not_stored_when_the_file_cannot_be_created(self, tmp_path: Path, vault: KeyVault) -> None:
        """A failed first run leaves no orphan key behind."""
        blocker = tmp_path / "not-a-dir"
        blocker.write_text("x")
        with pytest.raises(OSError):
            open_store(blocker / "agentbook.db", vault, create=True)
        assert vault.load(blocker / "agentbook.db") is None

    def test_info_names_the_backend(self, vault: KeyVault) -> None:
        info = vault.info()
        assert info.backend_name.endswith("MemoryKeyring")
        assert info.is_system_store

    def test_backend_with_no_priority_counts_as_none(self) -> None:
        vault = KeyVault(UnusableKeyring())
        assert not vault.has_backend()
        assert not vault.info().is_system_store

    def test_no_key_material_in_any_file(self, db_path: Path, vault: KeyVault, memory_keyring: MemoryKeyring) -> None:
        store = open_store(db_path, vault, create=True)
        store.customers.create(person("张三"))
        store.backup_to(db_path.with_name("backup.db"))
        store.close()
        (hex_key,) = key_entries(memory_keyring).values()
        secrets = [hex_key.encode(), hex_key.upper().encode(), bytes.fromhex(hex_key)]
        assert_secret_nowhere(secrets, db_path.parent, Path(os.environ["HOME"]))


class TestPassphrasePath:
    def test_no_backend_is_detected(self, no_keyring: KeyVault) -> None:
        assert not no_keyring.has_backend()
        assert not no_keyring.info().is_system_store
        with pytest.raises(KeyringUnavailableError):
            no_keyring.load(Path("x.db"))

    def test_passphrase_required_without_env(self, db_path: Path, no_keyring: KeyVault) -> None:
        with pytest.raises(PassphraseRequiredError):
            open_store(db_path, no_keyring, create=True)
        assert not db_path.exists()

    def test_blank_env_passphrase_is_not_a_passphrase(
        self, db_path: Path, no_keyring: KeyVault, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv(PASSPHRASE_ENV, "")
        with pytest.raises(PassphraseRequiredError):
            open_store(db_path, no_keyring, create=True)
        monkeypatch.setenv(PASSPHRASE_ENV, "   ")
        with pytest.raises(InvalidKeyError):
            open_store(db_path, no_keyring, create=True)
        assert not db_path.exists()

    def test_env_passphrase_creates_and_reopens(
        self, db_path: Path, no_keyring: KeyVault, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
        store = open_store(db_path, no_keyring, create=True)
        assert isinstance(store.db.credentials, Passphrase)
        store.customers.create(person("李四"))
        # SQLCipher's own KDF keys the file, not a raw key.
        assert int(store.db.conn.execute("PRAGMA kdf_iter").fetchone()[0]) >= 256_000
        store.close()
        assert PASSPHRASE_ENV not in os.environ  # read once, then removed from the environment

        monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
        again = open_store(db_path, no_keyring)
        try:
            assert [c.name for c in again.customers.find("1")] == ["李四"]
        finally:
            again.close()
        assert PASSPHRASE_ENV not in os.environ  # consumed by the open above
        with pytest.raises(PassphraseRequiredError):
            open_store(db_path, no_keyring)
        explicit = open_store(db_path, no_keyring, passphrase=PASSPHRASE)
        explicit.close()

    def test_wrong_passphrase_fails_cleanly(
        self, db_path: Path, no_keyring: KeyVault, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
        open_store(db_path, no_keyring, create=True).close()
        before = {p.name: p.read_bytes() for p in db_path.parent.iterdir()}
        monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE + "x")
        with pytest.raises(WrongKeyError):
            open_store(db_path, no_keyring)
        with pytest.raises(WrongKeyError):
            open_store(db_path, no_keyring, passphrase="password")
        assert {p.name: p.read_bytes() for p in db_path.parent.iterdir()} == before

    def test_no_key_material_in_any_file(
        self, tmp_path: Path, db_path: Path, no_keyring: KeyVault, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Scan every file under the temp dir and HOME for the passphrase."""
        monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
        store = open_store(db_path, no_keyring, create=True)
        store.customers.create(person("王五"))
        store.db.set_setting("archive_no_pattern", "KH{year}{seq:06d}")
        store.backup_to(db_path.with_name("backup.db"))
        store.close()
        monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
        open_store(db_path, no_keyring).close()
        secrets = [PASSPHRASE.encode("utf-8"), PASSPHRASE.encode("utf-16-le"), b"Zebra-7781"]
        assert_secret_nowhere(secrets, tmp_path, Path(os.environ["HOME"]))


def test_key_is_created_and_kept_in_the_keyring(db_path, vault, memory_keyring):
    store = Store.open(db_path, vault, create=True)
    store.close()
    key = memory_keyring.secrets[(SERVICE, entry_name(db_path))]
    assert len(key) == 64 and int(key, 16)
    again = Store.open(db_path, vault)  # later runs fetch the key: no prompt, no new key
    assert memory_keyring.secrets[(SERVICE, entry_name(db_path))] == key
    again.close()


def test_missing_keyring_entry_never_reinitialises_the_file(store, db_path, vault, memory_keyring):
    add_secret_customer(store)
    store.close()
    before = sha256_of(db_path)
    memory_keyring.secrets.clear()  # a new laptop, a reinstalled OS
    with pytest.raises(KeyMissingError):
        Store.open(db_path, vault, create=True)
    assert sha256_of(db_path) == before
    assert memory_keyring.secrets == {}  # and no new key was minted for it


def test_no_keyring_backend_takes_the_passphrase_path(db_path, monkeypatch, tmp_path):
    keyring.set_keyring(fail.Keyring())
    vault = KeyVault()
    assert not vault.has_backend()
    with pytest.raises(PassphraseRequiredError):
        Store.open(db_path, vault, create=True)
    assert not db_path.exists()
    secret = "correct horse battery staple"
    monkeypatch.setenv("AGENTBOOK_PASSPHRASE", secret)
    store = Store.open(db_path, vault, create=True)
    add_secret_customer(store)
    store.close()
    monkeypatch.setenv("AGENTBOOK_PASSPHRASE", "a wrong passphrase")
    with pytest.raises(WrongKeyError):
        Store.open(db_path, vault)
    monkeypatch.setenv("AGENTBOOK_PASSPHRASE", secret)
    reopened = Store.open(db_path, vault)
    assert reopened.search(NAME)[0].name == NAME
    reopened.close()
    home = Path.home()
    for folder in {tmp_path, home}:
        for path, data in all_bytes(folder).items():
            assert secret.encode() not in data, path
