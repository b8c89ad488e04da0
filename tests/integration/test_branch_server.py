"""The archive's schema on a real PostgreSQL branch server: the same tables and columns as the
local file, its rules enforced by the server, set up from the command line."""

from __future__ import annotations

import subprocess
import sys
import threading

import psycopg
import pytest

from agentbook.store.api import Store
from agentbook.store.db import pg_schema
from agentbook.store.db.migrations import LATEST_VERSION
from agentbook.store.errors import BranchUnreachableError

# SQLite's own bookkeeping of the FTS5 table; the branch keeps the table itself only.
FTS_SHADOWS = {
    "customer_fts_data",
    "customer_fts_idx",
    "customer_fts_content",
    "customer_fts_docsize",
    "customer_fts_config",
}


def _local_columns(store: Store) -> dict[str, dict[str, bool]]:
    conn = store.db.conn
    tables = [
        name
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        if name not in FTS_SHADOWS and name != "row_count"  # kept by the local archive only
    ]
    out = {}
    for table in tables:
        rows = conn.execute(f"PRAGMA table_info({table})").fetchall()
        # an INTEGER PRIMARY KEY is NOT NULL in effect (it is the rowid)
        out[table] = {name: bool(notnull or pk) for _cid, name, _type, notnull, _default, pk in rows}
    out["customer_fts"] = {"rowid": True, **out["customer_fts"]}
    return out


def _branch_columns(dsn: str) -> dict[str, dict[str, bool]]:
    with psycopg.connect(dsn) as conn:
        rows = conn.execute(
            "SELECT table_name, column_name, is_nullable FROM information_schema.columns"
            " WHERE table_schema = 'public' AND table_name NOT IN"
            " ('schema_version', 'branch_person', 'ab_fresh_policy', 'branch_rules', 'branch_key',"
            " 'branch_key_check')"  # the branch's own
        ).fetchall()
    out: dict[str, dict[str, bool]] = {}
    for table, column, nullable in rows:
        out.setdefault(table, {})[column] = nullable == "NO"
    return out


def test_a_new_branch_has_every_table_and_column_of_the_local_archive(store, branch_dsn):
    assert Store.init_branch(branch_dsn) == (0, LATEST_VERSION)
    local, branch = _local_columns(store), _branch_columns(branch_dsn)
    assert set(branch) == set(local)
    for table in local:
        if table == "customer_fts":  # the branch's copy of the search columns is never NULL
            assert set(branch[table]) == set(local[table])
        else:
            assert branch[table] == local[table], table


def test_the_server_keeps_the_logs_append_only_and_the_codes_valid(branch_dsn):
    Store.init_branch(branch_dsn)
    with psycopg.connect(branch_dsn) as conn:
        conn.execute(
            "INSERT INTO audit_log (at, actor, action, entity, summary, prev_hash, hash)"
            " VALUES ('2026-11-23 09:30:00', 'agent', 'create', 'customer', '', 'g', 'h')"
        )
        conn.commit()
        for statement in ("UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"):
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                conn.execute(statement)
            conn.rollback()
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute(
                "INSERT INTO customer (archive_no, kind, lifecycle, name, created_at, updated_at)"
                " VALUES ('KH1', 'alien', 'active', '张三', '2026-11-23', '2026-11-23')"
            )
        conn.rollback()
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone() == (1,)


def test_setting_up_again_changes_nothing_and_two_clients_at_once_agree(branch_dsn):
    results: list[tuple[int, int]] = []
    errors: list[BaseException] = []

    def init() -> None:
        try:
            results.append(Store.init_branch(branch_dsn))
        except BaseException as exc:  # reported below, in the test's own thread
            errors.append(exc)

    threads = [threading.Thread(target=init) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == [] and sorted(r[1] for r in results) == [LATEST_VERSION, LATEST_VERSION]
    assert Store.init_branch(branch_dsn) == (LATEST_VERSION, LATEST_VERSION)
    with psycopg.connect(branch_dsn) as conn:
        versions = [v for (v,) in conn.execute("SELECT version FROM schema_version ORDER BY version")]
    assert versions == list(range(1, LATEST_VERSION + 1))


def test_data_migrations_run_on_the_server_as_on_the_file(branch_dsn):
    """Migration 4 dates the retention of customers already terminated: ten years after their
    last change, on the server as in the local file."""
    with psycopg.connect(branch_dsn) as conn:
        pg_schema.migrate(conn, target=3)
        conn.execute(
            "INSERT INTO customer (archive_no, kind, lifecycle, name, created_at, updated_at) VALUES"
            " ('KH1', 'individual', 'terminated', '张三', '2019-01-02 08:00:00', '2020-05-06 10:00:00'),"
            " ('KH2', 'individual', 'active', '李四', '2019-01-02 08:00:00', '2020-05-06 10:00:00')"
        )
        conn.commit()
        assert pg_schema.migrate(conn) == 3
        rows = conn.execute("SELECT archive_no, retention_until FROM customer ORDER BY archive_no").fetchall()
    assert rows == [("KH1", "2030-05-06"), ("KH2", None)]


def test_an_unreachable_server_is_said_plainly(pg_server):
    dead = pg_server.dsn.replace(f"port={pg_server.port}", "port=1")
    with pytest.raises(BranchUnreachableError):
        Store.init_branch(dead)


def test_the_command_line_sets_up_a_branch(branch_dsn, pg_server):
    def run(dsn: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "agentbook", "branch", "init", "--dsn", dsn],
            capture_output=True,
            text=True,
            timeout=120,
        )

    first = run(branch_dsn)
    assert first.returncode == 0, first.stderr
    assert f"版本 0 建立/升级到版本 {LATEST_VERSION}" in first.stdout
    again = run(branch_dsn)
    assert again.returncode == 0 and "已是最新" in again.stdout
    refused = run(pg_server.dsn.replace(f"port={pg_server.port}", "port=1"))
    assert refused.returncode == 2 and "无法连接营业部服务器" in refused.stderr


