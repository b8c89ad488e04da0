"""今日 lists on boundary dates, and one-click actions that clear them."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from agentbook.domain import enums as E
from agentbook.domain.models import ContactEntry, Customer, Payment, Policy
from agentbook.store.api import Store
from agentbook.store.today import birthday_keys

TODAY = date(2026, 11, 23)


@pytest.fixture
def agent(store: Store):
    holder = store.customers.create(
        Customer(name="张三", gender=E.Gender.MALE, mobile="13900001111", birth_date=date(1980, 11, 25))
    )
    return store, holder


def policy(store, holder, no: str, expiry: date | None, effective: date = date(2020, 1, 1)) -> Policy:
    return store.policies.create(
        Policy(
            no,
            "平安人寿",
            "平安福",
            E.BusinessLine.LIFE,
            holder.id,
            holder.id,
            Decimal("1000"),
            Decimal("100000"),
            effective_date=effective,
            expiry_date=expiry,
        )
    )


def kinds(store, kind):
    return store.today_lists()[kind]


def test_expiring_window_includes_today_and_the_90th_day_only(agent):
    store, holder = agent
    policy(store, holder, "P0000001", TODAY)
    policy(store, holder, "P0000030", TODAY + timedelta(days=30))
    policy(store, holder, "P0000090", TODAY + timedelta(days=90))
    policy(store, holder, "P0000091", TODAY + timedelta(days=91))
    titles = [i.title.split()[0] for i in kinds(store, "expiring")]
    assert titles == ["P0000001", "P0000030", "P0000090"]
    first, thirtieth, _ = kinds(store, "expiring")
    assert first.detail == "今天到期" and first.urgent and thirtieth.urgent and thirtieth.days == 30


def test_payments_due_overdue_and_past_the_grace_period(agent):
    store, holder = agent
    p = policy(store, holder, "P0000100", None)
    store.payments.create(Payment(p.id, 1, TODAY - timedelta(days=61), Decimal("1000")))  # grace ended yesterday
    store.payments.create(Payment(p.id, 2, TODAY - timedelta(days=60), Decimal("1000")))  # last day of grace
    store.payments.create(Payment(p.id, 3, TODAY, Decimal("1000")))
    store.payments.create(Payment(p.id, 4, TODAY + timedelta(days=7), Decimal("1000")))
    store.payments.create(Payment(p.id, 5, TODAY + timedelta(days=8), Decimal("1000")))
    overdue = kinds(store, "payment_overdue")
    # most recently missed first: still within the grace period, then the one past it
    assert [(i.title, i.urgent) for i in overdue] == [("P0000100 第 2 期", False), ("P0000100 第 1 期", True)]
    assert "宽限期" in overdue[1].detail and "宽限期" not in overdue[0].detail
    assert [i.title for i in kinds(store, "payment_due")] == ["P0000100 第 3 期", "P0000100 第 4 期"]


def test_birthdays_this_week_and_29_february_in_a_common_year(store):
    leap = store.customers.create(
        Customer(name="李闰", gender=E.Gender.FEMALE, mobile="13900002222", birth_date=date(2000, 2, 29))
    )
    assert birthday_keys(date(2027, 2, 26))["02-29"] == 2  # 2027 is common: greeted on 28 February
    assert "02-29" not in birthday_keys(date(2028, 2, 26)) or birthday_keys(date(2028, 2, 26))["02-29"] == 3
    store.db.today = lambda: date(2027, 2, 26)
    [item] = kinds(store, "birthday")
    assert item.customer_id == leap.id and item.day == date(2027, 2, 28)


def test_one_click_birthday_greeting_creates_the_contact_and_clears_the_item(agent):
    store, holder = agent
    [item] = kinds(store, "birthday")
    assert item.days == 2
    store.resolve_today_item(item)
    assert kinds(store, "birthday") == []
    [entry] = store.contacts.of_customer(holder.id)
    assert (entry.purpose, entry.summary) == (E.ContactPurpose.BIRTHDAY, "生日祝福已发送")


def test_follow_ups_due_and_done(agent):
    store, holder = agent
    from datetime import datetime

    entry = store.contacts.create(
        ContactEntry(
            holder.id,
            datetime(2026, 11, 1, 10),
            E.ContactChannel.PHONE,
            E.ContactPurpose.INQUIRY,
            "咨询重疾险",
            follow_up_date=TODAY,
        )
    )
    store.contacts.create(
        ContactEntry(
            holder.id,
            datetime(2026, 11, 1, 11),
            E.ContactChannel.PHONE,
            E.ContactPurpose.INQUIRY,
            "下周再联系",
            follow_up_date=TODAY + timedelta(1),
        )
    )
    [item] = kinds(store, "follow_up")
    assert item.record_id == entry.id and item.detail == "今天回访"
    store.resolve_today_item(item)
    assert kinds(store, "follow_up") == [] and store.contacts.get(entry.id).follow_up_done


def test_lists_are_capped_and_counted(agent):
    store, holder = agent
    p = policy(store, holder, "P0000200", None)
    for n in range(1, 6):
        store.payments.create(Payment(p.id, n, TODAY - timedelta(days=n), Decimal("10")))
    from agentbook.store.today import UNCOUNTED, compute

    capped = compute(store.db, limit=3, count=False)
    assert len(capped["payment_overdue"]) == 3 and capped.counts["payment_overdue"] == UNCOUNTED
    assert compute(store.db, limit=3).counts["payment_overdue"] == 5
    assert store.today_counts()["payment_overdue"] == 5


def test_today_tab_counts_and_action(main_window, demo_store, qtbot):
    tab = main_window.today_tab
    assert main_window.tabs.widget(0) is tab
    kinds_shown = [tab.kinds.item(i).text() for i in range(tab.kinds.count())]
    assert kinds_shown[0].startswith("逾期保费")
    birthday_row = next(i for i in range(tab.kinds.count()) if tab.kinds.item(i).text().startswith("本周生日"))
    tab.kinds.setCurrentRow(birthday_row)
    before = tab.model.rowCount()
    assert before > 0
    tab.view.selectRow(0)
    tab.action_button.click()
    assert tab.model.rowCount() == before - 1
