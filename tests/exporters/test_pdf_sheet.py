"""Archive sheets (issue 4) written from a real encrypted store and read back with pypdf."""

from __future__ import annotations

import json
import threading
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader

from agentbook.domain import enums as E
from agentbook.domain.models import ContactEntry, Customer, Policy
from agentbook.exporters.archive_sheets import (
    AGENCY_SETTING,
    CONTACT_LIMIT_SETTING,
    SheetCancelledError,
    export_batch,
    export_folder,
    export_sheet,
)
from agentbook.exporters.files import safe_file_name
from agentbook.exporters.pdf_fonts import missing_glyphs
from agentbook.exporters.pdf_text import wrap
from tests.store_builders import enterprise


def page_texts(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def busiest(store) -> int:
    """The individual with a resident ID who holds the most policies."""
    return store.db.read_one(
        "SELECT policyholder_id FROM policy p JOIN customer c ON c.id = p.policyholder_id"
        " WHERE c.kind = 'individual' AND c.id_type = 'resident_id' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"
    )[0]


def last_audit(store, customer_id):
    entry = store.audit_entries(customer_id=customer_id, limit=1)[0]
    return entry, json.loads(entry.after_json)


def test_sheet_shows_name_archive_number_and_every_policy_with_masked_numbers(demo_store, tmp_path):
    cid = busiest(demo_store)
    data = demo_store.customer_360(cid)
    c = data.customer
    demo_store.db.set_setting(AGENCY_SETTING, "阳光保险代理朝阳营业部")
    path = export_sheet(demo_store, cid, tmp_path / "sheet.pdf")
    pages = page_texts(path)
    text = "\n".join(pages)
    assert c.name in text and c.archive_no in text
    assert data.policies and all(p.policy_no in text for p in data.policies)
    assert "客户档案表" in text and "阳光保险代理朝阳营业部" in text and "打印日期：2026-11-23" in text
    assert all(f"第 {n} 页" in page for n, page in enumerate(pages, start=1))
    assert c.id_number not in text and c.mobile not in text  # masked by default
    assert f"{c.id_number[:6]}********{c.id_number[-4:]}" in text
    assert f"{c.mobile[:3]}****{c.mobile[-4:]}" in text
    entry, details = last_audit(demo_store, cid)
    assert (entry.action, entry.entity, entry.entity_id, entry.actor) == ("export_pdf", "customer", cid, "测试经办人")
    assert details["reveal"] is False and details["target"] == str(path)


def test_revealing_prints_the_full_numbers_and_the_audit_log_says_so(demo_store, tmp_path):
    cid = busiest(demo_store)
    c = demo_store.customers.get(cid)
    path = export_sheet(demo_store, cid, tmp_path / "full.pdf", reveal=True)
    text = "\n".join(page_texts(path))
    assert c.id_number in text and c.mobile in text
    assert "含完整敏感信息" in text
    entry, details = last_audit(demo_store, cid)
    assert entry.action == "export_pdf" and details["reveal"] is True
    assert "id_number" in details["revealed_fields"]
    assert demo_store.verify_audit_chain() is None


def test_the_wqy_font_is_embedded_as_a_subset_and_no_other_font_is_used(demo_store, tmp_path):
    path = export_sheet(demo_store, busiest(demo_store), tmp_path / "font.pdf")
    reader = PdfReader(path)
    fonts = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = descriptor.get("/FontFile2")
    assert fonts, "no fonts on the pages"
    for name, program in fonts.items():
        assert "+WenQuanYiMicroHei" in name, name  # a subset (AAAAAA+…) of the shipped font
        assert program is not None and len(program.get_object().get_data()) > 1000, name


def test_sixty_policies_and_two_hundred_contacts_span_pages_with_the_header_repeated(demo_store, tmp_path):
    cid = busiest(demo_store)
    product = "超长名称的终身重大疾病保险（二〇二六版）附加住院医疗与特定疾病津贴计划"
    insurer = "中国人寿保险股份有限公司北京市分公司"
    summary = "次回访：客户询问保单贷款与减额交清的区别，已详细解释并约定下次面谈"
    with demo_store.db.transaction():
        for n in range(60):
            policy = Policy(
                f"BIG{n:05d}",
                insurer,
                product,
                E.BusinessLine.HEALTH,
                cid,
                cid,
                Decimal("1234.50"),
                Decimal("1000000"),
                effective_date=date(2024, 1, n % 28 + 1),
                expiry_date=date(2044, 1, 1),
            )
            demo_store.policies.create(policy)
        for n in range(200):
            when = datetime(2025, 1, 1, 9) + timedelta(days=n)
            entry = ContactEntry(cid, when, E.ContactChannel.PHONE, E.ContactPurpose.FOLLOW_UP, f"第{n:03d}{summary}")
            demo_store.contacts.create(entry)
    demo_store.settings.set(CONTACT_LIMIT_SETTING, 500)
    path = export_sheet(demo_store, cid, tmp_path / "big.pdf")
    pages = page_texts(path)
    assert len(pages) >= 6
    text = "\n".join(pages)
    assert all(f"BIG{n:05d}" in text for n in range(60))
    assert all(f"第{n:03d}次回访" in text for n in range(200))
    policy_pages = [p for p in pages if "BIG" in p]
    contact_pages = [p for p in pages if "次回访" in p]
    assert len(policy_pages) >= 2 and len(contact_pages) >= 2
    for page in policy_pages:  # the header row is repeated on every page the table runs over
        assert "保单号" in page and "受益人（比例）" in page and "生效 / 到期" in page
    for page in contact_pages:
        assert "时间" in page and "内容" in page and "跟进" in page
    assert "四、保单信息（续）" in text and "八、沟通记录（续）" in text
    total = len(pages)
    assert all(f"第 {n} 页" in page and f"{total} 页" in page for n, page in enumerate(pages, start=1))


def test_a_customer_with_nothing_recorded_still_gets_every_section(store, tmp_path):
    customer = store.customers.create(Customer("欧阳空白", gender=E.Gender.FEMALE, phone="010-12345678"))
    text = "\n".join(page_texts(export_sheet(store, customer.id, tmp_path / "empty.pdf")))
    for section in ("一、基本信息", "二、家庭与关系", "三、需求与偏好", "四、保单信息", "五、缴费记录",
                    "六、理赔记录", "七、保全记录", "八、沟通记录", "九、知情同意", "十、备注", "客户签字", "经办人",
                    "日期"):  # fmt: skip
        assert section in text
    assert text.count("无记录") == 7 and "未记录知情同意" in text


def test_a_batch_of_twenty_is_one_pdf_with_twenty_outline_entries(demo_store, tmp_path):
    ids = [row[0] for row in demo_store.db.read("SELECT id FROM customer ORDER BY id LIMIT 20")]
    seen: list[tuple[int, int]] = []
    result = export_batch(demo_store, ids, tmp_path / "batch.pdf", progress=lambda n, total: seen.append((n, total)))
    assert seen == [(n, 20) for n in range(1, 21)] and result.customers == 20
    reader = PdfReader(result.files[0])
    outline = reader.outline
    assert len(outline) == 20
    starts = [reader.get_destination_page_number(entry) for entry in outline]
    assert starts == sorted(starts) and starts[0] == 0
    for customer_id, entry, start in zip(ids, outline, starts, strict=True):
        archive_no = demo_store.customers.get(customer_id).archive_no
        assert entry.title.startswith(archive_no)
        first_page = reader.pages[start].extract_text()
        assert f"档案编号：{archive_no}" in first_page and "第 1 页" in first_page  # each starts a new page
    assert all(last_audit(demo_store, i)[0].action == "export_pdf" for i in ids)


def test_a_batch_into_a_folder_names_each_file_by_archive_number(demo_store, tmp_path):
    ids = [row[0] for row in demo_store.db.read("SELECT id FROM customer ORDER BY id LIMIT 4")]
    result = export_folder(demo_store, ids, tmp_path / "out", reveal=True)
    expected = sorted(f"{demo_store.customers.get(i).archive_no}.pdf" for i in ids)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == expected == sorted(p.name for p in result.files)
    for customer_id in ids:
        entry, details = last_audit(demo_store, customer_id)
        assert details["reveal"] is True and details["target"].endswith(f"{entry.summary.rsplit('/', 1)[-1]}")


@pytest.mark.parametrize("mode", ["one_pdf", "folder"])
def test_a_cancelled_batch_leaves_no_file_and_logs_nothing(demo_store, tmp_path, mode):
    ids = [row[0] for row in demo_store.db.read("SELECT id FROM customer ORDER BY id LIMIT 12")]
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == 5:
            stop.set()

    before = demo_store.counts()["audit_log"]
    with pytest.raises(SheetCancelledError):
        if mode == "one_pdf":
            export_batch(demo_store, ids, tmp_path / "out" / "batch.pdf", progress=progress, cancel=stop)
        else:
            export_folder(demo_store, ids, tmp_path / "out", progress=progress, cancel=stop.is_set)
    assert list((tmp_path / "out").iterdir()) == []  # no output, no temp file, no staging folder
    assert demo_store.counts()["audit_log"] == before


def test_line_breaking_keeps_words_whole_and_punctuation_off_line_starts():
    lines = wrap("客户对服务满意，表示下次续保时再联系。保单号 PC2021172594759 已核对", 80, 8)
    assert all(not line.startswith(("，", "。")) for line in lines)
    assert any("PC2021172594759" in line for line in lines)
    assert "".join(lines).replace(" ", "") == "客户对服务满意，表示下次续保时再联系。保单号PC2021172594759已核对"
    assert wrap("", 50, 8) == [""] and wrap("第一行\n第二行", 200, 8) == ["第一行", "第二行"]
    assert safe_file_name('KH/2026:"01"', "x") == "KH_2026__01_" and safe_file_name(" .. ", "fallback") == "fallback"


# --- the UI glue (pytest-qt, offscreen) ---------------------------------------------------------


@pytest.fixture
def no_modal_boxes(monkeypatch):
    """The "export finished" message box would block the test; record its text instead."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


def test_print_dialog_asks_before_revealing_and_remembers_the_contact_count(qtbot, qapp_font, demo_store):
    from agentbook.store.queries.listing import ListRequest
    from agentbook.ui.printing.sheet_actions import EXPORT, SheetPrintDialog

    cid = busiest(demo_store)
    c = demo_store.customers.get(cid)
    dialog = SheetPrintDialog(demo_store, [cid], request=ListRequest(filters={"kind": "enterprise"}))
    qtbot.addWidget(dialog)
    dialog.show()
    f = dialog.form
    enterprises = demo_store.list_query("customers", ListRequest(filters={"kind": "enterprise"})).count()
    assert c.name in f.scope_selected.text() and f.scope_selected.isChecked()
    assert f"{enterprises} 位" in f.scope_filter.text()
    assert not f.reveal.isChecked() and f.one_file.isChecked() and f.contacts.value() == 20
    f.reveal.setChecked(True)
    assert "记入操作日志" in f.reveal_warning.text() and "将打印完整" in f.reveal_warning.text()
    f.per_customer.setChecked(True)
    assert not dialog.preview_button.isEnabled() and not dialog.print_button.isEnabled()
    f.scope_filter.setChecked(True)
    f.contacts.setValue(50)
    dialog.export_button.click()
    choice = dialog.choice
    assert (choice.action, choice.one_file, choice.reveal, choice.contacts) == (EXPORT, False, True, 50)
    assert choice.customer_ids == () and choice.request.filters == {"kind": "enterprise"}
    assert demo_store.db.get_setting(CONTACT_LIMIT_SETTING) == "50"


def test_exporting_the_whole_filter_runs_off_the_gui_thread(qtbot, qapp_font, demo_store, tmp_path, no_modal_boxes):
    from PySide6.QtWidgets import QWidget

    from agentbook.store.queries.listing import ListRequest
    from agentbook.ui.printing.sheet_actions import EXPORT, SheetActions, SheetChoice

    parent = QWidget()
    qtbot.addWidget(parent)
    actions = SheetActions(demo_store, parent)
    request = ListRequest(filters={"kind": "enterprise"})
    expected = [row.id for row in demo_store.list_query("customers", request).page(0, 100)]
    choice = SheetChoice(EXPORT, (), request, one_file=True, reveal=False, contacts=5)
    out = tmp_path / "out"
    job = actions.export(choice, target=out / "firms.pdf")
    qtbot.waitUntil(lambda: not actions.jobs, timeout=30_000)
    assert job.dialog.maximum() == len(expected) and no_modal_boxes and "firms.pdf" in no_modal_boxes[0]
    assert len(PdfReader(out / "firms.pdf").outline) == len(expected)
    cancelled = actions.export(choice, target=out / "never.pdf")
    cancelled.cancel()
    qtbot.waitUntil(lambda: not actions.jobs, timeout=30_000)
    assert list(out.iterdir()) == [out / "firms.pdf"]  # nothing of the cancelled batch
    actions.close()


def test_preview_then_print_through_qt_renders_every_page_and_is_logged(qtbot, qapp_font, demo_store, tmp_path):
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from agentbook.ui.printing.pdf_pages import prepare_printer
    from agentbook.ui.printing.sheet_actions import PREVIEW, SheetActions, SheetChoice

    parent = QWidget()
    qtbot.addWidget(parent)
    actions = SheetActions(demo_store, parent)
    cid = busiest(demo_store)
    actions.run(SheetChoice(PREVIEW, (cid,), None, one_file=True, reveal=True, contacts=20))
    qtbot.waitUntil(lambda: bool(actions.previews), timeout=30_000)
    preview = actions.previews[0]
    pages = preview.page_count()
    assert pages >= 1 and preview.page_label.text() == f"第 1 页 / 共 {pages} 页"
    assert not preview.act_previous.isEnabled() and preview.act_next.isEnabled() == (pages > 1)
    entry, details = last_audit(demo_store, cid)
    assert entry.action == "preview" and details["reveal"] is True
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    prepare_printer(printer)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    actions.print_file(preview.path, [cid], True, printer=printer)
    qtbot.waitUntil(lambda: not actions.jobs, timeout=30_000)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pages
    entry, details = last_audit(demo_store, cid)
    assert entry.action == "print" and details["pages"] == pages and details["target"].endswith("printed.pdf")
    path = preview.path
    preview.close()
    assert not path.exists()  # the preview's temporary file goes with it
    actions.close()


def test_the_main_window_and_the_customer_tab_open_the_print_dialog(qtbot, main_window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from agentbook.ui.printing.sheet_actions import SheetPrintDialog

    asked: list[tuple[int, ...]] = []
    monkeypatch.setattr(SheetPrintDialog, "exec", lambda d: asked.append(d.ids) or QDialog.DialogCode.Rejected)
    main_window.print_customer(7)  # the 360 view's 打印档案表
    assert asked == [(7,)]
    main_window.print_current_view()  # File menu: the selection, or the whole current filter
    assert len(asked[-1]) == main_window.store.list_query("customers").count()


_RECOVERY_THEN_SHEET = """
import sys
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from agentbook.domain import enums as E
from agentbook.domain.clock import ManualClock
from agentbook.domain.models import Customer
from agentbook.exporters import recovery_sheet
from agentbook.exporters.archive_sheets import export_sheet
from agentbook.store.keys import recovery
from agentbook.store.api import Store
from agentbook.store.keys.memory_keyring import MemoryKeyring
from agentbook.store.keys.vault import KeyVault, new_raw_key

out = Path(sys.argv[1])
key = new_raw_key()
now = datetime(2026, 11, 23, 9, 30)
recovery_sheet.write(out / "recovery.pdf", recovery.encode(key), out / "agentbook.db", recovery.fingerprint(key), now)
store = Store.open(out / "agentbook.db", KeyVault(MemoryKeyring()), create=True, credentials=key, actor="t",
                   clock=ManualClock(now))
cid = store.customers.create(Customer(name="陈大文", kind=E.CustomerKind.INDIVIDUAL, gender=E.Gender.MALE,
                                      lifecycle=E.Lifecycle.PROSPECT, mobile="13900001111")).id
export_sheet(store, cid, out / "sheet.pdf")
store.close()
print(PdfReader(out / "recovery.pdf").pages[0].extract_text().replace("\\n", " "))
print(PdfReader(out / "sheet.pdf").pages[0].extract_text().replace("\\n", " "))
"""


def test_a_recovery_sheet_then_an_archive_sheet_in_one_process_are_both_readable(tmp_path):
    """The first-run wizard prints the recovery key before any archive sheet: both must share the
    one registered CJK font. A fresh interpreter, because reportlab's font registry is per process
    and this test session has long registered the sheet font by the time this runs."""
    import subprocess
    import sys
    from pathlib import Path

    import agentbook

    src = str(Path(agentbook.__file__).parent.parent)
    result = subprocess.run(
        [sys.executable, "-c", _RECOVERY_THEN_SHEET, str(tmp_path)],
        capture_output=True, text=True, timeout=120, env={**__import__("os").environ, "PYTHONPATH": src},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    recovery_text, sheet_text = result.stdout.splitlines()
    assert "agentbook 恢复密钥" in recovery_text and "不区分大小写" in recovery_text
    assert "客户档案表" in sheet_text and "陈大文" in sheet_text


def test_table_headers_break_between_words_so_the_text_layer_keeps_them(demo_store, tmp_path):
    """A narrow column's header 投保人 / 被保险人 breaks at the slash, never inside 被保险人, so a
    search of the PDF for 被保险人 finds it."""
    from agentbook.exporters.pdf_text import text_width, wrap

    assert wrap("投保人 / 被保险人", text_width("投保人 / 被保", 9), 9) == ["投保人 /", "被保险人"]
    cid = busiest(demo_store)
    text = "\n".join(page_texts(export_sheet(demo_store, cid, tmp_path / "one.pdf")))
    assert "被保险人" in text.replace(" ", "")
    assert "被保\n险人" not in text


RARE_NAMES = ("𠮷野家", "王𡘙明")  # 𠮷 U+20BB7 and 𡘙 U+21619: CJK Extension B


def _fonts_used(path) -> dict[str, object]:
    fonts = {}
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts[str(font["/BaseFont"])] = font["/FontDescriptor"].get_object().get("/FontFile2")
    return fonts


def test_rare_characters_are_drawn_from_the_fallback_font_and_kept_in_the_text(store, tmp_path):
    firm = store.customers.create(enterprise(RARE_NAMES[0], address="北京市海淀区䶮路 1 号"))  # 䶮: Extension A
    person = store.customers.create(Customer(RARE_NAMES[1], gender=E.Gender.MALE, mobile="13812345678"))
    path = export_batch(store, [firm.id, person.id], tmp_path / "rare.pdf").files[0]
    text = "\n".join(page_texts(path))
    for name in RARE_NAMES:
        assert name in text
    assert "䶮路" in text and "〓" not in text
    fonts = _fonts_used(path)
    assert any("+HanaMinB" in name for name in fonts), fonts  # Extension B
    assert any("+HanaMinA" in name for name in fonts), fonts  # Extension A
    for name, program in fonts.items():
        assert program is not None and len(program.get_object().get_data()) > 500, name  # embedded


def test_the_agency_name_uses_the_fallback_fonts_too(store, tmp_path):
    store.db.set_setting(AGENCY_SETTING, "𠮷祥保险代理营业部")
    person = store.customers.create(Customer("张三", gender=E.Gender.MALE, mobile="13812345678"))
    path = export_sheet(store, person.id, tmp_path / "agency.pdf")
    assert "𠮷祥保险代理营业部" in page_texts(path)[0]
    assert any("+HanaMinB" in name for name in _fonts_used(path))


def test_a_character_no_font_has_is_marked_not_dropped(store, tmp_path):
    nowhere = "\U00031350"  # CJK Extension H: in none of the shipped fonts
    assert missing_glyphs(f"李{nowhere}明") == [nowhere]
    assert missing_glyphs("王𡘙明 䶮") == []
    person = store.customers.create(Customer(f"李{nowhere}明", gender=E.Gender.MALE, mobile="13812345678"))
    text = "\n".join(page_texts(export_sheet(store, person.id, tmp_path / "missing.pdf")))
    assert "李〓明" in text


def test_the_sheet_lists_the_policy_servicing(store, tmp_path):
    from datetime import date
    from decimal import Decimal

    from agentbook.domain.models import Policy
    from agentbook.domain.servicing import ServiceKind, ServiceRequest, ServiceStatus

    customer = store.customers.create(Customer("张三", gender=E.Gender.MALE, mobile="13900001111"))
    policy = store.policies.create(
        Policy("PA2024000001", "平安人寿", "平安福", E.BusinessLine.LIFE, customer.id, customer.id, Decimal("3000"),
               Decimal("300000"), effective_date=date(2024, 3, 1))
    )  # fmt: skip
    store.services.create(
        ServiceRequest(policy.id, ServiceKind.LOAN, date(2026, 10, 8), ServiceStatus.DONE, amount=Decimal("20000"),
                       done_on=date(2026, 10, 15))
    )  # fmt: skip
    text = "\n".join(page_texts(export_sheet(store, customer.id, tmp_path / "serviced.pdf")))
    section = text[text.index("七、保全记录") : text.index("八、沟通记录")]
    assert "PA2024000001" in section and "保单贷款" in section and "20,000" in section and "2026-10-15" in section
