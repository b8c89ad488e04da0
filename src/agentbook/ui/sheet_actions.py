"""Printing archive sheets from the UI: choose the output and whether to reveal, run off the UI
thread with progress and Cancel, then open the PDF in the system viewer for preview and printing.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from agentbook.exporters.archive_sheets import print_batch
from agentbook.exporters.pdf_sheet import SheetCancelledError
from agentbook.store.api import Store
from agentbook.ui.errors import show_error
from agentbook.ui.pdf_preview import PdfPreviewDialog, keep_on_top
from agentbook.ui.worker import Operation, ProgressRelay


class SheetPrintDialog(QDialog):
    """Where the sheets go, and whether sensitive fields print in full (unchecked by default)."""

    def __init__(self, count: int, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印客户档案表"))
        self.one_file = QRadioButton(self.tr("全部合并为一个 PDF（每位客户从新的一页开始）"), self)
        self.folder = QRadioButton(self.tr("每位客户一个 PDF（按档案编号命名）"), self)
        self.one_file.setChecked(True)
        self.folder.setEnabled(count > 1)
        self.path = QLineEdit(str(suggested), self)
        self.path.setObjectName("path")
        browse = QPushButton(self.tr("浏览…"), self)
        browse.clicked.connect(self._browse)
        self.reveal = QCheckBox(self.tr("打印完整的证件号码、手机号及健康/财务信息（将记入操作日志）"), self)
        self.reveal.setObjectName("reveal")
        self.open_after = QCheckBox(self.tr("完成后打开预览（可从预览中打印）"), self)
        self.open_after.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("将打印 %n 位客户的档案表。", "", count), self))
        layout.addWidget(self.one_file)
        layout.addWidget(self.folder)
        layout.addLayout(row)
        layout.addWidget(self.reveal)
        layout.addWidget(self.open_after)
        layout.addWidget(buttons)
        self.folder.toggled.connect(self._mode_changed)

    def _mode_changed(self, folder: bool) -> None:
        current = Path(self.path.text())
        self.path.setText(str(current.with_suffix("") if folder else current.with_suffix(".pdf")))

    def _browse(self) -> None:
        if self.folder.isChecked():
            chosen = QFileDialog.getExistingDirectory(self, self.tr("选择文件夹"), self.path.text())
        else:
            chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("保存 PDF"), self.path.text(), "PDF (*.pdf)")
        if chosen:
            self.path.setText(chosen)


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home())


def print_sheets(
    store: Store, customer_ids: Sequence[int], parent: QWidget | None, dialog: SheetPrintDialog | None = None
) -> None:
    """Ask, then print in the background with a progress dialog; Cancel leaves no file behind."""
    ids = list(customer_ids)
    if not ids:
        return
    first = store.customers.get(ids[0])
    name = f"客户档案表_{first.archive_no}.pdf" if len(ids) == 1 else f"客户档案表_{len(ids)}位客户.pdf"
    dialog = dialog or SheetPrintDialog(len(ids), default_folder() / name, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    target = Path(dialog.path.text()).expanduser()
    one_file = dialog.one_file.isChecked()
    reveal = dialog.reveal.isChecked()
    stop = threading.Event()
    progress = QProgressDialog(
        QCoreApplication.translate("SheetPrintDialog", "正在生成档案表…"),
        QCoreApplication.translate("SheetPrintDialog", "取消"),
        0,
        len(ids),
        parent,
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.canceled.connect(stop.set)
    relay_progress = ProgressRelay(progress)

    def work() -> list[Path]:
        return print_batch(
            store, ids, target, one_file=one_file, reveal=reveal, progress=relay_progress.report, cancelled=stop.is_set
        )

    def done(paths: list[Path]) -> None:
        progress.close()
        if not (dialog.open_after.isChecked() and paths):
            return
        if one_file:
            show_preview(store, paths[0], parent)
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def failed(exc: Exception, _trace: str) -> None:
        progress.close()
        if not isinstance(exc, SheetCancelledError):
            show_error(parent, exc)

    Operation(work).success(done).failure(failed).run_in_background()


def show_preview(store: Store, path: Path, parent: QWidget | None) -> PdfPreviewDialog:
    """The in-app preview; sending pages to a printer is an audited event of its own."""

    def printed(printed_path: Path, pages: int) -> None:
        store.record_event("print", "pdf", summary=str(printed_path), details={"pages": pages})

    preview = PdfPreviewDialog(path, parent, on_printed=printed)
    keep_on_top(preview)
    return preview
