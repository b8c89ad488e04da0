"""Every date and timestamp a store writes comes from the clock it was opened with."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from agentbook.domain.clock import ManualClock
from agentbook.domain.complaints import Complaint, ComplaintChannel
from agentbook.store.api import Store
from agentbook.store.queries import today as today_lists
from tests.store_builders import contact, person

pytestmark = pytest.mark.both_engines


def test_records_audit_rows_and_settings_are_dated_by_the_clock(store: Store, clock: ManualClock) -> None:
    customer = store.customers.create(person("张三"))
    assert customer.created_at == customer.updated_at == clock.now()
    clock.advance(days=3, hours=2)
    customer.remarks = "三天后改"
    customer = store.customers.update(customer)
    assert customer.updated_at == clock.now() and customer.created_at == clock.now().replace(day=23, hour=9)
    store.db.set_setting("agency_name", "阳光保险代理")
    stamped = store.db.read_one("SELECT updated_at FROM setting WHERE key = 'agency_name'")
    assert stamped == (clock.now().isoformat(sep=" "),)
    newest = store.audit_entries(limit=1)[0]
    assert newest.at == clock.now().isoformat(sep=" ")


def test_one_click_actions_are_dated_by_the_clock_on_any_day(store: Store, clock: ManualClock) -> None:
    """Today's one-click action writes a contact entry at the clock's moment, even years ahead."""
    clock.set(datetime(2032, 2, 29, 16, 45))
    customer = store.customers.create(person("李四"))
    follow_up = store.contacts.create(contact(customer.id, follow_up_date=clock.today()))
    items = [i for i in today_lists.compute(store.db).items["follow_up"] if i.record_id == follow_up.id]
    assert items, "the follow-up due today is listed"
    entry_id = today_lists.resolve(store, items[0])
    assert store.contacts.get(entry_id).contacted_at == datetime(2032, 2, 29, 16, 45)


def test_closing_a_complaint_is_dated_by_the_clock(store: Store, clock: ManualClock) -> None:
    customer = store.customers.create(person("王五"))
    complaint = store.complaints.create(
        Complaint(customer.id, clock.now(), ComplaintChannel.PHONE, "回访电话太多", clock.today() + timedelta(days=15))
    )
    clock.advance(days=2, minutes=5)
    closed = store.complaints.close(complaint.id, resolution="已致歉", feedback="满意")
    assert closed.closed_at == clock.now()
