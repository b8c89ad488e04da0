"""家庭保障检视报告: the family review on A4 for the customer, with masked IDs.

It lists the household, the matrix of members × kinds of cover, a chart per member, the gaps,
duplicate cover, premiums at risk of lapsing and every policy counted; the agent's name and the
date are on every page, and the footer says plainly that the report recommends no product.
Writing it is audit-logged for each member of the household, like every print of personal data.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer

from agentbook.domain.enums import CoverKind
from agentbook.domain.idnumbers import mask_id_number, mask_text
from agentbook.domain.money import format_money
from agentbook.domain.review import LAPSE_TEXTS, FamilyReview, gap_text, short_money
from agentbook.exporters.files import replaced_atomically
from agentbook.exporters.pdf_fonts import pdf_font, prepare_document
from agentbook.exporters.pdf_grid import ACCENT, INK, MUTED, Column, Grid, TextBlock
from agentbook.exporters.pdf_text import wrap
from agentbook.exporters.review_chart import member_chart
from agentbook.store.api import Store

TITLE = "家庭保障检视报告"
DISCLAIMER = (
    "本报告根据档案中登记的保单整理，仅用于家庭保障检视，不构成任何保险产品推荐或承保、理赔承诺；"
    "保障责任以保险合同条款为准。建议配置额度依据经办人设定的通用规则估算，请结合家庭实际情况判断。"
)
DUPLICATES_TITLE = "重复保障（补偿型保障重复投保不能重复获赔）"
PAGE_W, PAGE_H = A4
MARGIN_X = 15 * mm
TOP = 30 * mm
BOTTOM = 18 * mm
WIDTH = PAGE_W - 2 * MARGIN_X
KINDS = tuple(CoverKind)
RELATIONS = {"self": "本人", "spouse": "配偶", "child": "子女", "parent": "父母", "member": "家庭成员"}


class _ReportDocument(BaseDocTemplate):
    def __init__(self, target: str, *, household: str, agent: str, agency: str, printed_on: date) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=TITLE,
            author=agency or agent or "agentbook",
            subject=f"{TITLE}：{household}",
            creator="agentbook",
            initialFontName=pdf_font(),
        )
        frame = Frame(MARGIN_X, BOTTOM, WIDTH, PAGE_H - TOP - BOTTOM, id="body", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)  # fmt: skip
        self.addPageTemplates([PageTemplate(id="report", frames=[frame], onPage=self._decorate)])
        self.household, self.agent, self.agency, self.printed_on = household, agent, agency, printed_on

    def beforeDocument(self) -> None:  # noqa: N802 - reportlab's hook
        prepare_document(self.canv._doc)

    def _decorate(self, canv: Canvas, _doc: BaseDocTemplate) -> None:
        font = pdf_font()
        left, right = MARGIN_X, PAGE_W - MARGIN_X
        canv.saveState()
        canv.setFillColor(MUTED)
        canv.setFont(font, 8.5)
        canv.drawString(left, PAGE_H - 12 * mm, self.agency)
        canv.drawRightString(right, PAGE_H - 12 * mm, f"检视日期：{self.printed_on.isoformat()}")
        canv.setFillColor(INK)
        canv.setFont(font, 16)
        canv.drawCentredString(PAGE_W / 2, PAGE_H - 19 * mm, TITLE)
        canv.setFont(font, 8.5)
        canv.drawString(left, PAGE_H - 25 * mm, f"家庭：{self.household}")
        canv.drawRightString(right, PAGE_H - 25 * mm, f"经办人：{self.agent}")
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(1)
        canv.line(left, PAGE_H - 27 * mm, right, PAGE_H - 27 * mm)
        canv.setStrokeColor(MUTED)
        canv.setLineWidth(0.4)
        canv.line(left, 14 * mm, right, 14 * mm)
        canv.setFont(font, 6.5)
        canv.setFillColor(MUTED)
        for i, line in enumerate(wrap(DISCLAIMER, WIDTH - 35 * mm, 6.5)[:2]):
            canv.drawString(left, (10.5 - 3 * i) * mm, line)
        canv.drawRightString(right, 7.5 * mm, f"第 {canv.getPageNumber()} 页 · 证件号码、收入已脱敏")
        canv.restoreState()


def _until_text(value: object) -> str:
    if value == "":
        return ""
    return "终身" if value is None else f"至{value:%Y-%m}"


def story(review: FamilyReview) -> list[Flowable]:
    """The report's flowables, in reading order."""
    names = {m.member.customer_id: m.member.name for m in review.members}
    names.update({k: v for k, v in review.payers.items() if k not in names})
    burden = review.burden_pct
    summary = [
        ["家庭成员", f"{len(review.members)} 人", "家庭年收入", mask_text(format_money(review.household_income))],
        ["年缴保费合计", format_money(review.annual_premium) + " 元", "保费占收入",
         (f"{burden}%" + ("（偏高）" if review.burden_too_high else "")) if burden is not None else "收入未登记"],
        ["保障缺口", f"{len(review.gaps)} 项", "重复保障 / 缴费逾期",
         f"{len(review.duplicates)} 项 / {len(review.lapse_risks)} 件"],
    ]  # fmt: skip
    quarter = WIDTH / 4
    out: list[Flowable] = [
        Grid([Column(quarter)] * 4, summary, title="检视概要", label_cells=(0, 2)),
        Spacer(0, 4 * mm),
    ]
    members = [
        [m.member.name, RELATIONS.get(m.member.relation.value, m.member.relation.label),
         str(m.member.age(review.today) if m.member.age(review.today) is not None else ""),
         mask_id_number(m.member.id_number), mask_text(format_money(m.member.annual_income)),
         format_money(m.annual_premium),
         "、".join(sorted({names.get(line.payer_id, "") for line in m.lines if line.payer_id}))]
        for m in review.members
    ]  # fmt: skip
    widths = (0.13, 0.1, 0.07, 0.22, 0.15, 0.15, 0.18)
    out += [
        Grid([Column(WIDTH * w) for w in widths], members, title="家庭成员",
             header=["姓名", "关系", "年龄", "证件号码", "年收入（元）", "年缴保费（元）", "缴费人"]),
        Spacer(0, 4 * mm),
    ]  # fmt: skip
    first = WIDTH * 0.16
    matrix = [
        [m.member.name]
        + [
            (short_money(m.total(kind)) + "\n" + _until_text(m.until(kind))) if m.lines_of(kind) else "—"
            for kind in KINDS
        ]
        for m in review.members
    ]
    out += [
        Grid([Column(first)] + [Column((WIDTH - first) / len(KINDS), "center")] * len(KINDS), matrix,
             title="保障全景（保额 · 保障期限）", header=["成员", *[k.label for k in KINDS]], label_cells=(0,)),
        Spacer(0, 4 * mm),
    ]  # fmt: skip
    for m in review.members:
        out.append(KeepTogether([member_chart(review, m, WIDTH), Spacer(0, 2 * mm)]))
    gaps = [
        [names.get(g.member_id, ""), g.kind.label, gap_text(g, review.rules),
         short_money(g.covered) if g.covered else "无", short_money(g.shortfall) if g.required else "—"]
        for g in review.gaps
    ]  # fmt: skip
    out += [
        Spacer(0, 2 * mm),
        Grid([Column(WIDTH * w) for w in (0.12, 0.14, 0.48, 0.13, 0.13)], gaps, title="保障缺口",
             header=["成员", "保障类型", "检视依据", "现有保额", "缺口"], empty="未发现保障缺口"),
        Spacer(0, 4 * mm),
    ]  # fmt: skip
    duplicates = [
        [names.get(d.member_id, ""), d.kind.label,
         "；".join(f"{line.product}（{line.policy_no}）{short_money(line.sum_insured)}" for line in d.lines)]
        for d in review.duplicates
    ]  # fmt: skip
    out += [
        Grid([Column(WIDTH * w) for w in (0.12, 0.14, 0.74)], duplicates, title=DUPLICATES_TITLE,
             header=["成员", "保障类型", "保单"], empty="未发现重复保障"),
        Spacer(0, 4 * mm),
    ]  # fmt: skip
    risks = [
        [r.policy_no, r.product, names.get(r.insured_id, ""), r.due_date.isoformat(), format_money(r.amount),
         f"{r.days_overdue} 天", r.grace_ends.isoformat(), LAPSE_TEXTS[r.state]]
        for r in review.lapse_risks
    ]  # fmt: skip
    out += [
        Grid([Column(WIDTH * w) for w in (0.15, 0.17, 0.1, 0.12, 0.11, 0.09, 0.12, 0.14)], risks,
             title="缴费逾期与失效风险", header=["保单号", "产品", "被保险人", "应缴日期", "应缴金额", "逾期",
                                               "宽限期至", "状态"], empty="没有逾期未缴的保费"),
        Spacer(0, 4 * mm),
    ]  # fmt: skip
    lines = [
        [m.member.name, line.policy_no, line.product + (f" · {line.rider}" if line.rider else ""), line.kind.label,
         short_money(line.sum_insured), _until_text(line.until), names.get(line.payer_id, ""),
         format_money(line.annual_premium) if line.annual_premium else ""]
        for m in review.members for line in m.lines
    ]  # fmt: skip
    out += [
        Grid([Column(WIDTH * w) for w in (0.1, 0.16, 0.24, 0.12, 0.09, 0.1, 0.08, 0.11)], lines, title="保单明细",
             header=["被保险人", "保单号", "产品", "保障类型", "保额", "保障期限", "缴费人", "年缴保费"],
             empty="家庭成员名下没有有效保单"),
        Spacer(0, 4 * mm),
        TextBlock(WIDTH, DISCLAIMER, title="说明"),
    ]  # fmt: skip
    if review.inferred:
        note = f"有 {review.inferred} 份保单未登记保障类型，本报告按产品目录或产品名称推断，请核对。"
        out.insert(2, TextBlock(WIDTH, note, title="提示"))
    return out


def write_review(
    review: FamilyReview, path: Path, *, household: str, agent: str, agency: str = "", printed_on: date
) -> Path:
    """The report of *review* at *path*, replacing an older file only once it is complete."""
    path = Path(path)
    with replaced_atomically(path) as temp:
        doc = _ReportDocument(str(temp), household=household, agent=agent, agency=agency, printed_on=printed_on)
        doc.build(story(review))
    return path


def export_review(store: Store, customer_id: int, path: Path) -> Path:
    """Review *customer_id*'s household now and write the report, audited for every member."""
    review = store.family_review(customer_id)
    settings = store.settings
    anchor = store.customers.get(customer_id)
    household = anchor.name if len(review.members) < 2 else f"{anchor.name}家庭"
    written = write_review(
        review,
        path,
        household=household,
        agent=settings.get("agent_name") or store.actor,
        agency=settings.get("agency_name"),
        printed_on=store.today(),
    )
    details = {"report": "family_review", "file": str(written), "members": len(review.members), "masked": True}
    ids = [m.member.customer_id for m in review.members] or [customer_id]
    with store.batch():
        for member_id in ids:
            store.record_event("export", "customer", member_id, customer_id=member_id, summary=TITLE, details=details)
    return written
