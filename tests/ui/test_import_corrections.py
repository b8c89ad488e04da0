"""The import wizard's template and its preview of every row: problems beside the values, a
problem cell typed over before anything is written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from agentbook.domain.idnumbers import make_resident_id
from agentbook.store.queries.listing import ListRequest
from agentbook.ui.excel.import_wizard import PREVIEW_PAGE, RESULT_PAGE, ExcelImportWizard
from tests.ui.test_excel_import_wizard import checked

SHOTS = Path("/tmp/agentbook-shots")


def _wizard(qtbot, store) -> ExcelImportWizard:
    wizard = ExcelImportWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _load(qtbot, wizard: ExcelImportWizard, path: Path) -> None:
    wizard.file_page.path.setText(str(path))
    wizard.file_page.load(str(path))
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=30_000)


def test_the_downloaded_template_goes_straight_to_the_preview(qtbot, qapp_font, store, tmp_path):
    wizard = _wizard(qtbot, store)
    target = wizard.file_page.save_template(tmp_path / "客户导入模板.xlsx")
    assert target is not None and target.exists()
    assert "导入模板已保存到" in wizard.file_page.status.text()
    entry = store.audit_entries(limit=1)[0]
    assert (entry.action, entry.entity) == ("export", "import_template")
    _load(qtbot, wizard, target)
    wizard.next()
    assert wizard.mapping_page.isComplete()
    wizard.next()
    assert wizard.currentId() == PREVIEW_PAGE
    checked(qtbot, wizard)
    values = wizard.preview_page.values
    assert values.model_.rowCount() == 2 and values.cell_text(3, "name") == "李四"
    assert wizard.plan.counts()["rows_with_errors"] == 0


def test_a_problem_cell_is_corrected_in_the_preview(qtbot, qapp_font, store, tmp_path):
    good = make_resident_id("110105", date(1980, 3, 6), 13)
    typo = good[:17] + ("0" if good[17] != "0" else "1")
    rows = [f"客户{n},男,,1380000{n:04d},2024/3/{n % 28 + 1}" for n in range(1, 40)]
    rows[4] = f"客户5,男,{typo},13800000005,1980/3/6"
    rows[9] = "客户10,男,,13800000010,2024/13/45"
    csv = tmp_path / "客户.csv"
    csv.write_text("姓名,性别,身份证号码,手机,出生日期\n" + "\n".join(rows) + "\n", encoding="utf-8")
    wizard = _wizard(qtbot, store)
    _load(qtbot, wizard, csv)
    wizard.next()
    wizard.next()
    checked(qtbot, wizard)
    page = wizard.preview_page
    values = page.values
    model = values.model_
    assert model.rowCount() == 39  # every row, not a sample
    assert wizard.plan.counts()["rows_with_errors"] == 2
    id_cell = values.index_of(6, "id_number")
    assert id_cell.data() == typo  # the sheet's text, in full: it is what needs correcting
    assert id_cell.data(Qt.ItemDataRole.BackgroundRole) == QColor("#f5b7b1")
    assert model.flags(id_cell) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(values.index_of(2, "name")) & Qt.ItemFlag.ItemIsEditable  # no problem: not edited here
    assert "校验码" in model.index(id_cell.row(), 0).data()  # the problem beside the values

    page.only_problems.setChecked(True)
    assert model.rowCount() == 2
    values.setFocus()
    SHOTS.mkdir(exist_ok=True)
    wizard.grab().save(str(SHOTS / "import_preview_problems.png"))

    assert model.setData(values.index_of(6, "id_number"), good, Qt.ItemDataRole.EditRole)
    assert model.setData(values.index_of(11, "birth_date"), "2024-12-25", Qt.ItemDataRole.EditRole)
    checked(qtbot, wizard)
    assert wizard.plan.counts()["rows_with_errors"] == 0
    assert model.rowCount() == 0  # no row has a problem left
    assert "已在预览中改正 2 个单元格" in page.summary.text()
    page.only_problems.setChecked(False)
    assert values.cell_text(11, "birth_date") == "2024-12-25"

    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT_PAGE, timeout=30_000)
    listed = store.list_query("customers", ListRequest()).page(0, 100)
    by_name = {store.customers.get(r.id).name: store.customers.get(r.id) for r in listed}
    assert len(by_name) == 39
    assert by_name["客户10"].birth_date == date(2024, 12, 25)
    assert by_name["客户5"].id_number == good
