"""The printed customer archive sheet (客户档案表): A4 portrait, one or many customers per PDF.

Every page carries the agency, the title, the customer's archive number, the print date and
"第 x 页 / 共 y 页" counted per customer (a batch is many paper files in one PDF). Sections that
have nothing say so instead of vanishing; long tables continue with their header row repeated;
sensitive fields are masked unless the caller chose to reveal them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import qrcode
import qrcode.constants
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from agentbook.domain import enums as E
from agentbook.domain.idnumbers import mask_id_number, mask_phone, mask_text
from agentbook.domain.models import Customer
from agentbook.domain.money import format_money
from agentbook.exporters.pdf_fonts import register_font
from agentbook.store.api import Customer360

PAGE_W, PAGE_H = A4
MARGIN = 14 * mm
TOP = 30 * mm  # room for the running header
CONTENT_W = PAGE_W - 2 * MARGIN
GRID = colors.HexColor("#9e9e9e")
SHADE = colors.HexColor("#eceff1")


@dataclass(frozen=True, slots=True)
class SheetOptions:
    agency: str = ""
    reveal: bool = False  # print ID numbers, mobiles, health and financial notes in full
    contact_limit: int = 20
    printed_on: date | None = None


@dataclass(frozen=True, slots=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    head: ParagraphStyle
    section: ParagraphStyle
    title: ParagraphStyle


def styles() -> Styles:
    font = register_font()
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12.5, wordWrap="CJK")
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=7.5, leading=10),
        cell=ParagraphStyle("cell", parent=body, fontSize=7.5, leading=9.5),
        head=ParagraphStyle("head", parent=body, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#263238")),
        section=ParagraphStyle(
            "section",
            parent=body,
            fontSize=11,
            leading=15,
            spaceBefore=7,
            spaceAfter=3,
            textColor=colors.HexColor("#0d47a1"),
        ),
        title=ParagraphStyle("title", parent=body, fontSize=16, leading=20, alignment=TA_CENTER),
    )


def _esc(text: object) -> str:
    return (str(text) if text is not None else "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _label(member: E.LabeledEnum | None) -> str:
    return member.label if member is not None else ""


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


class CustomerStart(Flowable):
    """Zero-size marker: tells the canvas whose pages follow, and adds the PDF outline entry."""

    def __init__(self, customer: Customer) -> None:
        super().__init__()
        self.customer = customer
        self.width = self.height = 0

    def draw(self) -> None:
        canv = self.canv
        key = f"c{self.customer.id}"
        canv.bookmarkPage(key)
        canv.addOutlineEntry(f"{self.customer.archive_no} {self.customer.name}", key, level=0)
        canv.current_customer = (self.customer.archive_no, self.customer.name)  # type: ignore[attr-defined]


class SheetCanvas(pdfcanvas.Canvas):
    """Draws headers after layout, when each customer's page count is known."""

    def __init__(self, *args: object, agency: str = "", printed_on: date | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.agency = agency
        self.printed_on = printed_on or date.today()
        self.current_customer: tuple[str, str] = ("", "")
        self._pages: list[tuple[dict, tuple[str, str]]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append((dict(self.__dict__), self.current_customer))
        self._startPage()

    def save(self) -> None:
        totals: dict[tuple[str, str], int] = {}
        for _state, who in self._pages:
            totals[who] = totals.get(who, 0) + 1
        seen: dict[tuple[str, str], int] = {}
        for state, who in self._pages:
            self.__dict__.update(state)
            seen[who] = seen.get(who, 0) + 1
            self._header(who, seen[who], totals[who])
            super().showPage()
        super().save()

    def _header(self, who: tuple[str, str], page: int, total: int) -> None:
        font = register_font()
        archive_no, name = who
        top = PAGE_H - 12 * mm
        self.setFillColor(colors.black)
        self.setFont(font, 8.5)
        self.drawString(MARGIN, top, self.agency or "")
        self.drawRightString(PAGE_W - MARGIN, top, f"打印日期：{self.printed_on.isoformat()}")
        self.setFont(font, 15)
        self.drawCentredString(PAGE_W / 2, top - 8 * mm, "客户档案表")
        self.setFont(font, 8.5)
        self.drawString(MARGIN, top - 8 * mm, f"档案编号：{archive_no}")
        self.drawRightString(PAGE_W - MARGIN, top - 8 * mm, f"第 {page} 页 / 共 {total} 页")
        self.setStrokeColor(colors.HexColor("#455a64"))
        self.setLineWidth(0.8)
        self.line(MARGIN, top - 11 * mm, PAGE_W - MARGIN, top - 11 * mm)
        self.setFont(font, 7)
        self.setFillColor(colors.HexColor("#607d8b"))
        self.drawCentredString(PAGE_W / 2, 8 * mm, f"{name} · {archive_no} · 本表含个人信息，请按档案管理规定保管")


class QrCode(Flowable):
    """The archive number as a QR code, drawn as one filled path.

    reportlab's QR widget builds a graphics shape per module and scores all eight masks; with a
    fixed mask and a single path the code costs well under a millisecond per sheet.
    """

    def __init__(self, text: str, size: float = 24 * mm) -> None:
        super().__init__()
        code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M, mask_pattern=0)
        code.add_data(text)
        code.make(fit=True)
        self.matrix = code.get_matrix()
        self.size = size

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        cells = len(self.matrix)
        step = self.size / cells
        path = self.canv.beginPath()
        for row, line in enumerate(self.matrix):
            for column, dark in enumerate(line):
                if dark:
                    path.rect(column * step, self.size - (row + 1) * step, step, step)
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def _fits(text: str, width: float, size: float) -> bool:
    """Whether *text* fits on one line of a cell: CJK glyphs are one em wide, others about half."""
    ems = sum(1.0 if ord(ch) > 0x2E7F else 0.55 for ch in text)
    return "\n" not in text and ems * size <= width - 7


def _grid(rows: list[list[object]], widths: list[float], st: Styles, header: bool = True) -> Table:
    """A bordered table; only cells that need wrapping become Paragraphs.

    Plain strings draw several times faster than Paragraphs, and most cells (numbers, dates,
    codes) fit on one line — this is what keeps batches of sheets quick.
    """

    def cell(value: object, style: ParagraphStyle, width: float) -> object:
        if isinstance(value, Flowable):
            return value
        text = str(value) if value is not None else ""
        return text if _fits(text, width, style.fontSize) else Paragraph(_esc(text), style)

    data = [
        [cell(v, st.head if header and i == 0 else st.cell, widths[j]) for j, v in enumerate(row)]
        for i, row in enumerate(rows)
    ]
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    commands = [
        ("FONT", (0, 0), (-1, -1), st.cell.fontName, st.cell.fontSize, st.cell.leading),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
        commands.append(("TEXTCOLOR", (0, 0), (-1, 0), colors.HexColor("#263238")))
    table.setStyle(TableStyle(commands))
    return table


def _pairs(items: list[tuple[str, str]], st: Styles, columns: int = 2) -> Table:
    """Label/value pairs laid out in *columns* columns, labels shaded like a paper form."""
    rows: list[list[object]] = []
    for start in range(0, len(items), columns):
        row: list[object] = []
        for label, value in items[start : start + columns]:
            row += [label, value]
        row += ["", ""] * (columns - len(items[start : start + columns]))
        rows.append(row)
    label_w, value_w = 22 * mm, CONTENT_W / columns - 22 * mm
    table = _grid(rows, [label_w, value_w] * columns, st, header=False)
    table.setStyle(TableStyle([("BACKGROUND", (i, 0), (i, -1), SHADE) for i in range(0, 2 * columns, 2)]))
    return table


def _none(st: Styles, text: str = "无记录") -> Paragraph:
    return Paragraph(f'<font color="#757575">{_esc(text)}</font>', st.body)


class SheetBuilder:
    """Turns one Customer360 into flowables."""

    def __init__(self, options: SheetOptions) -> None:
        self.options = options
        self.st = styles()

    def _mask(self, kind: str, value: str) -> str:
        if self.options.reveal:
            return value
        return {"id": mask_id_number, "phone": mask_phone, "text": mask_text}[kind](value)

    def story(self, data: Customer360) -> list[Flowable]:
        c, st = data.customer, self.st
        out: list[Flowable] = [CustomerStart(c)]
        heading = Table(
            [
                [
                    Paragraph(f"<b>{_esc(c.name)}</b>", ParagraphStyle("n", parent=st.title, alignment=0)),
                    Paragraph(
                        _esc(
                            f"{_label(c.kind)}客户 · {_label(c.lifecycle)} · 风险{_label(c.risk_level) or '未评'}"
                            f" · {_label(c.value_tier) or '未分级'}"
                        ),
                        st.body,
                    ),
                    QrCode(c.archive_no),
                ]
            ],
            colWidths=[70 * mm, CONTENT_W - 70 * mm - 26 * mm, 26 * mm],
        )
        heading.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        out.append(heading)
        out += self._basic(c)
        out += self._relations(data)
        out += self._needs(c)
        out += self._policies(data)
        out += self._payments(data)
        out += self._claims(data)
        out += self._contacts(data)
        out += self._consent_and_remarks(c)
        out.append(self._signatures())
        return out

    def _section(self, title: str) -> Paragraph:
        return Paragraph(_esc(title), self.st.section)

    def _basic(self, c: Customer) -> list[Flowable]:
        items = [("姓名/名称", c.name), ("客户类型", _label(c.kind))]
        if c.kind is E.CustomerKind.INDIVIDUAL:
            items += [("性别", _label(c.gender)), ("出生日期", _day(c.birth_date))]
        if c.kind is not E.CustomerKind.FAMILY:
            items += [(_label(c.id_type) or "证件号码", self._mask("id", c.id_number))]
        items += [
            ("手机", self._mask("phone", c.mobile)),
            ("固定电话", c.phone),
            ("微信", c.wechat),
            ("电子邮箱", c.email),
            ("职业", c.occupation),
            ("工作单位", c.employer),
            ("年收入", self._mask("text", format_money(c.annual_income)) if c.annual_income is not None else ""),
            ("客户来源", c.source_channel),
            ("标签", "、".join(c.tags)),
        ]
        items.append(("地址", c.address))
        return [self._section("一、基本信息"), _pairs(items, self.st)]

    def _relations(self, data: Customer360) -> list[Flowable]:
        out: list[Flowable] = [self._section("二、家庭与关系")]
        if not data.relations:
            return [*out, _none(self.st)]
        rows = [["姓名/名称", "关系", "档案编号"]] + [
            [r.other_name, _label(r.relation), r.other_archive_no] for r in data.relations
        ]
        return [*out, _grid(rows, [CONTENT_W * 0.4, CONTENT_W * 0.25, CONTENT_W * 0.35], self.st)]

    def _needs(self, c: Customer) -> list[Flowable]:
        items = [
            ("保障偏好", _label(c.protection_preference)),
            ("风险承受", _label(c.risk_tolerance)),
            ("保险需求", c.needs),
            ("健康状况", self._mask("text", c.health_notes)),
            ("财务状况", self._mask("text", c.financial_notes)),
        ]
        if not any(v for _k, v in items):
            return [self._section("三、需求与偏好"), _none(self.st)]
        return [self._section("三、需求与偏好"), _pairs(items, self.st, columns=1)]

    def _policies(self, data: Customer360) -> list[Flowable]:
        out: list[Flowable] = [self._section(f"四、保单信息（{len(data.policies)} 份）")]
        if not data.policies:
            return [*out, _none(self.st)]
        names = data.names
        rows: list[list[object]] = [
            [
                "保单号",
                "保险公司 / 产品",
                "险种",
                "投保人 / 被保险人",
                "受益人（比例）",
                "保额",
                "保费 / 缴费方式",
                "生效 / 到期",
                "状态",
            ]
        ]
        for p in data.policies:
            beneficiaries = "；".join(
                f"{b.name}（{_label(b.relation)} {b.share.normalize():f}%）"
                + (f" 第{b.order}顺位" if b.order > 1 else "")
                for b in p.beneficiaries
            )
            rows.append(
                [
                    p.policy_no,
                    f"{p.insurer} / {p.product}",
                    _label(p.business_line),
                    f"{names.get(p.policyholder_id, '')} / {names.get(p.insured_id, '')}",
                    beneficiaries or "法定",
                    format_money(p.sum_insured),
                    f"{format_money(p.premium)} / {_label(p.payment_mode)}",
                    f"{_day(p.effective_date)} / {_day(p.expiry_date) or '终身'}",
                    _label(p.status),
                ]
            )
        widths = [25, 27, 10, 22, 28, 18, 20, 19, 0]
        widths[-1] = CONTENT_W / mm - sum(widths)
        return [*out, _grid(rows, [w * mm for w in widths], self.st)]

    def _payments(self, data: Customer360) -> list[Flowable]:
        out: list[Flowable] = [self._section("五、缴费记录")]
        if not data.payments:
            return [*out, _none(self.st)]
        today = self.options.printed_on or date.today()
        rows: list[list[object]] = [["保单号", "已缴期数", "已缴金额合计", "最近缴费", "下期应缴", "逾期"]]
        for p in data.policies:
            mine = [y for y in data.payments if y.policy_id == p.id]
            if not mine:
                continue
            paid = [y for y in mine if y.status is E.PaymentStatus.PAID]
            due = sorted(
                (y for y in mine if y.status is E.PaymentStatus.DUE and y.due_date >= today), key=lambda y: y.due_date
            )
            overdue = [y for y in mine if y.status_on(today) is E.PaymentStatus.OVERDUE]
            last = max(paid, key=lambda y: y.paid_date or y.due_date, default=None)
            total = sum((y.amount_paid or 0 for y in paid), start=0)
            rows.append(
                [
                    p.policy_no,
                    str(len(paid)),
                    format_money(total) if paid else "",
                    f"{_day(last.paid_date)}（第{last.period}期）" if last else "",
                    f"{_day(due[0].due_date)} {format_money(due[0].amount_due)}" if due else "",
                    f"{len(overdue)} 期 {format_money(sum((y.amount_due for y in overdue), start=0))}"
                    if overdue
                    else "无",
                ]
            )
        widths = [0.2, 0.1, 0.16, 0.18, 0.2, 0.16]
        return [*out, _grid(rows, [w * CONTENT_W for w in widths], self.st)]

    def _claims(self, data: Customer360) -> list[Flowable]:
        out: list[Flowable] = [self._section("六、理赔记录")]
        if not data.claims:
            return [*out, _none(self.st)]
        numbers = {p.id: p.policy_no for p in data.policies}
        rows: list[list[object]] = [
            ["理赔编号", "保单号", "出险 / 报案日期", "出险原因", "申请金额", "实赔金额", "状态"]
        ]
        rows += [
            [
                k.claim_no,
                numbers.get(k.policy_id, ""),
                f"{_day(k.incident_date)} / {_day(k.filed_date)}",
                k.cause,
                format_money(k.amount_claimed),
                format_money(k.amount_paid),
                _label(k.status),
            ]
            for k in data.claims
        ]
        widths = [0.15, 0.17, 0.19, 0.17, 0.11, 0.11, 0.1]
        return [*out, _grid(rows, [w * CONTENT_W for w in widths], self.st)]

    def _contacts(self, data: Customer360) -> list[Flowable]:
        limit = self.options.contact_limit
        shown = data.contacts[:limit]
        title = "七、沟通记录" + (f"（最近 {len(shown)} 条，共 {len(data.contacts)} 条）" if data.contacts else "")
        out: list[Flowable] = [self._section(title)]
        if not shown:
            return [*out, _none(self.st)]
        rows: list[list[object]] = [["时间", "方式", "目的", "内容", "结果", "跟进"]]
        rows += [
            [
                t.contacted_at.strftime("%Y-%m-%d %H:%M"),
                _label(t.channel),
                _label(t.purpose),
                t.summary,
                t.outcome,
                (_day(t.follow_up_date) + ("（已完成）" if t.follow_up_done else "")) if t.follow_up_date else "",
            ]
            for t in shown
        ]
        widths = [0.15, 0.08, 0.1, 0.37, 0.14, 0.16]
        return [*out, _grid(rows, [w * CONTENT_W for w in widths], self.st)]

    def _consent_and_remarks(self, c: Customer) -> list[Flowable]:
        if c.consent_date:
            consent = (
                f"{c.consent_date.isoformat()} 同意：{c.consent_scope or '（未写明范围）'}；敏感个人信息单独同意："
                + ("是" if c.consent_sensitive else "否")
            )
        else:
            consent = "未记录知情同意"
        return [
            self._section("八、知情同意"),
            Paragraph(_esc(consent), self.st.body),
            self._section("九、备注"),
            Paragraph(_esc(c.remarks), self.st.body) if c.remarks else _none(self.st, "无"),
        ]

    def _signatures(self) -> Flowable:
        line = "＿＿＿＿＿＿＿＿＿＿＿＿"
        table = Table(
            [
                [
                    Paragraph(f"客户签字：{line}", self.st.body),
                    Paragraph(f"经办人：{line}", self.st.body),
                    Paragraph(f"日期：{line}", self.st.body),
                ]
            ],
            colWidths=[CONTENT_W / 3] * 3,
        )
        return KeepTogether([Spacer(1, 10 * mm), table])


class SheetCancelledError(Exception):
    """The user cancelled a batch; nothing was written."""


def _document(path: Path, options: SheetOptions, title: str) -> BaseDocTemplate:
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=14 * mm,
        title=title,
        author=options.agency or "agentbook",
        creator="agentbook",
        subject="客户档案表",
    )
    frame = Frame(
        MARGIN,
        14 * mm,
        CONTENT_W,
        PAGE_H - TOP - 14 * mm,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame])])
    return doc


def _build(path: Path, story: list[Flowable], options: SheetOptions, title: str) -> None:
    """Write to ``path.tmp`` and rename at the end: a failure or a cancel leaves no half file."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        _document(tmp, options, title).build(
            story,
            canvasmaker=lambda *a, **k: SheetCanvas(*a, agency=options.agency, printed_on=options.printed_on, **k),
        )
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def render_one(data: Customer360, path: Path, options: SheetOptions) -> Path:
    path = Path(path)
    _build(path, SheetBuilder(options).story(data), options, f"客户档案表 {data.customer.archive_no}")
    return path


def render_batch(
    sheets: Iterable[Customer360],
    path: Path,
    options: SheetOptions,
    *,
    total: int,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Many customers in one PDF: each starts on a new page and has its own outline entry."""
    builder = SheetBuilder(options)
    story: list[Flowable] = []
    for n, data in enumerate(sheets, start=1):
        if cancelled and cancelled():
            raise SheetCancelledError()
        if story:
            story.append(PageBreak())
        story += builder.story(data)
        if progress:
            progress(n, total)
    if cancelled and cancelled():
        raise SheetCancelledError()
    path = Path(path)
    _build(path, story, options, "客户档案表")
    return path
