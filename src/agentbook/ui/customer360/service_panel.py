"""The 360 view's 保全 tab: changes after issue on the customer's policies, and their dialog."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.models import Policy
from agentbook.domain.money import format_money
from agentbook.domain.servicing import ServiceKind, ServiceRequest, ServiceStatus, default_materials, validate_service
from agentbook.domain.validation import FieldError, ValidationError
from agentbook.store.api import Store
from agentbook.ui.dialogs.simple_form import SimpleFormDialog
from agentbook.ui.i18n import tr_enum
from agentbook.ui.list_model import Column, ListTableModel


def materials_text(request: ServiceRequest) -> str:
    """ "2/4": papers received of those listed (a received line starts with ✓)."""
    lines = [line for line in request.materials.splitlines() if line.strip()]
    if not lines:
        return ""
    return f"{sum(1 for line in lines if line.lstrip().startswith('✓'))}/{len(lines)}"


class ServicePanel(QWidget):
    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("service_section")
        self.store = store
        self.policies: list[Policy] = []
        numbers = lambda pid: next((p.policy_no for p in self.policies if p.id == pid), "")  # noqa: E731
        self.model: ListTableModel[ServiceRequest] = ListTableModel(
            [
                Column(QT_TRANSLATE_NOOP("columns", "保单号"), "text", lambda r: numbers(r.policy_id)),
                Column(QT_TRANSLATE_NOOP("columns", "保全事项"), "enum", lambda r: r.kind),
                Column(QT_TRANSLATE_NOOP("columns", "申请日期"), "date", lambda r: r.applied_on),
                Column(QT_TRANSLATE_NOOP("columns", "状态"), "enum", lambda r: r.status),
                Column(QT_TRANSLATE_NOOP("columns", "金额"), "money", lambda r: r.amount),
                Column(QT_TRANSLATE_NOOP("columns", "办结日期"), "date", lambda r: r.done_on),
                Column(QT_TRANSLATE_NOOP("columns", "材料"), "text", materials_text),
                Column(QT_TRANSLATE_NOOP("columns", "备注"), "text", lambda r: r.remarks),
            ]
        )
        self.view = QTableView(self)
        self.view.setObjectName("view_services")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda i: self.edit(self.model.row_object(i.row())))
        self.add_button = QPushButton(self.tr("新增保全…"), self)
        self.add_button.setObjectName("add_service")
        self.add_button.clicked.connect(lambda: self.edit(None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def set_data(self, policies: list[Policy], services: list[ServiceRequest]) -> None:
        self.policies = policies
        self.model.set_rows(services)
        self.add_button.setEnabled(bool(policies))

    def edit(self, request: ServiceRequest | None) -> bool:
        dialog = ServiceDialog(self.store, self.policies, request, self)
        if not dialog.exec():
            return False
        self.changed.emit()
        return True


class ServiceDialog(SimpleFormDialog):
    """One 保全 request; checked as it is typed (dates, the amount only where the kind has one)."""

    def __init__(
        self, store: Store, policies: list[Policy], request: ServiceRequest | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("service_dialog")
        self.store = store
        self.request = request
        self.setWindowTitle(self.tr("编辑保全") if request else self.tr("新增保全"))
        self.policy = QComboBox(self)
        for p in policies:
            self.policy.addItem(f"{p.policy_no} {p.product}", p.id)
        self.kind = QComboBox(self)
        for member in ServiceKind:
            self.kind.addItem(tr_enum(member), member.value)
        self.status = QComboBox(self)
        for status in ServiceStatus:
            self.status.addItem(tr_enum(status), status.value)
        self.done_on = QLineEdit(self)
        self.done_on.setPlaceholderText("YYYY-MM-DD")
        self.materials = QPlainTextEdit(self)
        self.materials.setToolTip(self.tr("每行一份材料；已收到的在行首加 ✓"))
        self.add_row("policy_id", self.tr("保单"), self.policy)
        self.add_row("kind", self.tr("保全事项"), self.kind)
        self.applied_on = self.add_row("applied_on", self.tr("申请日期"), self.line_edit(store.today().isoformat()))
        self.add_row("status", self.tr("状态"), self.status)
        self.amount = self.add_row("amount", self.tr("金额（贷款、还款、退保）"), self.line_edit())
        self.add_row("done_on", self.tr("办结日期"), self.done_on)
        self.add_row("materials", self.tr("材料"), self.materials)
        self.remarks = self.add_row("remarks", self.tr("备注"), self.line_edit())
        if request is not None:
            self.policy.setCurrentIndex(max(0, self.policy.findData(request.policy_id)))
            self.kind.setCurrentIndex(max(0, self.kind.findData(request.kind.value)))
            self.status.setCurrentIndex(max(0, self.status.findData(request.status.value)))
            self.applied_on.setText(request.applied_on.isoformat())
            self.done_on.setText(request.done_on.isoformat() if request.done_on else "")
            self.amount.setText(format_money(request.amount))
            self.materials.setPlainText(request.materials)
            self.remarks.setText(request.remarks)
        else:
            self.materials.setPlainText(default_materials(ServiceKind(self.kind.currentData())))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.finish()

    def _kind_changed(self, *_args: Any) -> None:
        """Offer the new kind's papers while the list is still an untouched default."""
        text = self.materials.toPlainText()
        if not text.strip() or any(text == default_materials(k) for k in ServiceKind):
            self.materials.setPlainText(default_materials(ServiceKind(self.kind.currentData())))

    def _date_of(self, edit: QLineEdit, field: str) -> date | None:
        """Empty is None; anything but YYYY-MM-DD is refused under its field."""
        text = edit.text().strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError as exc:
            raise ValidationError([FieldError(field, QT_TRANSLATE_NOOP("validation", "日期应为 YYYY-MM-DD"))]) from exc

    def build(self) -> ServiceRequest:
        base = self.request
        amount = self.money_of(self.amount, "amount")
        applied = self._date_of(self.applied_on, "applied_on")
        if applied is None:
            raise ValidationError([FieldError("applied_on", QT_TRANSLATE_NOOP("validation", "请填写申请日期"))])
        return ServiceRequest(
            self.policy.currentData(),
            ServiceKind(self.kind.currentData()),
            applied,
            ServiceStatus(self.status.currentData()),
            materials=self.materials.toPlainText().strip(),
            amount=amount,
            done_on=self._date_of(self.done_on, "done_on"),
            remarks=self.remarks.text().strip(),
            id=base.id if base else None,
            created_at=base.created_at if base else None,
            updated_at=base.updated_at if base else None,
        )

    def check(self, record: ServiceRequest) -> list[FieldError]:
        return validate_service(record, self.store.today())

    def store_record(self, record: ServiceRequest) -> ServiceRequest:
        repo = self.store.services
        return repo.create(record) if record.id is None else repo.update(record)