def test_two_people_on_one_branch_see_each_others_changes_and_never_overwrite_them(branch_dsn, clock):
    """Two apps on the same branch: a colleague's save reaches the other's change feed without a
    restart, and saving a record someone else changed since it was opened is refused with the
    newer values — never a silent overwrite."""
    import dataclasses
    import time

    from agentbook.store.db.changes import Change
    from agentbook.store.errors import StaleRecordError
    from tests.store_builders import person

    first = Store.open_branch(branch_dsn, actor="业务员甲", clock=clock)
    second = Store.open_branch(branch_dsn, actor="业务员乙", clock=clock)
    try:
        heard: list[Change] = []
        first.changes.subscribe(heard.append)
        assert first.db.listener.ready.wait(10) and second.db.listener.ready.wait(10)
        customer = first.customers.create(person("张三"))
        opened_by_first = first.customers.get(customer.id)
        opened_by_second = second.customers.get(customer.id)
        heard.clear()

        second.customers.update(dataclasses.replace(opened_by_second, address="上海市浦东新区"))
        deadline = time.monotonic() + 10
        while not heard and time.monotonic() < deadline:
            time.sleep(0.05)
        assert heard and heard[0].touches({"customer"}) and heard[0].concerns_customer(customer.id)
        assert first.customers.get(customer.id).address == "上海市浦东新区"  # no restart, no cache

        with pytest.raises(StaleRecordError) as refused:
            first.customers.update(dataclasses.replace(opened_by_first, mobile="13900009999"))
        assert refused.value.current.address == "上海市浦东新区"  # the newer values, to show
        assert second.customers.get(customer.id).mobile == opened_by_second.mobile
    finally:
        first.close()
        second.close()


def test_a_cut_connection_loses_nothing_and_the_next_save_goes_through(pg_server, branch_dsn, clock):
    """The server drops the app's connection (a restart, the network): a write under way is
    refused whole and says so; the next one reconnects and is saved."""
    from agentbook.store.errors import BranchConnectionLostError
    from tests.store_builders import person

    store = Store.open_branch(branch_dsn, actor="业务员甲", clock=clock)

    def cut_all() -> None:
        with psycopg.connect(pg_server.dsn, autocommit=True) as admin:
            dbname = branch_dsn.split("dbname=")[1].split()[0]
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                (dbname,),
            )

    try:
        first = store.customers.create(person("张三"))
        with pytest.raises(BranchConnectionLostError), store.batch():
            store.customers.create(person("李四"))
            cut_all()
            store.customers.create(person("王五"))
        saved = store.customers.create(person("王五"))  # tried again: a new connection takes it
        assert saved.id is not None
        assert sorted(c.name for c in store.customers.find("1")) == ["张三", "王五"]  # 李四 never half-saved
        cut_all()
        assert [h.customer_id for h in store.search("张三")] == [first.id]  # reads reconnect too
        assert store.verify_audit_chain() is None
    finally:
        store.close()


def test_two_app_processes_editing_one_customer_get_the_conflict(branch_dsn, clock):
    """Another process (a colleague's agentbook) saves the customer this one has open: this
    one's save is refused with the newer values, never a silent overwrite."""
    import dataclasses

    from agentbook.store.errors import StaleRecordError
    from tests.store_builders import person

    store = Store.open_branch(branch_dsn, actor="业务员甲", clock=clock)
    try:
        customer = store.customers.create(person("张三"))
        opened = store.customers.get(customer.id)
        colleague = (
            "import sys, dataclasses\n"
            "from agentbook.store.api import Store\n"
            "s = Store.open_branch(sys.argv[1], actor='业务员乙')\n"
            "c = s.customers.get(int(sys.argv[2]))\n"
            "s.customers.update(dataclasses.replace(c, address='同事刚改的地址'))\n"
            "s.close()\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", colleague, branch_dsn, str(customer.id)],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        with pytest.raises(StaleRecordError) as refused:
            store.customers.update(dataclasses.replace(opened, mobile="13900009999"))
        assert refused.value.current.address == "同事刚改的地址"
        assert "别处" in refused.value.message  # said in the user's language
        assert store.customers.get(customer.id).mobile == opened.mobile
    finally:
        store.close()


def test_each_person_is_named_in_the_audit_log_by_their_own_login(branch_dsn, clock):
    """On a branch the settings' agent name is the branch's, shared: the actor is the login."""
    from tests.store_builders import person

    first = Store.open_branch(branch_dsn, clock=clock)
    try:
        first.update_settings({"agent_name": "营业部"})
        assert first.use_agent_name() == "postgres"  # the test server's login
        first.customers.create(person("张三"))
        assert first.audit_entries(limit=1)[0].actor == "postgres"
    finally:
        first.close()
