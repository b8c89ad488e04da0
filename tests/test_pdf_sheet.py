"""Archive sheets read back with pypdf: content, masking, embedded font, long tables, batches."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader

from agentbook.domain import enums as E
from agentbook.domain.models import ContactEntry, Policy
from agentbook.exporters.archive_sheets import print_batch, print_sheet
from agentbook.exporters.pdf_sheet import SheetCancelledError


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def busiest(store) -> int:
    return store.db.read_one(
        "SELECT policyholder_id FROM policy p JOIN customer c ON c.id = p.policyholder_id"
        " WHERE c.kind = 'individual' AND c.id_number <> '' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    )[0]


def test_sheet_has_name_archive_number_and_every_policy(demo_store, tmp_path):
    cid = busiest(demo_store)
    data = demo_store.customer_360(cid)
    path = print_sheet(demo_store, cid, tmp_path / "sheet.pdf")
    text = text_of(path)
    assert data.customer.name in text and data.customer.archive_no in text
    for policy in data.policies:
        assert policy.policy_no in text
    assert "客户档案表" in text and "第 1 页" in text
    assert data.customer.id_number not in text  # masked by default
    assert data.customer.id_number[:6] in text
    entry = demo_store.audit_entries(limit=1)[0]
    assert (entry.action, entry.customer_id) == ("print_sheet", cid) and '"reveal":false' in entry.after_json


def test_revealing_prints_the_full_id_and_is_logged(demo_store, tmp_path):
    cid = busiest(demo_store)
    path = print_sheet(demo_store, cid, tmp_path / "full.pdf", reveal=True)
    assert demo_store.customers.get(cid).id_number in text_of(path)
    assert '"reveal":true' in demo_store.audit_entries(limit=1)[0].after_json


def test_font_is_embedded(demo_store, tmp_path):
    path = print_sheet(demo_store, busiest(demo_store), tmp_path / "font.pdf")
    reader = PdfReader(path)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    embedded = []
    for ref in fonts.values():
        font = ref.get_object()
        for descendant in font.get("/DescendantFonts", [font]):
            descriptor = descendant.get_object().get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.append(str(descendant.get_object()["/BaseFont"]))
    assert any("WenQuanYiMicroHei" in name for name in embedded), embedded  # subset, e.g. /AAAAAA+WenQuanYi…


def test_sixty_policies_and_two_hundred_contacts_print_cleanly(demo_store, tmp_path):
    cid = busiest(demo_store)
    base = demo_store.policies.of_customer(cid)[0]
    with demo_store.db.transaction():
        for n in range(60):
            demo_store.policies.create(
                Policy(
                    f"BIG{n:06d}",
                    "中国人寿",
                    "很长很长的产品名称用来检验单元格内自动换行的效果" * 2,
                    E.BusinessLine.HEALTH,
                    cid,
                    cid,
                    Decimal("1000.00"),
                    Decimal("100000"),
                    effective_date=date(2024, 1, 1),
                    remarks=base.remarks,
                )
            )
        for n in range(200):
            demo_store.contacts.create(
                ContactEntry(
                    cid,
                    datetime(2025, 1, 1, 9) + timedelta(days=n),
                    E.ContactChannel.PHONE,
                    E.ContactPurpose.FOLLOW_UP,
                    f"第 {n} 次回访，客户对服务满意" * 3,
                )
            )
    demo_store.db.set_setting("sheet_contact_limit", "200")
    path = print_sheet(demo_store, cid, tmp_path / "big.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) >= 5
    pages_with_policy_header = [p for p in reader.pages if "保单号" in p.extract_text() and "BIG" in p.extract_text()]
    assert len(pages_with_policy_header) >= 2  # the table continued with its header row repeated
    total = len(reader.pages)
    assert f"第 {total} 页 / 共 {total} 页" in reader.pages[-1].extract_text()
    text = text_of(path)
    assert all(f"BIG{n:06d}" in text for n in range(60))


def test_batch_of_twenty_has_twenty_outline_entries(demo_store, tmp_path):
    ids = list(range(1, 21))
    seen = []
    [path] = print_batch(demo_store, ids, tmp_path / "batch.pdf", progress=lambda n, t: seen.append((n, t)))
    reader = PdfReader(path)
    assert len(reader.outline) == 20
    assert seen[-1] == (20, 20)
    titles = [item.title for item in reader.outline]
    assert titles[0].startswith(demo_store.customers.get(1).archive_no)


def test_folder_batch_names_files_by_archive_number(demo_store, tmp_path):
    written = print_batch(demo_store, [1, 2, 3], tmp_path / "out", one_file=False)
    assert sorted(p.name for p in written) == sorted(f"{demo_store.customers.get(i).archive_no}.pdf" for i in (1, 2, 3))


@pytest.mark.parametrize("one_file", [True, False])
def test_cancelled_batch_leaves_no_output_file(demo_store, tmp_path, one_file):
    calls = {"n": 0}

    def cancel_after_five() -> bool:
        calls["n"] += 1
        return calls["n"] > 5

    out = tmp_path / "out"
    out.mkdir()
    target = out / ("batch.pdf" if one_file else "folder")
    with pytest.raises(SheetCancelledError):
        print_batch(demo_store, list(range(1, 21)), target, one_file=one_file, cancelled=cancel_after_five)
    leftovers = [p for p in out.rglob("*") if p.is_file()]
    assert leftovers == []


def test_print_dialog_writes_the_sheet_in_the_background(demo_store, qtbot, qapp_font, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QDialog

    from agentbook.ui import sheet_actions
    from agentbook.ui.sheet_actions import SheetPrintDialog, print_sheets

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    monkeypatch.setattr(sheet_actions, "show_preview", lambda _store, path, _parent: opened.append(str(path)))
    dialog = SheetPrintDialog(2, tmp_path / "two.pdf")
    qtbot.addWidget(dialog)
    assert not dialog.reveal.isChecked()  # revealing is a deliberate choice
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
    print_sheets(demo_store, [1, 2], None, dialog)
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert opened == [str(tmp_path / "two.pdf")]
    assert len(PdfReader(tmp_path / "two.pdf").outline) == 2


def test_preview_shows_every_page_and_prints_them(demo_store, qtbot, qapp_font, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from agentbook.ui.pdf_preview import PdfPreviewDialog

    [path] = print_batch(demo_store, [1, 2, 3], tmp_path / "three.pdf")
    preview = PdfPreviewDialog(path)
    qtbot.addWidget(preview)
    assert preview.page_count() == len(PdfReader(path).pages) >= 3
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.render_to(printer) == preview.page_count()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == preview.page_count()
