"""The fields of a policy's first page (保单首页) read from OCR lines, checked before they are proposed.

Insurers print the same facts under a handful of names — 保单号 / 保险单号 / 保险合同号, 保险金额 /
基本保险金额 / 保额, 保险费 / 年交保险费 / 保费 — often two on one line (``投保人：张三  被保险人：
李四``), with amounts as ``人民币500,000.00元`` or ``50万元`` and the period as ``自2030年1月1日零时起至
2050年1月1日二十四时止`` or ``终身``. Each label's value runs to the next label on its line. Money is
read by ``domain.money`` (exact, never a float), dates must exist, the period must end after it
starts; what does not fit is named in ``problems`` and left for the agent, who confirms every field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.money import MoneyError, parse_money
from agentbook.domain.validation import FieldError

# Longest names first: 年交保险费 must win over 保险费, 被保险人 over 保险人.
_LABELS: dict[str, tuple[str, ...]] = {
    "policy_no": ("保险合同号码", "保险合同号", "保险单号码", "保险单号", "保单号码", "保单号", "合同号"),
    "policyholder": ("投保人姓名", "投保人"),
    "insured": ("被保险人姓名", "被保险人"),
    "sum_insured": ("基本保险金额", "保险金额", "基本保额", "保额"),
    "premium": ("年交保险费", "期交保险费", "首期保险费", "年交保费", "期交保费", "保险费", "保费"),
    "effective": ("合同生效日期", "合同生效日", "生效日期", "生效日"),
    "period": ("保险期间", "保险期限"),
}
_OTHER_LABELS = ("交费方式", "交费期间", "缴费方式", "缴费期间", "证件号码", "与投保人关系", "受益人", "签名", "性别")
_ALL = sorted([w for words in _LABELS.values() for w in words] + list(_OTHER_LABELS), key=len, reverse=True)
_LABEL = re.compile("|".join(re.escape(w) for w in _ALL))
_KIND = {word: kind for kind, words in _LABELS.items() for word in words}
_DATE = re.compile(r"(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?")
_POLICY_NO = re.compile(r"[A-Z0-9][A-Z0-9\-]{5,29}")
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,10}")
_AMOUNT = re.compile(r"(\d[\d,，]*(?:\.\d+)?)\s*(万)?")
_INSURER = re.compile(r"([\u4e00-\u9fff（）()]{2,30}?(?:保险|人寿|财产|健康)[\u4e00-\u9fff（）()]*?有限公司)")


@dataclass(slots=True)
class PolicyPageFields:
    """What was read, each field possibly empty; ``lifelong`` when the period says 终身."""

    insurer: str = ""
    policy_no: str = ""
    policyholder: str = ""
    insured: str = ""
    sum_insured: Decimal | None = None
    premium: Decimal | None = None
    effective_date: date | None = None
    expiry_date: date | None = None
    lifelong: bool = False
    problems: list[FieldError] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        """Enough was read to be worth proposing: the number or a party and an amount."""
        return bool(self.policy_no) or (bool(self.policyholder or self.insured) and self.sum_insured is not None)


def _values(lines: list[str]) -> dict[str, str]:
    """Each known label's value: the text after it up to the next label on the same line."""
    found: dict[str, str] = {}
    for line in lines:
        text = re.sub(r"\s+", " ", line).strip()
        marks = list(_LABEL.finditer(text))
        ends = [m.start() for m in marks[1:]] + ([len(text)] if marks else [])
        for mark, end in zip(marks, ends, strict=True):
            kind = _KIND.get(mark.group())
            value = text[mark.end() : end].strip(" :：")
            if kind is not None and value and kind not in found:
                found[kind] = value
    return found


def _date(text: str) -> tuple[date | None, bool]:
    """The first date in *text*, and whether one was printed at all (an impossible one reads None)."""
    match = _DATE.search(text)
    if match is None:
        return None, False
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3))), True
    except ValueError:
        return None, True


def _money(text: str, field_name: str, problems: list[FieldError]) -> Decimal | None:
    match = _AMOUNT.search(text.replace(" ", ""))
    if match is None:
        return None
    try:
        amount = parse_money(match.group(1) + (match.group(2) or ""))
    except MoneyError:
        problems.append(FieldError(field_name, QT_TRANSLATE_NOOP("validation", "金额没有读清，请对照保单填写")))
        return None
    if amount <= 0:
        problems.append(FieldError(field_name, QT_TRANSLATE_NOOP("validation", "读到的金额不大于零，请对照保单填写")))
        return None
    return amount


def read_policy_page(lines: list[str]) -> PolicyPageFields:
    """The first page's fields from OCR *lines*, each checked on its own and against the others."""
    values = _values(lines)
    page = PolicyPageFields()
    problems = page.problems
    insurer = next((m.group(1) for m in (_INSURER.search(re.sub(r"\s+", "", line)) for line in lines) if m), "")
    page.insurer = insurer
    number = _POLICY_NO.search(values.get("policy_no", "").upper().replace(" ", ""))
    page.policy_no = number.group() if number else ""
    for kind in ("policyholder", "insured"):
        name = _NAME.match(values.get(kind, "").replace(" ", ""))
        setattr(page, kind, name.group() if name else "")
    page.sum_insured = _money(values.get("sum_insured", ""), "sum_insured", problems)
    page.premium = _money(values.get("premium", ""), "premium", problems)
    period = values.get("period", "")
    starts = _DATE.search(period)
    effective, printed = _date(values.get("effective", "")) if "effective" in values else _date(period)
    ends = _DATE.search(period, starts.end()) if starts else None
    expiry, expiry_printed = _date(ends.group()) if ends else (None, False)
    page.lifelong = "终身" in period
    if not printed and not expiry_printed and not page.lifelong and period:
        problems.append(
            FieldError("effective_date", QT_TRANSLATE_NOOP("validation", "保险期间没有读清，请对照保单填写"))
        )
    if (printed and effective is None) or (expiry_printed and expiry is None):
        problems.append(
            FieldError("effective_date", QT_TRANSLATE_NOOP("validation", "保单上的日期不存在，请对照保单核对"))
        )
    page.effective_date, page.expiry_date = effective, expiry
    _check(page)
    return page


def _check(page: PolicyPageFields) -> None:
    if page.effective_date and page.expiry_date and page.expiry_date <= page.effective_date:
        page.problems.append(
            FieldError("expiry_date", QT_TRANSLATE_NOOP("validation", "保险期间的结束日期不在生效日期之后，请核对"))
        )
        page.expiry_date = None
    if page.premium is not None and page.sum_insured is not None and page.premium > page.sum_insured:
        page.problems.append(
            FieldError("premium", QT_TRANSLATE_NOOP("validation", "读到的保费高于保额，可能把两者读反了，请核对"))
        )
