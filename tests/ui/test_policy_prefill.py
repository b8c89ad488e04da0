"""新建保单 from a photo of the policy's first page: fields proposed, confirmed, saved only on Save."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from agentbook.demo import scans
from agentbook.domain import enums as E
from agentbook.store.api import Store
from agentbook.ui.dialogs.policy_dialog import PolicyDialog
from tests import store_builders as b
from tests.conftest import TODAY

pytest.importorskip("rapidocr")


@pytest.fixture(autouse=True)
def discard_answers(monkeypatch):
    """Answer "discard" to the unsaved-changes question when qtbot closes dialogs at teardown."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)


def _page(tmp_path, holder: scans.Person, insured: scans.Person, spoil: scans.Spoil, ends: date | None):
    path = tmp_path / "保单首页.jpg"
    scan = scans.policy_first_page(holder, insured, "P2026112300417", "300,000.00", "6,850.00",
                                   date(2026, 12, 1), ends, spoil, seed=17)  # fmt: skip
    path.write_bytes(scan.data)
    return path


def test_a_policy_photo_fills_a_new_policy_for_the_user_to_confirm(qtbot, qapp_font, store: Store, tmp_path):
    rng = random.Random(17)
    holder, insured = scans.person(rng, TODAY), scans.person(rng, TODAY)
    holder_id = store.customers.create(b.person(holder.name)).id
    insured_id = store.customers.create(b.person(insured.name, male=False)).id
    dialog = PolicyDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.prefill is not None and dialog.prefill.button.isVisibleTo(dialog)
    spoil = scans.Spoil(rotate=4, noise=15, quality=60, desk=True)
    with qtbot.waitSignal(dialog.prefill.reader.finished, timeout=60_000):
        dialog.prefill.read_file(_page(tmp_path, holder, insured, spoil, date(2046, 12, 1)))
    assert dialog.value("policy_no") == "P2026112300417"
    assert dialog.value("insurer") == "某某人寿保险股份有限公司"
    assert dialog.value("sum_insured") == Decimal("300000.00") and dialog.value("premium") == Decimal("6850.00")
    assert (dialog.value("effective_date"), dialog.value("expiry_date")) == (date(2026, 12, 1), date(2046, 12, 1))
    assert (dialog.holder.record_id, dialog.insured.record_id) == (holder_id, insured_id)
    assert "请逐项核对" in dialog.prefill.note.text()
    dialog.show()
    dialog.grab().save(str(tmp_path / "policy-prefilled.png"))
    assert store.policies.count() == 0  # proposed, not saved
    dialog.form.product.setText("安康终身寿险")
    dialog.fields["business_line"].set(E.BusinessLine.LIFE)
    assert dialog.validate_now(), dialog.form.general_error.text()
    dialog.form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    saved = store.policies.get(dialog.saved.id)
    assert (saved.policy_no, saved.policyholder_id, saved.insured_id) == ("P2026112300417", holder_id, insured_id)
    assert (saved.sum_insured, saved.premium, saved.expiry_date) == (
        Decimal("300000.00"),
        Decimal("6850.00"),
        date(2046, 12, 1),
    )


def test_unknown_parties_and_what_the_user_typed_are_left_to_the_user(qtbot, qapp_font, store: Store, tmp_path):
    rng = random.Random(18)
    holder, insured = scans.person(rng, TODAY), scans.person(rng, TODAY)
    dialog = PolicyDialog(store)
    qtbot.addWidget(dialog)
    dialog.form.policy_no.setText("P-TYPED-001")
    dialog.form.premium.setText("12,5")  # half-typed and unreadable: still the user's
    with qtbot.waitSignal(dialog.prefill.reader.finished, timeout=60_000):
        dialog.prefill.read_file(_page(tmp_path, holder, insured, scans.Spoil(rotate=2), None))
    note = dialog.prefill.note.text()
    assert dialog.value("policy_no") == "P-TYPED-001" and "保单号、保费与已填写的不同" in note
    assert dialog.form.premium.text() == "12,5"
    assert dialog.holder.record_id is None and f"“{holder.name}”不在客户中" in note
    assert "终身" in note and dialog.value("expiry_date") is None
    assert not dialog.validate_now()  # no parties chosen: nothing can be saved yet
    assert store.policies.count() == 0


def test_an_existing_policy_is_not_offered_the_photo(qtbot, qapp_font, store: Store):
    holder = store.customers.create(b.person("张三"))
    policy = store.policies.create(b.policy(holder.id))
    dialog = PolicyDialog(store, policy)
    qtbot.addWidget(dialog)
    assert dialog.prefill is None
