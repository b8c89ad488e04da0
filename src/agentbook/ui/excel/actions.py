"""Exporting to Excel from the UI: the branch workbook or exactly the current view, off the UI
thread with progress and Cancel; sensitive columns only in full after an explicit yes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from agentbook.exporters.excel_workbook import ExportCancelledError, export_branch_workbook, export_view
from agentbook.store.api import Store
from agentbook.store.queries.listing import ListRequest
from agentbook.ui.errors import show_error
from agentbook.ui.printing.sheet_actions import default_folder
from agentbook.ui.worker import Operation, ProgressRelay


def _ask_target(parent: QWidget | None, name: str) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ExcelExport", "导出 Excel"), str(default_folder() / name), "Excel (*.xlsx)"
    )
    if not chosen:
        return None
    return Path(chosen if chosen.endswith(".xlsx") else chosen + ".xlsx")


def _ask_reveal(parent: QWidget | None) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ExcelExport", "敏感信息"),
        QCoreApplication.translate(
            "ExcelExport",
            "是否导出完整的证件号码、手机号和健康/财务信息？\n选“否”则这些列以掩码导出。导出会记入操作日志。",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _run(
    parent: QWidget | None,
    work: Callable[[Callable[[int, int], None], Callable[[], bool]], object],
    target: Path,
    on_done: Callable[[Path], None] | None,
) -> None:
    stop = threading.Event()
    progress = QProgressDialog(
        QCoreApplication.translate("ExcelExport", "正在导出…"),
        QCoreApplication.translate("ExcelExport", "取消"),
        0,
        0,
        parent,
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.canceled.connect(stop.set)
    relay = ProgressRelay(progress)

    def done(_result: object) -> None:
        progress.close()
        if on_done:
            on_done(target)

    def failed(exc: Exception, _trace: str) -> None:
        progress.close()
        if not isinstance(exc, ExportCancelledError):
            show_error(parent, exc)

    Operation(lambda: work(relay.report, stop.is_set)).success(done).failure(failed).run_in_background()


def export_workbook(store: Store, parent: QWidget | None, on_done: Callable[[Path], None] | None = None) -> None:
    target = _ask_target(parent, f"agentbook_{store.today():%Y%m%d}.xlsx")
    if target is None:
        return
    reveal = _ask_reveal(parent)
    _run(
        parent,
        lambda progress, cancelled: export_branch_workbook(
            store, target, reveal=reveal, progress=progress, cancelled=cancelled
        ),
        target,
        on_done,
    )


class ExportedTab(Protocol):
    """What the export reads of ``tabs.record_tab.RecordTab`` (the tabs import this module's callers)."""

    tab: str

    def current_request(self) -> ListRequest: ...
    def visible_column_keys(self) -> list[str]: ...


def export_current_view(
    store: Store, tab: ExportedTab, parent: QWidget | None, on_done: Callable[[Path], None] | None = None
) -> None:
    """*tab*'s request (filters, search, order) and visible columns are exported."""
    target = _ask_target(parent, f"{tab.tab}_{store.today():%Y%m%d}.xlsx")
    if target is None:
        return
    reveal = _ask_reveal(parent)
    request, keys = tab.current_request(), tab.visible_column_keys()
    _run(
        parent,
        lambda progress, cancelled: export_view(
            store,
            tab.tab,
            request,
            keys,
            target,
            reveal=reveal,
            progress=progress,
            cancelled=cancelled,
        ),
        target,
        on_done,
    )
