"""Exact money: Decimal yuan in the domain, integer fen in the database, never float."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
_WAN = Decimal(10000)
# Commas as a Chinese (or English) statement writes them: thousands groups before an optional
# decimal point. ``1.234,56`` (German) and ``12,5`` (a decimal comma) fail it, and are refused
# rather than read as 1.23 or 125.
_GROUPED = re.compile(r"^[+-]?\d{1,3}(?:[,，]\d{3})+(?:\.\d*)?$")


class MoneyError(ValueError):
    """A text that cannot be read as an amount of money."""


def misplaced_commas(text: str) -> bool:
    """True when *text* has a comma that is not a thousands separator (``1.234,56``, ``12,5``)."""
    number = re.sub(r"[\s\u00a0¥￥元万]|RMB|CNY|人民币", "", text)
    return ("," in number or "，" in number) and not _GROUPED.match(number)


def parse_money(value: object) -> Decimal:
    """Read an amount as typed by a person or found in a spreadsheet.

    Accepts ``1,234.50``, ``1234.5元``, ``¥1 234``, ``3.5万`` and ints or Decimals. Floats are
    refused: they have already lost exactness, and whoever holds one should convert it with
    ``Decimal(str(x))`` knowingly.
    """
    if isinstance(value, (bool, float)):
        raise MoneyError("float amounts are not exact")
    if isinstance(value, int):
        return _to_cents(Decimal(value), value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise MoneyError(str(value))
        return _to_cents(value, value)
    text = str(value).strip()
    if misplaced_commas(text):
        raise MoneyError(f"ambiguous separators: {text}")
    for noise in (",", "，", " ", "\u00a0", "¥", "￥", "RMB", "CNY", "人民币"):
        text = text.replace(noise, "")
    factor = Decimal(1)
    if text.endswith("元"):
        text = text[:-1]
    if text.endswith("万"):
        factor = _WAN
        text = text[:-1]
    if not text:
        raise MoneyError("empty amount")
    try:
        amount = Decimal(text) * factor
    except InvalidOperation as exc:
        raise MoneyError(str(value)) from exc
    if not amount.is_finite():
        raise MoneyError(str(value))
    return _to_cents(amount, value)


def _to_cents(amount: Decimal, original: object) -> Decimal:
    """Round to fen; an amount too large for the decimal context is a MoneyError, not a crash."""
    try:
        return amount.quantize(CENT, rounding=ROUND_HALF_UP)
    except InvalidOperation as exc:
        raise MoneyError(f"amount out of range: {original}") from exc


def to_fen(amount: Decimal | None) -> int | None:
    """Decimal yuan to integer fen for storage."""
    if amount is None:
        return None
    return int((amount * 100).to_integral_value(rounding=ROUND_HALF_UP))


def from_fen(fen: int | None) -> Decimal | None:
    """Integer fen from storage to Decimal yuan with two places."""
    if fen is None:
        return None
    return (Decimal(fen) / 100).quantize(CENT)


def format_money(amount: Decimal | None) -> str:
    """Two decimals with thousands separators, as on a Chinese statement: ``12,345.60``."""
    if amount is None:
        return ""
    return f"{amount.quantize(CENT, rounding=ROUND_HALF_UP):,.2f}"
