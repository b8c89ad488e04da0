"""批量登记缴费: received premiums pasted as lines, matched to instalments, confirmed, written at once.

The agent pastes the lines of a bank statement or types them (policy number or name, amount,
date), presses 核对, sees which instalment each line would pay and what looks wrong, unticks
what they are unsure of, and writes the rest in one transaction.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain import enums as E
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.quick_payments import parse
from agentbook.store.api import Store
from agentbook.store.operations import quick_payments
from agentbook.store.operations.quick_payments import Proposal
from agentbook.ui.errors import show_error
from agentbook.ui.worker import Operation

_HEADERS = (
    "",
    QT_TRANSLATE_NOOP("QuickPaymentsDialog", "行"),
    QT_TRANSLATE_NOOP("QuickPaymentsDialog", "输入"),
    QT_TRANSLATE_NOOP("QuickPaymentsDialog", "保单"),
    QT_TRANSLATE_NOOP("QuickPaymentsDialog", "期次"),
    QT_TRANSLATE_NOOP("QuickPaymentsDialog", "应缴日期"),
    QT_TRANSLATE_NOOP("QuickPaymentsDialog", "应缴金额"),
    QT_TRANSLATE_NOOP("QuickPaymentsDialog", "实缴金额"),
    QT_TRANSLATE_NOOP("QuickPaymentsDialog", "缴费日期"),
    QT_TRANSLATE_NOOP("QuickPaymentsDialog", "说明"),
)


def _problems_text(proposal: Proposal) -> str:
    return "；".join(QCoreApplication.translate("quick_payments", key).format(*args) for key, args in proposal.problems)


class QuickPaymentsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick_payments")
        self.setWindowTitle(self.tr("批量登记缴费"))
        self.store = store
        self.proposals: list[Proposal] = []
        self.labels: dict[int, str] = {}
        self.written = 0

        self.paste = QPlainTextEdit(self)
        self.paste.setObjectName("lines")
        self.paste.setPlaceholderText(
            self.tr("每行一笔：保单号或投保人姓名、金额、日期（可省略，默认今天），可从银行流水或表格粘贴。例如：")
            + "\nPA202400001234\t3,600.00\t2026-11-20\n张三 1200 11月18日"
        )
        self.method = QComboBox(self)
        self.method.setObjectName("method")
        for method in E.PaymentMethod:
            self.method.addItem(QCoreApplication.translate("enum", method.label), method.value)
        self.method.setCurrentIndex(self.method.findData(E.PaymentMethod.TRANSFER.value))
        self.match_button = QPushButton(self.tr("核对（Ctrl+Enter）"), self)
        self.match_button.setObjectName("match")
        self.match_button.clicked.connect(self.match)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.match)

        self.table = QTableWidget(0, len(_HEADERS), self)
        self.table.setObjectName("proposals")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("QuickPaymentsDialog", h) if h else "" for h in _HEADERS]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemChanged.connect(self._update_count)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")

        buttons = QDialogButtonBox(self)
        self.write_button = buttons.addButton(self.tr("登记"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.write_button.setObjectName("write")
        self.write_button.setEnabled(False)
        self.write_button.clicked.connect(self.write)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("缴费方式"), self))
        row.addWidget(self.method)
        row.addStretch(1)
        row.addWidget(self.match_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.paste, 1)
        layout.addLayout(row)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(980, 620)

    # --- matching ------------------------------------------------------------------------
    def match(self) -> None:
        text = self.paste.toPlainText()
        store = self.store

        def work() -> tuple[list[Proposal], dict[int, str]]:
            found = quick_payments.propose(store, parse(text, store.today()))
            labels = {p.policy.id: store.policy_label(p.policy.id) for p in found if p.policy and p.policy.id}
            return found, labels

        self.match_button.setEnabled(False)
        Operation(work, self).success(self._show).failure(self._failed).run_in_background()

    def _failed(self, exc: Exception, _trace: str) -> None:
        self.match_button.setEnabled(True)
        show_error(self, exc, self.tr("核对失败"))

    def _show(self, result: tuple[list[Proposal], dict[int, str]]) -> None:
        self.match_button.setEnabled(True)
        self.proposals, self.labels = result
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.proposals))
        for row, p in enumerate(self.proposals):
            tick = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
            tick.setFlags(flags if p.writable else Qt.ItemFlag.NoItemFlags)
            tick.setCheckState(Qt.CheckState.Checked if p.ready else Qt.CheckState.Unchecked)
            pay = p.payment
            cells = (
                str(p.line.number),
                " ".join(p.line.text.split()),
                self.labels.get(p.policy.id or 0, "") if p.policy else "",
                str(pay.period) if pay else "",
                pay.due_date.isoformat() if pay else "",
                f"{pay.amount_due:,.2f}" if pay else "",
                f"{p.line.amount:,.2f}" if p.line.amount is not None else "",
                p.paid_on.isoformat(),
                _problems_text(p) or self.tr("可以登记"),
            )
            self.table.setItem(row, 0, tick)
            for column, text in enumerate(cells, start=1):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if p.problems:
                    item.setForeground(Qt.GlobalColor.darkRed if not p.writable else Qt.GlobalColor.darkYellow)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(3, min(self.table.columnWidth(3), 240))
        self._update_count()

    def chosen(self) -> list[Proposal]:
        return [
            p
            for row, p in enumerate(self.proposals)
            if p.writable
            and (item := self.table.item(row, 0)) is not None
            and item.checkState() == Qt.CheckState.Checked
        ]

    def _update_count(self, *_args: object) -> None:
        n = len(self.chosen())
        waiting = sum(1 for p in self.proposals if not p.ready)
        self.write_button.setText(self.tr("登记 %n 笔", "", n))
        self.write_button.setEnabled(n > 0)
        self.summary.setText(
            self.tr("共 %n 行", "", len(self.proposals)) + "，" + self.tr("%n 行需要核对", "", waiting)
            if self.proposals
            else ""
        )

    # --- writing -------------------------------------------------------------------------
    def write(self) -> None:
        chosen = self.chosen()
        method = E.PaymentMethod(self.method.currentData())
        store = self.store
        self.write_button.setEnabled(False)

        def done(written: object) -> None:
            self.written = len(written)  # type: ignore[arg-type]
            QMessageBox.information(
                self, self.tr("批量登记缴费"), self.tr("已登记 %n 笔缴费，并记入操作日志。", "", self.written)
            )
            self.accept()

        def failed(exc: Exception, _trace: str) -> None:
            self._update_count()
            show_error(self, exc, self.tr("登记失败，没有写入任何一笔"))

        Operation(lambda: quick_payments.record(store, chosen, method), self).success(done).failure(
            failed
        ).run_in_background()


def open_quick_payments(store: Store, parent: QWidget | None) -> None:
    QuickPaymentsDialog(store, parent).exec()
