"""In-app preview of a generated PDF (QtPdf) with printing through Qt's print dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QToolBar, QVBoxLayout, QWidget

PRINT_DPI = 300


class PdfPreviewDialog(QDialog):
    """Shows every page; Print renders the pages at printer resolution; the system viewer is one click away."""

    def __init__(
        self, path: Path, parent: QWidget | None = None, on_printed: Callable[[Path, int], None] | None = None
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.on_printed = on_printed
        self.setWindowTitle(self.tr("预览 – {0}").format(self.path.name))
        self.resize(900, 1000)
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        toolbar = QToolBar(self)
        self.act_print = QAction(self.tr("打印…"), self)
        self.act_print.setShortcut("Ctrl+P")
        self.act_print.triggered.connect(self.print_document)
        toolbar.addAction(self.act_print)
        system = QAction(self.tr("用系统查看器打开"), self)
        system.triggered.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))))
        toolbar.addAction(system)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.view, 1)

    def page_count(self) -> int:
        return self.document.pageCount()

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.name)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.page_count()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pages = self.render_to(printer)
        if pages and self.on_printed:
            self.on_printed(self.path, pages)

    def render_to(self, printer: QPrinter) -> int:
        """Paint the chosen pages onto *printer*; returns the number of pages sent."""
        first, last = printer.fromPage(), printer.toPage()
        if first == 0:
            first, last = 1, self.page_count()
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("打印"), self.tr("无法连接打印机。"))
            return 0
        sent = 0
        try:
            for number in range(first, last + 1):
                if sent:
                    printer.newPage()
                target = printer.pageRect(QPrinter.Unit.DevicePixel)
                size_pt = self.document.pagePointSize(number - 1)
                scale = min(target.width() / size_pt.width(), target.height() / size_pt.height())
                pixels = QSize(int(size_pt.width() * scale), int(size_pt.height() * scale))
                image = self.document.render(number - 1, pixels)
                painter.drawImage(QPointF(0, 0), image)
                sent += 1
        finally:
            painter.end()
        return sent


def keep_on_top(dialog: QDialog) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
