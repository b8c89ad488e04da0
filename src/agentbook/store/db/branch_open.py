"""Opening the archive on a branch's PostgreSQL server (``Store.open_branch``).

The schema is brought up to date first (``pg_schema``); then the writer connection, the read
connections' factory, the first audit rows every opening writes, and the listener that hears the
other apps' commits. psycopg is imported only here and in the modules beside it: the agent
working alone never loads it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from agentbook.domain.clock import Clock
from agentbook.store.db.database import Database


def open_database(
    dsn: str, *, actor: str | None, clock: Clock | None, settle: Callable[..., None]
) -> Database:
    """The open branch archive at *dsn*; *settle* writes what every opening writes (``settle_opened``)."""
    from agentbook.store.branch.data_key import data_key_of, sealed
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

