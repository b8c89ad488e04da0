"""Damaged files are named and refused at open; backups are verified; a restore replaces the
live database only with a whole file, and a refused one leaves the live database untouched."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from agentbook.domain.clock import ManualClock
from agentbook.store.api import Store
from agentbook.store.backup import backups
from agentbook.store.backup.backups import BackupVerifyError, RestoreRefusedError
from agentbook.store.db.connection import open_encrypted
from agentbook.store.errors import DamagedFileError, WrongKeyError
from agentbook.store.keys.memory_keyring import MemoryKeyring
from agentbook.store.keys.vault import KeyVault
from tests.archive_checks import assert_whole, file_digest, snapshot
from tests.conftest import TODAY
from tests.store_builders import contact, person

PAGE = 4096


def open_store(path: Path, vault: KeyVault, **kwargs: object) -> Store:
    return Store.open(path, vault, actor="测试经办人", clock=ManualClock(TODAY), **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def filled(db_path: Path, vault: KeyVault) -> Store:
    store = open_store(db_path, vault, create=True)
    for n in range(40):
        customer = store.customers.create(person(f"客户{n:02d}", remarks="备注" * 200))
        store.contacts.create(contact(customer.id))
    store.security.set_backup_settings(db_path.parent / "backups", 3, True)
    return store


def corrupt(path: Path, page: int) -> None:
    with path.open("r+b") as handle:
        handle.seek((page - 1) * PAGE + 300)
        handle.write(os.urandom(16))


class TestIntegrityAtOpen:
    @pytest.mark.parametrize("page", [1, 12])
    def test_a_damaged_page_is_named_and_open_refused(self, filled: Store, db_path: Path, vault: KeyVault, page: int):
        backup = filled.security.backup().path
        filled.close()
        corrupt(db_path, page)
        digest = file_digest(db_path)
        with pytest.raises(DamagedFileError) as info:
            open_store(db_path, vault)
        assert f"page {page}" in str(info.value.detail)
        assert not isinstance(info.value, WrongKeyError)
        assert file_digest(db_path) == digest  # refused, not "repaired" over
        assert backups.list_backups(db_path, backup.parent)[0].path == backup  # what the UI offers

    def test_a_truncated_file_is_refused(self, filled: Store, db_path: Path, vault: KeyVault) -> None:
        filled.close()
        with db_path.open("r+b") as handle:
            handle.truncate(db_path.stat().st_size - 3 * PAGE)
        with pytest.raises(DamagedFileError):
            open_store(db_path, vault)

    def test_full_verification_of_the_live_database(self, filled: Store) -> None:
        report = filled.security.verify()
        assert report.ok and report.counts["customer"] == 40 and report.counts["contact"] == 40


class TestBackups:
    def test_automatic_backups_are_verified_and_keep_the_last_n(self, filled: Store, db_path: Path) -> None:
        made = [filled.security.backup() for _ in range(5)]
        kept = filled.security.backups()
        assert [b.path for b in kept] == [m.path for m in reversed(made)][:3]
        assert all(m.report.ok for m in made) and made[-1].report.counts["customer"] == 40
        assert_whole(kept[0].path, filled.db.credentials)
        assert not kept[0].path.read_bytes().startswith(b"SQLite format 3")
        assert filled.audit_entries(limit=1)[0].action == "backup"

    def test_a_backup_that_does_not_read_back_is_not_kept(
        self, filled: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        target = tmp_path / "bad.db"
        real = backups.write_checked

        def damaging_copy(db, path, check, credentials=None):
            def damaged_then_checked(copy: Path):
                corrupt(copy, 5)  # the bytes on disk change between the copy and its check
                return check(copy)

            return real(db, path, damaged_then_checked, credentials)

        monkeypatch.setattr(backups, "write_checked", damaging_copy)
        with pytest.raises(BackupVerifyError):
            filled.security.backup(target)
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("bad.db")) == []


class TestRestore:
    def test_restore_replaces_and_keeps_the_old_file_aside(self, filled: Store, db_path: Path) -> None:
        backup = filled.security.backup().path
        before = snapshot(filled)
        filled.customers.create(person("备份之后"))
        candidate = filled.security.stage_restore(backup)
        assert candidate.ok and candidate.report.counts["customer"] == 40
        aside = filled.security.restore(candidate)
        assert snapshot(filled)["customers"] == before["customers"]
        assert filled.audit_entries(limit=1)[0].action == "restore"
        assert aside.exists() and not candidate.staged.exists()
        conn = open_encrypted(aside, filled.db.credentials, create=False)
        assert conn.execute("SELECT count(*) FROM customer").fetchone()[0] == 41  # nothing thrown away
        conn.close()

    @pytest.mark.parametrize("kind", ["truncated", "random", "plain_sqlite", "empty", "other_key", "not_agentbook"])
    def test_bad_files_are_refused_with_the_live_database_untouched(
        self, filled: Store, db_path: Path, tmp_path: Path, kind: str
    ) -> None:
        source = tmp_path / f"{kind}.db"
        if kind == "truncated":
            good = filled.security.backup().path
            source.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
        elif kind == "random":
            source.write_bytes(os.urandom(64 * PAGE))
        elif kind == "plain_sqlite":
            plain = sqlite3.connect(source)
            plain.execute("CREATE TABLE customer (name)")
            plain.execute("INSERT INTO customer VALUES ('外人')")
            plain.commit()
            plain.close()
        elif kind == "empty":
            source.write_bytes(b"")
        elif kind == "other_key":
            other = open_store(source, KeyVault(MemoryKeyring()), create=True)  # its own, different key
            other.close()
        elif kind == "not_agentbook":
            conn = open_encrypted(source, filled.db.credentials, create=True)
            conn.execute("CREATE TABLE something (x)")
            conn.close()
        before, digest = snapshot(filled), file_digest(db_path)
        with pytest.raises((RestoreRefusedError, WrongKeyError)):
            candidate = filled.security.stage_restore(source)
            filled.security.restore(candidate)
        assert file_digest(db_path) == digest
        assert snapshot(filled) == before
        leftovers = [p.name for p in db_path.parent.iterdir() if ".restore-" in p.name]
        assert leftovers == []

    @pytest.mark.parametrize("damage", ["page", "foreign_key"])
    def test_a_backup_damaged_after_it_was_written_is_refused_naming_what_is_wrong(
        self, filled: Store, db_path: Path, damage: str
    ) -> None:
        """The checks a restore runs on two connections at once still find what each one finds."""
        backup = filled.security.backup().path
        if damage == "page":
            corrupt(backup, 12)
        else:  # a row pointing at nothing, written under the key: every page's HMAC still verifies
            conn = open_encrypted(backup, filled.db.credentials, create=False)
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute("UPDATE contact SET customer_id = 99999 WHERE id = (SELECT min(id) FROM contact)")
            conn.close()
        digest = file_digest(db_path)
        try:
            candidate = filled.security.stage_restore(backup)
        except RestoreRefusedError as refused:  # a page so damaged that the file does not open
            assert damage == "page" and "page 12" in str(refused)
        else:
            assert not candidate.ok
            problems = candidate.report.problems
            assert any("page 12" in p for p in problems) if damage == "page" else any("contact" in p for p in problems)
            with pytest.raises(RestoreRefusedError):
                filled.security.restore(candidate)
        assert file_digest(db_path) == digest

    def test_backup_from_before_a_key_change_needs_its_recovery_key_and_is_rekeyed(
        self, filled: Store, db_path: Path, vault: KeyVault
    ) -> None:
        from agentbook.store.keys import recovery

        old_text = filled.security.recovery_key().text
        backup = filled.security.backup().path
        before = snapshot(filled)["customers"]
        filled.security.change_key(vault)
        with pytest.raises(WrongKeyError):
            filled.security.stage_restore(backup)
        candidate = filled.security.stage_restore(backup, recovery.decode(old_text))
        filled.security.restore(candidate)
        assert snapshot(filled)["customers"] == before
        filled.close()
        again = open_store(db_path, vault)  # the keyring's (new) key opens the restored file
        assert snapshot(again)["customers"] == before
        again.close()

    def test_a_restored_file_that_will_not_open_is_swapped_back(
        self, filled: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from agentbook.store.keys import security

        backup = filled.security.backup().path
        filled.customers.create(person("不能丢"))
        before = snapshot(filled)
        candidate = filled.security.stage_restore(backup)

        def broken_migrate(conn):
            raise RuntimeError("simulated failure after the swap")

        monkeypatch.setattr(security, "migrate", broken_migrate)
        with pytest.raises(RuntimeError):
            filled.security.restore(candidate)
        assert snapshot(filled) == before
        assert filled.security.verify().ok


# --- a whole backup that is still the wrong one -----------------------------------------------
def _tamper_entry(path: Path, key, entry: int) -> None:
    """An attacker with the key edits one audit entry of a backup file on a raw connection."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute(key.pragma())
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET actor = 'nobody' WHERE id = ?", (entry,))
    finally:
        conn.close()


