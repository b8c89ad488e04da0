"""Tools-menu windows of the archive: the commission reconciliation (佣金对账) with its Excel
export, and the register of paper-file loans (档案借阅登记)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.commissions import ReconLine, ReconSummary
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.exporters.commission_xlsx import write_reconciliation
from agentbook.store.api import Store
from agentbook.store.records.commissions import Reconciliation
from agentbook.store.records.paper import LoanRow
from agentbook.ui.customer360.archive_sections import recon_columns
from agentbook.ui.dialogs.commission_dialogs import CommissionReceiptDialog
from agentbook.ui.errors import reported, show_error
from agentbook.ui.list_model import Column, ListTableModel
from agentbook.ui.printing.sheet_actions import default_folder

SUMMARY_COLUMNS: list[Column[ReconSummary]] = [
    Column(QT_TRANSLATE_NOOP("columns", "月份"), "text", lambda s: s.month),
    Column(QT_TRANSLATE_NOOP("columns", "保险公司"), "text", lambda s: s.insurer),
    Column(QT_TRANSLATE_NOOP("columns", "应收佣金"), "money", lambda s: s.expected),
    Column(QT_TRANSLATE_NOOP("columns", "已到账"), "money", lambda s: s.received),
    Column(QT_TRANSLATE_NOOP("columns", "未到账"), "money", lambda s: s.missing),
    Column(QT_TRANSLATE_NOOP("columns", "笔数"), "int", lambda s: s.lines),
]


def _header(source: str) -> str:
    return QCoreApplication.translate("columns", source)


def _table(parent: QWidget, model: ListTableModel, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ReconciliationDialog(QDialog):
    """Expected against received commission for a period, per month and insurer, and the lines."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.recon: Reconciliation | None = None
        self.setObjectName("reconciliation_dialog")
        self.setWindowTitle(self.tr("佣金对账"))
        self.resize(1150, 720)
        today = store.today()
        self.start = QDateEdit(QDate(today.year, 1, 1), self)
        self.end = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.reload)
        self.insurer = QComboBox(self)
        self.insurer.setObjectName("insurer")
        self.insurer.addItem(self.tr("全部保险公司"), None)
        for name in store.insurers():
            self.insurer.addItem(name, name)
        self.insurer.currentIndexChanged.connect(self.reload)
        self.only_missing = QCheckBox(self.tr("只看未到账"), self)
        self.only_missing.setObjectName("only_missing")
        self.only_missing.setChecked(True)
        self.only_missing.toggled.connect(self._fill_lines)
        export = QPushButton(self.tr("导出 Excel…"), self)
        export.setObjectName("export")
        export.clicked.connect(self.export)
        receipt = QPushButton(self.tr("登记到账…"), self)
        receipt.setObjectName("add_receipt")
        receipt.clicked.connect(self.add_receipt)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("缴费日期"), self))
        bar.addWidget(self.start)
        bar.addWidget(QLabel("–", self))
        bar.addWidget(self.end)
        bar.addWidget(self.insurer)
        bar.addWidget(self.only_missing)
        bar.addStretch(1)
        bar.addWidget(receipt)
        bar.addWidget(export)
        self.summary_model: ListTableModel[ReconSummary] = ListTableModel(SUMMARY_COLUMNS, parent=self)
        self.lines_model: ListTableModel[ReconLine] = ListTableModel(recon_columns(), parent=self)
        self.summary_view = _table(self, self.summary_model, "summary")
        self.lines_view = _table(self, self.lines_model, "lines")
        self.lines_view.doubleClicked.connect(lambda _i: self.add_receipt())
        self.totals = QLabel(self)
        self.totals.setObjectName("totals")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(QLabel(self.tr("按月份和保险公司汇总"), self))
        layout.addWidget(self.summary_view, 2)
        layout.addWidget(QLabel(self.tr("明细（按缴费期）"), self))
        layout.addWidget(self.lines_view, 3)
        layout.addWidget(self.totals)
        self.reload()

    def reload(self) -> None:
        start: date = self.start.date().toPython()  # type: ignore[assignment]
        end: date = self.end.date().toPython()  # type: ignore[assignment]
        with reported(self) as failure:
            self.recon = self.store.commission_reconciliation(start, end, self.insurer.currentData())
        if failure:
            return
        self.summary_model.set_rows(self.recon.summary)
        expected, received, missing = self.recon.totals()
        self.totals.setText(
            self.tr(
                "应收佣金 {0} 元 · 已到账 {1} 元 · 未到账 {2} 元（%n 笔）", "", len(self.recon.missing_lines)
            ).format(expected, received, missing)
        )
        self._fill_lines()

    def _fill_lines(self) -> None:
        if self.recon is not None:
            self.lines_model.set_rows(self.recon.missing_lines if self.only_missing.isChecked() else self.recon.lines)

    def add_receipt(self) -> None:
        index = self.lines_view.currentIndex()
        if not index.isValid():
            return
        line = self.lines_model.row_object(index.row())
        dialog = CommissionReceiptDialog(
            self.store, line.instalment.policy_id, line.instalment.period, line.missing or None, self
        )
        if dialog.exec():
            self.reload()
            self.changed.emit()

    def export(self, target: Path | None = None) -> Path | None:
        if self.recon is None:
            return None
        if target is None:
            name = f"commission_{self.store.today():%Y%m%d}.xlsx"
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("导出 Excel"), str(default_folder() / name), "Excel (*.xlsx)"
            )
            if not chosen:
                return None
            target = Path(chosen if chosen.endswith(".xlsx") else chosen + ".xlsx")
        try:
            write_reconciliation(
                target,
                self.recon,
                titles=(self.tr("汇总"), self.tr("明细")),
                summary_headers=[_header(c.header) for c in SUMMARY_COLUMNS],
                line_headers=[_header(c.header) for c in recon_columns()],
                only_missing=self.only_missing.isChecked(),
            )
        except OSError as exc:
            show_error(self, exc)
            return None
        self.store.record_event("export", "commission", summary=str(target))
        return target


