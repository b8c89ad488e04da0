"""Audit details about customers are sealed under per-customer keys: readable in the viewer,
unreadable once the customer's keys are destroyed, with the hash chain still whole."""

from __future__ import annotations

import json

import pytest

from agentbook.store.api import Store
from agentbook.store.audit import log as audit
from tests.engines import drop_audit_trigger
from tests.store_builders import beneficiary, person, policy

pytestmark = pytest.mark.both_engines


def test_customer_rows_are_sealed_on_disk_and_open_in_the_viewer(store: Store) -> None:
    zhang = store.customers.create(person("张三"))
    raw = store.db.read_one("SELECT summary, after_json FROM audit_log WHERE action = 'create' AND entity = 'customer'")
    assert raw is not None and raw[1].startswith("sealed:v1:") and "张三" not in raw[1]
    entry = next(e for e in store.audit_entries() if e.action == "create" and e.entity == "customer")
    assert entry.sealing == "opened" and json.loads(entry.after_json)["name"] == "张三"  # type: ignore[arg-type]
    assert entry.customer_id == zhang.id


def test_rows_without_customers_stay_plain(store: Store) -> None:
    store.record_event("export_excel", "workbook", summary="branch workbook", details={"rows": 3})
    entry = store.audit_entries(limit=1)[0]
    assert entry.sealing == "" and entry.summary == "branch workbook"


def test_a_policy_row_needs_the_keys_of_every_party(store: Store) -> None:
    holder = store.customers.create(person("投保人甲"))
    insured = store.customers.create(person("被保人乙"))
    heir = store.customers.create(person("受益人丙"))
    made = store.policies.create(
        policy(holder.id, insured.id, beneficiaries=[beneficiary("受益人丙", "100", customer_id=heir.id)])
    )
    raw = store.db.read_one("SELECT after_json FROM audit_log WHERE entity = 'policy' AND entity_id = ?", (made.id,))
    assert raw is not None and len(audit.audit_seal.key_ids(raw[0])) == 3
    store.db.conn.execute("DELETE FROM audit_key WHERE customer_id = ?", (heir.id,))  # what destruction does
    entry = next(e for e in store.audit_entries() if e.entity == "policy")
    assert entry.sealing == "shredded" and entry.after_json is None and entry.summary == ""
    assert (entry.action, entry.actor, entry.entity_id) == ("create", "测试经办人", made.id)  # who/what/when stay
    assert store.verify_audit_chain() is None
    holder_row = next(e for e in store.audit_entries() if e.entity == "customer" and e.customer_id == holder.id)
    assert holder_row.sealing == "opened"  # other customers' own rows are untouched
    assert json.loads(holder_row.after_json)["name"] == "投保人甲"  # type: ignore[arg-type]


def test_filters_of_the_viewer(store: Store) -> None:
    zhang = store.customers.create(person("张三"))
    store.customers.create(person("李四"))
    store.record_event("reveal", "customer", zhang.id, customer_id=zhang.id, summary="360")
    sec = store.security
    only_zhang = sec.audit_entries(audit.AuditFilter(customer_id=zhang.id))
    assert {e.customer_id for e in only_zhang} == {zhang.id} and len(only_zhang) == 2
    reveals = sec.audit_entries(audit.AuditFilter(action="reveal"))
    assert [e.summary for e in reveals] == ["360"]
    today = store.audit_entries(limit=1)[0].at[:10]
    assert sec.audit_count(audit.AuditFilter(date_from=today, date_to=today)) == sec.audit_count()
    assert sec.audit_count(audit.AuditFilter(date_to="2000-01-01")) == 0
    assert sec.audit_count(audit.AuditFilter(actor="someone else")) == 0
    assert "reveal" in sec.audit_values("action") and sec.audit_values("actor") == ["测试经办人"]
    count, head = sec.audit_head()
    newest = store.db.read_one("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")
    assert count == sec.audit_count() and newest is not None and head == newest[0]


def test_tampered_sealed_row_is_detected(store: Store) -> None:
    store.customers.create(person("张三"))
    drop_audit_trigger(store, "update")
    row_id, after = store.db.read_one("SELECT id, after_json FROM audit_log WHERE entity = 'customer'")  # type: ignore[misc]
    store.db.conn.execute("UPDATE audit_log SET after_json = ? WHERE id = ?", (after[:-4] + "AAA=", row_id))
    assert store.verify_audit_chain() == row_id
