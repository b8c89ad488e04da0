"""Widgets of the archive around the records, on real stores: the 360 view's attachments, paper
file and commissions, the preview's temporary file, the small dialogs, duplicates and merge,
the reconciliation with its Excel export, the loans register and the Today list."""

from __future__ import annotations

import os
import stat
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox

from agentbook.domain.commissions import CommissionRule
from agentbook.domain.paper import Loan, PaperLocation
from agentbook.exporters.private_temp import PrivateTempFiles
from agentbook.store.api import Store
from agentbook.ui.customer360.attachment_preview import AttachmentPreview
from agentbook.ui.customer360.thumbnails import make_thumbnail
from agentbook.ui.customer360.view import Customer360View
from agentbook.ui.dialogs.commission_dialogs import CommissionRuleDialog
from agentbook.ui.dialogs.paper_dialogs import LoanDialog, PaperLocationDialog
from agentbook.ui.tools.archive_tools import LoansDialog, ReconciliationDialog
from agentbook.ui.tools.merge_dialog import DuplicatesDialog, undo_last_merge
from tests import store_builders as b
from tests.conftest import TODAY


def png_file(folder: Path, name: str = "photo.png", colour: str = "#c62828") -> Path:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    path = folder / name
    path.write_bytes(bytes(data.data()))
    return path


def save_button(dialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


@pytest.fixture
def person(store: Store):
    holder = store.customers.create(b.person("孙悦"))
    policy = store.policies.create(b.policy(holder.id))
    claim = store.claims.create(b.claim(policy.id, holder.id))
    return holder, policy, claim


def test_thumbnails_for_images_and_pdfs(qapp_font, tmp_path):
    thumb = make_thumbnail(png_file(tmp_path).read_bytes(), "image/png")
    image = QImage.fromData(thumb)
    assert (image.width(), image.height()) == (160, 120)
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "one.pdf"
    page = canvas.Canvas(str(pdf))
    page.drawString(100, 700, "agentbook")
    page.save()
    first = QImage.fromData(make_thumbnail(pdf.read_bytes(), "application/pdf"))
    assert not first.isNull() and max(first.width(), first.height()) == 160
    assert make_thumbnail(b"not an image", "image/png") is None


def test_360_view_adds_attachments_and_refuses_a_duplicate(qtbot, qapp_font, store, person, tmp_path):
    holder, _policy, claim = person
    view = Customer360View(store, holder.id)
    qtbot.addWidget(view)
    panel = view.attachments_panel
    assert view.sections.tabText(4) == "档案材料 (0)"
    dialog = panel.add_files([png_file(tmp_path)], category="诊断证明", target=("claim", claim.id))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.reader.running, timeout=30_000)  # the local OCR reads it first
    assert dialog.chosen_category() == "诊断证明" and tuple(dialog.target.currentData()) == ("claim", claim.id)
    dialog.validate_now()
    save_button(dialog).click()
    assert len(dialog.added) == 1
    qtbot.waitUntil(lambda: view.sections.tabText(4) == "档案材料 (1)", timeout=30_000)
    assert panel.model.rowCount() == 1 and panel.model.index(0, 2).data() == f"理赔 {claim.claim_no}"
    icon = panel.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull()
    assert {m.name: m.received for m in store.claims.get(claim.id).materials}["诊断证明"] is True

    again = panel.add_files([png_file(tmp_path, "same.png")])
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: not again.reader.running, timeout=30_000)
    again.validate_now()
    save_button(again).click()
    assert again.isVisible() and again.added == []
    assert "photo.png" in again.general_error.text() and "不再重复保存" in again.general_error.text()
    again.reject()


def test_oversize_file_is_named_next_to_the_file_row(qtbot, qapp_font, store, person, tmp_path):
    holder, _policy, _claim = person
    view = Customer360View(store, holder.id)
    qtbot.addWidget(view)
    big = tmp_path / "scan.pdf"
    with big.open("wb") as out:
        out.truncate(21 * 1024 * 1024)
    dialog = view.attachments_panel.add_files([big])
    qtbot.addWidget(dialog)
    dialog.validate_now()
    assert not save_button(dialog).isEnabled()
    assert "单个附件最大 20.0 MiB" in dialog.error_labels["file"].text()
    dialog.reject()


