"""Region codes of resident IDs against GB/T 2260 (python-stdnum's table), and the digits a credit
code must have where its region code stands."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
import stdnum
from stdnum.cn import ric, uscc

from agentbook.domain import enums as E
from agentbook.domain.idnumbers import IdNumberError, make_resident_id, make_uscc, parse_uscc
from agentbook.domain.models import Customer
from agentbook.domain.regions import UNKNOWN, WITHDRAWN, counties, region_warning
from agentbook.domain.validation import customer_warnings, validate_customer
from tests.conftest import TODAY


def _table_codes() -> list[str]:
    """Every six-digit code in python-stdnum's GB/T 2260 table."""
    codes: list[str] = []
    province = ""
    for line in (Path(stdnum.__file__).parent / "cn" / "loc.dat").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not line.startswith(" "):
            province = line.split()[0]
        elif "county=" in line:
            codes.append(province + line.split()[0])
    return codes


CODES = _table_codes()


def _person(id_number: str) -> Customer:
    return Customer(
        "张三", gender=E.Gender.MALE, id_type=E.IdType.RESIDENT_ID, id_number=id_number, mobile="13812345678"
    )


def test_withdrawn_before_birth_warns_and_saves() -> None:
    chongwen = make_resident_id("110103", date(2012, 5, 1), 11)  # 崇文区 merged into 东城区 in 2010
    assert validate_customer(_person(chongwen), TODAY) == []
    [warning] = customer_warnings(_person(chongwen), TODAY)
    assert warning.field == "id_number" and warning.message == WITHDRAWN
    assert "崇文区" in warning.text() and "2010" in warning.text()
    assert customer_warnings(_person(make_resident_id("110103", date(1980, 5, 1), 11)), TODAY) == []


def test_a_code_that_never_existed_warns() -> None:
    nowhere = make_resident_id("110199", date(1980, 5, 1), 11)
    assert validate_customer(_person(nowhere), TODAY) == []
    assert [w.message for w in customer_warnings(_person(nowhere), TODAY)] == [UNKNOWN]


def test_a_county_created_after_birth_is_no_warning() -> None:
    """The first IDs were issued in 1984: people born before registered where they lived then."""
    fangshan = make_resident_id("110111", date(1960, 5, 1), 11)  # 房山区 since 1986
    assert customer_warnings(_person(fangshan), TODAY) == []


@pytest.mark.parametrize("code", ["810000", "820000", "830000"])
def test_residence_permits_of_hong_kong_macao_taiwan_are_no_warning(code: str) -> None:
    assert region_warning(code, 1990) is None


def test_probes_agree_with_python_stdnum() -> None:
    """Every code in the table at several birth years, and as many codes that are in no table.
    python-stdnum refuses a code created after the birth year too; we only warn where it is
    unknown or was withdrawn before the birth, so those are the cases compared."""
    rng = random.Random(5)
    known = set(CODES)
    probes = [(code, rng.choice((1950, 1975, 1990, 2005, 2015, 2024))) for code in CODES]
    provinces = sorted({c[:2] for c in CODES})
    while len(probes) < 2 * len(CODES):
        code = rng.choice(provinces) + f"{rng.randrange(10**4):04d}"
        if code not in known:
            probes.append((code, rng.choice((1950, 1990, 2015))))
    assert len(probes) >= 4150
    disagreements = []
    warned = 0
    for code, year in probes:
        number = make_resident_id(code, date(year, 6, 1), 11)
        try:
            stdnum_accepts = ric.is_valid(number)
        except KeyError:  # python-stdnum 2.2 raises this for a province code with no such county
            stdnum_accepts = False
        created_after = any(c.first_year and c.first_year > year for c in counties(code))
        warning = region_warning(code, year)
        warned += warning is not None
        if stdnum_accepts and warning is not None:
            disagreements.append((code, year, "warned, stdnum accepts"))
        if not stdnum_accepts and warning is None and not created_after:
            disagreements.append((code, year, "silent, stdnum refuses"))
    assert disagreements == []
    assert warned >= len(CODES)  # the invented codes at least


class TestCreditCodeRegion:
    def test_letters_in_the_region_positions_are_refused(self) -> None:
        for position in range(2, 8):
            body = list("91110105MA00ABCD1")
            body[position] = "A"
            with pytest.raises(IdNumberError) as refused:
                parse_uscc(make_uscc("".join(body)))
            assert refused.value.code == "region"

    def test_generated_codes_agree_with_python_stdnum(self) -> None:
        """Random credit codes with a correct check character: accepted exactly when python-stdnum
        accepts them (it also wants digits in positions 1–2, which GB 32100 does not: Y1, N2)."""
        rng = random.Random(32100)
        chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        disagreements = []
        for _ in range(3000):
            body = rng.choice("159") + rng.choice("123") + "".join(rng.choice(chars) for _ in range(15))
            if rng.random() < 0.5:
                body = body[:2] + f"{rng.randrange(10**6):06d}" + body[8:]
            code = make_uscc(body)
            try:
                ours = parse_uscc(code) == code
            except IdNumberError:
                ours = False
            if ours != uscc.is_valid(code):
                disagreements.append(code)
        assert disagreements == []
