"""Finished pages made cheap to write: streams compressed on a helper thread, resources shared.

reportlab compresses every page when the file is saved, after the last sheet: for a batch of
1,000 sheets that is ~0.4 s of zlib in one go at the end. zlib releases the interpreter lock
while it works, so a thread can compress each finished page as soon as nothing more will be
written into it, on the second core, while the main thread lays out the next customers. The
page then carries its stream ready-made (the same FlateDecode stream reportlab would write); a
page never handed over (the pages of a small file) is compressed by reportlab at save time. On
one core the work is the same, only moved. The thread takes the lock back after each page at the
main thread's next switch (5 ms), so part of the work is still left when the last sheet is laid
out; it is finished then, as reportlab would have done it all. Yielding the lock at each
hand-over keeps the thread up to date on an idle machine, but on a busy one each yield waits for
the scheduler and costs more than it saves (measured), so the main thread does not yield.

reportlab also gives every page a resource dictionary of its own, written out in full; the pages
of a sheet all name the same fonts and the same form, so they share one, written once.
"""

from __future__ import annotations

import zlib
from concurrent.futures import Future, ThreadPoolExecutor

from reportlab.pdfbase import pdfdoc

MIN_PAGES = 4  # pages waiting before a helper thread is started for them


def _compress(texts: list[str]) -> list[bytes]:
    return [zlib.compress(text.encode("utf-8")) for text in texts]  # what reportlab's FlateDecode does


class PagePacker:
    """Compresses the pages of one document that are final, in the order they were shown."""

    def __init__(self, doc: pdfdoc.PDFDocument) -> None:
        self._doc = doc
        self._pages: list[pdfdoc.PDFPage] = doc.Pages.pages
        self._handed = 0  # pages before this index are being compressed or done
        self._jobs: list[tuple[list[pdfdoc.PDFPage], Future[list[bytes]]]] = []
        self._pool: ThreadPoolExecutor | None = None

    def hand_over(self, upto: int) -> None:
        """Compress the shown pages before index *upto*: nothing more will change in them."""
        upto = min(upto, len(self._pages))
        if upto <= self._handed or (self._pool is None and upto < MIN_PAGES):
            return  # a file of a page or two: not worth a thread, reportlab compresses it at save
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pdf-pages")
        pages = [page for page in self._pages[self._handed : upto] if page.stream and page.compression]
        self._jobs.append((pages, self._pool.submit(_compress, [page.stream for page in pages])))
        self._handed = upto

    def finish(self) -> None:
        """Give every handed-over page its compressed stream and every shown page a shared
        resource dictionary (call before the document is saved)."""
        try:
            for pages, job in self._jobs:
                for page, packed in zip(pages, job.result(), strict=True):
                    stream = pdfdoc.PDFStream(content=packed)
                    stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
                    stream.__Comment__ = "page stream"
                    page.Contents = stream
            self._share_resources()
        finally:
            self.close()

    def _share_resources(self) -> None:
        """One resource dictionary (by reference) for all pages that name the same forms and
        nothing else a page's resources may hold (graphics states, shadings, colour spaces)."""
        shared: dict[tuple[object, ...], pdfdoc.PDFObjectReference] = {}
        for page in self._pages:
            if page.Resources or getattr(page, "ExtGState", None) or page._shadingUsed or page._colorsUsed:
                continue
            forms = tuple(sorted(page.XObjects.dict)) if page.XObjects else ()
            key = (bool(page.hasImages), *forms)
            reference = shared.get(key)
            if reference is None:  # what PDFPage.check_format would make for this page
                resources = pdfdoc.PDFResourceDictionary()
                resources.basicFonts()
                if page.hasImages:
                    resources.allProcs()
                else:
                    resources.basicProcs()
                if page.XObjects:
                    resources.XObject = page.XObjects
                reference = shared[key] = self._doc.Reference(resources, f"PageResources{len(shared)}")
            page.Resources = reference

    def close(self) -> None:
        """Stop the helper thread; pages not yet compressed are dropped (a cancelled batch)."""
        self._jobs = []
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
