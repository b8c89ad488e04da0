"""The policy dialog's kinds of cover: filled from the catalogue, guessed for free text, saved."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from agentbook.domain.enums import BusinessLine, CoverKind
from agentbook.ui.dialogs.policy_dialog import PolicyDialog
from tests.store_builders import person


@pytest.fixture(autouse=True)
def discard_answers(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def _dialog(store, qtbot, insurer: str, product: str) -> PolicyDialog:
    holder = store.customers.create(person("张三"))
    dialog = PolicyDialog(store, None, customer_id=holder.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.policy_no.insert("P2026000001")
    dialog.form.insurer.setCurrentText(insurer)
    dialog.form.premium.insert("5000")
    dialog.form.sum_insured.insert("50万")
    dialog.form.product.setText(product)
    dialog.form.product.editingFinished.emit()
    return dialog


def test_catalogued_product_fills_covers_line_and_period(store, qtbot, qapp_font) -> None:
    dialog = _dialog(store, qtbot, "平安人寿", "平安福")
    editor = dialog.cover_editor
    covers, errors = editor.covers()
    assert errors == []
    assert [(c.kind, c.sum_insured, c.waiting_days) for c in covers] == [
        (CoverKind.DEATH, Decimal(500_000), 180),
        (CoverKind.CRITICAL_ILLNESS, Decimal(500_000), 180),
    ]
    assert dialog.value("business_line") is BusinessLine.LIFE
    assert dialog.value("expiry_date") is None  # 终身: no end date to fill
    editor.add_button.click()
    row = editor.table.rowCount() - 1
    editor.table.cellWidget(row, 0).setText("附加住院医疗")
    kind = editor.table.cellWidget(row, 1)
    kind.setCurrentIndex(kind.findData(CoverKind.MEDICAL.value))
    editor.table.cellWidget(row, 2).setText("2万")
    editor.table.cellWidget(row, 3).setText("100")
    assert dialog.validate_now(), dialog.form.general_error.text()
    dialog.form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    saved = store.policies.get(dialog.saved.id)
    assert [(c.rider, c.kind, c.sum_insured, c.deductible) for c in saved.covers] == [
        ("", CoverKind.DEATH, Decimal(500_000), None),
        ("", CoverKind.CRITICAL_ILLNESS, Decimal(500_000), None),
        ("附加住院医疗", CoverKind.MEDICAL, Decimal(20_000), Decimal(100)),
    ]


def test_free_text_product_is_guessed_and_a_wrong_deductible_refused(store, qtbot, qapp_font) -> None:
    dialog = _dialog(store, qtbot, "某保险公司", "安心少儿重疾")
    assert dialog.cover_editor.table.rowCount() == 0  # not catalogued: nothing filled unasked
    dialog.cover_editor.fill_button.click()
    assert [c.kind for c in dialog.cover_editor.covers()[0]] == [CoverKind.CRITICAL_ILLNESS]
    assert "推断" in dialog.cover_editor.note.text()
    dialog.cover_editor.table.cellWidget(0, 3).setText("100")  # a deductible on 重疾
    assert not dialog.validate_now()
    assert "免赔额" in dialog.form.general_error.text()
