"""Faults of the environment, each ending with "nothing lost": a full disk, a writer killed
with ``kill -9`` in the middle of transactions (many times), the idle lock closing the file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from agentbook.domain.clock import ManualClock
from agentbook.store.api import Store
from agentbook.store.db.connection import open_encrypted
from agentbook.store.errors import ArchiveLockedError, DatabaseLockedError, DiskFullError, WrongKeyError
from agentbook.store.keys.vault import KeyVault, new_raw_key
from tests.archive_checks import assert_whole, snapshot
from tests.conftest import TODAY
from tests.store_builders import contact, person

ROOT = Path(__file__).resolve().parents[2]


def open_store(path: Path, vault: KeyVault, **kwargs: object) -> Store:
    return Store.open(path, vault, actor="测试经办人", clock=ManualClock(TODAY), **kwargs)  # type: ignore[arg-type]


def test_disk_full_shows_the_error_and_keeps_what_was_committed(db_path: Path, vault: KeyVault) -> None:
    store = open_store(db_path, vault, create=True)
    for n in range(5):
        store.customers.create(person(f"已存{n}"))
    committed = snapshot(store)
    pages = int(store.db.read_one("PRAGMA page_count")[0])
    store.db.conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk has two pages left
    made = 0
    with pytest.raises(DiskFullError) as info:
        for n in range(500):
            store.customers.create(person(f"新客户{n}", remarks="很长的备注" * 300))
            made += 1
    assert "磁盘空间不足" in info.value.message
    with pytest.raises(DiskFullError), store.db.transaction():  # a batch fails as one: nothing stays
        for n in range(200):
            store.customers.create(person(f"批量{n}", remarks="很长的备注" * 300))
    after = snapshot(store)["customers"]
    assert after[: len(committed["customers"])] == committed["customers"]  # type: ignore[index]
    assert len(after) == len(committed["customers"]) + made  # type: ignore[arg-type]
    store.db.conn.execute("PRAGMA max_page_count = 1073741823")  # space freed: work goes on
    store.customers.create(person("空间恢复后"))
    assert store.security.verify().ok
    store.close()
    again = open_store(db_path, vault)
    assert len(snapshot(again)["customers"]) == len(after) + 1  # type: ignore[arg-type]
    again.close()


WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[3])
    from agentbook.store.api import Store
    from agentbook.store.db.connection import RawKey
    from tests.store_builders import contact, person
    store = Store.open(sys.argv[1], credentials=RawKey(sys.argv[2]), actor="writer")
    start = store.customers.count()
    print("ready", flush=True)
    for n in range(start, start + 100000):
        with store.db.transaction():  # one customer and exactly three contacts, or nothing
            customer = store.customers.create(person(f"写入{n:05d}"))
            for _ in range(3):
                store.contacts.create(contact(customer.id))
        print(n, flush=True)
    """
)


@pytest.mark.slow
def test_kill_9_mid_transaction_many_times(tmp_path: Path, vault: KeyVault) -> None:
    path = tmp_path / "crash.db"
    key = new_raw_key()
    open_store(path, vault, create=True, credentials=key).close()
    rng = random.Random(9)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    acknowledged: list[int] = []
    seen: set[int] = set()
    for _ in range(20):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), key.hex, str(ROOT)], stdout=subprocess.PIPE, env=env, text=True
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        # Kill after a random number of acknowledged commits, however slow the machine: the writer
        # goes straight on with the next transaction, so the kill lands in the middle of one.
        read_before_kill = [proc.stdout.readline().strip() for _ in range(rng.randint(1, 12))]
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        lines = read_before_kill + proc.stdout.read().split()
        acked_now = {int(line) for line in lines if line.isdigit()}
        acknowledged += sorted(acked_now)
        proc.stdout.close()
        store = open_store(path, vault, credentials=key)
        names = [r[0] for r in store.db.read("SELECT name FROM customer ORDER BY id")]
        per_customer = store.db.read("SELECT count(*) FROM contact GROUP BY customer_id")
        assert store.verify_audit_chain() is None
        store.close()
        present = {int(name[2:]) for name in names}
        assert set(acknowledged) <= present  # every acknowledged commit survived
        # this round: at most the one customer committed just as the kill came, before its print
        assert len((present - seen) - acked_now) <= 1
        seen = present
        assert all(count == (3,) for count in per_customer)  # no half transaction
        assert_whole(path, key)
    assert len(acknowledged) > 20  # the loop really wrote between kills


class TestIdleLock:
    def test_lock_closes_the_connection_and_drops_the_key(self, db_path: Path, vault: KeyVault) -> None:
        store = open_store(db_path, vault, create=True)
        store.customers.create(person("张三"))
        before = snapshot(store)
        key = store.db.credentials.copy()  # the store's own object is wiped by the lock
        store.security.lock("idle")
        assert store.security.is_locked and store.db.key is None
        with pytest.raises(ArchiveLockedError):
            store.customers.count()
        with pytest.raises(ArchiveLockedError):
            store.search("张")
        # Really closed: the exclusive lock is gone, another connection can open the file.
        other = open_encrypted(db_path, key, create=False)
        assert other.execute("SELECT count(*) FROM customer").fetchone()[0] == 1
        other.close()
        with pytest.raises(WrongKeyError):
            store.security.unlock(new_raw_key())
        assert store.security.is_locked
        store.security.unlock(vault.load(db_path))  # type: ignore[arg-type]
        assert snapshot(store)["customers"] == before["customers"]
        actions = [e.action for e in store.audit_entries(limit=3)]
        assert actions[:2] == ["unlock", "lock"]
        store.close()

    def test_unlocked_store_holds_the_file_exclusively_again(self, db_path: Path, vault: KeyVault) -> None:
        store = open_store(db_path, vault, create=True)
        store.security.lock()
        store.security.unlock(vault.load(db_path))  # type: ignore[arg-type]
        with pytest.raises(DatabaseLockedError):
            open_encrypted(db_path, vault.load(db_path), create=False)  # type: ignore[arg-type]
        store.contacts  # noqa: B018 - the store object and its repositories survive the lock
        store.customers.create(person("李四"))
        store.close()

    def test_close_while_locked_is_quiet(self, db_path: Path, vault: KeyVault) -> None:
        store = open_store(db_path, vault, create=True)
        store.security.lock()
        store.close()
        assert_whole(db_path, vault.load(db_path))  # type: ignore[arg-type]


def test_contacts_helper_is_valid(store: Store) -> None:
    customer = store.customers.create(person("王五"))
    store.contacts.create(contact(customer.id))