def test_a_backup_whose_audit_chain_is_broken_is_staged_with_a_warning_naming_the_entry(store, tmp_path):
    store.customers.create(person("链断测"))
    source = store.security.backup(tmp_path / "b.db").path
    assert store.security.stage_restore(source).warnings == []  # an untouched backup: nothing to say
    _tamper_entry(source, store.db.credentials, 2)
    candidate = store.security.stage_restore(source)
    try:
        assert candidate.ok  # whole and readable: the user decides, after being told
        assert [(w.message, w.args) for w in candidate.warnings] == [(backups.BROKEN_CHAIN, (2,))]
        assert "第 2 条" in candidate.warnings[0].describe()
    finally:
        candidate.discard()


def test_a_backup_of_another_archive_under_the_same_key_is_staged_with_a_warning(store, vault, clock, tmp_path):
    other_path = tmp_path / "other" / "agentbook.db"
    other = Store.open(other_path, vault, create=True, credentials=store.db.credentials.copy(), clock=clock)
    other.customers.create(person("别的档案"))
    source = other.security.backup(tmp_path / "other.db").path
    other.close()
    candidate = store.security.stage_restore(source)
    try:
        assert candidate.ok and [w.message for w in candidate.warnings] == [backups.OTHER_ARCHIVE]
    finally:
        candidate.discard()
