"""One action on several selected records: paid, reminded, tagged, followed up.

Each record is written through its repository, as the dialog for one would (the domain's rules,
an audit row per record), and all of them in one transaction: when one is refused nothing is
written and the error names the record, so the agent corrects it and runs the action again
instead of finding half a batch done.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from agentbook.domain import enums as E
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.models import ContactEntry, Customer, Payment
from agentbook.domain.premiums import as_paid, paid_errors
from agentbook.domain.validation import FieldError, ValidationError
from agentbook.store.repositories import Repositories


def _refused(policy_no: str, period: int, errors: list[FieldError]) -> ValidationError:
    """The instalment's own errors, after a line saying which instalment it is."""
    which = QT_TRANSLATE_NOOP("validation", "保单 {policy} 第 {period} 期：")
    return ValidationError([FieldError("payment", which, (("policy", policy_no), ("period", str(period)))), *errors])


def mark_paid_many(
    store: Repositories, payment_ids: Sequence[int], *, paid_date: date, method: E.PaymentMethod
) -> list[Payment]:
    """Instalments paid in full (the amount due) on *paid_date*; those already paid are left as they are."""
    done: list[Payment] = []
    with store.db.transaction():
        for payment_id in payment_ids:
            payment = store.payments.get(payment_id)
            if payment.status is E.PaymentStatus.PAID:
                continue
            amount = payment.amount_due if payment.amount_due is not None else Decimal(0)
            paid = as_paid(payment, amount=amount, paid_date=paid_date, method=method)
            errors = paid_errors(paid, store.today())
            if errors:
                raise _refused(store.policies.get(payment.policy_id).policy_no, payment.period, errors)
            done.append(store.payments.update(paid))
    return done


def record_reminders(
    store: Repositories, payment_ids: Sequence[int], *, channel: E.ContactChannel, summary: str
) -> list[int]:
    """A 缴费提醒 entry in each policyholder's contact log, one per selected instalment."""
    created: list[int] = []
    with store.db.transaction():
        now = store.now()
        for payment_id in payment_ids:
            payment = store.payments.get(payment_id)
            policy = store.policies.get(payment.policy_id)
            due = payment.due_date.isoformat() if payment.due_date else ""
            entry = ContactEntry(
                customer_id=policy.policyholder_id,
                contacted_at=now,
                channel=channel,
                purpose=E.ContactPurpose.PAYMENT_REMINDER,
                summary=summary.format(policy=policy.policy_no, period=payment.period, due=due),
                policy_id=policy.id,
            )
            saved = store.contacts.create(entry)
            assert saved.id is not None
            created.append(saved.id)
    return created


def follow_ups_done(store: Repositories, contact_ids: Sequence[int]) -> int:
    """The follow-ups of the selected contact entries marked done; returns how many changed."""
    changed = 0
    with store.db.transaction():
        for contact_id in contact_ids:
            entry = store.contacts.get(contact_id)
            if entry.follow_up_done:
                continue
            entry.follow_up_done = True
            store.contacts.update(entry)
            changed += 1
    return changed


def change_tag(store: Repositories, customer_ids: Sequence[int], *, add: str = "", remove: str = "") -> int:
    """Add *add* to, and take *remove* from, the tags of each customer; returns how many changed."""
    add, remove = add.strip(), remove.strip()
    changed = 0
    with store.db.transaction():
        for customer_id in customer_ids:
            customer: Customer = store.customers.get(customer_id)
            tags = [t for t in customer.tags if t != remove]
            if add and add not in tags:
                tags.append(add)
            if tuple(sorted(tags)) == tuple(sorted(customer.tags)):
                continue
            customer.tags = tuple(tags)
            store.customers.update(customer)
            changed += 1
    return changed
