"""Importing agents' spreadsheets: real .xlsx and .csv files built here and a messy one in
tests/data, every problem reported with its row, nothing written on cancel or rejection, and
export → import giving back the same data."""

from __future__ import annotations

import dataclasses
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from agentbook.domain import enums as E
from agentbook.domain.clock import ManualClock
from agentbook.domain.idnumbers import make_resident_id, make_uscc
from agentbook.domain.models import Customer
from agentbook.exporters.excel_workbook import export_branch_workbook
from agentbook.importers import errors as IE
from agentbook.importers import values as V
from agentbook.importers.excel_import import ImportSession
from agentbook.importers.execute import ImportRejectedError
from agentbook.importers.plan import Action
from agentbook.importers.problems import CellError, Severity
from agentbook.importers.source import Limits
from agentbook.store.api import Store
from tests.conftest import TODAY
from tests.engines import on_branch, refuse_inserts

pytestmark = pytest.mark.both_engines

DATA = Path(__file__).resolve().parents[1] / "data"
ID_A = make_resident_id("110105", date(1980, 1, 2), 11)
ID_B = make_resident_id("310104", date(1975, 6, 30), 22)
HEADER = [
    "客户姓名",
    "身份证号码",
    "手机号码",
    "地址",
    "保单号",
    "保险公司",
    "产品名称",
    "保额",
    "生效日期",
    "缴费方式",
]


def xlsx(path: Path, rows: list[list[object]], sheet: str = "Sheet1") -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def table(store: Store) -> dict[str, int]:
    """Row counts of every table, the audit log included: 'nothing written' means all equal."""
    return store.counts()


def problems_by_row(plan) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for p in plan.problems:
        out.setdefault(p.row, []).append(f"{p.severity.value}|{p.column}|{p.text()}")
    return out


# --- values --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "raw",
    [
        "2023-01-05",
        "2023/1/5",
        "2023年1月5日",
        "2023.1.5",
        "20230105",
        44931,
        44931.0,
        datetime(2023, 1, 5),
        "２０２３－０１－０５",
    ],
)
def test_dates_in_every_way_agents_write_them(raw):
    assert V.parse_date(raw) == date(2023, 1, 5)


def test_impossible_and_ambiguous_dates_are_refused():
    for raw in ("2023/13/45", "1/5/2023", "明年", 3_000_000):
        with pytest.raises(CellError):
            V.parse_date(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("12,000.00元", "12000.00"), ("3.5万", "35000.00"), ("¥1 234.5", "1234.50"), (1580, "1580.00"), (99.9, "99.90")],
)
def test_amounts_are_exact(raw, expected):
    amount, _notes = V.parse_amount(raw)
    assert amount == Decimal(expected)


def test_ten_thousand_columns_scale_plain_numbers():
    assert V.parse_amount(0.5, scale=10000)[0] == Decimal("5000.00")


def test_id_number_turned_into_a_float_is_refused_not_guessed():
    with pytest.raises(CellError) as info:
        V.parse_id_number(float(ID_A))
    assert "无法还原" in str(info.value)
    with pytest.raises(CellError):
        V.parse_id_number("1.10105198001E+17")
    assert ID_A.isdigit()
    text, notes = V.parse_id_number(int(ID_A))  # all 18 digits survived (not what Excel writes)
    assert text == ID_A and notes[0].severity is Severity.INFO


def test_masked_id_numbers_are_named_as_such():
    with pytest.raises(CellError) as info:
        V.parse_id_number("110105********0118")
    assert "打码" in str(info.value)


def test_contact_cells_are_split_into_mobile_phone_and_email():
    found, notes = V.parse_contacts("+86 138-0013-8000 / 010-12345678；a@b.cn、13900001111")
    assert found == {"mobile": "13800138000", "phone": "010-12345678", "email": "a@b.cn", "extra": "13900001111"}
    assert notes


def test_payment_modes_with_years():
    assert V.parse_payment_mode("20年缴") == (E.PaymentMode.ANNUAL, 20)
    assert V.parse_payment_mode("月缴") == (E.PaymentMode.MONTHLY, None)
    assert V.parse_payment_mode("一次性交清") == (E.PaymentMode.SINGLE, None)


# --- the messy sheet -----------------------------------------------------------------------
@pytest.fixture
def messy(store: Store) -> ImportSession:
    session = ImportSession(store, DATA / "messy_customers.xlsx")
    session.load_sheet()
    return session