def test_preview_writes_a_private_file_and_removes_it_on_close(qtbot, qapp_font, store, person, tmp_path):
    holder, _policy, _claim = person
    saved = store.attachments.add(holder.id, "photo.png", png_file(tmp_path).read_bytes(), "身份证件")
    files = PrivateTempFiles(tmp_path / "views")
    (tmp_path / "views").mkdir()
    preview = AttachmentPreview(store, saved, files=files)
    qtbot.addWidget(preview)
    preview.show()
    path = preview.path
    assert path is not None and path.read_bytes() == store.attachments.content(saved.id)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert preview.findChild(object, "image").pixmap().width() > 0
    preview.close()
    assert not path.exists() and files.live_files() == set()
    assert store.audit_entries(holder.id, limit=1)[0].action == "view"


def test_paper_box_location_loan_and_return(qtbot, qapp_font, store, person, monkeypatch):
    holder, _policy, _claim = person
    dialog = PaperLocationDialog(store, holder.id)
    qtbot.addWidget(dialog)
    dialog.validate_now()
    assert not save_button(dialog).isEnabled() and dialog.error_labels["cabinet"].isVisibleTo(dialog)
    dialog.cabinet.setText("3")
    dialog.box.setText("12")
    dialog.validate_now()
    save_button(dialog).click()
    assert store.paper_locations.of_customer(holder.id).box == "12"

    lend = LoanDialog(store, holder.id)
    qtbot.addWidget(lend)
    lend.validate_now()
    assert "请填写借阅人" in lend.error_labels["borrower"].text()
    lend.borrower.setText("营业部 王主管")
    lend.due_on.setDate(lend.lent_on.date().addDays(-1))
    lend.validate_now()
    assert "应还日期不能早于借出日期" in lend.error_labels["due_on"].text()
    lend.due_on.setDate(lend.lent_on.date().addDays(7))
    lend.validate_now()
    save_button(lend).click()

    view = Customer360View(store, holder.id)
    qtbot.addWidget(view)
    box = view.paper_box
    assert box.location_label.text() == "存放位置：3 号柜 · 12 盒"
    assert "营业部 王主管" in box.loan_label.text() and not box.lend_button.isEnabled()
    box.return_button.click()
    qtbot.waitUntil(lambda: box.loan_label.text() == "在档（未借出）", timeout=30_000)
    assert store.loans.open_loan_of(holder.id) is None


def test_commission_rule_dialog_shows_errors_next_to_fields(qtbot, qapp_font, store, person):
    _holder, policy, _claim = person
    dialog = CommissionRuleDialog(store, policy.id)
    qtbot.addWidget(dialog)
    dialog.validate_now()
    assert "二选一" in dialog.error_labels["rate"].text() and not save_button(dialog).isEnabled()
    dialog.rate.setText("130")
    dialog.validate_now()
    assert "0 到 100%" in dialog.error_labels["rate"].text()
    dialog.rate.setText("30")
    dialog.validate_now()
    save_button(dialog).click()
    assert [(r.year_from, r.year_to, r.rate) for r in store.commission_rules.of_policy(policy.id)] == [
        (1, 1, Decimal("30.00"))
    ]
    second = CommissionRuleDialog(store, policy.id)
    qtbot.addWidget(second)
    assert second.year_from.value() == 2  # the next free year is offered


