"""What agentbook writes that holds personal data is the user's alone: 0600 files in folders the
user alone can enter (when agentbook makes them), whatever the umask says. Checked with os.stat
on files the real archive, backup and restore code wrote."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from agentbook.store.api import Store
from agentbook.store.backup import backups, restore_swap
from agentbook.store.errors import KnownError
from tests.store_builders import person

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def open_umask() -> Iterator[None]:
    """The common desktop umask, under which a plain open() makes world-readable files."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_archive_and_its_folder_are_private(tmp_path, vault, clock):
    path = tmp_path / "new" / "deeper" / "agentbook.db"
    store = Store.open(path, vault, create=True, actor="测试", clock=clock)
    try:
        store.customers.create(person("模式测"))
        assert mode(path) == 0o600
        assert mode(Path(f"{path}-wal")) == 0o600
        assert mode(path.parent) == 0o700 and mode(path.parent.parent) == 0o700
    finally:
        store.close()


def test_an_existing_archive_is_tightened_when_it_opens(store, db_path, vault, clock):
    store.close()
    db_path.chmod(0o644)
    again = Store.open(db_path, vault, actor="测试", clock=clock)
    try:
        assert mode(db_path) == 0o600
    finally:
        again.close()


def test_backups_and_their_folder_are_private(store, tmp_path):
    store.customers.create(person("备份模式测"))
    store.security.set_backup_settings(tmp_path / "made-by-agentbook" / "backups", 3, True)
    automatic = store.security.backup().path
    chosen = store.security.backup(tmp_path / "chosen.db").path
    for path in (automatic, chosen):
        assert mode(path) == 0o600, path
    assert mode(automatic.parent) == 0o700 and mode(automatic.parent.parent) == 0o700


def test_a_restore_keeps_the_old_file_private_and_rotates_it_with_the_backups(store, db_path, tmp_path):
    store.customers.create(person("恢复模式测"))
    store.security.set_backup_settings(tmp_path / "backups", 2, True)
    source = store.security.backup().path
    aside = store.security.restore(store.security.stage_restore(source))
    assert mode(db_path) == 0o600 and mode(aside) == 0o600
    assert store.security.kept_copies() == [aside]
    # a second restore, then the next automatic backup: only the newest kept-aside database stays
    newer = store.security.restore(store.security.stage_restore(source))
    store.security.backup()
    assert aside not in set(db_path.parent.iterdir())
    assert store.security.kept_copies() == [newer]  # younger than the oldest kept backup: kept
    # once every kept backup is newer than it, it goes with the backup it would have been
    old_name = restore_swap.aside_name(db_path, datetime.now() - timedelta(days=30))
    newer.rename(old_name)
    store.security.backup()
    store.security.backup()
    assert store.security.kept_copies() == []


def test_leftover_copies_of_killed_backups_and_restores_are_removed_at_start(store, db_path, vault, clock, tmp_path):
    folder = tmp_path / "backups"
    store.security.set_backup_settings(folder, 3, True)
    store.security.backup()
    half_backup = backups.automatic_name(store.db).with_suffix(".db.tmp")
    half_backup.write_bytes(b"half a backup")
    # and what the connection checking a copy leaves when the backup is killed meanwhile
    checking = [half_backup.with_name(half_backup.name + end) for end in ("-wal", "-shm", "-lock")]
    for leftover in checking:
        leftover.write_bytes(b"")
    staged = db_path.with_name(f".{db_path.name}.restore-20260101-000000-000000.tmp")
    staged.write_bytes(b"a staged restore")
    others = folder / "someone-else.db.tmp"
    others.write_bytes(b"not ours")
    store.close()
    again = Store.open(db_path, vault, actor="测试", clock=clock)
    try:
        assert not staged.exists()
        again.security.sweep_backup_leftovers()
        assert not half_backup.exists() and others.exists()
        assert not any(leftover.exists() for leftover in checking)
    finally:
        again.close()


def test_a_backup_folder_whose_parent_is_a_file_is_a_clear_error(store, tmp_path):
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(KnownError) as caught:
        store.security.backup(tmp_path / "a-file" / "backups" / "copy.db")
    assert "同名文件" in caught.value.message
    assert not isinstance(caught.value, FileExistsError)
