"""生日名单 and 到期清单 from Today: printed, saved as PDF or exported to Excel in one click each.

The birthday list goes on the desk for a morning of greetings, the expiry list into the bag for
renewal visits. Both are the rows Today shows (the expiry list within the renewal window chosen
there), phones masked. Every print and export is in the audit log once per customer listed, as
the archive sheets are, so each customer's history says their number left the archive on paper.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.money import format_money
from agentbook.exporters.list_report import ListReport, write_list
from agentbook.exporters.private_temp import PRINT_PREFIX, owned_folder, release
from agentbook.exporters.statistics_xlsx import SheetTable, write_workbook
from agentbook.store.api import Store
from agentbook.store.queries.today_items import TodayItem, TodayReport
from agentbook.ui.app.folders import in_documents
from agentbook.ui.errors import reported
from agentbook.ui.today import call_list
from agentbook.ui.worker import wait_for

TITLES = {
    "birthday": QT_TRANSLATE_NOOP("DayLists", "生日名单"),
    "expiring": QT_TRANSLATE_NOOP("DayLists", "到期清单"),
}
FILE_NAMES = {"birthday": "birthdays", "expiring": "expiring"}
AMOUNT = 5
WEIGHTS = (2.2, 2.4, 5.0, 2.1, 3.0, 1.8)  # customer, phone, matter, date, note, amount


def _tr(text: str) -> str:
    return QCoreApplication.translate("DayLists", text)


@dataclass(frozen=True, slots=True)
class DayList:
    """One of the lists as Today shows it: its rows (``call_list`` columns) and whom they name."""

    kind: str
    sheet: SheetTable
    customer_ids: tuple[int, ...]
    today: date


def day_list(
    store: Store,
    report: TodayReport,
    kind: str,
    items: list[TodayItem],
    describe: tuple[Callable[[str], str], Callable[[TodayItem], str], Callable[[TodayItem, TodayReport], str]],
) -> DayList:
    """*items* (what Today lists for *kind*) as rows; *describe* is Today's title, subject and note."""
    title, subject, note = describe
    only = dataclasses.replace(report, items={k: (items if k == kind else []) for k in report.items})
    tables = call_list.call_list_tables(store, only, reveal=False, title=title, subject=subject, note=note)
    if not tables:
        headers = [QCoreApplication.translate("TodayTab", str(h)) for h in call_list.HEADERS]
        tables = [SheetTable(_tr(TITLES[kind]), headers, ["text", "text", "text", "text", "money"], [])]
    ids = tuple(dict.fromkeys(i.customer_id for i in items))
    return DayList(kind, tables[0], ids, report.today)


def _audit(store: Store, listed: DayList, action: str, target: str) -> None:
    details = {"list": listed.kind, "file": target, "masked": True, "rows": len(listed.sheet.rows)}
    with store.batch():
        for customer_id in listed.customer_ids:
            store.record_event(action, "customer", customer_id, customer_id=customer_id,
                               summary=TITLES[listed.kind], details=details)  # fmt: skip


def write_pdf(store: Store, listed: DayList, path: Path) -> Path:
    sheet, kind = listed.sheet, listed.kind
    settings = store.settings
    agent = settings.get("agent_name") or store.actor
    who = " · ".join(x for x in (settings.get("agency_name"), agent) if x)
    layout = ListReport(
        title=_tr(TITLES[kind]),
        left=who,
        right=QCoreApplication.translate("DayLists", "打印日期：{0}").format(store.today().isoformat()),
        footer=QCoreApplication.translate("DayLists", "共 {0} 项 · 电话已脱敏").format(len(sheet.rows)),
        page=QCoreApplication.translate("DayLists", "第 {0} 页"),
        empty=QCoreApplication.translate("DayLists", "没有需要列出的项目"),
        tick=QCoreApplication.translate("DayLists", "已办"),
    )
    rows = [
        [str(v) if not isinstance(v, Decimal) else format_money(v) for v in (c if c is not None else "" for c in row)]
        for row in sheet.rows
    ]
    # a column empty on every row (no amount for birthdays) gives its room to the others
    kept = [i for i in range(len(WEIGHTS)) if i == 0 or any(r[i] for r in rows)]
    return write_list(
        path,
        layout,
        [sheet.headers[i] for i in kept],
        [WEIGHTS[i] for i in kept],
        [[r[i] for i in kept] for r in rows],
        printed_on=store.today(),
        right_aligned=[n for n, i in enumerate(kept) if i == AMOUNT],
    )


def save_pdf(store: Store, listed: DayList, path: Path) -> Path:
    written = write_pdf(store, listed, path)
    _audit(store, listed, "export", str(written))
    return written


def save_excel(store: Store, listed: DayList, path: Path) -> Path:
    subtitle = QCoreApplication.translate("DayLists", "{0} · 打印日期 {1}").format(
        _tr(TITLES[listed.kind]), store.today().isoformat()
    )
    write_workbook(path, [listed.sheet], subtitle)
    _audit(store, listed, "export", str(path))
    return path


def print_list(store: Store, listed: DayList, printer: QPrinter) -> int:
    """Write the PDF in a private folder, send its pages to *printer*, forget the file."""
    from agentbook.ui.printing.pdf_pages import print_pdf

    folder = owned_folder(PRINT_PREFIX)
    try:
        path = write_pdf(store, listed, folder / f"{FILE_NAMES[listed.kind]}.pdf")
        pages = print_pdf(path, printer)
        _audit(store, listed, "print", printer.printerName() or printer.outputFileName())
        return pages
    finally:
        release(folder)


# --- the buttons' slots ----------------------------------------------------------------------
def ask_print(store: Store, listed: DayList, parent: QWidget) -> int | None:
    from agentbook.ui.printing.pdf_pages import prepare_printer

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr(TITLES[listed.kind]))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    with reported(parent) as failure:
        pages = wait_for(
            parent,
            _tr(TITLES[listed.kind]),
            [QCoreApplication.translate("DayLists", "正在打印…")],
            lambda _s: print_list(store, listed, printer),
        )
    return None if failure else pages


def ask_save(store: Store, listed: DayList, parent: QWidget, excel: bool) -> Path | None:
    suffix, kinds = (".xlsx", "Excel (*.xlsx)") if excel else (".pdf", "PDF (*.pdf)")
    name = f"{FILE_NAMES[listed.kind]}_{listed.today:%Y%m%d}{suffix}"
    target, _ = QFileDialog.getSaveFileName(parent, _tr(TITLES[listed.kind]), in_documents(name), kinds)
    if not target:
        return None
    path = Path(target if target.endswith(suffix) else target + suffix)
    save = save_excel if excel else save_pdf
    with reported(parent) as failure:
        wait_for(
            parent,
            _tr(TITLES[listed.kind]),
            [QCoreApplication.translate("DayLists", "正在导出…")],
            lambda _s: save(store, listed, path),
        )
    return None if failure else path
