"""The import template: read back by the importer with every column mapped and no problem, its
coded columns offering the words the importer accepts; a cell corrected in the preview."""

from __future__ import annotations

import openpyxl

from agentbook.exporters.import_template import CHOICES, COLUMNS, EXAMPLES, write_template
from agentbook.importers.excel_import import ImportSession
from agentbook.importers.problems import Severity
from agentbook.store.queries.listing import ListRequest


def test_the_template_is_read_back_without_a_question(store, tmp_path):
    path = write_template(tmp_path / "导入模板.xlsx")
    session = ImportSession(store, path)
    session.load_sheet()
    assert session.sheet == "客户与保单" and session.header_row == 1
    assert session.mapping == list(COLUMNS)  # every header found its field by itself
    rows = session.parsed().rows
    assert len(rows) == len(EXAMPLES)
    assert [p.text() for r in rows for p in r.problems if p.severity is not Severity.INFO] == []
    assert rows[0].values["name"] == "张三" and str(rows[0].values["sum_insured"]) == "500000.00"
    plan = session.preview()
    assert plan.counts()["customers_new"] == 2 and plan.counts()["policies_new"] == 2


def test_the_coded_columns_offer_their_words_in_a_list(store, tmp_path):
    path = write_template(tmp_path / "导入模板.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["客户与保单", "选项", "填写说明"]
    sheet = book["客户与保单"]
    validations = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    options = book["选项"]
    for key, enum in CHOICES.items():
        letter = openpyxl.utils.get_column_letter(COLUMNS.index(key) + 1)
        rule = validations[f"{letter}2:{letter}5001"]
        assert rule.type == "list"
        _sheet, cells = rule.formula1.split("!")
        first, last = cells.replace("$", "").split(":")
        words = [c.value for row in options[first:last] for c in row]
        assert words == [m.label for m in enum]
    assert sheet["D2"].value == "110105198001010032" and isinstance(sheet["D2"].value, str)


def test_a_cell_corrected_in_the_preview_is_read_again(store, tmp_path):
    path = tmp_path / "客户.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["客户姓名", "性别", "出生日期", "手机号码"])
    sheet.append(["王五", "男", "1985-13-40", "13800138002"])
    book.save(path)
    session = ImportSession(store, path)
    session.load_sheet()
    row = session.parsed().rows[0]
    assert not row.ok and "birth_date" not in row.values
    column = row.columns["birth_date"].index
    assert session.cell(2, column) == "1985-13-40"

    session.correct(2, column, " 1985-12-30 ")
    row = session.parsed().rows[0]
    assert row.ok and row.values["birth_date"].isoformat() == "1985-12-30"
    assert session.corrections == {(2, column): "1985-12-30"}
    assert openpyxl.load_workbook(path).active["C2"].value == "1985-13-40"  # the file is left as it was
    plan = session.preview()
    assert plan.counts()["customers_new"] == 1, ([p.text() for p in plan.problems], plan.counts())
    session.run(plan)
    listed = store.list_query("customers", ListRequest()).page(0, 10)
    customer = store.customers.get(next(r.id for r in listed))
    assert customer.name == "王五" and customer.birth_date.isoformat() == "1985-12-30"
