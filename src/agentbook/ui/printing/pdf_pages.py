"""Printing a generated PDF through Qt's print dialog.

``QPrinter`` is a paint device, not a PDF consumer, so every page is rendered by QtPdf
(``QPdfDocument``, from the PySide6-Pdf wheel) and painted onto the printer. This runs on the
batch worker thread: QtPdf serialises its PDFium calls itself, and Qt allows painting on a
``QPrinter`` off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300  # enough for 8 pt Chinese; a printer's higher resolution would only cost memory


class PrintError(RuntimeError):
    """The PDF could not be read, or the printer could not be opened or refused a page."""


def prepare_printer(printer: QPrinter) -> None:
    """A4 portrait, the whole sheet: the PDF already has its margins."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)


def print_pdf(
    path: Path,
    printer: QPrinter,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Paint the pages of *path* chosen in the print dialog (all by default) onto *printer*.

    Returns the number of pages sent. On cancel the print job is aborted, so the printer gets
    nothing rather than half a batch.
    """
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise PrintError(str(path))
    first, last = printer.fromPage(), printer.toPage()
    if first == 0:
        first, last = 1, document.pageCount()
    last = min(last, document.pageCount())
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise PrintError(printer.printerName())
        dpi = min(float(printer.resolution()), PRINT_DPI)
        total = last - first + 1
        for sent, number in enumerate(range(first, last + 1)):
            if cancelled is not None and cancelled():
                printer.abort()
                return sent
            if sent and not printer.newPage():
                raise PrintError(printer.printerName())
            size = document.pagePointSize(number - 1)
            image = document.render(number - 1, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72)))
            target = QRectF(painter.viewport())
            scale = min(target.width() / image.width(), target.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(target.x() + (target.width() - w) / 2, target.y(), w, h), image)
            if progress is not None:
                progress(sent + 1, total)
        return total
    finally:
        if painter.isActive():
            painter.end()
        document.close()
