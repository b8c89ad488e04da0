"""The 360 view's paper-file box (location, current loan, lend and return) and its commissions
section (expected and received per paid instalment, rules and receipts)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.commissions import ReconLine
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.models import Policy
from agentbook.domain.paper import Loan, PaperLocation
from agentbook.store.api import Store
from agentbook.ui.dialogs.commission_dialogs import CommissionReceiptDialog, CommissionRuleDialog
from agentbook.ui.dialogs.paper_dialogs import LoanDialog, PaperLocationDialog
from agentbook.ui.errors import reported
from agentbook.ui.list_model import Column, ListTableModel


def location_words(location: PaperLocation | None) -> str:
    """Cabinet, box and folder ("3 号柜 · 12 盒 · 05 卷") in the user's language."""
    if location is None:
        return QCoreApplication.translate("PaperBox", "未登记")
    cabinet, box, folder = location.parts()
    parts = []
    if cabinet:
        parts.append(QCoreApplication.translate("PaperBox", "{0} 号柜").format(cabinet))
    if box:
        parts.append(QCoreApplication.translate("PaperBox", "{0} 盒").format(box))
    if folder:
        parts.append(QCoreApplication.translate("PaperBox", "{0} 卷").format(folder))
    return " · ".join(parts)


class PaperBox(QGroupBox):
    changed = Signal()

    def __init__(self, store: Store, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.customer_id = customer_id
        self.loan: Loan | None = None
        self.setObjectName("paper_box")
        self.setTitle(self.tr("纸质档案"))
        self.location_label = QLabel(self)
        self.location_label.setObjectName("paper_location")
        self.loan_label = QLabel(self)
        self.loan_label.setObjectName("paper_loan")
        self.loan_label.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("设置位置…"), self)
        self.edit_button.setObjectName("edit_location")
        self.edit_button.clicked.connect(self.edit_location)
        self.lend_button = QPushButton(self.tr("借出…"), self)
        self.lend_button.setObjectName("lend")
        self.lend_button.clicked.connect(self.lend)
        self.return_button = QPushButton(self.tr("登记归还"), self)
        self.return_button.setObjectName("return_file")
        self.return_button.clicked.connect(self.return_file)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.lend_button, self.return_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.location_label)
        layout.addWidget(self.loan_label)
        layout.addLayout(buttons)

    def set_data(self, location: PaperLocation | None, loan: Loan | None) -> None:
        self.loan = loan
        self.location_label.setText(self.tr("存放位置：{0}").format(location_words(location)))
        if loan is None:
            self.loan_label.setText(self.tr("在档（未借出）"))
            self.loan_label.setStyleSheet("")
        else:
            late = loan.days_overdue(self.store.today())
            text = self.tr("已借出：{0}，{1} 借出，应于 {2} 归还").format(
                loan.borrower, loan.lent_on.isoformat(), loan.due_on.isoformat()
            )
            if late:
                text += self.tr("（已逾期 %n 天）", "", late)
            self.loan_label.setText(text)
            self.loan_label.setStyleSheet("color: #c62828;" if late else "color: #8a5300;")
        self.lend_button.setEnabled(loan is None)
        self.return_button.setEnabled(loan is not None)

    def edit_location(self) -> None:
        if PaperLocationDialog(self.store, self.customer_id, self).exec():
            self.changed.emit()

    def lend(self) -> None:
        if LoanDialog(self.store, self.customer_id, self).exec():
            self.changed.emit()

    def return_file(self) -> None:
        if self.loan is None or self.loan.id is None:
            return
        with reported(self) as failure:
            self.store.loans.return_file(self.loan.id)
        if failure:
            return
        self.changed.emit()


