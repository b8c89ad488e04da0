"""The import wizard: choose the file and sheet, map the columns, look at the preview with its
problems and duplicate choices, import, see the result.

The main window calls ``open_import_wizard(store, parent, on_done)``. Reading the file and
writing the import run off the UI thread; everything the wizard learns lives in one
``ImportSession`` (no Qt in it), so the pages only show it and pass the user's choices back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from shiboken6 import isValid

from agentbook.exporters.import_template import write_template
from agentbook.importers.excel_import import ImportSession
from agentbook.importers.execute import ImportResult
from agentbook.importers.plan import Action, ImportPlan
from agentbook.store.api import Store
from agentbook.ui.errors import describe, reported
from agentbook.ui.excel.import_mapping import MappingPage
from agentbook.ui.excel.import_preview import PreviewPage
from agentbook.ui.printing.sheet_actions import default_folder
from agentbook.ui.worker import Operation

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, RESULT_PAGE = range(4)


class ExcelImportWizard(QWizard):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.session: ImportSession | None = None
        self.plan: ImportPlan | None = None
        self.choices: dict[tuple[str, int], Action] = {}
        # the pages read the outcome as ``result`` (ImportWizardState); QDialog.result() is not used
        self.result: ImportResult | None = None  # type: ignore[assignment]
        self.setObjectName("excel_import_wizard")
        self.setWindowTitle(self.tr("从 Excel 导入客户"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(PREVIEW_PAGE, self.preview_page)
        self.setPage(RESULT_PAGE, self.result_page)
        self.resize(980, 680)

    def reject(self) -> None:
        if self.preview_page.busy:  # the import is running: Cancel goes through its progress dialog
            return
        super().reject()


class FilePage(QWizardPage):
    """The file, its sheet and the header row (found automatically, changeable)."""

    def __init__(self, wizard: ExcelImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.loading = False
        self.setTitle(self.tr("选择文件"))
        self.setSubTitle(
            self.tr("选择要导入的 Excel 工作簿（.xlsx）或 CSV 文件。导入前会先显示预览，确认后才写入数据库。")
        )
        self.path = QLineEdit(self)
        self.path.setObjectName("path")
        self.path.setPlaceholderText(self.tr("文件路径"))
        self.path.editingFinished.connect(lambda: self.load(self.path.text()))
        browse = QPushButton(self.tr("浏览…"), self)
        browse.setObjectName("browse")
        browse.clicked.connect(self._browse)
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("sheet")
        self.sheet.activated.connect(lambda _i: self._load_sheet(self.sheet.currentText()))
        self.header_row = QSpinBox(self)
        self.header_row.setObjectName("header_row")
        self.header_row.setMinimum(1)
        self.header_row.valueChanged.connect(self._header_changed)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        template = QPushButton(self.tr("下载导入模板…"), self)
        template.setObjectName("template")
        template.setToolTip(self.tr("列名、示例行和下拉选项都已备好，填好后在这里选择它导入"))
        template.clicked.connect(self._ask_template)
        row.addWidget(template)
        form = QFormLayout()
        form.addRow(self.tr("文件："), row)
        form.addRow(self.tr("工作表："), self.sheet)
        form.addRow(self.tr("标题行（列名所在的行）："), self.header_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._set_controls(False)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("选择要导入的文件"),
            str(default_folder()),
            self.tr("Excel 或 CSV 文件 (*.xlsx *.xlsm *.csv *.txt);;所有文件 (*)"),
        )
        if chosen:
            self.path.setText(chosen)
            self.load(chosen)

    def _ask_template(self) -> None:
        suggested = default_folder() / self.tr("客户导入模板.xlsx")
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("保存导入模板"), str(suggested), "Excel (*.xlsx)")
        if chosen:
            self.save_template(Path(chosen if chosen.endswith(".xlsx") else chosen + ".xlsx"))

    def save_template(self, target: Path) -> Path | None:
        """Write the template (no personal data in it) and say where; logged like every export."""
        with reported(self) as failure:
            write_template(target)
            self.owner.store.record_event("export", "import_template", summary="xlsx", details={"file": str(target)})
        if failure:
            return None
        self.status.setText(self.tr("导入模板已保存到 {path}。填好后在上面选择它导入。").format(path=target))
        return target

    def _set_controls(self, loaded: bool) -> None:
        self.sheet.setEnabled(loaded and self.sheet.count() > 1)
        self.header_row.setEnabled(loaded)

    def load(self, path: str) -> None:
        """Open *path* and read its first sheet, off the UI thread."""
        path = path.strip()
        session = self.owner.session
        if not path or self.loading or (session is not None and str(session.path) == path):
            return
        self.owner.session = None
        self.sheet.clear()
        self._set_controls(False)
        self._run(lambda: _open(self.owner.store, Path(path)), self._opened)

    def _load_sheet(self, name: str) -> None:
        session = self.owner.session
        if session is None or self.loading or name == session.sheet:
            return

        def load() -> ImportSession:
            session.load_sheet(name)
            return session

        self._run(load, self._opened)

    def _run(self, work: Callable[[], ImportSession], done: Callable[[ImportSession], None]) -> None:
        self.loading = True
        self.status.setText(self.tr("正在读取文件…"))
        self.completeChanged.emit()
        Operation(work).success(done).failure(self._failed).run_in_background()

    def _opened(self, session: ImportSession) -> None:
        if not isValid(self):  # the wizard was closed while the file was being read
            return
        self.loading = False
        self.owner.session = session
        self.owner.choices.clear()
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(session.sheets)
        self.sheet.setCurrentText(session.sheet)
        self.sheet.blockSignals(False)
        self.header_row.blockSignals(True)
        self.header_row.setMaximum(max(session.last_row, 1))
        self.header_row.setValue(session.header_row)
        self.header_row.blockSignals(False)
        self._set_controls(True)
        self._describe(session)
        self.completeChanged.emit()

    def _describe(self, session: ImportSession) -> None:
        rows = max(session.last_row - session.header_row, 0)
        text = self.tr("工作表“{sheet}”：第 {row} 行是标题行，其下共 {rows} 行。").format(
            sheet=session.sheet, row=session.header_row, rows=rows
        )
        if session.saved_mapping_name:
            text += "\n" + self.tr("已套用保存的列对应关系“{name}”。").format(name=session.saved_mapping_name)
        self.status.setText(text)

    def _failed(self, exc: Exception, _trace: str) -> None:
        if not isValid(self):
            return
        self.loading = False
        self.owner.session = None
        self.status.setText(describe(exc))
        self.completeChanged.emit()

    def _header_changed(self, value: int) -> None:
        session = self.owner.session
        if session is None or self.loading:
            return
        session.set_header_row(value)
        self._describe(session)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.owner.session is not None and not self.loading


def _open(store: Store, path: Path) -> ImportSession:
    session = ImportSession(store, path)
    session.load_sheet()
    return session


class ResultPage(QWizardPage):
    def __init__(self, wizard: ExcelImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("导入完成"))
        self.summary = QLabel(self)
        self.summary.setObjectName("result")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        result = self.owner.result
        if result is None:
            return
        c = result.counts
        self.summary.setText(
            self.tr(
                "已导入 {rows} 行：新建客户 {customers_new} 位，更新客户 {customers_updated} 位；"
                "新建保单 {policies_new} 份，更新保单 {policies_updated} 份；"
                "缴费记录 {payments} 条，理赔 {claims} 件，沟通记录 {contacts} 条。"
            ).format(**{**c, "rows": c["rows_imported"]})
            + "\n\n"
            + self.tr("这次导入已记入操作日志。")
        )


def open_import_wizard(
    store: Store, parent: QWidget | None = None, on_done: Callable[[ImportResult], None] | None = None
) -> ExcelImportWizard:
    """Show the wizard (window-modal); *on_done* runs after an import that wrote something."""
    wizard = ExcelImportWizard(store, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_code: int) -> None:
        if wizard.result is not None and on_done is not None:
            on_done(wizard.result)

    wizard.finished.connect(finished)
    wizard.open()
    return wizard
