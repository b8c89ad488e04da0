"""Round trips of every entity through a real encrypted store: create, get, update, delete;
validation before the database, archive numbers and payment schedules."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal

import pytest

from agentbook.domain import enums as E
from agentbook.domain.models import (
    Claim,
    ClaimMaterial,
    ContactEntry,
    Customer,
    Payment,
    Policy,
    Relationship,
)
from agentbook.domain.schedules import schedule_for
from agentbook.domain.validation import ValidationError
from agentbook.store.api import Store
from agentbook.store.errors import CustomerIsPartyError, DuplicateError, InUseError, NotFoundError
from agentbook.store.records.archive_numbers import PatternError
from tests.conftest import TODAY
from tests.store_builders import beneficiary, claim, contact, enterprise, family, payment, person, policy, saved_person

pytestmark = pytest.mark.both_engines


def reread(store: Store, obj: object) -> object:
    repo = {
        "Customer": store.customers,
        "Relationship": store.relationships,
        "Policy": store.policies,
        "Payment": store.payments,
        "Claim": store.claims,
        "ContactEntry": store.contacts,
    }[type(obj).__name__]
    return repo.get(obj.id)  # type: ignore[attr-defined]


@pytest.fixture
def couple(store: Store) -> tuple[Customer, Customer]:
    husband = store.customers.create(person("张三", born=date(1980, 5, 6), male=True))
    wife = store.customers.create(person("李梅", born=date(1982, 7, 8), male=False))
    return husband, wife


class TestCustomers:
    def test_round_trip_of_every_field(self, store: Store) -> None:
        original = person(
            "欧阳娜娜",
            born=date(1990, 2, 28),
            male=False,
            phone="010-12345678",
            email="nana@example.com",
            wechat="wx_nana",
            address="北京市朝阳区建国路 88 号",
            occupation="会计",
            employer="北京示例会计师事务所",
            annual_income=Decimal("360000.50"),
            risk_level=E.RiskLevel.MEDIUM,
            value_tier=E.ValueTier.HIGH,
            protection_preference=E.ProtectionPreference.BALANCED,
            risk_tolerance=E.RiskTolerance.STEADY,
            needs="子女教育金规划",
            health_notes="2019 年甲状腺结节手术",
            financial_notes="有房贷约 80 万元",
            source_channel="转介绍",
            tags=(" VIP ", "转介绍", "VIP", ""),
            remarks="喜欢微信沟通",
            consent_date=date(2025, 1, 2),
            consent_scope="客户档案管理",
            consent_sensitive=True,
        )
        created = store.customers.create(original)
        assert created.id is not None
        assert created.archive_no == "KH2026000001"
        assert created.tags == ("VIP", "转介绍")
        assert isinstance(created.created_at, datetime)
        loaded = store.customers.get(created.id)
        assert loaded == created
        assert loaded.annual_income == Decimal("360000.50") and str(loaded.annual_income) == "360000.50"
        assert loaded.gender is E.Gender.FEMALE and loaded.birth_date == date(1990, 2, 28)

    def test_enterprise_and_family_round_trip(self, store: Store) -> None:
        firm = store.customers.create(enterprise())
        home = store.customers.create(family())
        assert store.customers.get(firm.id) == firm  # type: ignore[arg-type]
        assert store.customers.get(home.id) == home  # type: ignore[arg-type]

    def test_update(self, store: Store) -> None:
        created = store.customers.create(person("张三", tags=("VIP",)))
        created.name = "张叁"
        created.mobile = "13900001111"
        created.tags = ("老客户", "VIP")
        created.lifecycle = E.Lifecycle.TERMINATED
        created.retention_until = date(2036, 1, 1)
        store.customers.update(created)
        loaded = store.customers.get(created.id)  # type: ignore[arg-type]
        assert loaded == created
        assert loaded.tags == ("VIP", "老客户")
        assert loaded.updated_at is not None and loaded.created_at is not None
        assert loaded.updated_at >= loaded.created_at
        assert store.customers.all_tags() == ["VIP", "老客户"]
        other = store.customers.create(person("李四", tags=("需回访",)))
        assert store.customers.tags_of([other.id]) == ["需回访"]  # type: ignore[list-item]
        assert store.customers.tags_of([created.id, other.id]) == ["VIP", "老客户", "需回访"]  # type: ignore[list-item]
        assert store.customers.tags_of([]) == []

    def test_delete(self, store: Store) -> None:
        created = store.customers.create(person("张三", tags=("VIP",)))
        store.customers.delete(created.id)  # type: ignore[arg-type]
        with pytest.raises(NotFoundError):
            store.customers.get(created.id)  # type: ignore[arg-type]
        assert store.db.read("SELECT * FROM customer_tag") == []
        with pytest.raises(NotFoundError):
            store.customers.delete(created.id)  # type: ignore[arg-type]

    def test_invalid_customer_is_refused_before_the_database(self, store: Store) -> None:
        with pytest.raises(ValidationError) as info:
            store.customers.create(person("张三", mobile="123"))
        assert info.value.for_field("mobile")
        assert store.customers.count() == 0

    def test_update_without_id(self, store: Store) -> None:
        with pytest.raises(NotFoundError):
            store.customers.update(person())

    def test_update_of_a_deleted_record(self, store: Store) -> None:
        created = store.customers.create(person())
        store.customers.delete(created.id)  # type: ignore[arg-type]
        with pytest.raises(NotFoundError):
            store.customers.update(created)

    def test_archive_numbers_are_sequential_and_unique(self, store: Store) -> None:
        numbers = [store.customers.create(person(f"客户{i}")).archive_no for i in range(3)]
        assert numbers == ["KH2026000001", "KH2026000002", "KH2026000003"]
        taken = store.customers.create(person("手工编号", archive_no="KH2026000004"))
        assert taken.archive_no == "KH2026000004"
        assert store.customers.create(person("下一位")).archive_no == "KH2026000005"
        with pytest.raises(DuplicateError):
            store.customers.create(person("重复", archive_no="KH2026000001"))

    def test_archive_sequence_restarts_each_year(self, store: Store) -> None:
        assert store.customers.create(person("甲")).archive_no == "KH2026000001"
        store.clock.set(date(2027, 1, 1))
        assert store.customers.create(person("乙")).archive_no == "KH2027000001"
        store.clock.set(TODAY)
        assert store.customers.create(person("丙")).archive_no == "KH2026000002"

    def test_archive_number_pattern_from_settings(self, store: Store) -> None:
        store.db.set_setting("archive_no_pattern", "A{year}{month}-{seq:04d}")
        assert store.customers.create(person()).archive_no == "A202611-0001"
        store.db.set_setting("archive_no_pattern", "no placeholder")
        with pytest.raises(PatternError):
            store.customers.create(person())

    def test_by_archive_no_and_id_number(self, store: Store) -> None:
        created = store.customers.create(person())
        assert store.customers.by_archive_no(created.archive_no) == created
        assert store.customers.by_id_number(created.id_number) == [created]
        assert store.customers.by_archive_no("KH0") is None

    def test_party_of_a_policy_cannot_be_deleted(self, store: Store, couple: tuple[Customer, Customer]) -> None:
        husband, wife = couple
        store.policies.create(policy(husband.id, wife.id))  # type: ignore[arg-type]
        for cid in (husband.id, wife.id):
            with pytest.raises(CustomerIsPartyError):
                store.customers.delete(cid)  # type: ignore[arg-type]
        assert store.customers.count() == 2
        terminated = store.customers.terminate(wife.id)  # type: ignore[arg-type]
        assert store.customers.get(wife.id).lifecycle is E.Lifecycle.TERMINATED  # type: ignore[arg-type]
        assert terminated.lifecycle is E.Lifecycle.TERMINATED

    def test_named_beneficiary_cannot_be_deleted(self, store: Store, couple: tuple[Customer, Customer]) -> None:
        husband, _ = couple
        child = store.customers.create(person("张小宝", born=date(2015, 1, 1)))
        pol = policy(husband.id, husband.id, beneficiaries=[beneficiary(child.name, "100", customer_id=child.id)])
        store.policies.create(pol)
        with pytest.raises(CustomerIsPartyError):
            store.customers.delete(child.id)  # type: ignore[arg-type]
        assert store.customers.policy_count(child.id) == 1  # type: ignore[arg-type]


class TestRelationships:
    def test_both_directions(self, store: Store, couple: tuple[Customer, Customer]) -> None:
        father, _ = couple
        child = store.customers.create(person("张小宝", born=date(2015, 1, 1)))
        rel = store.relationships.create(Relationship(child.id, father.id, E.RelationKind.CHILD, remarks="长子"))  # type: ignore[arg-type]
        assert store.relationships.get(rel.id) == rel  # type: ignore[arg-type]
        (from_child,) = store.relationships.of_customer(child.id)  # type: ignore[arg-type]
        assert (from_child.other_id, from_child.other_name, from_child.relation) == (
            father.id,
            "张三",
            E.RelationKind.PARENT,
        )
        (from_father,) = store.relationships.of_customer(father.id)  # type: ignore[arg-type]
        assert (from_father.other_id, from_father.relation) == (child.id, E.RelationKind.CHILD)
        assert from_father.other_archive_no == child.archive_no

    def test_symmetric_relation(self, store: Store, couple: tuple[Customer, Customer]) -> None:
        husband, wife = couple
        store.relationships.create(Relationship(wife.id, husband.id, E.RelationKind.SPOUSE))  # type: ignore[arg-type]
        assert [r.relation for r in store.relationships.of_customer(husband.id)] == [E.RelationKind.SPOUSE]  # type: ignore[arg-type]
        assert [r.relation for r in store.relationships.of_customer(wife.id)] == [E.RelationKind.SPOUSE]  # type: ignore[arg-type]

    def test_employee_of_a_firm(self, store: Store) -> None:
        firm = store.customers.create(enterprise())
        worker = store.customers.create(person("王工"))
        store.relationships.create(Relationship(worker.id, firm.id, E.RelationKind.EMPLOYEE))  # type: ignore[arg-type]
        assert store.relationships.of_customer(worker.id)[0].relation is E.RelationKind.EMPLOYER  # type: ignore[arg-type]
        assert store.relationships.of_customer(firm.id)[0].relation is E.RelationKind.EMPLOYEE  # type: ignore[arg-type]

    def test_update_delete_and_rules(self, store: Store, couple: tuple[Customer, Customer]) -> None:
        husband, wife = couple
        rel = store.relationships.create(Relationship(wife.id, husband.id, E.RelationKind.OTHER))  # type: ignore[arg-type]
        rel.relation = E.RelationKind.SPOUSE
        store.relationships.update(rel)
        assert store.relationships.get(rel.id).relation is E.RelationKind.SPOUSE  # type: ignore[arg-type]
        with pytest.raises(DuplicateError):
            store.relationships.create(Relationship(wife.id, husband.id, E.RelationKind.SPOUSE))  # type: ignore[arg-type]
        with pytest.raises(ValidationError):
            store.relationships.create(Relationship(wife.id, wife.id, E.RelationKind.SPOUSE))  # type: ignore[arg-type]
        store.relationships.delete(rel.id)  # type: ignore[arg-type]
        assert store.relationships.of_customer(wife.id) == []  # type: ignore[arg-type]

    def test_relationships_go_with_a_deleted_customer(self, store: Store, couple: tuple[Customer, Customer]) -> None:
        husband, wife = couple
        store.relationships.create(Relationship(wife.id, husband.id, E.RelationKind.SPOUSE))  # type: ignore[arg-type]
        store.customers.delete(wife.id)  # type: ignore[arg-type]
        assert store.relationships.of_customer(husband.id) == []  # type: ignore[arg-type]
        assert store.relationships.count() == 0


class TestPolicies:
    def test_round_trip_with_beneficiaries(self, store: Store, couple: tuple[Customer, Customer]) -> None:
        husband, wife = couple
        original = policy(
            husband.id,
            husband.id,
            premium=Decimal("12345.67"),
            sum_insured=Decimal("1000000"),
            commission=Decimal("1851.85"),
            riders="附加意外医疗",
            remarks="年交 10 年",
            beneficiaries=[
                beneficiary(
                    wife.name, "60", 1, customer_id=wife.id, relation=E.RelationKind.SPOUSE, id_number=wife.id_number
                ),
                beneficiary("张老太", "40", 1, relation=E.RelationKind.PARENT),
                beneficiary("张小妹", "12.5", 2, relation=E.RelationKind.SIBLING),
                beneficiary("张小弟", "87.5", 2, relation=E.RelationKind.SIBLING),
            ],
        )
        created = store.policies.create(original)
        loaded = store.policies.get(created.id)  # type: ignore[arg-type]
        assert loaded == created
        assert [b.id for b in loaded.beneficiaries] == [b.id for b in created.beneficiaries]
        assert str(loaded.premium) == "12345.67"
        assert str(loaded.sum_insured) == "1000000.00"

    def test_beneficiary_shares_read_back_as_plain_percentages(
        self, store: Store, couple: tuple[Customer, Customer]
    ) -> None:
        """A share of 100 must come back as ``100``, not ``1E+2`` (which a dialog or export prints)."""
        husband, wife = couple
        created = store.policies.create(
            policy(
                husband.id,
                husband.id,
                beneficiaries=[
                    beneficiary(wife.name, "100", 1),
                    beneficiary("甲", "60", 2),
                    beneficiary("乙", "33.33", 2),
                    beneficiary("丙", "6.67", 2),
                ],
            )
        )
        shares = [str(b.share) for b in store.policies.get(created.id).beneficiaries]  # type: ignore[arg-type]
        assert shares == ["100", "60", "33.33", "6.67"]
        assert "E" not in store.audit_entries(limit=1)[0].after_json  # type: ignore[operator]

    def test_update_replaces_beneficiaries(self, store: Store, couple: tuple[Customer, Customer]) -> None:
        husband, wife = couple
        created = store.policies.create(policy(husband.id, beneficiaries=[beneficiary(wife.name, "100")]))
        created.beneficiaries = [beneficiary("甲", "50"), beneficiary("乙", "50")]
        created.status = E.PolicyStatus.LAPSED
        created.expiry_date = None
        store.policies.update(created)
        loaded = store.policies.get(created.id)  # type: ignore[arg-type]
        assert loaded == created
        assert [b.name for b in loaded.beneficiaries] == ["甲", "乙"]
        assert store.counts()["beneficiary"] == 2

    def test_delete_takes_payments_and_beneficiaries(self, store: Store, couple: tuple[Customer, Customer]) -> None:
        husband, wife = couple
        created = store.policies.create(policy(husband.id, beneficiaries=[beneficiary(wife.name, "100")]))
        store.payments.generate_schedule(created)
        store.policies.delete(created.id)  # type: ignore[arg-type]
        counts = store.counts()
        assert (counts["policy"], counts["beneficiary"], counts["payment"]) == (0, 0, 0)
        store.customers.delete(husband.id)  # type: ignore[arg-type]  # no longer a party

    def test_policy_with_a_claim_cannot_be_deleted(self, store: Store, couple: tuple[Customer, Customer]) -> None:
        husband, _ = couple
        created = store.policies.create(policy(husband.id))
        store.claims.create(claim(created.id, husband.id))  # type: ignore[arg-type]
        with pytest.raises(InUseError):
            store.policies.delete(created.id)  # type: ignore[arg-type]

    def test_number_unique_per_insurer(self, store: Store, couple: tuple[Customer, Customer]) -> None:
        husband, _ = couple
        store.policies.create(policy(husband.id, policy_no="P2024000001", insurer="平安人寿"))
        store.policies.create(policy(husband.id, policy_no="P2024000001", insurer="中国人寿"))
        with pytest.raises(DuplicateError):
            store.policies.create(policy(husband.id, policy_no="P2024000001", insurer="平安人寿"))
        assert len(store.policies.by_number("P2024000001")) == 2
        assert len(store.policies.by_number("P2024000001", "中国人寿")) == 1
        assert store.policies.insurers() == sorted(["中国人寿", "平安人寿"])

    def test_unknown_party_is_refused(self, store: Store, couple: tuple[Customer, Customer]) -> None:
        husband, _ = couple
        with pytest.raises(InUseError):  # a foreign-key failure is a ConflictError, not a crash
            store.policies.create(policy(husband.id, 9999))
        assert store.policies.count() == 0

    def test_float_premium_is_refused(self, store: Store, couple: tuple[Customer, Customer]) -> None:
        husband, _ = couple
        with pytest.raises(ValidationError):
            store.policies.create(policy(husband.id, premium=1200.5))

    def test_of_customer(self, store: Store, couple: tuple[Customer, Customer]) -> None:
        husband, wife = couple
        third = store.customers.create(person("赵六"))
        as_holder = store.policies.create(policy(husband.id, wife.id))
        as_beneficiary = store.policies.create(
            policy(third.id, beneficiaries=[beneficiary(husband.name, "100", customer_id=husband.id)])
        )
        assert {p.id for p in store.policies.of_customer(husband.id)} == {as_holder.id, as_beneficiary.id}  # type: ignore[arg-type]
        assert {p.id for p in store.policies.of_customer(wife.id)} == {as_holder.id}  # type: ignore[arg-type]


class TestPayments:
    @pytest.fixture
    def pol(self, store: Store, couple: tuple[Customer, Customer]) -> Policy:
        return store.policies.create(policy(couple[0].id))

    def test_round_trip(self, store: Store, pol: Policy) -> None:
        created = store.payments.create(payment(pol.id, 1, remarks="首期"))  # type: ignore[arg-type]
        assert store.payments.get(created.id) == created  # type: ignore[arg-type]
        created.status = E.PaymentStatus.PAID
        created.paid_date = date(2026, 3, 9)
        created.amount_paid = Decimal("12000.00")
        created.method = E.PaymentMethod.WECHAT
        created.receipt_no = "R0001"
        store.payments.update(created)
        assert store.payments.get(created.id) == created  # type: ignore[arg-type]
        store.payments.delete(created.id)  # type: ignore[arg-type]
        assert store.payments.of_policy(pol.id) == []  # type: ignore[arg-type]

    def test_one_row_per_period(self, store: Store, pol: Policy) -> None:
        store.payments.create(payment(pol.id, 1))  # type: ignore[arg-type]
        with pytest.raises(DuplicateError):
            store.payments.create(payment(pol.id, 1))  # type: ignore[arg-type]

    def test_paid_needs_date_and_amount(self, store: Store, pol: Policy) -> None:
        with pytest.raises(ValidationError):
            store.payments.create(payment(pol.id, 1, status=E.PaymentStatus.PAID))  # type: ignore[arg-type]

    def test_generate_schedule(self, store: Store, couple: tuple[Customer, Customer]) -> None:
        monthly = store.policies.create(
            policy(
                couple[0].id,
                payment_mode=E.PaymentMode.MONTHLY,
                payment_years=2,
                premium=Decimal("1000"),
                apply_date=date(2024, 1, 20),
                effective_date=date(2024, 1, 31),
            )
        )
        created = store.payments.generate_schedule(monthly)
        assert [p.period for p in created] == list(range(1, 25))
        assert [p.due_date for p in created[:3]] == [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31)]
        assert all(p.amount_due == Decimal("1000.00") for p in created)
        assert store.payments.generate_schedule(monthly) == []  # idempotent
        single = store.policies.create(policy(couple[0].id, payment_mode=E.PaymentMode.SINGLE, payment_years=1))
        assert [p.due_date for p in store.payments.generate_schedule(single)] == [single.effective_date]


class TestClaims:
    @pytest.fixture
    def pol(self, store: Store, couple: tuple[Customer, Customer]) -> Policy:
        return store.policies.create(policy(couple[0].id, couple[1].id))

    def test_round_trip_with_materials_and_history(self, store: Store, pol: Policy) -> None:
        created = store.claims.create(claim(pol.id, pol.insured_id, remarks="急诊"))  # type: ignore[arg-type]
        loaded = store.claims.get(created.id)  # type: ignore[arg-type]
        assert loaded == created
        assert loaded.materials == [ClaimMaterial("理赔申请书", True), ClaimMaterial("诊断证明", False)]
        assert [h.status for h in loaded.history] == [E.ClaimStatus.REPORTED]

    def test_status_history_grows_only_on_change(self, store: Store, pol: Policy) -> None:
        created = store.claims.create(claim(pol.id, pol.insured_id))  # type: ignore[arg-type]
        created.materials[1].received = True
        created.materials.append(ClaimMaterial("费用清单"))
        store.claims.update(created)  # same status: no new history row
        assert [h.status for h in store.claims.get(created.id).history] == [E.ClaimStatus.REPORTED]  # type: ignore[arg-type]
        for status in (E.ClaimStatus.UNDER_REVIEW, E.ClaimStatus.APPROVED, E.ClaimStatus.PAID):
            current = store.claims.get(created.id)  # type: ignore[arg-type]
            current.status = status
            if status is E.ClaimStatus.APPROVED:
                current.decision_date = date(2026, 10, 1)
            if status is E.ClaimStatus.PAID:  # paid only once every document is in
                current.amount_paid = Decimal("8600.50")
                current.materials[2].received = True
            store.claims.update(current)
        loaded = store.claims.get(created.id)  # type: ignore[arg-type]
        assert [h.status for h in loaded.history] == [
            E.ClaimStatus.REPORTED,
            E.ClaimStatus.UNDER_REVIEW,
            E.ClaimStatus.APPROVED,
            E.ClaimStatus.PAID,
        ]
        assert [m.received for m in loaded.materials] == [True, True, True]
        assert loaded.amount_paid == Decimal("8600.50")

    def test_delete_takes_materials_and_history(self, store: Store, pol: Policy) -> None:
        created = store.claims.create(claim(pol.id, pol.insured_id))  # type: ignore[arg-type]
        store.claims.delete(created.id)  # type: ignore[arg-type]
        assert store.db.read("SELECT count(*) FROM claim_material")[0][0] == 0
        assert store.db.read("SELECT count(*) FROM claim_status_history")[0][0] == 0

    def test_claim_number_unique(self, store: Store, pol: Policy) -> None:
        store.claims.create(claim(pol.id, pol.insured_id, claim_no="LP001"))  # type: ignore[arg-type]
        with pytest.raises(DuplicateError):
            store.claims.create(claim(pol.id, pol.insured_id, claim_no="LP001"))  # type: ignore[arg-type]

    def test_of_customer(self, store: Store, pol: Policy) -> None:
        created = store.claims.create(claim(pol.id, pol.insured_id))  # type: ignore[arg-type]
        assert [k.id for k in store.claims.of_customer(pol.policyholder_id)] == [created.id]
        assert [k.id for k in store.claims.of_customer(pol.insured_id)] == [created.id]


class TestContacts:
    def test_round_trip(self, store: Store, couple: tuple[Customer, Customer]) -> None:
        husband, wife = couple
        pol = store.policies.create(policy(husband.id, wife.id))
        kl: Claim = store.claims.create(claim(pol.id, wife.id))  # type: ignore[arg-type]
        created = store.contacts.create(
            contact(
                husband.id,
                policy_id=pol.id,
                claim_id=kl.id,
                purpose=E.ContactPurpose.CLAIM_PROGRESS,
                outcome="已处理",
                follow_up_date=date(2026, 12, 1),
            )
        )
        assert store.contacts.get(created.id) == created  # type: ignore[arg-type]
        created.follow_up_done = True
        created.summary = "理赔材料已递交"
        store.contacts.update(created)
        assert store.contacts.get(created.id) == created  # type: ignore[arg-type]
        assert [c.id for c in store.contacts.of_customer(husband.id)] == [created.id]  # type: ignore[arg-type]
        store.contacts.delete(created.id)  # type: ignore[arg-type]
        assert store.contacts.count() == 0

    def test_of_customer_newest_first_with_limit(self, store: Store, couple: tuple[Customer, Customer]) -> None:
        husband, _ = couple
        for day in (1, 3, 2):
            store.contacts.create(contact(husband.id, contacted_at=datetime(2026, 11, day, 9, 0)))  # type: ignore[arg-type]
        days = [c.contacted_at.day for c in store.contacts.of_customer(husband.id)]  # type: ignore[arg-type]
        assert days == [3, 2, 1]
        assert len(store.contacts.of_customer(husband.id, limit=2)) == 2  # type: ignore[arg-type]

    def test_contacts_go_with_their_customer(self, store: Store, couple: tuple[Customer, Customer]) -> None:
        husband, _ = couple
        store.contacts.create(contact(husband.id))  # type: ignore[arg-type]
        store.customers.delete(husband.id)  # type: ignore[arg-type]
        assert store.contacts.count() == 0


def test_customer_360(store: Store, couple: tuple[Customer, Customer]) -> None:
    husband, wife = couple
    store.relationships.create(Relationship(wife.id, husband.id, E.RelationKind.SPOUSE))  # type: ignore[arg-type]
    pol = store.policies.create(policy(husband.id, wife.id, beneficiaries=[beneficiary("张老太", "100")]))
    store.payments.generate_schedule(pol)
    store.claims.create(claim(pol.id, wife.id))  # type: ignore[arg-type]
    store.contacts.create(contact(husband.id))  # type: ignore[arg-type]
    view = store.customer_360(husband.id)  # type: ignore[arg-type]
    assert view.customer == husband
    assert [r.other_id for r in view.relations] == [wife.id]
    assert [p.id for p in view.policies] == [pol.id]
    assert len(view.payments) == 10
    assert len(view.claims) == 1 and len(view.contacts) == 1
    assert view.names == {husband.id: "张三", wife.id: "李梅"}


def test_every_model_field_is_stored() -> None:
    """A field added to a dataclass but forgotten in the repository would silently not persist."""
    from agentbook.store.records.claims import ClaimRepository
    from agentbook.store.records.contacts import ContactRepository
    from agentbook.store.records.customers import CustomerRepository
    from agentbook.store.records.payments import PaymentRepository
    from agentbook.store.records.policies import PolicyRepository
    from agentbook.store.records.relationships import RelationshipRepository

    children = {"tags", "beneficiaries", "covers", "materials", "history"}
    for repo in (
        CustomerRepository,
        RelationshipRepository,
        PolicyRepository,
        PaymentRepository,
        ClaimRepository,
        ContactRepository,
    ):
        stored = {c.attr for c in repo.columns} | {"id", "created_at", "updated_at"} | children
        model_fields = {f.name for f in dataclasses.fields(repo.model)}
        assert model_fields <= stored, (repo.__name__, model_fields - stored)


def test_dates_far_in_the_past_and_future(store: Store) -> None:
    old = store.customers.create(
        person("百岁老人", born=date(1920, 1, 1), consent_date=TODAY, lifecycle=E.Lifecycle.PROSPECT)
    )
    assert store.customers.get(old.id).birth_date == date(1920, 1, 1)  # type: ignore[arg-type]


class TestNormalisedOnEveryWrite:
    """What validation accepts is stored in one canonical form, on update as on create."""

    def test_policy_number_is_trimmed_on_update_too(self, store: Store, couple: tuple[Customer, Customer]) -> None:
        husband, wife = couple
        store.policies.create(policy(husband.id, policy_no="PA0001"))  # type: ignore[arg-type]
        other = store.policies.create(policy(wife.id, policy_no="PA0002"))  # type: ignore[arg-type]
        other.policy_no = " PA0001 "
        with pytest.raises(DuplicateError):
            store.policies.update(other)
        other.policy_no = " PA0003 "
        store.policies.update(other)
        assert store.policies.get(other.id).policy_no == "PA0003"  # type: ignore[arg-type]
        assert [h.name for h in store.search("PA0003")] == ["李梅"]

    def test_name_is_trimmed_on_update_too(self, store: Store) -> None:
        created = store.customers.create(person(" 张三 "))
        assert created.name == "张三"
        created.name = "  李四  "
        store.customers.update(created)
        assert store.customers.get(created.id).name == "李四"  # type: ignore[arg-type]
        assert store.search("李四")[0].rank == 1  # an exact name match

    def test_id_number_is_stored_in_canonical_form(self, store: Store) -> None:
        """Full-width digits, spaces and a lower-case x pass validation; they must not be stored so,
        or search by the ID's tail and look-up by ID number miss the customer."""
        typed = "１１０１０５ 19491231 002x"
        created = store.customers.create(person("王五", born=date(1949, 12, 31), male=False, id_number=typed))
        assert store.customers.get(created.id).id_number == "11010519491231002X"  # type: ignore[arg-type]
        assert [c.id for c in store.customers.by_id_number("11010519491231002X")] == [created.id]
        assert [h.name for h in store.search("1231002X")] == ["王五"]

    def test_credit_code_is_stored_in_canonical_form(self, store: Store) -> None:
        firm = enterprise()
        canonical = firm.id_number
        firm.id_number = " " + canonical.lower() + " "
        created = store.customers.create(firm)
        assert store.customers.get(created.id).id_number == canonical  # type: ignore[arg-type]


