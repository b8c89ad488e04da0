"""Change events: each commit says what it changed; a rollback and a read say nothing."""

from __future__ import annotations

import threading

import pytest

from agentbook.store.api import Store
from agentbook.store.db.changes import Change
from tests.store_builders import contact, person, policy

pytestmark = pytest.mark.both_engines


def listen(store: Store) -> list[Change]:
    heard: list[Change] = []
    store.changes.subscribe(heard.append)
    return heard


def test_a_commit_names_its_entities_ids_and_customers(store: Store) -> None:
    heard = listen(store)
    holder = store.customers.create(person("张三"))
    assert heard[-1].entities == {"customer"} and heard[-1].ids == {"customer": {holder.id}}
    assert heard[-1].customers == {holder.id}
    insured = store.customers.create(person("张小明", male=True))
    made = store.policies.create(policy(holder.id, insured.id))
    change = heard[-1]
    assert "policy" in change.entities and made.id in change.ids["policy"]
    assert {holder.id, insured.id} <= change.customers  # both parties' views must reload
    assert change.concerns_customer(insured.id) and not change.concerns_customer(999_999, {"policy"})
    assert change.touches({"policy"}) and not change.touches({"claim"})


def test_one_transaction_is_one_event(store: Store) -> None:
    heard = listen(store)
    with store.db.transaction():
        customer = store.customers.create(person("李四"))
        for _ in range(3):
            store.contacts.create(contact(customer.id))
    assert len(heard) == 1
    assert heard[0].entities == {"customer", "contact"} and len(heard[0].ids["contact"]) == 3


def test_a_rollback_announces_nothing(store: Store) -> None:
    heard = listen(store)
    with pytest.raises(RuntimeError), store.db.transaction():
        store.customers.create(person("王五"))
        raise RuntimeError("the user cancelled")
    assert heard == []
    store.customers.create(person("赵六"))  # the failed transaction's rows are not carried into the next event
    assert [c.ids for c in heard] == [{"customer": {store.customers.find("name = ?", ("赵六",))[0].id}}]


def test_reads_exports_and_reveals_change_nothing(store: Store) -> None:
    customer = store.customers.create(person("钱七"))
    heard = listen(store)
    store.record_event("reveal", "customer", customer.id, customer_id=customer.id, summary="customers")
    store.record_event("export", "workbook", summary="agentbook.xlsx")
    assert heard == []


def test_a_setting_concerns_every_view_of_its_kind(store: Store) -> None:
    heard = listen(store)
    store.db.set_setting("grace_days", "60")
    assert heard[-1].unowned == {"setting"} and heard[-1].concerns_customer(1, {"setting"})


def test_a_failing_listener_does_not_undo_the_commit(store: Store) -> None:
    def broken(_change: Change) -> None:
        raise ValueError("listener bug")

    store.changes.subscribe(broken)
    heard = listen(store)
    saved = store.customers.create(person("孙八"))
    assert store.customers.get(saved.id).name == "孙八" and heard


def test_events_come_from_the_thread_that_wrote(store: Store) -> None:
    threads: list[str] = []
    store.changes.subscribe(lambda _c: threads.append(threading.current_thread().name))
    worker = threading.Thread(target=lambda: store.customers.create(person("周九")), name="writer")
    worker.start()
    worker.join()
    assert threads == ["writer"]  # the UI's bridge turns this into a queued signal


def test_unsubscribed_listeners_hear_nothing(store: Store) -> None:
    heard: list[Change] = []
    stop = store.changes.subscribe(heard.append)
    stop()
    store.customers.create(person("吴十"))
    assert heard == []
