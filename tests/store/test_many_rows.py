"""``many_rows.insert_many``: the rows ``executemany`` would write, in few statements, and a
refused row named by its position with the rows before it written, as ``executemany`` leaves them."""

from __future__ import annotations

from typing import Any

import pytest
import sqlcipher3

from agentbook.store.db import many_rows
from agentbook.store.db.many_rows import Position, insert_many

SCHEMA = """
CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE item (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES person(id), label TEXT);
CREATE INDEX item_label ON item(label);
CREATE TABLE tally (person_id INTEGER PRIMARY KEY, items INTEGER NOT NULL, last_label TEXT);
CREATE TRIGGER item_tally AFTER INSERT ON item BEGIN
    INSERT INTO tally (person_id, items, last_label) VALUES (NEW.person_id, 1, NEW.label)
    ON CONFLICT (person_id) DO UPDATE SET items = items + 1, last_label = NEW.label;
END;
"""
INSERT_ITEM = "INSERT INTO item (id, person_id, label) VALUES (?,?,?)"


def database() -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.executescript(SCHEMA)
    conn.executemany("INSERT INTO person (id, name) VALUES (?,?)", [(i, f"p{i}") for i in range(1, 51)])
    conn.execute("BEGIN")
    return conn


def items(count: int) -> list[tuple[int, int, str]]:
    return [(n, n % 50 + 1, f"label {n % 7}") for n in range(1, count + 1)]


def contents(conn: sqlcipher3.Connection) -> dict[str, list[Any]]:
    return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in ("item", "tally")}


def statements(conn: sqlcipher3.Connection) -> set[str]:
    """The statements run from now on (SQLite traces a statement again at each trigger it fires)."""
    seen: set[str] = set()
    conn.set_trace_callback(seen.add)
    return seen


def test_rows_and_their_triggers_as_executemany_writes_them_in_few_statements() -> None:
    rows = items(1_234)
    expected = database()
    expected.executemany(INSERT_ITEM, rows)
    conn = database()
    seen = statements(conn)
    position = Position()
    insert_many(conn, INSERT_ITEM, rows, position)
    assert contents(conn) == contents(expected)
    assert position.handed == len(rows)
    inserts = [s for s in seen if s.startswith("INSERT INTO item")]
    assert len(inserts) == 3  # 500 + 500 + 234 rows, not one statement a row


def test_statements_stay_within_the_variable_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(many_rows, "MAX_VARIABLES", 30)  # ten rows of three values a statement
    conn = database()
    seen = statements(conn)
    insert_many(conn, INSERT_ITEM, items(25))
    assert len([s for s in seen if s.startswith("INSERT INTO item")]) == 3
    assert conn.execute("SELECT count(*) FROM item").fetchone()[0] == 25


@pytest.mark.parametrize("refused", [0, 499, 500, 777])
def test_a_refused_row_is_named_and_the_rows_before_it_stay_written(refused: int) -> None:
    rows = items(1_000)
    rows[refused] = (rows[refused][0], 999, "no such person")  # the foreign key refuses it
    expected = database()
    with pytest.raises(sqlcipher3.IntegrityError):
        expected.executemany(INSERT_ITEM, rows)
    conn = database()
    position = Position()
    with pytest.raises(sqlcipher3.IntegrityError):
        insert_many(conn, INSERT_ITEM, rows, position)
    assert position.handed - 1 == refused
    assert conn.in_transaction
    assert contents(conn) == contents(expected)
    assert conn.execute("SELECT count(*) FROM item").fetchone()[0] == refused


def test_a_row_refused_by_an_earlier_row_of_the_same_statement_is_named() -> None:
    conn = database()
    position = Position()
    rows = [(n, 1, "x") for n in range(1, 301)] + [(42, 2, "the same id again")]
    with pytest.raises(sqlcipher3.IntegrityError):
        insert_many(conn, INSERT_ITEM, rows, position)
    assert position.handed - 1 == 300


def test_other_statements_are_run_as_they_are() -> None:
    conn = database()
    seen = statements(conn)
    sql = "INSERT INTO tally (person_id, items) VALUES (?,?) ON CONFLICT (person_id) DO UPDATE SET items = items + 1"
    insert_many(conn, sql, [(1, 1), (1, 5), (2, 1)])
    assert conn.execute("SELECT person_id, items FROM tally ORDER BY 1").fetchall() == [(1, 2), (2, 1)]
    assert len([s for s in seen if s.startswith("INSERT INTO tally")]) == 3


def test_none_and_bools_are_bound_as_null_and_integers() -> None:
    """The store registers adapters for None and bool (they skip sqlcipher3's slow lookup of
    ``__adapt__``/``__conform__``); what is stored must be what binding them directly stores."""
    import agentbook.store.db.connection  # noqa: F401  (it registers the adapters)

    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v)")  # no affinity: stored as bound
    insert_many(conn, "INSERT INTO t (id, v) VALUES (?,?)", [(1, None), (2, True), (3, False)])
    conn.execute("INSERT INTO t (id, v) VALUES (?,?)", (4, None))
    rows = conn.execute("SELECT id, v, typeof(v) FROM t ORDER BY id").fetchall()
    assert rows == [(1, None, "null"), (2, 1, "integer"), (3, 0, "integer"), (4, None, "null")]
