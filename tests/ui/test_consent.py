"""Consent and data-subject requests on screen: real widgets on a real encrypted store."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from agentbook.domain.consent import ConsentAction, ConsentEvent, ConsentKind, RequestKind, SubjectRequest
from agentbook.domain.idnumbers import make_resident_id
from agentbook.ui.consent.dialogs import ConsentDialog, SubjectRequestDialog, SubjectRequestsDialog
from agentbook.ui.customer360.view import Customer360View
from agentbook.ui.dialogs.customer_dialog import CustomerDialog
from tests.conftest import TODAY
from tests.store_builders import person


@pytest.fixture(autouse=True)
def discard_answers(monkeypatch):
    """Answer "discard" to the unsaved-changes question when qtbot closes dialogs at teardown."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)


def _save(dialog) -> QDialogButtonBox:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_customer_dialog_warns_while_sensitive_fields_lack_consent(qtbot, qapp_font, store):
    d = CustomerDialog(store)
    qtbot.addWidget(d)
    d.show()
    d.form.name.insert("王芳")
    d.form.id_number.setText(make_resident_id("110105", date(1985, 3, 14), 124))
    d.form.mobile.setText("13812345678")
    d.form.gender.setCurrentIndex(2)
    d.form.pages.setCurrentIndex(3)
    d.form.health_notes.setPlainText("高血压")
    d.validate_now()
    warnings = d.warning_labels
    assert not warnings["health_notes"].isHidden() and "单独同意" in warnings["health_notes"].text()
    assert not warnings["consent_sensitive"].isHidden()
    assert not warnings["consent_date"].isHidden() and "知情同意" in warnings["consent_date"].text()
    assert warnings["financial_notes"].isHidden()
    assert _save(d.form).isEnabled(), d.form.general_error.text()  # a warning never blocks

    d.form.consent_sensitive.setChecked(True)
    d.fields["consent_date"].set(date(2026, 11, 1))
    d.validate_now()
    assert all(label.isHidden() for label in warnings.values())


def test_customer_dialog_warns_about_a_child_without_a_guardian(qtbot, qapp_font, store):
    child = store.customers.create(person("小明", born=date(2016, 6, 1), consent_date=date(2026, 1, 1)))
    d = CustomerDialog(store, child)
    qtbot.addWidget(d)
    d.show()
    assert "14" in d.warning_labels["consent_date"].text()
    store.record_consent(
        ConsentEvent(
            child.id, ConsentKind.GUARDIAN, ConsentAction.GIVEN, date(2026, 2, 1), "档案管理", None, "王芳", "母亲"
        )
    )
    again = CustomerDialog(store, store.customers.get(child.id))
    qtbot.addWidget(again)
    assert again.warning_labels["consent_date"].isHidden()


def test_consent_dialog_shows_errors_next_to_fields_and_records(qtbot, qapp_font, store):
    c = store.customers.create(person("李雷"))
    d = ConsentDialog(store, c.id, ConsentAction.GIVEN)
    qtbot.addWidget(d)
    d.show()
    assert d.guardian_name.isHidden()
    d.kind.setCurrentIndex(d.kind.findData("guardian"))
    assert d.guardian_name.isVisible()
    d.scope.setText("客户档案管理")
    assert d.error_labels["guardian_name"].isVisible() and "监护人" in d.error_labels["guardian_name"].text()
    assert not _save(d).isEnabled()
    d.kind.setCurrentIndex(d.kind.findData("sensitive"))
    d.scope.setText("健康告知用于核保")
    d.channel.setCurrentIndex(d.channel.findData("paper"))
    assert _save(d).isEnabled()
    qtbot.mouseClick(_save(d), Qt.MouseButton.LeftButton)
    assert d.saved is not None and store.customers.get(c.id).consent_sensitive


def test_360_consent_section_records_and_exports(qtbot, qapp_font, store, tmp_path):
    c = store.customers.create(person("赵六", health_notes="糖尿病"))
    view = Customer360View(store, c.id)
    qtbot.addWidget(view)
    view.show()
    index = view.sections.indexOf(view.consent_section)
    assert view.sections.tabText(index).startswith("知情同意 (0)")
    view.sections.setCurrentIndex(index)
    assert view.consent_warnings.isVisible() and "单独同意" in view.consent_warnings.text()

    def fill_and_save():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConsentDialog)
        dialog.scope.setText("客户档案管理、保单服务")
        dialog.on_date.setDate(dialog.on_date.date().addDays(-3))
        _save(dialog).click()

    QTimer.singleShot(0, fill_and_save)
    assert view.record_consent(ConsentAction.GIVEN)
    assert view.consent_model.rowCount() == 1
    assert store.customers.get(c.id).consent_date == date(2026, 11, 20)
    assert "2026-11-20" in view.consent_state.text()

    results = []
    assert view.export_own_data(folder=tmp_path / "out", done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    assert results[0].pdf.exists() and results[0].xlsx.exists()
    done_box = view.findChild(QMessageBox, "export_done")
    assert done_box is not None and str(results[0].pdf) in done_box.text()
    done_box.close()


def test_requests_dialog_lists_answers_and_exports(qtbot, qapp_font, qtmodeltester, store, tmp_path):
    c = store.customers.create(person("钱七"))
    late = store.add_subject_request(SubjectRequest(c.id, RequestKind.CORRECTION, date(2026, 10, 1), details="改地址"))
    dialog = SubjectRequestsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert "已超期 1 件" in dialog.summary.text()
    assert dialog.model.index(0, 0).data() == "已超期"
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).name() == "#b71c1c"
    assert not dialog.answer_button.isEnabled()

    new = SubjectRequestDialog(store, parent=dialog)
    qtbot.addWidget(new)
    new.picker.edit.setText("钱七")
    assert not new.error_labels["customer_id"].isHidden()
    assert new.picker.choose_first()
    new.kind.setCurrentIndex(new.kind.findData("access"))
    new.details.setPlainText("要一份我的资料")
    assert "2026-12-14" in new.due_label.text()
    assert _save(new).isEnabled()
    _save(new).click()
    assert new.saved is not None and new.saved.due_on == date(2026, 12, 14)
    dialog.reload()
    qtmodeltester.check(dialog.model)
    assert [dialog.model.row_object(r).id for r in range(2)] == [late.id, new.saved.id]

    dialog.select_request(new.saved.id)
    assert dialog.export_button.isEnabled()
    results = []
    assert dialog.export_selected(folder=tmp_path, done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    answered = store.subject_requests.get(new.saved.id)
    assert answered.answered_on == TODAY and results[0].xlsx.name in answered.answer
    assert "已超期 1 件" in dialog.summary.text()
    box = dialog.findChild(QMessageBox, "export_done")
    if box is not None:
        box.close()

    dialog.select_request(late.id)
    assert dialog.answer_button.isEnabled()

    def answer():
        modal = QApplication.activeModalWidget()
        modal.answer.setPlainText("已更正地址")
        _save(modal).click()

    QTimer.singleShot(0, answer)
    assert dialog.answer_selected() is not None
    assert store.open_subject_requests() == (0, 0)
    assert dialog.summary.text() == "处理中 0 件"


def test_tools_menu_opens_the_request_log(main_window):
    action = main_window.findChild(type(main_window.act_settings), "act_subject_requests")
    assert action in main_window.tools_menu.actions()
