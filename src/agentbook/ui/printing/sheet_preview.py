"""The in-app preview of printed archive sheets (QtPdf's ``QPdfView``).

The sheets never have to leave the app for a viewer that might keep copies of a file full of
personal data. The dialog owns its temporary file and deletes it when closed; its Print button
hands the same file to the background print job (``sheet_actions``).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QLabel, QToolBar, QVBoxLayout, QWidget


class SheetPreview(QDialog):
    """Every page, fit to width, with paging, zoom and Print."""

    printRequested = Signal()  # noqa: N815 - Qt naming

    def __init__(self, path: Path, title: str, parent: QWidget | None = None, *, owns_file: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("sheet_preview")
        self.path = Path(path)
        self.owns_file = owns_file
        self.setWindowTitle(title)
        self.resize(860, 1000)
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        bar = QToolBar(self)
        keys = QKeySequence.StandardKey
        self.act_print = self._action(bar, self.tr("打印…"), keys.Print, self.printRequested.emit)
        bar.addSeparator()
        self.act_previous = self._action(bar, self.tr("上一页"), keys.MoveToPreviousPage, lambda: self.go(-1))
        self.act_next = self._action(bar, self.tr("下一页"), keys.MoveToNextPage, lambda: self.go(1))
        self.page_label = QLabel(self)
        bar.addWidget(self.page_label)
        bar.addSeparator()
        self._action(bar, self.tr("缩小"), keys.ZoomOut, lambda: self.zoom(0.8))
        self._action(bar, self.tr("放大"), keys.ZoomIn, lambda: self.zoom(1.25))
        self._action(bar, self.tr("适合宽度"), None, lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.view, 1)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self._page_changed(0)

    def _action(self, bar: QToolBar, text: str, key: QKeySequence.StandardKey | None, slot) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        bar.addAction(action)
        return action

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go(self, step: int) -> None:
        navigator = self.view.pageNavigator()
        page = max(0, min(navigator.currentPage() + step, self.page_count() - 1))
        navigator.jump(page, navigator.currentLocation())

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(current * factor, 4.0)))

    def _page_changed(self, page: int) -> None:
        count = self.page_count()
        self.page_label.setText(self.tr("第 {0} 页 / 共 {1} 页").format(page + 1, count))
        self.act_previous.setEnabled(page > 0)
        self.act_next.setEnabled(page < count - 1)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.document.close()
        if self.owns_file:
            with contextlib.suppress(OSError):  # Windows may still hold it; the temp folder goes at exit
                self.path.unlink(missing_ok=True)
        super().closeEvent(event)
