"""The 360 view's 保单检视 tab: the household's matrix and gaps arrive from a worker, the report is
written and audited, and a change to another member's policy refreshes the review."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from agentbook.domain import enums as E
from agentbook.domain.models import Cover, Policy, Relationship
from agentbook.ui.customer360.view import Customer360View
from tests.store_builders import person

K = E.CoverKind


def _family(store):
    dad = store.customers.create(person("张伟", born=date(1985, 5, 1), annual_income=Decimal(200_000)))
    mum = store.customers.create(person("李娜", born=date(1987, 2, 1), male=False, annual_income=Decimal(100_000)))
    kid = store.customers.create(person("张小宝", born=date(2018, 6, 1)))
    store.relationships.create(Relationship(mum.id, dad.id, E.RelationKind.SPOUSE))
    store.relationships.create(Relationship(kid.id, dad.id, E.RelationKind.CHILD))
    store.policies.create(_policy("P0001", dad, dad, [Cover(K.DEATH, Decimal(1_000_000))]))
    return dad, mum, kid


def _policy(no: str, holder, insured, covers) -> Policy:
    return Policy(no, "平安人寿", "保障计划", E.BusinessLine.LIFE, holder.id, insured.id, Decimal(3000),
                  covers[0].sum_insured, effective_date=date(2024, 1, 1), payment_years=20, covers=covers)  # fmt: skip


def _open(store, qtbot, customer_id: int) -> Customer360View:
    view = Customer360View(store, customer_id)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.review_panel.reviewed, timeout=30_000):
        view.show()
    return view


def test_review_tab_shows_matrix_gaps_and_writes_the_report(store, qtbot, qapp_font, tmp_path, qtmodeltester):
    dad, mum, kid = _family(store)
    view = _open(store, qtbot, dad.id)
    panel = view.review_panel
    matrix = panel.matrix_model
    qtmodeltester.check(matrix)
    qtmodeltester.check(panel.gaps_model)
    assert [matrix.data(matrix.index(r, 0)) for r in range(matrix.rowCount())] == ["张伟", "李娜", "张小宝"]
    death = list(E.CoverKind).index(K.DEATH) + 2
    assert matrix.data(matrix.index(0, death)).startswith("100万")
    assert matrix.data(matrix.index(1, death)) == "—"
    rows = [panel.gaps_model.row_object(r) for r in range(panel.gaps_model.rowCount())]
    gaps = {(g.member_id, g.kind) for g in rows}
    assert (kid.id, K.MEDICAL) in gaps and (dad.id, K.CRITICAL_ILLNESS) in gaps
    assert "缺口" in view.sections.tabText(view.sections.indexOf(panel))
    assert "家庭成员 3 人" in panel.summary.text() and "300,000.00" not in panel.summary.text()
    view.reveal_button.click()
    assert "家庭年收入 300,000.00 元" in panel.summary.text()

    written: list[Path] = []
    assert panel.export(tmp_path / "report.pdf", done=written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=30_000)
    text = "".join(p.extract_text() for p in PdfReader(written[0]).pages)
    assert "家庭保障检视报告" in text and "张小宝" in text
    assert {e.customer_id for e in store.audit_entries(limit=5) if e.action == "export"} == {dad.id, mum.id, kid.id}


def test_another_members_policy_refreshes_the_review(main_window, demo_store, qtbot) -> None:
    anchor, spouse = demo_store.db.read("SELECT related_id, customer_id FROM relationship WHERE relation = 'spouse'")[0]
    view = main_window.open_customer(anchor)
    qtbot.waitUntil(lambda: view.review_panel.review is not None, timeout=30_000)
    before = view.review_panel.review.member(spouse).total(K.ACCIDENT)
    other = demo_store.customers.get(spouse)
    with qtbot.waitSignal(view.review_panel.reviewed, timeout=30_000):
        demo_store.policies.create(_policy("P2026RV0001", other, other, [Cover(K.ACCIDENT, Decimal(500_000))]))
    assert view.review_panel.review.member(spouse).total(K.ACCIDENT) == before + Decimal(500_000)
