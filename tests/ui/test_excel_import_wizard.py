"""The import wizard driven offscreen: file → mapping → preview with choices → import → result,
and a wizard closed before importing writes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWizard

from agentbook.importers.plan import Action
from agentbook.ui.excel.import_wizard import MAPPING_PAGE, PREVIEW_PAGE, RESULT_PAGE, ExcelImportWizard

MESSY = Path(__file__).resolve().parents[1] / "data" / "messy_customers.xlsx"


def checked(qtbot, wizard: ExcelImportWizard) -> None:
    """Wait for the preview's rows to be read and planned (on a worker, like the import)."""
    qtbot.waitUntil(lambda: not wizard.preview_page.checking, timeout=60_000)
    assert wizard.plan is not None


def to_the_preview(qtbot, store, sheet: Path) -> ExcelImportWizard:
    """A wizard on *sheet* with its columns as found, moved on to the preview page."""
    wizard = ExcelImportWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.load(str(sheet))
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=30_000)
    wizard.next()
    wizard.next()
    return wizard


def _open_messy(qtbot, store) -> ExcelImportWizard:
    wizard = ExcelImportWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    page.path.setText(str(MESSY))
    page.load(str(MESSY))
    qtbot.waitUntil(page.isComplete, timeout=30_000)
    assert page.header_row.value() == 3 and page.sheet.currentText() == "客户档案"
    return wizard


def test_wizard_imports_the_messy_sheet(qtbot, qapp_font, store):
    wizard = _open_messy(qtbot, store)
    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE
    mapping = wizard.mapping_page
    assert mapping.combo_for("B").currentData() == "name" and mapping.combo_for("R").currentData() == ""
    mapping.combo_for("R").setCurrentIndex(mapping.combo_for("R").findData("remarks"))  # Agent Code → 备注
    assert mapping.isComplete()
    wizard.next()
    assert wizard.currentId() == PREVIEW_PAGE
    preview = wizard.preview_page
    checked(qtbot, wizard)
    problems = preview.problems.model()
    rows_with_problems = {problems.index(r, 0).data() for r in range(problems.rowCount())}
    assert {"6", "7", "8", "9", "10"} <= rows_with_problems
    duplicates = preview.duplicates_model
    assert duplicates.rowCount() == 1
    choice = duplicates.index_of(("file", 9))
    assert choice.data(Qt.ItemDataRole.EditRole) == Action.SKIP and choice.data() == "跳过"
    assert duplicates.setData(choice, Action.UPDATE)  # what the row's drop-down does
    assert wizard.choices == {("file", 9): Action.UPDATE}
    checked(qtbot, wizard)
    assert duplicates.index_of(("file", 9)).data() == "更新已有客户"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "导入"
    wizard.next()  # starts the import on a worker
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT_PAGE, timeout=30_000)
    assert "新建客户 3 位" in wizard.result_page.summary.text()
    assert store.customers.count() == 3 and store.policies.count() == 4
    zhang = store.customers.find("name = ?", ("张伟",))[0]
    assert "A001" in zhang.remarks


def test_closing_the_wizard_before_importing_writes_nothing(qtbot, qapp_font, store):
    before = store.counts()
    wizard = _open_messy(qtbot, store)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PREVIEW_PAGE
    checked(qtbot, wizard)
    wizard.reject()
    assert store.counts() == before


def test_open_import_wizard_reports_back_after_an_import(qtbot, qapp_font, store, tmp_path):
    from agentbook.ui.excel.import_wizard import open_import_wizard

    csv = tmp_path / "one.csv"
    csv.write_text("姓名,手机号码,性别\n张三,13800000001,男\n", encoding="utf-8")
    results = []
    wizard = open_import_wizard(store, None, results.append)  # deletes itself when closed
    wizard.file_page.load(str(csv))
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=30_000)
    wizard.next()
    wizard.next()
    checked(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT_PAGE, timeout=30_000)
    wizard.accept()
    assert results and results[0].counts["customers_new"] == 1
    assert store.customers.find("name = ?", ("张三",))[0].lifecycle.value == "prospect"


