"""The working day on screen: Today cards and one-click actions, the complaints tab, the
mark-paid and renewal dialogs, the settings form and the statistics charts with their exports."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QWidget

from agentbook.domain import enums as E
from agentbook.store.queries.today_items import KINDS
from agentbook.ui.today.items_table import TodayItemsModel, columns_for


@pytest.fixture
def today_tab(main_window, qtbot):
    tab = main_window.today_tab
    qtbot.waitUntil(lambda: tab.report is not None, timeout=30_000)
    return tab


def _center(view, row: int, column: int) -> QPoint:
    return view.visualRect(view.model().index(row, column)).center()


def test_today_is_the_first_tab_with_a_counted_card_per_list(main_window, today_tab, demo_store):
    assert main_window.tabs.widget(0) is today_tab and main_window.tabs.tabText(0) == "今日"
    report = today_tab.report
    assert [today_tab.cards[k].count.text() for k in KINDS] == [
        f"{report.counts[k]:,}" if k in report.available else "–" for k in KINDS
    ]
    assert today_tab.cards["expiring"].detail.text().startswith("30天 ")
    assert str(report.total()) in today_tab.total_label.text()
    assert "今日待办" in main_window.count_label.text()
    assert today_tab.kind == "lapse_warning"  # the most pressing list that has something in it


def test_while_today_is_counted_no_card_says_0_and_no_button_stands_without_a_list(qtbot, demo_store) -> None:
    from agentbook.ui.today.today_tab import TodayTab

    tab = TodayTab(demo_store)  # its report is computed on a worker and arrives by the event loop
    qtbot.addWidget(tab)
    tab.show()
    assert tab.report is None
    assert [tab.cards[k].count.text() for k in KINDS] == ["…"] * len(KINDS)
    pane = tab.pane
    buttons = [pane.customer_button, pane.record_button, pane.message_button, pane.second_button, pane.action_button]
    assert not any(b.isVisible() for b in [*buttons, *pane.list_buttons]) and not pane.view.isVisible()
    qtbot.waitUntil(lambda: tab.report is not None, timeout=30_000)
    assert pane.customer_button.isVisible() and pane.view.isVisible()
    assert all(tab.cards[k].count.text() != "…" for k in KINDS)


def test_clicking_a_card_shows_its_list_and_a_row_action_clears_the_item(today_tab, demo_store, qtbot):
    qtbot.mouseClick(today_tab.cards["birthday"], Qt.MouseButton.LeftButton)
    assert today_tab.kind == "birthday"
    model = today_tab.model
    before, count = model.rowCount(), today_tab.report.counts["birthday"]
    assert before > 0 and today_tab.heading.text() == f"近期生日：{count} 项"
    item = model.row_object(0)
    action_column = model.columnCount() - 1
    assert model.data(model.index(0, action_column)) == "生日祝福已发送"
    qtbot.mouseClick(
        today_tab.view.viewport(), Qt.MouseButton.LeftButton, pos=_center(today_tab.view, 0, action_column)
    )
    assert today_tab.model.rowCount() == before - 1  # gone at once …
    entry = demo_store.contacts.of_customer(item.customer_id)[0]
    assert (entry.purpose, entry.summary) == (E.ContactPurpose.BIRTHDAY, "生日祝福已发送")
    qtbot.waitUntil(lambda: today_tab.report.counts["birthday"] == count - 1, timeout=30_000)  # … and stays gone
    assert item.customer_id not in {i.customer_id for i in today_tab.report["birthday"]}


def test_one_click_on_the_customer_opens_the_360_view(main_window, today_tab, qtbot):
    qtbot.mouseClick(today_tab.cards["payment_overdue"], Qt.MouseButton.LeftButton)
    item = today_tab.model.row_object(0)
    qtbot.mouseClick(today_tab.view.viewport(), Qt.MouseButton.LeftButton, pos=_center(today_tab.view, 0, 0))
    assert item.customer_id in main_window.views360
    main_window.views360[item.customer_id].close()


def test_renewal_windows_filter_the_expiring_list(today_tab, qtbot):
    today_tab.show_kind("expiring")
    windows = today_tab.report.renewal_counts
    button = today_tab.windows.findChild(type(today_tab.window_group.button(30)), "window_30")
    assert button.text() == f"30 天内（{windows[30]}）"
    button.click()
    assert today_tab.model.rowCount() == min(windows[30], len(today_tab.report["expiring"]))
    assert all(today_tab.model.row_object(r).days <= 30 for r in range(today_tab.model.rowCount()))


def test_today_model_passes_the_model_tester(qtmodeltester, demo_store, qapp_font):
    report = demo_store.today_lists()
    for kind in KINDS:
        model = TodayItemsModel(columns_for(kind, lambda: report), report[kind])
        qtmodeltester.check(model)


def test_mark_paid_dialog_from_an_overdue_item(demo_store, qtbot, qapp_font):
    from agentbook.ui.dialogs.mark_paid_dialog import MarkPaidDialog

    item = demo_store.today_lists()["payment_overdue"][0]
    payment = demo_store.payments.get(item.record_id)
    dialog = MarkPaidDialog(demo_store, payment)
    qtbot.addWidget(dialog)
    save = dialog.form.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert dialog.form.amount_paid.text() == str(payment.amount_due)
    assert not save.isEnabled()  # no method chosen yet
    dialog.form.method.setCurrentIndex(dialog.form.method.findData("wechat"))
    dialog.form.receipt_no.setText("WX0001")
    dialog.validate_now()
    assert save.isEnabled()
    save.click()
    paid = demo_store.payments.get(payment.id)
    assert (paid.status, paid.method, paid.receipt_no, paid.paid_date) == (
        E.PaymentStatus.PAID,
        E.PaymentMethod.WECHAT,
        "WX0001",
        demo_store.today(),
    )


def test_renew_dialog_creates_the_linked_policy(demo_store, qtbot, qapp_font):
    from agentbook.ui.dialogs.renew_dialog import RenewDialog

    item = demo_store.today_lists()["expiring"][0]
    dialog = RenewDialog(demo_store, demo_store.draft_renewal(item.record_id))
    qtbot.addWidget(dialog)
    save = dialog.form.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.validate_now()
    assert not save.isEnabled()  # the insurer issues a new number
    dialog.form.policy_no.setText("XB2026000001")
    dialog.validate_now()
    save.click()
    assert demo_store.renewal_of(item.record_id) == dialog.saved.id
    assert demo_store.payments.of_policy(dialog.saved.id)  # its schedule was generated
    assert item.record_id not in {i.record_id for i in demo_store.today_lists()["expiring"]}


def test_complaints_tab_and_dialog(main_window, demo_store, qtbot):
    from agentbook.ui.dialogs.complaint_dialog import ComplaintDialog

    tab = main_window.tab_named("complaints")
    assert main_window.tabs.tabText(main_window.tabs.indexOf(tab)) == "投诉"
    qtbot.waitUntil(lambda: tab.model.total_known, timeout=30_000)
    assert tab.model.total == demo_store.complaints.count() > 0
    state = tab.model.column_index("complaint_state")
    overdue = [r for r in range(tab.model.rowCount()) if tab.model.value(r, "complaint_state").value == "overdue"]
    assert overdue
    background = tab.model.data(tab.model.index(overdue[0], state), Qt.ItemDataRole.BackgroundRole)
    assert background.name() == "#c62828"  # overdue complaints stand out
    customer = demo_store.customers.get(1)
    dialog = ComplaintDialog(demo_store, None, main_window, customer_id=customer.id)
    qtbot.addWidget(dialog)
    dialog.form.content.setPlainText("续期扣款两次")
    dialog.validate_now()
    dialog.form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    saved = dialog.saved
    assert saved.complaint_no.startswith("TS2026") and saved.deadline == date(2026, 12, 8)
    assert demo_store.contacts.get(saved.contact_id).purpose is E.ContactPurpose.COMPLAINT


def test_the_reminder_settings_open_at_their_tab_and_write_the_declared_settings(
    demo_store, qtbot, qapp_font, tmp_path
):
    from agentbook.ui.i18n import Translation
    from agentbook.ui.settings.dialog import SettingsDialog
    from tests.ui_helpers import temp_settings

    dialog = SettingsDialog(demo_store, Translation(), temp_settings(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show_group("today")  # as Tools ▸ 提醒与客户分层设置… opens it
    assert dialog.tabs.currentWidget().objectName() == "settings_page_today"
    dialog.field("grace_days").set_text("30")
    dialog.field("today_renewal_windows").set_text("15, 45")
    dialog.accept()
    assert demo_store.settings.get("grace_days") == 30
    assert demo_store.today_lists().renewal_windows == (15, 45)


def test_statistics_tab_draws_every_chart_and_exports_numbers(main_window, demo_store, qtbot, tmp_path):
    tab = main_window.statistics_tab
    main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: len(tab.cards) == 12, timeout=30_000)
    assert main_window.tabs.tabText(main_window.tabs.indexOf(tab)) == "统计"
    chart = tab.cards["premium_by_line"].view.chart()
    assert chart.title() == "各险种年化保费（有效保单）" and chart.series()
    png = tab.cards["customers_by_tier"].save_png(tmp_path / "tiers.png")
    assert png.read_bytes().startswith(b"\x89PNG")
    workbook = load_workbook(tab.export_all(tmp_path / "stats.xlsx"))
    assert len(workbook.sheetnames) == 12
    sheet = workbook[workbook.sheetnames[6]]  # premium by business line, after 业绩, 继续率 and arrears
    assert sheet["A1"].value == "各险种年化保费（有效保单）"
    assert [c.value for c in sheet[4]] == ["险种", "保单件数", "年化保费（元）"]
    table = next(t for t in tab.tables if t.key == "premium_by_line")
    life = next(r for r in table.rows if r.label is E.BusinessLine.LIFE)
    assert sheet["A5"].value == "寿险" and sheet["B5"].value == life.values[0]
    assert Decimal(str(sheet["C5"].value)) == life.values[1] and sheet["C5"].number_format == "#,##0.00"
    events = [(e.action, e.summary) for e in demo_store.audit_entries(limit=2)]
    assert events == [("export", "xlsx:all"), ("export", "png:customers_by_tier")]
    assert next(iter(tab.cards)) == "performance_month"
    tab.period.setCurrentIndex(tab.period.findData("quarter"))  # 业绩 by quarter, computed again
    qtbot.waitUntil(lambda: "performance_quarter" in tab.cards, timeout=30_000)
    quarters = next(t for t in tab.tables if t.key == "performance_quarter")
    assert len(quarters.rows) == 8 and quarters.rows[-1].label == "2026Q4"


def test_statistics_excel_keeps_labels_as_text(tmp_path):
    from agentbook.exporters.statistics_xlsx import SheetTable, write_workbook

    path = write_workbook(
        tmp_path / "t.xlsx",
        [SheetTable("保险公司", ["保险公司", "件数"], ["count"], [['=HYPERLINK("x")', 3], [None, 0]])],
    )
    sheet = load_workbook(path).active
    assert sheet["A5"].value == '=HYPERLINK("x")' and sheet["A5"].data_type == "s"
    assert sheet["B5"].value == 3


def test_statistics_file_dialogs_start_in_the_documents_folder(main_window, qtbot, monkeypatch):
    """Not the program's own folder, where a bare file name would put them."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    started: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: started.append(a[2]) or ("", ""))
    tab = main_window.statistics_tab
    main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: len(tab.cards) == 12, timeout=30_000)
    card = next(iter(tab.cards.values()))
    card._ask_excel()
    card._ask_png()
    tab._ask_export_all()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert len(started) == 3 and all(s.startswith(documents + "/") for s in started), started


