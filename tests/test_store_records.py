"""Repositories, audit trail, search and lists on a real encrypted store."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal

import pytest

from agentbook.domain import enums as E
from agentbook.domain.idnumbers import make_resident_id
from agentbook.domain.models import (
    Beneficiary,
    Claim,
    ClaimMaterial,
    ContactEntry,
    Customer,
    Payment,
    Policy,
    Relationship,
)
from agentbook.domain.validation import ValidationError
from agentbook.store.errors import CustomerIsPartyError, DuplicateError
from agentbook.store.listing import ListRequest
from agentbook.store.schedules import schedule_for

TODAY = date(2026, 11, 23)


def person(store, name: str, mobile: str, **kw) -> Customer:
    return store.customers.create(Customer(name=name, gender=E.Gender.MALE, mobile=mobile, **kw))


@pytest.fixture
def family(store):
    zhang = person(store, "张三", "13900001111", tags=("VIP", "转介绍"))
    yu = store.customers.create(
        Customer(
            name="于曦桂",
            gender=E.Gender.FEMALE,
            id_type=E.IdType.RESIDENT_ID,
            id_number=make_resident_id("110105", date(1985, 3, 14), 124),
            mobile="13812345678",
        )
    )
    policy = store.policies.create(
        Policy(
            "P2024000123",
            "平安人寿",
            "平安福",
            E.BusinessLine.LIFE,
            zhang.id,
            yu.id,
            Decimal("5000.00"),
            Decimal("500000"),
            payment_mode=E.PaymentMode.ANNUAL,
            payment_years=20,
            effective_date=date(2024, 1, 31),
            expiry_date=date(2054, 1, 31),
            beneficiaries=[Beneficiary("张三", E.RelationKind.SPOUSE, Decimal(100), customer_id=zhang.id)],
        )
    )
    return zhang, yu, policy


def test_round_trip_of_every_entity(store, family):
    zhang, yu, policy = family
    assert store.customers.get(zhang.id) == zhang
    assert store.customers.get(zhang.id).tags == ("VIP", "转介绍")
    assert store.policies.get(policy.id) == policy
    rel = store.relationships.create(Relationship(yu.id, zhang.id, E.RelationKind.SPOUSE))
    assert store.relationships.get(rel.id) == rel
    assert [(r.other_name, r.relation) for r in store.relationships.of_customer(zhang.id)] == [
        ("于曦桂", E.RelationKind.SPOUSE)
    ]
    payment = store.payments.create(
        Payment(
            policy.id,
            1,
            date(2024, 1, 31),
            Decimal("5000"),
            E.PaymentStatus.PAID,
            date(2024, 1, 30),
            Decimal("5000"),
            E.PaymentMethod.BANK_DEBIT,
            "R1",
        )
    )
    assert store.payments.get(payment.id) == payment
    claim = store.claims.create(
        Claim(
            "LP1",
            policy.id,
            yu.id,
            date(2025, 5, 1),
            date(2025, 5, 3),
            "住院",
            Decimal("1234.56"),
            materials=[ClaimMaterial("诊断证明", True)],
        )
    )
    got = store.claims.get(claim.id)
    assert got.materials == [ClaimMaterial("诊断证明", True)]
    assert [h.status for h in got.history] == [E.ClaimStatus.REPORTED]
    got.status = E.ClaimStatus.UNDER_REVIEW
    store.claims.update(got)
    assert [h.status for h in store.claims.get(claim.id).history] == [
        E.ClaimStatus.REPORTED,
        E.ClaimStatus.UNDER_REVIEW,
    ]
    contact = store.contacts.create(
        ContactEntry(
            yu.id,
            datetime(2026, 11, 1, 10, 30),
            E.ContactChannel.WECHAT,
            E.ContactPurpose.FOLLOW_UP,
            "回访",
            follow_up_date=date(2026, 12, 1),
        )
    )
    assert store.contacts.get(contact.id) == contact
    updated = dataclasses.replace(store.customers.get(yu.id), address="北京市朝阳区")
    store.customers.update(updated)
    assert store.customers.get(yu.id).address == "北京市朝阳区"
    store.contacts.delete(contact.id)
    assert store.contacts.of_customer(yu.id) == []


def test_invalid_records_are_refused_before_the_database(store):
    count = store.customers.count()
    with pytest.raises(ValidationError) as caught:
        store.customers.create(Customer(name="", mobile="123"))
    assert {e.field for e in caught.value.errors} >= {"name", "mobile"}
    assert store.customers.count() == count


def test_duplicate_policy_number_of_the_same_insurer(store, family):
    _zhang, _yu, policy = family
    clone = dataclasses.replace(policy, id=None, beneficiaries=[])
    with pytest.raises(DuplicateError):
        store.policies.create(clone)


def test_policy_party_cannot_be_deleted(store, family):
    zhang, _yu, _policy = family
    with pytest.raises(CustomerIsPartyError):
        store.customers.delete(zhang.id)
    assert store.customers.get(zhang.id)


def test_write_and_its_audit_row_commit_or_roll_back_together(store, family):
    zhang, _yu, _policy = family
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


def test_audit_log_is_append_only_and_tamper_evident(store, family):
    import sqlcipher3

    assert store.verify_audit_chain() is None
    conn = store.db.conn
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute("UPDATE audit_log SET actor = 'someone else' WHERE id = 2")
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute("DELETE FROM audit_log WHERE id = 2")
    conn.execute("DROP TRIGGER audit_log_no_update")  # an attacker with the key
    conn.execute("UPDATE audit_log SET summary = 'nothing happened' WHERE id = 3")
    assert store.verify_audit_chain() == 3


def test_search_by_every_kind_of_fragment(store, family):
    _zhang, yu, _policy = family
    names = lambda q: [h.name for h in store.search(q)]  # noqa: E731
    assert names("曦桂") == ["于曦桂"]  # 2 characters: below the trigram minimum
    assert names("于") == ["于曦桂"]
    assert names("zs") == ["张三"]
    assert names("zhangs") == ["张三"]
    assert names("yxg") == ["于曦桂"]
    assert names("5678") == ["于曦桂"]  # mobile tail
    assert names(yu.id_number[-6:]) == ["于曦桂"]  # ID tail
    assert set(names("P2024000123")) == {"张三", "于曦桂"}  # both parties of the policy
    assert names(yu.archive_no) == ["于曦桂"]
    assert names("张 1111") == ["张三"]  # several words must all match
    assert names("nobody") == []


def test_search_index_follows_writes(store, family):
    _zhang, yu, _policy = family
    store.customers.update(dataclasses.replace(store.customers.get(yu.id), name="于晓桂"))
    assert [h.name for h in store.search("曦桂")] == []
    assert [h.name for h in store.search("晓桂")] == ["于晓桂"]
    other = person(store, "李四", "13700009999")
    store.policies.create(
        Policy(
            "NC2025000777",
            "新华保险",
            "附加",
            E.BusinessLine.ACCIDENT,
            other.id,
            other.id,
            Decimal(100),
            Decimal(10000),
            effective_date=date(2025, 1, 1),
        )
    )
    assert [h.name for h in store.search("NC2025000777")] == ["李四"]
    store.customers.delete(store.customers.create(Customer(name="王五", gender=E.Gender.MALE, mobile="13600001234")).id)
    assert store.search("王五") == []


def test_exact_archive_number_ranks_first(store):
    for n in range(12):
        person(store, f"陈{n}号", f"1390000{n:04d}")
    target = store.customers.find("name = ?", ("陈7号",))[0]
    assert store.search(target.archive_no)[0].name == "陈7号"
    assert store.search("陈")[0].name.startswith("陈")


def test_archive_numbers_follow_the_pattern(store):
    first = person(store, "甲", "13900000001")
    second = person(store, "乙", "13900000002")
    assert (first.archive_no, second.archive_no) == ("KH2026000001", "KH2026000002")
    store.db.set_setting("archive_no_pattern", "BJ-{seq:04d}")
    assert person(store, "丙", "13900000003").archive_no == "BJ-0001"


def test_schedules_for_every_payment_mode():
    base = Policy(
        "P1",
        "x",
        "y",
        E.BusinessLine.LIFE,
        1,
        1,
        Decimal(100),
        Decimal(1000),
        payment_years=2,
        effective_date=date(2024, 1, 31),
        id=1,
    )
    counts = {}
    for mode in E.PaymentMode:
        dues = [p.due_date for p in schedule_for(dataclasses.replace(base, payment_mode=mode))]
        counts[mode] = len(dues)
        assert dues[0] == date(2024, 1, 31)
    assert counts == {
        E.PaymentMode.SINGLE: 1,
        E.PaymentMode.ANNUAL: 2,
        E.PaymentMode.SEMIANNUAL: 4,
        E.PaymentMode.QUARTERLY: 8,
        E.PaymentMode.MONTHLY: 24,
    }
    monthly = schedule_for(dataclasses.replace(base, payment_mode=E.PaymentMode.MONTHLY))
    assert monthly[1].due_date == date(2024, 2, 29)  # month ends stay month ends


def test_lists_sort_and_filter_in_sql(demo_store):
    query = demo_store.list_query("policies", ListRequest(sort="premium", descending=True))
    premiums = [r.values[query.spec.columns.index(query.spec.column("premium"))] for r in query.page(0, 500)]
    assert premiums == sorted(premiums, reverse=True)
    assert query.count() == demo_store.policies.count()
    life = demo_store.list_query("policies", ListRequest({"business_line": "life"}))
    line = life.spec.columns.index(life.spec.column("business_line"))
    assert {r.values[line] for r in life.page(0, 1000)} == {E.BusinessLine.LIFE}
    overdue = demo_store.list_query("payments", ListRequest({"status": "overdue"}))
    due = overdue.spec.columns.index(overdue.spec.column("due_date"))
    rows = overdue.page(0, 1000)
    assert rows and all(r.values[due] < TODAY for r in rows)
    page1, page2 = (demo_store.list_query("customers").page(o, 50) for o in (0, 50))
    assert not {r.id for r in page1} & {r.id for r in page2}


def test_demo_data_is_valid_and_covers_the_agents_day(demo_data):
    from agentbook.domain.validation import (
        validate_claim,
        validate_contact,
        validate_customer,
        validate_payment,
        validate_policy,
    )

    assert all(validate_customer(c, TODAY) == [] for c in demo_data.customers)
    assert all(validate_policy(p) == [] for p in demo_data.policies)
    assert all(validate_payment(p) == [] for p in demo_data.payments)
    assert all(validate_claim(k, TODAY) == [] for k in demo_data.claims)
    assert all(validate_contact(t) == [] for t in demo_data.contacts)
    kinds = {c.kind for c in demo_data.customers}
    assert kinds == set(E.CustomerKind)
    assert {k.status for k in demo_data.claims} == set(E.ClaimStatus)
    assert any(p.status_on(TODAY) is E.PaymentStatus.OVERDUE for p in demo_data.payments)
    assert any(p.expiry_date and 0 <= (p.expiry_date - TODAY).days <= 90 for p in demo_data.policies)
    assert any(
        c.birth_date and 0 <= (c.birth_date.replace(year=TODAY.year) - TODAY).days < 7
        for c in demo_data.customers
        if c.birth_date and c.birth_date.month != 2
    )
    assert any(t.follow_up_date and not t.follow_up_done and t.follow_up_date <= TODAY for t in demo_data.contacts)


def test_demo_generator_is_deterministic():
    from agentbook.demo.generator import demo_dataset

    first, second = demo_dataset(50, seed=11, today=TODAY), demo_dataset(50, seed=11, today=TODAY)
    assert first.customers == second.customers and first.policies == second.policies
