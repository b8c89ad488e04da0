"""家庭保障检视报告 as a real PDF: text present (pypdf), IDs masked, audited for each member."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pypdf import PdfReader

from agentbook.domain import enums as E
from agentbook.domain.models import Cover, Policy, Relationship
from agentbook.exporters.family_review import DISCLAIMER, TITLE, export_review
from tests.store_builders import person

K = E.CoverKind


def _family(store):
    dad = store.customers.create(person("张伟", born=date(1985, 5, 1), annual_income=Decimal(200_000)))
    mum = store.customers.create(person("李娜", born=date(1987, 2, 1), male=False, annual_income=Decimal(100_000)))
    kid = store.customers.create(person("张小宝", born=date(2018, 6, 1)))
    store.relationships.create(Relationship(mum.id, dad.id, E.RelationKind.SPOUSE))
    store.relationships.create(Relationship(kid.id, dad.id, E.RelationKind.CHILD))
    for no, insured, covers in (
        ("P0001", dad, [Cover(K.DEATH, Decimal(1_000_000)), Cover(K.CRITICAL_ILLNESS, Decimal(400_000))]),
        ("P0002", kid, [Cover(K.CRITICAL_ILLNESS, Decimal(200_000))]),
        ("P0003", mum, [Cover(K.MEDICAL, Decimal(2_000_000), deductible=Decimal(10_000))]),
        ("P0004", mum, [Cover(K.MEDICAL, Decimal(1_000_000))]),
    ):
        store.policies.create(
            Policy(no, "平安人寿", "保障计划", E.BusinessLine.LIFE, dad.id, insured.id, Decimal(3000),
                   covers[0].sum_insured, effective_date=date(2024, 1, 1), payment_years=20, covers=covers)
        )  # fmt: skip
    return dad, mum, kid


def test_report_lists_the_family_review_masked_and_audited(store, tmp_path) -> None:
    dad, mum, kid = _family(store)
    store.update_settings({"agent_name": "王经理", "agency_name": "某某保险代理有限公司"})
    path = export_review(store, dad.id, tmp_path / "检视.pdf")
    reader = PdfReader(path)
    text = "".join(page.extract_text() for page in reader.pages)
    for expected in (TITLE, "张伟家庭", "经办人：王经理", "检视日期：2026-11-23", "保障全景", "张小宝 的保障",
                     "子女重疾保额宜不低于", "重复保障", "100万", "终身", DISCLAIMER[:20]):  # fmt: skip
        assert expected in text, expected
    assert dad.id_number not in text and dad.id_number[-4:] in text  # masked, tail kept
    assert "200,000.00" not in text and "300,000.00" not in text  # incomes are financial information
    assert reader.metadata.title == TITLE
    exported = [e for e in store.audit_entries(limit=10) if e.action == "export"]
    assert sorted(e.customer_id for e in exported) == sorted([dad.id, mum.id, kid.id])
