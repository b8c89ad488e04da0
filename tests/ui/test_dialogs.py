"""Edit dialogs driven like a user: typing, choosing from completers, saving, cancelling."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from agentbook.domain import enums as E
from agentbook.domain.idnumbers import make_resident_id
from agentbook.domain.models import Customer
from agentbook.ui.dialogs.customer_dialog import CustomerDialog
from agentbook.ui.dialogs.deletion import Outcome, confirm_and_delete
from agentbook.ui.dialogs.policy_dialog import PolicyDialog

VALID_ID = make_resident_id("110105", date(1985, 3, 14), 124)  # a woman born 1985-03-14


def save_button(dialog):
    """Chinese text is typed through an input method: tests insert it, QTest cannot key it."""
    return dialog.form.buttons.button(QDialogButtonBox.StandardButton.Save)


@pytest.fixture(autouse=True)
def discard_answers(monkeypatch):
    """Answer "discard" to the unsaved-changes question (also when qtbot closes dialogs at teardown)."""
    asked: list[str] = []

    def answer(*args, **_kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


@pytest.fixture
def customer_dialog(qtbot, qapp_font, store):
    dialog = CustomerDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_create_a_customer_by_typing(customer_dialog, store, qtbot):
    d = customer_dialog
    d.form.name.insert("于曦桂")
    qtbot.keyClicks(d.form.id_number, VALID_ID)
    d.form.pages.setCurrentIndex(1)
    qtbot.keyClicks(d.form.mobile, "138 1234 5678")
    d.validate_now()
    assert save_button(d).isEnabled(), d.form.general_error.text()
    qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    saved = store.customers.get(d.saved.id)
    assert (saved.name, saved.id_number, saved.mobile) == ("于曦桂", VALID_ID, "13812345678")
    assert saved.birth_date == date(1985, 3, 14) and saved.gender is E.Gender.FEMALE
    assert saved.archive_no.startswith("KH2026")
    assert store.audit_entries(limit=1)[0].action == "create"


def test_numbers_typed_any_way_are_saved_in_one_form(customer_dialog, store, qtbot):
    d = customer_dialog
    d.form.name.insert("于曦桂")
    qtbot.keyClicks(d.form.id_number, VALID_ID)
    d.form.pages.setCurrentIndex(1)
    d.form.mobile.insert("１３８ １２３４ ５６７８")  # full-width, as an input method in full-width mode types
    d.form.phone.insert("+86 10 6234 5678 转801")
    d.validate_now()
    assert save_button(d).isEnabled(), d.form.general_error.text()
    qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    saved = store.customers.get(d.saved.id)
    assert (saved.mobile, saved.phone) == ("13812345678", "010-62345678 转801")


def test_an_unallocated_mobile_prefix_is_refused_next_to_the_field(customer_dialog, qtbot):
    d = customer_dialog
    d.form.name.insert("于曦桂")
    qtbot.keyClicks(d.form.id_number, VALID_ID)
    qtbot.keyClicks(d.form.mobile, "14012345678")
    d.validate_now()
    assert not save_button(d).isEnabled()
    assert "号段尚未分配" in d.fields["mobile"].error_label.text()


def test_a_withdrawn_region_code_warns_but_saves(customer_dialog, store, qtbot):
    d = customer_dialog
    d.form.name.insert("于曦桂")
    qtbot.keyClicks(d.form.id_number, make_resident_id("110103", date(2012, 5, 1), 124))  # 崇文区, gone in 2010
    qtbot.keyClicks(d.form.mobile, "13812345678")
    d.validate_now()
    assert save_button(d).isEnabled(), d.form.general_error.text()
    assert "崇文区" in d.warning_labels["id_number"].text() and not d.warning_labels["id_number"].isHidden()
    qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert store.customers.get(d.saved.id).id_number.startswith("110103")


def test_a_character_no_font_has_is_named_before_saving(customer_dialog, store, qtbot):
    d = customer_dialog
    d.form.name.insert("王𡘙明")  # Extension B: printed from the fallback font, no warning
    qtbot.keyClicks(d.form.id_number, VALID_ID)
    qtbot.keyClicks(d.form.mobile, "13812345678")
    d.validate_now()
    assert d.warning_labels["name"].isHidden()
    d.form.name.setText("李\U00031350明")  # Extension H: no shipped font has it
    d.validate_now()
    assert "\U00031350" in d.warning_labels["name"].text() and not d.warning_labels["name"].isHidden()
    assert save_button(d).isEnabled()  # a warning, not a refusal
    qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert store.customers.get(d.saved.id).name == "李\U00031350明"


def test_id_number_fills_birth_date_and_gender(customer_dialog, qtbot):
    qtbot.keyClicks(customer_dialog.form.id_number, VALID_ID)
    assert customer_dialog.value("birth_date") == date(1985, 3, 14)
    assert customer_dialog.value("gender") is E.Gender.FEMALE


def test_invalid_id_shows_an_error_next_to_the_field_and_blocks_save(customer_dialog, qtbot):
    d = customer_dialog
    d.form.name.insert("张三")
    d.form.pages.setCurrentIndex(1)
    qtbot.keyClicks(d.form.mobile, "13812345678")
    wrong = VALID_ID[:-1] + ("0" if VALID_ID[-1] != "0" else "1")
    d.form.pages.setCurrentIndex(0)
    qtbot.keyClicks(d.form.id_number, wrong)
    d.validate_now()
    label = d.fields["id_number"].error_label
    assert label.isVisible() and "校验码" in label.text()
    assert not save_button(d).isEnabled()


def test_contact_method_error_marks_its_tab(customer_dialog, qtbot):
    customer_dialog.form.name.insert("张三")
    customer_dialog.validate_now()
    pages = customer_dialog.form.pages
    assert pages.tabBar().tabTextColor(1).name() == "#c62828"  # 联系方式 holds the error


def test_editing_then_cancelling_leaves_the_database_unchanged(demo_store, qtbot, qapp_font, discard_answers):
    before = demo_store.customers.get(3)
    audit_before = len(demo_store.audit_entries(limit=100000))
    dialog = CustomerDialog(demo_store, demo_store.customers.get(3))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.name.setText("改过的名字")
    dialog.reject()
    assert discard_answers == ["放弃未保存的修改？"]
    assert demo_store.customers.get(3) == before
    assert len(demo_store.audit_entries(limit=100000)) == audit_before


def test_closing_with_unsaved_changes_asks_first(customer_dialog, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel
    )
    customer_dialog.form.name.setText("还没保存")
    customer_dialog.reject()
    assert asked == ["放弃未保存的修改？"]
    assert customer_dialog.isVisible()


def _customer(store, name: str, mobile: str) -> Customer:
    return store.customers.create(Customer(name=name, gender=E.Gender.MALE, mobile=mobile))


def test_policy_dialog_parties_from_completer_and_share_sum(store, qtbot, qapp_font):
    holder = _customer(store, "张三", "13900001111")
    spouse = _customer(store, "李四", "13900002222")
    dialog = PolicyDialog(store, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.policy_no, "P2026000001")
    dialog.form.insurer.setCurrentText("平安人寿")
    dialog.form.product.setText("平安福")  # typed text would open the catalogue completer
    qtbot.keyClicks(dialog.form.premium, "5,000")
    dialog.form.sum_insured.insert("50万")
    dialog.form.policyholder.setText("zs")
    assert dialog.holder.choose_first()
    assert dialog.holder.record_id == holder.id
    dialog.form.insured.setText("1111")
    assert dialog.insured.choose_first()
    dialog.form.add_beneficiary.click()
    dialog.form.add_beneficiary.click()
    table = dialog.form.beneficiaries
    table.cellWidget(0, 1).setText("李四")
    table.cellWidget(0, 3).setText("60")
    table.cellWidget(1, 1).setText("张小明")
    table.cellWidget(1, 3).setText("30")
    dialog.validate_now()
    assert "90%" in dialog.form.share_sum.text()
    assert not save_button(dialog).isEnabled()
    table.cellWidget(1, 3).setText("40")
    dialog.validate_now()
    assert "100%" in dialog.form.share_sum.text()
    assert save_button(dialog).isEnabled(), dialog.form.general_error.text()
    save_button(dialog).click()
    saved = store.policies.get(dialog.saved.id)
    assert saved.premium == Decimal("5000.00") and saved.sum_insured == Decimal("500000.00")
    assert [b.share for b in saved.beneficiaries] == [Decimal(60), Decimal(40)]
    assert saved.policyholder_id == holder.id and saved.insured_id == holder.id
    assert len(store.payments.of_policy(saved.id)) == 1  # single premium schedule generated
    assert spouse.id not in (saved.policyholder_id,)
    assert saved.grace_days is None and dialog.form.grace_days.text() == "按设置"  # the settings' grace period
    again = PolicyDialog(store, saved)
    qtbot.addWidget(again)
    again.form.grace_days.setValue(30)  # the contract's own
    again.validate_now()
    save_button(again).click()
    assert store.policies.get(saved.id).grace_days == 30


def test_deleting_a_policyholder_is_refused_and_terminate_offered(demo_store):
    holder_id = demo_store.db.read_one("SELECT policyholder_id FROM policy LIMIT 1")[0]
    questions = []

    def ask(_parent, _title, text, _destructive):
        questions.append(text)
        return True

    outcome = confirm_and_delete(demo_store, "customer", holder_id, None, ask)
    assert outcome is Outcome.TERMINATED
    assert "不能删除" in questions[1] and "已终止" in questions[1]
    assert demo_store.customers.get(holder_id).lifecycle is E.Lifecycle.TERMINATED


def test_deleting_a_free_customer_after_confirmation(store):
    lonely = _customer(store, "王五", "13900003333")
    assert confirm_and_delete(store, "customer", lonely.id, None, lambda *a: False) is Outcome.CANCELLED
    assert store.customers.get(lonely.id)
    assert confirm_and_delete(store, "customer", lonely.id, None, lambda *a: True) is Outcome.DELETED
    assert store.search("王五") == []


def test_new_record_shortcut_opens_the_dialog_of_the_current_tab(main_window, qtbot):
    seen = []

    def close_dialog():
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        dialog.done(0)

    main_window.tabs.setCurrentWidget(main_window.tab_named("policies"))
    QTimer.singleShot(100, close_dialog)
    main_window.act_new.trigger()
    assert seen == ["PolicyDialog"]


def _focus_date(dialog, qtbot, page: int, edit) -> None:
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.form.pages.setCurrentIndex(page)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)


def _valid_new_customer(dialog, qtbot) -> None:
    dialog.form.name.insert("于曦桂")
    qtbot.keyClicks(dialog.form.id_number, VALID_ID)
    dialog.form.pages.setCurrentIndex(1)
    qtbot.keyClicks(dialog.form.mobile, "13812345678")


def test_a_date_typed_into_an_empty_optional_date_is_saved_and_tab_leaves(customer_dialog, store, clock, qtbot):
    clock.advance(days=20)  # 2026-12-13: a consent date may not lie in the future
    d = customer_dialog
    _valid_new_customer(d, qtbot)
    consent = d.form.consent_date
    _focus_date(d, qtbot, 4, consent)
    assert consent.text().strip() == ""
    qtbot.keyClicks(consent, "2026-12-03")
    qtbot.keyClick(consent, Qt.Key.Key_Tab)
    assert d.focusWidget() is d.form.consent_scope  # Tab left the field
    assert d.value("consent_date") == date(2026, 12, 3)
    qtbot.keyClick(d.form.consent_scope, Qt.Key.Key_Backtab)  # Shift+Tab lands on the day section…
    assert d.focusWidget() is consent
    qtbot.keyClicks(consent, "2026/12/4")  # …and a whole date typed there still reads from the year
    d.validate_now()
    assert save_button(d).isEnabled()
    qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert store.customers.get(d.saved.id).consent_date == date(2026, 12, 4)


@pytest.mark.qt_log_ignore("This plugin does not support grabbing")  # the calendar popup, offscreen
def test_an_empty_optional_date_starts_from_the_stores_today_and_clears_with_one_key(
    customer_dialog, store, clock, qtbot
):
    from PySide6.QtCore import QDate, QPoint

    clock.advance(days=40)  # 2027-01-02: the store's day, not the machine's
    today = QDate(2027, 1, 2)
    d = customer_dialog
    _valid_new_customer(d, qtbot)
    consent = d.form.consent_date
    _focus_date(d, qtbot, 4, consent)
    calendar = consent.calendarWidget()
    qtbot.mouseClick(consent, Qt.MouseButton.LeftButton, pos=QPoint(consent.width() - 6, consent.height() // 2))
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2027, 1) and calendar.selectedDate() == today
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert consent.text().strip() == "" and d.value("consent_date") is None  # looking is not choosing
    qtbot.keyClick(consent, Qt.Key.Key_Up)
    assert consent.date() == today
    consent.selectAll()
    qtbot.keyClick(consent, Qt.Key.Key_Delete)
    assert consent.text().strip() == "" and d.value("consent_date") is None
    d.validate_now()
    qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert store.customers.get(d.saved.id).consent_date is None


def test_a_stale_save_is_refused_and_the_dialog_shows_the_newer_values(qtbot, qapp_font, store):
    from tests.store_builders import person

    customer = store.customers.create(person("周建国"))
    dialog = CustomerDialog(store, store.customers.get(customer.id))
    qtbot.addWidget(dialog)
    dialog.show()
    elsewhere = store.customers.get(customer.id)  # another window saves first
    elsewhere.remarks = "另一个窗口：客户已搬家"
    store.customers.update(elsewhere)
    dialog.form.remarks.setPlainText("本窗口：客户想加保重疾")
    dialog.validate_now()
    save_button(dialog).click()
    assert dialog.isVisible() and dialog.saved is None
    assert "已在别处" in dialog.form.general_error.text()
    assert dialog.form.remarks.toPlainText() == "另一个窗口：客户已搬家"
    assert store.customers.get(customer.id).remarks == "另一个窗口：客户已搬家"
    dialog.reapply_button.click()  # the user's text comes back over the newer version
    assert dialog.form.remarks.toPlainText() == "本窗口：客户想加保重疾"
    save_button(dialog).click()
    assert dialog.saved is not None
    assert store.customers.get(customer.id).remarks == "本窗口：客户想加保重疾"


def test_a_dialog_opens_with_the_cursor_in_its_first_field(customer_dialog, qtbot):
    qtbot.waitUntil(lambda: customer_dialog.focusWidget() is not None, timeout=30_000)
    assert customer_dialog.focusWidget() is customer_dialog.form.kind  # the first field, not the tab bar


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier),
    ],
)
def test_the_keyboard_saves(customer_dialog, store, qtbot, key, modifier):
    d = customer_dialog
    d.form.name.insert("键盘保存")
    qtbot.keyClicks(d.form.id_number, VALID_ID)
    d.form.mobile.setText("13812345678")
    d.validate_now()
    assert save_button(d).isEnabled(), d.form.general_error.text()
    assert QKeySequence.mnemonic(save_button(d).text()) == QKeySequence("Alt+S")  # 保存(&S)
    d.activateWindow()  # shortcuts and mnemonics work in the active window
    qtbot.waitUntil(d.isActiveWindow, timeout=30_000)
    qtbot.keyClick(d.form.id_number, key, modifier)
    assert d.saved is not None and store.customers.get(d.saved.id).name == "键盘保存"


def test_an_error_message_does_not_move_the_fields_below_it(customer_dialog, qtbot):
    d = customer_dialog
    below = d.form.gender  # the row under 证件号码
    qtbot.waitUntil(lambda: below.isVisible(), timeout=30_000)
    before = below.mapTo(d, below.rect().topLeft())
    qtbot.keyClicks(d.form.id_number, "12345")
    d.validate_now()
    error = d.fields["id_number"].error_label
    assert error.isVisible() and error.text() and error.toolTip() == error.text()
    d.layout().activate()
    assert below.mapTo(d, below.rect().topLeft()) == before
