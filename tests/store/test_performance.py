"""业绩 and 继续率 on a worked book: new business by the month a policy took effect, renewal premium
by the day it was paid, commission by the day it came in, persistency by the month the 13th- and
25th-month instalments fell due (TODAY is 2026-11-23)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agentbook.domain import enums as E
from agentbook.domain.commissions import CommissionReceipt
from agentbook.domain.grace import GraceState
from agentbook.domain.models import Customer, Payment, Policy
from agentbook.store.api import Store
from agentbook.store.queries.performance import period_starts

pytestmark = pytest.mark.both_engines


def _policy(store: Store, holder: Customer, no: str, effective: date, premium: str, **kw) -> Policy:
    return store.policies.create(
        Policy(no, "平安人寿", "平安福", E.BusinessLine.LIFE, holder.id, holder.id, Decimal(premium),
               Decimal("100000"), effective_date=effective, payment_mode=E.PaymentMode.ANNUAL, payment_years=20,
               **kw)
    )  # fmt: skip


def _paid(store: Store, policy: Policy, period: int, due: date, paid: date | None) -> None:
    payment = Payment(policy.id, period, due, policy.premium)
    if paid is not None:
        payment.status, payment.paid_date, payment.amount_paid = E.PaymentStatus.PAID, paid, policy.premium
        payment.method = E.PaymentMethod.BANK_DEBIT
    store.payments.create(payment)


@pytest.fixture
def book(store: Store) -> Store:
    holder = store.customers.create(Customer(name="张三", gender=E.Gender.MALE, mobile="13900001111"))
    _policy(store, holder, "PA2026000001", date(2026, 9, 10), "1000")
    older = _policy(store, holder, "PA2024000001", date(2024, 10, 5), "2000")
    _paid(store, older, 1, date(2024, 10, 5), date(2024, 10, 5))  # first year: new business, not renewal
    _paid(store, older, 2, date(2025, 10, 5), date(2025, 10, 8))
    _paid(store, older, 3, date(2026, 10, 5), date(2026, 10, 20))
    _policy(store, holder, "PA2026000002", date(2026, 9, 1), "500", renewal_of_id=older.id)  # a renewal: not new
    store.commission_receipts.create(CommissionReceipt(older.id, 3, date(2026, 11, 2), Decimal("300")))
    lapsing = _policy(store, holder, "PA2025000001", date(2025, 9, 15), "1200")
    _paid(store, lapsing, 2, date(2026, 9, 15), None)
    keeping = _policy(store, holder, "PA2025000002", date(2025, 9, 20), "800")
    _paid(store, keeping, 2, date(2026, 9, 20), date(2026, 9, 21))
    long = _policy(store, holder, "PA2024000002", date(2024, 8, 1), "600")
    _paid(store, long, 3, date(2026, 8, 1), date(2026, 8, 3))
    return store


def _by_label(table) -> dict:
    return {row.label: row.values for row in table.rows}


def test_new_business_renewal_premium_and_commission_by_month(book):
    months = _by_label(book.statistics("month")[0])
    assert list(months)[-1] == "2026-11" and len(months) == 12
    assert months["2026-09"][:2] == (1, Decimal("1000"))  # NEW-SEP; RENEWED is a renewal, not new business
    assert months["2026-10"][2] == Decimal("2000")  # the third instalment of OLD, paid 20 October
    assert months["2026-11"][3] == Decimal("300")


def test_quarters_and_years_add_up_their_months(book):
    quarters = _by_label(book.statistics("quarter")[0])
    assert list(quarters)[-1] == "2026Q4" and quarters["2026Q4"][2:] == (Decimal("2000"), Decimal("300"))
    years = _by_label(book.statistics("year")[0])
    assert list(years) == ["2022", "2023", "2024", "2025", "2026"]
    assert years["2025"][2] == Decimal("2000") and years["2024"][0] == 2  # the two policies of 2024


def test_persistency_by_the_month_the_instalments_fell_due(book):
    rates = _by_label(book.statistics()[1])
    assert list(rates)[-1] == "2026-10"  # complete months only
    assert rates["2026-09"][0] == Decimal("40.0")  # 800 of 2,000 due in the 13th month was paid
    assert rates["2026-08"][1] == Decimal("100.0")  # P25's 25th-month instalment
    assert rates["2026-07"] == (None, None)  # nothing fell due: no rate, not 0 %


def test_periods_of_each_kind():
    assert period_starts(date(2026, 11, 23), "quarter")[-1] == ("2026Q4", date(2026, 10, 1), date(2027, 1, 1))
    assert period_starts(date(2026, 1, 5), "month")[0][0] == "2025-02"


def test_arrears_by_where_they_stand_in_grace(store):
    holder = store.customers.create(Customer(name="李四", gender=E.Gender.MALE, mobile="13900002222"))
    in_grace = _policy(store, holder, "PA2025100001", date(2025, 10, 1), "1000")
    _paid(store, in_grace, 2, date(2026, 10, 1), None)  # 53 days late of 60
    ending = _policy(store, holder, "PA2025100002", date(2025, 10, 1), "2000", grace_days=60)
    _paid(store, ending, 2, date(2026, 9, 20), None)  # 64 days late: past grace, still shown in force
    lapsed = _policy(store, holder, "PA2024100003", date(2024, 5, 1), "3000")
    _paid(store, lapsed, 2, date(2025, 5, 1), None)
    store.mark_lapsed(lapsed.id)  # lapsed on 2025-06-30: reinstatable until 2027-06-30
    rows = {row.label: row.values for row in store.statistics()[2].rows}
    assert rows[GraceState.GRACE_ENDING] == (1, Decimal("1000"))
    assert rows[GraceState.LAPSED] == (1, Decimal("2000"))
    assert rows[GraceState.REINSTATABLE] == (1, Decimal("3000"))
    assert rows[GraceState.IN_GRACE] == (0, Decimal("0"))
