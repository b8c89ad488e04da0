"""A working list on A4 (生日名单, 到期清单): a title, who printed it and when, one ruled table.

Agents take such lists on the road and tick them off by hand, so the table leaves a last column
empty for that and repeats its header on every page. The caller gives the texts already in the
user's language and already masked as wanted; this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from agentbook.exporters.files import replaced_atomically
from agentbook.exporters.pdf_fonts import pdf_font, prepare_document
from agentbook.exporters.pdf_grid import ACCENT, INK, MUTED, Column, Grid

PAGE_W, PAGE_H = A4
MARGIN_X = 14 * mm
TOP = 27 * mm
BOTTOM = 15 * mm
WIDTH = PAGE_W - 2 * MARGIN_X
TICK_WIDTH = 14 * mm


@dataclass(frozen=True, slots=True)
class ListReport:
    """What the page says around the table; every text as it is to be printed."""

    title: str
    left: str  # under the title on the left: the agency, the agent
    right: str  # on the right: the date printed
    footer: str  # before the page number: e.g. "电话已脱敏"
    page: str  # the page number's text with {0} for the number: "第 {0} 页"
    empty: str  # said in place of the table when there are no rows
    tick: str = ""  # header of the empty column for ticking off by hand ("" leaves it out)


class _ListDocument(BaseDocTemplate):
    def __init__(self, target: str, report: ListReport, printed_on: date) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=report.title,
            author="agentbook",
            subject=f"{report.title} {printed_on.isoformat()}",
            creator="agentbook",
            initialFontName=pdf_font(),
        )
        frame = Frame(MARGIN_X, BOTTOM, WIDTH, PAGE_H - TOP - BOTTOM, id="body", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)  # fmt: skip
        self.addPageTemplates([PageTemplate(id="list", frames=[frame], onPage=self._decorate)])
        self.report = report

    def beforeDocument(self) -> None:  # noqa: N802 - reportlab's hook
        prepare_document(self.canv._doc)

    def _decorate(self, canv: Canvas, _doc: BaseDocTemplate) -> None:
        font, report = pdf_font(), self.report
        left, right = MARGIN_X, PAGE_W - MARGIN_X
        canv.saveState()
        canv.setFillColor(INK)
        canv.setFont(font, 15)
        canv.drawCentredString(PAGE_W / 2, PAGE_H - 15 * mm, report.title)
        canv.setFont(font, 8.5)
        canv.setFillColor(MUTED)
        canv.drawString(left, PAGE_H - 22 * mm, report.left)
        canv.drawRightString(right, PAGE_H - 22 * mm, report.right)
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(1)
        canv.line(left, PAGE_H - 24 * mm, right, PAGE_H - 24 * mm)
        canv.setFont(font, 7)
        canv.drawString(left, 9 * mm, report.footer)
        canv.drawRightString(right, 9 * mm, report.page.format(canv.getPageNumber()))
        canv.restoreState()


def write_list(
    path: Path,
    report: ListReport,
    headers: Sequence[str],
    weights: Sequence[float],
    rows: Sequence[Sequence[str]],
    *,
    printed_on: date,
    right_aligned: Sequence[int] = (),
) -> Path:
    """The list at *path*; column widths share the page in proportion to *weights*."""
    room = WIDTH - (TICK_WIDTH if report.tick else 0)
    total = sum(weights)
    columns = [Column(room * w / total, "right" if i in right_aligned else "left") for i, w in enumerate(weights)]
    header = list(headers)
    body = [list(r) for r in rows]
    if report.tick:
        columns.append(Column(TICK_WIDTH, "center"))
        header.append(report.tick)
        body = [[*r, ""] for r in body]
    path = Path(path)
    with replaced_atomically(path) as temp:
        doc = _ListDocument(str(temp), report, printed_on)
        doc.build([Grid(columns, body, header=header, empty=report.empty)])
    return path
