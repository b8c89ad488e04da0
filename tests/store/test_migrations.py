"""Numbered migrations in ``PRAGMA user_version``: from an empty file, idempotent, all or nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from agentbook.domain.clock import ManualClock
from agentbook.domain.cover import SEED_PRODUCTS
from agentbook.store.api import Store
from agentbook.store.db import migrations
from agentbook.store.db.connection import open_encrypted
from agentbook.store.db.migrations import LATEST_VERSION, NewerSchemaError, migrate, schema_version
from agentbook.store.errors import (
    BugError,
)
from agentbook.store.keys.vault import KeyVault, new_raw_key
from tests.conftest import TODAY
from tests.store_builders import person

TABLES = {
    "setting",
    "archive_sequence",
    "customer",
    "customer_tag",
    "relationship",
    "policy",
    "beneficiary",
    "payment",
    "claim",
    "claim_material",
    "claim_status_history",
    "contact",
    "audit_log",
    "customer_fts",
    "customer_gram",
}


def schema(conn) -> list[tuple]:  # type: ignore[no-untyped-def]
    return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()


def test_migrate_an_empty_encrypted_file(tmp_path: Path) -> None:
    conn = open_encrypted(tmp_path / "empty.db", new_raw_key(), create=True)
    try:
        assert schema_version(conn) == 0
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
        assert migrate(conn) == 0
        assert schema_version(conn) == LATEST_VERSION
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert names >= TABLES
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert triggers >= {"audit_log_no_update", "audit_log_no_delete"}
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_second_migrate_is_a_no_op(tmp_path: Path) -> None:
    conn = open_encrypted(tmp_path / "empty.db", new_raw_key(), create=True)
    try:
        migrate(conn)
        before = schema(conn)
        calls: list[int] = []
        assert migrate(conn, before_migrating=calls.append) == LATEST_VERSION
        assert calls == []
        assert schema(conn) == before
    finally:
        conn.close()


def test_store_reopen_does_not_rerun(db_path: Path, vault: KeyVault) -> None:
    store = Store.open(db_path, vault, create=True, clock=ManualClock(TODAY))
    assert store.schema_version == LATEST_VERSION
    store.customers.create(person("张三"))
    shape = schema(store.db.conn)
    store.close()

    again = Store.open(db_path, vault, clock=ManualClock(TODAY))
    try:
        assert again.schema_version == LATEST_VERSION
        assert schema(again.db.conn) == shape
        assert again.customers.count() == 1
        actions = [e.action for e in reversed(again.audit_entries())]
        assert actions.count("create") == 2  # the database once, the customer once
        assert actions[0] == "create" and actions[-1] == "open"
        assert actions.count("open") == 2
    finally:
        again.close()
    assert sorted(p.name for p in db_path.parent.iterdir() if ".bak" in p.name) == []


def test_newer_schema_is_refused_and_file_left_alone(db_path: Path, vault: KeyVault) -> None:
    store = Store.open(db_path, vault, create=True)
    store.db.conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    store.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(NewerSchemaError):
        Store.open(db_path, vault)
    assert db_path.exists()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_failed_migration_rolls_back_after_a_backup(
    db_path: Path, vault: KeyVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A migration that breaks half-way leaves the previous schema and data intact, and an
    encrypted backup of the previous version was written first."""
    store = Store.open(db_path, vault, create=True)
    store.customers.create(person("张三"))
    shape = schema(store.db.conn)
    store.close()

    # The next version re-runs the first script, which fails at its first CREATE TABLE.
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, "schema_v1.sql"))
    monkeypatch.setattr(migrations, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(BugError):
        Store.open(db_path, vault)
    monkeypatch.undo()

    backup = db_path.with_name(f"{db_path.name}.v{LATEST_VERSION}.bak")
    assert backup.exists()
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    again = Store.open(db_path, vault)
    try:
        assert again.schema_version == LATEST_VERSION
        assert schema(again.db.conn) == shape
        assert [c.name for c in again.customers.find("1")] == ["张三"]
    finally:
        again.close()
    conn = open_encrypted(backup, vault.load(db_path), create=False)  # type: ignore[arg-type]
    try:
        assert schema_version(conn) == LATEST_VERSION
        assert conn.execute("SELECT name FROM customer").fetchall() == [("张三",)]
    finally:
        conn.close()


def test_migrations_from_an_empty_file(store, db_path, vault):
    assert store.schema_version == LATEST_VERSION
    store.close()
    again = Store.open(db_path, vault)
    assert again.schema_version == LATEST_VERSION
    assert [e.action for e in again.audit_entries()][:2] == ["open", "open"]
    again.close()


def test_older_schema_is_backed_up_then_migrated(store, db_path, vault):
    conn = store.db.conn
    for (trigger,) in conn.execute(  # migration 13
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%row_count%'"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP TABLE row_count")
    for (trigger,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND (sql LIKE '%cover_summary%'"
        " OR sql LIKE '%policy_arrears%' OR sql LIKE '%relationship_news%' OR sql LIKE '%annuity_policy%')"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {trigger}")
    for table in ("policy_arrears", "cover_summary", "relationship_news", "annuity_policy"):  # migration 12
        conn.execute(f"DROP TABLE {table}")
    for index in ("policy_new_personal", "contact_purpose_policy"):
        conn.execute(f"DROP INDEX {index}")
    conn.execute("DROP INDEX contact_policy_purpose")
    conn.execute("DROP INDEX contact_customer_purpose")
    for index in (
        "policy_in_force_expiry",
        "policy_renewal_of",
        "payment_unpaid",
        "payment_unpaid_policy",
        "customer_birthday",
        "contact_claim_purpose",
        "policy_live_premium",
        "policy_expiry_term",
    ):
        conn.execute(f"DROP INDEX {index}")  # migration 3
    for trigger in ("access_log_no_update", "access_log_no_delete"):  # migration 11
        conn.execute(f"DROP TRIGGER {trigger}")
    for table in ("access_log", "change_request", "customer_share"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DROP INDEX customer_owner")
    conn.execute("ALTER TABLE customer DROP COLUMN owner")
    conn.execute("DROP TABLE attachment_text")  # migration 7, before the attachments it refers to
    conn.execute("DROP TABLE complaint")
    for table in ("audit_key", "destruction_record", "consent_event", "subject_request"):  # migration 4
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DROP INDEX customer_retention")
    for table in (  # migration 5 (children first)
        "attachment_content",
        "attachment",
        "paper_location",
        "loan",
        "commission_rule",
        "commission_receipt",
        "merge_record",
        "not_duplicate",
    ):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DROP INDEX payment_paid_on")
    for table in ("policy_cover", "product", "policy_service"):  # migration 6
        conn.execute(f"DROP TABLE {table}")
    conn.execute("ALTER TABLE policy DROP COLUMN grace_days")  # migration 8
    for index in ("relationship_created", "contact_purpose_at"):  # migration 9
        conn.execute(f"DROP INDEX {index}")
    conn.execute("PRAGMA user_version = 1")
    store.close()
    again = Store.open(db_path, vault)
    assert again.schema_version == LATEST_VERSION
    backup = db_path.with_name(db_path.name + ".v1.bak")
    assert backup.exists() and not backup.read_bytes().startswith(b"SQLite format 3")
    indexes = {r[0] for r in again.db.read("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"contact_policy_purpose", "contact_customer_purpose"} <= indexes
    assert {"payment_unpaid", "complaint_open_deadline", "policy_cover_kind", "attachment_text_customer"} <= indexes
    assert dict(again.db.read("SELECT name, n FROM row_count"))["customer"] == 0
    # the product catalogue arrives with migration 6, filled with the common products
    assert len(again.products.catalogue()) == len(SEED_PRODUCTS)
    again.close()
