"""Recovery key at first run, opening with it when the keyring lost the key, changing the key,
and every way a key change can be interrupted — each with "nothing lost" checked."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from agentbook.domain.clock import ManualClock
from agentbook.store.api import Store
from agentbook.store.db.connection import open_encrypted
from agentbook.store.errors import DamagedFileError, KeyMissingError, KeyringLockedError, WrongKeyError
from agentbook.store.keys import recovery
from agentbook.store.keys.memory_keyring import MemoryKeyring
from agentbook.store.keys.recovery import RecoveryKeyError
from agentbook.store.keys.vault import KeyVault, new_raw_key
from tests.archive_checks import assert_whole, file_digest, snapshot
from tests.conftest import TODAY
from tests.store_builders import person

ROOT = Path(__file__).resolve().parents[2]


def open_store(path: Path, vault: KeyVault, **kwargs: object) -> Store:
    return Store.open(path, vault, actor="测试经办人", clock=ManualClock(TODAY), **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def filled(db_path: Path, vault: KeyVault) -> tuple[Store, dict[str, object]]:
    store = open_store(db_path, vault, create=True)
    for name in ("张三", "李四", "王五"):
        store.customers.create(person(name))
    return store, snapshot(store)


class TestRecoveryKey:
    def test_first_run_asks_for_confirmation_once(self, filled, db_path: Path, vault: KeyVault) -> None:
        store, _ = filled
        assert store.security.needs_recovery_confirmation()
        key = store.security.recovery_key()
        assert recovery.decode(key.text) == store.db.credentials
        store.security.confirm_recovery_key()
        assert not store.security.needs_recovery_confirmation()
        store.close()
        again = open_store(db_path, vault)
        assert not again.security.needs_recovery_confirmation()
        assert {"recovery_key_shown"} <= {e.action for e in again.audit_entries()}
        again.close()

    def test_missing_entry_then_recovery_key_restores_everything(self, filled, db_path: Path, vault: KeyVault) -> None:
        store, before = filled
        text = store.security.recovery_key().text
        store.close()
        vault.forget(db_path)
        digest = file_digest(db_path)
        with pytest.raises(KeyMissingError):
            open_store(db_path, vault)
        assert file_digest(db_path) == digest  # never a new key, never a new file
        recovered, problem = Store.open_with_recovery_key(db_path, vault, text.lower().replace("-", " "))
        assert problem is None
        after = snapshot(recovered)
        assert after["customers"] == before["customers"]
        assert {k: v for k, v in after["counts"].items() if k != "audit_log"} == {  # type: ignore[union-attr]
            k: v
            for k, v in before["counts"].items()
            if k != "audit_log"  # type: ignore[union-attr]
        }
        assert recovered.audit_entries(limit=1)[0].action == "recover"
        recovered.close()
        assert vault.load(db_path) == recovery.decode(text)
        again = open_store(db_path, vault)  # the keyring opens it again, no recovery key needed
        assert snapshot(again)["customers"] == before["customers"]
        again.close()

    def test_another_databases_recovery_key_is_refused_and_changes_nothing(
        self, filled, db_path: Path, vault: KeyVault
    ) -> None:
        store, _ = filled
        store.close()
        vault.forget(db_path)
        digest = file_digest(db_path)
        other = recovery.encode(new_raw_key()).text
        with pytest.raises(WrongKeyError):
            Store.open_with_recovery_key(db_path, vault, other)
        with pytest.raises(RecoveryKeyError):
            Store.open_with_recovery_key(db_path, vault, other[:-1] + ("A" if other[-1] != "A" else "B"))
        assert file_digest(db_path) == digest
        assert vault.load(db_path) is None

    def test_copied_database_with_a_stale_entry_is_fixed_by_the_recovery_key(
        self, filled, db_path: Path, vault: KeyVault
    ) -> None:
        store, before = filled
        text = store.security.recovery_key().text
        store.close()
        vault.store(db_path, new_raw_key())  # e.g. an older archive's key under the same path
        with pytest.raises(WrongKeyError):
            open_store(db_path, vault)
        recovered, problem = Store.open_with_recovery_key(db_path, vault, text)
        assert problem is None and snapshot(recovered)["customers"] == before["customers"]
        recovered.close()
        open_store(db_path, vault).close()

    def test_without_a_keyring_the_recovery_key_opens_for_the_session(self, filled, db_path: Path) -> None:
        store, before = filled
        text = store.security.recovery_key().text
        store.close()
        no_keyring = KeyVault(MemoryKeyring())
        no_keyring.has_backend = lambda: False  # type: ignore[method-assign]
        recovered, problem = Store.open_with_recovery_key(db_path, no_keyring, text)
        assert problem is not None  # the UI says: opened, but the key could not be kept
        assert snapshot(recovered)["customers"] == before["customers"]
        recovered.close()

    def test_passphrase_mode_has_no_recovery_key(self, tmp_path: Path, vault: KeyVault) -> None:
        store = open_store(tmp_path / "p.db", vault, create=True, passphrase="一个足够长的口令-2024")
        assert store.security.mode == "passphrase"
        assert not store.security.needs_recovery_confirmation()
        with pytest.raises(Exception, match="口令"):
            store.security.recovery_key()
        store.close()


class TestKeyChange:
    def test_change_key_issues_a_new_recovery_key(self, filled, db_path: Path, vault: KeyVault) -> None:
        store, before = filled
        old_text = store.security.recovery_key().text
        store.security.confirm_recovery_key()
        new = store.security.change_key(vault)
        assert new.text != old_text
        assert store.security.needs_recovery_confirmation()  # the new one must be stored too
        assert snapshot(store)["customers"] == before["customers"]
        assert store.audit_entries(limit=1)[0].action == "key_change"
        store.close()
        assert vault.load(db_path) == recovery.decode(new.text)
        assert vault.load_pending(db_path) is None
        with pytest.raises(WrongKeyError):
            open_encrypted(db_path, recovery.decode(old_text), create=False)
        assert_whole(db_path, recovery.decode(new.text))
        again = open_store(db_path, vault)
        assert snapshot(again)["customers"] == before["customers"]
        again.close()

    def test_keyring_refusing_the_new_key_changes_nothing(self, filled, db_path: Path, vault: KeyVault) -> None:
        store, before = filled
        old = store.db.credentials
        vault.store_pending = lambda *_a: (_ for _ in ()).throw(KeyringLockedError("locked"))  # type: ignore[method-assign]
        with pytest.raises(KeyringLockedError):
            store.security.change_key(vault)
        assert store.db.credentials == old
        store.close()
        again = open_store(db_path, KeyVault(vault.backend))
        assert snapshot(again)["customers"] == before["customers"]
        again.close()

    def test_crash_after_the_pending_entry_before_the_rekey(self, filled, db_path: Path, vault: KeyVault) -> None:
        store, before = filled
        vault.store_pending(db_path, new_raw_key())
        store.close()  # "crash": the database still has the old key
        again = open_store(db_path, vault)
        assert snapshot(again)["customers"] == before["customers"]
        assert vault.load_pending(db_path) is None  # the stale pending entry was cleared
        again.close()

    def test_crash_after_the_rekey_before_the_keyring_update(self, filled, db_path: Path, vault: KeyVault) -> None:
        store, before = filled
        new = new_raw_key()
        vault.store_pending(db_path, new)
        store.db.rekey(new)
        store.close()  # "crash": the keyring's main entry still holds the old key
        assert vault.load(db_path) != new
        again = open_store(db_path, vault)
        assert snapshot(again)["customers"] == before["customers"]
        assert again.db.credentials == new
        again.close()
        assert vault.load(db_path) == new and vault.load_pending(db_path) is None

    def test_change_passphrase(self, tmp_path: Path, vault: KeyVault) -> None:
        path = tmp_path / "p.db"
        store = open_store(path, vault, create=True, passphrase="旧口令-0123456789")
        store.customers.create(person("赵六"))
        with pytest.raises(WrongKeyError):
            store.security.change_passphrase("猜的口令-xxxxxxxx", "新口令-0123456789")
        store.security.change_passphrase("旧口令-0123456789", "新口令-0123456789")
        store.close()
        with pytest.raises(WrongKeyError):
            open_store(path, vault, passphrase="旧口令-0123456789")
        again = open_store(path, vault, passphrase="新口令-0123456789")
        assert [c.name for c in again.customers.find("1")] == ["赵六"]
        again.close()


REKEY_SCRIPT = textwrap.dedent(
    """
    import sys
    from agentbook.store.db.connection import RawKey, open_encrypted
    path, old, new = sys.argv[1], RawKey(sys.argv[2]), RawKey(sys.argv[3])
    conn = open_encrypted(path, old, create=False)
    print("ready", flush=True)
    conn.execute(new.pragma("rekey"))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print("done", flush=True)
    """
)


@pytest.mark.slow
def test_kill_9_during_rekey_never_leaves_an_unreadable_file(tmp_path: Path, vault: KeyVault) -> None:
    """A rekey killed at a random moment: exactly one of the two keys opens a whole file."""
    path = tmp_path / "rekey.db"
    store = open_store(path, vault, create=True)
    store.db.conn.execute("CREATE TABLE filler (x BLOB)")
    store.db.conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
        " INSERT INTO filler SELECT randomblob(3000) FROM n"
    )
    for name in ("张三", "李四"):
        store.customers.create(person(name))
    expected = snapshot(store)["customers"]
    keys = [store.db.credentials]
    store.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    rng = random.Random(6)
    outcomes = {"old": 0, "new": 0}
    for _ in range(8):
        new = new_raw_key()
        proc = subprocess.Popen(
            [sys.executable, "-c", REKEY_SCRIPT, str(path), keys[-1].hex, new.hex],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        opened = []
        for label, key in (("old", keys[-1]), ("new", new)):
            try:
                conn = open_encrypted(path, key, create=False)
            except (WrongKeyError, DamagedFileError):  # killed mid-checkpoint, the old key reads damage
                continue
            try:
                rows = conn.execute("SELECT id, archive_no, name, id_number, mobile FROM customer ORDER BY id")
                assert rows.fetchall() == expected
            finally:
                conn.close()
            opened.append((label, key))
        assert len(opened) == 1, opened
        outcomes[opened[0][0]] += 1
        assert_whole(path, opened[0][1])
        keys.append(opened[0][1])
    assert sum(outcomes.values()) == 8