def test_round_trip_of_every_entity(store, household):
    zhang, yu, policy = household
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


def test_duplicate_policy_number_of_the_same_insurer(store, household):
    _zhang, _yu, policy = household
    clone = dataclasses.replace(policy, id=None, beneficiaries=[])
    with pytest.raises(DuplicateError):
        store.policies.create(clone)


def test_policy_party_cannot_be_deleted(store, household):
    zhang, _yu, _policy = household
    with pytest.raises(CustomerIsPartyError):
        store.customers.delete(zhang.id)
    assert store.customers.get(zhang.id)


def test_archive_numbers_follow_the_pattern(store):
    first = saved_person(store, "甲", "13900000001")
    second = saved_person(store, "乙", "13900000002")
    assert (first.archive_no, second.archive_no) == ("KH2026000001", "KH2026000002")
    store.db.set_setting("archive_no_pattern", "BJ-{seq:04d}")
    assert saved_person(store, "丙", "13900000003").archive_no == "BJ-0001"


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


def test_a_save_of_a_copy_read_before_another_save_is_refused(store):
    """Two windows open the same customer; the second save must not undo the first."""
    from agentbook.store.errors import StaleRecordError

    created = store.customers.create(person("陈晓梅"))
    first, second = store.customers.get(created.id), store.customers.get(created.id)
    first.remarks = "已电话确认新地址"
    store.customers.update(first)  # same clock second as the read: the version still moves
    second.remarks = "旧窗口里的备注"
    with pytest.raises(StaleRecordError) as refused:
        store.customers.update(second)
    assert refused.value.current.remarks == "已电话确认新地址"
    assert store.customers.get(created.id).remarks == "已电话确认新地址"
    assert [e.action for e in store.audit_entries(limit=2)] == ["update", "create"]
    again = store.customers.get(created.id)  # a fresh read saves normally
    again.remarks = "核对后合并的备注"
    store.customers.update(again)
    assert store.customers.get(created.id).remarks == "核对后合并的备注"


