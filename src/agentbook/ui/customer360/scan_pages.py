"""The pages of an attachment as images for the OCR engine, rendered in memory.

An image file is one page (turned upright by its EXIF orientation, as a phone photo needs). A PDF
is rendered page by page with QtPdf from a buffer in memory, at a resolution that makes 10 pt
print about 40 pixels tall: what PP-OCR reads best. Nothing is written to disk, so no decrypted
copy of a scan exists outside the process. Runs on a worker thread (QtPdf serialises PDFium).
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from PIL import Image, ImageOps
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtPdf import QPdfDocument

from agentbook.domain.attachments import is_image, is_pdf

OCR_DPI = 200
MAX_PAGES = 200  # a scan's text is for finding it; a 500-page PDF is not a scan


def readable(mime_type: str) -> bool:
    return is_image(mime_type) or is_pdf(mime_type)


def page_count(data: bytes, mime_type: str) -> int:
    if is_pdf(mime_type):
        document, _buffer = _open_pdf(data)
        try:
            return min(document.pageCount(), MAX_PAGES)
        finally:
            document.close()
    return 1 if is_image(mime_type) else 0


def pages(data: bytes, mime_type: str) -> Iterator[Image.Image]:
    """Each page as an image, one at a time (a long PDF is never all in memory)."""
    if is_image(mime_type):
        with Image.open(io.BytesIO(data)) as image:
            yield ImageOps.exif_transpose(image).convert("RGB")
        return
    if not is_pdf(mime_type):
        return
    document, _buffer = _open_pdf(data)
    try:
        for number in range(min(document.pageCount(), MAX_PAGES)):
            size = document.pagePointSize(number)
            rendered = document.render(
                number, QSize(round(size.width() * OCR_DPI / 72), round(size.height() * OCR_DPI / 72))
            )
            png = QByteArray()
            out = QBuffer(png)
            out.open(QIODevice.OpenModeFlag.WriteOnly)
            rendered.save(out, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; PySide6 wants str
            out.close()
            with Image.open(io.BytesIO(bytes(png.data()))) as image:
                page = Image.new("RGB", image.size, "white")  # transparent PDF background → white paper
                page.paste(image, mask=image.getchannel("A") if image.mode == "RGBA" else None)
            yield page
    finally:
        document.close()


def _open_pdf(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document, buffer  # the buffer must outlive the document's reading
