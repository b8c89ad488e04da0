"""Chinese identity numbers: the resident ID (GB 11643-1999) and the unified social credit code
(GB 32100-2015), each with its check character, plus masking for display.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from operator import mul

from agentbook.domain.enums import Gender
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.memo import Remembered

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_ID_SHAPE = re.compile(r"^\d{17}[\dX]$")
# Province-level codes in use (first two digits of the administrative division code).
_PROVINCES = frozenset(
    [
        "11",
        "12",
        "13",
        "14",
        "15",
        "21",
        "22",
        "23",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "37",
        "41",
        "42",
        "43",
        "44",
        "45",
        "46",
        "50",
        "51",
        "52",
        "53",
        "54",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "81",
        "82",
        "83",
        "91",
    ]
)


class IdNumberError(ValueError):
    """Why an identity number is not valid; ``code`` is stable, the message is Chinese."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class ResidentId:
    """A checked 18-digit resident ID with what it tells about its holder."""

    number: str
    region: str
    birth_date: date
    gender: Gender


def resident_id_check_char(first17: str) -> str:
    """The GB 11643 check character (0-9 or X) for the first 17 digits."""
    if len(first17) != 17:
        raise ValueError(f"{len(first17)} digits, not 17")
    # map over the digits rather than a generator of products: an import checks every ID twice
    return _ID_CHECK[sum(map(mul, map(int, first17), _ID_WEIGHTS)) % 11]


_HALF_WIDTH = str.maketrans("０１２３４５６７８９ｘＸ", "0123456789XX")


def normalize_id_text(text: str) -> str:
    """Strip spaces and full-width forms people paste in, and upper-case a trailing x."""
    if text.isascii() and text.isalnum():  # as typed nearly always: nothing to strip or widen
        return text.upper()
    return text.translate(_HALF_WIDTH).replace(" ", "").replace("\u00a0", "").strip().upper()


# What ``parse_resident_id`` answered (the ID, or the code and message of its error) for each
# text and day, while a caller asks for it: an import checks every ID of a sheet seven times.
IdMemo = dict[tuple[str, date], ResidentId | tuple[str, str]]
_parsed: Remembered[tuple[str, date], ResidentId | tuple[str, str]] = Remembered()
remembering = _parsed.remembering


def parse_resident_id(text: str, today: date) -> ResidentId:
    """Validate an 18-digit resident ID and derive birth date and gender from it.

    The 15-digit numbers issued before 1999 are refused with their own message: they are no
    longer valid documents and the holder has an 18-digit number now.
    """
    memo = _parsed.memo
    if memo is None:
        return _parse_resident_id(text, today)
    known = memo.get((text, today))
    if known is None:
        try:
            known = memo[(text, today)] = _parse_resident_id(text, today)
        except IdNumberError as exc:
            memo[(text, today)] = (exc.code, str(exc))
            raise
    if isinstance(known, tuple):
        raise IdNumberError(*known)
    return known


def _parse_resident_id(text: str, today: date) -> ResidentId:
    number = normalize_id_text(text)
    if re.fullmatch(r"\d{15}", number):
        raise IdNumberError("legacy_15", QT_TRANSLATE_NOOP("validation", "15 位旧身份证号已停用，请填写 18 位号码"))
    if not _ID_SHAPE.match(number):
        raise IdNumberError("shape", QT_TRANSLATE_NOOP("validation", "身份证号应为 18 位：17 位数字加 1 位数字或 X"))
    if number[:2] not in _PROVINCES:
        raise IdNumberError("region", QT_TRANSLATE_NOOP("validation", "身份证号的地区码无效"))
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError as exc:
        raise IdNumberError("birth_date", QT_TRANSLATE_NOOP("validation", "身份证号中的出生日期无效")) from exc
    if born.year < 1900 or born > today:
        raise IdNumberError("birth_date", QT_TRANSLATE_NOOP("validation", "身份证号中的出生日期无效"))
    if resident_id_check_char(number[:17]) != number[17]:
        raise IdNumberError("check_digit", QT_TRANSLATE_NOOP("validation", "身份证号校验码不正确，请核对"))
    gender = Gender.MALE if int(number[16]) % 2 else Gender.FEMALE
    return ResidentId(number=number, region=number[:6], birth_date=born, gender=gender)


def make_resident_id(region: str, born: date, sequence: int) -> str:
    """Build a valid ID (used by the demo generator and tests); odd *sequence* means male."""
    first17 = f"{region}{born:%Y%m%d}{sequence % 1000:03d}"
    return first17 + resident_id_check_char(first17)


_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc_check_char(first17: str) -> str:
    """The GB 32100 check character for the first 17 characters of a credit code."""
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return _USCC_CHARS[(31 - total % 31) % 31]


def parse_uscc(text: str) -> str:
    """Validate an 18-character unified social credit code (统一社会信用代码)."""
    code = normalize_id_text(text)
    if len(code) != 18 or any(c not in _USCC_CHARS for c in code):
        raise IdNumberError("shape", QT_TRANSLATE_NOOP("validation", "统一社会信用代码应为 18 位数字或大写字母"))
    if not code[2:8].isdigit():  # GB 32100: characters 3–8 are the registering authority's region code
        raise IdNumberError(
            "region", QT_TRANSLATE_NOOP("validation", "统一社会信用代码第 3–8 位是行政区划代码，应为数字")
        )
    if uscc_check_char(code[:17]) != code[17]:
        raise IdNumberError("check_digit", QT_TRANSLATE_NOOP("validation", "统一社会信用代码校验位不正确，请核对"))
    return code


def make_uscc(first17: str) -> str:
    """Complete a credit code with its check character (demo data and tests)."""
    return first17 + uscc_check_char(first17)


def mask_id_number(number: str | None) -> str:
    """``110105********123X``: region kept for the paper file, birth date and sequence hidden."""
    if not number:
        return ""
    if len(number) <= 8:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def mask_phone(number: str | None) -> str:
    """``138****5678``: enough to recognise a number, not to dial it (an extension stays)."""
    if not number:
        return ""
    number, mark, extension = number.partition(" 转")
    if mark:
        return mask_phone(number) + mark + extension
    if len(number) < 7:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 7) + number[-4:]


def mask_text(text: str | None) -> str:
    """A sensitive note is hidden whole; only whether something is recorded shows."""
    return "******" if text else ""


def mask_by_kind(kind: str, value: object) -> str:
    """Mask a listed value by its sensitivity kind (``id_number``, ``phone`` or ``text``)."""
    text = "" if value is None else str(value)
    if kind == "id_number":
        return mask_id_number(text)
    if kind == "phone":
        return mask_phone(text)
    return mask_text(text)
