"""营业部 ▸ 待审批的信息变更 (managers) and 我的变更申请 (agents): each request with its fields
before and after; a manager approves or rejects with a reason, an agent withdraws their own; any
of them prints the 信息变更申请表. The server applies an approval (``ab_decide``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.idnumbers import mask_id_number
from agentbook.domain.labels import HEADERS
from agentbook.exporters.branch_forms import FormHeader, write_change_request
from agentbook.store.api import Store
from agentbook.store.branch.approval import STATUS_LABELS, ChangeRequest
from agentbook.ui.errors import reported
from agentbook.ui.list_model import Column, ListTableModel

_SENSITIVE = {"id_number"}
_FIELD_WORDS = {"beneficiaries": "受益人及份额", "policyholder_id": "投保人", "insured_id": "被保险人"}


def field_label(field: str) -> str:
    return QCoreApplication.translate("columns", _FIELD_WORDS.get(field) or HEADERS.get(field, field))


def value_text(field: str, value: object) -> str:
    """A stored value as the form shows it: ID numbers masked, beneficiaries as name and share."""
    if value is None or value == "":
        return "—"
    if field in _SENSITIVE:
        return mask_id_number(str(value))
    if field == "beneficiaries" and isinstance(value, list):
        return "；".join(f"{b.get('name', '')} {int(b.get('share_bp') or 0) / 100:g}%" for b in value) or "—"
    return str(value)


def status_text(status: str) -> str:
    return QCoreApplication.translate("approval", STATUS_LABELS.get(status, status))


class ApprovalsDialog(QDialog):
    decided = Signal()

    def __init__(self, store: Store, *, deciding: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.deciding = store, deciding
        self.setObjectName("approvals_dialog")
        self.setWindowTitle(self.tr("待审批的信息变更") if deciding else self.tr("我的变更申请"))
        self.resize(1000, 620)
        self.names = store.people.names()
        self.model: ListTableModel[ChangeRequest] = ListTableModel(
            [
                Column(QT_TRANSLATE_NOOP("columns", "编号"), "int", lambda r: r.id),
                Column(QT_TRANSLATE_NOOP("columns", "客户"), "text", lambda r: r.customer_name),
                Column(
                    QT_TRANSLATE_NOOP("columns", "变更项目"),
                    "text",
                    lambda r: "、".join(field_label(f) for f in r.changes),
                ),
                Column(
                    QT_TRANSLATE_NOOP("columns", "申请人"),
                    "text",
                    lambda r: self.names.get(r.requested_by, r.requested_by),
                ),
                Column(QT_TRANSLATE_NOOP("columns", "申请时间"), "datetime", lambda r: r.requested_at),
                Column(QT_TRANSLATE_NOOP("columns", "状态"), "text", lambda r: status_text(r.status)),
                Column(QT_TRANSLATE_NOOP("columns", "审批意见"), "text", lambda r: r.decision_note),
            ],
            parent=self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("requests")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = QTableWidget(0, 3, self)
        self.detail.setObjectName("detail")
        self.detail.setHorizontalHeaderLabels([self.tr("项目"), self.tr("变更前"), self.tr("变更后")])
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.detail.verticalHeader().setVisible(False)
        self.empty = QLabel(
            self.tr("没有待审批的申请。")
            if deciding
            else self.tr("您还没有提交过信息变更申请。修改客户姓名、证件或受益人时会自动生成申请。"),
            self,
        )
        self.empty.setObjectName("empty")
        buttons = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("批准"), self)
        self.approve_button.setObjectName("approve")
        self.reject_button = QPushButton(self.tr("驳回…"), self)
        self.reject_button.setObjectName("reject")
        self.withdraw_button = QPushButton(self.tr("撤回申请"), self)
        self.withdraw_button.setObjectName("withdraw")
        self.print_button = QPushButton(self.tr("打印申请表…"), self)
        self.print_button.setObjectName("print_form")
        for button in (self.approve_button, self.reject_button):
            button.setVisible(deciding)
            buttons.addWidget(button)
        self.withdraw_button.setVisible(not deciding)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.detail, 2)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.reject_button.clicked.connect(lambda: self.decide(False))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.print_button.clicked.connect(lambda: self.print_form())
        self.table.selectionModel().selectionChanged.connect(self._show)
        self.reload()

    def reload(self) -> None:
        with reported(self):
            rows = self.store.approvals.pending() if self.deciding else self.store.approvals.mine()
            self.model.set_rows(rows)
        self.empty.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show()

    def selected(self) -> ChangeRequest | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def _show(self) -> None:
        request = self.selected()
        changes = list(request.changes.items()) if request else []
        self.detail.setRowCount(len(changes))
        for row, (field, (before, after)) in enumerate(changes):
            for col, text in enumerate((field_label(field), value_text(field, before), value_text(field, after))):
                self.detail.setItem(row, col, QTableWidgetItem(text))
        pending = request is not None and request.status == "pending"
        mine = request is not None and request.requested_by == self.store.person
        self.approve_button.setEnabled(pending and not mine)
        self.reject_button.setEnabled(pending and not mine)
        self.withdraw_button.setEnabled(pending and mine)
        self.print_button.setEnabled(request is not None)

    def decide(self, approve: bool, note: str | None = None) -> None:
        request = self.selected()
        if request is None:
            return
        if not approve and note is None:
            note, ok = QInputDialog.getText(self, self.tr("驳回申请"), self.tr("驳回理由（申请人会看到）："))
            if not ok:
                return
        with reported(self, self.windowTitle()) as failure:
            self.store.approvals.decide(request.id, approve, note or "")
        if not failure:
            self.decided.emit()
        self.reload()

    def withdraw(self) -> None:
        request = self.selected()
        if request is None:
            return
        with reported(self, self.windowTitle()):
            self.store.approvals.withdraw(request.id)
        self.reload()

    def print_form(self, target: Path | None = None) -> None:
        request = self.selected()
        if request is None:
            return
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("保存信息变更申请表"), f"信息变更申请表-{request.id}.pdf", "PDF (*.pdf)"
            )
            if not chosen:
                return
            target = Path(chosen)
        decision = ""
        if request.decided_by:
            who = self.names.get(request.decided_by, request.decided_by)
            decision = f"{who} {request.decided_at or ''} {request.decision_note}"
        with reported(self, self.tr("打印申请表")):
            header = FormHeader(
                "信息变更申请表", self.store.branch or "", self.store.actor, self.store.today(), f"第 {request.id} 号"
            )
            write_change_request(
                target,
                header,
                customer=request.customer_name,
                requester=self.names.get(request.requested_by, request.requested_by),
                requested_at=f"{request.requested_at:%Y-%m-%d %H:%M}",
                changes=[(field_label(f), value_text(f, b), value_text(f, a)) for f, (b, a) in request.changes.items()],
                status=status_text(request.status),
                decision=decision.strip(),
            )
            self.store.record_event(
                "print",
                "change_request",
                request.id,
                customer_id=request.customer_id,
                summary="信息变更申请表",
                details={"file": str(target)},
            )
