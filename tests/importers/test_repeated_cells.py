"""A sheet repeats its insurers, products, dates and amounts row after row, and each distinct
value of a column is read once: every row still gets its own value, its own notes and its own
errors, and a value is told apart from an equal one of another type (``1 == True``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl

from agentbook.domain.idnumbers import make_resident_id
from agentbook.importers.excel_import import ImportSession
from agentbook.importers.problems import Severity
from agentbook.store.api import Store


def _sheet(path: Path, amounts: list[object]) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["客户姓名", "身份证号码", "手机号码", "保单号", "保险公司", "产品名称", "保额", "生效日期"])
    for n, amount in enumerate(amounts):
        born = date(1970 + n, 3, 4)
        person = [f"客户{n}", make_resident_id("110105", born, n), f"1380013800{n}"]
        ws.append([*person, f"P{n:04d}", "平安人寿", "百万医疗", amount, "2024-01-01"])
    book.save(path)
    return path


def test_each_row_gets_its_own_reading_of_a_repeated_value(store: Store, tmp_path: Path) -> None:
    amounts: list[object] = [1234.567, 1234.567, True, 1, "abc", "abc", 1, True]
    session = ImportSession(store, _sheet(tmp_path / "重复.xlsx", amounts))
    session.load_sheet()
    rows = {r.number: r for r in session.parsed().rows}
    assert sorted(rows) == list(range(2, 2 + len(amounts)))

    def about_amount(number: int) -> list[tuple[int, Severity]]:
        return [(p.row, p.severity) for p in rows[number].problems if p.column == "保额"]

    for number in (2, 3):  # read once, the rounding noted on both rows
        assert rows[number].values["sum_insured"] == Decimal("1234.57")
        assert about_amount(number) == [(number, Severity.WARNING)]
    for number in (4, 9):  # True is no amount, though True == 1
        assert "sum_insured" not in rows[number].values
        assert about_amount(number) == [(number, Severity.ERROR)]
    for number in (5, 8):
        assert rows[number].values["sum_insured"] == Decimal("1.00")
        assert about_amount(number) == []
    for number in (6, 7):  # unreadable twice: an error on each row
        assert about_amount(number) == [(number, Severity.ERROR)]
    assert rows[2].values["effective_date"] == rows[9].values["effective_date"] == date(2024, 1, 1)
    assert len({r.values["policy_no"] for r in rows.values()}) == len(amounts)
