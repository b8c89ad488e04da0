"""The encrypted file and its key: nothing readable on disk, every wrong door closed cleanly."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from agentbook.domain import enums as E
from agentbook.domain.idnumbers import make_resident_id
from agentbook.domain.models import Customer
from agentbook.store.api import Store
from agentbook.store.connection import Passphrase, RawKey, open_encrypted
from agentbook.store.errors import (
    DamagedFileError,
    DatabaseLockedError,
    InvalidKeyError,
    KeyMissingError,
    PassphraseRequiredError,
    UnreadableFileError,
    WrongKeyError,
)
from agentbook.store.migrations import LATEST_VERSION
from agentbook.store.vault import SERVICE, KeyVault, entry_name

NAME = "于曦桂"
ID_NUMBER = make_resident_id("110105", date(1985, 3, 14), 124)


def _add_secret_customer(store: Store) -> None:
    store.customers.create(
        Customer(
            name=NAME, gender=E.Gender.FEMALE, id_type=E.IdType.RESIDENT_ID, id_number=ID_NUMBER, mobile="13812345678"
        )
    )


def _all_bytes(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_file_and_wal_hold_no_plaintext(store, db_path):
    _add_secret_customer(store)
    wal = Path(str(db_path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # committed pages still in the WAL
    for path, data in _all_bytes(db_path.parent).items():
        assert not data.startswith(b"SQLite format 3"), path
        for secret in (NAME.encode(), ID_NUMBER.encode(), b"13812345678"):
            assert secret not in data, (path, secret)
    store.close()
    assert not db_path.read_bytes().startswith(b"SQLite format 3")  # also after the final checkpoint


def test_key_is_created_and_kept_in_the_keyring(db_path, vault, memory_keyring):
    store = Store.open(db_path, vault, create=True)
    store.close()
    key = memory_keyring.secrets[(SERVICE, entry_name(db_path))]
    assert len(key) == 64 and int(key, 16)
    again = Store.open(db_path, vault)  # later runs fetch the key: no prompt, no new key
    assert memory_keyring.secrets[(SERVICE, entry_name(db_path))] == key
    again.close()


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
    _add_secret_customer(store)
    store.close()
    before = _digest(db_path)
    with pytest.raises(WrongKeyError):
        open_encrypted(db_path, RawKey("cd" * 32), create=False)
    with pytest.raises(WrongKeyError):
        open_encrypted(db_path, Passphrase("not the passphrase"), create=False)
    assert _digest(db_path) == before


def test_second_open_while_in_use_is_told_locked(store, db_path):
    with pytest.raises(DatabaseLockedError):
        open_encrypted(db_path, store.db.credentials, create=False)


def test_missing_keyring_entry_never_reinitialises_the_file(store, db_path, vault, memory_keyring):
    _add_secret_customer(store)
    store.close()
    before = _digest(db_path)
    memory_keyring.secrets.clear()  # a new laptop, a reinstalled OS
    with pytest.raises(KeyMissingError):
        Store.open(db_path, vault, create=True)
    assert _digest(db_path) == before
    assert memory_keyring.secrets == {}  # and no new key was minted for it


def test_missing_file_without_create_is_an_error(db_path, vault):
    with pytest.raises(UnreadableFileError):
        Store.open(db_path, vault)
    assert not db_path.exists()


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
    _add_secret_customer(store)
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
        for path, data in _all_bytes(folder).items():
            assert secret.encode() not in data, path


def test_migrations_from_an_empty_file(store, db_path, vault):
    assert store.schema_version == LATEST_VERSION
    store.close()
    again = Store.open(db_path, vault)
    assert again.schema_version == LATEST_VERSION
    assert [e.action for e in again.audit_entries()][:2] == ["open", "open"]
    again.close()


def test_older_schema_is_backed_up_then_migrated(store, db_path, vault):
    conn = store.db.conn
    conn.execute("DROP INDEX contact_policy_purpose")
    conn.execute("DROP INDEX contact_customer_purpose")
    for index in (
        "policy_in_force_expiry",
        "policy_renewal_of",
        "payment_unpaid",
        "payment_unpaid_policy",
        "customer_birthday",
        "contact_claim_purpose",
        "policy_live_premium",
        "policy_expiry_term",
    ):
        conn.execute(f"DROP INDEX {index}")  # migration 3
    conn.execute("DROP TABLE complaint")
    for table in ("audit_key", "destruction_record", "consent_event", "subject_request"):  # migration 4
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DROP INDEX customer_retention")
    for table in (  # migration 5 (children first)
        "attachment_content",
        "attachment",
        "paper_location",
        "loan",
        "commission_rule",
        "commission_receipt",
        "merge_record",
        "not_duplicate",
    ):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DROP INDEX payment_paid_on")
    conn.execute("PRAGMA user_version = 1")
    store.close()
    again = Store.open(db_path, vault)
    assert again.schema_version == LATEST_VERSION
    backup = db_path.with_name(db_path.name + ".v1.bak")
    assert backup.exists() and not backup.read_bytes().startswith(b"SQLite format 3")
    indexes = {r[0] for r in again.db.read("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"contact_policy_purpose", "contact_customer_purpose"} <= indexes
    assert {"payment_unpaid", "complaint_open_deadline"} <= indexes
    again.close()
