"""The fields of a resident ID card (居民身份证) read from OCR lines, checked before use.

The front carries 姓名, 性别, 民族, 出生, 住址 and 公民身份号码 in a fixed layout; OCR returns it as
lines in reading order, sometimes with the label and its value on one line (``姓名张三``),
sometimes apart, and the address broken over two or three lines. The number is the anchor: it
must pass GB 11643 (shape, region, date, check digit) before anything is proposed, and the
printed birth date and sex must agree with what the number says. Disagreements are reported,
never silently corrected; the agent confirms every field before anything is saved.

The back carries 签发机关 and 有效期限 (``2015.03.02-2035.03.02``, or ``2015.03.02-长期``). The
law (居民身份证法 §5) fixes the spans: 5, 10 or 20 years from the day of issue, or 长期 from 46;
a period that fits none of them, ends before it starts, or has ended is named, not corrected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from agentbook.domain.enums import Gender
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.idnumbers import IdNumberError, normalize_id_text, parse_resident_id
from agentbook.domain.validation import FieldError

_LABELS = ("姓名", "性别", "民族", "出生", "住址", "公民身份号码")
_NUMBER = re.compile(r"(?<![\dX])(\d{17}[\dX])(?![\dX])")
_BIRTH = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


@dataclass(slots=True)
class IdCardFields:
    """What was read, each field possibly empty; ``problems`` say what does not agree."""

    name: str = ""
    gender: Gender | None = None
    ethnicity: str = ""
    birth_date: date | None = None
    address: str = ""
    id_number: str = ""
    problems: list[FieldError] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        """A valid number was found: the proposal is worth showing."""
        return bool(self.id_number) and not any(p.field == "id_number" for p in self.problems)


def _clean(line: str) -> str:
    return re.sub(r"\s+", "", line).replace("：", "").replace(":", "")


def _after(lines: list[str], label: str) -> str:
    """The value printed after *label* on its line, or the next line when the label stands alone."""
    for i, line in enumerate(lines):
        if line.startswith(label):
            rest = line[len(label) :]
            if rest:
                return rest
            return lines[i + 1] if i + 1 < len(lines) else ""
    return ""


def _gender(word: str) -> Gender | None:
    return {"男": Gender.MALE, "女": Gender.FEMALE}.get(word[:1])


def _address(lines: list[str]) -> str:
    """住址 and the lines after it, up to the number's line (the address wraps on the card)."""
    out: list[str] = []
    taking = False
    for line in lines:
        if line.startswith("公民身份号码") or _NUMBER.search(normalize_id_text(line)):
            break
        if line.startswith("住址"):
            taking = True
            line = line[2:]
        elif taking and line.startswith(_LABELS):
            break
        if taking and line:
            out.append(line)
    return "".join(out)


def read_id_card(lines: list[str], today: date) -> IdCardFields:
    """The front's fields from OCR *lines*, with the checks of ``domain.idnumbers`` applied."""
    cleaned = [c for c in (_clean(line) for line in lines) if c]
    found = IdCardFields()
    found.name = _after(cleaned, "姓名")[:20]
    sex_line = next((c for c in cleaned if c.startswith("性别")), "")
    found.gender = _gender(sex_line[2:]) if sex_line else None
    nation_line = next((c for c in cleaned if c.startswith("民族")), "")
    nation = re.search(r"民族(.+)", sex_line) or re.search(r"^民族(.+)", nation_line)
    found.ethnicity = nation.group(1)[:10] if nation else ""
    birth = next((m for m in (_BIRTH.search(c) for c in cleaned if c.startswith("出生")) if m), None)
    if birth is not None:
        try:
            found.birth_date = date(int(birth.group(1)), int(birth.group(2)), int(birth.group(3)))
        except ValueError:
            found.birth_date = None
    found.address = _address(cleaned)
    number = next((m.group(1) for m in (_NUMBER.search(normalize_id_text(c)) for c in cleaned) if m), "")
    _check(found, number, today)
    return found


def _check(found: IdCardFields, number: str, today: date) -> None:
    if not number:
        found.problems.append(
            FieldError("id_number", QT_TRANSLATE_NOOP("validation", "照片中没有读到 18 位公民身份号码"))
        )
        return
    found.id_number = number
    try:
        resident = parse_resident_id(number, today)
    except IdNumberError as exc:
        found.problems.append(FieldError("id_number", str(exc)))
        return
    if found.birth_date is not None and found.birth_date != resident.birth_date:
        found.problems.append(
            FieldError("birth_date", QT_TRANSLATE_NOOP("validation", "照片上的出生日期与身份证号不一致，已按号码填写"))
        )
    if found.gender is not None and found.gender != resident.gender:
        found.problems.append(
            FieldError("gender", QT_TRANSLATE_NOOP("validation", "照片上的性别与身份证号不一致，已按号码填写"))
        )
    found.birth_date, found.gender = resident.birth_date, resident.gender


