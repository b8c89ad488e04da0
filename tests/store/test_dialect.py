"""SQLite's date arithmetic as the branch server runs it: the native form ``dialect`` writes for a
constant step gives the very days ``sqlite_date`` (the general form) gives, NULL included."""

from __future__ import annotations

import sqlite3

import psycopg
import pytest

from agentbook.store.db import dialect
from agentbook.store.db.pg_schema import init_branch

VALUES = [
    "2026-01-31",
    "2024-02-29",
    "2026-12-31",
    "2026-03-15T10:20:30",  # a timestamp: its day is moved
    "",
    "not a day",
    None,
]
STEPS = ["+1 year", "-1 year", "+1 month", "+3 months", "-30 days", "+0 days", "+1 day", "-2 years"]


@pytest.fixture(scope="module")
def server_dsn(pg_server) -> str:
    dsn = pg_server.new_database("dialect_dates")
    init_branch(dsn)
    return dsn


def test_a_constant_step_is_the_servers_own_arithmetic_not_a_function_call() -> None:
    native = dialect.translate("SELECT date(p.effective_date, '+1 year') FROM policy p")
    assert "sqlite_date" not in native and "interval '+1 year'" in native
    # A positional value would be bound twice, a computed step is not a constant: the function.
    assert "sqlite_date" in dialect.translate("SELECT date(?, '+1 day')")
    assert "sqlite_date" in dialect.translate("SELECT date(:today, '-' || :grace || ' days')")
    assert "sqlite_date" in dialect.translate("SELECT date(x, 'start of month', '+1 month') FROM t")


def test_both_forms_give_the_same_days_on_the_server(server_dsn: str) -> None:
    with psycopg.connect(server_dsn, autocommit=True) as conn:
        for step in STEPS:
            native = dialect.translate(f"SELECT date(v, '{step}') FROM (SELECT CAST(:value AS text) AS v) t")
            assert "sqlite_date" not in native
            for value in VALUES:
                general = conn.execute("SELECT sqlite_date(%s, %s)", (value, step)).fetchone()
                fast = conn.execute(native.encode(), {"value": value}).fetchone()
                assert fast == general, (value, step)


def test_days_and_years_match_sqlite_itself(server_dsn: str) -> None:
    """Month steps from a month's end differ between the engines (SQLite runs over into the next
    month, PostgreSQL stops at its last day) in both forms alike; whole days and years agree."""
    lite = sqlite3.connect(":memory:")
    with psycopg.connect(server_dsn, autocommit=True) as conn:
        for step in ("+1 day", "-30 days", "+0 days", "+1 year", "-2 years"):
            native = dialect.translate(f"SELECT date(v, '{step}') FROM (SELECT CAST(:value AS text) AS v) t")
            for value in ("2026-01-31", "2026-12-31", "2026-03-15T10:20:30", "", "not a day", None):
                expected = lite.execute(f"SELECT date(?, '{step}')", (value,)).fetchone()
                assert conn.execute(native.encode(), {"value": value}).fetchone() == expected, (value, step)