def test_the_insurer_is_asked_up_front_and_the_preview_shows_parsed_values(qtbot, qapp_font, store, tmp_path):
    from agentbook.domain.idnumbers import make_resident_id

    person = make_resident_id("110105", date(1980, 1, 2), 11)
    csv = tmp_path / "no_insurer.csv"
    csv.write_text(
        "姓名,身份证号码,手机,保单号,产品名称,保额,生效日期\n"
        f"张三,{person},13800000001,X-1001,交通意外险,50万,2024/3/1\n",
        encoding="utf-8",
    )
    wizard = ExcelImportWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.load(str(csv))
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=30_000)
    wizard.next()
    mapping = wizard.mapping_page
    assert wizard.currentId() == MAPPING_PAGE
    assert not mapping.isComplete() and "默认保险公司" in mapping.missing.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no preview before it is given
    mapping.insurer.setEditText("中国人寿")
    assert mapping.isComplete()
    wizard.next()
    preview = wizard.preview_page
    assert wizard.currentId() == PREVIEW_PAGE
    checked(qtbot, wizard)
    values = preview.values
    assert values.cell_text(2, "sum_insured") == "500,000.00"
    assert values.cell_text(2, "effective_date") == "2024-03-01"
    assert values.cell_text(2, "name") == "张三"
    assert values.cell_text(2, "id_number") == person[:6] + "********" + person[-4:]  # masked, as elsewhere
    assert not [p for p in wizard.plan.problems if "保险公司" in p.text() and p.severity.value == "error"]
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT_PAGE, timeout=30_000)
    assert store.policies.by_number("X-1001")[0].insurer == "中国人寿"


def test_a_large_sheet_imports_through_the_wizard_with_its_names_read_ahead(qtbot, qapp_font, store, tmp_path):
    """The wizard's preview starts the second process from the GUI thread; the import on the
    wizard's worker takes its readings, and the names are found by their surnames' readings."""
    from agentbook.importers import readings_ahead
    from tests.importers.test_read_ahead import big_sheet

    rows = readings_ahead.MIN_NAMES + 10
    sheet = big_sheet(tmp_path / "大表.xlsx", rows)
    wizard = to_the_preview(qtbot, store, sheet)
    assert wizard.currentId() == PREVIEW_PAGE
    preview = wizard.preview_page
    # the rows are read and planned on a worker: the window stays live, 导入 waits for the plan
    assert preview.checking and f"正在读取并检查 {rows} 行" in preview.summary.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()  # pressed anyway (a keyboard shortcut): nothing starts without the plan
    assert not preview.busy and wizard.currentId() == PREVIEW_PAGE
    checked(qtbot, wizard)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not preview.choose_all.isEnabled()  # no duplicate: nothing to choose for all
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT_PAGE, timeout=60_000)
    assert f"新建客户 {rows:,} 位".replace(",", "") in wizard.result_page.summary.text().replace(",", "")
    assert store.customers.count() == rows
    assert [h.name for h in store.search("shanxiongxin")][:1] == ["单雄信"]


@pytest.mark.qt_log_ignore("This plugin does not support grabbing")  # the choice's drop-down, offscreen
def test_a_sheet_imported_again_lists_every_duplicate_and_one_choice_covers_them(qtbot, qapp_font, store, tmp_path):
    """This month's list of the same customers: every row is in the archive already. The list is
    a model (a widget per row took 9 s at 10,000 rows) and 全部设为 sets every row's choice."""
    from agentbook.importers.excel_import import ImportSession
    from tests.importers.test_read_ahead import big_sheet

    rows = 400
    sheet = big_sheet(tmp_path / "本月名单.xlsx", rows)
    first = ImportSession(store, sheet)
    first.load_sheet()
    first.run(first.preview())
    wizard = to_the_preview(qtbot, store, sheet)
    checked(qtbot, wizard)
    preview = wizard.preview_page
    duplicates = preview.duplicates_model
    assert duplicates.rowCount() == rows and preview.choose_all.isEnabled()
    assert {duplicates.index(r, 4).data(Qt.ItemDataRole.EditRole) for r in range(rows)} == {Action.SKIP}
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # all skipped: nothing to import
    preview.choose_all_as(Action.UPDATE)
    checked(qtbot, wizard)
    assert {duplicates.index(r, 4).data(Qt.ItemDataRole.EditRole) for r in range(rows)} == {Action.UPDATE}
    assert len(wizard.choices) == rows
    preview.choose_all_as(Action.SKIP)
    checked(qtbot, wizard)
    assert {duplicates.index(r, 4).data(Qt.ItemDataRole.EditRole) for r in range(rows)} == {Action.SKIP}
    first_row = duplicates.index(0, 4)
    preview.duplicates.edit(first_row)  # a click on the choice: a drop-down while it is changed
    box = preview.duplicates.findChild(QComboBox)
    assert box is not None
    assert [box.itemText(i) for i in range(box.count())] == ["跳过", "更新已有客户", "作为新客户导入"]
    box.setCurrentIndex(box.findData(Action.UPDATE))
    box.activated.emit(box.currentIndex())  # picked: taken at once, without leaving the cell
    checked(qtbot, wizard)
    assert duplicates.index(0, 4).data(Qt.ItemDataRole.EditRole) == Action.UPDATE
    assert duplicates.index(1, 4).data(Qt.ItemDataRole.EditRole) == Action.SKIP
    shots = Path("/tmp/agentbook-shots")
    shots.mkdir(exist_ok=True)
    wizard.grab().save(str(shots / "import_preview_duplicates.png"))
