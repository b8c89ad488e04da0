"""Backups are encrypted copies that open with the same key and hold the same rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from agentbook.domain.clock import ManualClock
from agentbook.store.api import Store
from agentbook.store.db.connection import RawKey
from agentbook.store.errors import KnownError
from agentbook.store.keys.vault import KeyVault
from tests.conftest import TODAY
from tests.store_builders import person

SQLITE_HEADER = b"SQLite format 3\x00"


def test_backup_is_an_encrypted_copy_with_every_row(demo_store, tmp_path):
    target = tmp_path / "backup.db"
    demo_store.backup_to(target)
    data = target.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert demo_store.customers.get(1).name.encode() not in data
    counts = demo_store.counts()
    copy = Store.open(target, credentials=demo_store.db.credentials)
    try:
        copied = copy.counts()
        assert {k: v for k, v in copied.items() if k != "audit_log"} == {
            k: v for k, v in counts.items() if k != "audit_log"
        }
        assert copy.verify_audit_chain() is None
    finally:
        copy.close()
    assert demo_store.audit_entries(limit=1)[0].action == "backup"
    assert not (tmp_path / "backup.db.tmp").exists()


def test_backup_under_a_new_key_re_encrypts(demo_store, tmp_path):
    from agentbook.store.backup.copy import write_copy

    other = RawKey("ef" * 32)
    target = write_copy(demo_store.db, tmp_path / "rekeyed.db", other)
    copy = Store.open(target, credentials=other)
    assert copy.customers.count() == demo_store.customers.count()
    copy.close()


def test_backup_is_encrypted_with_the_same_key_and_complete(store: Store, vault: KeyVault, tmp_path: Path) -> None:
    store.customers.create(person("于曦桂", male=False))
    target = tmp_path / "backups" / "copy.db"
    target.parent.mkdir()
    assert store.backup_to(target) == target
    assert not target.read_bytes().startswith(SQLITE_HEADER)
    assert "于曦桂".encode() not in target.read_bytes()
    assert not target.with_name("copy.db.tmp").exists()
    assert store.audit_entries(limit=1)[0].action == "backup"
    copy = Store.open(target, credentials=vault.load(store.path), clock=ManualClock(TODAY))
    try:
        assert [c.name for c in copy.customers.find("1")] == ["于曦桂"]
        assert copy.schema_version == store.schema_version
        assert copy.verify_audit_chain() is None
        assert [h.name for h in copy.search("曦桂")] == ["于曦桂"]
    finally:
        copy.close()


def test_backup_with_a_passphrase(tmp_path: Path) -> None:
    """A passphrase with quotes and non-ASCII text keys the copy as it keys the original."""
    phrase = "it's 我的'口令\""
    vault = KeyVault(None)
    store = Store.open(tmp_path / "a.db", vault, create=True, passphrase=phrase)
    try:
        store.customers.create(person("张三"))
        store.backup_to(tmp_path / "b.db")
    finally:
        store.close()
    copy = Store.open(tmp_path / "b.db", vault, passphrase=phrase)
    try:
        assert copy.customers.count() == 1
    finally:
        copy.close()


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_backup_onto_the_open_database_is_refused(store: Store, vault: KeyVault, suffix: str) -> None:
    """Writing the copy over the live file would swap the file under the open connection; every
    later write would go to a deleted inode and be lost at close."""
    store.customers.create(person("张三"))
    target = Path(f"{store.path}{suffix}")
    with pytest.raises(KnownError):
        store.backup_to(target)
    store.customers.create(person("李四"))
    path = store.path
    store.close()
    again = Store.open(path, vault)
    try:
        assert sorted(c.name for c in again.customers.find("1")) == sorted(["张三", "李四"])
    finally:
        again.close()


def test_backup_into_a_missing_folder_is_a_known_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(KnownError):
        store.backup_to(tmp_path / "no" / "such" / "folder" / "copy.db")
    assert store.customers.count() == 0  # the store still works
    store.customers.create(person())
