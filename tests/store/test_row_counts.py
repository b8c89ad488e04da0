"""The local archive's kept row counts (migration 13) stay equal to the rows through every kind
of write, and a tab without a filter reads them instead of counting."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal
from importlib import resources

import pytest

from agentbook.domain import enums as E
from agentbook.domain.complaints import Complaint, ComplaintChannel
from agentbook.store.api import Store
from agentbook.store.db import pg_schema
from agentbook.store.db.migrations import MIGRATIONS
from agentbook.store.db.schema_info import KEPT_COUNTS
from agentbook.store.queries.list_specs import SPECS
from agentbook.store.queries.listing import ListRequest
from tests import store_builders as b

pytestmark = pytest.mark.usefixtures("demo_store")


def _kept(store: Store) -> dict[str, int]:
    return dict(store.db.read("SELECT name, n FROM row_count"))


def _counted(store: Store) -> dict[str, int]:
    return {t: store.db.read_int(f"SELECT count(*) FROM {t}") for t in KEPT_COUNTS}


def test_counts_follow_every_kind_of_write(store: Store, demo_data):
    assert _kept(store) == _counted(store) and _counted(store)["payment"] > 0
    person = store.customers.create(b.person("计数新客户"))
    policy = store.policies.create(b.policy(person.id, person.id))
    store.contacts.create(b.contact(person.id))
    deadline = store.today() + timedelta(days=15)
    store.complaints.create(Complaint(person.id, store.db.now_dt(), ComplaintChannel.PHONE, "保单寄送延误", deadline))
    assert _kept(store) == _counted(store)
    many = [b.person(f"批量客户{n}") for n in range(700)]  # more than one multi-row statement
    store.customers.create_many(many)
    store.policies.create_many([b.policy(c.id) for c in store.customers.find("name LIKE '批量客户%'")])
    assert _kept(store) == _counted(store)
    store.policies.delete(policy.id)
    assert _kept(store) == _counted(store)
    pairs = store.db.read("SELECT id FROM customer WHERE kind = 'individual' ORDER BY id LIMIT 2")
    store.merge_customers(pairs[0][0], pairs[1][0])
    assert _kept(store) == _counted(store)
    store.undo_last_merge()
    assert _kept(store) == _counted(store)
    [(holder,)] = store.db.read(
        "SELECT policyholder_id FROM policy p WHERE EXISTS (SELECT 1 FROM claim k WHERE k.policy_id = p.id)"
        " AND EXISTS (SELECT 1 FROM payment y WHERE y.policy_id = p.id) ORDER BY p.id LIMIT 1"
    )
    before = _counted(store)
    store.destroy_customer(holder, "保管期满，客户书面要求删除")
    after = _counted(store)
    assert after["payment"] < before["payment"] and after["claim"] < before["claim"]
    assert _kept(store) == after


def test_a_whole_tab_reads_its_kept_count_and_a_filtered_one_counts(store: Store):
    for name, spec in SPECS.items():
        table = spec.table.partition(" ")[0]
        store.db.conn.execute("UPDATE row_count SET n = n + 1000 WHERE name = ?", (table,))
        whole = store.list_query(name).count()
        assert whole == store.db.read_int(f"SELECT count(*) FROM {table}") + 1000, name
    store.db.conn.execute("UPDATE row_count SET n = n - 1000")
    assert store.customers.count() == store.db.read_int("SELECT count(*) FROM customer")
    individuals = store.db.read_int("SELECT count(*) FROM customer WHERE kind = 'individual'")
    query = store.list_query("customers", ListRequest(filters={"kind": E.CustomerKind.INDIVIDUAL}))
    assert 0 < query.count() == individuals < store.customers.count()


def test_migration_counts_the_rows_already_on_file(store: Store, db_path, vault):
    conn = store.db.conn
    for (trigger,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_count_%'"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP TABLE row_count")
    conn.execute(f"PRAGMA user_version = {MIGRATIONS.index('schema_v13.sql')}")
    expected = _counted(store)
    store.close()
    again = Store.open(db_path, vault)
    try:
        assert _kept(again) == expected
        again.customers.create(b.person("迁移后新客户"))
        assert _kept(again)["customer"] == expected["customer"] + 1
    finally:
        again.close()


def test_a_branch_server_keeps_no_counts():
    """On a server every insert would wait on the one row, and each person sees other rows."""
    script = (resources.files("agentbook.store.db") / "schema_v13.sql").read_text("utf-8")
    translated = pg_schema.postgres_script(script)
    assert "row_count" in script and "row_count" not in translated
    assert "CREATE" not in translated


def test_a_payment_marked_paid_changes_no_count(store: Store):
    before = _kept(store)
    (pid, amount), *_ = store.db.read("SELECT id, amount_due FROM payment WHERE status = 'due' ORDER BY id LIMIT 1")
    store.mark_paid(pid, amount=Decimal(amount) / 100, paid_date=store.today(), method=E.PaymentMethod.TRANSFER)
    assert _kept(store) == before == _counted(store)


def test_the_database_check_recounts_kept_counts_that_drifted(store: Store):
    counted = _counted(store)
    with store.db.transaction() as conn:  # what only a bug or an edit outside the app could do
        conn.execute("UPDATE row_count SET n = n + 5 WHERE name = 'payment'")
        conn.execute("DELETE FROM row_count WHERE name = 'claim'")
        conn.execute("INSERT INTO row_count (name, n) VALUES ('no_such_table', 7)")
    assert store.payments.count() == counted["payment"] + 5  # what the payments tab would say
    report = store.security.verify()
    assert report.ok
    assert report.count_drift == {
        "payment": (counted["payment"] + 5, counted["payment"]),
        "claim": (None, counted["claim"]),
        "no_such_table": (7, -1),
    }
    assert _kept(store) == counted and store.payments.count() == counted["payment"]
    entry = store.security.audit_entries(limit=1)[0]
    assert (entry.action, entry.entity) == ("recompute", "database")
    assert json.loads(entry.after_json) == counted
    assert store.security.verify().count_drift == {}
    assert store.security.audit_entries(limit=1)[0].id == entry.id  # nothing more to recount, nothing written
