"""Reading a batch of received premiums typed or pasted from a bank statement or a chat.

One line per premium: who or which policy (a policy number or the policyholder's name), the
amount and, optionally, the date it arrived — in any order after the first column, separated by
tabs (a spreadsheet's copy), commas or spaces, with the date written the ways people write it
(2026-11-20, 2026/11/20, 2026年11月20日, 11/20, 11月20日). Pure: the store matches the lines to
instalments, the UI shows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from agentbook.domain.i18n import QT_TRANSLATE_NOOP

# A comma before three digits is a thousands separator (12,000.00), any other a column break.
_SPLIT = re.compile(r"[\t，;；\s]+|,(?!\d{3}(?:[^\d]|$))\s*")
_FULL_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_SHORT_DATE = re.compile(r"^(\d{1,2})[-/.月](\d{1,2})日?$")
_AMOUNT = re.compile(r"^[¥￥]?(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?元?$")

NO_AMOUNT = QT_TRANSLATE_NOOP("quick_payments", "没有读到金额")
BAD_DATE = QT_TRANSLATE_NOOP("quick_payments", "日期无法识别：{0}")
UNREAD = QT_TRANSLATE_NOOP("quick_payments", "无法识别：{0}")


@dataclass(frozen=True, slots=True)
class QuickLine:
    """One line as read: *problems* are message keys (context ``quick_payments``) with arguments."""

    number: int  # 1-based line of the pasted text
    text: str
    key: str  # a policy number or a name
    amount: Decimal | None
    paid_on: date | None  # None: the day of entry
    problems: tuple[tuple[str, tuple[str, ...]], ...] = ()


def _date(token: str, today: date) -> date | None:
    try:
        full = _FULL_DATE.match(token)
        if full:
            return date(int(full[1]), int(full[2]), int(full[3]))
        short = _SHORT_DATE.match(token)
        if short:
            day = date(today.year, int(short[1]), int(short[2]))
            return day if day <= today else date(today.year - 1, day.month, day.day)
    except ValueError:
        return None
    return None


def _amount(token: str) -> Decimal | None:
    match = _AMOUNT.match(token)
    if not match:
        return None
    try:
        return Decimal(match[1].replace(",", "") + (match[2] or ""))
    except InvalidOperation:
        return None


def parse(text: str, today: date) -> list[QuickLine]:
    """Every non-empty line of *text*; *today* gives the year of dates written without one."""
    lines = []
    for number, raw in enumerate(text.splitlines(), start=1):
        tokens = [t for t in _SPLIT.split(raw.strip()) if t]
        if not tokens:
            continue
        key, rest = tokens[0], tokens[1:]
        amount: Decimal | None = None
        paid_on: date | None = None
        problems: list[tuple[str, tuple[str, ...]]] = []
        for token in rest:
            looks_like_date = bool(_FULL_DATE.match(token) or _SHORT_DATE.match(token))
            if looks_like_date and paid_on is None:
                paid_on = _date(token, today)
                if paid_on is None:
                    problems.append((BAD_DATE, (token,)))
            elif amount is None and _amount(token) is not None:
                amount = _amount(token)
            else:
                problems.append((UNREAD, (token,)))
        if amount is None:
            problems.append((NO_AMOUNT, ()))
        lines.append(QuickLine(number, raw.strip(), key, amount, paid_on, tuple(problems)))
    return lines
