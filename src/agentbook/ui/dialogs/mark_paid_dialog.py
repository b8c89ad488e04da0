"""登记缴费: mark an instalment paid — what was paid, when, how, and the receipt number."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from agentbook.domain import enums as E
from agentbook.domain.models import Payment
from agentbook.domain.money import format_money
from agentbook.domain.premiums import as_paid, paid_errors
from agentbook.domain.validation import FieldError
from agentbook.store.api import Store
from agentbook.ui.dialogs.record_dialog import RecordDialog
from agentbook.ui.forms_generated.ui_mark_paid_dialog import Ui_MarkPaidDialog


class MarkPaidDialog(RecordDialog):
    """Opened on an unpaid instalment, with the amount due and today filled in."""

    def __init__(self, store: Store, record: Payment, parent: QWidget | None = None, **_context: Any) -> None:
        super().__init__(store, record, parent)
        self.form = Ui_MarkPaidDialog()
        self.form.setupUi(self)
        self.bind("paid_date", "date", optional=False)
        self.bind("amount_paid", "money")
        self.bind("method", "enum", E.PaymentMethod)
        self.bind("receipt_no")
        self.fields["paid_date"].set(record.paid_date or store.today())
        self.fields["amount_paid"].set(record.amount_paid or record.amount_due)
        self.fields["method"].set(record.method)
        self.fields["receipt_no"].set(record.receipt_no)
        self.form.info.setText(
            self.tr("保单 {0} 第 {1} 期，应缴日期 {2}，应缴金额 {3} 元").format(
                store.policy_label(record.policy_id),
                record.period,
                record.due_date.isoformat(),
                format_money(record.amount_due),
            )
        )
        self.setWindowTitle(self.tr("登记缴费"))
        self.finish_setup()

    def build_record(self) -> Payment:
        return as_paid(
            self.record,
            amount=self.value("amount_paid"),
            paid_date=self.value("paid_date"),
            method=self.value("method"),
            receipt_no=self.value("receipt_no"),
        )

    def validate_record(self, record: Payment) -> list[FieldError]:
        return paid_errors(record, self.store.today())

    def save_record(self, record: Payment) -> Payment:
        assert record.id is not None and record.method is not None and record.amount_paid is not None
        assert record.paid_date is not None
        return self.store.mark_paid(
            record.id,
            amount=record.amount_paid,
            paid_date=record.paid_date,
            method=record.method,
            receipt_no=record.receipt_no,
        )
