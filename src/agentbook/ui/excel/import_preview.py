"""The wizard's preview page: the values as read from the first rows, what will be imported,
every problem with its row, a choice for each duplicate, the problem report to save — and the
import itself, off the UI thread.

Choosing skip / update / import-as-new re-plans at once (nothing is read again), so the summary
always says what pressing 导入 will do.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from agentbook.domain.idnumbers import mask_id_number
from agentbook.importers.errors import ImportCancelledError
from agentbook.importers.execute import ImportRejectedError, ImportResult
from agentbook.importers.plan import Action
from agentbook.importers.problems import Severity
from agentbook.ui.errors import describe, show_error
from agentbook.ui.excel.import_host import ImportWizardState
from agentbook.ui.excel.import_values import ParsedValuesTable
from agentbook.ui.i18n import join_list
from agentbook.ui.worker import Operation, ProgressRelay

SEVERITY_COLOURS = {Severity.ERROR: "#fde0dc", Severity.WARNING: "#fff3cd", Severity.INFO: ""}


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizardState) -> None:
        super().__init__(cast(QWidget, wizard))  # the wizard is a QWizard; pages name it by its shape
        self.owner = wizard
        self.busy = False
        self.imported = False
        self.setTitle(self.tr("预览"))
        self.setSubTitle(self.tr("检查将要导入的内容。有错误的行不会导入；重复的客户请逐行选择处理方式。"))
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 4, self)
        self.problems.setObjectName("problems")
        self.problems.setHorizontalHeaderLabels([self.tr("行号"), self.tr("列"), self.tr("问题"), self.tr("级别")])
        self.duplicates = QTableWidget(0, 5, self)
        self.duplicates.setObjectName("duplicates")
        self.duplicates.setHorizontalHeaderLabels(
            [self.tr("行号"), self.tr("姓名"), self.tr("证件号码"), self.tr("重复情况"), self.tr("处理方式")]
        )
        for table in (self.problems, self.duplicates):
            table.verticalHeader().setVisible(False)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.duplicates.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        save = QPushButton(self.tr("保存问题报告（Excel）…"), self)
        save.setObjectName("save_report")
        save.clicked.connect(self._save_report)
        self.duplicates_label = QLabel(self)
        self.values = ParsedValuesTable(self)
        self.values.model_.corrected.connect(self.correct)
        self.values_label = QLabel(self)
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
        box_bottom.addWidget(self.duplicates_label)
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
        self._fill_values()
        self.replan()
        self._fill_duplicates()

    def _fill_values(self) -> None:
        session = self.owner.session
        assert session is not None
        rows = session.parsed().rows
        self.values.fill(rows)
        self.values_label.setText(
            self.tr(
                "读取结果（共 {count} 行）：请核对金额、日期是否读对。标红的单元格有问题，双击即可改正（原文件不变）。"
            ).format(count=len(rows))
        )

    def correct(self, excel_row: int, column_index: int, text: str) -> None:
        """A cell typed over in the preview: the sheet is read again and the plan made again."""
        session = self.owner.session
        assert session is not None
        session.correct(excel_row, column_index, text)
        self._fill_values()
        self.replan()
        self._fill_duplicates()

    def replan(self) -> None:
        session = self.owner.session
        assert session is not None
        self.owner.plan = session.preview(self.owner.choices)
        self._fill_summary()
        self._fill_problems()
        self.completeChanged.emit()

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
        self.problems.setRowCount(len(plan.problems))
        for r, problem in enumerate(plan.problems):
            cells = (
                str(problem.row),
                problem.where,
                problem.text(QCoreApplication.translate),
                QCoreApplication.translate("importer", problem.severity.label),
            )
            colour = SEVERITY_COLOURS[problem.severity]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if colour:
                    item.setBackground(QColor(colour))
                self.problems.setItem(r, c, item)

    def _fill_duplicates(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        self.duplicates_label.setText(
            self.tr("重复（{count} 处，默认跳过）：").format(count=len(plan.duplicates))
            if plan.duplicates
            else self.tr("没有发现重复的客户。")
        )
        self.duplicates.setRowCount(len(plan.duplicates))
        for r, dup in enumerate(plan.duplicates):
            rows = join_list(str(n) for n in dup.rows[:5]) + ("…" if len(dup.rows) > 5 else "")
            for c, text in enumerate(
                (rows, dup.name, mask_id_number(dup.id_number), dup.text(QCoreApplication.translate))
            ):
                self.duplicates.setItem(r, c, QTableWidgetItem(text))
            combo = QComboBox(self.duplicates)
            combo.setObjectName(f"choice_{dup.kind}_{dup.row}")
            for action in Action:
                if dup.kind == "file" or action is not Action.UPDATE or dup.existing_id is not None:
                    combo.addItem(QCoreApplication.translate("importer", action.label), action)
            combo.setCurrentIndex(max(combo.findData(dup.action), 0))
            combo.currentIndexChanged.connect(lambda _i, d=dup, w=combo: self._choose(d.key, w.currentData()))
            self.duplicates.setCellWidget(r, 4, combo)

    def _choose(self, key: tuple[str, int], action: Action) -> None:
        self.owner.choices[key] = action
        self.replan()

    def choice_box(self, kind: str, row: int) -> QComboBox:
        combo = self.duplicates.findChild(QComboBox, f"choice_{kind}_{row}")
        assert combo is not None
        return combo

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
        return plan is not None and bool(plan.drafts) and not self.busy

    # --- the import ----------------------------------------------------------------------------
    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """The first press starts the import; the wizard moves on when it has succeeded."""
        if self.imported:
            return True
        if not self.busy:
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