class LoansDialog(QDialog):
    """The register of paper-file loans; overdue ones first, in red."""

    changed = Signal()
    customerRequested = Signal(int)  # noqa: N815

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("loans_dialog")
        self.setWindowTitle(self.tr("档案借阅登记"))
        self.resize(980, 560)
        today = store.today()
        self.model: ListTableModel[LoanRow] = ListTableModel(
            [
                Column(QT_TRANSLATE_NOOP("columns", "档案编号"), "text", lambda r: r.archive_no),
                Column(QT_TRANSLATE_NOOP("columns", "客户"), "text", lambda r: r.customer_name),
                Column(QT_TRANSLATE_NOOP("columns", "存放位置"), "text", lambda r: r.location),
                Column(QT_TRANSLATE_NOOP("columns", "借阅人"), "text", lambda r: r.loan.borrower),
                Column(QT_TRANSLATE_NOOP("columns", "借阅用途"), "text", lambda r: r.loan.purpose),
                Column(QT_TRANSLATE_NOOP("columns", "借出日期"), "date", lambda r: r.loan.lent_on),
                Column(QT_TRANSLATE_NOOP("columns", "应还日期"), "date", lambda r: r.loan.due_on),
                Column(QT_TRANSLATE_NOOP("columns", "归还日期"), "date", lambda r: r.loan.returned_on),
                Column(QT_TRANSLATE_NOOP("columns", "逾期天数"), "int", lambda r: r.loan.days_overdue(today) or None),
            ],
            parent=self,
        )
        self.view = _table(self, self.model, "loans")
        self.view.doubleClicked.connect(
            lambda i: self.customerRequested.emit(self.model.row_object(i.row()).loan.customer_id)
        )
        self.open_only = QCheckBox(self.tr("只看未归还"), self)
        self.open_only.setObjectName("open_only")
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self.reload)
        self.return_button = QPushButton(self.tr("登记归还"), self)
        self.return_button.setObjectName("return_file")
        self.return_button.clicked.connect(self.return_selected)
        self.count = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.open_only)
        bar.addWidget(self.count, 1)
        bar.addWidget(self.return_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.reload()

    def reload(self) -> None:
        rows = self.store.loans.register(open_only=self.open_only.isChecked())
        self.model.set_rows(rows)
        late = sum(1 for r in rows if r.loan.days_overdue(self.store.today()))
        self.count.setText(self.tr("共 %n 条", "", len(rows)) + (self.tr("，逾期 %n 条", "", late) if late else ""))
        self.count.setStyleSheet("color: #c62828;" if late else "")

    def return_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        loan = self.model.row_object(index.row()).loan
        if loan.returned_on is not None or loan.id is None:
            return
        with reported(self) as failure:
            self.store.loans.return_file(loan.id)
        if failure:
            return
        self.reload()
        self.changed.emit()