def test_merge_dialog_merges_and_undo_brings_the_customer_back(qtbot, qapp_font, store):
    kept = store.customers.create(b.person("刘洋", mobile="13700000001"))
    dup = store.customers.create(b.person("刘洋", mobile="13700000001", email="ly@example.com"))
    store.policies.create(b.policy(dup.id))
    dialog = DuplicatesDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1 and "姓名和手机号相同" in dialog.model.index(0, 2).data()
    assert dialog.compare.rowCount() > 10 and dialog.compare.item(0, 0).text() == "刘洋"
    assert dialog.keep_second.isChecked()  # the record with the policy is kept by default
    dialog.keep_first.setChecked(True)
    assert dialog.chosen() == (kept.id, dup.id)
    with qtbot.waitSignal(dialog.merged, timeout=30_000):
        assert dialog.merge_selected(confirm=False)
    assert dialog.model.rowCount() == 0 and "0 对" in dialog.summary.text()
    assert store.customers.get(kept.id).email == "ly@example.com"
    assert undo_last_merge(store, None, confirm=False)
    assert store.customers.get(dup.id).email == "ly@example.com"
    dialog.reload()
    assert dialog.model.rowCount() == 1
    dialog.dismiss_button.click()
    assert dialog.model.rowCount() == 0


def test_reconciliation_dialog_lists_missing_and_exports(qtbot, qapp_font, store, person, tmp_path):
    _holder, policy, _claim = person
    store.commission_rules.create(CommissionRule(policy.id, 1, None, rate=Decimal("10")))
    for period, day in ((1, date(2026, 3, 12)), (2, date(2026, 9, 12))):
        store.payments.create(
            b.payment(
                policy.id,
                period,
                due_date=day,
                status=b.E.PaymentStatus.PAID,
                paid_date=day,
                amount_paid=Decimal("12000"),
            )
        )
    from agentbook.domain.commissions import CommissionReceipt

    store.commission_receipts.create(CommissionReceipt(policy.id, 1, date(2026, 4, 1), Decimal("1200")))
    dialog = ReconciliationDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.lines_model.rowCount() == 1  # only the missing one
    assert dialog.lines_model.index(0, 10).data() == "1,200.00"
    dialog.only_missing.setChecked(False)
    assert dialog.lines_model.rowCount() == 2 and dialog.summary_model.rowCount() == 2
    target = dialog.export(tmp_path / "佣金.xlsx")
    book = load_workbook(target)
    summary, lines = book.worksheets
    assert [c.value for c in summary[1]][:5] == ["月份", "保险公司", "应收佣金", "已到账", "未到账"]
    assert lines["C2"].value == policy.policy_no and lines["C2"].data_type == "s"
    assert {lines["K2"].value, lines["K3"].value} == {0, 1200}
    assert store.audit_entries(limit=1)[0].action == "export"


def test_loans_register_and_today_list(qtbot, qapp_font, store, person):
    holder, _policy, _claim = person
    store.paper_locations.save(PaperLocation(holder.id, "1", "02", "03"))
    loan = store.loans.create(Loan(holder.id, "审计组 周洁", TODAY - timedelta(days=20), TODAY - timedelta(days=6)))
    dialog = LoansDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 8).data() == "6"
    assert "逾期 1 条" in dialog.count.text()

    from agentbook.ui.today.today_tab import TodayTab

    tab = TodayTab(store)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.report is not None, timeout=30_000)
    tab.show_kind("loan_overdue")
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 1).data() == f"档案 {holder.archive_no} · 借阅人 审计组 周洁"
    assert tab.model.index(0, 3).data() == "逾期 6 天未归还"
    tab.resolve_row(0)
    assert store.loans.get(loan.id).returned_on == TODAY
    dialog.reload()
    assert dialog.model.rowCount() == 0


def test_demo_customer_360_shows_the_archive(qtbot, qapp_font, demo_store):
    customer_id = demo_store.db.read_one(
        "SELECT p.policyholder_id FROM commission_rule r JOIN policy p ON p.id = r.policy_id"
        " JOIN paper_location l ON l.customer_id = p.policyholder_id LIMIT 1"
    )[0]
    view = Customer360View(demo_store, customer_id)
    qtbot.addWidget(view)
    assert (
        view.paper_box.location_label.text().startswith("存放位置：") and "号柜" in view.paper_box.location_label.text()
    )
    assert view.commissions_panel.model.rowCount() > 0
    assert view.sections.tabText(5).startswith("佣金 (")
    assert "佣金规则：" in view.commissions_panel.rules_label.text()


