"""A column's reader converts exactly as ``from_db`` does: the tab pages use the one, records the other."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from agentbook.domain import enums as E
from agentbook.store.db.mapping import from_db, reader, to_db
from agentbook.store.queries.listing import SPECS

SAMPLES: dict[str, list[Any]] = {
    "text": ["", "张三", "KH2024000001"],
    "int": [0, 7, -3],
    "money": [to_db("money", Decimal("0")), to_db("money", Decimal("12345.67")), to_db("money", Decimal("-0.01"))],
    "percent": [0, 1250, 10000],
    "date": ["2024-02-29", "1999-12-31"],
    "datetime": ["2026-11-23 08:30:00", "2000-01-01 00:00:00"],
    "bool": [0, 1],
}


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_every_plain_kind_reads_as_from_db(kind: str) -> None:
    read = reader(kind)
    for value in SAMPLES[kind]:
        expected = from_db(kind, value)
        got = value if read is None else read(value)
        assert got == expected and type(got) is type(expected), (kind, value)


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
    assert reader("date")("2024-02-29") == date(2024, 2, 29)  # type: ignore[misc]
    assert reader("datetime")("2026-11-23 08:30:00") == datetime(2026, 11, 23, 8, 30)  # type: ignore[misc]


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
