"""A branch's rules, enforced by the PostgreSQL server itself: each person connects with raw psycopg
(as anyone could, skipping agentbook) and tries to read and write what their role must not —
every attempt fails — and what they may works. The demo archive is shared by three agents, an
archivist, a manager and an auditor."""

from __future__ import annotations

import psycopg
import pytest

from agentbook.store.api import Store
from agentbook.store.branch.people import PersonInputError
from agentbook.store.errors import KnownError
from tests.branch_people import PASSWORD, as_login


def _refused(dsn: str, sql: str, params: tuple = ()) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn, pytest.raises(psycopg.Error):
        conn.execute(sql, params)


def _rows(dsn: str, sql: str, params: tuple = ()) -> list[tuple]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return conn.execute(sql, params).fetchall()


def test_an_agent_sees_and_changes_only_their_own_customers(branch_people):
    dsn, thirds = branch_people
    wang, li = as_login(dsn, "wang"), thirds["li"]
    seen = {r[0] for r in _rows(wang, "SELECT id FROM customer")}
    assert seen == set(thirds["wang"])
    # Nothing of a colleague's customer: not the customer, not their policies, payments or contacts.
    assert _rows(wang, "SELECT count(*) FROM customer WHERE id = ANY(%s)", (li,)) == [(0,)]
    # (a policy is theirs when the policyholder or the insured is)
    assert _rows(
        wang, "SELECT count(*) FROM policy WHERE policyholder_id = ANY(%s) AND insured_id = ANY(%s)", (li, li)
    ) == [(0,)]
    assert _rows(wang, "SELECT count(*) FROM contact WHERE customer_id = ANY(%s)", (li,)) == [(0,)]
    assert _rows(wang, "SELECT count(*) FROM customer_fts WHERE rowid = ANY(%s)", (li,)) == [(0,)]
    everyone = _rows(dsn, "SELECT count(*) FROM payment")[0][0]
    assert 0 < _rows(wang, "SELECT count(*) FROM payment")[0][0] < everyone
    with psycopg.connect(wang, autocommit=True) as conn:
        assert conn.execute("UPDATE customer SET remarks = 'x' WHERE id = ANY(%s)", (li,)).rowcount == 0
        assert conn.execute("DELETE FROM contact WHERE customer_id = ANY(%s)", (li,)).rowcount == 0
        assert conn.execute("UPDATE customer SET remarks = '已回访' WHERE id = %s", (thirds["wang"][0],)).rowcount == 1
    # Guarded fields, ownership, a customer made in a colleague's name, forged audit rows: refused.
    _refused(wang, "UPDATE customer SET name = '改名' WHERE id = %s", (thirds["wang"][0],))
    _refused(wang, "UPDATE customer SET id_number = '110101199001011237' WHERE id = %s", (thirds["wang"][0],))
    _refused(wang, "UPDATE customer SET owner = 'li' WHERE id = %s", (thirds["wang"][1],))
    _refused(
        wang,
        "INSERT INTO customer (archive_no, kind, lifecycle, name, owner, created_at, updated_at)"
        " VALUES ('X-1', 'individual', 'prospect', '冒名', 'li', '2026-01-01', '2026-01-01')",
    )
    _refused(
        wang,
        "INSERT INTO audit_log (at, actor, action, entity, summary, prev_hash, hash)"
        " VALUES ('2026-01-01', 'li', 'x', 'x', '', '', '')",
    )
    _refused(wang, "DELETE FROM audit_log")
    _refused(wang, "SELECT * FROM ab_fresh_policy")
    _refused(wang, "DELETE FROM policy_arrears")  # Today's summaries are kept by the server's triggers only
    _refused(wang, "UPDATE cover_summary SET customer_id = customer_id")
    _refused(wang, "SELECT ab_add_person('evil', 'x', 'x', ARRAY['manager'], '2026-01-01')")
    _refused(wang, "SELECT * FROM ab_hand_over('li', 'wang', NULL)")
    policy = _rows(
        wang,
        "SELECT id FROM policy WHERE policyholder_id = ANY(%s) AND EXISTS"
        " (SELECT 1 FROM beneficiary b WHERE b.policy_id = policy.id) LIMIT 1",
        (thirds["wang"],),
    )
    if policy:
        _refused(wang, "DELETE FROM beneficiary WHERE policy_id = %s", (policy[0][0],))
        _refused(wang, "UPDATE beneficiary SET share_bp = 1 WHERE policy_id = %s", (policy[0][0],))


