"""缴费记录 dialog: an instalment of a policy, entered or marked paid."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QWidget

from agentbook.domain import enums as E
from agentbook.domain.models import Payment
from agentbook.domain.validation import FieldError, validate_payment
from agentbook.store.api import Store
from agentbook.ui.dialogs.pickers import RecordPicker
from agentbook.ui.dialogs.record_dialog import RecordDialog
from agentbook.ui.forms_generated.ui_payment_dialog import Ui_PaymentDialog


class PaymentDialog(RecordDialog):
    def __init__(
        self,
        store: Store,
        record: Payment | None = None,
        parent: QWidget | None = None,
        policy_id: int | None = None,
        **_context: Any,
    ) -> None:
        super().__init__(store, record, parent)
        self.form = Ui_PaymentDialog()
        self.form.setupUi(self)
        self.form.period.setMaximum(1200)
        self.bind("period", "int")
        self.bind("due_date", "date", optional=False)
        self.bind("amount_due", "money")
        self.bind("status", "enum", E.PaymentStatus, optional=False)
        self.bind("paid_date", "date")
        self.bind("amount_paid", "money")
        self.bind("method", "enum", E.PaymentMethod)
        self.bind("receipt_no")
        self.bind("remarks", "multiline")
        self.policy = RecordPicker(self.form.policy, store.policy_choices, store.policy_label)
        self.policy.changed.connect(self.schedule_validation)
        self.policy.changed.connect(self._policy_chosen)
        original = record or Payment(policy_id or 0, 1, store.today(), Decimal(0))
        for name, field in self.fields.items():
            field.set(None if record is None and name == "amount_due" else getattr(original, name))
        if original.policy_id:
            self.policy.set_record(original.policy_id)
            self._policy_chosen()
        self.form.status.currentIndexChanged.connect(self._status_changed)
        self.setWindowTitle(self.tr("编辑缴费记录") if record else self.tr("新增缴费记录"))
        self.finish_setup()

    def _policy_chosen(self) -> None:
        """A new instalment of a chosen policy: next period and its premium, ready to edit."""
        if self.record is not None or self.policy.record_id is None:
            return
        policy = self.store.policies.get(self.policy.record_id)
        periods = [p.period for p in self.store.payments.of_policy(self.policy.record_id)]
        self.fields["period"].set(max(periods, default=0) + 1)
        if self.value("amount_due") is None:
            self.fields["amount_due"].set(policy.premium)

    def _status_changed(self) -> None:
        if self.value("status") is E.PaymentStatus.PAID:
            if self.value("paid_date") is None:
                self.fields["paid_date"].set(self.store.today())
            if self.value("amount_paid") is None:
                self.fields["amount_paid"].set(self.value("amount_due"))

    def extra_errors(self) -> list[FieldError]:
        if self.policy.record_id is None:
            return [FieldError("policy", self.tr("请从列表中选择保单（输入保单号或投保人）"))]
        if self.value("amount_due") is None:
            return [FieldError("amount_due", self.tr("请填写应缴金额"))]
        return []

    def build_record(self) -> Payment:
        values = {name: self.value(name) for name in self.fields}
        values["policy_id"] = self.policy.record_id
        base = self.record or Payment(0, 1, self.store.today(), Decimal(0))
        return dataclasses.replace(base, **values)

    def validate_record(self, record: Payment) -> list[FieldError]:
        return validate_payment(record)

    def save_record(self, record: Payment) -> Payment:
        return self.store.payments.create(record) if self.record is None else self.store.payments.update(record)
