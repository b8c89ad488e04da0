"""生日名单 and 到期清单 from Today: PDF, Excel and the printer, phones masked, each listed
customer's history told."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from agentbook.ui.printing.sheet_actions import has_qtpdf
from agentbook.ui.today import day_lists

SHOTS = Path("/tmp/agentbook-shots")


@pytest.fixture
def today_tab(main_window, qtbot):
    tab = main_window.today_tab
    main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.report is not None, timeout=30_000)
    return tab


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def test_the_birthday_list_as_pdf_and_excel(today_tab, demo_store, tmp_path, monkeypatch):
    today_tab.show_kind("birthday")
    items = today_tab.report.items["birthday"]
    assert items, "the demo archive has birthdays in the coming days"
    buttons = {b.objectName(): b for b in today_tab.list_buttons}
    assert all(b.isVisible() for b in buttons.values())
    SHOTS.mkdir(exist_ok=True)
    today_tab.window().grab().save(str(SHOTS / "today_birthday_buttons.png"))

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "生日名单"), ""))
    buttons["pdf_list"].click()
    pdf = tmp_path / "生日名单.pdf"
    text = _pdf_text(pdf)
    assert "生日名单" in text and items[0].customer_name in text and "电话已脱敏" in text
    customer = demo_store.customers.get(items[0].customer_id)
    assert customer.mobile not in text  # masked
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(SHOTS / "birthday_list")],
                   check=True)  # fmt: skip
    customers = {i.customer_id for i in items}
    entries = demo_store.audit_entries(limit=len(customers))
    assert {(e.action, e.entity, e.entity_id) for e in entries} == {("export", "customer", c) for c in customers}

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "生日名单.xlsx"), ""))
    buttons["excel_list"].click()
    sheet = load_workbook(tmp_path / "生日名单.xlsx").active
    assert [c.value for c in sheet[4]] == ["客户", "电话", "事项", "日期", "说明", "金额（元）"]
    assert sheet["A5"].value == items[0].customer_name and "****" in sheet["B5"].value
    assert sheet.max_row == 4 + len(items)


def test_the_expiry_list_follows_the_window_and_goes_to_the_printer(today_tab, demo_store, tmp_path):
    today_tab.show_kind("expiring")
    report = today_tab.report
    smallest = min(report.renewal_windows)
    today_tab._window_chosen(smallest)
    listed = today_tab.day_list()
    assert listed is not None and listed.kind == "expiring"
    expected = [i for i in report.items["expiring"] if i.days <= smallest]
    assert len(listed.sheet.rows) == len(expected)
    if not has_qtpdf():
        pytest.skip("QtPdf is not installed: pages cannot be sent to a printer")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = day_lists.print_list(demo_store, listed, printer)
    assert pages >= 1 and (tmp_path / "printed.pdf").stat().st_size > 0
    actions = {(e.action, e.entity_id) for e in demo_store.audit_entries(limit=len(listed.customer_ids))}
    assert actions == {("print", c) for c in listed.customer_ids}


def test_other_lists_have_no_list_buttons(today_tab):
    today_tab.show_kind("payment_due")
    assert not any(b.isVisible() for b in today_tab.list_buttons)
    assert today_tab.day_list() is None


def test_the_360_view_prints_as_shown_and_is_audited(main_window, demo_store, qtbot, tmp_path):
    from PySide6.QtGui import QImage

    from agentbook.ui.customer360.print_view import prepare_printer, print_view

    customer_id = main_window.tab_named("customers").model.record_id(0)
    view = main_window.open_customer(customer_id)
    qtbot.waitUntil(lambda: view.data is not None, timeout=30_000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "360.pdf"))
    prepare_printer(printer)
    print_view(demo_store, customer_id, view, printer, revealed=view.revealed)
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(tmp_path / "360.pdf"), str(SHOTS / "print_360")], check=True)
    page = QImage(str(SHOTS / "print_360-1.png"))
    assert page.width() > page.height()  # landscape
    inked = sum(
        page.pixelColor(x, y).lightness() < 200 for x in range(0, page.width(), 4) for y in range(0, page.height(), 4)
    )
    assert inked > 500  # the window is on the page, not a blank sheet
    entry = demo_store.audit_entries(limit=1)[0]
    assert (entry.action, entry.entity, entry.entity_id, entry.summary) == ("print", "customer", customer_id, "360")
