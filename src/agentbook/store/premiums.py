"""Collecting premiums: marking an instalment paid, and marking a policy lapsed after the grace
period. Overdue is derived from the due date (``Payment.status_on``, the payments list, the
Today view), so nothing here has to run on a timer to keep it true."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from agentbook.domain import enums as E
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.models import Payment, Policy
from agentbook.domain.validation import FieldError, ValidationError, validate_payment
from agentbook.store.repositories import Repositories


def paid_errors(payment: Payment, today: date) -> list[FieldError]:
    """The payment rules plus what marking paid adds: an amount above zero, no future date."""
    errors = validate_payment(payment)
    if payment.amount_paid is not None and payment.amount_paid <= 0:
        errors.append(FieldError("amount_paid", QT_TRANSLATE_NOOP("validation", "实缴金额应大于 0")))
    if payment.paid_date is not None and payment.paid_date > today:
        errors.append(FieldError("paid_date", QT_TRANSLATE_NOOP("validation", "缴费日期不能晚于今天")))
    if payment.method is None:
        errors.append(FieldError("method", QT_TRANSLATE_NOOP("validation", "请选择缴费方法")))
    return errors


def as_paid(
    payment: Payment, *, amount: Decimal, paid_date: date, method: E.PaymentMethod | None, receipt_no: str = ""
) -> Payment:
    """A copy of *payment* marked 已缴 with what the customer paid."""
    return replace(
        payment,
        status=E.PaymentStatus.PAID,
        amount_paid=amount,
        paid_date=paid_date,
        method=method,
        receipt_no=receipt_no.strip(),
    )


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


def mark_lapsed(store: Repositories, policy_id: int) -> Policy:
    """效力中止: the policy stays on file and can be reinstated (复效) within two years."""
    policy = store.policies.get(policy_id)
    policy.status = E.PolicyStatus.LAPSED
    return store.policies.update(policy)
