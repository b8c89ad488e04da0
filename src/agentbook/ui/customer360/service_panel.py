"""The 360 view's 保全 tab: changes after issue on the customer's policies, and their dialog."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.models import Policy
from agentbook.domain.money import MoneyError, format_money, parse_money
from agentbook.domain.servicing import ServiceKind, ServiceRequest, ServiceStatus, default_materials, validate_service
from agentbook.domain.validation import ValidationError
from agentbook.store.api import Store
from agentbook.store.errors import KnownError
from agentbook.ui.errors import describe
from agentbook.ui.i18n import tr_enum, tr_validation
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


class ServiceDialog(QDialog):
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
        for member in ServiceStatus:
            self.status.addItem(tr_enum(member), member.value)
        self.applied_on = QLineEdit(store.today().isoformat(), self)
        self.done_on = QLineEdit(self)
        self.done_on.setPlaceholderText("YYYY-MM-DD")
        self.amount = QLineEdit(self)
        self.materials = QPlainTextEdit(self)
        self.materials.setToolTip(self.tr("每行一份材料；已收到的在行首加 ✓"))
        self.remarks = QLineEdit(self)
        self.error = QLabel(self)
        self.error.setObjectName("service_error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        for label, widget in (
            (self.tr("保单"), self.policy),
            (self.tr("保全事项"), self.kind),
            (self.tr("申请日期"), self.applied_on),
            (self.tr("状态"), self.status),
            (self.tr("金额（贷款、还款、退保）"), self.amount),
            (self.tr("办结日期"), self.done_on),
            (self.tr("材料"), self.materials),
            (self.tr("备注"), self.remarks),
        ):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
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
        self.saved: ServiceRequest | None = None

    def _kind_changed(self, *_args: Any) -> None:
        """Offer the new kind's papers while the list is still an untouched default."""
        text = self.materials.toPlainText()
        if not text.strip() or any(text == default_materials(k) for k in ServiceKind):
            self.materials.setPlainText(default_materials(ServiceKind(self.kind.currentData())))

    def build(self) -> ServiceRequest:
        """The request as typed; raises ValueError (a date) or MoneyError (the amount)."""
        amount = self.amount.text().strip()
        done = self.done_on.text().strip()
        base = self.request
        return ServiceRequest(
            self.policy.currentData(),
            ServiceKind(self.kind.currentData()),
            date.fromisoformat(self.applied_on.text().strip()),
            ServiceStatus(self.status.currentData()),
            materials=self.materials.toPlainText().strip(),
            amount=parse_money(amount) if amount else None,
            done_on=date.fromisoformat(done) if done else None,
            remarks=self.remarks.text().strip(),
            id=base.id if base else None,
            created_at=base.created_at if base else None,
            updated_at=base.updated_at if base else None,
        )

    def save(self) -> None:
        try:
            request = self.build()
        except MoneyError:
            self.error.setText(self.tr("金额无法识别"))
            return
        except ValueError:
            self.error.setText(self.tr("日期应为 YYYY-MM-DD"))
            return
        errors = validate_service(request, self.store.today())
        if errors:
            self.error.setText("\n".join(e.text(tr_validation) for e in errors))
            return
        try:
            repo = self.store.services
            self.saved = repo.create(request) if request.id is None else repo.update(request)
        except (KnownError, ValidationError) as exc:
            self.error.setText(describe(exc))
            return
        self.accept()
