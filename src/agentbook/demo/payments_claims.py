"""What happens to a policy's money: its instalments (recent ones sometimes overdue) and its
claims in every state, with their status history and materials."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from agentbook.demo.draws import Draws, record_id
from agentbook.domain import enums as E
from agentbook.domain.models import (
    DEFAULT_CLAIM_MATERIALS,
    Claim,
    ClaimMaterial,
    ClaimStatusChange,
    Payment,
    Policy,
)
from agentbook.domain.schedules import add_months

# Why an insurer refuses: what an agent writes in the remarks of a rejected claim.
REJECTION_REASONS = (
    "拒赔原因：既往症未如实告知",
    "拒赔原因：等待期内出险",
    "拒赔原因：不属于保险责任范围",
    "拒赔原因：免赔额以内",
)
CAUSES = (
    "住院治疗（肺炎）",
    "意外骨折",
    "交通事故",
    "恶性肿瘤确诊",
    "门诊手术",
    "车辆刮擦",
    "家中水管爆裂",
    "急性阑尾炎",
    "运动扭伤",
    "心脏支架手术",
)


class PaymentsAndClaims(Draws):
    """A policy's payment schedule so far and its claims."""

    def _payments(self, first_id: int, policy: Policy) -> list[Payment]:
        """Instalments due so far plus the next one; recent ones sometimes unpaid (overdue)."""
        rng, out = self.rng, []
        mode = policy.payment_mode
        per_year = max(mode.periods_per_year, 1)
        step = 12 // per_year
        total = 1 if mode is E.PaymentMode.SINGLE else policy.payment_years * per_year
        cap = max(1, self.scale.max_payments_per_policy)
        assert policy.effective_date is not None
        due_dates = [add_months(policy.effective_date, n * step) for n in range(total)]
        horizon = self.today + timedelta(days=45)
        due_dates = [d for d in due_dates if d <= horizon][-cap:]
        lapsed = policy.status in (E.PolicyStatus.LAPSED, E.PolicyStatus.SURRENDERED, E.PolicyStatus.TERMINATED)
        for n, due in enumerate(due_dates):
            period = 1 + round(
                (due.year - policy.effective_date.year) * per_year + (due.month - policy.effective_date.month) / step
            )
            pay = Payment(
                policy_id=record_id(policy), period=period, due_date=due, amount_due=policy.premium, id=first_id + n
            )
            recent = (self.today - due).days
            if due > self.today or (recent < 90 and rng.random() < 0.25) or (lapsed and recent < 400):
                pay.status = E.PaymentStatus.DUE
            elif rng.random() < 0.01:
                pay.status = E.PaymentStatus.WAIVED
            else:
                pay.status = E.PaymentStatus.PAID
                pay.paid_date = due + timedelta(days=rng.randrange(0, 20))
                pay.paid_date = min(pay.paid_date, self.today)
                pay.amount_paid = policy.premium
                pay.method = rng.choice(list(E.PaymentMethod))
                pay.receipt_no = f"R{policy.id:07d}{period:03d}"
            out.append(pay)
        return out

    def _claim(self, kid: int, policy: Policy) -> Claim:
        rng = self.rng
        status = rng.choice(list(E.ClaimStatus))
        start = policy.effective_date or self.today
        span = max((self.today - start).days, 1)
        incident = start + timedelta(days=rng.randrange(span))
        if status.is_open and rng.random() < 0.5:
            incident = self.today - timedelta(days=rng.randrange(3, 60))
        incident = min(max(incident, start), self.today)
        filed = min(incident + timedelta(days=rng.randrange(0, 10)), self.today)
        claimed = self._money(500, 200_000, 50)
        decided = status in (E.ClaimStatus.APPROVED, E.ClaimStatus.REJECTED, E.ClaimStatus.PAID, E.ClaimStatus.CLOSED)
        decision = min(filed + timedelta(days=rng.randrange(3, 40)), self.today) if decided else None
        paid = None
        if status in (E.ClaimStatus.PAID, E.ClaimStatus.CLOSED):
            paid = (claimed * Decimal(rng.choice((100, 100, 90, 80))) / 100).quantize(Decimal("0.01"))
        order = list(E.ClaimStatus)
        path: list[E.ClaimStatus] = [
            s for s in order[: order.index(status) + 1] if s not in (E.ClaimStatus.REJECTED,)
        ] or [status]
        if status is E.ClaimStatus.REJECTED:
            path = [E.ClaimStatus.REPORTED, E.ClaimStatus.COLLECTING, E.ClaimStatus.UNDER_REVIEW, status]
        history = [
            ClaimStatusChange(s, self._moment(min(filed + timedelta(days=i * 3), self.today)))
            for i, s in enumerate(path)
        ]
        materials = [ClaimMaterial(m, decided or rng.random() < 0.5) for m in DEFAULT_CLAIM_MATERIALS[:4]]
        return Claim(
            id=kid,
            claim_no=f"LP{filed:%Y%m}{kid:06d}",
            policy_id=record_id(policy),
            claimant_id=policy.insured_id,
            incident_date=incident,
            filed_date=filed,
            cause=rng.choice(CAUSES),
            amount_claimed=claimed,
            status=status,
            amount_paid=paid,
            decision_date=decision,
            materials=materials,
            history=history,
            # a fixed pick, not another draw: the generator's later numbers stay as they were
            remarks=REJECTION_REASONS[kid % len(REJECTION_REASONS)] if status is E.ClaimStatus.REJECTED else "",
        )
