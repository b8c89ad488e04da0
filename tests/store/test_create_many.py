"""``Repository.create_many``: records written together are exactly the records ``create`` writes
one by one (rows, children, archive numbers, search index, audit entries and their chain), and a
record refused halfway writes nothing at all."""

from __future__ import annotations

import base64
import copy
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from agentbook.domain import enums as E
from agentbook.domain.clock import ManualClock
from agentbook.domain.models import Cover, Customer, Policy
from agentbook.domain.validation import ValidationError
from agentbook.store.api import Store
from agentbook.store.errors import BatchAbandonedError, DuplicateError
from agentbook.store.records.repository import RejectedInBatchError
from tests.engines import refuse_inserts
from tests.store_builders import beneficiary, contact, enterprise, family, person, policy

pytestmark = pytest.mark.both_engines

TABLES = {
    "customer": "id",
    "customer_tag": "customer_id, tag",
    "policy": "id",
    "beneficiary": "id",
    "policy_cover": "id",
    "contact": "id",
    "archive_sequence": "scope",
    "customer_gram": "gram, pos, customer_id",
}


def snapshot(store: Store) -> dict[str, Any]:
    """Every row the writes touch, the search index's and the audit log's (details opened)."""
    conn = store.db.conn
    out: dict[str, Any] = {t: conn.execute(f"SELECT * FROM {t} ORDER BY {key}").fetchall() for t, key in TABLES.items()}
    out["customer_fts"] = conn.execute(
        "SELECT rowid, name, pinyin, initials, archive_no, mobile, id_number, policy_nos, other FROM customer_fts"
        " ORDER BY rowid"
    ).fetchall()
    out["audit_key"] = conn.execute("SELECT id, customer_id, created_at FROM audit_key ORDER BY id").fetchall()
    out["audit"] = [
        (e.id, e.at, e.actor, e.action, e.entity, e.entity_id, e.customer_id, e.summary, e.before_json, e.after_json)
        for e in reversed(store.security.audit_entries(limit=10_000))
        if e.entity != "database"  # the archive's creation and opening, which name its file
    ]
    return out


def open_store(path: Path, vault: Any) -> Store:
    return Store.open(path, vault, create=True, actor="测试经办人", clock=ManualClock(datetime(2026, 11, 23, 9, 30)))


def records() -> tuple[list[Customer], list[Policy]]:
    """Customers of every kind (one with tags, one with its own archive number) and policies with
    beneficiaries and covers, for customers 2–5 (customer 1 exists before the batch)."""
    customers = [
        person("王伟", tags=(" VIP ", "转介绍", "VIP")),
        person("李娜", male=False, born=date(1991, 2, 3), archive_no="KH2026000003"),
        enterprise(),
        family(),
    ]
    policies = [
        policy(2, beneficiaries=[beneficiary("王小明", "60"), beneficiary("王小红", "40")]),
        policy(
            3,
            2,
            covers=[
                Cover(E.CoverKind.CRITICAL_ILLNESS, Decimal("300000.00")),
                Cover(E.CoverKind.MEDICAL, Decimal("2000000.00"), rider=" 附加医疗 ", deductible=Decimal("10000.00")),
            ],
        ),
        policy(2, policy_no="PB-1", insurer="中国人寿"),
    ]
    return customers, policies


