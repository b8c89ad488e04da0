"""The audit log: one row per write in the write's own transaction, append-only, hash-chained."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest
import sqlcipher3

from agentbook.domain import enums as E
from agentbook.domain.clock import ManualClock
from agentbook.store.api import Store
from agentbook.store.audit import log as audit
from agentbook.store.errors import ConflictError, DuplicateError
from tests.engines import REFUSED, drop_audit_trigger
from tests.store_builders import payment, person, policy

pytestmark = pytest.mark.both_engines


def audit_rows(store: Store) -> list[tuple]:
    return store.db.read("SELECT id, action, entity, entity_id FROM audit_log ORDER BY id")


def data_rows(store: Store) -> int:
    return sum(v for k, v in store.counts().items() if k != "audit_log")


def drop_protection(store: Store) -> None:
    """What an attacker holding the key could do: remove the append-only triggers."""
    drop_audit_trigger(store, "update", "delete")


class TestWrittenWithTheWrite:
    def test_create_update_delete_are_logged(self, store: Store) -> None:
        start = len(audit_rows(store))
        customer = store.customers.create(person("张三"))
        customer.mobile = "13900001111"
        customer.remarks = "改号"
        store.customers.update(customer)
        store.customers.delete(customer.id)  # type: ignore[arg-type]
        entries = list(reversed(store.audit_entries()))[start:]
        assert [(e.action, e.entity, e.entity_id) for e in entries] == [
            ("create", "customer", customer.id),
            ("update", "customer", customer.id),
            ("delete", "customer", customer.id),
        ]
        created, updated, deleted = entries
        assert all(e.actor == "测试经办人" for e in entries)
        assert all(e.customer_id == customer.id for e in entries)
        assert json.loads(created.after_json)["name"] == "张三"  # type: ignore[arg-type]
        # A new record is what was filled in: its empty fields are left out, False is a value.
        as_created = json.loads(created.after_json)  # type: ignore[arg-type]
        assert {"name", "gender", "id_number", "mobile", "consent_sensitive"} <= set(as_created)
        assert as_created["consent_sensitive"] is False
        assert not {"email", "wechat", "remarks", "annual_income", "tags"} & set(as_created)
        assert all(v not in (None, "", []) for v in as_created.values())
        assert created.before_json is None
        assert set(updated.summary.split(",")) == {"mobile", "remarks"}
        assert set(json.loads(updated.before_json)) == {"mobile", "remarks"}  # type: ignore[arg-type]
        assert json.loads(updated.after_json)["mobile"] == "13900001111"  # type: ignore[arg-type]
        assert json.loads(deleted.before_json)["mobile"] == "13900001111"  # type: ignore[arg-type]
        assert deleted.after_json is None

    def test_money_in_the_log_is_exact_text(self, store: Store) -> None:
        holder = store.customers.create(person())
        store.policies.create(policy(holder.id, premium=__import__("decimal").Decimal("12345.67")))  # type: ignore[arg-type]
        after = json.loads(store.audit_entries(limit=1)[0].after_json)  # type: ignore[arg-type]
        assert after["premium"] == "12345.67"
        assert after["business_line"] == "life"

    def test_payment_is_filed_under_the_policyholder(self, store: Store) -> None:
        holder = store.customers.create(person())
        pol = store.policies.create(policy(holder.id))  # type: ignore[arg-type]
        store.payments.create(payment(pol.id))  # type: ignore[arg-type]
        assert store.audit_entries(limit=1)[0].customer_id == holder.id
        assert {e.entity for e in store.audit_entries(customer_id=holder.id)} == {"customer", "policy", "payment"}

    def test_events_that_are_not_writes(self, store: Store) -> None:
        store.record_event("export", "customer", 7, customer_id=7, summary="档案表 PDF", details={"pages": 2})
        entry = store.audit_entries(limit=1)[0]
        assert (entry.action, entry.entity, entry.entity_id, entry.customer_id) == ("export", "customer", 7, 7)
        assert json.loads(entry.after_json) == {"pages": 2}  # type: ignore[arg-type]

    def test_bulk_load_logs_one_entry_per_table(self, store: Store, demo_data) -> None:  # type: ignore[no-untyped-def]
        import copy

        before = len(audit_rows(store))
        store.load_dataset(copy.deepcopy(demo_data), action="demo_data")
        added = audit_rows(store)[before:]
        assert {r[2] for r in added} == {
            "customer",
            "relationship",
            "policy",
            "payment",
            "claim",
            "contact",
            "complaint",
            "paper_location",
            "loan",
            "commission_rule",
            "commission_receipt",
            "consent_event",
        }
        assert all(r[1] == "demo_data" for r in added)


class TestRolledBackTogether:
    def test_exception_inside_a_transaction_drops_write_and_audit(self, store: Store) -> None:
        before_audit, before_data = audit_rows(store), data_rows(store)
        with pytest.raises(RuntimeError), store.db.transaction():
            holder = store.customers.create(person("张三"))
            store.policies.create(policy(holder.id))  # type: ignore[arg-type]
            assert len(audit_rows(store)) == len(before_audit) + 2  # visible inside the transaction
            raise RuntimeError("user cancelled")
        assert audit_rows(store) == before_audit
        assert data_rows(store) == before_data
        assert store.search("张三") == []
        assert store.verify_audit_chain() is None

    def test_failing_write_leaves_no_audit_entry(self, store: Store) -> None:
        first = store.customers.create(person("张三"))
        before = audit_rows(store)
        with pytest.raises(DuplicateError):
            store.customers.create(person("李四", archive_no=first.archive_no))
        with pytest.raises(ConflictError):
            store.policies.create(policy(first.id, 424242))  # type: ignore[arg-type]
        assert audit_rows(store) == before
        assert store.customers.count() == 1

    def test_failed_inner_write_keeps_the_outer_one(self, store: Store) -> None:
        """Nested writes are savepoints: the failed one vanishes with its audit row, the rest commits."""
        first = store.customers.create(person("张三"))
        before = len(audit_rows(store))
        with store.db.transaction():
            store.customers.create(person("王五"))
            with pytest.raises(DuplicateError):
                store.customers.create(person("李四", archive_no=first.archive_no))
            store.customers.create(person("赵六"))
        added = audit_rows(store)[before:]
        assert [(r[1], r[2]) for r in added] == [("create", "customer"), ("create", "customer")]
        assert sorted(c.name for c in store.customers.find("1")) == sorted(["张三", "王五", "赵六"])
        assert store.verify_audit_chain() is None

    def test_failed_schedule_generation_is_all_or_nothing(self, store: Store) -> None:
        holder = store.customers.create(person())
        pol = store.policies.create(policy(holder.id))  # type: ignore[arg-type]
        before = audit_rows(store)
        with pytest.raises(RuntimeError), store.db.transaction():
            assert len(store.payments.generate_schedule(pol)) == 10
            raise RuntimeError
        assert audit_rows(store) == before
        assert store.payments.of_policy(pol.id) == []  # type: ignore[arg-type]


class TestAppendOnly:
    def test_update_and_delete_are_refused(self, store: Store) -> None:
        store.customers.create(person())
        conn = store.db.conn
        for sql in (
            "UPDATE audit_log SET summary = 'x'",
            "DELETE FROM audit_log",
            "DELETE FROM audit_log WHERE id = 1",
        ):
            with pytest.raises(REFUSED, match="append-only"):
                conn.execute(sql)
        with pytest.raises(ConflictError), store.db.transaction() as tx:
            tx.execute("UPDATE audit_log SET actor = 'someone else'")
        assert store.verify_audit_chain() is None

    @pytest.mark.file_only  # SQLite's REPLACE; on the server an upsert is an UPDATE, refused above
    def test_insert_or_replace_cannot_rewrite_a_row(self, store: Store) -> None:
        """REPLACE deletes the old row first; with recursive triggers off that would bypass the
        DELETE trigger, so a rewritten row must still be caught by the chain."""
        store.customers.create(person())
        conn = store.db.conn
        row = conn.execute("SELECT * FROM audit_log WHERE id = 2").fetchone()
        try:
            conn.execute(
                "INSERT OR REPLACE INTO audit_log VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", (*row[:7], "篡改", *row[8:])
            )
        except sqlcipher3.IntegrityError:
            return  # refused outright: fine
        assert store.verify_audit_chain() == 2


class TestHashChain:
    @pytest.fixture
    def logged(self, store: Store) -> Store:
        customer = store.customers.create(person("张三"))
        for n in range(5):
            customer.remarks = f"第 {n} 次修改"
            store.customers.update(customer)
        store.customers.create(person("李四"))
        return store

    def test_chain_verifies(self, logged: Store) -> None:
        assert logged.verify_audit_chain() is None
        rows = logged.db.read("SELECT prev_hash, hash FROM audit_log ORDER BY id")
        assert rows[0][0] == audit.GENESIS
        assert all(rows[i][0] == rows[i - 1][1] for i in range(1, len(rows)))

    def test_modified_row_is_found_at_its_id(self, logged: Store) -> None:
        drop_protection(logged)
        target = logged.db.read("SELECT id FROM audit_log WHERE action = 'update' ORDER BY id LIMIT 1 OFFSET 2")[0][0]
        logged.db.conn.execute('UPDATE audit_log SET after_json = \'{"remarks":"无"}\' WHERE id = ?', (target,))
        assert logged.verify_audit_chain() == target

    @pytest.mark.parametrize("column", ["at", "actor", "action", "entity", "entity_id", "customer_id", "summary"])
    def test_every_covered_column_is_protected(self, logged: Store, column: str) -> None:
        drop_protection(logged)
        value = 999 if column.endswith("_id") else "x"
        logged.db.conn.execute(f"UPDATE audit_log SET {column} = ? WHERE id = 3", (value,))
        assert logged.verify_audit_chain() == 3

    def test_rehashed_row_breaks_the_next_link(self, logged: Store) -> None:
        """An attacker who also recomputes the row's own hash is caught at the following row."""
        drop_protection(logged)
        conn = logged.db.conn
        row = audit.AuditEntry(*conn.execute("SELECT * FROM audit_log WHERE id = 4").fetchone())
        forged = audit._digest(
            [row.at, "someone", row.action, row.entity, row.entity_id, row.customer_id, row.summary,
             row.before_json, row.after_json, row.prev_hash]
        )  # fmt: skip
        conn.execute("UPDATE audit_log SET actor = 'someone', hash = ? WHERE id = 4", (forged,))
        assert logged.verify_audit_chain() == 5

    def test_deleted_row_is_found_at_the_next_id(self, logged: Store) -> None:
        drop_protection(logged)
        logged.db.conn.execute("DELETE FROM audit_log WHERE id = 3")
        assert logged.verify_audit_chain() == 4

    def test_new_entries_after_a_rollback_still_chain(self, logged: Store) -> None:
        with pytest.raises(RuntimeError), logged.db.transaction():
            logged.customers.create(person("王五"))
            raise RuntimeError
        logged.customers.create(person("赵六"))
        assert logged.verify_audit_chain() is None

    @pytest.mark.file_only  # reopens the file by its path
    def test_chain_survives_reopen(self, logged: Store, db_path, vault) -> None:  # type: ignore[no-untyped-def]
        logged.close()
        again = Store.open(db_path, vault, clock=ManualClock(date(2026, 11, 24)))
        try:
            again.customers.create(person("王五", lifecycle=E.Lifecycle.PROSPECT))
            assert again.verify_audit_chain() is None
        finally:
            again.close()


