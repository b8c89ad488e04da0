"""Resident ID numbers (GB 11643-1999), unified social credit codes (GB 32100-2015) and masking."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from agentbook.domain import enums as E
from agentbook.domain.enums import Gender
from agentbook.domain.idnumbers import (
    IdNumberError,
    make_resident_id,
    make_uscc,
    mask_id_number,
    mask_phone,
    mask_text,
    normalize_id_text,
    parse_resident_id,
    parse_uscc,
    resident_id_check_char,
    uscc_check_char,
)
from agentbook.domain.models import Customer
from tests.conftest import TODAY

# The textbook example of GB 11643: a woman born 31 December 1949 in 北京市朝阳区, check character X.
TEXTBOOK_ID = "11010519491231002X"


def with_check(first17: str) -> str:
    return first17 + resident_id_check_char(first17)


def error_code(text: str, today: date = TODAY) -> str:
    with pytest.raises(IdNumberError) as info:
        parse_resident_id(text, today)
    return info.value.code


def _person(**kw) -> Customer:
    base = {"name": "张三", "gender": E.Gender.MALE, "mobile": "13812345678"}
    return Customer(**{**base, **kw})


class TestResidentIdValid:
    def test_textbook_number_with_X(self) -> None:
        rid = parse_resident_id(TEXTBOOK_ID, TODAY)
        assert rid.number == TEXTBOOK_ID
        assert rid.region == "110105"
        assert rid.birth_date == date(1949, 12, 31)
        assert rid.gender is Gender.FEMALE

    def test_lower_case_x_and_full_width_digits_are_normalised(self) -> None:
        assert parse_resident_id("11010519491231002x", TODAY).number == TEXTBOOK_ID
        full_width = "１１０１０５１９４９１２３１００２ｘ"
        assert parse_resident_id(full_width, TODAY).number == TEXTBOOK_ID
        assert parse_resident_id(" 110105 19491231 002X ", TODAY).number == TEXTBOOK_ID

    @pytest.mark.parametrize(
        ("sequence", "gender"),
        [(1, Gender.MALE), (2, Gender.FEMALE), (123, Gender.MALE), (998, Gender.FEMALE)],
    )
    def test_gender_from_the_17th_digit(self, sequence: int, gender: Gender) -> None:
        number = make_resident_id("440305", date(1990, 1, 1), sequence)
        assert parse_resident_id(number, TODAY).gender is gender

    def test_every_check_character_occurs_and_is_accepted(self) -> None:
        """Walk sequences until all eleven check characters (0–9 and X) have been produced."""
        seen: dict[str, str] = {}
        sequence = 0
        while len(seen) < 11:
            number = make_resident_id("310104", date(1985, 6, 15), sequence)
            seen.setdefault(number[-1], number)
            sequence += 1
        for number in seen.values():
            assert parse_resident_id(number, TODAY).number == number

    def test_29_february_of_a_leap_year(self) -> None:
        rid = parse_resident_id(with_check("32010220000229123"), TODAY)
        assert rid.birth_date == date(2000, 2, 29)

    def test_born_today_is_accepted(self) -> None:
        number = make_resident_id("110105", TODAY, 11)
        assert parse_resident_id(number, TODAY).birth_date == TODAY


class TestResidentIdInvalid:
    def test_wrong_check_digit(self) -> None:
        wrong = TEXTBOOK_ID[:17] + "1"
        assert error_code(wrong) == "check_digit"

    def test_every_wrong_check_character_is_refused(self) -> None:
        for char in "0123456789X":
            if char != TEXTBOOK_ID[-1]:
                assert error_code(TEXTBOOK_ID[:17] + char) == "check_digit"

    def test_single_digit_typo_is_caught(self) -> None:
        """The check digit catches any single wrong digit in the first 17."""
        for i in range(17):
            for d in "0123456789":
                if d == TEXTBOOK_ID[i]:
                    continue
                typo = TEXTBOOK_ID[:i] + d + TEXTBOOK_ID[i + 1 : 17] + TEXTBOOK_ID[17]
                with pytest.raises(IdNumberError):
                    parse_resident_id(typo, TODAY)

    @pytest.mark.parametrize(
        "birth",
        ["19900230", "19900001", "19901301", "19900100", "19000229", "20230229", "19900431"],
    )
    def test_impossible_birth_dates(self, birth: str) -> None:
        """0230, month 0 or 13, day 0, 29 February of a common year, 31 April."""
        assert error_code(with_check(f"110105{birth}123")) == "birth_date"

    def test_future_birth_date(self) -> None:
        tomorrow = TODAY + timedelta(days=1)
        assert error_code(with_check(f"110105{tomorrow:%Y%m%d}123")) == "birth_date"

    def test_birth_before_1900(self) -> None:
        assert error_code(with_check("11010518991231123")) == "birth_date"

    def test_fifteen_digit_legacy_number_has_its_own_code(self) -> None:
        with pytest.raises(IdNumberError) as info:
            parse_resident_id("110105491231002", TODAY)
        assert info.value.code == "legacy_15"
        assert "15" in str(info.value)

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "1101051949123100",
            "1101051949123100211",
            "11010519491231002Y",
            "X1010519491231002X",
            "1101051949１２31002Z",
        ],
    )
    def test_wrong_shape(self, text: str) -> None:
        assert error_code(text) == "shape"

    def test_unknown_province(self) -> None:
        assert error_code(with_check("00010519491231002")) == "region"
        assert error_code(with_check("99010519491231002")) == "region"


class TestUscc:
    # A published credit code (a Fujian company), used in GB 32100 examples online.
    KNOWN = "91350100M000100Y43"

    def test_known_code(self) -> None:
        assert parse_uscc(self.KNOWN) == self.KNOWN
        assert parse_uscc(self.KNOWN.lower()) == self.KNOWN

    def test_made_codes_are_valid(self) -> None:
        for body in ("91110108MA01234567", "92440300ABCDEFGHJ0", "12100000400000624D"):
            code = make_uscc(body[:17])
            assert parse_uscc(code) == code

    def test_wrong_check_character(self) -> None:
        right = uscc_check_char(self.KNOWN[:17])
        wrong = "0" if right != "0" else "1"
        with pytest.raises(IdNumberError) as info:
            parse_uscc(self.KNOWN[:17] + wrong)
        assert info.value.code == "check_digit"

    @pytest.mark.parametrize(
        "text", ["", "91350100M000100Y4", "91350100M000100Y433", "91350100I000100Y43", "9135010OM000100Y4"]
    )
    def test_wrong_shape(self, text: str) -> None:
        """I, O, S, V, Z are not used in credit codes; length must be 18."""
        with pytest.raises(IdNumberError) as info:
            parse_uscc(text)
        assert info.value.code == "shape"


class TestMasking:
    def test_id_number_mask_keeps_region_and_tail(self) -> None:
        assert mask_id_number(TEXTBOOK_ID) == "110105********002X"
        assert mask_id_number("") == ""
        assert mask_id_number("1234") == "****"

    def test_phone_mask(self) -> None:
        assert mask_phone("13812345678") == "138****5678"
        assert mask_phone("") == ""

    def test_text_mask(self) -> None:
        assert mask_text("高血压") == "******"
        assert mask_text("") == ""

    def test_normalize_id_text(self) -> None:
        assert normalize_id_text("\u00a0１１０ｘ ") == "110X"


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


def test_remembered_checks_answer_as_fresh_ones_and_are_left_with_the_block():
    from agentbook.domain import idnumbers

    today = date(2026, 11, 23)
    good = make_resident_id("110105", date(1990, 3, 7), 123)
    texts = [good, good[:-1] + ("0" if good[-1] != "0" else "1"), "110105199003071", "123", good.lower()]

    def answers() -> list[object]:
        out: list[object] = []
        for text in texts:
            try:
                out.append(idnumbers.parse_resident_id(text, today))
            except idnumbers.IdNumberError as exc:
                out.append((exc.code, str(exc)))
        return out

    fresh = answers()
    with idnumbers.remembering() as memo:
        assert answers() == fresh  # first checks
        assert answers() == fresh  # from the memo, errors raised anew with their code and message
        assert len(memo) == len(set(texts))
    idnumbers.parse_resident_id(good, date(2026, 11, 24))
    assert (good, date(2026, 11, 24)) not in memo  # outside the block nothing is kept
