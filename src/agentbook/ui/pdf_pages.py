"""PDF pages as images, for the in-app preview and for printing through Qt's print dialog.

Qt cannot print a PDF file as it is: ``QPrinter`` is a paint device, so each page is rendered to
an image and painted onto it. QtPdf (``QPdfDocument``) does that when this PySide6 has it, but it
ships with PySide6's WebEngine add-on, which agentbook does not require (it is ~200 MB); PDFium
through ``pypdfium2`` (3 MB, a dependency) does the same everywhere else. With neither, callers
fall back to the system's PDF viewer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

try:  # pragma: no cover - depends on the installed PySide6 add-ons
    from PySide6.QtPdf import QPdfDocument
except ImportError:  # pragma: no cover
    QPdfDocument = None

try:
    import pypdfium2
except ImportError:  # pragma: no cover
    pypdfium2 = None

PRINT_DPI = 300  # enough for 8 pt Chinese; printers' own higher resolutions only cost memory
_pdfium_lock = threading.Lock()  # PDFium is not thread-safe: the preview and a print may overlap


class PrintError(RuntimeError):
    """The printer could not be opened or refused a page."""


class PdfPages(Protocol):
    @property
    def count(self) -> int: ...

    def size_points(self, index: int) -> tuple[float, float]: ...

    def render(self, index: int, dpi: float) -> QImage: ...

    def close(self) -> None: ...


class _QtPdfPages:
    def __init__(self, path: Path) -> None:
        self.doc = QPdfDocument()
        if self.doc.load(str(path)) != QPdfDocument.Error.None_:
            raise PrintError(str(path))

    @property
    def count(self) -> int:
        return self.doc.pageCount()

    def size_points(self, index: int) -> tuple[float, float]:
        size = self.doc.pagePointSize(index)
        return size.width(), size.height()

    def render(self, index: int, dpi: float) -> QImage:
        w, h = self.size_points(index)
        return self.doc.render(index, QSize(round(w * dpi / 72), round(h * dpi / 72)))

    def close(self) -> None:
        self.doc.close()


class _PdfiumPages:
    def __init__(self, path: Path) -> None:
        with _pdfium_lock:
            self.doc = pypdfium2.PdfDocument(str(path))

    @property
    def count(self) -> int:
        return len(self.doc)

    def size_points(self, index: int) -> tuple[float, float]:
        with _pdfium_lock:
            return tuple(self.doc[index].get_size())  # type: ignore[return-value]

    def render(self, index: int, dpi: float) -> QImage:
        with _pdfium_lock:
            bitmap = self.doc[index].render(scale=dpi / 72, prefer_bgrx=True)
            # BGRX bytes are QImage's RGB32 on little- and big-endian alike (0xffRRGGBB words);
            # copy() so the image owns its pixels once PDFium's buffer is gone.
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32)
            return image.copy()

    def close(self) -> None:
        with _pdfium_lock:
            self.doc.close()


def can_render() -> bool:
    return QPdfDocument is not None or pypdfium2 is not None


def open_pages(path: Path) -> PdfPages:
    """The pages of *path*; raises ``PrintError`` when no renderer is installed."""
    if QPdfDocument is not None:
        return _QtPdfPages(path)
    if pypdfium2 is not None:
        return _PdfiumPages(path)
    raise PrintError("no PDF renderer (QtPdf or pypdfium2) is installed")


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
    """Paint every page of *path* onto *printer*; returns the pages sent.

    May run on a worker thread (Qt allows painting on a ``QPrinter`` off the GUI thread). On
    cancel the print job is aborted, so the printer gets nothing rather than half a batch.
    """
    pages = open_pages(path)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise PrintError(printer.printerName())
        dpi = min(float(printer.resolution()), PRINT_DPI)
        total = pages.count
        for index in range(total):
            if cancelled is not None and cancelled():
                printer.abort()
                return index
            if index and not printer.newPage():
                raise PrintError(printer.printerName())
            image = pages.render(index, dpi)
            target = QRectF(painter.viewport())
            scale = min(target.width() / image.width(), target.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(target.x() + (target.width() - w) / 2, target.y(), w, h), image)
            if progress is not None:
                progress(index + 1, total)
        return total
    finally:
        if painter.isActive():
            painter.end()
        pages.close()
