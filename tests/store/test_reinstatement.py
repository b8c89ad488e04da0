"""复效: a lapsed policy listed on Today for its two years of reinstatement, and reinstated —
in force again, with the 保全 log saying so."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agentbook.domain import enums as E
from agentbook.domain.models import Customer, Payment, Policy
from agentbook.domain.servicing import ServiceKind, ServiceStatus
from agentbook.store.api import Store
from agentbook.store.operations.premiums import NotLapsedError

pytestmark = pytest.mark.both_engines


@pytest.fixture
def lapsed(store: Store) -> Policy:
    holder = store.customers.create(Customer(name="张三", gender=E.Gender.MALE, mobile="13900001111"))
    policy = store.policies.create(
        Policy("PA2024000001", "平安人寿", "平安福", E.BusinessLine.LIFE, holder.id, holder.id, Decimal("3000"),
               Decimal("300000"), effective_date=date(2024, 3, 1), payment_mode=E.PaymentMode.ANNUAL)
    )  # fmt: skip
    store.payments.create(Payment(policy.id, 2, date(2025, 3, 1), Decimal("3000")))  # grace ended 2025-04-30
    return store.mark_lapsed(policy.id)


def test_a_lapsed_policy_is_listed_with_its_reinstatement_deadline(store, lapsed, clock):
    [item] = store.today_lists()["reinstatement"]
    assert (item.policy_id, item.day, item.reference) == (lapsed.id, date(2027, 4, 30), "PA2024000001")
    assert item.days == (date(2027, 4, 30) - clock.today()).days
    clock.set(clock.now().replace(year=2027, month=5, day=1))  # the two years are over
    assert store.today_lists()["reinstatement"] == []


def test_reinstating_puts_the_policy_in_force_and_records_it(store, lapsed):
    store.reinstate(lapsed.id)
    assert store.policies.get(lapsed.id).status is E.PolicyStatus.IN_FORCE
    [service] = store.services.of_customer(lapsed.policyholder_id)
    assert (service.kind, service.status, service.done_on) == (
        ServiceKind.REINSTATEMENT,
        ServiceStatus.DONE,
        store.today(),
    )
    assert store.today_lists()["reinstatement"] == []
    with pytest.raises(NotLapsedError):
        store.reinstate(lapsed.id)  # only a lapsed policy
