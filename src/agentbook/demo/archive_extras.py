"""Demo paper files, loans and commissions, so every part of a demo archive has something to show.

Added after everything else is generated, from a generator of its own, so the customers,
policies and payments of a seed stay what they were before these existed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from agentbook.domain import enums as E
from agentbook.domain.commissions import CommissionReceipt, CommissionRule, policy_year, rule_for
from agentbook.domain.paper import Loan, PaperLocation
from agentbook.store.operations.bulk import Dataset

BORROWERS = ("营业部 王主管", "内勤 李娜", "合规部 赵敏", "理赔岗 陈刚", "审计组 周洁")
PURPOSES = ("核对投保资料", "理赔调阅", "合规检查", "年度审计", "补充签字")
RATES = {  # first year, renewal years (percent of premium) by business line
    E.BusinessLine.LIFE: (Decimal("30.00"), Decimal("8.00")),
    E.BusinessLine.HEALTH: (Decimal("25.00"), Decimal("6.00")),
    E.BusinessLine.ANNUITY: (Decimal("15.00"), Decimal("3.00")),
    E.BusinessLine.ACCIDENT: (Decimal("20.00"), Decimal("20.00")),
}


def add_archive(data: Dataset, seed: float, today: date) -> None:
    rng = random.Random(seed)
    next_loan = 1
    for n, customer in enumerate(c for c in data.customers if c.lifecycle is E.Lifecycle.ACTIVE):
        if rng.random() < 0.7:
            data.paper_locations.append(
                PaperLocation(customer.id, f"{n // 200 + 1}", f"{n // 20 % 10 + 1:02d}", f"{n % 20 + 1:02d}", id=n + 1)  # type: ignore[arg-type]
            )
    # A few loans: two files overdue, one still out within its time, the rest returned.
    for k, location in enumerate(data.paper_locations[:: max(1, len(data.paper_locations) // 8)][:8]):
        lent = today - timedelta(days=(30, 21, 5, 60, 90, 120, 150, 200)[k])
        due = lent + timedelta(days=14)
        returned = None if k < 3 else lent + timedelta(days=rng.randrange(3, 14))
        data.loans.append(
            Loan(location.customer_id, rng.choice(BORROWERS), lent, due, rng.choice(PURPOSES), returned, id=next_loan)
        )
        next_loan += 1
    # Commission rules for regular-premium policies, and most of what they earned received.
    rules: dict[int, list[CommissionRule]] = {}
    for policy in data.policies:
        if policy.business_line not in RATES or policy.payment_mode is E.PaymentMode.SINGLE or rng.random() < 0.15:
            continue
        first, renewal = RATES[policy.business_line]
        assert policy.id is not None
        made = [
            CommissionRule(policy.id, 1, 1, rate=first, id=len(data.commission_rules) + 1),
            CommissionRule(policy.id, 2, 5, rate=renewal, id=len(data.commission_rules) + 2),
        ]
        data.commission_rules.extend(made)
        rules[policy.id] = made
    modes = {p.id: p.payment_mode for p in data.policies}
    since = today - timedelta(days=540)
    for pay in data.payments:
        if pay.policy_id not in rules or pay.status is not E.PaymentStatus.PAID or pay.paid_date is None:
            continue
        if pay.paid_date < since or rng.random() < 0.12:  # older ones left out; some never came
            continue
        rule = rule_for(rules[pay.policy_id], policy_year(pay.period, modes[pay.policy_id]))
        if rule is None or pay.amount_paid is None:
            continue
        received = min(pay.paid_date + timedelta(days=rng.randrange(20, 50)), today)
        data.commission_receipts.append(
            CommissionReceipt(
                pay.policy_id,
                pay.period,
                received,
                rule.expected(pay.amount_paid),
                f"JS{received:%Y%m}{pay.policy_id % 1000:03d}",
                id=len(data.commission_receipts) + 1,
            )
        )
