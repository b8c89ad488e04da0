"""Page content streams compressed on a helper thread while the batch goes on being laid out.

reportlab compresses every page when the file is saved, after the last sheet: for a batch of
1,000 sheets that is ~0.4 s of zlib in one go at the end. zlib releases the interpreter lock
while it works, so a thread can compress each finished page as soon as nothing more will be
written into it, on the second core, while the main thread lays out the next customers. The
page then carries its stream ready-made (the same FlateDecode stream reportlab would write); a
page never handed over is compressed by reportlab at save time as before. On a single core the
work is the same, only moved.
"""

from __future__ import annotations

import zlib
from concurrent.futures import Future, ThreadPoolExecutor

from reportlab.pdfbase import pdfdoc


def _compress(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"))  # what reportlab's FlateDecode filter does


class PagePacker:
    """Compresses the pages of one document that are final, in the order they were shown."""

    def __init__(self, doc: pdfdoc.PDFDocument) -> None:
        self._pages: list[pdfdoc.PDFPage] = doc.Pages.pages
        self._handed = 0  # pages before this index are being compressed or done
        self._jobs: list[tuple[pdfdoc.PDFPage, Future[bytes]]] = []
        self._pool: ThreadPoolExecutor | None = None

    def hand_over(self, upto: int) -> None:
        """Compress the shown pages before index *upto*: nothing more will change in them."""
        upto = min(upto, len(self._pages))
        if upto <= self._handed:
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pdf-pages")
        for page in self._pages[self._handed : upto]:
            if page.stream and page.compression:
                self._jobs.append((page, self._pool.submit(_compress, page.stream)))
        self._handed = upto

    def finish(self) -> None:
        """Give every handed-over page its compressed stream (before the document is saved)."""
        try:
            for page, job in self._jobs:
                stream = pdfdoc.PDFStream(content=job.result())
                stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
                stream.__Comment__ = "page stream"
                page.Contents = stream
        finally:
            self.close()

    def close(self) -> None:
        """Stop the helper thread; pages not yet compressed are dropped (a cancelled batch)."""
        self._jobs = []
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
