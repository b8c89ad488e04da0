"""The chart of one member in the 家庭保障检视报告: a bar per kind of personal cover, the sum
insured against the level the rules ask for.

Bars are scaled per member on a square-root axis: a 300万 medical limit next to a 20万 重疾 would
flatten every other bar on a linear one, and a logarithmic axis reads badly to a customer.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from agentbook.domain.enums import CoverKind
from agentbook.domain.review import FamilyReview, MemberReview, short_money
from agentbook.exporters.pdf_fonts import pdf_font
from agentbook.exporters.pdf_grid import ACCENT, INK, MUTED

PERSONAL = (
    CoverKind.DEATH,
    CoverKind.CRITICAL_ILLNESS,
    CoverKind.MEDICAL,
    CoverKind.ACCIDENT,
    CoverKind.ANNUITY,
)
SHORT = colors.HexColor("#b3261e")
MET = colors.HexColor("#2e7d32")
BAR = colors.HexColor("#7fa7c9")
ROW_H = 13.0
LABEL_W = 78.0
VALUE_W = 120.0


def member_chart(review: FamilyReview, m: MemberReview, width: float) -> Drawing:
    """Bars of *m*'s cover by kind, the rule's level as a tick, gaps in red."""
    font = pdf_font()
    needs = {g.kind: g for g in review.gaps if g.member_id == m.member.customer_id}
    rows = [(kind, m.total(kind), needs.get(kind)) for kind in PERSONAL]
    top = max([float(total) for _k, total, _g in rows] + [float(g.required or 0) for _k, _t, g in rows if g] + [1.0])
    scale = (width - LABEL_W - VALUE_W) / top**0.5
    height = ROW_H * len(rows) + 16
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, f"{m.member.name} 的保障", fontName=font, fontSize=8.5, fillColor=ACCENT))
    for i, (kind, total, gap) in enumerate(rows):
        y = height - 16 - (i + 1) * ROW_H + 3
        drawing.add(String(0, y + 1.5, kind.label, fontName=font, fontSize=7.5, fillColor=INK))
        length = float(total) ** 0.5 * scale
        colour = SHORT if gap is not None else (MET if total > 0 else MUTED)
        if length > 0:
            drawing.add(Rect(LABEL_W, y, length, ROW_H - 5, fillColor=BAR, strokeColor=None))
        if gap is not None and gap.required:
            x = LABEL_W + float(gap.required) ** 0.5 * scale
            drawing.add(Line(x, y - 1.5, x, y + ROW_H - 3.5, strokeColor=SHORT, strokeWidth=1.2))
        drawing.add(
            String(width - VALUE_W + 6, y + 1.5, _value_text(total, gap), fontName=font, fontSize=7.5, fillColor=colour)
        )
    return drawing


def _value_text(total: Decimal, gap: object) -> str:
    have = short_money(total) if total > 0 else "无"
    required = getattr(gap, "required", None)
    if gap is None:
        return have
    if required:
        return f"{have}（建议 {short_money(required)}）"
    return f"{have}（建议配置）"
