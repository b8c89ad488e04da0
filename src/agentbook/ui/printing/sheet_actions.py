"""Printing archive sheets from the UI: the print dialog, preview, Print and PDF export.

The main window, the 360 view's 打印档案表 button and the customer tab's context menu call
``print_sheets(store, customer_ids, parent)``. The dialog asks which customers (those given, or —
when the caller passes the tab's filter — the whole current filter), one PDF or one file per customer,
how many contact entries, and — deliberately, unchecked by default — whether to print the full ID
and mobile numbers and the health and financial notes. Generating and printing run on a worker
thread behind a progress dialog with Cancel; a cancelled batch leaves no file. Every preview,
print and export is in the audit log with the user, the customers and whether fields were revealed.
"""

from __future__ import annotations

import importlib.util
import threading
import traceback
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QProgressDialog, QPushButton, QWidget

from agentbook.exporters.archive_sheets import (
    CONTACT_LIMIT_SETTING,
    SheetCancelledError,
    contact_limit,
    customer_ids,
    export_batch,
    export_folder,
    record_sheets,
    write_batch,
)
from agentbook.exporters.private_temp import SHEETS_PREFIX, owned_folder, release
from agentbook.store.api import Store
from agentbook.store.queries.listing import ListRequest
from agentbook.ui.app.folders import documents_folder
from agentbook.ui.errors import show_error
from agentbook.ui.forms_generated.ui_sheet_print_dialog import Ui_SheetPrintDialog

PREVIEW, PRINT, EXPORT = "preview", "print", "export"


@dataclass(frozen=True, slots=True)
class SheetChoice:
    """What the print dialog was asked to do."""

    action: str  # preview | print | export
    customer_ids: tuple[int, ...]  # empty: the whole current filter, resolved off the GUI thread
    request: ListRequest | None
    one_file: bool
    reveal: bool
    contacts: int


class SheetPrintDialog(QDialog):
    """打印客户档案表: scope, output, contact entries, and the deliberate reveal of sensitive fields."""

    def __init__(
        self,
        store: Store,
        customer_ids: Sequence[int],
        *,
        request: ListRequest | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ids = tuple(customer_ids)
        self.request = request
        self.form = Ui_SheetPrintDialog()
        self.form.setupUi(self)
        self.choice: SheetChoice | None = None
        f = self.form
        if len(self.ids) == 1:
            c = store.customers.get(self.ids[0])
            f.scope_selected.setText(self.tr("当前客户：{0}（{1}）").format(c.name, c.archive_no))
        else:
            f.scope_selected.setText(self.tr("这 {0} 位客户（每位客户另起一页）").format(len(self.ids)))
        self.filter_count = store.list_query("customers", request).count() if request is not None else 0
        f.scope_filter.setText(self.tr("当前筛选结果中的全部客户（{0} 位）").format(self.filter_count))
        f.scope_filter.setVisible(request is not None)
        f.scope_selected.setEnabled(bool(self.ids))
        if not self.ids:
            f.scope_filter.setChecked(True)
        f.contacts.setValue(contact_limit(store))
        f.reveal.setChecked(False)  # never remembered: each print decides again
        f.reveal.toggled.connect(self._reveal_toggled)
        self._reveal_toggled(False)
        self.preview_button = QPushButton(self.tr("预览"), self)
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.export_button = QPushButton(self.tr("导出 PDF…"), self)
        for button in (self.preview_button, self.print_button, self.export_button):
            f.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setDefault(True)
        self.preview_button.clicked.connect(lambda: self._finish(PREVIEW))
        self.print_button.clicked.connect(lambda: self._finish(PRINT))
        self.export_button.clicked.connect(lambda: self._finish(EXPORT))
        f.buttons.rejected.connect(self.reject)
        f.one_file.toggled.connect(self._output_changed)
        self._output_changed()

    def count(self) -> int:
        return len(self.ids) if self.form.scope_selected.isChecked() else self.filter_count

    def _reveal_toggled(self, on: bool) -> None:
        warning = self.form.reveal_warning
        if on:
            warning.setText(
                self.tr(
                    "将打印完整的证件号码、手机号码及收入、健康和财务信息。此操作会记入操作日志（经办人、客户、时间）。"
                )
            )
            warning.setStyleSheet("color: #b3261e; font-weight: bold;")
        else:
            warning.setText(self.tr("默认只打印脱敏后的号码。选择打印完整信息会记入操作日志（经办人、客户、时间）。"))
            warning.setStyleSheet("color: palette(mid);")

    def _output_changed(self) -> None:
        # Preview and Print show one document; a folder of files is an export only.
        one_file = self.form.one_file.isChecked()
        self.preview_button.setEnabled(one_file)
        self.print_button.setEnabled(one_file)

    def _finish(self, action: str) -> None:
        f = self.form
        if f.contacts.value() != contact_limit(self.store):
            self.store.update_settings({CONTACT_LIMIT_SETTING: f.contacts.value()})
        selected = f.scope_selected.isChecked()
        self.choice = SheetChoice(
            action=action,
            customer_ids=self.ids if selected else (),
            request=None if selected else self.request,
            one_file=f.one_file.isChecked() or action != EXPORT,
            reveal=f.reveal.isChecked(),
            contacts=f.contacts.value(),
        )
        self.accept()


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()

    def __init__(self, job: Callable[[Callable[[int, int], None], threading.Event], Any]) -> None:
        super().__init__()
        self.job = job
        self.stop = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            result = self.job(self.progressed.emit, self.stop)
        except SheetCancelledError:
            self.cancelled.emit()
        except Exception as exc:  # shown to the user on the GUI thread
            self.failed.emit(exc, traceback.format_exc())
        else:
            if self.stop.is_set():
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)


