"""A generator of realistic zh_CN archives: families and firms, policies with beneficiaries,
payment schedules with some overdue, claims in every state, contact logs with follow-ups.

The same code makes the ~200-customer demo database and the 100,000-customer benchmark set.
Faker (zh_CN) supplies pools of names, addresses, companies and jobs once; records are then
assembled with one seeded ``random.Random``, which keeps 100,000 customers to seconds and the
output identical for a given seed and date. Dates are placed around *today* so that every list
of the agent's Today view has something in it.

The parts live beside this module, one each: ``draws.py`` (the shared state and draws),
``people.py``, ``policies.py``, ``payments_claims.py``, ``contacts.py``; paper files, loans and
commissions come from ``archive_extras.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from agentbook.demo.archive_extras import add_archive
from agentbook.demo.contacts import Contacts
from agentbook.demo.draws import Scale, poisson_count, record_id
from agentbook.demo.market import consent_history
from agentbook.demo.payments_claims import PaymentsAndClaims
from agentbook.demo.people import People
from agentbook.demo.policies import Policies
from agentbook.domain import enums as E
from agentbook.domain.models import Customer, Relationship
from agentbook.domain.segmentation import TierFeatures, annualised_premium, value_tier, whole_years
from agentbook.store.operations.bulk import Dataset

__all__ = ["DemoGenerator", "Scale", "demo_dataset"]


class DemoGenerator(People, Policies, PaymentsAndClaims, Contacts):
    """A whole archive: households and firms first, then contacts, claims, complaints, value
    tiers, consent and the paper around them, in the order that keeps a seed's output fixed."""

    def generate(self, customers: int) -> Dataset:
        """About *customers* customers with everything that hangs off them."""
        rng, scale, data = self.rng, self.scale, Dataset()
        next_id = {"c": 1, "r": 1, "p": 1, "y": 1, "k": 1, "t": 1, "m": 1}

        def take(kind: str) -> int:
            value = next_id[kind]
            next_id[kind] += 1
            return value

        while len(data.customers) < customers:
            roll = rng.random()
            if roll < 0.05:  # an enterprise with a few employees
                firm = self._enterprise(take("c"))
                data.customers.append(firm)
                staff = [self._person(take("c")) for _ in range(rng.randrange(1, 4))]
                for person in staff:
                    person.employer = firm.name
                    data.customers.append(person)
                    data.relationships.append(
                        Relationship(record_id(person), record_id(firm), E.RelationKind.EMPLOYEE, id=take("r"))
                    )
                group = [firm, *staff]
                for person in staff:
                    self._add_policies(data, take, firm, person, group)
            elif roll < 0.45:  # a family: couple, maybe children, sometimes a family record
                head = self._person(take("c"), min_age=28, max_age=60)
                partner = self._person(
                    take("c"),
                    E.Gender.FEMALE if head.gender is E.Gender.MALE else E.Gender.MALE,
                    min_age=26,
                    max_age=60,
                )
                members = [head, partner]
                data.relationships.append(
                    Relationship(record_id(partner), record_id(head), E.RelationKind.SPOUSE, id=take("r"))
                )
                for _ in range(rng.choice((0, 1, 1, 2))):
                    child = self._person(take("c"), min_age=1, max_age=20)
                    child.occupation, child.employer, child.annual_income = "学生", "", None
                    child.lifecycle, child.retention_until = E.Lifecycle.ACTIVE, None
                    father = head if head.gender is E.Gender.MALE else partner
                    child.name = father.name[0] + child.name[1:]  # children take the father's surname
                    child.mobile = child.mobile if rng.random() < 0.3 else ""
                    if not child.mobile:
                        child.wechat = ""
                        child.phone = ""
                        child.email = f"family{child.id}@example.com"
                    members.append(child)
                    data.relationships.append(
                        Relationship(record_id(child), record_id(head), E.RelationKind.CHILD, id=take("r"))
                    )
                    data.relationships.append(
                        Relationship(record_id(child), record_id(partner), E.RelationKind.CHILD, id=take("r"))
                    )
                data.customers.extend(members)
                if rng.random() < 0.2:
                    family = self._family(take("c"), head)
                    data.customers.append(family)
                    for m in members:
                        data.relationships.append(
                            Relationship(record_id(m), record_id(family), E.RelationKind.MEMBER, id=take("r"))
                        )
                for insured in members:
                    self._add_policies(data, take, head if insured is not partner else partner, insured, members)
            else:
                person = self._person(take("c"))
                data.customers.append(person)
                self._add_policies(data, take, person, person, [person])

        for customer in data.customers:
            for _ in range(poisson_count(rng, scale.contacts_per_customer)):
                data.contacts.append(self._contact(take("t"), customer))
        data.contacts.extend(self._callbacks(data.policies, take))
        claimable = [p for p in data.policies if p.effective_date and p.effective_date <= self.today]
        for _ in range(round(len(data.customers) * scale.claims_per_customer)):
            if claimable:
                data.claims.append(self._claim(take("k"), rng.choice(claimable)))
        if claimable:
            self._complaints(data, take, claimable)
        self._assign_tiers(data)
        data.consent_events = consent_history(data.customers)
        add_archive(data, rng.random(), self.today)
        return data

    def _add_policies(
        self, data: Dataset, take: Callable[[str], int], holder: Customer, insured: Customer, family: list[Customer]
    ) -> None:
        if insured.lifecycle is E.Lifecycle.PROSPECT:
            return
        count = poisson_count(self.rng, self.scale.policies_per_customer * (1.25 if holder is insured else 0.8))
        for _ in range(max(1, count)):
            policy = self._policy(take("p"), holder, insured, family)
            if self._one_year(policy) and policy.effective_date and policy.effective_date <= self.today:
                roll = self.rng.random()
                if roll < self.scale.renewed_share:  # last year's cover, renewed into this one
                    earlier = self._earlier(take("p"), policy, policy.effective_date)
                    policy.renewal_of_id = earlier.id
                elif roll < self.scale.renewed_share + self.scale.lost_share:  # ended, not renewed
                    earlier = self._earlier(
                        take("p"), policy, policy.effective_date - timedelta(days=self.rng.randrange(20, 300))
                    )
                else:
                    earlier = None
                if earlier is not None:
                    data.policies.append(earlier)
                    data.payments.extend(self._payments(len(data.payments) + 1, earlier))
            data.policies.append(policy)
            data.payments.extend(self._payments(len(data.payments) + 1, policy))

    def _assign_tiers(self, data: Dataset) -> None:
        """Value tiers by the rule the store applies (default thresholds), not at random."""
        live = (E.PolicyStatus.IN_FORCE, E.PolicyStatus.PENDING)
        premium: dict[int, Decimal] = {}
        products: dict[int, int] = {}
        first: dict[int, date] = {}
        for p in data.policies:
            holder = p.policyholder_id
            if p.status in live:
                premium[holder] = premium.get(holder, Decimal(0)) + annualised_premium(
                    p.premium, p.payment_mode, p.effective_date, p.expiry_date
                )
                products[holder] = products.get(holder, 0) + 1
            if p.effective_date and (holder not in first or p.effective_date < first[holder]):
                first[holder] = p.effective_date
        for c in data.customers:
            assert c.id is not None
            features = TierFeatures(
                premium.get(c.id, Decimal(0)), products.get(c.id, 0), whole_years(first.get(c.id), self.today)
            )
            c.value_tier = value_tier(features)


def demo_dataset(customers: int, seed: int, today: date) -> Dataset:
    """*customers* generated customers with everything around them, dated relative to *today*."""
    return DemoGenerator(today, seed).generate(customers)
