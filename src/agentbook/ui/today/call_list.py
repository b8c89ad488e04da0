"""导出今日清单: today's lists as an Excel workbook, one sheet per list, for a day of calls away
from the computer. Phone numbers are masked unless the user asks for them in full; the export,
and a reveal with it, go into the audit log like every export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.idnumbers import mask_phone
from agentbook.exporters.statistics_xlsx import SheetTable, write_workbook
from agentbook.store.api import Store
from agentbook.store.queries.today_items import KINDS, TodayItem, TodayReport
from agentbook.ui.app.folders import in_documents
from agentbook.ui.errors import reported
from agentbook.ui.today import wording
from agentbook.ui.worker import wait_for

HEADERS = (
    QT_TRANSLATE_NOOP("TodayTab", "客户"),
    QT_TRANSLATE_NOOP("TodayTab", "电话"),
    QT_TRANSLATE_NOOP("TodayTab", "事项"),
    QT_TRANSLATE_NOOP("TodayTab", "日期"),
    QT_TRANSLATE_NOOP("TodayTab", "说明"),
    QT_TRANSLATE_NOOP("TodayTab", "金额（元）"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodayTab", text)


def call_list_tables(
    store: Store,
    report: TodayReport,
    *,
    reveal: bool,
    title: Callable[[str], str],
    subject: Callable[[TodayItem], str],
    note: Callable[[TodayItem, TodayReport], str],
) -> list[SheetTable]:
    """A sheet per list that has items: customer, phone, the matter, its date, the note, the amount."""
    phones: dict[int, str] = {}
    tables = []
    headers = [_tr(h) for h in HEADERS]
    for kind in KINDS:
        items = report.items[kind]
        if not items:
            continue
        rows = []
        for item in items:
            if item.customer_id not in phones:
                customer = store.customers.get(item.customer_id)
                number = customer.mobile or customer.phone
                phones[item.customer_id] = number if reveal else mask_phone(number)
            rows.append(
                [
                    item.customer_name,
                    phones[item.customer_id],
                    subject(item),
                    item.day.isoformat() if item.day else "",
                    note(item, report),
                    item.amount,
                ]
            )
        tables.append(SheetTable(title(kind), headers, ["text", "text", "text", "text", "money"], rows))
    return tables


def export_call_list(store: Store, path: Path, tables: list[SheetTable], *, reveal: bool) -> Path:
    subtitle = QCoreApplication.translate("TodayTab", "今日清单 · {0} · {1}").format(
        store.today().isoformat(), store.path.name
    )
    write_workbook(path, tables, subtitle)
    if reveal:
        store.record_event("reveal", "today", summary="call_list:phones")
    count = sum(len(t.rows) for t in tables)
    store.record_event("export", "today", summary="xlsx:call_list", details={"file": str(path), "items": count})
    return path


def ask_export(store: Store, report: TodayReport, parent: QWidget) -> Path | None:
    """Ask where and whether with full phone numbers, then write; the file written, or None."""
    name = f"today_{report.today:%Y%m%d}.xlsx"
    target, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("TodayTab", "导出今日清单"), in_documents(name), "Excel (*.xlsx)"
    )
    if not target:
        return None
    reveal = (
        QMessageBox.question(
            parent,
            QCoreApplication.translate("TodayTab", "导出今日清单"),
            QCoreApplication.translate(
                "TodayTab", "导出完整的电话号码吗？选“否”则号码脱敏。导出和显示号码都会记入操作日志。"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        == QMessageBox.StandardButton.Yes
    )

    def write(_step: object) -> Path:
        tables = call_list_tables(
            store,
            report,
            reveal=reveal,
            title=lambda k: wording.tr(wording.TITLES[k]),
            subject=wording.subject,
            note=wording.note,
        )
        return export_call_list(store, Path(target), tables, reveal=reveal)

    with reported(parent) as failure:
        wait_for(
            parent,
            QCoreApplication.translate("TodayTab", "导出今日清单"),
            [QCoreApplication.translate("TodayTab", "正在导出…")],
            write,
        )
    return None if failure else Path(target)