class BackgroundJob(QObject):
    """``job(progress, stop_event)`` on a QThread behind a QProgressDialog with Cancel.

    Widgets are touched only in the callbacks, which run on the GUI thread (Anki's CollectionOp idea).
    """

    _running: ClassVar[set[BackgroundJob]] = set()
    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        label: str,
        job: Callable[[Callable[[int, int], None], threading.Event], Any],
        on_success: Callable[[Any], None],
        on_cancel: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.on_success = on_success
        self.on_cancel = on_cancel
        self.worker_thread = QThread()
        self.worker = _Worker(job)
        self.worker.moveToThread(self.worker_thread)
        self.dialog = QProgressDialog(label, self.tr("取消"), 0, 0, parent)
        self.dialog.setWindowTitle(self.tr("客户档案表"))
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.worker.stop.set)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._progress)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)

    def start(self) -> BackgroundJob:
        BackgroundJob._running.add(self)
        self.worker_thread.start()
        return self

    def cancel(self) -> None:
        self.worker.stop.set()

    def _progress(self, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _end(self) -> None:
        self.dialog.close()
        self.worker_thread.quit()
        self.worker_thread.wait()
        BackgroundJob._running.discard(self)
        self.finished.emit()

    def _succeeded(self, result: Any) -> None:
        self._end()
        self.on_success(result)

    def _failed(self, exc: Exception, _trace: str) -> None:
        self._end()
        show_error(self.parent_widget, exc)

    def _cancelled(self) -> None:
        self._end()
        if self.on_cancel is not None:
            self.on_cancel()


class SheetActions(QObject):
    """The print features for one main window and store."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None,
        *,
        current_filter: Callable[[], ListRequest | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.parent_widget = parent
        self.current_filter = current_filter
        self._temp: Path | None = None  # made on first use (0700), removed on close, collection or exit
        self.jobs: list[BackgroundJob] = []
        self.previews: list[QDialog] = []
        self._serial = 0

    # --- entry points --------------------------------------------------------------------
    def open_dialog(self, customer_ids: Sequence[int], request: ListRequest | None = None) -> SheetChoice | None:
        """Ask, then do it; returns what was chosen (None when cancelled)."""
        if request is None and self.current_filter is not None:
            request = self.current_filter()
        if not customer_ids and request is None:
            return None
        dialog = SheetPrintDialog(self.store, customer_ids, request=request, parent=self.parent_widget)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
            return None
        self.run(dialog.choice)
        return dialog.choice

    def run(self, choice: SheetChoice) -> BackgroundJob | None:
        if choice.action == EXPORT:
            return self.export(choice)
        if choice.action == PRINT:
            return self.print_(choice)
        return self.preview(choice)

    # --- the three actions ---------------------------------------------------------------
    def _ids(self, choice: SheetChoice) -> list[int]:
        """Runs on the worker: resolving "the whole filter" may read many rows."""
        return list(choice.customer_ids) or customer_ids(self.store, choice.request)

    def _temp_pdf(self) -> Path:
        """A fresh path in a private folder: previews and print jobs hold personal data."""
        if self._temp is None:
            # Owned, so the next start removes it even after a kill -9 (see private_temp).
            self._temp = owned_folder(SHEETS_PREFIX)
            self._cleanup = weakref.finalize(self, release, self._temp)
        self._serial += 1
        return self._temp / f"sheets-{self._serial}.pdf"

    def _start(self, label: str, job: Callable, on_success: Callable[[Any], None]) -> BackgroundJob:
        background = BackgroundJob(self.parent_widget, label, job, on_success)
        self.jobs.append(background)
        background.finished.connect(lambda: self.jobs.remove(background) if background in self.jobs else None)
        return background.start()

    def export(self, choice: SheetChoice, target: Path | None = None) -> BackgroundJob | None:
        target = target or self._ask_target(choice)
        if target is None:
            return None

        def job(progress: Callable[[int, int], None], stop: threading.Event) -> tuple[int, Path]:
            ids = self._ids(choice)
            export = export_batch if choice.one_file else export_folder
            done = export(
                self.store, ids, target, reveal=choice.reveal, contacts=choice.contacts, progress=progress, cancel=stop
            )
            return done.customers, target

        return self._start(self.tr("正在生成档案表…"), job, self._exported)

    def preview(self, choice: SheetChoice) -> BackgroundJob:
        path = self._temp_pdf()

        def job(progress: Callable[[int, int], None], stop: threading.Event) -> tuple[Path, list[int]]:
            ids = self._ids(choice)
            write_batch(self.store, ids, path, reveal=choice.reveal, contacts=choice.contacts, progress=progress,
                        cancel=stop)  # fmt: skip
            record_sheets(self.store, ids, "preview", reveal=choice.reveal, target=self.tr("屏幕预览"))
            return path, ids

        return self._start(
            self.tr("正在生成预览…"), job, lambda result: self.show_preview(result[0], result[1], choice)
        )

    def print_(self, choice: SheetChoice, printer: QPrinter | None = None) -> BackgroundJob | None:
        if not has_qtpdf():  # pragma: no cover - PySide6-Pdf is a dependency
            return self.preview(choice)  # the system viewer prints instead
        if printer is None:
            printer = self._ask_printer()
            if printer is None:
                return None
        path = self._temp_pdf()

        def job(progress: Callable[[int, int], None], stop: threading.Event) -> int:
            from agentbook.ui.printing.pdf_pages import print_pdf

            ids = self._ids(choice)
            try:
                write_batch(self.store, ids, path, reveal=choice.reveal, contacts=choice.contacts, progress=progress,
                            cancel=stop)  # fmt: skip
                pages = print_pdf(path, printer, progress=progress, cancelled=stop.is_set)
                if not stop.is_set():
                    record_sheets(self.store, ids, "print", reveal=choice.reveal, target=_printer_name(printer),
                                  extra={"pages": pages})  # fmt: skip
                return pages
            finally:
                path.unlink(missing_ok=True)

        return self._start(self.tr("正在打印…"), job, lambda _pages: None)

    def print_file(self, path: Path, ids: Sequence[int], reveal: bool, printer: QPrinter | None = None) -> None:
        """Print an already generated PDF (the preview's Print button)."""
        printer = printer or self._ask_printer()
        if printer is None:
            return

        def job(progress: Callable[[int, int], None], stop: threading.Event) -> int:
            from agentbook.ui.printing.pdf_pages import print_pdf

            pages = print_pdf(path, printer, progress=progress, cancelled=stop.is_set)
            if not stop.is_set():
                record_sheets(self.store, ids, "print", reveal=reveal, target=_printer_name(printer),
                              extra={"pages": pages})  # fmt: skip
            return pages

        self._start(self.tr("正在打印…"), job, lambda _pages: None)

    # --- GUI-thread helpers --------------------------------------------------------------
    def show_preview(self, path: Path, ids: list[int], choice: SheetChoice) -> None:
        if not has_qtpdf():  # pragma: no cover - PySide6-Pdf is a dependency
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            return
        from agentbook.ui.printing.sheet_preview import SheetPreview

        title = self.tr("档案表预览（{0} 位客户）").format(len(ids))
        preview = SheetPreview(path, title, self.parent_widget)
        preview.printRequested.connect(lambda: self.print_file(path, ids, choice.reveal))
        preview.finished.connect(lambda _r: self.previews.remove(preview) if preview in self.previews else None)
        self.previews.append(preview)
        preview.show()

    def _ask_target(self, choice: SheetChoice) -> Path | None:
        documents = str(default_folder())
        if not choice.one_file:
            folder = QFileDialog.getExistingDirectory(self.parent_widget, self.tr("选择存放档案表的文件夹"), documents)
            return Path(folder) if folder else None
        if len(choice.customer_ids) == 1:
            name = f"客户档案表_{self.store.customers.get(choice.customer_ids[0]).archive_no}.pdf"
        else:
            name = f"客户档案表_{self.store.today().isoformat()}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("导出客户档案表"), str(Path(documents) / name), self.tr("PDF 文件 (*.pdf)")
        )
        if not path:
            return None
        return Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")

    def _ask_printer(self) -> QPrinter | None:
        from agentbook.ui.printing.pdf_pages import prepare_printer

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer)
        dialog = QPrintDialog(printer, self.parent_widget)
        dialog.setWindowTitle(self.tr("打印客户档案表"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def _exported(self, result: tuple[int, Path]) -> None:
        count, target = result
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("导出完成"))
        box.setText(self.tr("已导出 {0} 位客户的档案表：\n{1}").format(count, target))
        open_button = box.addButton(self.tr("打开所在文件夹"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        if box.clickedButton() is open_button:
            folder = target if target.is_dir() else target.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def close(self) -> None:
        """Stop running jobs and remove temporary files (on app exit)."""
        for job in list(self.jobs):
            job.cancel()
        if self._temp is not None:
            self._cleanup()
            self._temp = None


def has_qtpdf() -> bool:
    """QtPdf comes with the PySide6-Pdf wheel (a dependency); without it the system's PDF viewer
    previews and prints instead."""
    return all(importlib.util.find_spec(f"PySide6.{name}") is not None for name in ("QtPdf", "QtPdfWidgets"))


def _printer_name(printer: QPrinter) -> str:
    return printer.outputFileName() or printer.printerName() or "printer"


def default_folder() -> Path:
    """Where exports are offered first: the user's Documents folder."""
    return documents_folder()


def actions_for(store: Store, parent: QWidget | None) -> SheetActions:
    """The ``SheetActions`` of *parent*'s window (one per window and store, made on first use)."""
    window = parent.window() if parent is not None else None
    actions = getattr(window, "sheet_actions", None)
    if not isinstance(actions, SheetActions) or actions.store is not store:
        actions = SheetActions(store, window)
        if window is not None:
            window.sheet_actions = actions  # type: ignore[attr-defined]  # one per window, kept on it
    return actions


def print_sheets(
    store: Store, customer_ids: Sequence[int], parent: QWidget | None, request: ListRequest | None = None
) -> SheetChoice | None:
    """The entry point of the main window, the 360 view and the customer tab's context menu:
    the print dialog for *customer_ids* (and, with *request*, the option of the whole filter)."""
    return actions_for(store, parent).open_dialog(customer_ids, request)