class TestClaimLife:
    @pytest.fixture
    def pol(self, store: Store, couple: tuple[Customer, Customer]) -> Policy:
        return store.policies.create(policy(couple[0].id, couple[1].id))

    def test_paid_without_amount_date_or_documents_is_refused(self, store: Store, pol: Policy) -> None:
        created = store.claims.create(claim(pol.id, pol.insured_id))  # type: ignore[arg-type]
        current = store.claims.get(created.id)  # type: ignore[arg-type]
        current.status = E.ClaimStatus.PAID
        with pytest.raises(ValidationError) as refused:
            store.claims.update(current)
        assert {e.field for e in refused.value.errors} == {"amount_paid", "decision_date", "materials"}
        assert store.claims.get(created.id).status is E.ClaimStatus.REPORTED  # type: ignore[arg-type]
        with pytest.raises(ValidationError):
            store.claims.create(claim(pol.id, pol.insured_id, status=E.ClaimStatus.PAID))  # type: ignore[arg-type]

    def test_a_closed_claim_does_not_reopen(self, store: Store, pol: Policy) -> None:
        created = store.claims.create(claim(pol.id, pol.insured_id, status=E.ClaimStatus.CLOSED))  # type: ignore[arg-type]
        current = store.claims.get(created.id)  # type: ignore[arg-type]
        current.status = E.ClaimStatus.UNDER_REVIEW
        with pytest.raises(ValidationError) as refused:
            store.claims.update(current)
        assert [e.field for e in refused.value.errors] == ["status"]

    def test_an_imported_outcome_is_kept_as_recorded_and_completed_when_it_moves(
        self, store: Store, pol: Policy
    ) -> None:
        sheet = claim(pol.id, pol.insured_id, status=E.ClaimStatus.APPROVED)  # no decision date in the sheet
        created = store.claims.create(sheet, as_recorded=True)  # type: ignore[arg-type]
        current = store.claims.get(created.id)  # type: ignore[arg-type]
        current.remarks = "客户来电询问进度"
        store.claims.update(current)  # an edit that leaves the state alone is fine
        current = store.claims.get(created.id)  # type: ignore[arg-type]
        current.status = E.ClaimStatus.PAID
        with pytest.raises(ValidationError):
            store.claims.update(current)