def test_statistics_unset_is_grey_months_say_their_year_and_the_running_month_is_left_out(
    main_window, demo_store, qtbot
):
    from PySide6.QtCharts import QPieSeries

    from tests.store_builders import person

    demo_store.customers.create(person("未分层", value_tier=None))
    tab = main_window.statistics_tab
    main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: len(tab.cards) == 12, timeout=30_000)
    [pie] = [s for s in tab.cards["customers_by_tier"].view.chart().series() if isinstance(s, QPieSeries)]
    colours = {s.label().split(" ")[0]: s.color().name() for s in pie.slices()}  # "未填写 1（0%）"
    assert colours["未填写"] == "#bdbdbd" and colours["未填写"] != colours["高价值"]
    renewals = next(t for t in tab.tables if t.key == "renewal_by_month")
    today = demo_store.today()
    assert renewals.rows[-1].label < f"{today:%Y-%m}"  # the month still running is not a rate yet
    axis = tab.cards["renewal_by_month"].view.chart().axes(Qt.Orientation.Horizontal)[0]
    first, last = renewals.rows[0].label, renewals.rows[-1].label
    assert axis.titleText() == f"{first[:4]}年{int(first[5:])}月 – {last[:4]}年{int(last[5:])}月"


def test_copy_message_fills_the_template_copies_it_and_logs_it(main_window, today_tab, demo_store, qtbot):
    qtbot.mouseClick(today_tab.cards["birthday"], Qt.MouseButton.LeftButton)
    item = today_tab.model.row_object(0)
    expected = demo_store.today_message(item)
    assert expected is not None and today_tab.message_button.isVisible()
    qtbot.mouseClick(today_tab.message_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == expected.text
    assert main_window.statusBar().currentMessage().startswith("已复制生日祝福，可粘贴到")
    entry = demo_store.contacts.of_customer(item.customer_id)[0]
    assert (entry.purpose, entry.summary) == (E.ContactPurpose.BIRTHDAY, expected.text)
    assert item not in [today_tab.model.row_object(r) for r in range(today_tab.model.rowCount())]
    qtbot.mouseClick(today_tab.cards["follow_up"], Qt.MouseButton.LeftButton)
    assert not today_tab.message_button.isVisible()  # a follow-up is a call, not a message


def test_message_templates_are_edited_in_the_settings_and_a_bad_one_is_explained(
    main_window, demo_store, qtbot, monkeypatch
):
    from agentbook.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(demo_store, main_window.translation, main_window.settings, main_window)
    qtbot.addWidget(dialog)
    field = dialog.field("message_birthday")
    hint = dialog.findChild(QWidget, "setting_message_birthday").findChild(QLabel)
    assert "{称呼}" in field.text() and hint.text().startswith("可用字段：{称呼}、{姓名}")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    field.set_text("{称呼}，您的{金额}")
    dialog.accept()
    assert warned and "金额" in warned[0] and "称呼、姓名、经办人、机构、年龄" in warned[0]
    field.set_text("{称呼}生日快乐！")
    dialog.accept()
    assert demo_store.settings.get("message_birthday") == "{称呼}生日快乐！"


def test_an_opportunity_is_followed_up_or_set_aside_and_recorded(main_window, today_tab, demo_store, qtbot):
    qtbot.mouseClick(today_tab.cards["opportunity"], Qt.MouseButton.LeftButton)
    assert today_tab.kind == "opportunity" and today_tab.model.rowCount() > 0
    item = today_tab.model.row_object(0)
    assert today_tab.second_button.text() == "暂不跟进"
    assert "缺少重疾保障" in today_tab.model.data(today_tab.model.index(0, 1))
    today_tab.view.selectRow(0)
    qtbot.mouseClick(today_tab.second_button, Qt.MouseButton.LeftButton)
    [entry] = [
        e for e in demo_store.contacts.of_customer(item.customer_id) if e.purpose is E.ContactPurpose.OPPORTUNITY
    ]
    assert (entry.summary, entry.outcome) == ("暂不跟进", "缺少重疾保障")
    qtbot.waitUntil(
        lambda: item.customer_id not in {i.customer_id for i in today_tab.report["opportunity"]}, timeout=30_000
    )


def test_a_lapsed_policy_is_reinstated_from_its_list(main_window, today_tab, demo_store, qtbot, monkeypatch):
    qtbot.mouseClick(today_tab.cards["reinstatement"], Qt.MouseButton.LeftButton)
    item = today_tab.model.row_object(0)
    assert today_tab.second_button.text() == "登记复效…" and "复效期剩" in today_tab.model.data(
        today_tab.model.index(0, 3)
    )
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    today_tab.view.selectRow(0)
    qtbot.mouseClick(today_tab.second_button, Qt.MouseButton.LeftButton)
    assert asked and item.reference in asked[0]
    assert demo_store.policies.get(item.policy_id).status is E.PolicyStatus.IN_FORCE
    qtbot.waitUntil(
        lambda: item.policy_id not in {i.policy_id for i in today_tab.report["reinstatement"]}, timeout=30_000
    )


def test_the_call_list_is_exported_with_phones_masked_unless_asked(today_tab, demo_store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    for name in ("masked.xlsx", "full.xlsx"):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, n=name, **k: (str(tmp_path / n), ""))
        today_tab.export_button.click()
    report = today_tab.report
    masked, full = (load_workbook(tmp_path / n) for n in ("masked.xlsx", "full.xlsx"))
    listed = [k for k in KINDS if report.items[k]]
    assert len(masked.sheetnames) == len(listed)
    sheet = masked[masked.sheetnames[0]]
    assert [c.value for c in sheet[4]] == ["客户", "电话", "事项", "日期", "说明", "金额（元）"]
    first = report.items[listed[0]][0]
    assert sheet["A5"].value == first.customer_name and "****" in sheet["B5"].value
    assert "****" not in full[full.sheetnames[0]]["B5"].value
    events = [(e.action, e.summary) for e in demo_store.audit_entries(limit=3)]
    assert events == [("export", "xlsx:call_list"), ("reveal", "call_list:phones"), ("export", "xlsx:call_list")]


def test_a_raised_income_is_explained_with_the_new_income(qapp):
    from agentbook.domain.opportunities import Opportunity
    from agentbook.store.queries.today_items import TodayItem
    from agentbook.ui.formatting import display
    from agentbook.ui.today.wording import opportunity_note

    item = TodayItem("opportunity", 7, 7, "赵磊", date(2026, 11, 20), -3, amount=Decimal("300000"),
                     status=Opportunity.INCOME_UP)  # fmt: skip
    assert opportunity_note(item) == f"已过 3 天记录年收入提高到 {display('money', Decimal('300000'))}，此后没有新保单"
