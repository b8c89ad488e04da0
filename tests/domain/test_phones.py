"""Telephone numbers: the issue's cases, and agreement with libphonenumber over a generated corpus."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from agentbook.domain import phones
from agentbook.domain.idnumbers import mask_phone
from agentbook.domain.validation import check_mobile, check_phone
from tests.phone_corpus import corpus

CORPUS = corpus()


@pytest.mark.parametrize(
    ("typed", "stored", "kind"),
    [
        ("+86 10 6234 5678", "010-62345678", phones.PhoneKind.LANDLINE),
        ("0086 591 8765 4321", "0591-87654321", phones.PhoneKind.LANDLINE),
        ("8613812345678", "13812345678", phones.PhoneKind.MOBILE),
        ("013812345678", "13812345678", phones.PhoneKind.MOBILE),  # trunk 0 before a mobile
        ("１３８１２３４５６７８", "13812345678", phones.PhoneKind.MOBILE),  # typed in full-width mode
        ("（010）6234 5678", "010-62345678", phones.PhoneKind.LANDLINE),
        ("(0571) 8888-6666", "0571-88886666", phones.PhoneKind.LANDLINE),
        ("400 810 8888", "400-810-8888", phones.PhoneKind.SERVICE),
        ("010-62345678 转801", "010-62345678 转801", phones.PhoneKind.LANDLINE),
        ("010-62345678转 801", "010-62345678 转801", phones.PhoneKind.LANDLINE),
        ("010-62345678 ext. 801", "010-62345678 转801", phones.PhoneKind.LANDLINE),
        ("010-62345678#801", "010-62345678 转801", phones.PhoneKind.LANDLINE),
        ("010-62345678-801", "010-62345678 转801", phones.PhoneKind.LANDLINE),  # the older stored form
        ("+852 2123 4567", "+852 2123 4567", phones.PhoneKind.LANDLINE),
    ],
)
def test_numbers_as_written_are_stored_one_way(typed: str, stored: str, kind: phones.PhoneKind) -> None:
    number = phones.read(typed)
    assert (number.text, number.kind) == (stored, kind)
    assert phones.read(number.text) == number  # the stored form reads back as itself
    assert phones.canonical(typed) == stored


def test_extension_is_kept_apart_from_the_search_key() -> None:
    number = phones.read("010-62345678 转801")
    assert (number.key, number.extension) == ("01062345678", "801")
    assert phones.search_key("010-62345678 转801") == "01062345678"


@pytest.mark.parametrize("prefix", ["140", "141", "142", "143", "144", "146", "148", "149", "154", "160", "161"])
def test_unallocated_mobile_prefixes_are_refused(prefix: str) -> None:
    with pytest.raises(phones.PhoneError) as refused:
        phones.read(prefix + "12345678")
    assert refused.value.message == phones.UNALLOCATED
    assert check_mobile(prefix + "12345678")[0].message == phones.UNALLOCATED


def test_a_landline_without_area_code_asks_for_one() -> None:
    assert check_phone("62345678")[0].message == phones.NEEDS_AREA_CODE


def test_a_landline_is_not_a_mobile() -> None:
    assert check_mobile("010-62345678")[0].message == phones.NOT_A_MOBILE
    assert check_phone("13812345678") == []  # a second mobile may be the number to call


@pytest.mark.parametrize("text", ["123", "abc", "010--", "电话"])
def test_text_that_is_no_number(text: str) -> None:
    with pytest.raises(phones.PhoneError):
        phones.read(text)
    assert phones.canonical(text) == text  # left for validation to name, never silently changed


def test_mask_keeps_the_extension() -> None:
    assert mask_phone("010-62345678 转801") == "010*****5678 转801"
    assert mask_phone("13812345678") == "138****5678"


def test_corpus_is_at_least_the_issues_size() -> None:
    assert len(CORPUS) >= 2538
    assert any(not c.valid for c in CORPUS) and sum(c.mobile for c in CORPUS) > 1000


def test_validation_agrees_with_libphonenumber_on_the_corpus() -> None:
    disagreements = []
    for case in CORPUS:
        field_ok = (check_mobile(case.text) if case.mobile else check_phone(case.text)) == []
        if field_ok != case.valid:
            disagreements.append(case)
            continue
        if case.valid:
            number = phones.read(case.text)
            if (number.key, number.extension, number.kind is phones.PhoneKind.MOBILE) != (
                case.key,
                case.extension,
                case.mobile,
            ):
                disagreements.append(case)
    assert disagreements == []


def test_remembered_readings_answer_as_fresh_ones_and_are_left_with_the_block() -> None:
    texts = ["+86 138 1234 5678", "010-62345678 转801", "12345", "62345678", "13812345678"]

    def answers() -> list[object]:
        out: list[object] = []
        for text in texts:
            try:
                out.append(phones.read(text))
            except phones.PhoneError as exc:
                out.append(exc.message)
        return out

    fresh = answers()
    with phones.remembering() as memo:
        assert answers() == fresh  # first reading of each
        assert answers() == fresh  # now from the memo, errors raised anew with their message
        assert set(memo) == set(texts)
    kept: phones.Memo = {}
    with phones.remembering(kept):
        phones.read("13900001111")
    assert "13900001111" in kept
    phones.read("13900002222")  # outside any block: nothing is remembered
    assert "13900002222" not in kept and "13900002222" not in memo


def test_plain_mobile_digits_read_as_libphonenumber_reads_them() -> None:
    """11 plain digits skip the parsing where it is known what it would give
    (``_read_mainland_mobile``): over every four-digit prefix, allocated or not, with random
    tails and with a carrier code and 00 in front of a tail (a way abroad to parse), every
    answer is the full reading's of the same text, and libphonenumber's own verdict."""
    rng = random.Random(7)
    for prefix in range(1000, 2000):
        tails = [f"{rng.randrange(10**7):07d}" for _ in range(3)] + [f"{rng.randrange(10)}00{rng.randrange(10**4):04d}"]
        for digits in (f"{prefix}{tail}" for tail in tails):
            answers = []
            for read in (phones.read, phones._read_written):
                try:
                    answers.append(read(digits))
                except phones.PhoneError as exc:
                    answers.append(exc.message)
            assert answers[0] == answers[1], digits
            if isinstance(answers[0], phones.Phone):
                assert phonenumbers.is_valid_number(phonenumbers.parse(digits, "CN")), digits
