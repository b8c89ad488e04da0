"""The product catalogue dialog: the seeded list, an entry added and edited, a wrong one refused."""

from __future__ import annotations

from decimal import Decimal

from agentbook.domain.cover import SEED_PRODUCTS
from agentbook.domain.enums import BusinessLine, CoverKind
from agentbook.ui.tools.product_catalogue import ProductCatalogueDialog, ProductDialog


def test_catalogue_lists_seeded_products_and_saves_an_entry(store, qtbot, qapp_font, qtmodeltester) -> None:
    dialog = ProductCatalogueDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == len(SEED_PRODUCTS)
    qtmodeltester.check(dialog.model)

    form = ProductDialog(store, None, dialog)
    qtbot.addWidget(form)
    form.insurer.setText("众安保险")
    form.name.setText("尊享e生")
    form.line.setCurrentIndex(form.line.findData(BusinessLine.HEALTH.value))
    form.save()
    assert "请至少选择一种保障类型" in form.error_labels["kinds"].text() and form.saved is None
    assert not form.save_button().isEnabled()  # checked as typed, like every form
    form.kinds[CoverKind.MEDICAL].setChecked(True)
    form.years.setValue(1)
    form.waiting.setValue(30)
    form.deductible.setText("1万")
    form.save()
    assert form.saved is not None
    saved = store.products.get(form.saved.id)
    assert (saved.kinds, saved.usual_years, saved.deductible) == ((CoverKind.MEDICAL,), 1, Decimal(10_000))

    again = ProductDialog(store, saved, dialog)
    qtbot.addWidget(again)
    assert again.years.value() == 1 and again.kinds[CoverKind.MEDICAL].isChecked()
    again.years.setValue(again.years.minimum())  # 未说明
    again.save()
    assert store.products.get(saved.id).usual_years is None
    dialog.reload()
    assert dialog.model.rowCount() == len(SEED_PRODUCTS) + 1
