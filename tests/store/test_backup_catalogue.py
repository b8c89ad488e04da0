"""The backups a restore can be picked from: the folder's and those the audit log recorded."""

from __future__ import annotations

import shutil
from pathlib import Path

from agentbook.store.api import Store
from tests.store_builders import person


def test_known_backups_come_dated_with_size_and_the_counts_they_were_verified_with(
    store: Store, tmp_path: Path, clock
) -> None:
    folder = tmp_path / "backups"
    store.security.set_backup_settings(folder, 5, False)
    store.customers.create(person("张三"))
    first = store.security.backup()
    clock.advance(days=1)
    store.customers.create(person("李四"))
    elsewhere = store.security.backup(tmp_path / "u盘" / "archive-copy.db")
    clock.advance(days=1)
    gone = store.security.backup(tmp_path / "deleted.db")
    gone.path.unlink()
    clock.advance(days=1)
    latest = store.security.backup()
    stranger = folder / f"{store.db.path.stem}-20200101-080000-000001{store.db.path.suffix}"
    shutil.copyfile(latest.path, stranger)  # put there by hand: no record of it in the log

    known = store.security.known_backups()
    by_path = {b.path.resolve(): b for b in known}
    assert set(by_path) == {p.resolve() for p in (first.path, elsewhere.path, latest.path, stranger)}
    assert by_path[latest.path.resolve()].taken_at > by_path[elsewhere.path.resolve()].taken_at
    assert by_path[elsewhere.path.resolve()].taken_at > by_path[first.path.resolve()].taken_at
    assert [b.taken_at for b in known] == sorted((b.taken_at for b in known), reverse=True)
    assert by_path[first.path.resolve()].counts["customer"] == 1
    assert by_path[elsewhere.path.resolve()].counts["customer"] == 2
    assert by_path[elsewhere.path.resolve()].verified and not by_path[elsewhere.path.resolve()].automatic
    assert by_path[latest.path.resolve()].automatic
    assert by_path[latest.path.resolve()].size == latest.path.stat().st_size
    hand = by_path[stranger.resolve()]
    assert not hand.verified and hand.counts is None and hand.automatic