def test_a_festival_greeting_is_copied_from_the_360_view(qtbot, qapp_font, store, person, monkeypatch):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QInputDialog, QPushButton

    from agentbook.domain import enums as E

    holder, _policy, _claim = person
    view = Customer360View(store, holder.id)
    qtbot.addWidget(view)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("春节", True))
    [button] = [b for b in view.findChildren(QPushButton) if b.text() == "复制节日问候…"]
    button.click()
    text = QGuiApplication.clipboard().text()
    assert "春节快乐" in text and text.startswith(holder.name[:1])
    assert [c.purpose for c in store.contacts.of_customer(holder.id)] == [E.ContactPurpose.HOLIDAY]


def test_a_family_member_is_added_from_the_360_view_with_the_household_details(qtbot, qapp_font, store, monkeypatch):
    from PySide6.QtWidgets import QDialog, QInputDialog, QPushButton

    from agentbook.domain import enums as E
    from agentbook.ui.dialogs.customer_dialog import CustomerDialog

    holder = store.customers.create(
        b.person("孙悦", phone="0591-87654321", address="福州市鼓楼区东街 1 号", mobile="13900001234")
    )
    view = Customer360View(store, holder.id)
    qtbot.addWidget(view)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("子女", True))
    seen: list[tuple[str, str]] = []

    def fill_and_save(dialog: CustomerDialog) -> int:
        seen.append((dialog.form.address.text(), dialog.form.phone.text()))
        dialog.form.name.setText("孙小明")
        dialog.form.gender.setCurrentIndex(dialog.form.gender.findText("男"))
        dialog.validate_now()
        dialog.save()
        return QDialog.DialogCode.Accepted if dialog.saved else QDialog.DialogCode.Rejected

    monkeypatch.setattr(CustomerDialog, "exec", fill_and_save)
    [button] = [b for b in view.findChildren(QPushButton) if b.text() == "新建家庭成员…"]
    button.click()
    assert seen == [("福州市鼓楼区东街 1 号", "0591-87654321")]
    [child] = [c for c in store.customers.find("1 = 1", ()) if c.name == "孙小明"]
    assert child.address == "福州市鼓楼区东街 1 号"
    [link] = store.relationships.of_customer(holder.id)
    assert (link.other_id, link.relation) == (child.id, E.RelationKind.CHILD)  # 孙小明 is 孙悦's child


def test_the_other_party_is_created_from_the_relationship_dialog(qtbot, qapp_font, store, monkeypatch):
    from PySide6.QtWidgets import QDialog, QPushButton

    from agentbook.domain import enums as E
    from agentbook.ui.dialogs.customer_dialog import CustomerDialog
    from agentbook.ui.dialogs.relationship_dialog import RelationshipDialog

    holder = store.customers.create(
        b.person("孙悦", phone="0591-87654321", address="福州市鼓楼区东街 1 号", mobile="13900001234")
    )
    dialog = RelationshipDialog(store, None, customer_id=holder.id)
    qtbot.addWidget(dialog)
    seen: list[tuple[str, str]] = []

    def fill_and_save(new: CustomerDialog) -> int:
        seen.append((new.form.address.text(), new.form.phone.text()))
        new.form.name.setText("孙丽")
        new.form.gender.setCurrentIndex(new.form.gender.findText("女"))
        new.validate_now()
        new.save()
        return QDialog.DialogCode.Accepted if new.saved else QDialog.DialogCode.Rejected

    monkeypatch.setattr(CustomerDialog, "exec", fill_and_save)
    button = dialog.findChild(QPushButton, "new_related")
    assert button is not None
    button.click()
    assert seen == [("福州市鼓楼区东街 1 号", "0591-87654321")]
    [spouse] = [c for c in store.customers.find("1 = 1", ()) if c.name == "孙丽"]
    assert dialog.related.record_id == spouse.id
    dialog.show()
    dialog.grab().save("/tmp/agentbook-shots/relationship_new_related.png")
    dialog.fields["relation"].set(E.RelationKind.SPOUSE)
    dialog.validate_now()
    dialog.save()
    [link] = store.relationships.of_customer(holder.id)
    assert (link.other_id, link.relation) == (spouse.id, E.RelationKind.SPOUSE)
