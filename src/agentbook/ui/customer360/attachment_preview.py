"""Previewing an attachment: its bytes are written, decrypted, to a private temporary file only
while the preview is open (images shown scaled, PDFs in QtPdf's view), and the file is deleted
when the dialog closes. "用系统程序打开" hands another private copy to the system viewer; those
are deleted when the application exits, since nobody can tell when an outside viewer is done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from agentbook.domain.attachments import Attachment, format_size
from agentbook.exporters.private_temp import VIEW_FILES, PrivateTempFiles
from agentbook.store.api import Store


class AttachmentPreview(QDialog):
    def __init__(
        self, store: Store, attachment: Attachment, parent: QWidget | None = None, files: PrivateTempFiles | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachment_preview")
        self.store = store
        self.attachment = attachment
        self.files = files or VIEW_FILES
        self.setWindowTitle(self.tr("预览 – {0}").format(attachment.file_name))
        self.resize(860, 900)
        assert attachment.id is not None
        data = store.attachments.content(attachment.id)
        store.record_event(
            "view", "attachment", attachment.id, customer_id=attachment.customer_id, summary=attachment.file_name
        )
        self.path: Path | None = self.files.write(attachment.file_name, data)
        layout = QVBoxLayout(self)
        info = QLabel(
            self.tr("{0} · {1} · {2}").format(
                attachment.category, format_size(attachment.size), attachment.created_at or ""
            ),
            self,
        )
        layout.addWidget(info)
        self.document: QPdfDocument | None = None
        if attachment.is_pdf:
            self.document = QPdfDocument(self)
            self.document.load(str(self.path))
            view = QPdfView(self)
            view.setObjectName("pdf_view")
            view.setDocument(self.document)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            layout.addWidget(view, 1)
        elif attachment.is_image:
            label = QLabel(self)
            label.setObjectName("image")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            pixmap = QPixmap(str(self.path))
            label.setPixmap(
                pixmap.scaled(820, 780, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            )
            area = QScrollArea(self)
            area.setWidget(label)
            area.setWidgetResizable(True)
            layout.addWidget(area, 1)
        else:
            layout.addWidget(QLabel(self.tr("此类文件无法在程序内预览，可用系统程序打开。"), self), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        external = QPushButton(self.tr("用系统程序打开"), self)
        external.setObjectName("open_external")
        external.clicked.connect(self.open_external)
        buttons.addButton(external, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.finished.connect(self._cleanup)

    def open_external(self) -> None:
        assert self.attachment.id is not None
        copy = self.files.write(self.attachment.file_name, self.store.attachments.content(self.attachment.id))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def _cleanup(self, *_args: object) -> None:
        """The decrypted copy goes as soon as the preview closes."""
        if self.document is not None:
            self.document.close()
        if self.path is not None:
            self.files.remove(self.path)
            self.path = None
