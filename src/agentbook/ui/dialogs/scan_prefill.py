"""What a dialog filled from a scan shows, built once: a button among the dialog's buttons, the
reading row (``ScanReader``: background worker, progress, Stop) and a note saying what was read.

``IdCardPrefill`` (a new customer from an ID-card photo) and ``PolicyPrefill`` (a new policy from
its first page) add what they read and how they fill the form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QDialogButtonBox, QLabel, QPushButton

from agentbook.ocr.engine import available as ocr_available
from agentbook.ui.customer360.scan_reader import ScanReader

NOTE_STYLE = "color: #1a73e8; padding: 4px 0;"


class ScanPrefill(QObject):
    """The shared widgets; the subclass names the button, connects it and reads ``finished``."""

    def __init__(self, dialog: Any, layout: QBoxLayout, *, button_name: str, note_name: str) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.button = QPushButton(dialog)
        self.button.setObjectName(button_name)
        dialog.buttons.addButton(self.button, QDialogButtonBox.ButtonRole.ActionRole)
        self.reader = ScanReader(dialog)
        self.reader.hide()
        self.reader.stopped.connect(lambda: self.button.setEnabled(True))
        dialog.finished.connect(self.reader.stop_quietly)
        self.note = QLabel(dialog)
        self.note.setObjectName(note_name)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.hide()
        layout.insertWidget(0, self.reader)
        layout.insertWidget(1, self.note)

    @staticmethod
    def offered(record: object) -> bool:
        """Only a new record is filled from a scan, and only where the OCR extra is installed."""
        return record is None and ocr_available()
