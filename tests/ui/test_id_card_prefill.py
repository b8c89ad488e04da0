"""新建客户 from an ID-card photo: fields proposed, checked by the validators, saved only on Save."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox

from agentbook.demo import scans
from agentbook.domain import enums as E
from agentbook.domain.idnumbers import resident_id_check_char
from agentbook.store.api import Store
from agentbook.ui.dialogs.customer_dialog import CustomerDialog
from tests.conftest import TODAY

pytest.importorskip("rapidocr")


@pytest.fixture(autouse=True)
def discard_answers(monkeypatch):
    """Answer "discard" to the unsaved-changes question when qtbot closes dialogs at teardown."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)


def _photo(tmp_path, person: scans.Person):
    path = tmp_path / "身份证正面.jpg"
    path.write_bytes(scans.id_card_front(person, scans.Spoil(rotate=2, noise=12, quality=65), seed=11).data)
    return path


def test_an_id_card_photo_fills_a_new_customer_for_the_user_to_confirm(qtbot, qapp_font, store: Store, tmp_path):
    person = scans.person(random.Random(11), TODAY)
    dialog = CustomerDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.prefill is not None and dialog.prefill.button.isVisibleTo(dialog)
    dialog.fields["mobile"].set("13912345678")
    with qtbot.waitSignal(dialog.prefill.reader.finished, timeout=60_000):
        dialog.prefill.read_file(_photo(tmp_path, person))
    assert dialog.value("name") == person.name
    assert dialog.value("id_number") == person.id_number
    assert dialog.value("birth_date") == person.born
    assert dialog.value("gender") == (E.Gender.MALE if person.male else E.Gender.FEMALE)
    assert dialog.value("address").replace(" ", "") == person.address.replace(" ", "")
    assert dialog.value("mobile") == "13912345678"  # what the user typed stays
    assert "请逐项核对" in dialog.prefill.note.text()
    dialog.show()
    dialog.grab().save(str(tmp_path / "prefilled.png"))
    assert store.customers.count() == 0  # proposed, not saved
    assert dialog.validate_now() and dialog.save_button().isEnabled()
    dialog.save_button().click()
    (saved,) = store.customers.find("1")
    assert saved.id_number == person.id_number and saved.name == person.name


def test_a_wrong_check_digit_is_named_and_blocks_saving(qtbot, qapp_font, store: Store, tmp_path):
    person = scans.person(random.Random(12), TODAY)
    good = person.id_number
    wrong = next(c for c in "0123456789X" if c != resident_id_check_char(good[:17]))
    person = replace(person, id_number=good[:17] + wrong)
    dialog = CustomerDialog(store)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.prefill.reader.finished, timeout=60_000):
        dialog.prefill.read_file(_photo(tmp_path, person))
    assert dialog.value("id_number") == person.id_number
    assert "校验码" in dialog.prefill.note.text()
    assert not dialog.validate_now() and not dialog.save_button().isEnabled()


def test_an_existing_customer_is_not_offered_the_photo(qtbot, qapp_font, store: Store):
    from tests import store_builders as b

    customer = store.customers.create(b.person("张三"))
    dialog = CustomerDialog(store, customer)
    qtbot.addWidget(dialog)
    assert dialog.prefill is None


def test_the_back_of_the_card_is_checked_and_shown_not_filled(qtbot, qapp_font, store: Store, tmp_path):
    from datetime import date

    dialog = CustomerDialog(store)
    qtbot.addWidget(dialog)
    dialog.fields["birth_date"].set(date(1990, 5, 4))
    path = tmp_path / "身份证背面.jpg"
    back = scans.id_card_back("杭州市公安局西湖分局", date(2016, 3, 2), date(2026, 3, 2),
                              scans.Spoil(rotate=3, noise=15, quality=60), seed=21)  # fmt: skip
    path.write_bytes(back.data)
    with qtbot.waitSignal(dialog.prefill.reader.finished, timeout=60_000):
        dialog.prefill.read_file(path)
    found = dialog.prefill.back
    assert found is not None and found.issuer == "杭州市公安局西湖分局"
    assert (found.valid_from, found.valid_until) == (date(2016, 3, 2), date(2026, 3, 2))
    note = dialog.prefill.note.text()
    assert "签发机关：杭州市公安局西湖分局" in note and "2016-03-02 至 2026-03-02" in note
    assert "已于 2026-03-02 过期" in note  # the tests' clock says 2026-11-23
    assert dialog.value("name") == "" and store.customers.count() == 0
    dialog.show()
    dialog.grab().save(str(tmp_path / "id-back.png"))


def test_a_long_term_back_of_a_young_holder_is_questioned(qtbot, qapp_font, store: Store, tmp_path):
    from datetime import date

    dialog = CustomerDialog(store)
    qtbot.addWidget(dialog)
    dialog.fields["birth_date"].set(date(1995, 1, 1))
    path = tmp_path / "back.png"
    path.write_bytes(scans.id_card_back("成都市公安局武侯分局", date(2020, 7, 15), None, scans.CLEAN, seed=22).data)
    with qtbot.waitSignal(dialog.prefill.reader.finished, timeout=60_000):
        dialog.prefill.read_file(path)
    assert dialog.prefill.back is not None and dialog.prefill.back.long_term
    assert "长期" in dialog.prefill.note.text() and "46 岁" in dialog.prefill.note.text()
