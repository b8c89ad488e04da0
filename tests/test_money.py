"""Money is exact: Decimal yuan in the domain, integer fen in the database, never float."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agentbook.domain.money import MoneyError, format_money, from_fen, parse_money, to_fen


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234.5", "1234.50"),
        ("1,234.50", "1234.50"),
        ("1，234.50", "1234.50"),
        ("1 234", "1234.00"),
        ("¥1,234", "1234.00"),
        ("￥88", "88.00"),
        ("RMB 100", "100.00"),
        ("人民币100元", "100.00"),
        ("1234.5元", "1234.50"),
        ("3.5万", "35000.00"),
        ("3.5万元", "35000.00"),
        ("0.0001万", "1.00"),
        ("12万", "120000.00"),
        ("0", "0.00"),
        ("  99.99  ", "99.99"),
        ("１２３", "123.00"),
    ],
)
def test_text_amounts(text: str, expected: str) -> None:
    amount = parse_money(text)
    assert isinstance(amount, Decimal)
    assert amount == Decimal(expected)
    assert str(amount) == expected  # always two places


def test_ints_and_decimals() -> None:
    assert parse_money(12) == Decimal("12.00")
    assert str(parse_money(Decimal("0.1"))) == "0.10"
    assert parse_money(Decimal("1.005")) == Decimal("1.01")  # half up, as on a receipt


@pytest.mark.parametrize("value", [0.1, 1.0, float("nan"), True])
def test_floats_and_bools_are_refused(value: object) -> None:
    with pytest.raises(MoneyError):
        parse_money(value)


@pytest.mark.parametrize("text", ["", "元", "万", "abc", "1.2.3", "NaN", "Infinity", "-inf", "12元万", "¥"])
def test_garbage_is_refused(text: str) -> None:
    with pytest.raises(MoneyError):
        parse_money(text)


@pytest.mark.parametrize("value", ["1e30", "12345678901234567890123456789", Decimal("1e40"), 10**40])
def test_absurdly_large_amounts_raise_money_error_not_decimal_crash(value: object) -> None:
    """An importer catches MoneyError; a raw decimal.InvalidOperation would crash it."""
    with pytest.raises(MoneyError):
        parse_money(value)


def test_no_float_rounding_anywhere() -> None:
    """0.1 + 0.2 is 0.3 exactly, and survives fen and back."""
    total = parse_money("0.1") + parse_money("0.2")
    assert total == Decimal("0.30")
    assert to_fen(total) == 30
    assert from_fen(to_fen(total)) == Decimal("0.30")


@pytest.mark.parametrize("text", ["0.01", "19.99", "1234567.89", "99999999999.99", "0"])
def test_fen_round_trip(text: str) -> None:
    amount = Decimal(text)
    fen = to_fen(amount)
    assert isinstance(fen, int)
    assert from_fen(fen) == amount


def test_fen_of_none() -> None:
    assert to_fen(None) is None
    assert from_fen(None) is None


def test_format_with_separators() -> None:
    assert format_money(Decimal("12345.6")) == "12,345.60"
    assert format_money(Decimal("1000000")) == "1,000,000.00"
    assert format_money(None) == ""