def test_a_paid_premium_makes_a_prospect_a_customer(store: Store) -> None:
    holder = store.customers.create(person("潜在甲", lifecycle=E.Lifecycle.PROSPECT))
    insured = store.customers.create(person("潜在乙", born=date(1990, 1, 1), lifecycle=E.Lifecycle.PROSPECT))
    pol = store.create_policy(policy(holder.id, insured.id), schedule=True)  # type: ignore[arg-type]
    assert store.customers.get(holder.id).lifecycle is E.Lifecycle.PROSPECT  # type: ignore[arg-type]
    first = store.payments.of_policy(pol.id)[0]  # type: ignore[arg-type]
    first.status, first.paid_date, first.amount_paid = E.PaymentStatus.PAID, first.due_date, first.amount_due
    store.payments.update(first)
    assert store.customers.get(holder.id).lifecycle is E.Lifecycle.ACTIVE  # type: ignore[arg-type]
    assert store.customers.get(insured.id).lifecycle is E.Lifecycle.ACTIVE  # type: ignore[arg-type]


def test_a_customers_payments_come_nearest_due_first(store: Store, clock) -> None:
    holder = store.customers.create(person("缴费甲"))
    pol = store.create_policy(  # type: ignore[arg-type]
        policy(holder.id, holder.id, payment_mode=E.PaymentMode.ANNUAL, payment_years=20), schedule=True
    )
    payments = store.payments.of_customer(holder.id)  # type: ignore[arg-type]
    today = store.today()
    gaps = [abs((p.due_date - today).days) for p in payments]
    assert len(payments) > 3 and gaps == sorted(gaps)
    assert payments[0].due_date.year <= today.year + 1 and payments[-1].policy_id == pol.id


def test_records_made_after_a_bulk_load_get_new_ids(store: Store, demo_data) -> None:
    """A bulk load writes ids of its own; the next record saved one by one still gets a new id
    (on a branch server the identity sequences continue after the loaded rows)."""
    import copy

    from tests.store_builders import person

    store.load_dataset(copy.deepcopy(demo_data))
    largest = max(c.id for c in store.customers.find("1"))
    made = store.customers.create(person("载入后新客户"))
    assert made.id is not None and made.id > largest
    assert store.customers.get(made.id).name == "载入后新客户"