# --- the back: 签发机关 and 有效期限 ---------------------------------------------------------------
_ISSUER_LABEL = "签发机关"
_PERIOD_LABEL = "有效期限"
_DAY = r"(\d{4})\D{0,2}?(\d{1,2})\D{0,2}?(\d{1,2})"
_PERIOD = re.compile(_DAY + r"\D{0,3}?(?:" + _DAY + r"|(长期))")
SPANS = (5, 10, 20)  # years a card is valid for, by age at issue (<16, 16–25, 26–45); 长期 from 46
LONG_TERM_AGE = 46


@dataclass(slots=True)
class IdCardBack:
    """签发机关 and 有效期限 as read; ``valid_until`` None with ``long_term`` for 长期."""

    issuer: str = ""
    valid_from: date | None = None
    valid_until: date | None = None
    long_term: bool = False
    problems: list[FieldError] = field(default_factory=list)

    @property
    def found(self) -> bool:
        """Anything of the back was read: the photo was of the back, worth a note."""
        return bool(self.issuer) or self.valid_from is not None


def is_back(lines: list[str]) -> bool:
    """The lines look like a card's back (签发机关/有效期限, no 18-digit number)."""
    cleaned = [_clean(line) for line in lines]
    labelled = any(c.startswith((_ISSUER_LABEL, _PERIOD_LABEL)) for c in cleaned)
    return labelled and not any(_NUMBER.search(normalize_id_text(c)) for c in cleaned)


def _day(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _years_after(start: date, years: int) -> date:
    """The same day *years* later (29 February falls on 28 February in a common year)."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return start.replace(year=start.year + years, day=28)


def read_id_card_back(lines: list[str], today: date, birth_date: date | None = None) -> IdCardBack:
    """签发机关 and 有效期限 from OCR *lines*, checked against *today* and, when known, the holder's
    *birth_date* (长期 is issued only from 46)."""
    cleaned = [c for c in (_clean(line) for line in lines) if c]
    back = IdCardBack()
    back.issuer = _after(cleaned, _ISSUER_LABEL)[:40]
    period_text = _after(cleaned, _PERIOD_LABEL) or next((c for c in cleaned if _PERIOD.search(c)), "")
    match = _PERIOD.search(period_text.replace("—", "-").replace("－", "-"))
    if match is None:
        if _PERIOD_LABEL in "".join(cleaned) or period_text:
            back.problems.append(
                FieldError("valid_until", QT_TRANSLATE_NOOP("validation", "没有读清有效期限，请对照身份证背面核对"))
            )
        return back
    groups = match.groups()
    back.valid_from = _day(*groups[0:3])
    back.long_term = groups[6] is not None
    back.valid_until = None if back.long_term else _day(*groups[3:6])
    _check_period(back, today, birth_date, dates_read=back.long_term or back.valid_until is not None)
    return back


def _check_period(back: IdCardBack, today: date, birth_date: date | None, *, dates_read: bool) -> None:
    start, end = back.valid_from, back.valid_until
    if start is None or not dates_read:
        back.problems.append(
            FieldError("valid_until", QT_TRANSLATE_NOOP("validation", "有效期限中的日期不存在，请对照身份证背面核对"))
        )
        return
    if start > today:
        back.problems.append(
            FieldError("valid_from", QT_TRANSLATE_NOOP("validation", "有效期限的起始日期在今天之后，请核对"))
        )
    if back.long_term:
        if birth_date is not None and _years_after(birth_date, LONG_TERM_AGE) > start:
            back.problems.append(
                FieldError("valid_until", QT_TRANSLATE_NOOP("validation", "长期有效的身份证只发给 46 岁及以上的人"))
            )
        return
    assert end is not None
    if end <= start:
        back.problems.append(
            FieldError("valid_until", QT_TRANSLATE_NOOP("validation", "有效期限的截止日期不在起始日期之后，请核对"))
        )
        return
    if all(abs((_years_after(start, years) - end).days) > 1 for years in SPANS):
        back.problems.append(
            FieldError("valid_until", QT_TRANSLATE_NOOP("validation", "有效期限不是 5 年、10 年或 20 年，请核对"))
        )
    if end < today:
        back.problems.append(
            FieldError(
                "valid_until",
                QT_TRANSLATE_NOOP("validation", "身份证已于 {date} 过期，请客户提供有效证件"),
                (("date", end.isoformat()),),
            )
        )
    elif end - today <= timedelta(days=90):
        back.problems.append(
            FieldError(
                "valid_until",
                QT_TRANSLATE_NOOP("validation", "身份证将于 {date} 到期，请提醒客户换领"),
                (("date", end.isoformat()),),
            )
        )
