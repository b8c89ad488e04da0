"""Reading scans in the background: a progress bar with a Stop button, page by page.

``ScanReader`` reads one or more files (bytes and MIME type) on a worker (``ui/worker.Operation``)
through the local OCR engine; progress arrives through a queued signal, Stop is honoured between
pages, and the result comes back on the GUI thread as ``finished`` (one ``Reading`` per file,
``None`` for a file that holds no readable pages). A stopped reading emits ``stopped`` and keeps
nothing. Failures are shown over the parent like any other background work.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from agentbook.ocr.reading import Reading, ReadingCancelledError, read_pages
from agentbook.ui.customer360.scan_pages import page_count, pages, readable
from agentbook.ui.errors import show_error
from agentbook.ui.worker import Operation

_pool: QThreadPool | None = None


def ocr_pool() -> QThreadPool:
    """One thread for reading scans: a long PDF never takes the threads searches and lists use."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


class _Progress(QObject):
    step = Signal(int, int)


class ScanReader(QWidget):
    """The row shown while scans are read: what is happening, how far, and Stop."""

    finished = Signal(list)  # list[Reading | None], one per file
    stopped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scan_reader")
        self.label = QLabel(self.tr("正在本机识别文字…"), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.stop_button = QPushButton(self.tr("停止识别"), self)
        self.stop_button.setObjectName("stop_reading")
        self.stop_button.clicked.connect(self.stop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.stop_button)
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self._progress.step.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.running = False
        app = QCoreApplication.instance()
        if app is not None:  # quitting stops a reading at the next page instead of waiting for its end
            app.aboutToQuit.connect(self._cancel.set)

    def stop_quietly(self) -> None:
        """The form it serves was closed: stop reading, nothing to say."""
        if self.running:
            self._cancel.set()

    def start(self, files: Sequence[tuple[bytes, str]], *, clean: bool = False) -> None:
        """Read every file (its bytes and MIME type); the pages of all files make one bar.

        *clean*: photos (image files, not PDFs) are cleaned up first and the cleaned page is read.
        """
        self._cancel.clear()
        self.running = True
        self.show()
        jobs = list(files)
        cancel, progress = self._cancel, self._progress

        def work() -> list[Reading | None]:
            counts = [page_count(data, mime) if readable(mime) else 0 for data, mime in jobs]
            total, before = sum(counts), 0
            results: list[Reading | None] = []
            for (data, mime), count in zip(jobs, counts, strict=True):
                if not count:
                    results.append(None)
                    continue
                offset = before

                def step(done: int, _total: int, offset: int = offset) -> None:
                    progress.step.emit(offset + done, total)

                photo = mime.startswith("image/")
                results.append(read_pages(pages(data, mime), count, is_photo=photo, clean=clean and photo,
                                          progress=step, cancelled=cancel.is_set))  # fmt: skip
                before += count
            return results

        Operation(work, self).success(self._done).failure(self._failed).run_in_background(ocr_pool())

    @Slot(int, int)
    def _show(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            self.label.setText(self.tr("正在本机识别文字：第 {0}/{1} 页").format(min(done + 1, total), total))

    def stop(self) -> None:
        self._cancel.set()
        self.stop_button.setEnabled(False)
        self.label.setText(self.tr("正在停止…"))

    def _done(self, results: list[Reading | None]) -> None:
        self.running = False
        self.hide()
        self.finished.emit(results)

    def _failed(self, exc: Exception, trace: str) -> None:
        self.running = False
        self.hide()
        if isinstance(exc, ReadingCancelledError):
            self.stopped.emit()
            return
        show_error(self.window(), exc)
        self.stopped.emit()
