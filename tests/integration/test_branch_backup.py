"""Backups of a branch server: pg_dump encrypted and read back; a restore into a fresh database
holds every row and an unbroken audit chain; a wrong passphrase or a cut file restores nothing."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from agentbook.store.api import Store
from agentbook.store.backup.branch_dump import MAGIC, BackupPassphraseError, BranchBackupError


@pytest.fixture
def demo_branch(pg_server, demo_branch_template, request) -> str:
    name = "bk_" + str(abs(hash(request.node.nodeid)))[:12]
    dsn = pg_server.new_database(name, template=demo_branch_template)
    yield dsn
    pg_server.drop_database(name)


def _table_count(dsn: str) -> int:
    with psycopg.connect(dsn) as conn:
        return int(conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0])


def test_a_branch_backup_is_encrypted_verified_and_restores_whole(demo_branch, pg_server, tmp_path: Path, clock):
    store = Store.open_branch(demo_branch, actor="王经理", clock=clock)
    names = [c.name for c in store.customers.find("1")[:20]]
    counts = store.counts()
    target = tmp_path / "branch.agbk"
    size = store.backup_branch(target, "备份口令-2026")
    assert [e.action for e in store.audit_entries(limit=1)] == ["backup"]
    store.close()

    raw = target.read_bytes()
    assert size == len(raw) > 100_000 and raw.startswith(MAGIC)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not any(name.encode() in raw for name in names)  # nothing readable without the passphrase
    assert not list(tmp_path.glob("*.part"))

    fresh = pg_server.new_database("restored")
    try:
        restored = Store.restore_branch(target, "备份口令-2026", fresh)
        assert {k: v for k, v in restored.items() if k != "audit_log"} == {
            k: v for k, v in counts.items() if k != "audit_log"
        }
        again = Store.open_branch(fresh, actor="王经理", clock=clock)
        try:
            assert again.verify_audit_chain() is None
            assert [c.name for c in again.customers.find("1")[:20]] == names
            assert again.search(names[0])
        finally:
            again.close()
    finally:
        pg_server.drop_database("restored")


def test_a_wrong_passphrase_or_a_cut_file_restores_nothing(demo_branch, pg_server, tmp_path: Path, clock):
    store = Store.open_branch(demo_branch, actor="王经理", clock=clock)
    target = tmp_path / "branch.agbk"
    store.backup_branch(target, "对的口令")
    store.close()
    fresh = pg_server.new_database("restored_bad")
    try:
        with pytest.raises(BackupPassphraseError):
            Store.restore_branch(target, "错的口令", fresh)
        assert _table_count(fresh) == 0
        cut = tmp_path / "cut.agbk"
        cut.write_bytes(target.read_bytes()[: len(target.read_bytes()) * 2 // 3])
        with pytest.raises((BackupPassphraseError, BranchBackupError)):
            Store.restore_branch(cut, "对的口令", fresh)
        assert _table_count(fresh) == 0  # one transaction: nothing of the half that decrypted
    finally:
        pg_server.drop_database("restored_bad")


def test_the_command_line_backs_up_a_branch_for_a_scheduled_job(demo_branch, tmp_path: Path):
    target = tmp_path / "nightly.agbk"
    env = {**os.environ, "AGENTBOOK_BACKUP_PASSPHRASE": "夜间备份口令"}
    done = subprocess.run(
        [sys.executable, "-m", "agentbook", "branch", "backup", "--dsn", demo_branch, "--to", str(target)],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "备份完成并已校验" in done.stdout and target.exists()
    refused = subprocess.run(
        [sys.executable, "-m", "agentbook", "branch", "backup", "--dsn", demo_branch, "--to", str(target)],
        env={k: v for k, v in os.environ.items() if k != "AGENTBOOK_BACKUP_PASSPHRASE"},
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert refused.returncode == 2 and "备份口令" in refused.stderr