def test_messy_sheet_reports_every_problem_with_its_row(messy):
    assert messy.header_row == 3
    mapping = dict(zip(messy.headers, messy.mapping, strict=True))
    assert mapping["客户姓名*"] == "name" and mapping["保险金额（万元）"] == "sum_insured"
    assert mapping["E-mail"] == "email" and mapping["Agent Code"] is None
    plan = messy.preview()
    by_row = problems_by_row(plan)
    assert any("标题" in p for p in by_row[1]) and any("标题" in p for p in by_row[2])  # merged title rows
    assert any("Agent Code" in p and p.startswith("info") for p in by_row[3])  # the non-Chinese header
    assert any("空行" in p for p in by_row[6])  # the empty row
    assert any(p.startswith("error|身份证号码|") and "无法还原" in p for p in by_row[7])  # ID as a number
    assert any(p.startswith("warning|缴费金额|") and "公式" in p for p in by_row[8])  # the formula cell
    assert any("与第 4 行重复" in p for p in by_row[9])  # the duplicate
    assert any(p.startswith("error|保险起始日期|") and "2023/13/45" in p for p in by_row[10])  # bad date
    assert any("合计" in p for p in by_row[12])
    assert [(d.kind, d.row, d.action) for d in plan.duplicates] == [("file", 9, Action.SKIP)]
    assert {p.row for p in plan.problems if p.severity is Severity.ERROR} == {7, 10}
    counts = plan.counts()
    assert (counts["customers_new"], counts["policies_new"], counts["rows_imported"]) == (3, 4, 4)


def test_messy_sheet_imports_the_accepted_rows_normalised(messy, store):
    plan = messy.preview()
    messy.run(plan)
    zhang = store.customers.by_id_number(make_resident_id("110105", date(1990, 3, 7), 123))[0]
    assert (zhang.mobile, zhang.gender, zhang.birth_date) == ("13800138000", E.Gender.MALE, date(1990, 3, 7))
    policies = {p.policy_no: p for p in store.policies.of_customer(zhang.id)}
    assert set(policies) == {"P2023000001", "P2023000002"}  # one row per policy → one customer
    first = policies["P2023000001"]
    assert (first.sum_insured, first.effective_date, first.expiry_date) == (
        Decimal("500000.00"),
        date(2023, 1, 5),
        date(2043, 1, 5),
    )
    assert first.business_line is E.BusinessLine.LIFE and first.payment_mode is E.PaymentMode.ANNUAL
    assert policies["P2023000002"].effective_date == date(2023, 1, 24)  # Excel serial number
    chen = store.customers.find("name = ?", ("陈静",))[0]
    assert chen.id_number.endswith("X") and chen.mobile == "13912345678"
    wang_policy = store.policies.by_number("P2023000004")[0]
    assert store.payments.of_policy(wang_policy.id)[0].amount_paid == Decimal("1000.00")  # cached formula value
    entry = store.audit_entries(limit=1)[0]
    assert entry.action == "import_excel" and '"customers_new":3' in entry.after_json


def test_an_import_keeps_the_audit_chain_and_the_file_whole_and_audits_every_record(messy, store):
    plan = messy.preview()
    result = messy.run(plan)
    assert store.security.verify_audit().ok
    if not on_branch(store):  # the file's pages and structure; the server keeps its own
        assert store.security.verify().ok
    created = [e for e in store.audit_entries(limit=100) if e.action == "create"]
    counts = plan.counts()
    assert {e.entity_id for e in created if e.entity == "customer"} == set(result.customer_ids)
    assert sum(e.entity == "customer" for e in created) == counts["customers_new"]
    assert sum(e.entity == "policy" for e in created) == counts["policies_new"]


def test_duplicate_row_can_update_instead(messy, store):
    plan = messy.preview({("file", 9): Action.UPDATE})
    assert plan.duplicates[0].action is Action.UPDATE and 9 in plan.imported_rows
    assert plan.counts()["policies_new"] == 4


def test_nothing_is_written_when_the_user_cancels(messy, store):
    before = table(store)
    plan = messy.preview()
    calls = []

    def cancel_after_first_step() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(IE.ImportCancelledError):
        messy.run(plan, cancelled=cancel_after_first_step)
    assert table(store) == before
    assert store.customers.find("1") == []


def test_nothing_is_written_when_the_database_rejects_a_row(messy, store):
    refuse_inserts(store, "policy", "policy_no", "P2023000007")
    before = table(store)
    with pytest.raises(ImportRejectedError) as info:
        messy.run(messy.preview())
    assert info.value.row == 11
    assert table(store) == before


# --- duplicates against the archive --------------------------------------------------------
def _one_customer_sheet(path: Path, *rows: list[object]) -> Path:
    return xlsx(path, [HEADER, *rows])


