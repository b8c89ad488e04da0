"""A batch of received premiums matched to the instalments they pay, then written at once.

Each line names a policy (its number) or a policyholder (their exact name); its amount is
matched to the oldest unpaid instalment of that amount, or else to the oldest unpaid one, which
is flagged for the user to look at. Two lines never take the same instalment. What the user
confirms is written in one transaction (``store.batch``): every instalment marked paid through
the payment rules and audited, or none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from agentbook.domain import enums as E
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.models import Payment, Policy
from agentbook.domain.quick_payments import QuickLine
from agentbook.store.api import Store
from agentbook.store.operations.premiums import mark_paid

NOT_FOUND = QT_TRANSLATE_NOOP("quick_payments", "没有这个保单号或投保人")
SEVERAL = QT_TRANSLATE_NOOP("quick_payments", "有 {0} 位客户叫这个名字，请改用保单号")
NOTHING_DUE = QT_TRANSLATE_NOOP("quick_payments", "没有待缴的期次")
OTHER_AMOUNT = QT_TRANSLATE_NOOP("quick_payments", "金额与应缴 {0} 不同")
FUTURE = QT_TRANSLATE_NOOP("quick_payments", "缴费日期晚于今天")
_UNPAID = (E.PaymentStatus.DUE, E.PaymentStatus.OVERDUE)


@dataclass(frozen=True, slots=True)
class Proposal:
    """A line and the instalment it would pay; ``ready`` when nothing needs a second look."""

    line: QuickLine
    paid_on: date
    policy: Policy | None = None
    payment: Payment | None = None
    problems: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def ready(self) -> bool:
        return self.payment is not None and not self.problems

    @property
    def writable(self) -> bool:
        """Can be written if the user confirms (an amount that differs is the user's call)."""
        return (
            self.payment is not None
            and self.line.amount is not None
            and all(key == OTHER_AMOUNT for key, _args in self.problems)
        )


def _policies(store: Store, key: str) -> tuple[list[Policy], tuple[tuple[str, tuple[str, ...]], ...]]:
    numbered = store.policies.by_number(key) or store.policies.by_number(key.upper())
    if numbered:
        return numbered, ()
    people = store.customers.find("name = ?", (key,))
    if len(people) > 1:
        return [], ((SEVERAL, (str(len(people)),)),)
    if not people:
        return [], ((NOT_FOUND, ()),)
    held = [p for p in store.policies.of_customer(people[0].id or 0) if p.policyholder_id == people[0].id]
    return held, ()


def propose(store: Store, lines: Iterable[QuickLine]) -> list[Proposal]:
    """The instalment each line pays, in the order of the lines (reads only)."""
    today = store.today()
    taken: set[int] = set()
    out = []
    for line in lines:
        paid_on = line.paid_on or today
        problems = list(line.problems)
        if paid_on > today:
            problems.append((FUTURE, ()))
        policies, found = _policies(store, line.key)
        problems += found
        unpaid = sorted(
            (
                pay
                for policy in policies
                for pay in store.payments.of_policy(policy.id or 0)
                if pay.status_on(today) in _UNPAID and pay.id not in taken
            ),
            key=lambda pay: (pay.due_date, pay.period),
        )
        if policies and not unpaid:
            problems.append((NOTHING_DUE, ()))
        chosen = next((pay for pay in unpaid if pay.amount_due == line.amount), unpaid[0] if unpaid else None)
        if chosen is not None and line.amount is not None and chosen.amount_due != line.amount:
            problems.append((OTHER_AMOUNT, (f"{chosen.amount_due:,.2f}",)))
        if chosen is not None:
            taken.add(chosen.id or 0)
        policy = next((p for p in policies if chosen is not None and p.id == chosen.policy_id), None)
        out.append(Proposal(line, paid_on, policy, chosen, tuple(problems)))
    return out


def record(store: Store, proposals: Iterable[Proposal], method: E.PaymentMethod) -> list[Payment]:
    """Mark the proposed instalments paid, all in one transaction (one commit, one change event)."""
    chosen = [p for p in proposals if p.writable]
    written = []
    with store.batch():
        for p in chosen:
            assert p.payment is not None and p.payment.id is not None and p.line.amount is not None
            written.append(mark_paid(store, p.payment.id, amount=p.line.amount, paid_date=p.paid_on, method=method))
    return written