def test_the_archivist_sees_identity_and_paper_but_no_notes_or_records(branch_people):
    dsn, _thirds = branch_people
    zhao = as_login(dsn, "zhao")
    total = _rows(dsn, "SELECT count(*) FROM customer")[0][0]
    assert _rows(zhao, "SELECT count(*) FROM (SELECT id, name, id_number, archive_no FROM customer) c") == [(total,)]
    for column in ("health_notes", "financial_notes", "annual_income"):
        _refused(zhao, f"SELECT {column} FROM customer")
    _refused(zhao, "SELECT * FROM customer")
    for table in ("policy", "payment", "claim", "contact", "attachment_content", "complaint"):
        _refused(zhao, f"SELECT count(*) FROM {table}")
    assert (
        _rows(zhao, "SELECT count(*) FROM paper_location")[0][0]
        == _rows(dsn, "SELECT count(*) FROM paper_location")[0][0]
    )
    _refused(zhao, "UPDATE customer SET remarks = 'x'")


def test_the_auditor_reads_the_logs_and_nothing_else(branch_people):
    dsn, _thirds = branch_people
    shen = as_login(dsn, "shen")
    assert _rows(shen, "SELECT count(*) FROM audit_log")[0][0] == _rows(dsn, "SELECT count(*) FROM audit_log")[0][0]
    _rows(shen, "SELECT count(*) FROM access_log")
    for table in ("customer", "policy", "payment", "paper_location", "attachment_content"):
        _refused(shen, f"SELECT count(*) FROM {table}")
    not_theirs = "INSERT INTO access_log (at, person, action) VALUES ('2026-01-01', 'wang', 'x')"
    _refused(shen, not_theirs)  # the auditor writes access rows in their own name only


def test_a_stranger_and_a_disabled_person_get_nothing(branch_people, pg_server):
    dsn, thirds = branch_people
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'stranger'").fetchone():
            conn.execute("CREATE ROLE stranger LOGIN")
    with pytest.raises(psycopg.OperationalError):  # not of the branch: may not even connect
        psycopg.connect(as_login(dsn, "stranger")).close()
    with psycopg.connect(as_login(dsn, "zhou"), autocommit=True) as session:  # signed in before
        assert session.execute("SELECT count(*) FROM customer").fetchone()[0] == len(thirds["zhou"])
        manager = Store.open_branch(as_login(dsn, "boss"))
        try:
            manager.people.disable("zhou")
            assert [p.enabled for p in manager.people.everyone() if p.login == "zhou"] == [False]
            actions = [r[0] for r in manager.db.read("SELECT action FROM audit_log WHERE actor = 'boss'")]
            assert "disable_person" in actions
        finally:
            manager.close()
        # the open session sees nothing from now on; a new one cannot sign in
        assert session.execute("SELECT count(*) FROM customer").fetchone()[0] == 0
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(as_login(dsn, "zhou")).close()
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:  # put zhou back for other tests
        conn.execute("ALTER ROLE zhou LOGIN")


def test_people_are_managed_by_managers_only_with_clear_messages(branch_people):
    dsn, _thirds = branch_people
    agent = Store.open_branch(as_login(dsn, "wang"))
    try:
        assert agent.people.my_roles() == frozenset({"agent"})
        with pytest.raises(KnownError):
            agent.people.add("newbie", "新人", ["agent"], PASSWORD)
        with pytest.raises(PersonInputError):
            agent.people.add("Bad Name", "x", ["agent"], PASSWORD)
        with pytest.raises(PersonInputError):
            agent.people.add("newbie", "x", ["agent"], "short")
        with pytest.raises(PersonInputError):
            agent.people.add("newbie", "x", ["king"], PASSWORD)
    finally:
        agent.close()
    manager = Store.open_branch(as_login(dsn, "boss"))
    try:
        labels = {p.login: (p.label, p.roles) for p in manager.people.everyone()}
        assert labels["wang"] == ("王小明", ("agent",)) and labels["shen"] == ("沈审计", ("auditor",))
        manager.people.set_roles("zhao", ["archivist", "agent"])
        assert {p.login: set(p.roles) for p in manager.people.everyone()}["zhao"] == {"archivist", "agent"}
        with pytest.raises(KnownError):
            manager.people.disable("boss")  # not oneself
        verifier_before = _rows(dsn, "SELECT rolpassword FROM pg_authid WHERE rolname = 'li'")[0][0]
        manager.people.reset_password("li", "新的口令新的口令12")
        verifier_after = _rows(dsn, "SELECT rolpassword FROM pg_authid WHERE rolname = 'li'")[0][0]
        assert verifier_after.startswith("SCRAM-SHA-256$") and verifier_after != verifier_before
        # the statement log never held the password: it travelled as a verifier
        assert "新的口令" not in verifier_after
    finally:
        manager.close()