def test_duplicates_of_archived_customers_skip_update_or_new(store, tmp_path):
    existing = store.customers.create(
        Customer(name="张三", gender=E.Gender.MALE, id_type=E.IdType.RESIDENT_ID, id_number=ID_A, mobile="13800000001")
    )
    path = _one_customer_sheet(
        tmp_path / "dup.xlsx",
        [
            "张三",
            ID_A,
            "13800000001",
            "新地址 1 号",
            "PA0000001",
            "平安人寿",
            "百万医疗险",
            10000,
            "2024-01-01",
            "年交",
        ],
        ["李四", "", "13800000002", "", "", "", "", "", "", ""],
    )
    session = ImportSession(store, path)
    session.load_sheet()
    plan = session.preview()
    assert [(d.kind, d.row, d.existing_id, d.action) for d in plan.duplicates] == [("db", 2, existing.id, Action.SKIP)]
    assert "证件号码相同" in plan.duplicates[0].text()
    # 李四 has no ID and no gender: refused with the domain's own message
    assert any(p.row == 3 and p.context == "validation" for p in plan.problems)
    session.run(session.preview({("db", 2): Action.UPDATE}))
    updated = store.customers.get(existing.id)
    assert updated.address == "新地址 1 号" and store.customers.count() == 1
    assert [p.policy_no for p in store.policies.of_customer(existing.id)] == ["PA0000001"]
    session.run(session.preview({("db", 2): Action.NEW}))  # the policy now exists: refused for a new customer
    assert store.customers.count() == 1


def test_same_policy_number_of_another_customer_is_reported(store, tmp_path):
    path = _one_customer_sheet(
        tmp_path / "p.xlsx",
        ["张三", ID_A, "13800000001", "", "PA0000001", "平安人寿", "百万医疗险", 10000, "2024-01-01", "年交"],
        ["王五", ID_B, "13800000003", "", "PA0000001", "平安人寿", "百万医疗险", 10000, "2024-01-01", "年交"],
    )
    session = ImportSession(store, path)
    session.load_sheet()
    plan = session.preview()
    assert any(p.row == 3 and "已属于另一位客户" in p.text() for p in plan.problems)
    assert plan.counts()["customers_new"] == 1


# --- defaults, mappings, csv -----------------------------------------------------------------
def test_insurer_missing_from_the_sheet_comes_from_the_wizard(store, tmp_path):
    path = xlsx(
        tmp_path / "noinsurer.xlsx",
        [["姓名", "证件号码", "联系方式", "保单号", "保险产品名称", "保险金额", "保险起始日期"],
         ["张三", ID_A, "13800000001", "X-1001", "交通意外险", "5万", "2024/3/1"]],
    )  # fmt: skip
    session = ImportSession(store, path)
    session.load_sheet()
    assert any("缺少保险公司" in p.text() for p in session.preview().problems)
    session.set_defaults("中国人寿", E.BusinessLine.LIFE)
    plan = session.preview()
    assert plan.counts()["policies_new"] == 1
    session.run(plan)
    policy = store.policies.by_number("X-1001")[0]
    assert (policy.insurer, policy.business_line, policy.sum_insured) == (
        "中国人寿",
        E.BusinessLine.ACCIDENT,
        Decimal("50000.00"),
    )


def test_manual_mapping_is_saved_and_found_again(store, tmp_path):
    path = xlsx(tmp_path / "m.xlsx", [["Kunde", "Handy", "Notiz"], ["张三", "13800000001", "老客户"]])
    session = ImportSession(store, path)
    session.load_sheet()
    assert session.mapping == [None, None, None]
    assert session.missing_required() == ["name"]
    session.set_mapping(["name", "mobile", "remarks"])
    session.save_mapping("德文表")
    again = ImportSession(store, path)
    again.load_sheet()
    assert again.saved_mapping_name == "德文表" and again.mapping == ["name", "mobile", "remarks"]


def test_csv_in_gbk_with_a_title_row(store, tmp_path):
    text = "客户名单（导出）\n姓名,身份证号,手机,备注\n张三," + ID_A + ",13800000001,=1+2\n"
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode("gbk"))
    session = ImportSession(store, path)
    session.load_sheet()
    assert session.header_row == 2 and session.sheets == ["list"]
    session.run(session.preview())
    customer = store.customers.by_id_number(ID_A)[0]
    assert customer.remarks == "=1+2" and customer.lifecycle is E.Lifecycle.PROSPECT


def test_csv_utf8_with_bom_and_scientific_id(store, tmp_path):
    path = tmp_path / "sci.csv"
    path.write_text("\ufeff姓名,身份证号码,手机号码\n李四,1.10105E+17,13800000002\n", encoding="utf-8")
    session = ImportSession(store, path)
    session.load_sheet()
    plan = session.preview()
    assert any(p.row == 2 and "无法还原" in p.text() for p in plan.problems)


def test_problem_report_is_saved_as_xlsx(messy, tmp_path):
    plan = messy.preview()
    target = messy.save_report(plan, tmp_path / "report.xlsx")
    book = openpyxl.load_workbook(target)
    rows = list(book["问题"].iter_rows(values_only=True))
    assert rows[0] == ("行号", "列", "问题", "级别")
    assert any(r[0] == 7 and "无法还原" in r[2] for r in rows[1:])
    assert book["重复"]["A2"].value == 9


