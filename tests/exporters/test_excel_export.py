"""Excel exports read back with openpyxl: text stays text, dates are dates, masks, audit, cancel."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from agentbook.domain import enums as E
from agentbook.domain.models import Customer
from agentbook.exporters.excel_workbook import ExportCancelledError, export_branch_workbook, export_view
from agentbook.store.queries.listing import ListRequest


def sheet_rows(path, title):
    book = openpyxl.load_workbook(path)
    sheet = book[title]
    return sheet, [[c for c in row] for row in sheet.iter_rows()]


def test_branch_workbook_has_every_sheet_with_exact_counts(demo_store, tmp_path):
    path = tmp_path / "branch.xlsx"
    counts = export_branch_workbook(demo_store, path)
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == ["客户", "保单", "缴费", "理赔", "沟通记录", "客户档案管理表"]
    assert counts["客户"] == demo_store.customers.count()
    assert counts["保单"] == counts["客户档案管理表"] == demo_store.policies.count()
    assert counts["缴费"] == demo_store.payments.count()
    entry = demo_store.audit_entries(limit=1)[0]
    assert entry.action == "export_excel" and '"客户":' in entry.after_json


def test_cells_have_the_right_types_and_the_header_is_frozen(demo_store, tmp_path):
    path = tmp_path / "branch.xlsx"
    export_branch_workbook(demo_store, path, reveal=True)
    sheet, rows = sheet_rows(path, "客户档案管理表")
    header = [c.value for c in rows[0]]
    assert header[:5] == ["客户姓名", "身份证号码", "联系方式", "地址", "保单号"]
    assert rows[0][0].font.b and sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    first = rows[1]
    assert first[1].data_type == "s" and len(first[1].value) == 18  # full ID as text, no 1.1E+17
    assert first[4].data_type == "s"  # policy number as text
    assert isinstance(first[8].value, datetime) and first[8].number_format == "yyyy-mm-dd"
    assert first[7].number_format == "#,##0.00" and isinstance(first[7].value, int | float)


def test_sensitive_columns_are_masked_by_default(demo_store, tmp_path):
    path = tmp_path / "masked.xlsx"
    export_branch_workbook(demo_store, path)
    _sheet, rows = sheet_rows(path, "客户")
    ids = [r[6].value for r in rows[1:] if r[6].value]
    assert ids and all("*" in v for v in ids)
    assert '"reveal":false' in demo_store.audit_entries(limit=1)[0].after_json


def test_formula_looking_text_is_stored_as_text(store, tmp_path):
    store.customers.create(
        Customer(
            name='=HYPERLINK("http://evil.example","点我")',
            gender=E.Gender.MALE,
            mobile="13800000000",
            address="+1-2@3",
        )
    )
    path = tmp_path / "evil.xlsx"
    export_branch_workbook(store, path)
    _sheet, rows = sheet_rows(path, "客户")
    header = [c.value for c in rows[0]]
    name, address = rows[1][header.index("姓名/名称")], rows[1][header.index("地址")]
    assert name.data_type == "s" and name.value.startswith("=HYPERLINK")
    assert address.data_type == "s" and address.value == "+1-2@3"


def test_current_view_exports_what_the_tab_shows(demo_store, tmp_path):
    request = ListRequest({"business_line": "life"}, sort="premium", descending=True)
    path = tmp_path / "view.xlsx"
    count = export_view(demo_store, "policies", request, ["policy_no", "premium", "business_line"], path)
    _sheet, rows = sheet_rows(path, "保单")
    assert [c.value for c in rows[0]] == ["保单号", "保费", "险种"]
    assert count == demo_store.list_query("policies", request).count() == len(rows) - 1
    premiums = [r[1].value for r in rows[1:]]
    assert premiums == sorted(premiums, reverse=True) and {r[2].value for r in rows[1:]} == {"寿险"}


def test_cancelled_export_leaves_no_file(demo_store, tmp_path):
    path = tmp_path / "cancelled.xlsx"
    with pytest.raises(ExportCancelledError):
        export_branch_workbook(demo_store, path, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == [tmp_path / "archive"]


def test_export_current_view_from_the_window(main_window, demo_store, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    target = tmp_path / "view.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel (*.xlsx)"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab = main_window.tab_named("customers")
    tab.view.setColumnHidden(tab.model.column_index("address"), True)
    main_window.act_export_view.trigger()
    qtbot.waitUntil(lambda: target.exists(), timeout=30_000)
    _sheet, rows = sheet_rows(target, "客户")
    headers = [c.value for c in rows[0]]
    assert "地址" not in headers and "档案编号" in headers
    assert len(rows) - 1 == demo_store.customers.count()


def test_current_view_keeps_the_tab_order_of_every_row(demo_store, tmp_path):
    """Large views stream in their own order (not OFFSET pages): the file lists what the tab lists."""
    request = ListRequest({"status": "paid"}, sort="amount_due", descending=True)
    path = tmp_path / "payments.xlsx"
    count = export_view(demo_store, "payments", request, ["receipt_no", "amount_due"], path)
    query = demo_store.list_query("payments", request)
    expected = [r.values[query.spec.columns.index(query.spec.column("receipt_no"))] for r in query.page(0, count)]
    book = openpyxl.load_workbook(path, read_only=True)
    assert [r[0] for r in book["缴费"].iter_rows(min_row=2, values_only=True)] == expected
    entry = demo_store.audit_entries(limit=1)[0]
    assert entry.entity == "payments" and f'"缴费":{count}' in entry.after_json


def test_cancel_midway_leaves_no_file_and_no_audit_entry(demo_store, tmp_path):
    path = tmp_path / "half.xlsx"
    before = len(demo_store.audit_entries())
    seen = []

    def cancelled() -> bool:  # asked every 1,000 rows: let the first thousand through
        seen.append(1)
        return len(seen) > 1

    with pytest.raises(ExportCancelledError):
        export_branch_workbook(demo_store, path, cancelled=cancelled, progress=lambda done, total: None)
    assert not path.exists() and not path.with_name(path.name + ".tmp").exists()
    assert len(demo_store.audit_entries()) == before


def test_columns_are_wide_enough_for_chinese_text(demo_store, tmp_path):
    path = tmp_path / "wide.xlsx"
    export_branch_workbook(demo_store, path)
    sheet = openpyxl.load_workbook(path)["客户档案管理表"]
    col = [c.value for c in sheet[1]].index("地址") + 1
    width = sheet.column_dimensions[get_column_letter(col)].width
    cells = sheet.iter_rows(min_row=2, max_row=50, min_col=col, max_col=col, values_only=True)
    assert width >= 2 * max(len(r[0]) for r in cells)  # a Chinese character is two units wide


def test_the_archive_table_shows_the_latest_payment_made_or_the_next_one_due(demo_store, tmp_path):
    """缴费日期/缴费状态 report the latest paid instalment, else the earliest open one — never the last
    instalment of the schedule, which for a 20-year policy lies decades ahead."""
    path = tmp_path / "branch.xlsx"
    export_branch_workbook(demo_store, path)
    _sheet, rows = sheet_rows(path, "客户档案管理表")
    header = [c.value for c in rows[0]]
    at = {name: header.index(name) for name in ("保单号", "保险公司", "缴费日期", "缴费状态", "缴费金额")}
    today = demo_store.today()
    policies = {(p.policy_no, p.insurer): p.id for p in demo_store.policies.find("1")}
    checked_paid = checked_open = 0
    for row in rows[1:]:
        values = [c.value for c in row]
        payments = demo_store.payments.find("policy_id = ?", (policies[values[at["保单号"]], values[at["保险公司"]]],))
        shown = values[at["缴费日期"]].date() if values[at["缴费日期"]] else None
        paid = [y for y in payments if y.status is E.PaymentStatus.PAID]
        open_ = sorted((y for y in payments if y.status is E.PaymentStatus.DUE), key=lambda y: (y.due_date, y.period))
        if paid:
            latest = max(paid, key=lambda y: y.period)
            assert (shown, values[at["缴费状态"]]) == (latest.paid_date, "已缴"), values
            assert values[at["缴费金额"]] == float(latest.amount_paid)
            checked_paid += 1
        elif open_:
            first = open_[0]
            assert (shown, values[at["缴费状态"]]) == (first.due_date, first.status_on(today).label), values
            checked_open += 1
        if shown is not None and shown > today:  # only ever the next instalment due, shown as 待缴
            assert not paid and values[at["缴费状态"]] == "待缴", values
    assert checked_paid > 100 and checked_open > 0


@pytest.mark.parametrize("tab", ["contacts", "payments"])
def test_every_cell_reads_back_as_the_value_the_store_holds(demo_store, tmp_path, tab):
    """Dates, times and money written as numbers by each column's own writer read back exactly."""
    from datetime import date
    from decimal import Decimal

    from agentbook.domain.enums import LabeledEnum
    from agentbook.store.queries.list_specs import SPECS

    keys = [c.key for c in SPECS[tab].columns if not c.key.endswith("_id") and not c.sensitive]
    path = tmp_path / f"{tab}.xlsx"
    export_view(demo_store, tab, ListRequest(), keys, path, reveal=True)
    _sheet, rows = sheet_rows(path, {"contacts": "沟通记录", "payments": "缴费"}[tab])
    spec = SPECS[tab]
    index = [spec.columns.index(spec.column(k)) for k in keys]
    stored = list(demo_store.list_query(tab).stream_in_order())
    assert len(rows) - 1 == len(stored)
    kinds = set()
    for cells, row in zip(rows[1:], stored, strict=True):
        for cell, i in zip(cells, index, strict=True):
            value = row.values[i]
            kinds.add(type(value).__name__)
            if value is None or value == "":
                assert cell.value is None
            elif isinstance(value, datetime):
                assert cell.value == value.replace(microsecond=0) and cell.number_format == "yyyy-mm-dd hh:mm"
            elif isinstance(value, date):
                assert cell.value == datetime(value.year, value.month, value.day)
                assert cell.number_format == "yyyy-mm-dd"
            elif isinstance(value, Decimal):
                assert cell.value == float(value) and cell.number_format == "#,##0.00"
            elif isinstance(value, LabeledEnum):
                assert cell.value == value.label
            elif isinstance(value, bool):
                assert cell.value == ("是" if value else "否")
            elif isinstance(value, int):
                assert cell.value == value
            else:
                assert cell.value == str(value) and cell.data_type == "s"
    assert {"date", "Decimal"} <= kinds or {"datetime"} <= kinds


def test_dates_before_excel_agrees_on_serials_are_written_as_text(store, tmp_path):
    from datetime import date

    from tests.store_builders import person

    early, first = (
        store.customers.create(person(name, born=born))
        for name, born in (("早生", date(1900, 2, 15)), ("同年", date(1900, 3, 1)))
    )
    path = tmp_path / "early.xlsx"
    export_view(store, "customers", ListRequest(), ["name", "birth_date"], path)
    _sheet, rows = sheet_rows(path, "客户")
    by_name = {r[0].value: r[1] for r in rows[1:]}
    assert by_name["早生"].value == "1900-02-15" and by_name["早生"].data_type == "s"
    assert by_name["同年"].value == datetime(1900, 3, 1) and early.id and first.id
