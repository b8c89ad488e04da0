"""Telephone numbers written the ways people write them, with libphonenumber's verdict on each.

The corpus is generated from libphonenumber itself (the ``phonenumbers`` package): every
three-digit mobile prefix 130–199 and a set of real and unreal area codes, each written with
+86, 0086, 86, a trunk 0, spaces, dashes, parentheses, full-width digits and extensions. The
expected verdict is libphonenumber's on the bare digits, so the dialog, the importer and the
search can be held to the same answer.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberType

FULL_WIDTH = str.maketrans("0123456789+-()", "０１２３４５６７８９＋－（）")
AREA_CODES = (
    *("010", "020", "021", "022", "023", "024", "025", "027", "028", "029"),
    *("0311", "0351", "0371", "0431", "0451", "0531", "0551", "0571", "0591", "0731", "0755", "0898"),
    *("026", "0100", "0999", "0800"),  # not area codes: libphonenumber refuses them
)


@dataclass(frozen=True, slots=True)
class Case:
    text: str  # as written
    valid: bool  # libphonenumber's verdict on the bare number
    mobile: bool
    key: str  # the digits the search index holds (mobile without prefix, landline with its 0)
    extension: str = ""


def _verdict(digits: str) -> tuple[bool, bool]:
    number = phonenumbers.parse(digits, "CN")
    valid = phonenumbers.is_valid_number(number)
    return valid, valid and phonenumbers.number_type(number) == PhoneNumberType.MOBILE


def mobiles(rng: random.Random, per_prefix: int = 12) -> list[Case]:
    out = []
    for prefix in range(130, 200):
        for _ in range(per_prefix):
            digits = f"{prefix}{rng.randrange(10**8):08d}"
            valid, mobile = _verdict(digits)
            spaced = f"{digits[:3]} {digits[3:7]} {digits[7:]}"
            for text in (
                digits,
                f"+86 {spaced}",
                f"0086 {digits}",
                f"86{digits}",
                f"0{digits}",
                f"{digits[:3]}-{digits[3:7]}-{digits[7:]}",
                digits.translate(FULL_WIDTH),
            ):
                out.append(Case(text, valid, mobile, digits))
    return out


def landlines(rng: random.Random, per_code: int = 12) -> list[Case]:
    out = []
    for code in AREA_CODES:
        for _ in range(per_code):
            subscriber = f"{rng.randrange(2, 9)}{rng.randrange(10**7):07d}"
            digits = code + subscriber
            valid, _mobile = _verdict(digits)
            bare = code[1:]
            for text in (
                f"{code}-{subscriber}",
                f"({code}){subscriber}",
                f"{code} {subscriber[:4]} {subscriber[4:]}",
                f"+86 {bare} {subscriber[:4]} {subscriber[4:]}",
                f"0086 {bare} {subscriber}",
                f"{code}-{subscriber}".translate(FULL_WIDTH),
            ):
                out.append(Case(text, valid, False, digits))
            ext = str(rng.randrange(1, 9999))
            for text in (
                f"{code}-{subscriber} 转{ext}",
                f"{code}-{subscriber} ext. {ext}",
                f"{code}-{subscriber}#{ext}",
            ):
                out.append(Case(text, valid, False, digits, ext))
    return out


def service_numbers(rng: random.Random, count: int = 30) -> list[Case]:
    out = []
    for _ in range(count):
        digits = f"400{rng.randrange(10**7):07d}"
        valid, _mobile = _verdict(digits)
        out += [
            Case(t, valid, False, digits)
            for t in (digits, f"400 {digits[3:6]} {digits[6:]}", f"400-{digits[3:6]}-{digits[6:]}")
        ]
    return out


def corpus(seed: int = 19) -> list[Case]:
    rng = random.Random(seed)
    return mobiles(rng) + landlines(rng) + service_numbers(rng)
