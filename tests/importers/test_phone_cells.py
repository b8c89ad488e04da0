"""Telephone cells read by the dialog's rules: the generated corpus, and a sheet imported for real."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from agentbook.domain import phones
from agentbook.domain.idnumbers import make_resident_id
from agentbook.importers import values as V
from agentbook.importers.excel_import import ImportSession
from agentbook.importers.problems import CellError, Severity
from tests.phone_corpus import corpus

CORPUS = corpus()


def test_contact_cells_agree_with_libphonenumber_and_the_dialog():
    disagreements = []
    for case in CORPUS:
        try:
            found, _notes = V.parse_contacts(case.text)
        except CellError:
            found = None
        if (found is not None) != case.valid:
            disagreements.append(case.text)
        elif found is not None:
            kind = "mobile" if case.mobile else "phone"
            if found != {kind: phones.canonical(case.text)}:
                disagreements.append(case.text)
    assert disagreements == []


def test_landline_column_agrees_with_libphonenumber_and_the_dialog():
    disagreements = []
    for case in CORPUS:
        try:
            stored = V.parse_phone(case.text)
        except CellError:
            stored = None
        if (stored is not None) != case.valid or (stored is not None and stored != phones.canonical(case.text)):
            disagreements.append(case.text)
    assert disagreements == []


@pytest.mark.parametrize(
    ("cell", "message"),
    [("14012345678", "号段尚未分配"), ("62345678", "缺少区号"), ("电话待补", "无法识别")],
)
def test_refusals_say_why(cell: str, message: str):
    with pytest.raises(CellError) as refused:
        V.parse_contacts(cell)
    assert message in str(refused.value)


def test_a_sheet_of_numbers_as_agents_write_them(store, tmp_path: Path):
    written = {
        "张一": ("＋８６ １３８ １２３４ ５６７８", "", ("13812345678", "")),
        "张二": ("013912345678", "+86 10 6234 5678", ("13912345678", "010-62345678")),
        "张三": ("8615012345678", "0086 591 8765 4321 转801", ("15012345678", "0591-87654321 转801")),
        "张四": ("(0571) 8888 6666 ext. 12", "400 810 8888", ("", "400-810-8888")),
    }
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["客户姓名", "性别", "身份证号码", "联系方式", "固定电话"])
    for i, (name, (contact, landline, _stored)) in enumerate(written.items()):
        sheet.append([name, "男", make_resident_id("110105", date(1980, 1, 2 + i), 11 + 2 * i), contact, landline])
    path = tmp_path / "phones.xlsx"
    book.save(path)
    session = ImportSession(store, path)
    session.load_sheet()
    plan = session.preview()
    assert [p.text() for p in plan.problems if p.severity is Severity.ERROR] == []
    session.run(plan)
    stored = {c.name: (c.mobile, c.phone) for c in store.customers.find("1 = 1", ())}
    expected = {name: s for name, (_c, _l, s) in written.items()}
    expected["张四"] = ("", "400-810-8888")  # the landline column wins over the landline in 联系方式
    assert stored == expected
    assert [h.customer_id for h in store.search("5678")] != []
    assert {store.customers.get(h.customer_id).name for h in store.search("87654321")} == {"张三"}
