"""The in-app preview of printed archive sheets.

QtPdf's ``QPdfView`` when PySide6's WebEngine add-on is installed, otherwise a page-at-a-time view
drawn with PDFium (``pdf_pages``): either way the sheet never has to leave the app for a viewer
that might keep copies of a file full of personal data. The dialog owns the temporary file and
deletes it when closed.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agentbook.ui.pdf_pages import PdfPages, open_pages

try:  # pragma: no cover - depends on the installed PySide6 add-ons
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover
    QPdfView = None


class SheetPreview(QDialog):
    """Pages of a generated PDF, with paging, zoom and a Print button."""

    printRequested = Signal()  # noqa: N815 - Qt naming

    def __init__(self, path: Path, title: str, parent: QWidget | None = None, *, owns_file: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("sheet_preview")
        self.path = Path(path)
        self.owns_file = owns_file
        self.setWindowTitle(title)
        self.resize(820, 960)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.previous = QPushButton(self.tr("上一页"), self)
        self.next = QPushButton(self.tr("下一页"), self)
        self.page_label = QLabel(self)
        self.zoom_out = QPushButton(self.tr("缩小"), self)
        self.zoom_in = QPushButton(self.tr("放大"), self)
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.close_button = QPushButton(self.tr("关闭"), self)
        for widget in (self.previous, self.next, self.page_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out, self.zoom_in, self.print_button, self.close_button):
            bar.addWidget(widget)
        layout.addLayout(bar)
        self.print_button.clicked.connect(self.printRequested)
        self.close_button.clicked.connect(self.close)
        self.pages: PdfPages | None = None
        self.page = 0
        self.zoom = 1.0
        if QPdfView is not None:  # pragma: no cover - only with the WebEngine add-on
            self._qtpdf(layout)
        else:
            self._pdfium(layout)

    # --- QtPdf ---------------------------------------------------------------------------
    def _qtpdf(self, layout: QVBoxLayout) -> None:  # pragma: no cover - only with the WebEngine add-on
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)
        navigator = self.view.pageNavigator()
        self.previous.clicked.connect(
            lambda: navigator.jump(max(navigator.currentPage() - 1, 0), navigator.currentLocation())
        )
        self.next.clicked.connect(
            lambda: navigator.jump(
                min(navigator.currentPage() + 1, self.document.pageCount() - 1), navigator.currentLocation()
            )
        )
        self.zoom_in.clicked.connect(lambda: self._qt_zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._qt_zoom(0.8))
        navigator.currentPageChanged.connect(lambda n: self._show_label(n, self.document.pageCount()))
        self._show_label(0, self.document.pageCount())

    def _qt_jump(self, step: int) -> None:  # pragma: no cover
        navigator = self.view.pageNavigator()
        page = max(0, min(navigator.currentPage() + step, self.document.pageCount() - 1))
        navigator.jump(page, navigator.currentLocation())

    def _qt_zoom(self, factor: float) -> None:  # pragma: no cover
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(self.view.zoomFactor() * factor)

    # --- PDFium --------------------------------------------------------------------------
    def _pdfium(self, layout: QVBoxLayout) -> None:
        self.pages = open_pages(self.path)
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.scroll, 1)
        self.previous.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next.clicked.connect(lambda: self.show_page(self.page + 1))
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage), self, lambda: self.show_page(self.page + 1))
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage), self, lambda: self.show_page(self.page - 1)
        )
        self.show_page(0)

    def page_count(self) -> int:
        if self.pages is not None:
            return self.pages.count
        return self.document.pageCount()  # pragma: no cover

    def show_page(self, index: int) -> None:
        if self.pages is None:
            return
        index = max(0, min(index, self.pages.count - 1))
        self.page = index
        ratio = self.devicePixelRatioF()
        image = self.pages.render(index, 96 * self.zoom * ratio)
        image.setDevicePixelRatio(ratio)
        self.image.setPixmap(QPixmap.fromImage(image))
        self._show_label(index, self.pages.count)

    def _zoom(self, factor: float) -> None:
        self.zoom = max(0.5, min(self.zoom * factor, 3.0))
        self.show_page(self.page)

    def _show_label(self, index: int, count: int) -> None:
        self.page_label.setText(self.tr("第 {0} 页 / 共 {1} 页").format(index + 1, count))
        self.previous.setEnabled(index > 0)
        self.next.setEnabled(index < count - 1)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.pages is not None:
            self.pages.close()
            self.pages = None
        if self.owns_file:
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)
        super().closeEvent(event)