def test_written_together_is_written_as_one_by_one(tmp_path: Path, vault: Any) -> None:
    stores = [open_store(tmp_path / f"{way}.db", vault) for way in ("one_by_one", "together")]
    first = person("张三")
    for store in stores:  # an archive that already holds a customer, his key and a number
        store.customers.create(copy.deepcopy(first))
    customers, policies = records()
    one, together = stores
    seeds = copy.deepcopy((customers, policies))
    with one.batch():
        for c in copy.deepcopy(customers):
            one.customers.create(c)
        for p in copy.deepcopy(policies):
            one.policies.create(p)
        for n in (2, 3, 3):
            one.contacts.create(contact(n))
    with together.batch():
        written, _ = copy.deepcopy(seeds)
        together.customers.create_many(written)
        together.policies.create_many(copy.deepcopy(policies))
        together.contacts.create_many([contact(n) for n in (2, 3, 3)])
    assert [c.id for c in written] == [2, 3, 4, 5]
    assert [c.archive_no for c in written] == ["KH2026000002", "KH2026000003", "KH2026000004", "KH2026000005"]
    assert written[0].tags == ("VIP", "转介绍")
    expected, actual = snapshot(one), snapshot(together)
    assert actual == expected
    assert [a[3] for a in actual["audit"]].count("create") == 1 + 4 + 3 + 3 and len(actual["customer_gram"]) > 0
    assert together.search("王伟")[0].customer_id == 2
    rows = together.db.conn.execute("SELECT after_json FROM audit_log").fetchall()
    sealed = [v for (v,) in rows if v and v.startswith("sealed:")]
    nonces = {base64.b64decode(v.rsplit(":", 1)[1])[:12] for v in sealed}
    assert len(sealed) >= 11 and len(nonces) == len(sealed)  # every value sealed under a nonce of its own
    for store in stores:
        assert store.security.verify_audit().ok
        assert store.security.verify().ok
        store.close()


def test_a_record_the_database_refuses_halfway_writes_nothing(store: Store) -> None:
    store.customers.create(person("张三"))
    before = store.counts()
    head = store.security.audit_head()
    refuse_inserts(store, "policy", "policy_no", "PX-3")
    batch = [person(f"客户{n}") for n in range(5)]
    with pytest.raises(RejectedInBatchError) as info, store.batch():
        store.customers.create_many(batch)
        store.policies.create_many([policy(c.id or 0, policy_no=f"PX-{n}") for n, c in enumerate(batch)])
    assert info.value.position == 3
    assert store.counts() == before and store.security.audit_head() == head
    assert store.search("客户") == []
    assert store.security.verify_audit().ok


def test_a_refusal_handled_inside_a_batch_still_abandons_the_batch(store: Store) -> None:
    """A batch's steps have no savepoints of their own: a caller that catches a refusal and goes
    on writes nothing more, and the batch rolls back whole instead of committing half a step."""
    store.customers.create(person("张三"))
    before = store.counts()
    head = store.security.audit_head()
    refuse_inserts(store, "policy", "policy_no", "PX-3")
    batch = [person(f"客户{n}") for n in range(5)]
    with pytest.raises(BatchAbandonedError), store.batch():
        store.customers.create_many(batch)
        with pytest.raises(RejectedInBatchError):
            store.policies.create_many([policy(c.id or 0, policy_no=f"PX-{n}") for n, c in enumerate(batch)])
        with pytest.raises(BatchAbandonedError):
            store.customers.create(person("王五"))
    assert store.counts() == before and store.security.audit_head() == head
    assert store.search("客户") == [] and store.search("王五") == []
    store.customers.create(person("赵六"))  # the archive takes the next write as usual
    assert store.counts()["customer"] == before["customer"] + 1
    assert store.security.verify_audit().ok


def test_a_duplicate_and_an_invalid_record_are_named_by_position_and_nothing_is_written(store: Store) -> None:
    holder = store.customers.create(person("张三"))
    store.policies.create(policy(holder.id or 0, policy_no="PA-1", insurer="平安人寿"))
    before = store.counts()
    with pytest.raises(RejectedInBatchError) as info:
        store.policies.create_many(
            [policy(holder.id or 0, policy_no=f"PA-{n}", insurer="平安人寿") for n in (5, 6, 1, 7)]
        )
    assert info.value.position == 2 and isinstance(info.value.cause, DuplicateError)
    with pytest.raises(RejectedInBatchError) as info:
        store.customers.create_many([person("李四"), person(" ", mobile="123")])
    assert info.value.position == 1 and isinstance(info.value.cause, ValidationError)
    assert store.counts() == before
