"""Thumbnails of attachments: a scaled QImage for pictures, the first page for PDFs (QtPdf), a
drawn document icon for anything else. Made once when the file is added and stored with it, so
lists never decode a full scan."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument

from agentbook.domain.attachments import THUMBNAIL_PIXELS, is_image, is_pdf


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 takes str here, its stubs say bytes
    buffer.close()
    return bytes(data.data())


def _scaled(image: QImage) -> QImage:
    return image.scaled(
        THUMBNAIL_PIXELS,
        THUMBNAIL_PIXELS,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def pdf_first_page(data: bytes) -> QImage | None:
    """The first page of a PDF held in memory, rendered to thumbnail size; None if unreadable."""
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            return None
        page = document.pagePointSize(0)
        if page.isEmpty():
            return None
        scale = THUMBNAIL_PIXELS / max(page.width(), page.height())
        size = QSize(max(1, round(page.width() * scale)), max(1, round(page.height() * scale)))
        image = document.render(0, size)
        return None if image.isNull() else image
    finally:
        document.close()
        buffer.close()


def make_thumbnail(data: bytes, mime_type: str) -> bytes | None:
    """PNG bytes of a thumbnail, or None when the file is neither a readable image nor PDF."""
    if is_image(mime_type):
        image = QImage.fromData(data)
        return None if image.isNull() else _png(_scaled(image))
    if is_pdf(mime_type):
        first = pdf_first_page(data)
        return None if first is None else _png(first)
    return None


def placeholder_icon(label: str) -> QIcon:
    """A plain page with the file type written on it (PDF, DOC …) for files without thumbnails."""
    pixmap = QPixmap(48, 60)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#ffffff"))
    painter.setPen(QColor("#9aa0a6"))
    painter.drawRoundedRect(QRect(2, 2, 44, 56), 4, 4)
    painter.fillRect(QRect(2, 38, 45, 14), QColor("#c62828") if label == "PDF" else QColor("#5f6368"))
    painter.setPen(QColor("#ffffff"))
    font = QFont()
    font.setBold(True)
    font.setPointSize(7)
    painter.setFont(font)
    painter.drawText(QRect(2, 38, 44, 14), Qt.AlignmentFlag.AlignCenter, label[:4])
    painter.end()
    return QIcon(pixmap)


def icon_for(thumbnail: bytes | None, file_name: str, mime_type: str) -> QIcon:
    if thumbnail:
        image = QImage.fromData(thumbnail)
        if not image.isNull():
            return QIcon(QPixmap.fromImage(image))
    label = "PDF" if is_pdf(mime_type) else (file_name.rsplit(".", 1)[-1].upper() if "." in file_name else "FILE")
    return placeholder_icon(label)
