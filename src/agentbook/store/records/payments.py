"""Payments (缴费记录): instalments of a policy, generated from its schedule or entered by hand."""

from __future__ import annotations

from typing import ClassVar

import sqlcipher3

from agentbook.domain import enums as E
from agentbook.domain.models import Payment, Policy
from agentbook.domain.schedules import schedule_for
from agentbook.domain.validation import FieldError, ValidationError, validate_payment
from agentbook.store.db.mapping import Col
from agentbook.store.records.customers import CustomerRepository
from agentbook.store.records.repository import Repository


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

    def after_write(self, conn: sqlcipher3.Connection, before: Payment | None, after: Payment | None) -> None:
        paid = E.PaymentStatus.PAID
        if after is not None and after.status is paid and (before is None or before.status is not paid):
            self._activate_prospects(after.policy_id)

    def _activate_prospects(self, policy_id: int) -> None:
        """A paid premium makes the policy's holder and insured customers (现有), not prospects:
        the agent should not have to remember to change the status by hand."""
        customers = CustomerRepository(self.db)
        rows = self.db.read(
            "SELECT c.id FROM customer c JOIN policy p ON c.id IN (p.policyholder_id, p.insured_id)"
            " WHERE p.id = ? AND c.lifecycle = ?",
            (policy_id, E.Lifecycle.PROSPECT.value),
        )
        for (customer_id,) in rows:
            customer = customers.get(customer_id)
            customer.lifecycle = E.Lifecycle.ACTIVE
            try:
                customers.update(customer)
            except ValidationError:  # a record the agent must complete first; the payment still counts
                continue

    def of_policy(self, policy_id: int) -> list[Payment]:
        return self.find("policy_id = ?", (policy_id,), order="period")

    def of_customer(self, customer_id: int) -> list[Payment]:
        """Nearest due first (an overdue or coming instalment), not a schedule's far end."""
        return self.find(
            "policy_id IN (SELECT id FROM policy WHERE policyholder_id = :id OR insured_id = :id)",
            {"id": customer_id, "today": self.db.today().isoformat()},
            order="abs(julianday(due_date) - julianday(:today)), due_date, id",
        )

    def generate_schedule(self, policy: Policy) -> list[Payment]:
        """Create the instalments of a policy that do not exist yet (by period number)."""
        assert policy.id is not None
        with self.db.transaction():
            existing = {p.period for p in self.of_policy(policy.id)}
            return [self.create(p) for p in schedule_for(policy) if p.period not in existing]
