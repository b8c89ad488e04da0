"""Moving an agent's local archive into the branch server: every row across, proven by counts and
the audit chain on the server; the local records untouched; a second run writes nothing; a move
killed half-way leaves the branch as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from agentbook.store.api import Store
from agentbook.store.errors import KnownError
from agentbook.store.keys.vault import KeyVault
from agentbook.store.operations.branch_move import BranchHoldsOtherArchiveError, MovedBeforeError
from tests.archive_checks import snapshot
from tests.fault_helpers import FileKeyring, child_env
from tests.store_builders import person

RECORDS_ONLY = ("audit_log",)  # grows with each open of either copy


def _records(counts: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in counts.items() if k not in RECORDS_ONLY}


def test_the_demo_archive_moves_whole_and_a_second_run_writes_nothing(demo_store: Store, branch_dsn, clock):
    before = snapshot(demo_store)
    report = demo_store.move_to_branch(branch_dsn, "王经理")
    assert not report.already_there
    assert report.counts["customer"] == 201 and report.counts["payment"] > 1000
    assert demo_store.move_to_branch(branch_dsn, "王经理").already_there  # run again: nothing written

    branch = Store.open_branch(branch_dsn, actor="测试经办人", clock=clock)
    try:
        assert branch.verify_audit_chain() is None  # the file's chain, continued on the server
        assert _records(branch.counts()) == _records(demo_store.counts())
        on_server = branch.db.run_read(_all_counts)
        derived = ("audit_log", "customer_gram")  # the search index gains the numbers' blind tokens
        assert {k: on_server[k] for k in report.counts if k not in derived} == {
            k: n for k, n in report.counts.items() if k not in derived
        }
        grams = branch.db.read("SELECT substr(gram, 1, 1) = chr(1), count(*) FROM customer_gram GROUP BY 1")
        assert dict(grams) == {False: report.counts["customer_gram"], True: dict(grams)[True]} and dict(grams)[True]
        moved = [e for e in branch.audit_entries(limit=10) if e.action == "branch_move"]
        assert len(moved) == 1 and moved[0].summary == "王经理"
        # The records are the same records: the same customer, found the same way.
        some = demo_store.customers.find("1")[5]
        assert branch.customers.get(some.id) == some
        assert [h.customer_id for h in branch.search(some.name)] == [
            h.customer_id for h in demo_store.search(some.name)
        ]
        for term in (some.mobile[-4:], some.id_number[-6:], some.mobile):  # numbers sealed, found by tokens
            assert [h.customer_id for h in branch.search(term)] == [h.customer_id for h in demo_store.search(term)]
        new = branch.customers.create(person("迁移后新客户"))
        assert new.id > max(c.id for c in demo_store.customers.find("1"))  # ids continue after the moved ones
    finally:
        branch.close()

    after = snapshot(demo_store)
    assert after["customers"] == before["customers"]
    assert _records(after["counts"]) == _records(before["counts"])  # type: ignore[arg-type]
    assert [e.action for e in demo_store.audit_entries(limit=1)] == ["branch_move"]  # the export is logged


def _all_counts(conn) -> dict[str, int]:  # type: ignore[no-untyped-def]
    from agentbook.store.db import schema_info

    return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in schema_info.tables(conn)}


def test_a_branch_holding_other_records_is_refused_and_left_as_it_was(store: Store, branch_dsn, clock):
    store.customers.create(person("张三"))
    branch = Store.open_branch(branch_dsn, actor="同事", clock=clock)
    branch.customers.create(person("别人的客户"))
    held = branch.counts()
    branch.close()
    with pytest.raises(BranchHoldsOtherArchiveError) as refused:
        store.move_to_branch(branch_dsn, "王经理")
    assert "不能迁入" in refused.value.message
    branch = Store.open_branch(branch_dsn, actor="同事", clock=clock)
    try:
        assert _records(branch.counts()) == _records(held)
    finally:
        branch.close()


def test_changes_after_the_move_are_not_silently_lost(store: Store, branch_dsn):
    store.customers.create(person("张三"))
    store.move_to_branch(branch_dsn, "王经理")
    store.customers.create(person("迁移后才录入"))
    with pytest.raises(MovedBeforeError):
        store.move_to_branch(branch_dsn, "王经理")


def test_the_command_line_move_killed_half_way_leaves_the_branch_as_it_was(
    demo_template, branch_dsn, tmp_path: Path, clock
):
    template, key = demo_template
    archive = tmp_path / "agent" / "agentbook.db"
    archive.parent.mkdir()
    archive.write_bytes(template.read_bytes())
    keyring_file = tmp_path / "keyring.json"
    KeyVault(FileKeyring(keyring_file)).store(archive, key)
    env = child_env(keyring_file)
    command = [sys.executable, "-m", "agentbook", "branch", "migrate", "--dsn", branch_dsn]
    command += ["--from", str(archive), "--owner", "王经理"]

    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip().startswith("customer"):  # the first records are on their way to the server
                os.kill(child.pid, signal.SIGKILL)
                break
        child.wait(timeout=120)
    # Looked at with a bare connection: opening the branch in the app would log the look.
    with psycopg.connect(branch_dsn) as conn:
        customers, logged = conn.execute(
            "SELECT (SELECT count(*) FROM customer), (SELECT count(*) FROM audit_log)"
        ).fetchone()
    # Never half: nothing arrived, or (a machine slow to deliver the kill) all of it.
    assert (customers, logged > 0) in ((0, False), (201, True))

    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert ("迁移完成" in done.stdout) or ("已在营业部服务器上" in done.stdout)
    branch = Store.open_branch(branch_dsn, actor="测试经办人", clock=clock)
    try:
        assert branch.counts()["customer"] == 201 and branch.verify_audit_chain() is None
    finally:
        branch.close()


def test_a_move_to_an_unreachable_server_says_so(store: Store, pg_server):
    dead = pg_server.dsn.replace(f"port={pg_server.port}", "port=1")
    with pytest.raises(KnownError) as caught:
        store.move_to_branch(dead, "王经理")
    assert "无法连接营业部服务器" in caught.value.message
