"""A full disk is named as such — at open and for a backup — on a real 2 MiB tmpfs (root only;
skipped with the reason where mounting is not allowed)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from agentbook.store.api import Store
from agentbook.store.errors import BackupDiskFullError, DiskFullAtOpenError
from tests.archive_checks import snapshot
from tests.store_builders import person


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not allowed here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path, leave: int) -> None:
    """Fill *folder*'s disk until about *leave* bytes are free."""
    free = shutil.disk_usage(folder).free
    with contextlib.suppress(OSError), (folder / "filler").open("wb") as out:
        out.write(b"\0" * max(0, free - leave))


def big_store(store) -> None:
    with store.batch():
        for n in range(300):
            store.customers.create(person(f"满盘{n}", remarks="备注" * 40))


def test_a_backup_onto_a_full_disk_says_so_and_changes_nothing(store, tiny_disk):
    big_store(store)
    before = snapshot(store)
    fill(tiny_disk, leave=200 * 1024)
    with pytest.raises(BackupDiskFullError) as caught:
        store.security.backup(tiny_disk / "copy.db")
    assert "磁盘空间不足" in caught.value.message and "没有任何改动" in caught.value.message
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler"]  # no half copy left
    assert snapshot(store) == before


def test_opening_an_archive_on_a_full_disk_says_the_disk_is_full(store, db_path, vault, clock, tiny_disk):
    big_store(store)
    store.close()
    moved = tiny_disk / db_path.name
    shutil.copyfile(db_path, moved)
    vault.store(moved, vault.load(db_path))
    fill(tiny_disk, leave=0)
    with pytest.raises(DiskFullAtOpenError) as caught:
        Store.open(moved, vault, actor="测试", clock=clock)
    assert "磁盘已满" in caught.value.message
    (tiny_disk / "filler").unlink()
    again = Store.open(moved, vault, actor="测试", clock=clock)  # room again: it opens, whole
    try:
        assert len(again.customers.find("1")) == 300
    finally:
        again.close()
