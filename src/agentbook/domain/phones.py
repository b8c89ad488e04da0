"""Telephone numbers: one reading, one stored form, for the dialog, the importer and the search.

Numbers are read with libphonenumber's rules (the ``phonenumbers`` package), which know every
allocated Chinese prefix and area code, the trunk 0 and the ways people write an extension.
The stored (canonical) form is what a Chinese agent dials and reads:

- a mainland mobile: its 11 digits, ``13812345678`` (a +86, 0086, 86 or trunk 0 prefix dropped);
- a mainland landline: area code with its 0, a dash, the subscriber number, ``010-62345678``;
- a mainland service number (400, 800, 95…): in groups, ``400-810-8888``;
- an extension after `` 转``: ``010-62345678 转801``;
- a number abroad: international format, ``+852 2123 4567`` (`` ext. 801`` for an extension).

The search key of a number is its digits without separators or extension (``01062345678``),
so the tail typed in the search box finds it whichever way it was written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.memo import Remembered

if TYPE_CHECKING:
    # Imported by the functions that read a number: its metadata is ~20 ms of the app's start,
    # before which no number is read (the store's search imports this module).
    import phonenumbers

REGION = "CN"
EXTENSION_MARK = " 转"

# 转 / 分机 (and their traditional forms) are how Chinese cards write an extension; libphonenumber
# knows "ext.", "x" and "#" but not these.
_CHINESE_EXTENSION = re.compile(r"\s*(?:转|轉|分机|分機|内线|內線)\s*[:：]?\s*(?=\d)")
# ``010-62345678-801``: a trailing dash group is an extension when the number before it is whole.
_DASH_EXTENSION = re.compile(r"^(?P<number>.*\d)\s*-\s*(?P<ext>\d{1,6})$")
# 11 ASCII digits that ``phonenumbers.parse`` reads as themselves: 13–19, but not 179, which
# (like 11 and 12) may open a carrier selection code that parse strips or reads as a way abroad.
_PLAIN_MOBILE = re.compile(r"1(?:[3-68-9][0-9]|7[0-8])[0-9]{8}")


class PhoneKind(Enum):
    MOBILE = "mobile"
    LANDLINE = "landline"
    SERVICE = "service"  # 400/800/95xxx and other non-geographic numbers


@dataclass(frozen=True, slots=True)
class Phone:
    """A number that was read and checked; ``text`` is the form stored in the archive."""

    text: str
    kind: PhoneKind
    key: str  # digits without extension: what the search index holds
    extension: str


class PhoneError(ValueError):
    """Why a text is not a usable number; ``message`` is untranslated source text."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


NOT_A_NUMBER = QT_TRANSLATE_NOOP("validation", "不是有效的电话号码")
UNALLOCATED = QT_TRANSLATE_NOOP("validation", "该号段尚未分配，请核对号码")
NEEDS_AREA_CODE = QT_TRANSLATE_NOOP("validation", "固定电话请加区号，例如 010-62345678")
NOT_A_MOBILE = QT_TRANSLATE_NOOP("validation", "这是固定电话或服务号码，请填在“固定电话”栏")


def _prepare(text: str) -> str:
    clean = unicodedata.normalize("NFKC", text or "").strip()
    return _CHINESE_EXTENSION.sub(" ext. ", clean)


def _parse(text: str) -> phonenumbers.PhoneNumber:
    import phonenumbers

    try:
        return phonenumbers.parse(text, REGION)
    except phonenumbers.NumberParseException as exc:
        raise PhoneError(NOT_A_NUMBER) from exc


# What ``read`` answered (a number, or the message of its error) for each text, while a caller
# asks for it: an import reads every number five times at ~40 µs a reading (``domain/memo.py``).
Memo = dict[str, Phone | str]
_readings: Remembered[str, Phone | str] = Remembered()
remembering = _readings.remembering


def read(text: str) -> Phone:
    """Read a number as people type or paste it; raises ``PhoneError`` saying what is wrong."""
    memo = _readings.memo
    if memo is None:
        return _read(text)
    known = memo.get(text)
    if known is None:
        try:
            known = memo[text] = _read(text)
        except PhoneError as exc:
            memo[text] = exc.message
            raise
    if isinstance(known, str):
        raise PhoneError(known)
    return known


def _read(text: str) -> Phone:
    if _PLAIN_MOBILE.fullmatch(text):
        return _read_mainland_mobile(text)
    return _read_written(text)


def _read_written(text: str) -> Phone:
    """A number as written, read by libphonenumber from the text."""
    import phonenumbers

    prepared = _prepare(text)
    if not prepared:
        raise PhoneError(NOT_A_NUMBER)
    number = _parse(prepared)
    valid = phonenumbers.is_valid_number(number)  # once: it matches the number against every pattern
    if not valid and not number.extension:
        dashed = _DASH_EXTENSION.match(prepared)
        if dashed:
            head = _parse(dashed["number"])
            if phonenumbers.is_valid_number(head):
                head.extension = dashed["ext"]
                number, valid = head, True
    if not valid:
        raise PhoneError(_why_invalid(number))
    return _phone(number)


