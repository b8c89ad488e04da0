"""Payments (缴费记录): instalments of a policy, generated from its schedule or entered by hand."""

from __future__ import annotations

from typing import ClassVar

from agentbook.domain import enums as E
from agentbook.domain.models import Payment, Policy
from agentbook.domain.validation import FieldError, validate_payment
from agentbook.store.mapping import Col
from agentbook.store.repository import Repository
from agentbook.store.schedules import schedule_for


class PaymentRepository(Repository[Payment]):
    table = "payment"
    entity = "payment"
    model = Payment
    columns: ClassVar[tuple[Col, ...]] = (
        Col("policy_id", "int"),
        Col("period", "int"),
        Col("due_date", "date"),
        Col("amount_due", "money"),
        Col("status", "enum", E.PaymentStatus),
        Col("paid_date", "date"),
        Col("amount_paid", "money"),
        Col("method", "enum", E.PaymentMethod),
        Col("receipt_no"),
        Col("remarks"),
    )

    def validate(self, obj: Payment) -> list[FieldError]:
        return validate_payment(obj)

    def customer_of(self, obj: Payment) -> int | None:
        row = self.db.read_one("SELECT policyholder_id FROM policy WHERE id = ?", (obj.policy_id,))
        return row[0] if row else None

    def of_policy(self, policy_id: int) -> list[Payment]:
        return self.find("policy_id = ?", (policy_id,), order="period")

    def of_customer(self, customer_id: int) -> list[Payment]:
        return self.find(
            "policy_id IN (SELECT id FROM policy WHERE policyholder_id = :id OR insured_id = :id)",
            {"id": customer_id},
            order="due_date DESC, id DESC",
        )

    def generate_schedule(self, policy: Policy) -> list[Payment]:
        """Create the instalments of a policy that do not exist yet (by period number)."""
        assert policy.id is not None
        with self.db.transaction():
            existing = {p.period for p in self.of_policy(policy.id)}
            return [self.create(p) for p in schedule_for(policy) if p.period not in existing]
