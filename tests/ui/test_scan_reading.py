"""Adding a scan: it is read on this computer, its category proposed, confirmed, and found again."""

from __future__ import annotations

import random

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from agentbook.demo import scans
from agentbook.store.api import Store
from agentbook.ui.customer360.view import Customer360View
from tests import store_builders as b
from tests.conftest import TODAY

pytest.importorskip("rapidocr")


def test_a_diagnosis_photo_is_cleaned_read_classified_on_confirmation_and_ticks_the_claim(
    qtbot, qapp_font, store: Store, tmp_path
):
    holder = store.customers.create(b.person("孙悦"))
    policy = store.policies.create(b.policy(holder.id))
    claim = store.claims.create(b.claim(policy.id, holder.id))
    person = scans.person(random.Random(3), TODAY)
    scan = scans.diagnosis(person, scans.Spoil(rotate=4, noise=20, quality=60, contrast=0.5, desk=True), seed=3,
                           illness="右桡骨远端骨折")  # fmt: skip
    path = tmp_path / "IMG_0042.jpg"
    path.write_bytes(scan.data)

    view = Customer360View(store, holder.id)
    qtbot.addWidget(view)
    dialog = view.attachments_panel.add_files([path], target=("claim", claim.id))
    qtbot.addWidget(dialog)
    assert dialog.reader.isVisibleTo(dialog)
    assert dialog.cleanup.check.isVisibleTo(dialog) and dialog.cleanup.check.isChecked()  # a camera's JPEG
    dialog.show()
    qtbot.waitUntil(lambda: dialog.reader.bar.maximum() == 1, timeout=60_000)
    dialog.grab().save(str(tmp_path / "reading.png"))
    dialog.validate_now()
    assert not dialog.save_button().isEnabled()  # nothing to confirm before the reading is done
    qtbot.waitUntil(lambda: not dialog.reader.running, timeout=60_000)
    assert dialog.chosen_category() == "诊断证明"
    assert "诊断证明" in dialog.proposal.text() and dialog.proposal.isVisibleTo(dialog)
    assert dialog.cleanup.pictures.isVisibleTo(dialog) and "已裁去背景" in dialog.cleanup.done.text()
    assert not dialog.cleanup.before.pixmap().isNull() and not dialog.cleanup.after.pixmap().isNull()
    dialog.validate_now()
    dialog.grab().save(str(tmp_path / "proposal.png"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # the user confirms

    (added,) = dialog.added
    assert added.file_name == "IMG_0042（整理后）.jpg" and added.mime_type == "image/jpeg"
    original = store.attachments.original_of(added)
    assert original is not None and original.file_name == "IMG_0042.jpg"
    assert store.attachments.content(original.id) == scan.data  # kept exactly as taken
    assert dialog.originals == [original]
    text = store.attachment_texts.of_attachment(added.id)
    assert text is not None and "骨折" in text.text and text.proposed_category == "诊断证明"
    assert {m.name: m.received for m in store.claims.get(claim.id).materials}["诊断证明"] is True
    assert store.customers_by_scan_text("桡骨") == [holder.id]  # found by a word in it


def test_without_clean_up_only_the_photo_as_taken_is_stored(qtbot, qapp_font, store: Store, tmp_path):
    holder = store.customers.create(b.person("孙悦"))
    person = scans.person(random.Random(9), TODAY)
    path = tmp_path / "IMG_0043.jpg"
    path.write_bytes(scans.expense_list(person, scans.Spoil(rotate=5, desk=True), seed=9).data)
    view = Customer360View(store, holder.id)
    qtbot.addWidget(view)
    dialog = view.attachments_panel.add_files([path])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.reader.running, timeout=60_000)
    dialog.cleanup.check.setChecked(False)
    dialog.validate_now()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    (added,) = dialog.added
    assert added.file_name == "IMG_0043.jpg" and added.original_id is None and dialog.originals == []
    assert store.attachments.count() == 1 and store.attachments.content(added.id) == path.read_bytes()


def test_stopping_the_reading_keeps_no_text(qtbot, qapp_font, store: Store, tmp_path):
    holder = store.customers.create(b.person("孙悦"))
    person = scans.person(random.Random(4), TODAY)
    paths = []
    for i in range(3):
        path = tmp_path / f"page{i}.jpg"
        path.write_bytes(scans.expense_list(person, scans.Spoil(), seed=i).data)
        paths.append(path)
    view = Customer360View(store, holder.id)
    qtbot.addWidget(view)
    dialog = view.attachments_panel.add_files(paths)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.reader.stopped, timeout=60_000):
        dialog.reader.stop_button.click()
    assert not dialog.reader.running and dialog.readings == []
    dialog.category.setCurrentIndex(dialog.category.findData("费用清单"))
    dialog.validate_now()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert len(dialog.added) == 3 and store.attachment_texts.count() == 0


def test_a_scanned_pdf_is_read_page_by_page_in_memory(qapp_font, tmp_path):
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from agentbook.ocr.reading import read_pages
    from agentbook.ui.customer360.scan_pages import page_count, pages

    person = scans.person(random.Random(5), TODAY)
    pdf = tmp_path / "scan.pdf"
    sheet = canvas.Canvas(str(pdf), pagesize=A5)
    for scan in (scans.diagnosis(person, seed=1), scans.expense_list(person, seed=2)):
        image = tmp_path / "page.jpg"
        image.write_bytes(scan.data)
        sheet.drawImage(ImageReader(str(image)), 0, 0, width=A5[0], height=A5[0] * 1000 / 1240)
        sheet.showPage()
    sheet.save()
    data = pdf.read_bytes()
    assert page_count(data, "application/pdf") == 2
    steps: list[int] = []
    reading = read_pages(pages(data, "application/pdf"), 2, progress=lambda done, _t: steps.append(done))
    assert steps == [0, 1, 2] and len(reading.pages) == 2
    assert "临床诊断" in reading.text.split("\f")[0] and "床位费" in reading.text.split("\f")[1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.jpg", "scan.pdf"]  # nothing else written


def test_a_scan_stored_before_is_read_on_request_and_its_category_left_to_the_user(qtbot, qapp_font, store: Store):
    holder = store.customers.create(b.person("孙悦"))
    stored = store.attachments.add(holder.id, "card.jpg", scans.bank_card(seed=9).data, "其他")
    view = Customer360View(store, holder.id)
    qtbot.addWidget(view)
    panel = view.attachments_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=30_000)
    panel.view.selectRow(0)
    reading = panel.stored_reading
    with qtbot.waitSignal(reading.reader.finished, timeout=60_000):
        reading.button.click()
    text = store.attachment_texts.of_attachment(stored.id)
    assert text is not None and "银联" in text.text
    assert "银行卡信息" in reading.note.text()
    assert store.attachments.get(stored.id).category == "其他"  # the agent decides


def test_closing_the_form_stops_the_reading(qtbot, qapp_font, store: Store, tmp_path):
    holder = store.customers.create(b.person("孙悦"))
    person = scans.person(random.Random(6), TODAY)
    paths = []
    for i in range(4):
        path = tmp_path / f"p{i}.jpg"
        path.write_bytes(scans.policy_page(person, seed=i).data)
        paths.append(path)
    view = Customer360View(store, holder.id)
    qtbot.addWidget(view)
    dialog = view.attachments_panel.add_files(paths)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.reader.stopped, timeout=60_000):
        dialog.reject()
    assert dialog.readings == [] and store.attachments.count() == 0
