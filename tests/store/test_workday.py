"""The working day's records and figures on a real encrypted store: premiums, renewals and the
renewal rate, the complaints register, value tiers, settings and the statistics."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from agentbook.domain import enums as E
from agentbook.domain.complaints import Complaint, ComplaintChannel, ComplaintState, Satisfaction
from agentbook.domain.idnumbers import make_resident_id
from agentbook.domain.models import Claim, Customer, Policy
from agentbook.domain.segmentation import TierFeatures, TierThresholds, annualised_premium, value_tier
from agentbook.domain.validation import ValidationError
from agentbook.store.errors import KnownError
from agentbook.store.operations.renewals import AlreadyRenewedError, renewal_rates_by_month
from agentbook.store.queries.listing import ListRequest
from agentbook.store.settings import SETTINGS, SettingValueError

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 23)
ENTERPRISE_ID = "91310115MA1K3YJ14N"


def person(store, name: str, mobile: str, **kw) -> Customer:
    return store.customers.create(Customer(name=name, gender=E.Gender.MALE, mobile=mobile, **kw))


def add_policy(store, holder: Customer, no: str, **kw) -> Policy:
    fields = {
        "insurer": "平安产险",
        "product": "机动车商业保险",
        "business_line": E.BusinessLine.AUTO,
        "premium": Decimal("3000"),
        "sum_insured": Decimal("300000"),
        "payment_mode": E.PaymentMode.SINGLE,
        "effective_date": date(2025, 12, 1),
        "expiry_date": date(2026, 12, 1),
    } | kw
    return store.policies.create(Policy(no, policyholder_id=holder.id, insured_id=holder.id, **fields))


# --- premiums ------------------------------------------------------------------------------
def test_mark_paid_records_amount_date_method_and_receipt(store):
    holder = person(store, "张三", "13900001111")
    p = add_policy(store, holder, "P1000", payment_mode=E.PaymentMode.ANNUAL, payment_years=3)
    [first, *_] = store.payments.generate_schedule(p)
    with pytest.raises(ValidationError) as refused:
        store.mark_paid(first.id, amount=Decimal(0), paid_date=TODAY + timedelta(1), method=E.PaymentMethod.CASH)
    assert {e.field for e in refused.value.errors} == {"amount_paid", "paid_date"}
    paid = store.mark_paid(
        first.id, amount=Decimal("3000"), paid_date=TODAY, method=E.PaymentMethod.BANK_DEBIT, receipt_no=" R001 "
    )
    again = store.payments.get(first.id)
    assert again == paid
    assert (again.status, again.amount_paid, again.paid_date, again.method, again.receipt_no) == (
        E.PaymentStatus.PAID,
        Decimal("3000.00"),
        TODAY,
        E.PaymentMethod.BANK_DEBIT,
        "R001",
    )
    entry = store.audit_entries(limit=1)[0]
    assert (entry.action, entry.entity, entry.entity_id, entry.customer_id) == (
        "update",
        "payment",
        first.id,
        holder.id,
    )
    assert "paid_date" in entry.summary


def test_generated_schedule_for_every_payment_mode(store):
    holder = person(store, "张三", "13900001111")
    expected = {
        E.PaymentMode.SINGLE: (1, date(2024, 1, 31)),
        E.PaymentMode.ANNUAL: (3, date(2026, 1, 31)),
        E.PaymentMode.SEMIANNUAL: (6, date(2026, 7, 31)),
        E.PaymentMode.QUARTERLY: (12, date(2026, 10, 31)),
        E.PaymentMode.MONTHLY: (36, date(2026, 12, 31)),
    }
    for n, (mode, (count, last)) in enumerate(expected.items()):
        p = add_policy(
            store,
            holder,
            f"P20{n}",
            payment_mode=mode,
            payment_years=3,
            effective_date=date(2024, 1, 31),
            expiry_date=date(2044, 1, 31),
        )
        made = store.payments.generate_schedule(p)
        assert (len(made), made[-1].due_date, made[-1].period) == (count, last, count)
        assert all(y.amount_due == p.premium and y.status is E.PaymentStatus.DUE for y in made)
        assert store.payments.generate_schedule(p) == []  # existing periods are never made twice


# --- renewals ------------------------------------------------------------------------------
def test_renewal_is_a_new_linked_policy_with_its_schedule(store):
    holder = person(store, "张三", "13900001111")
    old = add_policy(store, holder, "P3000")
    draft = store.draft_renewal(old.id)
    assert (draft.id, draft.policy_no, draft.renewal_of_id) == (None, "", old.id)
    assert (draft.effective_date, draft.expiry_date, draft.status) == (
        date(2026, 12, 1),
        date(2027, 12, 1),
        E.PolicyStatus.PENDING,
    )
    renewed = store.renew_policy(dataclasses.replace(draft, policy_no="P3001", premium=Decimal("2800")))
    assert store.renewal_of(old.id) == renewed.id
    assert store.policies.get(renewed.id).renewal_of_id == old.id
    [instalment] = store.payments.of_policy(renewed.id)
    assert (instalment.due_date, instalment.amount_due) == (date(2026, 12, 1), Decimal("2800.00"))
    with pytest.raises(AlreadyRenewedError):
        store.renew_policy(dataclasses.replace(draft, policy_no="P3002"))
    assert isinstance(AlreadyRenewedError(), KnownError)


def test_renewal_rate_over_a_period_and_by_month(store):
    holder = person(store, "张三", "13900001111")

    def expired(no: str, expiry: date, renewed: bool, **kw) -> Policy:
        p = add_policy(
            store,
            holder,
            no,
            effective_date=expiry.replace(year=expiry.year - 1),
            expiry_date=expiry,
            status=E.PolicyStatus.MATURED,
            **kw,
        )
        if renewed:
            store.renew_policy(dataclasses.replace(store.draft_renewal(p.id), policy_no=no + "R"))
        return p

    expired("AAA001", date(2026, 9, 5), True)
    expired("AAA002", date(2026, 9, 20), True)
    expired("AAA003", date(2026, 9, 30), False)
    expired("BBB001", date(2026, 10, 10), True)
    add_policy(
        store,
        holder,
        "SURR01",
        effective_date=date(2025, 10, 15),
        expiry_date=date(2026, 10, 15),
        status=E.PolicyStatus.SURRENDERED,
    )
    add_policy(
        store,
        holder,
        "LONG01",
        effective_date=date(2006, 10, 1),
        expiry_date=date(2026, 10, 1),
        status=E.PolicyStatus.MATURED,
        payment_mode=E.PaymentMode.ANNUAL,
    )
    rate = store.renewal_rate(date(2026, 9, 1), date(2026, 10, 31))
    assert (rate.due, rate.renewed, rate.rate) == (4, 3, Decimal("75.0"))
    months = {r.label: (r.due, r.renewed, r.rate) for r in renewal_rates_by_month(store.db, TODAY, 3)}
    assert months == {
        "2026-09": (3, 2, Decimal("66.7")),
        "2026-10": (1, 1, Decimal("100.0")),
        "2026-11": (0, 0, None),
    }


# --- complaints ----------------------------------------------------------------------------
def test_complaint_register_numbers_links_the_timeline_and_derives_overdue(store):
    holder = person(store, "张三", "13900001111")
    received = datetime(2026, 11, 1, 9, 30)
    complaint = store.complaints.create(
        Complaint(
            holder.id, received, ComplaintChannel.REGULATOR, "理赔款迟迟未到账", date(2026, 11, 16), handler="王经理"
        )
    )
    assert complaint.complaint_no == "TS202600001"
    assert complaint.state_on(TODAY) is ComplaintState.OVERDUE
    entry = store.contacts.get(complaint.contact_id)
    assert (entry.purpose, entry.summary, entry.contacted_at) == (
        E.ContactPurpose.COMPLAINT,
        "理赔款迟迟未到账",
        received,
    )
    second = store.complaints.create(
        Complaint(holder.id, datetime(2026, 11, 20, 9), ComplaintChannel.PHONE, "扣款有误", date(2026, 12, 5))
    )
    assert second.complaint_no == "TS202600002" and second.state_on(TODAY) is ComplaintState.OPEN
    overdue = store.list_query("complaints", ListRequest({"complaint_state": "overdue"}))
    assert [r.id for r in overdue.page(0, 10)] == [complaint.id]
    with pytest.raises(ValidationError) as refused:
        store.complaints.close(complaint.id, resolution="", feedback="")
    assert {e.field for e in refused.value.errors} == {"resolution", "feedback"}
    closed = store.complaints.close(
        complaint.id,
        resolution="已协调公司加快审核",
        feedback="已电话告知客户",
        satisfaction=Satisfaction.PARTLY,
        closed_at=datetime(2026, 11, 20, 16),
    )
    assert closed.state_on(TODAY) is ComplaintState.CLOSED and closed.days_to_close() == 19
    reply = store.contacts.of_customer(holder.id)[0]
    assert (reply.purpose, reply.summary, reply.outcome) == (E.ContactPurpose.COMPLAINT, "已电话告知客户", "基本满意")
    assert store.list_query("complaints", ListRequest({"complaint_state": "overdue"})).count() == 0
    latest = [(e.action, e.entity) for e in store.audit_entries(customer_id=holder.id, limit=2)]
    assert latest == [("update", "complaint"), ("create", "contact")]  # the reply is part of the closing


def test_complaint_validation(store):
    holder = person(store, "张三", "13900001111")
    bad = Complaint(holder.id, datetime(2026, 11, 30, 9), ComplaintChannel.PHONE, " ", date(2026, 11, 1))
    with pytest.raises(ValidationError) as refused:
        store.complaints.create(bad)
    assert {e.field for e in refused.value.errors} == {"content", "received_at", "deadline"}


# --- tiers -------------------------------------------------------------------------------
def test_tier_thresholds_points_rule():
    t = TierThresholds(Decimal(100000), Decimal(10000), 5, 3, 8, 3)
    assert value_tier(TierFeatures(Decimal(100000), 1, 0), t) is E.ValueTier.HIGH  # premium alone
    assert value_tier(TierFeatures(Decimal("99999.99"), 1, 0), t) is E.ValueTier.MEDIUM
    assert value_tier(TierFeatures(Decimal(10000), 5, 8), t) is E.ValueTier.HIGH  # loyal, many products
    assert value_tier(TierFeatures(Decimal(10000), 5, 2), t) is E.ValueTier.MEDIUM
    assert value_tier(TierFeatures(Decimal(0), 3, 3), t) is E.ValueTier.MEDIUM
    assert value_tier(TierFeatures(Decimal("9999.99"), 3, 2), t) is E.ValueTier.LOW
    assert annualised_premium(Decimal(100), E.PaymentMode.MONTHLY, None, None) == Decimal(1200)
    assert annualised_premium(Decimal(1000), E.PaymentMode.SINGLE, date(2024, 1, 1), date(2025, 1, 1)) == 1000
    assert annualised_premium(Decimal("1000.05"), E.PaymentMode.SINGLE, date(2024, 1, 1), None) == Decimal("100.01")


def test_recompute_tiers_from_the_book_with_thresholds_in_settings(store):
    rich = person(store, "富", "13900000001")
    loyal = person(store, "忠", "13900000002")
    new = person(store, "新", "13900000003")
    add_policy(
        store,
        rich,
        "RICH01",
        premium=Decimal("9000"),
        payment_mode=E.PaymentMode.MONTHLY,
        payment_years=10,
        expiry_date=date(2045, 12, 1),
    )  # 108,000 a year
    for n in range(5):
        add_policy(
            store,
            loyal,
            f"LOYAL{n}",
            premium=Decimal("2500"),
            effective_date=date(2018, 1, 1) + timedelta(n),
            expiry_date=date(2030, 1, 1),
            payment_mode=E.PaymentMode.ANNUAL,
            payment_years=20,
        )
    add_policy(store, new, "NEW001", premium=Decimal("500"))
    refresh = store.recompute_value_tiers()
    tiers = [store.customers.get(c.id).value_tier for c in (rich, loyal, new)]
    assert tiers == [E.ValueTier.HIGH, E.ValueTier.HIGH, E.ValueTier.LOW]
    assert refresh.changed == 3 and refresh.after == {"high": 2, "low": 1}
    assert store.tier_features(loyal.id) == TierFeatures(Decimal("12500.00"), 5, 8)
    entry = store.audit_entries(limit=1)[0]
    assert (entry.action, entry.entity, entry.summary) == ("recompute", "customer", "value_tier: 3 changed")
    store.settings.set("tier_high_premium", "200000")
    store.recompute_value_tiers()
    assert store.customers.get(rich.id).value_tier is E.ValueTier.MEDIUM
    assert store.list_query("customers", ListRequest({"value_tier": "high"})).count() == 1


# --- settings ------------------------------------------------------------------------------
def test_settings_are_typed_checked_and_audited(store):
    assert {s.key for s in SETTINGS} >= {"grace_days", "today_renewal_windows", "tier_high_premium"}
    assert store.settings.get("grace_days") == 60
    assert store.settings.get("today_renewal_windows") == (30, 60, 90)
    store.settings.set("today_renewal_windows", "90，15, 45")
    assert store.settings.get("today_renewal_windows") == (15, 45, 90)
    with pytest.raises(SettingValueError):
        store.settings.set("grace_days", 1000)
    with pytest.raises(SettingValueError):
        store.settings.set("grace_days", "六十")
    store.db.set_setting("grace_days", "garbage")  # an unreadable stored value falls back to the default
    assert store.settings.get("grace_days") == 60
    assert store.settings.tier_thresholds() == TierThresholds()
    entry = store.audit_entries(limit=1)[0]
    assert (entry.entity, entry.summary) == ("setting", "grace_days")


# --- statistics ----------------------------------------------------------------------------
@pytest.fixture
def small_book(store):
    """Two people and a firm, four policies, three claims, two complaints: figures known by hand."""
    a = person(
        store,
        "甲",
        "13900000001",
        lifecycle=E.Lifecycle.ACTIVE,
        id_type=E.IdType.RESIDENT_ID,
        id_number=make_resident_id("110105", date(1985, 3, 14), 123),
    )
    b = person(store, "乙", "13900000002")
    firm = store.customers.create(
        Customer(
            name="某某科技有限公司",
            kind=E.CustomerKind.ENTERPRISE,
            lifecycle=E.Lifecycle.ACTIVE,
            id_type=E.IdType.USCC,
            id_number=ENTERPRISE_ID,
            mobile="13900000003",
        )
    )
    car = add_policy(store, a, "CAR001")  # 3,000 a year, one-year single premium
    add_policy(
        store,
        a,
        "LIFE01",
        insurer="中国人寿",
        product="终身寿险",
        business_line=E.BusinessLine.LIFE,
        premium=Decimal("1000"),
        payment_mode=E.PaymentMode.MONTHLY,
        payment_years=20,
        expiry_date=None,
    )  # 12,000 a year
    add_policy(
        store,
        firm,
        "GROUP1",
        insurer="中国人寿",
        product="团体意外险",
        business_line=E.BusinessLine.ACCIDENT,
        premium=Decimal("50000"),
        effective_date=date(2026, 1, 1),
        expiry_date=date(2027, 1, 1),
    )
    add_policy(
        store, b, "HEALTH", business_line=E.BusinessLine.HEALTH, premium=Decimal("800"), status=E.PolicyStatus.LAPSED
    )
    for no, status, claimed, paid in (
        ("K1", E.ClaimStatus.PAID, "5000", "4500"),
        ("K2", E.ClaimStatus.PAID, "1000", "1000"),
        ("K3", E.ClaimStatus.REPORTED, "20000", None),
    ):
        store.claims.create(
            Claim(
                no,
                car.id,
                a.id,
                date(2026, 3, 1),
                date(2026, 3, 2),
                "车辆刮擦",
                Decimal(claimed),
                status,
                amount_paid=Decimal(paid) if paid else None,
                decision_date=date(2026, 3, 20) if paid else None,
            )
        )
    first = store.complaints.create(
        Complaint(a.id, datetime(2026, 10, 8, 9), ComplaintChannel.PHONE, "理赔慢", date(2026, 10, 23))
    )
    store.complaints.close(first.id, resolution="已加快", feedback="已告知", closed_at=datetime(2026, 10, 12, 17))
    store.complaints.create(
        Complaint(b.id, datetime(2026, 10, 20, 9), ComplaintChannel.WECHAT, "扣款", date(2026, 11, 4))
    )
    return store


def _table(store, key: str):
    return next(t for t in store.statistics() if t.key == key)


def test_statistics_on_a_known_book(small_book):
    store = small_book
    rows = lambda key: {r.label: r.values for r in _table(store, key).rows}  # noqa: E731
    assert rows("customers_by_kind") == {
        E.CustomerKind.INDIVIDUAL: (2,),
        E.CustomerKind.FAMILY: (0,),
        E.CustomerKind.ENTERPRISE: (1,),
    }
    assert rows("customers_by_lifecycle")[E.Lifecycle.ACTIVE] == (2,)
    assert rows("customers_by_tier") == {
        E.ValueTier.HIGH: (0,),
        E.ValueTier.MEDIUM: (0,),
        E.ValueTier.LOW: (0,),
        None: (3,),
    }
    line = rows("premium_by_line")
    assert line[E.BusinessLine.AUTO] == (1, Decimal("3000.00"))
    assert line[E.BusinessLine.LIFE] == (1, Decimal("12000.00"))
    assert line[E.BusinessLine.ACCIDENT] == (1, Decimal("50000.00"))
    assert line[E.BusinessLine.HEALTH] == (0, Decimal("0.00"))  # lapsed cover brings no premium
    assert [(r.label, r.values) for r in _table(store, "premium_by_insurer").rows] == [
        ("中国人寿", (2, Decimal("62000.00"))),
        ("平安产险", (1, Decimal("3000.00"))),
    ]
    status = rows("policies_by_status")
    assert (status[E.PolicyStatus.IN_FORCE], status[E.PolicyStatus.LAPSED]) == ((3,), (1,))
    claims = rows("claims_by_status")
    assert claims[E.ClaimStatus.PAID] == (2, Decimal("6000.00"), Decimal("5500.00"))
    assert claims[E.ClaimStatus.REPORTED] == (1, Decimal("20000.00"), Decimal("0.00"))
    complaints = rows("complaints_by_month")
    assert complaints["2026-10"] == (2, 1, Decimal("4.0")) and complaints["2026-11"] == (0, 0, None)
    assert len(complaints) == 12
    renewals = _table(store, "renewal_by_month")
    assert [m.label for m in renewals.rows][-1] == "2026-10" and renewals.line == 2  # November is still running