class CommissionsPanel(QWidget):
    """Each paid instalment of the customer's policies that expects commission, and what came."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("commissions_panel")
        self.model: ListTableModel[ReconLine] = ListTableModel(recon_columns(with_holder=False), parent=self)
        self.view = QTableView(self)
        self.view.setObjectName("view_commissions")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda _i: self.add_receipt())
        self.policy = QComboBox(self)
        self.policy.setObjectName("commission_policy")
        self.rules_label = QLabel(self)
        self.rules_label.setObjectName("commission_rules")
        self.rules_label.setWordWrap(True)
        self.policy.currentIndexChanged.connect(self._show_rules)
        rule_button = QPushButton(self.tr("添加佣金规则…"), self)
        rule_button.setObjectName("add_rule")
        rule_button.clicked.connect(self.add_rule)
        receipt_button = QPushButton(self.tr("登记到账…"), self)
        receipt_button.setObjectName("add_receipt")
        receipt_button.clicked.connect(self.add_receipt)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("保单"), self))
        top.addWidget(self.policy, 1)
        top.addWidget(rule_button)
        top.addWidget(receipt_button)
        self.totals = QLabel(self)
        self.totals.setObjectName("commission_totals")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.rules_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)

    def set_data(self, policies: list[Policy], lines: list[ReconLine]) -> None:
        chosen = self.policy.currentData()
        if chosen is None and lines:  # first show: a policy that earns commission
            chosen = lines[0].instalment.policy_id
        self.policy.blockSignals(True)
        self.policy.clear()
        for p in policies:
            self.policy.addItem(f"{p.policy_no} {p.product}（{p.insurer}）", p.id)
        self.policy.setCurrentIndex(max(0, self.policy.findData(chosen)))
        self.policy.blockSignals(False)
        self._show_rules()
        self.model.set_rows(lines)
        expected = sum((line.expected for line in lines), Decimal("0.00"))
        received = sum((line.received for line in lines), Decimal("0.00"))
        missing = sum((line.missing for line in lines), Decimal("0.00"))
        self.totals.setText(self.tr("应收 {0} 元 · 已到账 {1} 元 · 未到账 {2} 元").format(expected, received, missing))

    def _show_rules(self) -> None:
        policy_id = self.policy.currentData()
        if policy_id is None:
            self.rules_label.setText("")
            return
        rules = self.store.commission_rules.of_policy(policy_id)
        if not rules:
            self.rules_label.setText(self.tr("此保单尚未设置佣金规则。"))
            return
        parts = []
        for r in rules:
            years = (
                self.tr("第 {0} 年").format(r.year_from)
                if r.year_to == r.year_from
                else self.tr("第 {0}–{1} 年").format(r.year_from, r.year_to)
                if r.year_to
                else self.tr("第 {0} 年起").format(r.year_from)
            )
            what = f"{r.rate}%" if r.rate is not None else self.tr("每期 {0} 元").format(r.amount)
            parts.append(f"{years} {what}")
        self.rules_label.setText(self.tr("佣金规则：") + "；".join(parts))

    def add_rule(self) -> None:
        policy_id = self.policy.currentData()
        if policy_id is None:
            QMessageBox.information(self, self.tr("佣金"), self.tr("该客户没有保单。"))
            return
        if CommissionRuleDialog(self.store, policy_id, self).exec():
            self.changed.emit()

    def add_receipt(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            line = self.model.row_object(index.row())
            dialog = CommissionReceiptDialog(
                self.store, line.instalment.policy_id, line.instalment.period, line.missing or None, self
            )
        elif self.policy.currentData() is not None:
            dialog = CommissionReceiptDialog(self.store, self.policy.currentData(), parent=self)
        else:
            return
        if dialog.exec():
            self.changed.emit()


def recon_columns(with_holder: bool = True) -> list[Column[ReconLine]]:
    columns: list[Column[ReconLine]] = [
        Column(QT_TRANSLATE_NOOP("columns", "月份"), "text", lambda r: r.month),
        Column(QT_TRANSLATE_NOOP("columns", "保险公司"), "text", lambda r: r.instalment.insurer),
        Column(QT_TRANSLATE_NOOP("columns", "保单号"), "text", lambda r: r.instalment.policy_no),
    ]
    if with_holder:
        columns.append(Column(QT_TRANSLATE_NOOP("columns", "投保人"), "text", lambda r: r.instalment.holder))
    columns += [
        Column(QT_TRANSLATE_NOOP("columns", "期数"), "int", lambda r: r.instalment.period),
        Column(QT_TRANSLATE_NOOP("columns", "保单年度"), "int", lambda r: r.year),
        Column(QT_TRANSLATE_NOOP("columns", "缴费日期"), "date", lambda r: r.instalment.paid_on),
        Column(QT_TRANSLATE_NOOP("columns", "实缴保费"), "money", lambda r: r.instalment.premium),
        Column(QT_TRANSLATE_NOOP("columns", "应收佣金"), "money", lambda r: r.expected),
        Column(QT_TRANSLATE_NOOP("columns", "已到账"), "money", lambda r: r.received),
        Column(QT_TRANSLATE_NOOP("columns", "未到账"), "money", lambda r: r.missing),
    ]
    return columns
