"""Marking an instalment paid: what the payment rules add when the customer has paid.

Pure rules, shared by the mark-paid dialog (validation as the user types) and the store (which
checks again before it writes)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from agentbook.domain import enums as E
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.models import Payment
from agentbook.domain.validation import FieldError, validate_payment


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