def _read_mainland_mobile(digits: str) -> Phone:
    """``_read_written`` of a plain mainland mobile's 11 digits (``_PLAIN_MOBILE``), the way most
    sheets hold one, at half the cost: what ``phonenumbers.parse`` makes of such text is known
    without parsing it (no trunk 0, carrier code, country code or extension to find), and a
    number libphonenumber gives a type is a valid one. libphonenumber still decides validity and
    type; ``test_phones`` holds this path to the full one over every four-digit prefix."""
    if _mobile_only(digits):  # the common case, answered without building a PhoneNumber
        return Phone(digits, PhoneKind.MOBILE, digits, "")
    import phonenumbers

    number = phonenumbers.PhoneNumber(country_code=86, national_number=int(digits))
    kind_of = phonenumbers.number_type(number)
    if kind_of == phonenumbers.PhoneNumberType.UNKNOWN:
        raise PhoneError(UNALLOCATED)
    return _phone(number, kind_of)


def _mobile_only(digits: str) -> bool:
    """Whether ``phonenumbers.number_type`` calls these 11 mainland digits MOBILE, asked of
    libphonenumber's own patterns for China in two matches instead of its walk through every type."""
    global _MOBILE_ONLY
    if _MOBILE_ONLY is None:
        _MOBILE_ONLY = _mobile_only_test()
    return _MOBILE_ONLY(digits)


_MOBILE_ONLY: Callable[[str], bool] | None = None


def _mobile_only_test() -> Callable[[str], bool]:
    """``number_type`` answers MOBILE for a number its general pattern takes, that no type it asks
    about before MOBILE takes (premium rate … voicemail, then fixed line: a number both fixed and
    mobile is FIXED_LINE_OR_MOBILE), and that the mobile pattern takes; a pattern only applies to
    the lengths it lists. Where the metadata is shaped otherwise, every number takes the full way."""
    import phonenumbers

    meta = phonenumbers.PhoneMetadata.metadata_for_region(REGION)
    if meta is None or meta.same_mobile_and_fixed_line_pattern:
        return lambda _digits: False

    def patterns(*descs: phonenumbers.PhoneNumberDesc | None) -> list[str]:
        return [
            d.national_number_pattern
            for d in descs
            if d is not None and d.national_number_pattern and (not d.possible_length or 11 in d.possible_length)
        ]

    general, mobile = patterns(meta.general_desc), patterns(meta.mobile)
    if not general or not mobile:
        return lambda _digits: False
    before = patterns(
        meta.premium_rate,
        meta.toll_free,
        meta.shared_cost,
        meta.voip,
        meta.personal_number,
        meta.pager,
        meta.uan,
        meta.voicemail,
        meta.fixed_line,
    )
    takes, is_mobile = re.compile(general[0]).fullmatch, re.compile(mobile[0]).fullmatch
    other = re.compile("|".join(f"(?:{p})" for p in before)).fullmatch if before else lambda _d: None
    return lambda digits: bool(takes(digits) and is_mobile(digits) and not other(digits))


def _why_invalid(number: phonenumbers.PhoneNumber) -> str:
    import phonenumbers

    nsn = phonenumbers.national_significant_number(number)
    if number.country_code == 86 and len(nsn) == 11 and nsn.startswith("1"):
        return UNALLOCATED
    if number.country_code == 86 and 7 <= len(nsn) <= 8 and nsn[0] in "2345678":
        return NEEDS_AREA_CODE
    return NOT_A_NUMBER


def _phone(number: phonenumbers.PhoneNumber, kind_of: int | None = None) -> Phone:
    """*kind_of*: libphonenumber's type of *number* when the caller has it already."""
    import phonenumbers
    from phonenumbers import PhoneNumberFormat, PhoneNumberType

    if kind_of is None:
        kind_of = phonenumbers.number_type(number)
    ext = number.extension or ""
    nsn = phonenumbers.national_significant_number(number)
    if kind_of in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE):
        kind = PhoneKind.MOBILE
    elif kind_of == PhoneNumberType.FIXED_LINE:
        kind = PhoneKind.LANDLINE
    else:
        kind = PhoneKind.SERVICE
    if number.country_code != 86:
        text = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
        return Phone(text, kind, f"{number.country_code}{nsn}", ext)
    if kind is PhoneKind.MOBILE:
        body, key = nsn, nsn
    elif kind is PhoneKind.LANDLINE:
        area = phonenumbers.length_of_geographical_area_code(number)
        body, key = f"0{nsn[:area]}-{nsn[area:]}", f"0{nsn}"
    else:
        bare = phonenumbers.PhoneNumber(country_code=86, national_number=number.national_number)
        body = phonenumbers.format_number(bare, PhoneNumberFormat.NATIONAL).replace(" ", "-")
        key = re.sub(r"\D", "", body)
    return Phone(body + (EXTENSION_MARK + ext if ext else ""), kind, key, ext)


def canonical(text: str) -> str:
    """The stored form of *text*, or *text* trimmed when it cannot be read (validation says why)."""
    try:
        return read(text).text
    except PhoneError:
        return (text or "").strip()


def search_key(text: str) -> str:
    """Digits the search index holds for a stored number ("" for none); unreadable text is
    indexed by its digits so that nothing already stored becomes unfindable."""
    if not text:
        return ""
    try:
        return read(text).key
    except PhoneError:
        return re.sub(r"\D", "", unicodedata.normalize("NFKC", text))


def check(value: str, *, mobile: bool) -> str | None:
    """The message for a mobile or landline field's text, or None when it is fine (or empty)."""
    if not value:
        return None
    try:
        phone = read(value)
    except PhoneError as exc:
        return exc.message
    if mobile and phone.kind is not PhoneKind.MOBILE:
        return NOT_A_MOBILE
    return None
