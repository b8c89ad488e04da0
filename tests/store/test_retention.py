"""Retention dates and destruction: the data leaves the file for good, other customers keep theirs."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from agentbook.domain import enums as E
from agentbook.domain.models import Relationship
from agentbook.domain.retention import TOMBSTONE_NAME, add_years
from agentbook.store.operations.retention import ReasonRequiredError
from tests import store_builders as b
from tests.archive_checks import snapshot
from tests.engines import every_value, on_branch

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 23)
NAME = "欧阳销毁测"  # unique in the archive, so its bytes can be looked for in the file


def plain_copy(store, tmp_path) -> bytes:
    """The whole database decrypted into a plain SQLite file, as its bytes (on a branch server,
    every value of every row)."""
    if on_branch(store):
        return every_value(store)
    target = tmp_path / "plain.db"
    target.unlink(missing_ok=True)
    with store.db.lock:
        store.db.conn.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
        store.db.conn.execute("SELECT sqlcipher_export('plain')")
        store.db.conn.execute("DETACH DATABASE plain")
    assert sqlite3.connect(target).execute("SELECT count(*) FROM customer").fetchone()[0] >= 1
    return target.read_bytes()


@pytest.fixture
def subject(store):
    """A customer with their own policy, payments, a claim, contacts, a relative and audit history."""
    me = store.customers.create(b.person(NAME, health_notes="高血压病史", remarks="老客户介绍"))
    other = store.customers.create(b.person("林其他", born=date(1990, 1, 2)))
    own = store.policies.create(b.policy(me.id, beneficiaries=[b.beneficiary("欧阳小孩", "100")]))
    store.payments.create(b.payment(own.id))
    store.claims.create(b.claim(own.id, me.id))
    store.contacts.create(b.contact(me.id, summary=f"{NAME}来电咨询"))
    store.attachments.add(me.id, "体检报告.pdf", b"%PDF-1.4 " + "欧阳体检记录".encode() * 40, "其他")
    store.relationships.create(Relationship(me.id, other.id, E.RelationKind.SPOUSE))
    me = store.customers.get(me.id)
    me.mobile = b.unique_mobile()  # an update: before/after with the name go to the audit log
    store.customers.update(me)
    return me, other


def test_terminating_a_customer_starts_the_retention_clock(store):
    c = store.customers.create(b.person("期限测"))
    assert c.retention_until is None
    c.lifecycle = E.Lifecycle.TERMINATED
    c = store.customers.update(c)
    assert c.retention_until == add_years(TODAY, 10)
    store.db.set_setting("retention_years", "5")
    d = store.customers.create(b.person("五年测", lifecycle=E.Lifecycle.TERMINATED))
    assert d.retention_until == add_years(TODAY, 5)


def test_the_due_list_holds_terminated_customers_past_their_date(store):
    past = store.customers.create(
        b.person("已到期", lifecycle=E.Lifecycle.TERMINATED, retention_until=date(2026, 11, 23))
    )
    store.customers.create(b.person("未到期", lifecycle=E.Lifecycle.TERMINATED, retention_until=date(2026, 11, 24)))
    back = store.customers.create(b.person("又回来", lifecycle=E.Lifecycle.TERMINATED))
    back.lifecycle = E.Lifecycle.ACTIVE  # a customer who buys again leaves the retention clock
    assert store.customers.update(back).retention_until is None
    assert [d.customer_id for d in store.retention_due()] == [past.id]
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)


def test_destruction_needs_a_reason_and_then_changes_nothing(store, subject):
    me, _other = subject
    before = snapshot(store)
    with pytest.raises(ReasonRequiredError):
        store.destroy_customer(me.id, "   ")
    assert snapshot(store) == before


def test_destroyed_data_is_gone_from_the_decrypted_file(store, subject, tmp_path):
    me, other = subject
    id_number, mobile = me.id_number, me.mobile
    assert NAME.encode() in plain_copy(store, tmp_path)  # the test can see the name while it is there
    assert store.search(NAME[:2])  # findable before
    record = store.destroy_customer(me.id, "保管期满，客户书面要求删除")
    assert not record.tombstone
    assert record.removed["policy"] == 1 and record.removed["claim"] == 1 and record.removed["contact"] == 1
    data = plain_copy(store, tmp_path)
    assert record.removed["attachment"] == 1
    for secret in (NAME, id_number, mobile, "高血压病史", "欧阳小孩", f"{NAME}来电咨询", "欧阳体检记录"):
        assert secret.encode("utf-8") not in data, secret
    assert store.search(NAME[:2]) == []
    assert store.customers.get(other.id).name == "林其他"  # the relative keeps their record
    # the record of the destruction and its audit entry stay; the chain is still whole
    [kept] = store.destruction_records()
    assert kept.archive_no == me.archive_no and kept.reason.startswith("保管期满") and kept.actor == "测试经办人"
    assert store.verify_audit_chain() is None
    assert "destroy" in {e.action for e in store.audit_entries(limit=5)}
    # the audit rows that held the customer's details can no longer be read
    about = [e for e in store.security.audit_entries() if e.customer_id == me.id]
    assert about and all(e.sealing == "shredded" for e in about)


def test_a_policy_shared_with_another_customer_keeps_their_data(store, tmp_path):
    me = store.customers.create(b.person(NAME))
    spouse = store.customers.create(b.person("林配偶", male=False, born=date(1989, 5, 6)))
    shared = store.policies.create(b.policy(spouse.id, me.id))  # spouse insures me
    theirs = store.policies.create(
        b.policy(
            spouse.id, beneficiaries=[b.beneficiary(NAME, "100", customer_id=me.id, relation=E.RelationKind.SPOUSE)]
        )
    )
    record = store.destroy_customer(me.id, "客户要求删除个人信息")
    assert record.tombstone
    ghost = store.customers.get(me.id)
    assert ghost.name == TOMBSTONE_NAME and ghost.id_number == "" and ghost.mobile == "" and ghost.birth_date is None
    assert store.policies.get(shared.id).insured_id == me.id  # the spouse's policy stays whole
    kept = store.policies.get(theirs.id)
    assert [x.name for x in kept.beneficiaries] == [TOMBSTONE_NAME] and kept.beneficiaries[0].share == 100
    assert NAME.encode() not in plain_copy(store, tmp_path)
    assert store.customers.get(spouse.id).name == "林配偶"


def test_destroying_a_customer_shreds_the_audit_details_of_duplicates_merged_into_them(store, tmp_path):
    """A merged-away duplicate's history was sealed under its own key; destroying the customer it
    was merged into must shred that history too, or the person stays readable in the audit log."""
    twin = "欧阳合并测"
    store.customers.create(b.person("林其他"))  # someone stays, so the decrypted copy has a customer
    kept = store.customers.create(b.person(NAME))
    merged = store.customers.create(b.person(twin, health_notes="糖尿病史合并", born=date(1977, 3, 4)))
    store.contacts.create(b.contact(merged.id, summary=f"{twin}电话回访"))
    secrets = (twin, merged.id_number, merged.mobile, "糖尿病史合并", f"{twin}电话回访")
    store.merge_customers(kept.id, merged.id)
    assert any(twin in (e.before_json or "") + (e.after_json or "") for e in store.security.audit_entries())
    store.destroy_customer(kept.id, "保管期满，客户书面要求删除")
    for entry in store.security.audit_entries():
        text = " ".join(str(v) for v in (entry.summary, entry.before_json, entry.after_json))
        for secret in secrets:
            assert secret not in text, (entry.action, secret)
    data = plain_copy(store, tmp_path)
    for secret in secrets:
        assert secret.encode("utf-8") not in data, secret
    assert store.verify_audit_chain() is None


def test_undoing_a_merge_gives_the_duplicate_its_audit_keys_back(store):
    kept = store.customers.create(b.person(NAME))
    merged = store.customers.create(b.person("欧阳撤销测", born=date(1977, 3, 4)))
    store.merge_customers(kept.id, merged.id)
    store.undo_last_merge()
    store.destroy_customer(kept.id, "客户要求删除")
    about = [e for e in store.security.audit_entries() if e.customer_id == merged.id and e.action == "create"]
    assert about and all(e.sealing == "opened" for e in about)  # the duplicate's history is still its own
