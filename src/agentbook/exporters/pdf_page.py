"""The page of an archive sheet and the document that streams many customers into one PDF.

Every page carries a header (agency, the title 客户档案表, archive number, customer, print date,
"第 x 页 / 共 y 页" counted per customer, a QR code with the archive number) and a footer saying
whether sensitive fields were masked. What every page of a document shares (agency, date, title,
rules, footer) is one form XObject drawn by reference. The page total of a customer is only known
once the customer's last page is laid out, so each page holds a marker line where it goes, and
closing the customer writes the total into its pages, which are then final and are compressed on
a helper thread (``pdf_streams``). This keeps a batch to one layout pass and lets pages be made as
they come, instead of holding every page's drawing state until the end as the usual
"NumberedCanvas" recipe does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from agentbook.exporters.pdf_body import SheetBody
from agentbook.exporters.pdf_fonts import pdf_font, prepare_document, show_text, text_ops, text_width
from agentbook.exporters.pdf_grid import ACCENT, INK, MUTED
from agentbook.exporters.pdf_qr import qr_operators
from agentbook.exporters.pdf_streams import PagePacker
from agentbook.exporters.pdfa import make_pdfa

PAGE_W, PAGE_H = A4
MARGIN_X = 15 * mm
HEADER_H = 37 * mm  # from the top edge to the body
FOOTER_H = 15 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X
TITLE = "客户档案表"
QR_SIZE = 20 * mm
REVEALED = colors.HexColor("#b3261e")
# Where a page's "y 页" goes until the customer's page count is known (a PDF comment line).
TOTAL_MARK = "%agentbook-page-total"


@dataclass(frozen=True, slots=True)
class SheetHeader:
    """Who the following pages belong to."""

    archive_no: str
    name: str


class SheetDocument(BaseDocTemplate):
    """A PDF of archive sheets fed one customer at a time (``begin`` / ``add`` / ``finish``).

    ``BaseDocTemplate.build`` wants the whole story as one list and removes flowables from its
    front, which is quadratic for a batch of thousands of sheets and leaves no place to check for
    Cancel; feeding each customer through the same internal steps avoids both.
    """

    def __init__(
        self,
        target: Path | str | BinaryIO,
        *,
        agency: str,
        printed_on: date,
        revealed: bool,
        title: str = TITLE,
    ) -> None:
        super().__init__(
            target if not isinstance(target, Path) else str(target),
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=HEADER_H,
            bottomMargin=FOOTER_H,
            title=title,
            author=agency or "agentbook",
            subject=TITLE,
            creator="agentbook",
            # Start the canvas on our font: the default Helvetica would put a non-embedded font
            # into every PDF that no glyph uses (PDF/A checkers and some print shops object).
            initialFontName=pdf_font(),
        )
        frame = Frame(
            MARGIN_X,
            FOOTER_H,
            CONTENT_W,
            PAGE_H - HEADER_H - FOOTER_H,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPage=self._decorate)])
        self.agency = agency
        self.printed_on = printed_on
        self.revealed = revealed
        self.customers = 0
        self._who: SheetHeader | None = None
        self._first_page = 0
        self._qr = ""  # the current customer's QR code operators, drawn on each of its pages
        self._packer: PagePacker | None = None

    # --- feeding -------------------------------------------------------------------------
    def begin(self) -> None:
        self._startBuild()
        prepare_document(self.canv._doc)
        self.canv._doctemplate = self  # as BaseDocTemplate.build does, for flowables that look
        self._packer = PagePacker(self.canv._doc)

    def add(self, who: SheetHeader, flowables: list[Flowable]) -> None:
        """Lay out one customer's sheet, starting on a new page."""
        story: list[Flowable] = [SheetBody(flowables, CONTENT_W)]
        if self._who is not None:
            self._close_customer()
            story.insert(0, PageBreak())
        self._who = who
        self._first_page = 0
        self.customers += 1
        while story:
            self.clean_hanging()
            self.handle_flowable(story)

    def finish(self) -> None:
        """Close the last customer and write the file."""
        if self._who is None:
            raise ValueError("an archive-sheet PDF needs at least one customer")
        self._close_customer()
        if self.customers > 1:
            self.canv.showOutline()
        make_pdfa(self.canv)
        if self._packer is not None:
            self._packer.finish()
        self._endBuild()

    def abandon(self) -> None:
        """Stop the helper thread of a document that will not be finished (a cancelled batch)."""
        if self._packer is not None:
            self._packer.close()

    # --- page furniture ------------------------------------------------------------------
    def _close_customer(self) -> None:
        """Write the customer's page total into each of its pages, which are then final."""
        canv = self.canv
        pages = canv.getPageNumber() - self._first_page + 1
        total = text_ops(canv._doc, [(*self._total_at, f"{pages} 页")], 8.5, (INK.red, INK.green, INK.blue))
        shown = canv._doc.Pages.pages
        for page in shown[self._first_page - 1 :]:  # a line of its own: no text operator can hold it
            page.stream = page.stream.replace(f"\n{TOTAL_MARK}\n", f"\n{total}\n", 1)
        code = canv._code
        code[code.index(TOTAL_MARK)] = total  # the page being drawn
        if self._packer is not None:
            self._packer.hand_over(len(shown))

    @property
    def _total_at(self) -> tuple[float, float]:
        return PAGE_W - MARGIN_X - QR_SIZE - 4 * mm - text_width("999 页", 8.5), PAGE_H - 29.5 * mm

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """Page furniture: the same frame on every page, then this customer's lines and codes."""
        who = self._who or SheetHeader("", "")
        serial = self.customers
        page_no = canv.getPageNumber()
        if page_no == 1:
            canv.beginForm("sheetframe")
            self._draw_frame(canv)
            canv.endForm()
        if not self._first_page:
            self._first_page = page_no
            key = f"customer{serial}"
            canv.bookmarkPage(key)
            canv.addOutlineEntry(f"{who.archive_no}  {who.name}", key, level=0)
            self._qr = qr_operators(who.archive_no, PAGE_W - MARGIN_X - QR_SIZE, PAGE_H - 10 * mm - QR_SIZE, QR_SIZE)
        canv.doForm("sheetframe")
        canv.addLiteral(self._qr)
        line_y = PAGE_H - 29.5 * mm
        page_text = f"第 {page_no - self._first_page + 1} 页 / 共 "
        total_x, _ = self._total_at
        runs = [
            (MARGIN_X, line_y, f"档案编号：{who.archive_no}"),
            (MARGIN_X + 50 * mm, line_y, f"客户：{_fit(who.name, 62 * mm, 8.5)}"),
            (total_x - text_width(page_text, 8.5), line_y, page_text),
        ]
        show_text(canv, runs, 8.5, (INK.red, INK.green, INK.blue))
        canv.addLiteral(TOTAL_MARK)

    def _draw_frame(self, canv: Canvas) -> None:
        """What every page of this document shares: agency, date, title, rules and footer."""
        font = pdf_font()
        left, right = MARGIN_X, PAGE_W - MARGIN_X
        text_right = right - QR_SIZE - 4 * mm
        canv.setFillColor(MUTED)
        canv.setFont(font, 9)
        # The agency's name is the agent's text: drawn per character like the customers' (fallback
        # fonts, 〓 for a character no font has), never with a glyph the embedded font lacks.
        show_text(
            canv, [(left, PAGE_H - 13 * mm, _fit(self.agency, 95 * mm, 9))], 9, (MUTED.red, MUTED.green, MUTED.blue)
        )
        canv.drawRightString(text_right, PAGE_H - 13 * mm, f"打印日期：{self.printed_on.isoformat()}")
        title = canv.beginText()
        title.setFont(font, 18)
        title.setCharSpace(5)
        title.setTextRenderMode(2)  # fill and stroke: a heavier title from a font without a bold face
        canv.setLineWidth(0.35)
        canv.setStrokeColor(INK)
        title.setFillColor(INK)
        span = text_width(TITLE, 18) + 5 * (len(TITLE) - 1)
        title.setTextOrigin((PAGE_W - span) / 2, PAGE_H - 21.5 * mm)
        title.textOut(TITLE)
        title.setCharSpace(0)  # both settings outlive the text object in the PDF graphics state
        title.setTextRenderMode(0)
        canv.drawText(title)
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(1.2)
        canv.line(left, PAGE_H - 32.5 * mm, right, PAGE_H - 32.5 * mm)
        canv.setLineWidth(0.4)
        canv.line(left, PAGE_H - 33.4 * mm, right, PAGE_H - 33.4 * mm)
        # Footer: a reminder of what the paper holds, and whether it holds it in full.
        canv.setStrokeColor(MUTED)
        canv.line(left, 11 * mm, right, 11 * mm)
        canv.setFont(font, 7)
        canv.setFillColor(MUTED)
        canv.drawString(left, 7.5 * mm, "本表含客户个人信息，仅限档案管理使用，请妥善保管，不得外传。")
        if self.revealed:
            canv.setFillColor(REVEALED)
            canv.drawRightString(right, 7.5 * mm, "含完整敏感信息（证件号码、手机号码等），已记入操作日志")
        else:
            canv.drawRightString(right, 7.5 * mm, "证件号码、手机号码及健康、财务信息已脱敏")


def _fit(text: str, width: float, size: float) -> str:
    """*text* cut with an ellipsis to fit one header line (the full name is in the body)."""
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"
