"""Plain JSON views of records: every shape of dataclass converts field by field, a new record's
view leaves its empty fields out, and the shared encoder writes what ``json.dumps`` with the same
options writes."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from agentbook.domain import enums as E
from agentbook.store.db.serialize import filled_plain, plain_json, to_json, to_plain


@dataclass
class Empty:
    pass


@dataclass(slots=True)
class One:
    when: date


@dataclass(slots=True)
class Many:
    name: str
    kind: E.Gender | None
    amount: Decimal
    at: datetime
    tags: tuple[str, ...]
    inner: One
    items: list[One] = field(default_factory=list)
    extra: dict[int, object] = field(default_factory=dict)
    flag: bool = False
    none: None = None


def test_dataclasses_of_every_size_convert_field_by_field() -> None:
    value = Many(
        "张三",
        E.Gender.MALE,
        Decimal("12.50"),
        datetime(2026, 11, 23, 9, 30, 5),
        ("a", "b"),
        One(date(2026, 1, 2)),
        [One(date(2025, 3, 4))],
        {7: One(date(2024, 5, 6)), 8: 1.5},
        True,
    )
    expected = {
        "name": "张三",
        "kind": "male",
        "amount": "12.50",
        "at": "2026-11-23 09:30:05",
        "tags": ["a", "b"],
        "inner": {"when": "2026-01-02"},
        "items": [{"when": "2025-03-04"}],
        "extra": {"7": {"when": "2024-05-06"}, "8": 1.5},
        "flag": True,
        "none": None,
    }
    assert to_plain(value) == expected
    assert to_plain(Empty()) == {}
    assert to_plain(One(date(2026, 1, 2))) == {"when": "2026-01-02"}
    assert to_plain([value, None]) == [expected, None]


def test_the_shared_encoder_writes_what_json_dumps_writes() -> None:
    value = {"b": ["张三", 1, 2.5, None, True, '\n"\\ \u2028'], "a": {"z": 1, "y": {}}, "": "x"}
    written = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert plain_json(value) == written
    assert to_json(value) == written
    assert to_json(None) is None and plain_json(None) is None


def test_the_filled_view_leaves_out_empty_fields_at_every_level() -> None:
    """What a new record's audit entry keeps: None, "" and empty lists, tuples or maps are left out, in
    the records it holds too; False, 0 and a zero amount are values and stay."""
    value = Many(
        "",
        None,
        Decimal("0.00"),
        datetime(2026, 11, 23, 9, 30, 5),
        (),
        One(date(2026, 1, 2)),
        [
            One(date(2025, 3, 4)),
            Many("李四", E.Gender.FEMALE, Decimal("1"), datetime(2026, 1, 1), ("x",), One(date(2026, 1, 1))),
        ],
        {},
        False,
    )
    assert filled_plain(value) == {
        "amount": "0.00",
        "at": "2026-11-23 09:30:05",
        "inner": {"when": "2026-01-02"},
        "items": [
            {"when": "2025-03-04"},
            {
                "name": "李四",
                "kind": "female",
                "amount": "1",
                "at": "2026-01-01 00:00:00",
                "tags": ["x"],
                "inner": {"when": "2026-01-01"},
                "flag": False,
            },
        ],
        "flag": False,
    }
    assert filled_plain(Empty()) == {}
    # Anything but a record is its plain view, whole.
    assert filled_plain({"a": None, "b": ""}) == {"a": None, "b": ""}
    assert filled_plain("") == "" and filled_plain(None) is None
