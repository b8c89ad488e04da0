"""Domain rules: resident IDs (GB 11643), credit codes (GB 32100), phones, money, required fields."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agentbook.domain import enums as E
from agentbook.domain.idnumbers import (
    IdNumberError,
    make_resident_id,
    mask_id_number,
    mask_phone,
    parse_resident_id,
    parse_uscc,
)
from agentbook.domain.models import Beneficiary, Customer, Policy
from agentbook.domain.money import MoneyError, from_fen, parse_money, to_fen
from agentbook.domain.validation import validate_beneficiaries, validate_customer, validate_policy

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("number", "born", "gender"),
    [
        ("11010519491231002X", date(1949, 12, 31), E.Gender.FEMALE),  # the standard's own example, check X
        ("110105198503141235", date(1985, 3, 14), E.Gender.MALE),
        (" 11010519491231002x ", date(1949, 12, 31), E.Gender.FEMALE),  # pasted with spaces, lower-case x
        ("１１０１０５１９４９１２３１００２Ｘ", date(1949, 12, 31), E.Gender.FEMALE),  # full-width digits
    ],
)
def test_valid_resident_ids_give_birth_date_and_gender(number, born, gender):
    parsed = parse_resident_id(number, TODAY)
    assert (parsed.birth_date, parsed.gender) == (born, gender)


@pytest.mark.parametrize(
    ("number", "code"),
    [
        ("110105194912310021", "check_digit"),
        ("110105198502301234", "birth_date"),  # 30 February
        ("110105203001011234", "birth_date"),  # born in the future
        ("110105491231002", "legacy_15"),  # 15-digit number from before 1999
        ("99010519491231002X", "region"),
        ("11010519491231002", "shape"),
        ("1101051949123100AX", "shape"),
    ],
)
def test_invalid_resident_ids_are_refused_with_their_reason(number, code):
    with pytest.raises(IdNumberError) as caught:
        parse_resident_id(number, TODAY)
    assert caught.value.code == code


def test_made_ids_are_valid_for_every_sequence():
    for seq in range(0, 1000, 37):
        number = make_resident_id("440305", date(1990, 2, 28), seq)
        assert parse_resident_id(number, TODAY).gender is (E.Gender.MALE if seq % 2 else E.Gender.FEMALE)


def test_credit_code_check_character():
    assert parse_uscc("91350100M000100Y43") == "91350100M000100Y43"
    with pytest.raises(IdNumberError):
        parse_uscc("91350100M000100Y44")


def test_masks_keep_only_what_identifies_the_record():
    assert mask_id_number("11010519491231002X") == "110105********002X"
    assert mask_phone("13812345678") == "138****5678"


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


def _person(**kw) -> Customer:
    base = {"name": "张三", "gender": E.Gender.MALE, "mobile": "13812345678"}
    return Customer(**{**base, **kw})


def fields(errors) -> set[str]:
    return {e.field for e in errors}


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