def test_handover_moves_a_leaving_agents_customers_in_one_audited_step(branch_people):
    dsn, thirds = branch_people
    manager = Store.open_branch(as_login(dsn, "boss"))
    try:
        assert manager.people.owners()["zhou"] == len(thirds["zhou"])
        some = thirds["zhou"][:3]
        assert manager.people.hand_over("zhou", "wang", some) == sorted(some)
        assert manager.people.hand_over("zhou", "li") == sorted(thirds["zhou"][3:])
        assert "zhou" not in manager.people.owners()
        with pytest.raises(KnownError):
            manager.people.hand_over("li", "nobody")
    finally:
        manager.close()
    seen = {r[0] for r in _rows(as_login(dsn, "wang"), "SELECT id FROM customer")}
    assert seen == set(thirds["wang"]) | set(some)


def test_a_guarded_change_waits_for_another_managers_approval(branch_people):
    dsn, thirds = branch_people
    cid = thirds["wang"][0]
    agent = Store.open_branch(as_login(dsn, "wang"))
    try:
        customer = agent.customers.get(cid)
        old_name = customer.name
        customer.name = "王改名"
        customer.remarks = "客户来电要求更名"
        saved = agent.customers.update(customer)
        held = agent.take_held_requests()
        assert len(held) == 1
        assert saved.name == old_name and agent.customers.get(cid).name == old_name  # not yet
        assert agent.customers.get(cid).remarks == "客户来电要求更名"  # the rest is saved
        mine = agent.approvals.mine()
        assert mine[0].status == "pending" and mine[0].changes == {"name": (old_name, "王改名")}
        with pytest.raises(KnownError):  # an agent cannot decide
            agent.approvals.decide(held[0], True)
    finally:
        agent.close()
    manager = Store.open_branch(as_login(dsn, "boss"))
    try:
        assert [r.id for r in manager.approvals.pending()] == held
        with pytest.raises(KnownError):
            manager.approvals.decide(held[0], False, "")  # a rejection needs its reason
        manager.approvals.decide(held[0], True)
        assert manager.customers.get(cid).name == "王改名"
        assert manager.search("王改名")[0].customer_id == cid
        assert manager.approvals.pending() == []
        with pytest.raises(KnownError):  # decided once
            manager.approvals.decide(held[0], False, "重复")
        # A manager's own request cannot be approved by themselves.
        manager.db.conn.execute(
            "INSERT INTO change_request (customer_id, entity, entity_id, changes_json, requested_by, requested_at)"
            " VALUES (?, 'customer', ?, '{\"name\": [\"a\", \"b\"]}', 'boss', '2026-01-01 10:00:00')",
            (cid, cid),
        )
        own = manager.approvals.pending()[0].id
        with pytest.raises(KnownError):
            manager.approvals.decide(own, True)
        audit = [r[0] for r in manager.db.read("SELECT action FROM audit_log WHERE entity_id = ? ORDER BY id", (cid,))]
        assert "request_change" in audit and "approve_change" in audit
    finally:
        manager.close()


def test_a_shared_customer_is_seen_and_its_changes_wait_for_approval(branch_people):
    dsn, thirds = branch_people
    cid = thirds["li"][0]
    owner = Store.open_branch(as_login(dsn, "li"))
    try:
        owner.people.share(cid, "wang")
    finally:
        owner.close()
    agent = Store.open_branch(as_login(dsn, "wang"))
    try:
        customer = agent.customers.get(cid)
        customer.remarks = "王小明代为回访"
        agent.customers.update(customer)
        assert len(agent.take_held_requests()) == 1
        assert agent.customers.get(cid).remarks != "王小明代为回访"
        # the duplicate check names the colleague who keeps a customer, and nothing else of them
        other = _rows(dsn, "SELECT id_number FROM customer WHERE id = %s AND id_number <> ''", (thirds["zhou"][0],))
        if other:
            assert agent.people.who_has(id_number=other[0][0]) == ["周强"]
    finally:
        agent.close()


def test_the_access_log_records_who_looked_and_only_the_overseers_read_it(branch_people):
    dsn, thirds = branch_people
    agent = Store.open_branch(as_login(dsn, "wang"))
    try:
        for cid in thirds["wang"][:5]:
            agent.access.record("open_360", cid)
        agent.access.record("export", None, "客户.xlsx")
    finally:
        agent.close()
    _refused(as_login(dsn, "wang"), "DELETE FROM access_log")
    _refused(as_login(dsn, "wang"), "INSERT INTO access_log (at, person, action) VALUES ('2026-01-01', 'li', 'x')")
    assert _rows(as_login(dsn, "li"), "SELECT count(*) FROM access_log") == [(0,)]
    auditor = Store.open_branch(as_login(dsn, "shen"))
    try:
        entries = auditor.access.entries(person="wang")
        assert [e.action for e in entries][:1] == ["export"] and len(entries) == 6
        assert auditor.access.unusual(threshold=4) == [("wang", 5)]
    finally:
        auditor.close()
