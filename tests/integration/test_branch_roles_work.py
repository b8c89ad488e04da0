"""Each role's daily work runs on the branch under the server's rules: an agent's and a manager's
Today, lists, statistics, search and 360 view read only what the rules let them read."""

from __future__ import annotations

from datetime import datetime

from agentbook.domain.clock import ManualClock
from agentbook.store.api import Store
from tests.branch_people import as_login
from tests.conftest import TODAY


def _open(dsn: str, login: str) -> Store:
    return Store.open_branch(as_login(dsn, login), clock=ManualClock(datetime.combine(TODAY, datetime.min.time())))


def test_an_agent_and_a_manager_work_through_the_day(branch_people):
    dsn, thirds = branch_people
    for login in ("wang", "boss"):
        store = _open(dsn, login)
        try:
            report = store.today_lists()
            customers = {i.customer_id for items in report.items.values() for i in items}
            if login == "wang":
                assert customers <= set(thirds["wang"])
            store.statistics_overview() if hasattr(store, "statistics_overview") else None
            cid = thirds["wang"][0]
            assert store.customer_360(cid).customer.id == cid
            assert all(h.customer_id in thirds["wang"] for h in store.search("1")) or login == "boss"
        finally:
            store.close()


def test_an_agents_writes_keep_todays_summaries_through_the_servers_triggers(branch_people):
    """An agent may not write the summaries, yet every write of theirs keeps them current: the
    triggers run as the owner."""
    from decimal import Decimal

    from agentbook.domain.enums import PaymentMethod

    dsn, thirds = branch_people
    store = _open(dsn, "wang")
    try:
        mine = set(thirds["wang"])
        due = store.db.read(
            "SELECT y.id, y.amount_due FROM payment y JOIN policy p ON p.id = y.policy_id"
            " WHERE y.status = 'due' ORDER BY y.due_date LIMIT 1"
        )
        assert due, "the demo gives an agent instalments due"
        store.mark_paid(
            due[0][0], amount=Decimal(due[0][1]) / 100, paid_date=store.today(), method=PaymentMethod.TRANSFER
        )
        for income in (Decimal(100000), Decimal(150000)):  # known, then raised
            customer = store.customers.get(min(mine))
            customer.annual_income = income
            store.customers.update(customer)
        raised = store.db.read_int(
            "SELECT count(*) FROM cover_summary WHERE customer_id = ? AND income_raised_at IS NOT NULL", (customer.id,)
        )
        assert raised == 1
        report = store.today_lists()
        assert {i.customer_id for items in report.items.values() for i in items} <= mine
    finally:
        store.close()
