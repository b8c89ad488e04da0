"""Collecting premiums: marking an instalment paid, and marking a policy lapsed after the grace
period. Overdue is derived from the due date (``Payment.status_on``, the payments list, the
Today view), so nothing here has to run on a timer to keep it true."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from agentbook.domain import enums as E
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.models import Payment, Policy
from agentbook.domain.premiums import as_paid, paid_errors
from agentbook.domain.servicing import ServiceKind, ServiceRequest, ServiceStatus, default_materials
from agentbook.domain.validation import ValidationError
from agentbook.store.errors import KnownError
from agentbook.store.repositories import Repositories


def mark_paid(
    store: Repositories,
    payment_id: int,
    *,
    amount: Decimal,
    paid_date: date,
    method: E.PaymentMethod,
    receipt_no: str = "",
) -> Payment:
    """Record that the instalment was paid (audit-logged as an update of the payment)."""
    payment = store.payments.get(payment_id)
    paid = as_paid(payment, amount=amount, paid_date=paid_date, method=method, receipt_no=receipt_no)
    errors = paid_errors(paid, store.today())
    if errors:
        raise ValidationError(errors)
    return store.payments.update(paid)


class NotLapsedError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "只有效力中止的保单才能登记复效。")


def reinstate(store: Repositories, policy_id: int) -> Policy:
    """复效 done: the policy is in force again, and the 保全 log records the reinstatement (the
    arrears the customer paid are entered as the instalments they were)."""
    with store.db.transaction():
        policy = store.policies.get(policy_id)
        if policy.status is not E.PolicyStatus.LAPSED:
            raise NotLapsedError(policy.policy_no)
        policy.status = E.PolicyStatus.IN_FORCE
        store.policies.update(policy)
        today = store.today()
        store.services.create(
            ServiceRequest(
                policy_id,
                ServiceKind.REINSTATEMENT,
                today,
                status=ServiceStatus.DONE,
                materials=default_materials(ServiceKind.REINSTATEMENT),
                done_on=today,
            )
        )
    return policy


def mark_lapsed(store: Repositories, policy_id: int) -> Policy:
    """效力中止: the policy stays on file and can be reinstated (复效) within two years."""
    policy = store.policies.get(policy_id)
    policy.status = E.PolicyStatus.LAPSED
    return store.policies.update(policy)