def test_write_and_its_audit_row_commit_or_roll_back_together(store, household):
    zhang, _yu, _policy = household
    audit_before = len(store.audit_entries(limit=10**6))
    with pytest.raises(RuntimeError), store.db.transaction():
        store.customers.update(dataclasses.replace(store.customers.get(zhang.id), address="上海"))
        raise RuntimeError("the disk went away")
    assert store.customers.get(zhang.id).address == ""
    assert len(store.audit_entries(limit=10**6)) == audit_before
    store.customers.update(dataclasses.replace(store.customers.get(zhang.id), address="上海"))
    entry = store.audit_entries(limit=1)[0]
    assert (entry.action, entry.entity, entry.entity_id, entry.summary) == ("update", "customer", zhang.id, "address")
    assert '"上海"' in entry.after_json and entry.actor == "测试经办人"


def test_audit_log_is_append_only_and_tamper_evident(store, household):
    assert store.verify_audit_chain() is None
    conn = store.db.conn
    with pytest.raises(REFUSED):
        conn.execute("UPDATE audit_log SET actor = 'someone else' WHERE id = 2")
    with pytest.raises(REFUSED):
        conn.execute("DELETE FROM audit_log WHERE id = 2")
    drop_audit_trigger(store, "update")  # an attacker with the key
    conn.execute("UPDATE audit_log SET summary = 'nothing happened' WHERE id = 3")
    assert store.verify_audit_chain() == 3
