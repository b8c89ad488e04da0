"""Opening the archive on a branch's PostgreSQL server (``Store.open_branch``).

The schema is brought up to date first (``pg_schema``); then the writer connection, the read
connections' factory, the first audit rows every opening writes, and the listener that hears the
other apps' commits. psycopg is imported only here and in the modules beside it: the agent
working alone never loads it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from agentbook.domain.clock import Clock
from agentbook.store.db.database import Database


def open_database(
    dsn: str, *, actor: str | None, clock: Clock | None, settle: Callable[..., None]
) -> Database:
    """The open branch archive at *dsn*; *settle* writes what every opening writes (``api._settle``)."""
    from agentbook.store.branch.rules import ROLES
    from agentbook.store.db import pg_schema
    from agentbook.store.db.pg_changes import Listener
    from agentbook.store.db.pg_connection import PgConnection, with_password

    found = pg_schema.open_branch_schema(dsn)
    conn = PgConnection.connect(dsn)
    try:
        sealer = data_key_of(conn, dsn, clock)
    except BaseException:
        conn.close()
        raise
    conn.sealer = sealer
    info = conn.raw.info
    where = f"{info.host}:{info.port}/{info.dbname}"
    db = Database(
        conn,
        Path(info.dbname),
        None,
        # Each person signs in with their own login: it names them in the audit log (the
        # branch's shared settings hold no one person's name).
        actor=actor or info.user,
        clock=clock,
        open_reader=lambda _key: sealed(PgConnection.connect(dsn), sealer),
        branch=where,
    )
    db.person = info.user
    db.roles = frozenset(r for r in ROLES if db.read_int("SELECT ab_is(?)::int", (r,)))
    try:
        settle(db, found, named=True, summary=f"postgresql://{where}")
    except BaseException:
        db.close()
        raise
    db.listener = Listener(dsn, db.changes, info.backend_pid).start()
    db.branch_dsn = with_password(dsn, None)
    db.set_branch_login(dsn)
    return db


def sealed(conn: Any, sealer: Any) -> Any:
    """*conn* carrying the branch's data key (readers share the writer's: no second unwrap)."""
    conn.sealer = sealer
    return conn


def data_key_of(conn: Any, dsn: str, clock: Clock | None) -> Any:
    """The signed-in person's data key (``store/branch/data_key``); the database's owner makes
    it at the first opening of a branch that has none, sealing what was written in clear."""
    from agentbook.domain.clock import SystemClock, timestamp_text
    from agentbook.store.branch import data_key, sealed_rows
    from agentbook.store.db import pg_schema

    password = data_key.password_of(dsn)
    if not data_key.has_key(conn) and pg_schema.is_owner(conn.raw):
        at = timestamp_text((clock or SystemClock()).now())
        conn.execute("BEGIN")
        try:
            conn.execute("LOCK TABLE branch_key_check IN EXCLUSIVE MODE")  # two owners opening at once
            if not data_key.has_key(conn):
                sealer = data_key.make(conn, conn.raw.info.user, password, at)
                sealed_rows.seal_existing(conn, sealer)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return data_key.obtain(conn, password)