# --- untrusted files -----------------------------------------------------------------------
def test_truncated_workbook_gets_a_clear_message(store, messy, tmp_path):
    data = (DATA / "messy_customers.xlsx").read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(IE.DamagedFileError):
        ImportSession(store, cut)


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, IE.LegacyXlsError),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, IE.NotSpreadsheetError),
        (b"", IE.NotSpreadsheetError),
    ],
)
def test_files_that_are_not_spreadsheets_are_named_as_such(store, tmp_path, content, error):
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    with pytest.raises(error):
        ImportSession(store, path)


def test_xml_bomb_is_refused(store, tmp_path):
    plain = xlsx(tmp_path / "plain.xlsx", [["姓名"], ["张三"]])
    bomb = tmp_path / "bomb.xlsx"
    laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(bomb, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = laughs.encode() + (data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data)
            dst.writestr(info, data)
    with pytest.raises(IE.UnsafeFileError):
        session = ImportSession(store, bomb)
        session.load_sheet()


def test_size_limits(store, tmp_path):
    path = xlsx(tmp_path / "big.xlsx", [["姓名", "手机"]] + [[f"客户{i}", "13800000000"] for i in range(50)])
    with pytest.raises(IE.FileTooLargeError):
        ImportSession(store, path, Limits(file_bytes=1000))
    with pytest.raises(IE.ZipBombError):
        ImportSession(store, path, Limits(unzipped_bytes=1000))
    session = ImportSession(store, path, Limits(cells=40))
    with pytest.raises(IE.TooManyCellsError):
        session.load_sheet()


# --- export → import -------------------------------------------------------------------------
def _sheet_values(path: Path, title: str, drop: tuple[int, ...] = ()) -> list[tuple]:
    book = openpyxl.load_workbook(path, read_only=True)
    return [tuple(v for i, v in enumerate(row) if i not in drop) for row in book[title].iter_rows(values_only=True)]


def test_flat_table_round_trip_is_exact(demo_store, tmp_path, db_path, vault):
    first = tmp_path / "first.xlsx"
    export_branch_workbook(demo_store, first, reveal=True)
    empty = Store.open(tmp_path / "empty" / "b.db", vault, create=True, actor="测试", clock=ManualClock(TODAY))
    try:
        session = ImportSession(empty, first)
        session.load_sheet("客户档案管理表")
        plan = session.preview()
        assert not [p for p in plan.problems if p.severity is not Severity.INFO]
        session.run(plan)
        second = tmp_path / "second.xlsx"
        export_branch_workbook(empty, second, reveal=True)
    finally:
        empty.close()
    assert _sheet_values(second, "客户档案管理表") == _sheet_values(first, "客户档案管理表")


def test_customer_sheet_round_trip_is_exact(store, tmp_path, vault):
    firm = make_uscc("91110105MA00ABCD1")
    store.customers.create(Customer(name="北京示例科技有限公司", kind=E.CustomerKind.ENTERPRISE,
                                    lifecycle=E.Lifecycle.ACTIVE, id_type=E.IdType.USCC, id_number=firm,
                                    mobile="13600000000", annual_income=Decimal("1234567.89"),
                                    risk_level=E.RiskLevel.MEDIUM, value_tier=E.ValueTier.HIGH,
                                    tags=("企业主",)))  # fmt: skip
    store.customers.create(Customer(name="张三", gender=E.Gender.MALE, birth_date=date(1980, 1, 2),
                                    id_type=E.IdType.RESIDENT_ID, id_number=ID_A, mobile="13800000001",
                                    lifecycle=E.Lifecycle.ACTIVE, address="北京市", occupation="教师",
                                    tags=("VIP", "老客户"), annual_income=Decimal("200000.00")))  # fmt: skip
    store.customers.create(Customer(name="张氏家庭", kind=E.CustomerKind.FAMILY, lifecycle=E.Lifecycle.ACTIVE,
                                    mobile="13800000001"))  # fmt: skip
    store.customers.create(Customer(name="=HYPERLINK(\"http://x\",\"y\")", gender=E.Gender.FEMALE,
                                    mobile="13900000009", lifecycle=E.Lifecycle.PROSPECT))  # fmt: skip
    first = tmp_path / "c1.xlsx"
    export_branch_workbook(store, first, reveal=True)
    other = Store.open(tmp_path / "other" / "c.db", vault, create=True, actor="测试", clock=ManualClock(TODAY))
    try:
        session = ImportSession(other, first)
        session.load_sheet("客户")
        plan = session.preview()
        assert plan.counts()["customers_new"] == 4, [p.text() for p in plan.problems]
        session.run(plan)
        second = tmp_path / "c2.xlsx"
        export_branch_workbook(other, second, reveal=True)
    finally:
        other.close()
    updated_at = _header(first, "客户").index("更新时间")
    assert _sheet_values(second, "客户", (updated_at,)) == _sheet_values(first, "客户", (updated_at,))


def _header(path: Path, title: str) -> list[str]:
    return list(_sheet_values(path, title)[0])


def test_customer_sheet_of_the_demo_archive_round_trips_every_field(demo_store, tmp_path, vault):
    """Export → import into an empty archive → export: every column the 客户 sheet writes comes
    back the same, for customers reached only by e-mail, only by landline, families and firms."""
    demo = demo_store.customers.find("1 = 1", ())
    assert sum(1 for c in demo if c.email and not (c.mobile or c.phone or c.wechat)) == 31
    firm = next(c for c in demo if c.kind is E.CustomerKind.ENTERPRISE)  # the demo has no landline-only one
    demo_store.customers.update(dataclasses.replace(firm, mobile="", phone="+86 591 8765 4321 转801"))
    first = tmp_path / "demo1.xlsx"
    export_branch_workbook(demo_store, first, reveal=True)
    header = _header(first, "客户")
    for column in ("固定电话", "微信", "邮箱", "客户来源", "保障偏好", "风险承受能力", "保障需求", "同意日期"):
        assert column in header
    filled = {
        h: sum(1 for row in _sheet_values(first, "客户")[1:] if row[i] not in (None, "")) for i, h in enumerate(header)
    }
    assert all(filled[h] for h in header), filled  # every column carries data in the demo archive
    empty = Store.open(tmp_path / "empty" / "d.db", vault, create=True, actor="测试", clock=ManualClock(TODAY))
    try:
        session = ImportSession(empty, first)
        session.load_sheet("客户")
        assert None not in session.mapping, dict(zip(session.headers, session.mapping, strict=True))
        plan = session.preview()
        assert [p.text() for p in plan.problems if p.severity is Severity.ERROR] == []
        assert plan.counts()["customers_new"] == len(demo)
        session.run(plan)
        second = tmp_path / "demo2.xlsx"
        export_branch_workbook(empty, second, reveal=True)
    finally:
        empty.close()
    updated_at = header.index("更新时间")
    assert _sheet_values(second, "客户", (updated_at,)) == _sheet_values(first, "客户", (updated_at,))


def test_placeholders_read_as_empty_and_a_later_id_joins_its_customer(store, tmp_path):
    path = xlsx(
        tmp_path / "ph.xlsx",
        [["姓名", "身份证号", "手机", "保单号", "保险公司", "产品", "保额", "起保日期", "到期日期", "保费", "备注"],
         ["张三", None, "13800000001", "A-0001", "人保财险", "家庭财产综合保险", "1万", "2024-01-01", "—", "-", "无"],
         ["张三", ID_A, "13800000001", "A-0002", "人保财险", "交强险", "20万", "2024-02-01", "/", "950", None],
         ["张三", ID_A, "13900000009", "A-0003", "人保财险", "机动车商业保险", "50万", "2024-02-01", None, None, None]],
    )  # fmt: skip
    session = ImportSession(store, path)
    session.load_sheet()
    plan = session.preview()
    warnings = [(p.row, p.text()) for p in plan.problems if p.severity is not Severity.INFO]
    assert warnings == [
        (2, "没有保费，记为 0"),
        (4, "与第 2 行的同一客户或保单的“联系方式（手机）”不同，已采用第 2 行的值"),
        (4, "没有保费，记为 0"),
    ]
    assert plan.counts()["customers_new"] == 1 and plan.counts()["policies_new"] == 3
    session.run(plan)
    customer = store.customers.by_id_number(ID_A)[0]
    assert customer.remarks == "无" and {p.policy_no for p in store.policies.of_customer(customer.id)} == {
        "A-0001",
        "A-0002",
        "A-0003",
    }
    assert store.policies.by_number("A-0001")[0].expiry_date is None


# --- hostile numbers, encodings and invisible characters -------------------------------------
def _with_raw_numbers(path: Path, numbers: dict[str, str]) -> Path:
    """Rewrite numeric cells' stored text (``<v>…</v>``) as another program might have written it:
    openpyxl will not write 1e309 or NaN itself."""
    patched = path.with_name("raw_" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                for placeholder, text in numbers.items():
                    data = data.replace(f"<v>{placeholder}</v>".encode(), f"<v>{text}</v>".encode())
            dst.writestr(info, data)
    return patched


def test_unreadable_numbers_are_named_by_row_and_column_and_nothing_is_imported(store, tmp_path):
    header = ["姓名", "身份证号码", "手机", "保单号", "保险公司", "产品名称", "保额", "生效日期"]
    rows = [[f"客户{n}", make_resident_id("110105", date(1980, 1, n), 11), f"1380000000{n}", f"P-{n}", "人保",
             "意外险", 900001 + n, "2024-01-01"] for n in range(1, 5)]  # fmt: skip
    rows.append(["客户5", make_resident_id("110105", date(1980, 1, 5), 11), "13800000005", "P-5", "人保", "意外险",
                 "1.234,56", "2024-01-01"])  # fmt: skip
    plain = xlsx(tmp_path / "numbers.xlsx", [header, *rows])
    path = _with_raw_numbers(plain, {"900002": "1e309", "900003": "-1E+400", "900004": "1E+30", "900005": "NaN"})
    before = table(store)
    session = ImportSession(store, path)
    session.load_sheet()
    plan = session.preview()
    errors = {(p.row, p.where): p.text() for p in plan.problems if p.severity is Severity.ERROR}
    assert errors == {
        (2, "G 保额"): "单元格中的数字“inf”无效（无穷大或不是数字），请核对",
        (3, "G 保额"): "单元格中的数字“-inf”无效（无穷大或不是数字），请核对",
        (4, "G 保额"): "金额“1E+30”过大，请核对",
        (5, "G 保额"): "单元格中的数字“nan”无效（无穷大或不是数字），请核对",
        (6, "G 保额"): "金额“1.234,56”中的逗号不是千位分隔符，无法确定小数点在哪里。请写成 1234.56 或 1,234.56",
    }
    assert not plan.drafts
    assert table(store) == before


def test_control_and_bidi_characters_in_a_name_are_refused(store, tmp_path):
    path = tmp_path / "hidden.csv"
    path.write_text(
        "姓名,手机号码,性别\n陳\x00大文,13800000001,男\nabc\u202edef,13800000002,女\n张\u200b三,13800000003,男\n"
        "李四,13800000004,男\n",
        encoding="utf-8",
    )
    session = ImportSession(store, path)
    session.load_sheet()
    plan = session.preview()
    errors = {(p.row, p.where): p.text() for p in plan.problems if p.severity is Severity.ERROR}
    assert {row: text.split("（")[1].split("）")[0] for (row, _w), text in errors.items()} == {
        2: "U+0000",
        3: "U+202E",
        4: "U+200B",
    }
    assert {where for _row, where in errors} == {"A 姓名"}
    assert [d.customer.name for d in plan.drafts] == ["李四"]


@pytest.mark.parametrize(
    ("encoding", "separator", "label"),
    [
        ("big5", ",", "Big5（繁体中文）"),
        ("utf-16", "\t", "UTF-16（Excel 的“Unicode 文本”）"),
        ("utf-8-sig", ",", "UTF-8（带 BOM）"),
        ("gb18030", ",", "GB18030（简体中文，兼容 GBK）"),
    ],
)
def test_csv_encodings_are_detected_and_named_in_the_preview(store, tmp_path, encoding, separator, label):
    names = ["陳大文", "黃美玲", "張國榮"] if encoding == "big5" else ["陈大文", "黄美玲", "张国荣"]
    lines = [separator.join(["姓名", "mobile", "gender", "地址"])]  # headers written alike in both scripts
    lines += [separator.join([n, f"1380000000{i}", "男", "香港九龍彌敦道" if encoding == "big5" else "北京市朝阳区"])
              for i, n in enumerate(names)]  # fmt: skip
    path = tmp_path / "list.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    session = ImportSession(store, path)
    session.load_sheet()
    plan = session.preview()
    assert f"CSV 文件按 {label} 编码读取" in [p.text() for p in plan.problems]
    assert [d.customer.name for d in plan.drafts] == names
    session.run(plan)
    assert {c.name for c in store.customers.find("1")} == set(names)


def test_a_column_headed_as_resident_id_is_checked_as_one(store, tmp_path):
    wrong = "123456789012345678"  # the check digit for 12345678901234567 is 7
    path = xlsx(
        tmp_path / "ids.xlsx",
        [["姓名", "身份证号码", "手机"],
         ["王五", wrong, "13800000001"],
         ["赵六", ID_A, "13800000002"],
         ["钱七", make_resident_id("310104", date(2099, 12, 31), 22), "13800000003"]],
    )  # fmt: skip
    session = ImportSession(store, path)
    session.load_sheet()
    plan = session.preview()
    errors = {p.row: (p.where, p.text()) for p in plan.problems if p.severity is Severity.ERROR}
    assert errors[2] == ("B 身份证号码", f"身份证号码 {wrong} 的校验码（最后一位）不正确：按前 17 位应为 7，表格中是 8")
    assert errors[4][0] == "B 身份证号码" and "出生日期" in errors[4][1]
    assert [(d.customer.name, d.customer.kind) for d in plan.drafts] == [("赵六", E.CustomerKind.INDIVIDUAL)]
    session.run(plan)
    assert store.customers.find("kind = 'enterprise'") == []


def test_follow_up_yes_no_makes_follow_ups_and_the_purpose_comes_from_the_summary(store, tmp_path):
    path = xlsx(
        tmp_path / "contacts.xlsx",
        [["姓名", "手机", "性别", "沟通日期", "沟通内容", "后续跟进"],
         ["甲", "13800000001", "男", "2026-11-01", "客户咨询理赔材料", "是"],
         ["乙", "13800000002", "女", "2026-11-20", "电话送上生日祝福", "否"],
         ["丙", "13800000003", "男", "2026-11-02", "上门拜访，讲解保障规划", "已完成"],
         ["丁", "13800000004", "女", "2026-11-03", "介绍新产品", "2026-12-01"],
         ["戊", "13800000005", "男", "2026-11-04", "投诉理赔太慢", "下周再打电话"]],
    )  # fmt: skip
    session = ImportSession(store, path)
    session.load_sheet()
    plan = session.preview()
    assert "表格中没有“沟通目的”列，沟通目的按沟通内容判断，判断不出的按“回访”导入" in [p.text() for p in plan.problems]
    session.run(plan)
    got = {}
    for c in store.customers.find("1"):
        (entry,) = store.contacts.find("customer_id = ?", (c.id,))
        got[c.name] = (entry.purpose, entry.follow_up_date, entry.follow_up_done, entry.outcome)
    purpose = E.ContactPurpose
    assert got == {
        "甲": (purpose.CLAIM_PROGRESS, TODAY, False, ""),  # an open follow-up from the past is due today
        "乙": (purpose.BIRTHDAY, None, False, ""),
        "丙": (purpose.FOLLOW_UP, date(2026, 11, 2), True, ""),
        "丁": (purpose.FOLLOW_UP, date(2026, 12, 1), False, ""),
        "戊": (purpose.COMPLAINT, None, False, "下周再打电话"),
    }


def test_a_row_is_the_archived_customer_by_the_same_rules_as_the_duplicate_finder(store, tmp_path):
    """張三 with 张三's mobile is the same person to the importer as to 查找重复客户 (繁/简 folded)."""
    existing = store.customers.create(
        Customer(name="张三", gender=E.Gender.MALE, id_type=E.IdType.RESIDENT_ID, id_number=ID_A, mobile="13800000001")
    )
    path = _one_customer_sheet(
        tmp_path / "trad.xlsx",
        ["張 三", "", "13800000001", "", "", "", "", "", "", ""],
        ["張三", "", "13800000001", "", "", "", "", "", "", ""],
    )
    session = ImportSession(store, path)
    session.load_sheet()
    plan = session.preview()
    # row 3 is row 2's customer again (adding nothing), and row 2 is the archived customer
    assert sorted((d.kind, d.rows, d.existing_id) for d in plan.duplicates) == [
        ("db", (2,), existing.id),
        ("file", (3,), None),
    ]
    assert "姓名和手机号相同" in next(d for d in plan.duplicates if d.kind == "db").text()


def test_an_id_number_matches_whatever_case_its_check_letter_was_typed_in(store, tmp_path):
    number = next(n for s in range(1, 999, 2) if (n := make_resident_id("110105", date(1985, 3, 1), s)).endswith("X"))
    existing = store.customers.create(
        Customer(
            name="王五",
            gender=E.Gender.MALE,
            id_type=E.IdType.RESIDENT_ID,
            id_number=number.lower(),
            mobile="13900000005",
        )
    )
    path = _one_customer_sheet(tmp_path / "x.xlsx", ["王五", number, "13900000009", "", "", "", "", "", "", ""])
    session = ImportSession(store, path)
    session.load_sheet()
    assert [d.existing_id for d in session.preview().duplicates] == [existing.id]


def test_an_unknown_id_region_is_a_warning_and_the_row_is_imported(store, tmp_path):
    nowhere = make_resident_id("110199", date(1980, 1, 2), 11)
    path = _one_customer_sheet(tmp_path / "region.xlsx", ["张三", nowhere, "13800000001", "", "", "", "", "", "", ""])
    session = ImportSession(store, path)
    session.load_sheet()
    plan = session.preview()
    [warning] = [p for p in plan.problems if p.severity is Severity.WARNING]
    assert (warning.row, warning.column) == (2, "身份证号码") and "110199" in warning.text()
    session.run(plan)
    assert store.customers.by_id_number(nowhere)


def test_dates_before_1900_03_01_are_text_that_every_reader_and_the_importer_agree_on(store, tmp_path, vault):
    """Excel's 1900 system counts a 29 February 1900 that never was, so serial numbers before
    1 March 1900 mean one day more in Excel than in LibreOffice: such dates are written as text."""
    early = store.customers.create(
        Customer("早生", gender=E.Gender.FEMALE, birth_date=date(1900, 2, 15), mobile="13800000011")
    )
    later = store.customers.create(
        Customer("晚生", gender=E.Gender.MALE, birth_date=date(1900, 3, 1), mobile="13800000012")
    )
    path = tmp_path / "old.xlsx"
    export_branch_workbook(store, path, reveal=True)
    sheet = openpyxl.load_workbook(path)["客户"]
    column = [c.value for c in sheet[1]].index("出生日期") + 1
    cells = {sheet.cell(row, 2).value: sheet.cell(row, column) for row in range(2, sheet.max_row + 1)}
    assert (cells["早生"].data_type, cells["早生"].value) == ("s", "1900-02-15")
    assert cells["晚生"].is_date and cells["晚生"].value == datetime(1900, 3, 1)
    other = Store.open(tmp_path / "other" / "o.db", vault, create=True, actor="测试", clock=ManualClock(TODAY))
    try:
        session = ImportSession(other, path)
        session.load_sheet("客户")
        session.run(session.preview())
        born = {c.name: c.birth_date for c in other.customers.find("1 = 1", ())}
    finally:
        other.close()
    assert born == {early.name: date(1900, 2, 15), later.name: date(1900, 3, 1)}


def test_a_name_no_font_can_print_is_imported_with_a_warning(store, tmp_path):
    nowhere = "\U00031350"  # CJK Extension H: in none of the shipped fonts
    book = openpyxl.Workbook()
    book.active.append(["客户姓名", "性别", "联系方式"])
    book.active.append([f"李{nowhere}明", "男", "13812345678"])
    book.active.append(["王𡘙明", "男", "13912345678"])  # Extension B: the fallback font prints it
    path = tmp_path / "rare.xlsx"
    book.save(path)
    session = ImportSession(store, path)
    session.load_sheet()
    plan = session.preview()
    [warning] = [p for p in plan.problems if p.severity is Severity.WARNING]
    assert (warning.row, warning.column) == (2, "客户姓名") and nowhere in warning.text()
    session.run(plan)
    assert {c.name for c in store.customers.find("1 = 1", ())} == {f"李{nowhere}明", "王𡘙明"}


def test_the_cycle_collector_rests_during_an_import_step_and_is_left_as_it_was():
    import gc

    from agentbook import collector

    assert gc.isenabled()
    with collector.paused():
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer step still runs
    assert gc.isenabled()
    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()  # turned off by someone else: theirs to turn on
    finally:
        gc.enable()


def test_what_a_step_keeps_is_old_when_it_ends_and_its_cycles_are_still_collected():
    import gc
    import weakref

    from agentbook import collector

    class Node:
        me: object = None

    with collector.paused():
        kept = [Node() for _ in range(5000)]
        lost = Node()
        lost.me = lost
        gone = weakref.ref(lost)
        del lost
    assert gc.get_freeze_count() == 0  # nothing left out of the collector's sight
    assert gc.get_count()[0] < 1000  # no young collection due over what the step made
    assert all(gc.is_tracked(n) for n in kept[:10])
    gc.collect()
    assert gone() is None and len(kept) == 5000


def _many_rows_sheet(path: Path, rows: int) -> Path:
    """*rows* customers with a policy each: more than one chunk of the write."""
    body = []
    for n in range(rows):
        born = date(1960 + n % 40, n % 12 + 1, n % 28 + 1)
        body.append(
            [f"客户{n:04d}", make_resident_id("330106", born, n % 499 * 2 + 1), f"139{n:08d}", "杭州市西湖区",
             f"P{n:09d}", "平安人寿", "平安终身寿险", "500000", "2024-03-10", "年交"]
        )  # fmt: skip
    return xlsx(path, [HEADER, *body])


def test_an_import_of_several_chunks_writes_every_row_once_in_sheet_order(store, tmp_path):
    session = ImportSession(store, _many_rows_sheet(tmp_path / "many.xlsx", 1_200))
    session.load_sheet()
    steps: list[tuple[int, int]] = []
    result = session.run(session.preview(), progress=lambda done, total: steps.append((done, total)))
    assert store.counts()["customer"] == store.counts()["policy"] == 1_200
    assert steps[-1] == (3_600, 3_600) and len(steps) > 3  # customers, policies and contacts, chunk by chunk
    firsts = [store.customers.get(i) for i in (result.customer_ids[0], result.customer_ids[-1])]
    assert [(c.name, c.archive_no) for c in firsts] == [("客户0000", "KH2026000001"), ("客户1199", "KH2026001200")]
    assert store.search("客户1199")[0].customer_id == result.customer_ids[-1]
    assert store.search("P000000777")[0].customer_id == result.customer_ids[777]
    assert store.security.verify_audit().ok


def test_a_cancel_after_chunks_were_written_writes_nothing(store, tmp_path):
    session = ImportSession(store, _many_rows_sheet(tmp_path / "many.xlsx", 1_200))
    session.load_sheet()
    plan = session.preview()
    before = table(store)
    asked = []

    def cancel_in_the_policies() -> bool:
        asked.append(1)
        return len(asked) > 4  # three chunks of customers and one of policies are written by then

    with pytest.raises(IE.ImportCancelledError):
        session.run(plan, cancelled=cancel_in_the_policies)
    assert table(store) == before and store.search("客户0001") == []
    assert store.security.verify_audit().ok
