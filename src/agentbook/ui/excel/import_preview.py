"""The wizard's preview page: the values as read from the first rows, what will be imported,
every problem with its row, a choice for each duplicate, the problem report to save — and the
import itself, off the UI thread.

Choosing skip / update / import-as-new re-plans at once (nothing is read again), so the summary
always says what pressing 导入 will do. Reading and planning run on a worker, like the import:
a whole book of rows takes seconds, which must not freeze the window.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from shiboken6 import isValid

from agentbook.importers.errors import ImportCancelledError
from agentbook.importers.excel_import import ImportSession
from agentbook.importers.execute import ImportRejectedError, ImportResult
from agentbook.importers.plan import Action, ImportPlan
from agentbook.importers.rows import ParsedRow
from agentbook.ui.errors import describe, show_error
from agentbook.ui.excel.import_host import ImportWizardState
from agentbook.ui.excel.import_tables import (
    ACTION_COLUMN,
    ActionDelegate,
    DuplicatesModel,
    ProblemsModel,
    allowed_actions,
)
from agentbook.ui.excel.import_values import ParsedValuesTable
from agentbook.ui.worker import Operation, ProgressRelay

PAINT_FIRST_MS = 30  # a page's first paint, before its check starts (``PreviewPage._check``)


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizardState) -> None:
        super().__init__(cast(QWidget, wizard))  # the wizard is a QWizard; pages name it by its shape
        self.owner = wizard
        self.busy = False  # the import is running
        self.checking = False  # the rows are being read and planned (``_check``)
        self._again: bool | None = None  # asked to check again meanwhile (True: read the rows again)
        # cells typed over while a check ran, with the session they belong to: applied before the next
        self._corrections: list[tuple[ImportSession, int, int, str]] = []
        self.imported = False
        self.setTitle(self.tr("预览"))
        self.setSubTitle(self.tr("检查将要导入的内容。有错误的行不会导入；重复的客户请逐行选择处理方式。"))
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.problems = QTableView(self)
        self.problems.setObjectName("problems")
        self.problems.setModel(ProblemsModel(self.problems))
        self.duplicates = QTableView(self)
        self.duplicates.setObjectName("duplicates")
        self.duplicates_model = DuplicatesModel(self.duplicates)
        self.duplicates_model.chosen.connect(self._choose)
        self.duplicates.setModel(self.duplicates_model)
        self.duplicates.setItemDelegateForColumn(ACTION_COLUMN, ActionDelegate(self.duplicates))
        for table in (self.problems, self.duplicates):
            table.verticalHeader().setVisible(False)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            # widths from the first rows, not Qt's default of a thousand: that measured 5 columns
            # of 1,000 rows on each fill, half a second of the GUI thread for a sheet imported again
            table.horizontalHeader().setResizeContentsPrecision(50)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicates.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.duplicates.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.choose_all = QPushButton(self.tr("全部设为…"), self)
        self.choose_all.setObjectName("choose_all")
        menu = QMenu(self.choose_all)
        for action in Action:
            menu.addAction(QCoreApplication.translate("importer", action.label)).setData(action.value)
        menu.triggered.connect(lambda item: self.choose_all_as(Action(item.data())))
        self.choose_all.setMenu(menu)
        save = self.save_report_button = QPushButton(self.tr("保存问题报告（Excel）…"), self)
        save.setObjectName("save_report")
        save.clicked.connect(self._save_report)
        self.duplicates_label = QLabel(self)
        self.values = ParsedValuesTable(self)
        self.values.model_.corrected.connect(self.correct)
        self.values_label = QLabel(self)
        self.values_label.setWordWrap(True)  # the English sentence is longer than the table is wide
        self.only_problems = QCheckBox(self.tr("只看有问题的行"), self)
        self.only_problems.setObjectName("only_problems")
        self.only_problems.toggled.connect(self.values.model_.set_only_problems)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        box_values = QVBoxLayout()
        values_head = QHBoxLayout()
        values_head.addWidget(self.values_label, 1)
        values_head.addWidget(self.only_problems)
        box_values.addLayout(values_head)
        box_values.addWidget(self.values)
        top = QLabel(self.tr("问题（按行）："), self)
        box_top = QVBoxLayout()
        box_top.addWidget(top)
        box_top.addWidget(self.problems)
        box_bottom = QVBoxLayout()
        duplicates_head = QHBoxLayout()
        duplicates_head.addWidget(self.duplicates_label, 1)
        duplicates_head.addWidget(self.choose_all)
        box_bottom.addLayout(duplicates_head)
        box_bottom.addWidget(self.duplicates)
        for box in (box_values, box_top, box_bottom):
            holder = QWidget(self)
            holder.setLayout(box)
            splitter.addWidget(holder)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    # --- showing the plan --------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.imported = False
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("导入"))
        session = self.owner.session
        assert session is not None
        self.values.model_.raw = session.cell
        self.owner.plan = None
        self._check(read_again=True)

    def correct(self, excel_row: int, column_index: int, text: str) -> None:
        """A cell typed over in the preview: the sheet is read again and the plan made again."""
        session = self.owner.session
        assert session is not None
        self._corrections.append((session, excel_row, column_index, text))
        self._check(read_again=True)

    def replan(self) -> None:
        """Plan again with the duplicates' choices as they are now (nothing is read again)."""
        self._check(read_again=False)

    def _check(self, read_again: bool) -> None:
        """Read the rows (*read_again*) and plan on a worker: at 10,000 rows that is a second or
        more, which on the GUI thread froze the wizard. One check runs at a time; asking again
        meanwhile runs one more when it ends, with every correction typed in the meantime (the
        session is changed only here, on the GUI thread, while no worker is reading it)."""
        if self.checking:
            self._again = bool(self._again) or read_again
            return
        session = self.owner.session
        assert session is not None
        typed = [(row, column, text) for typed_in, row, column, text in self._corrections if typed_in is session]
        for excel_row, column_index, text in typed:
            session.correct(excel_row, column_index, text)
        read_again = read_again or bool(typed)
        self._corrections.clear()
        self.checking = True
        self._show_checking(session)
        choices = dict(self.owner.choices)

        def work() -> tuple[list[ParsedRow] | None, ImportPlan]:
            rows = session.parsed().rows if read_again else None
            return rows, session.preview(choices)

        operation = Operation(work, self).success(lambda outcome: self._checked(session, outcome))
        operation.failure(lambda exc, _trace: self._check_failed(session, exc))
        # Started once the page has been drawn: the worker's Python holds the interpreter lock,
        # and the first paint of three tables calls into Python hundreds of times, each waiting
        # its turn for the lock (a quarter of a second at 10,000 rows, 65 ms started after it).
        QTimer.singleShot(PAINT_FIRST_MS, self, lambda: operation.run_in_background())

    def _show_checking(self, session: ImportSession) -> None:
        rows = max(session.last_row - session.header_row, 0)
        self.summary.setText(self.tr("正在读取并检查 {count} 行…").format(count=rows))
        self._usable(False)
        self.completeChanged.emit()

    def _checked(self, session: ImportSession, outcome: tuple[list[ParsedRow] | None, ImportPlan]) -> None:
        self.checking = False
        again, self._again = self._again, None
        if session is not self.owner.session:  # another file was opened meanwhile
            return
        if again is not None:  # asked again meanwhile: this outcome is already out of date
            self._check(read_again=again)
            return
        rows, plan = outcome
        self.owner.plan = plan
        if rows is not None:
            self._fill_values(rows)
        self._fill_summary()
        self._fill_problems()
        self._fill_duplicates()  # a choice shows in its row once the plan has taken it
        self._usable(True)
        self.completeChanged.emit()

    def _check_failed(self, session: ImportSession, exc: Exception) -> None:
        if not isValid(self):  # the wizard was closed meanwhile
            return
        self.checking = False
        self._again = None
        self._usable(True)
        if session is not self.owner.session:
            return
        self.summary.setText(describe(exc))
        self.completeChanged.emit()

    def _usable(self, usable: bool) -> None:
        """What changes the session or shows the plan, off while a check runs (and 全部设为…
        while there is nothing to choose)."""
        for widget in (self.values, self.duplicates, self.save_report_button):
            widget.setEnabled(usable)
        self.choose_all.setEnabled(usable and self.duplicates_model.rowCount() > 0)

    def _fill_values(self, rows: list[ParsedRow]) -> None:
        self.values.fill(rows)
        self.values_label.setText(
            self.tr(
                "读取结果（共 {count} 行）：请核对金额、日期是否读对。标红的单元格有问题，双击即可改正（原文件不变）。"
            ).format(count=len(rows))
        )

    def _fill_summary(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        c = plan.counts()
        text = self.tr(
            "共 {rows} 行数据。将新建客户 {customers_new} 位、更新客户 {customers_updated} 位；"
            "新建保单 {policies_new} 份、更新保单 {policies_updated} 份；"
            "缴费记录 {payments} 条，理赔 {claims} 件，沟通记录 {contacts} 条。"
        ).format(**c)
        if c["rows_with_errors"]:
            text += " " + self.tr("{count} 行有错误，不会导入。").format(count=c["rows_with_errors"])
        corrected = len(self.owner.session.corrections) if self.owner.session else 0
        if corrected:
            text += " " + self.tr("已在预览中改正 %n 个单元格。", "", corrected)
        if not plan.drafts:
            text += "\n" + self.tr("没有可以导入的内容。")
        self.summary.setText(text)

    def _fill_problems(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        cast(ProblemsModel, self.problems.model()).fill(plan.problems)

    def _fill_duplicates(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        self.duplicates_label.setText(
            self.tr("重复（{count} 处，默认跳过）：").format(count=len(plan.duplicates))
            if plan.duplicates
            else self.tr("没有发现重复的客户。")
        )
        self.duplicates_model.fill(plan.duplicates)

    def _choose(self, key: tuple[str, int], action: Action) -> None:
        self.owner.choices[key] = action
        self.replan()

    def choose_all_as(self, action: Action) -> None:
        """The same choice for every duplicate that allows it (an archived customer is updated
        only when it is known which): one plan again, not one per row."""
        plan = self.owner.plan
        if plan is None or self.checking:
            return
        for dup in plan.duplicates:
            if action in allowed_actions(dup):
                self.owner.choices[dup.key] = action
        self.replan()

    def _save_report(self) -> None:
        session, plan = self.owner.session, self.owner.plan
        if session is None or plan is None:
            return
        suggested = session.path.with_name(f"{session.path.stem}_导入问题.xlsx")
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("保存问题报告"), str(suggested), "Excel (*.xlsx)")
        if not chosen:
            return
        target = Path(chosen if chosen.endswith(".xlsx") else chosen + ".xlsx")
        try:
            session.save_report(plan, target, QCoreApplication.translate)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("保存问题报告"), str(exc))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        plan = self.owner.plan
        return plan is not None and bool(plan.drafts) and not self.busy and not self.checking

    # --- the import ----------------------------------------------------------------------------
    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """The first press starts the import; the wizard moves on when it has succeeded."""
        if self.imported:
            return True
        if not self.busy and self.isComplete():  # never a plan being made again, or none
            self.start_import()
        return False

    def start_import(self) -> None:
        session, plan = self.owner.session, self.owner.plan
        assert session is not None and plan is not None
        stop = threading.Event()
        dialog = QProgressDialog(self.tr("正在导入…"), self.tr("取消"), 0, 0, self)
        dialog.setObjectName("import_progress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(stop.set)
        relay = ProgressRelay(dialog)
        self.busy = True
        self.completeChanged.emit()

        def done(result: ImportResult) -> None:
            dialog.close()
            self.busy = False
            self.imported = True
            self.owner.result = result
            self.owner.next()

        def failed(exc: Exception, _trace: str) -> None:
            dialog.close()
            self.busy = False
            self.completeChanged.emit()
            if isinstance(exc, ImportCancelledError):
                self.summary.setText(self.tr("已取消导入，没有写入任何数据。"))
                return
            if isinstance(exc, ImportRejectedError):
                text = describe(exc)
                self.summary.setText(text)
                QMessageBox.warning(self, self.tr("导入未完成"), text)
                return
            show_error(self, exc)

        Operation(lambda: session.run(plan, relay.report, stop.is_set)).success(done).failure(
            failed
        ).run_in_background()
