"""商机 on the Today view: news in the family, adults without critical-illness cover, payouts soon —
each answered once (acted on or set aside, in the contact log) and quiet for half a year."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from agentbook.domain import enums as E
from agentbook.domain.models import Cover, Customer, Policy, Relationship
from agentbook.domain.opportunities import QUIET_DAYS, Opportunity
from agentbook.store.api import Store
from tests.conftest import TODAY

pytestmark = pytest.mark.both_engines


def _person(store: Store, name: str, born: date, gender: E.Gender = E.Gender.MALE) -> Customer:
    return store.customers.create(Customer(name=name, gender=gender, mobile="13900001111", birth_date=born))


def _policy(store: Store, holder: Customer, no: str, line: E.BusinessLine = E.BusinessLine.LIFE, **kw) -> Policy:
    kw.setdefault("effective_date", date(2020, 1, 1))
    return store.policies.create(
        Policy(no, "平安人寿", "平安福", line, holder.id, holder.id, Decimal("1000"), Decimal("100000"), **kw)
    )


def _listed(store: Store) -> dict[tuple[int, Opportunity], object]:
    return {(i.customer_id, i.status): i for i in store.today_lists()["opportunity"]}


def test_a_child_recorded_later_is_news_for_the_parent_but_a_family_entered_at_once_is_not(store, clock):
    parent = _person(store, "汤俊", date(1988, 3, 1))
    old_child = _person(store, "汤大明", date(2015, 5, 1))
    store.relationships.create(Relationship(old_child.id, parent.id, E.RelationKind.CHILD))  # same day as the parent
    assert (parent.id, Opportunity.NEW_CHILD) not in _listed(store)
    clock.advance(days=40)
    baby = _person(store, "汤小宝", clock.today())
    store.relationships.create(Relationship(baby.id, parent.id, E.RelationKind.CHILD))
    item = _listed(store)[(parent.id, Opportunity.NEW_CHILD)]
    assert (item.label, item.day) == ("汤小宝", clock.today())
    clock.advance(days=31)
    assert (parent.id, Opportunity.NEW_CHILD) not in _listed(store)  # news for a month


def test_an_adult_without_critical_illness_cover_until_a_cover_is_added(store):
    adult = _person(store, "李强", date(1990, 6, 1))
    child = _person(store, "李小", date(2016, 6, 1))
    policy = _policy(store, adult, "PA2026000001", covers=[Cover(E.CoverKind.DEATH, Decimal("500000"))])
    _policy(store, child, "PA2026000002", covers=[Cover(E.CoverKind.MEDICAL, Decimal("10000"))])
    listed = _listed(store)
    assert (adult.id, Opportunity.NO_CRITICAL_ILLNESS) in listed
    assert (child.id, Opportunity.NO_CRITICAL_ILLNESS) not in listed  # 18–55 only
    policy = store.policies.get(policy.id)
    policy.covers.append(Cover(E.CoverKind.CRITICAL_ILLNESS, Decimal("300000")))
    store.policies.update(policy)
    assert (adult.id, Opportunity.NO_CRITICAL_ILLNESS) not in _listed(store)


def test_an_annuity_paying_out_soon(store):
    holder = _person(store, "王芳", date(1960, 1, 1), E.Gender.FEMALE)
    _policy(store, holder, "PA2016000001", E.BusinessLine.ANNUITY, expiry_date=TODAY + timedelta(days=30))
    _policy(store, holder, "PA2016000002", E.BusinessLine.ANNUITY, expiry_date=TODAY + timedelta(days=90))
    item = _listed(store)[(holder.id, Opportunity.MATURITY)]
    assert (item.reference, item.days) == ("PA2016000001", 30)


def test_an_answered_opportunity_rests_for_half_a_year(store, clock):
    adult = _person(store, "李强", date(1990, 6, 1))
    _policy(store, adult, "PA2026000001", covers=[Cover(E.CoverKind.DEATH, Decimal("500000"))])
    item = _listed(store)[(adult.id, Opportunity.NO_CRITICAL_ILLNESS)]
    store.resolve_today_items([(item, "电话沟通重疾保障，客户考虑中")])
    [entry] = store.contacts.of_customer(adult.id)
    assert (entry.purpose, entry.outcome) == (E.ContactPurpose.OPPORTUNITY, "缺少重疾保障")
    assert (adult.id, Opportunity.NO_CRITICAL_ILLNESS) not in _listed(store)
    clock.advance(days=QUIET_DAYS - 1)
    assert (adult.id, Opportunity.NO_CRITICAL_ILLNESS) not in _listed(store)
    clock.advance(days=2)
    assert (adult.id, Opportunity.NO_CRITICAL_ILLNESS) in _listed(store)


def test_cover_unchanged_for_three_years(store, clock):
    holder = _person(store, "周敏", date(1980, 1, 1), E.Gender.FEMALE)
    _policy(store, holder, "PA2022000001", effective_date=date(2023, 11, 24),
            covers=[Cover(E.CoverKind.CRITICAL_ILLNESS, Decimal("300000"))])  # fmt: skip
    assert (holder.id, Opportunity.REVIEW_DUE) not in _listed(store)  # three years less a day
    clock.advance(days=1)
    item = _listed(store)[(holder.id, Opportunity.REVIEW_DUE)]
    assert item.day == date(2023, 11, 24)


def _earner(store: Store, name: str, mobile: str, income: str | None) -> Customer:
    annual = Decimal(income) if income is not None else None
    return store.customers.create(Customer(name=name, gender=E.Gender.MALE, mobile=mobile, annual_income=annual))


def _raise(store: Store, customer: Customer, income: str | None) -> Customer:
    customer = store.customers.get(customer.id)
    customer.annual_income = Decimal(income) if income is not None else None
    return store.customers.update(customer)


def test_a_raised_income_with_no_new_policy_since_is_news_for_a_month(store, clock):
    earner = _earner(store, "赵磊", "13900002222", "200000")
    _policy(store, earner, "PA2020000009")
    clock.advance(days=10)
    _raise(store, earner, "300000")
    item = _listed(store)[(earner.id, Opportunity.INCOME_UP)]
    assert (item.day, item.days, item.amount) == (clock.today(), 0, Decimal("300000"))
    clock.advance(days=30)  # the thirtieth day after the raise: still news
    assert _listed(store)[(earner.id, Opportunity.INCOME_UP)].days == -30
    clock.advance(days=1)
    assert (earner.id, Opportunity.INCOME_UP) not in _listed(store)


def test_a_new_policy_after_the_raise_answers_it(store, clock):
    earner = _earner(store, "钱进", "13900003333", "100000")
    spouse = _person(store, "孙丽", date(1987, 2, 1), E.Gender.FEMALE)
    clock.advance(days=1)
    _raise(store, earner, "150000")
    assert (earner.id, Opportunity.INCOME_UP) in _listed(store)
    clock.advance(days=2)
    # a policy naming the earner as the insured counts as much as one they hold
    store.policies.create(
        Policy("PA2026000077", "平安人寿", "平安福", E.BusinessLine.LIFE, spouse.id, earner.id,
               Decimal("3000"), Decimal("500000"), effective_date=clock.today())
    )  # fmt: skip
    assert (earner.id, Opportunity.INCOME_UP) not in _listed(store)


def test_only_a_known_income_recorded_higher_is_a_raise(store, clock):
    unknown = _earner(store, "周一", "13900004444", None)
    lower = _earner(store, "吴二", "13900005555", "90000")
    same = _earner(store, "郑三", "13900006666", "90000")
    clock.advance(days=1)
    _raise(store, unknown, "500000")  # first recorded, not raised
    _raise(store, lower, "80000")
    _raise(store, same, "90000")
    listed = _listed(store)
    assert not {(c.id, Opportunity.INCOME_UP) for c in (unknown, lower, same)} & set(listed)
    _raise(store, lower, "95000")  # up again from the lower figure: a raise
    assert (lower.id, Opportunity.INCOME_UP) in _listed(store)
    _raise(store, lower, None)  # an income wiped takes its raise with it
    assert (lower.id, Opportunity.INCOME_UP) not in _listed(store)


def test_an_answered_raise_rests_and_a_later_one_is_news_again(store, clock):
    earner = _earner(store, "王五", "13900007777", "120000")
    clock.advance(days=1)
    _raise(store, earner, "160000")
    item = _listed(store)[(earner.id, Opportunity.INCOME_UP)]
    store.resolve_today_items([(item, "已约见面谈加保")])
    [entry] = store.contacts.of_customer(earner.id)
    assert (entry.purpose, entry.outcome) == (E.ContactPurpose.OPPORTUNITY, "收入提高")
    assert (earner.id, Opportunity.INCOME_UP) not in _listed(store)
    clock.advance(days=QUIET_DAYS + 1)
    _raise(store, earner, "200000")
    assert _listed(store)[(earner.id, Opportunity.INCOME_UP)].amount == Decimal("200000")
