"""Policies of the demo archive: insurer, product and business line, premium and mode, status,
beneficiaries and covers; and last year's cover a one-year policy was renewed from."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal

from agentbook.demo.draws import Draws, record_id
from agentbook.demo.market import covers_of, insurer_for, sum_insured_of
from agentbook.domain import enums as E
from agentbook.domain.models import Beneficiary, Customer, Policy
from agentbook.domain.schedules import add_months

INSURERS = {
    "中国人寿": "P",
    "平安人寿": "PA",
    "太平洋人寿": "CP",
    "新华保险": "NC",
    "泰康人寿": "TK",
    "太平人寿": "TP",
    "人保财险": "PI",
    "平安产险": "PC",
    "阳光财险": "SG",
    "友邦保险": "AI",
}
PRODUCTS = {
    E.BusinessLine.LIFE: ("终身寿险（尊享版）", "定期寿险（百万守护）", "两全保险（金福）", "增额终身寿险（传世）"),
    E.BusinessLine.HEALTH: ("重大疾病保险（康宁）", "百万医疗险", "防癌医疗险", "少儿重疾险（安康宝贝）"),
    E.BusinessLine.ACCIDENT: ("综合意外伤害保险", "交通意外险", "老年意外险", "团体意外险"),
    E.BusinessLine.PROPERTY: ("家庭财产综合保险", "企业财产保险", "店铺综合保险"),
    E.BusinessLine.AUTO: ("机动车商业保险", "交强险"),
    E.BusinessLine.ANNUITY: ("养老年金保险（福寿）", "教育年金保险（金榜）", "年金保险（鑫享）"),
}
LINE_WEIGHTS = {
    E.BusinessLine.LIFE: 22,
    E.BusinessLine.HEALTH: 30,
    E.BusinessLine.ACCIDENT: 18,
    E.BusinessLine.PROPERTY: 6,
    E.BusinessLine.AUTO: 14,
    E.BusinessLine.ANNUITY: 10,
}


class Policies(Draws):
    """One policy at a time, numbered uniquely per insurer."""

    def _policy_no(self, insurer: str) -> str:
        while True:
            number = (
                f"{INSURERS[insurer]}{self.rng.randrange(2015, self.today.year + 1)}{self.rng.randrange(10**9):09d}"
            )
            if number not in self._policy_nos:
                self._policy_nos.add(number)
                return number

    def _policy(self, pid: int, holder: Customer, insured: Customer, family: list[Customer]) -> Policy:
        rng = self.rng
        line = rng.choices(list(LINE_WEIGHTS), list(LINE_WEIGHTS.values()))[0]
        drawn = list(INSURERS).index(rng.choice(list(INSURERS)))  # drawn as before: later draws stay put
        roll = rng.random()
        if roll < 0.04:  # expiring within the Today view's windows
            effective = add_months(self.today + timedelta(days=rng.randrange(1, 90)), -12)
        else:
            effective = self.today - timedelta(days=rng.randrange(-20, 365 * 8))
        if line in (E.BusinessLine.AUTO, E.BusinessLine.PROPERTY, E.BusinessLine.ACCIDENT) or (
            line is E.BusinessLine.HEALTH and rng.random() < 0.5
        ):
            mode, years, term_years = E.PaymentMode.SINGLE, 1, 1
            if roll >= 0.04:  # short-term cover renewed each year: keep most of them current
                effective = add_months(self.today, -rng.randrange(0, 13)) + timedelta(days=rng.randrange(28))
        else:
            mode = rng.choices(list(E.PaymentMode), (5, 60, 8, 7, 20))[0]
            years = 1 if mode is E.PaymentMode.SINGLE else rng.choice((3, 5, 10, 15, 20))
            term_years = rng.choice((20, 30, 0)) if line is E.BusinessLine.LIFE else rng.choice((10, 20, 30))
        expiry = add_months(effective, 12 * term_years) if term_years else None
        premium_range = {
            E.BusinessLine.AUTO: (2_000, 9_000),
            E.BusinessLine.ACCIDENT: (100, 1_500),
            E.BusinessLine.PROPERTY: (300, 5_000),
            E.BusinessLine.HEALTH: (300, 12_000),
            E.BusinessLine.LIFE: (3_000, 50_000),
            E.BusinessLine.ANNUITY: (10_000, 100_000),
        }[line]
        premium = self._money(*premium_range, step=10)
        if mode in (E.PaymentMode.MONTHLY, E.PaymentMode.QUARTERLY, E.PaymentMode.SEMIANNUAL):
            premium = (premium / mode.periods_per_year).quantize(Decimal("1"))
        status = E.PolicyStatus.IN_FORCE
        if effective > self.today:
            status = E.PolicyStatus.PENDING
        elif expiry and expiry < self.today:
            status = E.PolicyStatus.MATURED
        elif rng.random() < 0.05:
            status = rng.choice((E.PolicyStatus.LAPSED, E.PolicyStatus.SURRENDERED, E.PolicyStatus.TERMINATED))
        beneficiaries: list[Beneficiary] = []
        if line in (E.BusinessLine.LIFE, E.BusinessLine.ANNUITY, E.BusinessLine.ACCIDENT) and rng.random() < 0.8:
            others = [m for m in family if m.id != insured.id] or [holder]
            chosen = rng.sample(others, min(len(others), rng.choice((1, 1, 2))))
            shares = [Decimal(100)] if len(chosen) == 1 else [Decimal(60), Decimal(40)]
            for person, share in zip(chosen, shares, strict=False):
                relation = E.RelationKind.SPOUSE if person.gender != insured.gender else E.RelationKind.CHILD
                beneficiaries.append(Beneficiary(person.name, relation, share, 1, person.id, person.id_number))
        sum_factor = {E.BusinessLine.AUTO: 100, E.BusinessLine.PROPERTY: 200}.get(line, 40)
        drawn_name = list(INSURERS)[drawn]
        number = self._policy_no(drawn_name)  # before the product, as the shared random stream always had it
        product = self._product(line, holder)
        insurer = insurer_for(line, product, drawn, tuple(INSURERS))
        policy_no = INSURERS[insurer] + number[len(INSURERS[drawn_name]) :]
        if policy_no != number:
            if policy_no in self._policy_nos:  # another policy of this insurer has it: draw one of its own
                policy_no = self._policy_no(insurer)
            self._policy_nos.add(policy_no)
        by_premium = (premium * sum_factor).quantize(Decimal("1000")) or Decimal(10_000)
        sum_insured = sum_insured_of(product, pid) or by_premium
        if product == "交强险":  # a fixed tariff (家庭自用 6 座以下), not a negotiated premium
            premium = Decimal(950)
        policy = Policy(
            id=pid,
            policy_no=policy_no,
            insurer=insurer,
            product=product,
            business_line=line,
            policyholder_id=record_id(holder),
            insured_id=record_id(insured),
            premium=premium,
            sum_insured=sum_insured,
            payment_mode=mode,
            payment_years=years,
            apply_date=effective - timedelta(days=rng.randrange(1, 15)),
            effective_date=effective,
            expiry_date=expiry,
            status=status,
            beneficiaries=beneficiaries,
            riders="附加意外医疗" if rng.random() < 0.2 else "",
            commission=(premium * Decimal("0.15")).quantize(Decimal("0.01")),
        )
        policy.covers = covers_of(policy)
        return policy

    def _product(self, line: E.BusinessLine, holder: Customer) -> str:
        """Group and business cover only for firms, household cover only for people."""
        firm_only = {"企业财产保险", "店铺综合保险", "团体意外险"}
        wanted = [p for p in PRODUCTS[line] if (p in firm_only) == (holder.kind is E.CustomerKind.ENTERPRISE)]
        return self.rng.choice(wanted or list(PRODUCTS[line]))

    @staticmethod
    def _one_year(policy: Policy) -> bool:
        return (
            policy.payment_mode is E.PaymentMode.SINGLE
            and policy.effective_date is not None
            and policy.expiry_date == add_months(policy.effective_date, 12)
        )

    def _earlier(self, pid: int, policy: Policy, expiry: date) -> Policy:
        """The same one-year cover for the year ending on *expiry* (a renewal's predecessor)."""
        effective = add_months(expiry, -12)
        return dataclasses.replace(
            policy,
            id=pid,
            policy_no=self._policy_no(policy.insurer),
            apply_date=effective - timedelta(days=self.rng.randrange(1, 15)),
            effective_date=effective,
            expiry_date=expiry,
            status=E.PolicyStatus.MATURED if expiry < self.today else E.PolicyStatus.IN_FORCE,
            renewal_of_id=None,
            beneficiaries=[dataclasses.replace(b) for b in policy.beneficiaries],
            covers=[dataclasses.replace(c) for c in policy.covers],
        )
