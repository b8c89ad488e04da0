"""The fields of a resident ID card's front (居民身份证) read from OCR lines, checked before use.

The front carries 姓名, 性别, 民族, 出生, 住址 and 公民身份号码 in a fixed layout; OCR returns it as
lines in reading order, sometimes with the label and its value on one line (``姓名张三``),
sometimes apart, and the address broken over two or three lines. The number is the anchor: it
must pass GB 11643 (shape, region, date, check digit) before anything is proposed, and the
printed birth date and sex must agree with what the number says. Disagreements are reported,
never silently corrected; the agent confirms every field before anything is saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

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
