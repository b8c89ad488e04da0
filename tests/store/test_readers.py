"""Readers never wait for the writer: each thread reads on a connection of its own (WAL), a write
transaction reads its own rows, and the lock and a key change close and reopen the readers."""

from __future__ import annotations

import threading

import pytest

from agentbook.store.api import Store
from agentbook.store.errors import ArchiveClosedError, ArchiveLockedError
from agentbook.store.keys.vault import KeyVault
from tests.store_builders import person

pytestmark = pytest.mark.both_engines

WAIT = 30  # seconds; only a broken implementation ever waits this long


def names(store: Store) -> list[str]:
    return [r[0] for r in store.db.read("SELECT name FROM customer ORDER BY id")]


def test_a_read_on_another_thread_does_not_wait_for_an_open_write(store: Store) -> None:
    store.customers.create(person("已提交"))
    inside, done = threading.Event(), threading.Event()
    seen: dict[str, object] = {}

    def writer() -> None:
        with store.db.transaction():
            store.customers.create(person("未提交"))
            seen["writer"] = names(store)  # a write transaction reads its own rows
            inside.set()
            done.wait(WAIT)  # the transaction stays open until the reader has read

    thread = threading.Thread(target=writer)
    thread.start()
    assert inside.wait(WAIT)
    seen["reader"] = names(store)  # would block on the store's lock without read connections
    seen["search"] = [h.name for h in store.search("已提交")]
    done.set()
    thread.join(WAIT)
    assert seen["writer"] == ["已提交", "未提交"]
    assert seen["reader"] == ["已提交"]  # the last commit, not the write under way
    assert seen["search"] == ["已提交"]
    assert names(store) == ["已提交", "未提交"]  # committed: every reader sees it now


@pytest.mark.file_only  # the idle lock drops the file's key
def test_the_lock_closes_the_readers_and_unlock_opens_them_again(store: Store, vault: KeyVault) -> None:
    store.customers.create(person("张三"))
    assert names(store) == ["张三"]
    store.security.lock("idle")
    with pytest.raises(ArchiveLockedError):
        names(store)
    with pytest.raises(ArchiveLockedError):
        store.search("张")
    store.security.unlock(vault.load(store.path))  # type: ignore[arg-type]
    assert names(store) == ["张三"] and [h.name for h in store.search("张")] == ["张三"]


@pytest.mark.file_only  # the file's readers; a branch's connections close with the pool
def test_a_read_after_closing_says_the_archive_is_closed(store: Store) -> None:
    store.customers.create(person("王五"))
    store.close()
    with pytest.raises(ArchiveClosedError):
        names(store)
    with pytest.raises(ArchiveClosedError):
        store.search("王")


@pytest.mark.file_only  # the file's key
def test_readers_follow_a_key_change(store: Store, vault: KeyVault) -> None:
    store.customers.create(person("李四"))
    other: list[list[str]] = []
    reader = threading.Thread(target=lambda: other.append(names(store)))  # a worker's reader exists
    reader.start()
    reader.join(WAIT)
    store.security.change_key(vault)
    assert names(store) == ["李四"]
    again = threading.Thread(target=lambda: other.append(names(store)))
    again.start()
    again.join(WAIT)
    assert other == [["李四"], ["李四"]]
