"""Backups are encrypted copies that open with the same key and hold the same rows."""

from __future__ import annotations

from agentbook.store.api import Store
from agentbook.store.connection import RawKey


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
    from agentbook.store.backup import write_copy

    other = RawKey("ef" * 32)
    target = write_copy(demo_store.db, tmp_path / "rekeyed.db", other)
    copy = Store.open(target, credentials=other)
    assert copy.customers.count() == demo_store.customers.count()
    copy.close()
