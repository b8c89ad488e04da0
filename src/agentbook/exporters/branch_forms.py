"""The branch's paper forms: the handover list (客户移交清单) and the change request form
(信息变更申请表), on A4, for signatures and the branch's files.

Both carry the branch, the date and who printed them on every page; ID numbers are masked. The
caller audits the print (``Store.record_event``), as every print of personal data is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from agentbook.exporters.files import replaced_atomically
from agentbook.exporters.pdf_fonts import pdf_font, prepare_document, text_width
from agentbook.exporters.pdf_grid import ACCENT, INK, MUTED, Column, Grid, TextBlock

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
TOP = 32 * mm
BOTTOM = 18 * mm
WIDTH = PAGE_W - 2 * MARGIN_X


@dataclass(frozen=True)
class FormHeader:
    title: str
    branch: str
    printed_by: str
    printed_on: date
    reference: str = ""  # the request's number, the handover's date …


class _FormDocument(BaseDocTemplate):
    def __init__(self, target: str, header: FormHeader) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=header.title,
            author=header.branch or "agentbook",
            creator="agentbook",
            initialFontName=pdf_font(),
        )
        frame = Frame(
            MARGIN_X,
            BOTTOM,
            WIDTH,
            PAGE_H - TOP - BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="form", frames=[frame], onPage=self._decorate)])
        self.header = header

    def beforeDocument(self) -> None:  # noqa: N802 - reportlab's hook
        prepare_document(self.canv._doc)

    def _decorate(self, canv: Canvas, _doc: BaseDocTemplate) -> None:
        h, font = self.header, pdf_font()
        left, right = MARGIN_X, PAGE_W - MARGIN_X
        canv.saveState()
        canv.setFillColor(MUTED)
        canv.setFont(font, 8.5)
        canv.drawString(left, PAGE_H - 12 * mm, h.branch)
        canv.drawRightString(right, PAGE_H - 12 * mm, h.reference)
        canv.setFillColor(INK)
        canv.setFont(font, 16)
        canv.drawCentredString(PAGE_W / 2, PAGE_H - 21 * mm, h.title)
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(1)
        canv.line(left, PAGE_H - 27 * mm, right, PAGE_H - 27 * mm)
        canv.setFont(font, 7.5)
        canv.setFillColor(MUTED)
        canv.drawString(left, 10 * mm, f"打印：{h.printed_by} · {h.printed_on.isoformat()} · 证件号码已脱敏")
        canv.drawRightString(right, 10 * mm, f"第 {canv.getPageNumber()} 页")
        canv.restoreState()


class SignatureLine(Flowable):
    """Labelled lines to sign on, side by side."""

    def __init__(self, labels: Sequence[str]) -> None:
        super().__init__()
        self.labels = list(labels)
        self.width, self.height = WIDTH, 16 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setFont(pdf_font(), 9.5)
        canv.setFillColor(INK)
        canv.setStrokeColor(INK)
        canv.setLineWidth(0.6)
        share = self.width / len(self.labels)
        for i, label in enumerate(self.labels):
            x = i * share
            canv.drawString(x, 6, label)
            canv.line(x + text_width(label, 9.5) + 2, 4, x + share - 10, 4)


def _write(path: Path, header: FormHeader, story: list[Flowable]) -> Path:
    with replaced_atomically(path) as temp:
        _FormDocument(str(temp), header).build(story)
    return path


def write_handover_list(
    path: Path,
    header: FormHeader,
    *,
    giver: str,
    receiver: str,
    customers: Sequence[tuple[str, str, str]],
) -> Path:
    """客户移交清单: the customers (archive number, name, masked ID) given by *giver* to *receiver*."""
    half = WIDTH / 4
    facts = [["移交人", giver, "接收人", receiver], ["移交日期", header.reference, "客户数", f"{len(customers)} 位"]]
    rows = [[str(i), *c] for i, c in enumerate(customers, 1)]
    widths = (0.08, 0.27, 0.30, 0.35)
    story: list[Flowable] = [
        Grid([Column(half)] * 4, facts, title="移交说明", label_cells=(0, 2)),
        Spacer(0, 5 * mm),
        Grid(
            [Column(WIDTH * w) for w in widths],
            rows,
            title="移交的客户",
            header=["序号", "档案编号", "姓名", "证件号码"],
        ),
        Spacer(0, 6 * mm),
        TextBlock(
            WIDTH,
            "以上客户的档案、保单与服务自移交日起由接收人负责；移交人经手的记录和操作日志全部保留。",
            title="说明",
        ),
        Spacer(0, 8 * mm),
        SignatureLine(["移交人：", "接收人：", "经理："]),
    ]
    return _write(path, header, story)


def write_change_request(
    path: Path,
    header: FormHeader,
    *,
    customer: str,
    requester: str,
    requested_at: str,
    changes: Sequence[tuple[str, str, str]],
    status: str,
    decision: str,
) -> Path:
    """信息变更申请表: one request, its fields before and after, and its decision."""
    half = WIDTH / 4
    facts = [
        ["客户", customer, "申请编号", header.reference],
        ["申请人", requester, "申请时间", requested_at],
        ["状态", status, "审批", decision or "—"],
    ]
    widths = (0.24, 0.38, 0.38)
    story: list[Flowable] = [
        Grid([Column(half)] * 4, facts, title="申请信息", label_cells=(0, 2)),
        Spacer(0, 5 * mm),
        Grid(
            [Column(WIDTH * w) for w in widths],
            [list(c) for c in changes],
            title="变更内容",
            header=["项目", "变更前", "变更后"],
        ),
        Spacer(0, 6 * mm),
        TextBlock(
            WIDTH, "变更须经经理审批后方生效；申请人不能审批自己的申请。请附客户身份证明等变更材料。", title="说明"
        ),
        Spacer(0, 8 * mm),
        SignatureLine(["客户签字：", "申请人：", "经理："]),
    ]
    return _write(path, header, story)
