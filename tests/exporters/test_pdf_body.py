"""The sheet's sections stacked in one flowable break across pages exactly where they did one by one."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from agentbook.domain import enums as E
from agentbook.domain.models import ContactEntry
from agentbook.exporters.pdf_body import SheetBody
from agentbook.exporters.pdf_page import CONTENT_W, FOOTER_H, HEADER_H, MARGIN_X
from agentbook.exporters.pdf_sheet import SheetBuilder, SheetOptions


def pages(path, story) -> list[str]:
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=HEADER_H,
                            bottomMargin=FOOTER_H)  # fmt: skip
    doc.build(story)
    return [page.extract_text() for page in PdfReader(path).pages]


def test_a_long_sheet_breaks_on_the_same_rows_as_its_sections_did_one_by_one(demo_store, tmp_path):
    cid = demo_store.db.read_one("SELECT policyholder_id FROM policy GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")[0]
    with demo_store.db.transaction():
        for n in range(90):
            note = f"第{n:03d}次回访：客户询问保单贷款与减额交清的区别，已详细解释并约定下次面谈" * (1 + n % 3)
            when = datetime(2025, 1, 1, 9) + timedelta(days=n)
            demo_store.contacts.create(ContactEntry(cid, when, E.ContactChannel.PHONE, E.ContactPurpose.FOLLOW_UP,
                                                    note))  # fmt: skip
    builder = SheetBuilder(SheetOptions(printed_on=date(2026, 11, 23), contact_limit=500))
    data = demo_store.customer_360(cid, contact_limit=501)
    one_by_one = pages(tmp_path / "flowables.pdf", builder.flowables(data))
    stacked = pages(tmp_path / "body.pdf", [SheetBody(builder.flowables(data), CONTENT_W)])
    assert len(one_by_one) >= 4
    assert stacked == one_by_one
    assert "八、沟通记录（续）" in "".join(stacked) and "客户签字" in stacked[-1]
