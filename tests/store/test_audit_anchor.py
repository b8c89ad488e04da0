"""The audit chain's head kept outside the file: cutting the newest entries, all of them, or
rewriting the whole chain on a raw connection with the key is reported by "校验完整性" — in
keyring mode and in passphrase mode. Tampering is done on a separate raw SQLCipher connection
to the closed archive, as an attacker holding the key would."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from agentbook.store.api import Store
from agentbook.store.audit import anchor as audit_anchor
from agentbook.store.db.connection import Passphrase
from agentbook.store.keys.vault import KeyVault
from tests.archive_checks import filled, recompute_chain, tamper
from tests.store_builders import person

PASSPHRASE = "anchor test passphrase 锚"


def reopen(path, vault, clock, **kwargs) -> Store:
    return Store.open(path, vault, actor="测试", clock=clock, **kwargs)


@pytest.mark.parametrize("cut", ["1", "5", "all"])
def test_cutting_the_newest_entries_is_named(db_path, vault, clock, cut):
    creds = filled(db_path, vault, clock)
    where = {
        "1": "id = (SELECT max(id) FROM audit_log)",
        "5": "id > (SELECT max(id) - 5 FROM audit_log)",
        "all": "1",
    }[cut]
    tamper(db_path, creds, f"DELETE FROM audit_log WHERE {where}")
    store = reopen(db_path, vault, clock)
    try:
        verdict = store.security.verify_audit()
        assert verdict.broken_at is None  # the hash chain alone sees nothing wrong …
        assert verdict.truncation is not None and not verdict.ok  # … the anchor does
        anchored = verdict.truncation.anchored
        assert verdict.truncation.first_missing == (1 if cut == "all" else anchored.last_id - int(cut) + 1)
        assert "截短" in verdict.truncation.describe()
        assert store.verify_audit_chain() == verdict.truncation.first_missing
        store.customers.create(person("之后"))  # new entries reuse the ids of the cut ones
        assert store.security.verify_audit().truncation == verdict.truncation
        store.close()
        store = reopen(db_path, vault, clock)
        assert store.security.verify_audit().truncation is not None
    finally:
        store.close()


def test_a_recomputed_chain_is_detected(db_path, vault, clock):
    creds = filled(db_path, vault, clock)
    tamper(db_path, creds, "DELETE FROM audit_log WHERE id IN (3, 4)")
    recompute_chain(db_path, creds)
    store = reopen(db_path, vault, clock)
    try:
        verdict = store.security.verify_audit()
        assert verdict.broken_at is None and verdict.truncation is not None
        assert verdict.truncation.first_missing == 3
    finally:
        store.close()


def test_an_entry_cut_from_the_middle_is_named_though_the_head_is_unchanged(db_path, vault, clock):
    creds = filled(db_path, vault, clock)
    tamper(db_path, creds, "DELETE FROM audit_log WHERE id = 3")
    store = reopen(db_path, vault, clock)
    try:
        truncation = store.security.verify_audit().truncation
        assert truncation is not None and truncation.first_missing == 3
        assert truncation.found == truncation.anchored.count - 1
    finally:
        store.close()


def test_the_opening_count_reads_an_index_not_the_logs_rows(store):
    """Every page of the log's own table would be decrypted at each opening."""
    steps = [r[3] for r in store.db.conn.execute(f"EXPLAIN QUERY PLAN {audit_anchor.UPTO_SQL}", (1,))]
    reads = [s for s in steps if "audit_log" in s]
    assert reads[0].startswith("SCAN audit_log USING COVERING INDEX")
    assert reads[1:] == ["SEARCH audit_log USING INTEGER PRIMARY KEY (rowid>?)"]


def test_an_untouched_archive_stays_whole_across_backups_restores_and_many_commits(db_path, vault, clock, tmp_path):
    creds = filled(db_path, vault, clock)
    store = reopen(db_path, vault, clock)
    try:
        for n in range(audit_anchor.EVERY_COMMITS + 3):
            store.customers.create(person(f"多{n}"))
        assert store.security.verify_audit().ok
        source = store.security.backup(tmp_path / "b.db").path
        store.customers.create(person("备份后"))
        store.security.restore(store.security.stage_restore(source))  # an older chain, legitimately
        assert store.security.verify_audit().ok and store.verify_audit_chain() is None
    finally:
        store.close()
    assert creds is not None


def test_the_keyring_gets_the_head_now_and_then_not_on_every_commit(db_path, vault, clock, memory_keyring):
    store = Store.open(db_path, vault, create=True, actor="测试", clock=clock)
    try:
        writes = []
        original = vault.store_text
        vault.store_text = lambda *a: (writes.append(a), original(*a))  # count the keyring calls
        for n in range(audit_anchor.EVERY_COMMITS * 2):
            store.customers.create(person(f"频{n}"))
        assert 1 <= len(writes) <= 3
    finally:
        store.close()
    assert audit_anchor.KeyringAnchor(vault, db_path).load() is not None


def test_passphrase_mode_anchors_in_the_profile_not_beside_the_archive(db_path, clock):
    keyring.set_keyring(fail.Keyring())
    vault = KeyVault()
    creds = filled(db_path, vault, clock, passphrase=PASSPHRASE)
    place = audit_anchor.FileAnchor(db_path)
    assert place.load() is not None and db_path.parent not in place.file.parents
    tamper(db_path, Passphrase(PASSPHRASE), "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    store = reopen(db_path, vault, clock, passphrase=PASSPHRASE)
    try:
        assert store.security.verify_audit().truncation is not None
    finally:
        store.close()
    assert creds is not None
