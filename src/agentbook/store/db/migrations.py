"""Numbered schema migrations tracked in ``PRAGMA user_version``.

Each migration is one SQL file run in one transaction together with the version bump, so a
failed migration leaves the previous schema intact. An existing database is backed up (an
encrypted copy beside it) before it is migrated.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

import sqlcipher3

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.errors import BugError, KnownError

MIGRATIONS: tuple[str, ...] = (
    "schema_v1.sql",
    "schema_v2.sql",
    "schema_v3.sql",  # the working day: complaints, Today indexes
    "schema_v4.sql",  # trust: audit sealing keys, destruction records, consent, subject requests
    "schema_v5.sql",  # archive: attachments, paper files and loans, commissions, merges
    "schema_v6.sql",  # advice: kinds of cover of policies and riders, the product catalogue
    "schema_v7.sql",  # reading scans: the OCR text of attachments
    "schema_v8.sql",  # a policy's own grace period
    "schema_v9.sql",  # indexes of the Today view's opportunities
    "schema_v10.sql",  # scan clean-up: a cleaned page names its original
    "schema_v11.sql",  # a branch's people: customer owners, shares, change approval, access log
    "schema_v12.sql",  # the Today view's summaries: arrears, cover per customer, family news
    "schema_v13.sql",  # the local archive's row counts of the listed tables
)
LATEST_VERSION = len(MIGRATIONS)


class NewerSchemaError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "数据库由更新版本的 agentbook 创建，请升级程序后再打开。")


def schema_version(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlcipher3.Connection, before_migrating: Callable[[int], object] | None = None) -> int:
    """Bring the schema to ``LATEST_VERSION``; returns the version found before."""
    found = schema_version(conn)
    if found > LATEST_VERSION:
        raise NewerSchemaError(f"user_version {found} > {LATEST_VERSION}")
    if found == LATEST_VERSION:
        return found
    if found > 0 and before_migrating is not None:
        before_migrating(found)
    for version in range(found + 1, LATEST_VERSION + 1):
        script = resources.files("agentbook.store.db").joinpath(MIGRATIONS[version - 1]).read_text("utf-8")
        try:
            conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;")
        except sqlcipher3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise BugError(f"migration {version} failed: {exc}") from exc
    return found
