"""Stored values read back as the domain's values, one reader per column kind: the tab pages,
the records and ``from_db`` all go through it."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from agentbook.domain import enums as E
from agentbook.store.db.mapping import from_db, reader, to_db
from agentbook.store.queries.list_specs import SPECS

# (stored value, the domain's value) for each kind: what the archive keeps and what the app shows.
SAMPLES: dict[str, list[tuple[Any, Any]]] = {
    "text": [("", ""), ("张三", "张三")],
    "int": [(0, 0), (-3, -3)],
    "money": [(0, Decimal("0.00")), (1234567, Decimal("12345.67")), (-1, Decimal("-0.01"))],
    "percent": [(0, Decimal("0")), (1250, Decimal("12.5")), (10000, Decimal("100"))],
    "date": [("2024-02-29", date(2024, 2, 29)), ("1999-12-31", date(1999, 12, 31))],
    "datetime": [("2026-11-23 08:30:00", datetime(2026, 11, 23, 8, 30))],
    "bool": [(0, False), (1, True)],
}


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_every_plain_kind_reads_its_stored_values(kind: str) -> None:
    read = reader(kind)
    for stored, shown in SAMPLES[kind]:
        for got in (from_db(kind, stored), stored if read is None else read(stored)):
            assert got == shown and type(got) is type(shown), (kind, stored, got)
        assert to_db(kind, shown) == stored  # and the value written back is the one read
    assert from_db(kind, None) is None
    assert str(from_db("percent", 10000)) == "100"  # not "1E+2"


def test_every_enum_of_every_tab_reads_each_member_and_refuses_a_stranger() -> None:
    enums = {c.enum for spec in SPECS.values() for c in spec.columns if c.kind == "enum"}
    assert E.Gender in enums and len(enums) > 5
    for enum in enums:
        assert enum is not None
        read = reader("enum", enum)
        assert read is not None
        for member in enum:
            assert read(member.value) is from_db("enum", member.value, enum)
        with pytest.raises(ValueError):
            from_db("enum", "no such value", enum)
        with pytest.raises(ValueError):
            read("no such value")


def test_only_text_and_int_pass_through() -> None:
    assert reader("text") is None and reader("int") is None
    assert all(reader(kind) is not None for kind in ("money", "percent", "date", "datetime", "bool"))


def test_every_repository_reads_its_rows_as_each_column_would(demo_store) -> None:
    """``Repository.from_row`` with its readers chosen once gives what every column's own
    ``from_db`` gives, over the demo archive's rows of every table (a column with its own
    ``from_db``, such as a product's kinds of cover, is asked itself)."""
    from agentbook.store.records.repository import Repository

    repositories = [r for r in vars(demo_store).values() if isinstance(r, Repository)]
    assert len(repositories) >= 15
    compared = 0
    for repo in repositories:
        for row in demo_store.db.read(repo.select_sql() + " ORDER BY id LIMIT 40"):
            record = repo.from_row(row)
            for column, value in zip(repo.columns, row[3:], strict=True):
                assert getattr(record, column.attr) == column.from_db(value), (repo.table, column.attr)
                compared += 1
    assert compared > 1000
