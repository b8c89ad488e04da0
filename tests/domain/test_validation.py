"""Field-level validation: money read exactly, contact details, rules per customer kind, policies, beneficiaries."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from agentbook.domain import enums as E
from agentbook.domain.idnumbers import (
    make_resident_id,
)
from agentbook.domain.models import Beneficiary, Customer, Policy, Relationship
from agentbook.domain.money import MoneyError, format_money, from_fen, parse_money, to_fen
from agentbook.domain.validation import (
    FieldError,
    ValidationError,
    check_email,
    check_mobile,
    check_money,
    check_phone,
    raise_if_invalid,
    validate_beneficiaries,
    validate_claim,
    validate_contact,
    validate_customer,
    validate_payment,
    validate_policy,
    validate_relationship,
)
from tests.conftest import TODAY
from tests.store_builders import beneficiary, claim, contact, enterprise, family, payment, person, policy, resident_id


def fields(errors: list[FieldError]) -> set[str]:
    return {e.field for e in errors}


def _person(**kw) -> Customer:
    base = {"name": "张三", "gender": E.Gender.MALE, "mobile": "13812345678"}
    return Customer(**{**base, **kw})


class TestContactDetails:
    @pytest.mark.parametrize("mobile", ["13812345678", "19912345678", "16600001111", "15000000000", "+8613812345678"])
    def test_valid_mobiles(self, mobile: str) -> None:
        assert check_mobile(mobile) == []

    @pytest.mark.parametrize("mobile", ["1381234567", "138123456789", "12812345678", "23812345678", "1381234567a"])
    def test_invalid_mobiles(self, mobile: str) -> None:
        assert fields(check_mobile(mobile)) == {"mobile"}

    def test_empty_mobile_is_not_an_error_by_itself(self) -> None:
        assert check_mobile("") == []

    @pytest.mark.parametrize(
        "phone",
        ["010-12345678", "0571-88886666", "01012345678", "400-123-4567", "021-12345678-801", "021-62345678 转8"],
    )
    def test_valid_phones(self, phone: str) -> None:
        assert check_phone(phone) == []

    @pytest.mark.parametrize("phone", ["123", "010-123", "abc-12345678", "12345678", "0571-8888666"])
    def test_invalid_phones(self, phone: str) -> None:
        assert fields(check_phone(phone)) == {"phone"}

    @pytest.mark.parametrize("email", ["li.na@example.com", "a+b@mail.qq.com", "x_y@163.com"])
    def test_valid_emails(self, email: str) -> None:
        assert check_email(email) == []

    @pytest.mark.parametrize(
        "email", ["li.na", "@example.com", "li@", "li@example", "li na@example.com", "li@exa mple.com"]
    )
    def test_invalid_emails(self, email: str) -> None:
        assert fields(check_email(email)) == {"email"}


class TestMoneyRule:
    def test_float_is_refused(self) -> None:
        assert fields(check_money(12.5, "premium")) == {"premium"}  # type: ignore[arg-type]

    def test_more_than_two_places_refused(self) -> None:
        assert fields(check_money(Decimal("1.005"), "premium")) == {"premium"}

    def test_negative_and_huge_refused(self) -> None:
        assert check_money(Decimal("-1"), "x")
        assert check_money(Decimal("100000000000.01"), "x")

    def test_required(self) -> None:
        assert check_money(None, "premium", required=True)
        assert check_money(None, "premium") == []


class TestIndividual:
    def test_valid_active_person(self) -> None:
        assert validate_customer(person(), TODAY) == []

    def test_active_person_needs_an_id(self) -> None:
        customer = person(id_type=None, id_number="")
        assert fields(validate_customer(customer, TODAY)) == {"id_number"}

    def test_prospect_may_lack_an_id(self) -> None:
        customer = person(lifecycle=E.Lifecycle.PROSPECT, id_type=None, id_number="")
        assert validate_customer(customer, TODAY) == []

    def test_person_needs_a_gender(self) -> None:
        assert "gender" in fields(validate_customer(person(gender=None), TODAY))

    def test_id_number_needs_an_id_type(self) -> None:
        assert "id_type" in fields(validate_customer(person(id_type=None), TODAY))

    def test_person_cannot_use_a_credit_code(self) -> None:
        assert "id_type" in fields(validate_customer(person(id_type=E.IdType.USCC), TODAY))

    def test_bad_resident_id_is_reported_on_id_number(self) -> None:
        customer = person()
        customer.id_number = customer.id_number[:17] + ("0" if customer.id_number[17] != "0" else "1")
        errors = validate_customer(customer, TODAY)
        assert fields(errors) == {"id_number"}
        assert "校验码" in errors[0].message

    def test_legacy_15_digit_id_refused(self) -> None:
        errors = validate_customer(person(id_number="110105491231002"), TODAY)
        assert fields(errors) == {"id_number"}

    def test_birth_date_must_match_the_id(self) -> None:
        customer = person(born=date(1988, 8, 8))
        customer.birth_date = date(1988, 8, 9)
        assert fields(validate_customer(customer, TODAY)) == {"birth_date"}

    def test_gender_must_match_the_id(self) -> None:
        customer = person(male=True)
        customer.gender = E.Gender.FEMALE
        assert fields(validate_customer(customer, TODAY)) == {"gender"}

    def test_passport_number_is_checked_loosely(self) -> None:
        assert validate_customer(person(id_type=E.IdType.PASSPORT, id_number="E12345678"), TODAY) == []
        assert "id_number" in fields(validate_customer(person(id_type=E.IdType.PASSPORT, id_number="E1"), TODAY))

    def test_future_birth_date(self) -> None:
        customer = person(id_type=E.IdType.PASSPORT, id_number="E12345678", birth_date=TODAY + timedelta(days=1))
        assert "birth_date" in fields(validate_customer(customer, TODAY))

    def test_at_least_one_way_to_reach_the_customer(self) -> None:
        customer = person(mobile="")
        assert fields(validate_customer(customer, TODAY)) == {"mobile"}
        customer.wechat = "wx_zhangsan"
        assert validate_customer(customer, TODAY) == []

    def test_contact_details_are_checked(self) -> None:
        customer = person(mobile="12345", phone="abc", email="nope")
        assert {"mobile", "phone", "email"} <= fields(validate_customer(customer, TODAY))

    def test_name_required_and_bounded(self) -> None:
        assert "name" in fields(validate_customer(person(name="  "), TODAY))
        assert "name" in fields(validate_customer(person(name="张" * 101), TODAY))

    def test_retention_only_for_terminated(self) -> None:
        customer = person(retention_until=date(2030, 1, 1))
        assert "retention_until" in fields(validate_customer(customer, TODAY))
        customer.lifecycle = E.Lifecycle.TERMINATED
        assert validate_customer(customer, TODAY) == []

    def test_consent_not_in_the_future(self) -> None:
        customer = person(consent_date=TODAY + timedelta(days=1))
        assert "consent_date" in fields(validate_customer(customer, TODAY))

    def test_income_is_exact_money(self) -> None:
        assert "annual_income" in fields(validate_customer(person(annual_income=Decimal("0.001")), TODAY))


class TestEnterprise:
    def test_valid_enterprise(self) -> None:
        assert validate_customer(enterprise(), TODAY) == []

    def test_enterprise_needs_a_credit_code(self) -> None:
        assert fields(validate_customer(enterprise(id_number=""), TODAY)) == {"id_number"}

    def test_enterprise_credit_code_is_checked(self) -> None:
        firm = enterprise()
        firm.id_number = firm.id_number[:17] + ("0" if firm.id_number[17] != "0" else "1")
        assert fields(validate_customer(firm, TODAY)) == {"id_number"}

    def test_enterprise_has_no_gender_or_birth_date(self) -> None:
        firm = enterprise(gender=E.Gender.MALE, birth_date=date(2000, 1, 1))
        assert fields(validate_customer(firm, TODAY)) == {"gender", "birth_date"}

    def test_enterprise_cannot_use_a_resident_id(self) -> None:
        firm = enterprise(id_type=E.IdType.RESIDENT_ID, id_number=resident_id())
        assert "id_type" in fields(validate_customer(firm, TODAY))


class TestFamily:
    def test_valid_family(self) -> None:
        assert validate_customer(family(), TODAY) == []

    def test_family_has_no_gender_or_id(self) -> None:
        assert fields(validate_customer(family(gender=E.Gender.FEMALE), TODAY)) == {"gender"}
        assert fields(validate_customer(family(id_number=resident_id()), TODAY)) == {"id_number"}


class TestPolicy:
    def test_valid_policy(self) -> None:
        assert validate_policy(policy(1)) == []

    def test_expiry_must_be_after_effective(self) -> None:
        assert fields(validate_policy(policy(1, expiry_date=date(2024, 3, 10)))) == {"expiry_date"}
        assert fields(validate_policy(policy(1, expiry_date=date(2024, 3, 9)))) == {"expiry_date"}
        assert validate_policy(policy(1, expiry_date=date(2024, 3, 11))) == []
        assert validate_policy(policy(1, expiry_date=None)) == []  # whole-life cover

    def test_apply_not_after_effective(self) -> None:
        assert fields(validate_policy(policy(1, apply_date=date(2024, 3, 11)))) == {"apply_date"}

    def test_required_fields(self) -> None:
        empty = policy(0, 0, policy_no=" ", insurer="", product="", effective_date=None)
        assert {"policy_no", "insurer", "product", "policyholder_id", "insured_id", "effective_date"} <= fields(
            validate_policy(empty)
        )

    def test_policy_number_characters(self) -> None:
        assert fields(validate_policy(policy(1, policy_no="PA 123"))) == {"policy_no"}
        assert fields(validate_policy(policy(1, policy_no="保单123"))) == {"policy_no"}

    def test_premium_must_be_decimal(self) -> None:
        assert fields(validate_policy(policy(1, premium=1200.0))) == {"premium"}

    def test_payment_years_bounds(self) -> None:
        assert fields(validate_policy(policy(1, payment_years=0))) == {"payment_years"}
        assert fields(validate_policy(policy(1, payment_years=101))) == {"payment_years"}


class TestBeneficiaries:
    def test_one_hundred_percent(self) -> None:
        assert validate_beneficiaries([beneficiary("李四", "100")]) == []

    def test_shares_of_each_order_sum_to_100(self) -> None:
        people = [
            beneficiary("李四", "60", 1),
            beneficiary("李小四", "40", 1),
            beneficiary("王五", "33.33", 2),
            beneficiary("王六", "33.33", 2),
            beneficiary("王七", "33.34", 2),
        ]
        assert validate_beneficiaries(people) == []

    def test_an_order_short_of_100_is_named(self) -> None:
        errors = validate_beneficiaries([beneficiary("李四", "100", 1), beneficiary("王五", "50", 2)])
        assert fields(errors) == {"beneficiaries"}
        assert errors[0].text() == "第 2 顺位受益比例合计为 50%，应为 100%"

    def test_over_100_refused(self) -> None:
        errors = validate_beneficiaries([beneficiary("李四", "60"), beneficiary("王五", "50")])
        assert fields(errors) == {"beneficiaries"}

    def test_share_bounds_and_names(self) -> None:
        errors = validate_beneficiaries(
            [beneficiary("", "100"), beneficiary("王五", "0", 2), beneficiary("赵六", "101", 3)]
        )
        assert {"beneficiaries[0].name", "beneficiaries[1].share", "beneficiaries[2].share"} <= fields(errors)

    def test_order_starts_at_one(self) -> None:
        assert "beneficiaries[0].order" in fields(validate_beneficiaries([beneficiary("李四", "100", 0)]))

    def test_float_share_refused(self) -> None:
        ben = beneficiary("李四", "100")
        ben.share = 100.0  # type: ignore[assignment]
        assert "beneficiaries[0].share" in fields(validate_beneficiaries([ben]))

    def test_share_finer_than_the_stored_hundredth_refused(self) -> None:
        """Shares are stored in basis points; 33.333 % would be silently rounded and the stored
        shares would no longer sum to 100 %."""
        people = [beneficiary("甲", "33.333"), beneficiary("乙", "33.333"), beneficiary("丙", "33.334")]
        assert any(f.startswith("beneficiaries[") for f in fields(validate_beneficiaries(people)))

    def test_beneficiaries_checked_within_policy(self) -> None:
        assert fields(validate_policy(policy(1, beneficiaries=[beneficiary("李四", "90")]))) == {"beneficiaries"}


class TestOtherRecords:
    def test_payment(self) -> None:
        assert validate_payment(payment(1)) == []
        paid = payment(1, status=E.PaymentStatus.PAID)
        assert fields(validate_payment(paid)) == {"paid_date", "amount_paid"}
        assert fields(validate_payment(payment(1, period=0))) == {"period"}

    def test_claim(self) -> None:
        assert validate_claim(claim(1, 1), TODAY) == []
        future = claim(1, 1, incident_date=TODAY + timedelta(days=1), filed_date=TODAY + timedelta(days=1))
        assert fields(validate_claim(future, TODAY)) == {"incident_date"}
        early = claim(1, 1, filed_date=date(2026, 8, 31))
        assert fields(validate_claim(early, TODAY)) == {"filed_date"}
        decided = claim(1, 1, decision_date=date(2026, 9, 2))
        assert fields(validate_claim(decided, TODAY)) == {"decision_date"}
        assert fields(validate_claim(claim(1, 1, cause=" ", claim_no=""), TODAY)) == {"cause", "claim_no"}

    def test_contact(self) -> None:
        assert validate_contact(contact(1)) == []
        assert fields(validate_contact(contact(1, summary=""))) == {"summary"}
        early = contact(1, contacted_at=datetime(2026, 11, 20, 9), follow_up_date=date(2026, 11, 19))
        assert fields(validate_contact(early)) == {"follow_up_date"}

    def test_relationship_with_oneself(self) -> None:
        assert fields(validate_relationship(Relationship(1, 1, E.RelationKind.SPOUSE))) == {"related_id"}

    def test_validation_error_collects_fields(self) -> None:
        with pytest.raises(ValidationError) as info:
            raise_if_invalid(validate_customer(person(name="", mobile="1"), TODAY))
        assert info.value.for_field("name")
        assert info.value.for_field("mobile")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234.5", "1234.50"),
        ("1,234.50", "1234.50"),
        ("1，234.50", "1234.50"),
        ("1 234", "1234.00"),
        ("¥1,234", "1234.00"),
        ("￥88", "88.00"),
        ("RMB 100", "100.00"),
        ("人民币100元", "100.00"),
        ("1234.5元", "1234.50"),
        ("3.5万", "35000.00"),
        ("3.5万元", "35000.00"),
        ("0.0001万", "1.00"),
        ("12万", "120000.00"),
        ("0", "0.00"),
        ("  99.99  ", "99.99"),
        ("１２３", "123.00"),
    ],
)
def test_text_amounts(text: str, expected: str) -> None:
    amount = parse_money(text)
    assert isinstance(amount, Decimal)
    assert amount == Decimal(expected)
    assert str(amount) == expected  # always two places


def test_ints_and_decimals() -> None:
    assert parse_money(12) == Decimal("12.00")
    assert str(parse_money(Decimal("0.1"))) == "0.10"
    assert parse_money(Decimal("1.005")) == Decimal("1.01")  # half up, as on a receipt


@pytest.mark.parametrize("value", [0.1, 1.0, float("nan"), True])
def test_floats_and_bools_are_refused(value: object) -> None:
    with pytest.raises(MoneyError):
        parse_money(value)


@pytest.mark.parametrize("text", ["", "元", "万", "abc", "1.2.3", "NaN", "Infinity", "-inf", "12元万", "¥"])
def test_garbage_is_refused(text: str) -> None:
    with pytest.raises(MoneyError):
        parse_money(text)


@pytest.mark.parametrize("value", ["1e30", "12345678901234567890123456789", Decimal("1e40"), 10**40])
def test_absurdly_large_amounts_raise_money_error_not_decimal_crash(value: object) -> None:
    """An importer catches MoneyError; a raw decimal.InvalidOperation would crash it."""
    with pytest.raises(MoneyError):
        parse_money(value)


def test_no_float_rounding_anywhere() -> None:
    """0.1 + 0.2 is 0.3 exactly, and survives fen and back."""
    total = parse_money("0.1") + parse_money("0.2")
    assert total == Decimal("0.30")
    assert to_fen(total) == 30
    assert from_fen(to_fen(total)) == Decimal("0.30")


@pytest.mark.parametrize("text", ["0.01", "19.99", "1234567.89", "99999999999.99", "0"])
def test_fen_round_trip(text: str) -> None:
    amount = Decimal(text)
    fen = to_fen(amount)
    assert isinstance(fen, int)
    assert from_fen(fen) == amount


def test_fen_of_none() -> None:
    assert to_fen(None) is None
    assert from_fen(None) is None


def test_format_with_separators() -> None:
    assert format_money(Decimal("12345.6")) == "12,345.60"
    assert format_money(Decimal("1000000")) == "1,000,000.00"
    assert format_money(None) == ""


@pytest.mark.parametrize(
    ("text", "amount"),
    [("1,234.50", "1234.50"), ("1234.5元", "1234.50"), ("3.5万", "35000.00"), ("¥ 1 000", "1000.00"), (12, "12.00")],
)
def test_money_is_read_exactly(text, amount):
    assert parse_money(text) == Decimal(amount)


def test_money_refuses_floats_and_garbage():
    with pytest.raises(MoneyError):
        parse_money(0.1)
    with pytest.raises(MoneyError):
        parse_money("12,3a")
    assert from_fen(to_fen(Decimal("0.10")) * 3) == Decimal("0.30")  # no float drift


def test_required_fields_per_customer_kind():
    assert validate_customer(_person(), TODAY) == []
    assert "id_number" in fields(validate_customer(_person(lifecycle=E.Lifecycle.ACTIVE), TODAY))
    assert "gender" in fields(validate_customer(_person(gender=None), TODAY))
    firm = Customer(name="某某科技有限公司", kind=E.CustomerKind.ENTERPRISE, mobile="13812345678")
    assert fields(validate_customer(firm, TODAY)) == {"id_number"}
    firm.id_number, firm.id_type = "91350100M000100Y43", E.IdType.USCC
    assert validate_customer(firm, TODAY) == []
    firm.gender = E.Gender.MALE
    assert "gender" in fields(validate_customer(firm, TODAY))
    family = Customer(name="张氏家庭", kind=E.CustomerKind.FAMILY, mobile="13812345678", id_number="x")
    assert "id_number" in fields(validate_customer(family, TODAY))


def test_contact_rules():
    assert "mobile" in fields(validate_customer(_person(mobile="1381234567"), TODAY))
    assert "mobile" in fields(validate_customer(_person(mobile="", phone=""), TODAY))
    assert "email" in fields(validate_customer(_person(email="a@b"), TODAY))
    assert validate_customer(_person(mobile="", phone="010-12345678"), TODAY) == []


def test_id_must_agree_with_birth_date_and_gender():
    number = make_resident_id("110105", date(1985, 3, 14), 124)  # female
    errors = validate_customer(_person(id_type=E.IdType.RESIDENT_ID, id_number=number), TODAY)
    assert "gender" in fields(errors)


def test_beneficiary_shares_sum_to_100_per_order():
    ok = [
        Beneficiary("甲", E.RelationKind.SPOUSE, Decimal(60)),
        Beneficiary("乙", E.RelationKind.CHILD, Decimal(40)),
        Beneficiary("丙", E.RelationKind.PARENT, Decimal(100), order=2),
    ]
    assert validate_beneficiaries(ok) == []
    bad = [
        Beneficiary("甲", E.RelationKind.SPOUSE, Decimal("33.33")),
        Beneficiary("乙", E.RelationKind.CHILD, Decimal("33.33")),
    ]
    [error] = validate_beneficiaries(bad)
    assert error.text() == "第 1 顺位受益比例合计为 66.66%，应为 100%"


def test_policy_expiry_after_effective():
    policy = Policy(
        "P123456",
        "平安人寿",
        "平安福",
        E.BusinessLine.LIFE,
        1,
        1,
        Decimal(100),
        Decimal(1000),
        effective_date=date(2024, 1, 1),
        expiry_date=date(2024, 1, 1),
    )
    assert "expiry_date" in fields(validate_policy(policy))


def test_duplicates_fold_traditional_and_simplified_names() -> None:
    from agentbook.domain.duplicates import DuplicateRule, PersonKey, find_candidates

    people = [
        PersonKey(1, "張三", "", "13812345678", None, "zhangsan"),
        PersonKey(2, "张 三", "", "13812345678", None, "zhangsan"),
    ]
    found = find_candidates(people)
    assert len(found) == 1 and DuplicateRule.NAME_MOBILE in found[0].reasons


class TestClaimLife:
    """A claim's state says what happened; each state needs the facts that prove it."""

    def test_paid_needs_the_amount_the_decision_date_and_every_document(self) -> None:
        from agentbook.domain.models import ClaimMaterial
        from agentbook.domain.validation import claim_status_requirements

        half = [ClaimMaterial(f"材料{i}", i < 3) for i in range(6)]  # 3 of 6 received
        paid = claim(1, 1, status=E.ClaimStatus.PAID, materials=half)
        assert fields(claim_status_requirements(paid)) == {"amount_paid", "decision_date", "materials"}
        missing = next(e for e in claim_status_requirements(paid) if e.field == "materials")
        assert missing.text() == "已赔付前须收齐理赔材料，尚缺：材料3、材料4、材料5"
        complete = claim(
            1,
            1,
            status=E.ClaimStatus.PAID,
            amount_paid=Decimal("8000"),
            decision_date=date(2026, 9, 20),
            materials=[ClaimMaterial(m.name, True) for m in half],
        )
        assert claim_status_requirements(complete) == []

    def test_rejected_needs_a_decision_date_and_a_reason(self) -> None:
        from agentbook.domain.validation import claim_status_requirements

        rejected = claim(1, 1, status=E.ClaimStatus.REJECTED)
        assert fields(claim_status_requirements(rejected)) == {"decision_date", "remarks"}
        explained = claim(1, 1, status=E.ClaimStatus.REJECTED, decision_date=date(2026, 9, 20), remarks="等待期内出险")
        assert claim_status_requirements(explained) == []

    @pytest.mark.parametrize(
        ("before", "after", "allowed"),
        [
            (E.ClaimStatus.REPORTED, E.ClaimStatus.COLLECTING, True),
            (E.ClaimStatus.UNDER_REVIEW, E.ClaimStatus.COLLECTING, True),  # 补充材料
            (E.ClaimStatus.REJECTED, E.ClaimStatus.UNDER_REVIEW, True),  # 复议
            (E.ClaimStatus.APPROVED, E.ClaimStatus.PAID, True),
            (E.ClaimStatus.PAID, E.ClaimStatus.CLOSED, True),
            (E.ClaimStatus.PAID, E.ClaimStatus.REJECTED, False),
            (E.ClaimStatus.APPROVED, E.ClaimStatus.REPORTED, False),
            (E.ClaimStatus.CLOSED, E.ClaimStatus.UNDER_REVIEW, False),
            (E.ClaimStatus.REJECTED, E.ClaimStatus.PAID, False),
        ],
    )
    def test_transitions(self, before: E.ClaimStatus, after: E.ClaimStatus, allowed: bool) -> None:
        from agentbook.domain.validation import check_claim_transition

        assert (check_claim_transition(before, after) == []) is allowed
