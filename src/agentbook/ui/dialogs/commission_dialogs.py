"""佣金: a policy's commission rules (rate or amount per policy-year range) and receipts."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QSpinBox, QWidget

from agentbook.domain.commissions import CommissionReceipt, CommissionRule, validate_receipt, validate_rule
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.validation import FieldError, ValidationError
from agentbook.store.api import Store
from agentbook.ui.dialogs.simple_form import SimpleFormDialog


class CommissionRuleDialog(SimpleFormDialog):
    """One rule: from which policy year to which (0 = every later year), a rate or an amount."""

    def __init__(self, store: Store, policy_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.policy_id = policy_id
        self.setObjectName("commission_rule_dialog")
        self.setWindowTitle(self.tr("佣金规则 – {0}").format(store.policy_label(policy_id)))
        existing = store.commission_rules.of_policy(policy_id)
        start = max((r.year_to or r.year_from for r in existing), default=0) + 1
        self.year_from = self.add_row("year_from", self.tr("起始保单年度"), self._spin(start, 1))
        self.year_to = self.add_row("year_to", self.tr("结束保单年度（0 = 以后各年）"), self._spin(start, 0))
        self.rate = self.add_row("rate", self.tr("佣金比例（% 保费）"), self.line_edit())
        self.amount = self.add_row("amount", self.tr("或每期固定金额（元）"), self.line_edit())
        self.remarks = self.add_row("remarks", self.tr("备注"), self.line_edit())
        self.rate.setPlaceholderText(self.tr("例如 30 表示首年保费的 30%"))
        self.finish()

    def _spin(self, value: int, minimum: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(minimum, 100)
        spin.setValue(value)
        return spin

    def build(self) -> CommissionRule:
        rate = None
        text = self.rate.text().strip().rstrip("%％")
        if text:
            try:
                rate = Decimal(text)
            except InvalidOperation as exc:
                raise ValidationError(
                    [FieldError("rate", QT_TRANSLATE_NOOP("validation", "佣金比例应在 0 到 100% 之间"))]
                ) from exc
        return CommissionRule(
            self.policy_id,
            self.year_from.value(),
            self.year_to.value() or None,
            rate=rate,
            amount=self.money_of(self.amount, "amount"),
            remarks=self.remarks.text().strip(),
        )

    def check(self, record: CommissionRule) -> list[FieldError]:
        return validate_rule(record, self.store.commission_rules.of_policy(self.policy_id))

    def store_record(self, record: CommissionRule) -> CommissionRule:
        return self.store.commission_rules.create(record)


class CommissionReceiptDialog(SimpleFormDialog):
    """Commission received for one instalment (period) of a policy, as on the insurer's statement."""

    def __init__(
        self,
        store: Store,
        policy_id: int,
        period: int = 1,
        amount: Decimal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.policy_id = policy_id
        self.setObjectName("commission_receipt_dialog")
        self.setWindowTitle(self.tr("登记佣金到账 – {0}").format(store.policy_label(policy_id)))
        spin = QSpinBox(self)
        spin.setRange(1, 1200)
        spin.setValue(period)
        self.period = self.add_row("period", self.tr("期数"), spin)
        self.received_on = self.add_row("received_on", self.tr("到账日期"), self.date_edit(store.today()))
        self.amount = self.add_row("amount", self.tr("到账金额（元）"), self.line_edit(f"{amount}" if amount else ""))
        self.statement_no = self.add_row("statement_no", self.tr("结算单号"), self.line_edit())
        self.remarks = self.add_row("remarks", self.tr("备注"), self.line_edit())
        self.finish()

    def build(self) -> CommissionReceipt:
        amount = self.money_of(self.amount, "amount")
        return CommissionReceipt(
            self.policy_id,
            self.period.value(),
            self.date_of(self.received_on),
            amount,  # type: ignore[arg-type]  # None is reported by validate_receipt
            self.statement_no.text().strip(),
            self.remarks.text().strip(),
        )

    def check(self, record: CommissionReceipt) -> list[FieldError]:
        return validate_receipt(record, self.store.today())

    def store_record(self, record: CommissionReceipt) -> CommissionReceipt:
        return self.store.commission_receipts.create(record)
