"""Recognising a document page by page, with progress and a way to stop.

A scan's pages come in as images (the UI renders PDF pages with QtPdf; an image file is one
page). Each page is read in turn, progress is reported after it, and a cancel request is honoured
between pages: a 30-page PDF can be stopped without waiting for the end, and nothing is stored
for a reading that was stopped. Asked to, each page is cleaned up first (``ocr/cleanup``) and the
cleaned page is the one read: the text then matches the copy the agent will look at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from PIL import Image

from agentbook.domain.scan_classify import propose_category
from agentbook.ocr.cleanup import Cleaned, clean_page
from agentbook.ocr.engine import Line, engine_name, read_image

PAGE_BREAK = "\f"


class ReadingCancelledError(Exception):
    """The user stopped the reading; nothing of it is kept."""


@dataclass(slots=True)
class Reading:
    """The text of every page, the lines (for the ID-card reader) and the proposed category;
    ``cleaned``: each page after clean-up, when it was asked for (the originals are the caller's)."""

    pages: list[list[Line]] = field(default_factory=list)
    engine: str = ""
    proposed_category: str = ""
    cleaned: list[Cleaned] = field(default_factory=list)

    @property
    def text(self) -> str:
        return PAGE_BREAK.join("\n".join(line.text for line in page) for page in self.pages)

    @property
    def lines(self) -> list[str]:
        return [line.text for page in self.pages for line in page]


def read_pages(
    pages: Iterable[Image.Image],
    total: int,
    *,
    is_photo: bool = False,
    clean: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Reading:
    """Read *pages* (``total`` of them, for the progress bar) one after another."""
    reading = Reading(engine=engine_name())
    iterator: Iterator[Image.Image] = iter(pages)
    if progress is not None:
        progress(0, total)
    for done, page in enumerate(iterator, start=1):
        if cancelled is not None and cancelled():
            raise ReadingCancelledError()
        if clean:
            cleaned = clean_page(page)
            reading.cleaned.append(cleaned)
            page = cleaned.image
        reading.pages.append(read_image(page))
        if progress is not None:
            progress(done, total)
    if cancelled is not None and cancelled():
        raise ReadingCancelledError()
    reading.proposed_category = propose_category(reading.text, is_photo=is_photo)
    return reading
