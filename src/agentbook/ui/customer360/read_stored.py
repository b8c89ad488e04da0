"""识别文字 for a file already in the archive: scans stored before OCR was installed, or read again.

The selected attachment's bytes come from the store into memory (never to a file), are read by
the local engine on its worker with progress and Stop, and the text is kept with the attachment
(replacing an earlier reading). The category is not changed: the proposal is said next to the
button, and the agent changes the category if it is right.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QPushButton

from agentbook.domain.attachments import Attachment
from agentbook.ocr.reading import Reading
from agentbook.ui.customer360.scan_pages import readable
from agentbook.ui.customer360.scan_reader import ScanReader
from agentbook.ui.errors import reported


class ReadStoredScan(QObject):
    """The button, reading row and note the attachments panel gets when OCR is installed."""

    def __init__(self, panel: Any) -> None:
        super().__init__(panel)
        self.panel = panel
        self.button = QPushButton(self.tr("识别文字"), panel)
        self.button.setObjectName("read_attachment_text")
        self.button.setToolTip(self.tr("在本机识别所选扫描件或 PDF 中的文字，之后可按文字查找"))
        self.button.clicked.connect(self.read_selected)
        self.reader = ScanReader(panel)
        self.reader.hide()
        self.reader.finished.connect(self._read)
        self.reader.stopped.connect(lambda: self.button.setEnabled(True))
        self.note = QLabel(panel)
        self.note.setObjectName("read_attachment_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #1a73e8;")
        self.note.hide()
        self.attachment: Attachment | None = None

    def read_selected(self) -> None:
        attachment = self.panel.selected()
        if attachment is None or attachment.id is None:
            return
        if not readable(attachment.mime_type):
            self.note.setText(self.tr("“{0}”不是图片或 PDF，无法识别文字。").format(attachment.file_name))
            self.note.show()
            return
        with reported(self.panel) as failure:
            data = self.panel.store.attachments.content(attachment.id)
        if failure:
            return
        self.attachment = attachment
        self.button.setEnabled(False)
        self.note.hide()
        self.reader.start([(data, attachment.mime_type)])

    def _read(self, readings: list[Reading | None]) -> None:
        self.button.setEnabled(True)
        reading, attachment = (readings[0] if readings else None), self.attachment
        if reading is None or attachment is None or attachment.id is None:
            return
        with reported(self.panel) as failure:
            self.panel.store.attachment_texts.record(attachment.id, reading.text, len(reading.pages), reading.engine,
                                                     proposed_category=reading.proposed_category)  # fmt: skip
        if failure:
            return
        text = self.tr("已识别“{0}”的 {1} 页文字，可按其中的字词查找。").format(
            attachment.file_name, len(reading.pages)
        )
        if reading.proposed_category != attachment.category:
            shown = QCoreApplication.translate("attachment", reading.proposed_category)
            text += self.tr("按文字看，它像是“{0}”。").format(shown)
        self.note.setText(text)
        self.note.show()
