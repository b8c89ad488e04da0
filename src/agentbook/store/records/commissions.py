"""Commission rules and receipts, and the reconciliation of what was expected against what came in.

The reconciliation reads paid instalments (by the day the premium was paid) of policies that
have rules, the rules and the receipts, and leaves the arithmetic to ``domain.commissions``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

from agentbook.domain import enums as E
from agentbook.domain.commissions import (
    CommissionReceipt,
    CommissionRule,
    Instalment,
    ReconLine,
    ReconSummary,
    reconcile,
    summarise,
    validate_receipt,
    validate_rule,
)
from agentbook.domain.money import from_fen
from agentbook.domain.validation import FieldError
from agentbook.store.db.database import Database
from agentbook.store.db.mapping import Col
from agentbook.store.records.repository import Repository


def _policy_customer(db: Database, policy_id: int) -> int | None:
    row = db.read_one("SELECT policyholder_id FROM policy WHERE id = ?", (policy_id,))
    return row[0] if row else None


class CommissionRuleRepository(Repository[CommissionRule]):
    table = "commission_rule"
    entity = "commission_rule"
    model = CommissionRule
    columns: ClassVar[tuple[Col, ...]] = (
        Col("policy_id", "int"),
        Col("year_from", "int"),
        Col("year_to", "int"),
        Col("rate", "percent", column="rate_bp"),
        Col("amount", "money"),
        Col("remarks"),
    )

    def validate(self, obj: CommissionRule) -> list[FieldError]:
        return validate_rule(obj, self.of_policy(obj.policy_id))

    def customer_of(self, obj: CommissionRule) -> int | None:
        return _policy_customer(self.db, obj.policy_id)

    def of_policy(self, policy_id: int) -> list[CommissionRule]:
        return self.find("policy_id = ?", (policy_id,), order="year_from, id")


class CommissionReceiptRepository(Repository[CommissionReceipt]):
    table = "commission_receipt"
    entity = "commission_receipt"
    model = CommissionReceipt
    columns: ClassVar[tuple[Col, ...]] = (
        Col("policy_id", "int"),
        Col("period", "int"),
        Col("received_on", "date"),
        Col("amount", "money"),
        Col("statement_no"),
        Col("remarks"),
    )

    def validate(self, obj: CommissionReceipt) -> list[FieldError]:
        return validate_receipt(obj, self.db.today())

    def customer_of(self, obj: CommissionReceipt) -> int | None:
        return _policy_customer(self.db, obj.policy_id)

    def of_policy(self, policy_id: int) -> list[CommissionReceipt]:
        return self.find("policy_id = ?", (policy_id,), order="period, received_on, id")


@dataclass(frozen=True, slots=True)
class Reconciliation:
    start: date
    end: date
    lines: list[ReconLine]
    summary: list[ReconSummary]

    @property
    def missing_lines(self) -> list[ReconLine]:
        return [line for line in self.lines if line.missing > 0]

    def totals(self) -> tuple[Decimal, Decimal, Decimal]:
        return (
            sum((line.expected for line in self.lines), Decimal("0.00")),
            sum((line.received for line in self.lines), Decimal("0.00")),
            sum((line.missing for line in self.lines), Decimal("0.00")),
        )


def _instalments(db: Database, where: str, params: dict[Any, Any]) -> list[Instalment]:
    rows = db.read(
        "SELECT p.id, p.policy_no, p.insurer, c.name, p.payment_mode, y.period, y.paid_date,"
        " coalesce(y.amount_paid, y.amount_due)"
        " FROM payment y JOIN policy p ON p.id = y.policy_id JOIN customer c ON c.id = p.policyholder_id"
        " WHERE y.status = 'paid' AND y.paid_date IS NOT NULL"
        " AND EXISTS (SELECT 1 FROM commission_rule r WHERE r.policy_id = p.id) AND "
        + where
        + " ORDER BY y.paid_date, p.policy_no, y.period",
        params,
    )
    return [
        Instalment(pid, no, insurer, holder, E.PaymentMode(mode), period, date.fromisoformat(paid[:10]), from_fen(fen))  # type: ignore[arg-type]
        for pid, no, insurer, holder, mode, period, paid, fen in rows
    ]


def _rules_and_receipts(
    db: Database, policy_ids: set[int]
) -> tuple[dict[int, list[CommissionRule]], dict[tuple[int, int], Decimal]]:
    rules: dict[int, list[CommissionRule]] = defaultdict(list)
    received: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
    ids = sorted(policy_ids)
    rule_repo = CommissionRuleRepository(db)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for rule in rule_repo.find(f"policy_id IN ({marks})", chunk, order="policy_id, year_from"):
            rules[rule.policy_id].append(rule)
        for policy_id, period, fen in db.read(
            f"SELECT policy_id, period, sum(amount) FROM commission_receipt WHERE policy_id IN ({marks})"
            " GROUP BY policy_id, period",
            chunk,
        ):
            received[(policy_id, period)] = from_fen(fen)  # type: ignore[assignment]
    return rules, received


def reconciliation(db: Database, start: date, end: date, insurer: str | None = None) -> Reconciliation:
    """Every paid instalment from *start* to *end* (inclusive) that expects commission."""
    where = "y.paid_date BETWEEN :start AND :end"
    params: dict[Any, Any] = {"start": start.isoformat(), "end": end.isoformat()}
    if insurer:
        where += " AND p.insurer = :insurer"
        params["insurer"] = insurer
    with db.lock:
        instalments = _instalments(db, where, params)
        rules, received = _rules_and_receipts(db, {i.policy_id for i in instalments})
    lines = reconcile(instalments, rules, received)
    return Reconciliation(start, end, lines, summarise(lines))


def of_policies(db: Database, policy_ids: list[int]) -> list[ReconLine]:
    """Expected and received commission of each paid instalment of these policies (the 360 view)."""
    if not policy_ids:
        return []
    ids = ",".join(str(int(i)) for i in policy_ids)
    with db.lock:
        instalments = _instalments(db, f"p.id IN ({ids})", {})
        rules, received = _rules_and_receipts(db, set(policy_ids))
    return reconcile(instalments, rules, received)


def insurers(db: Database) -> list[str]:
    return [r[0] for r in db.read("SELECT DISTINCT insurer FROM policy ORDER BY insurer")]
