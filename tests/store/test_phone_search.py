"""Searching by telephone number: any way of writing a stored number finds its customer."""

from __future__ import annotations

import pytest

from agentbook.store.api import Store
from tests.store_builders import enterprise, person

pytestmark = pytest.mark.both_engines


def names(store: Store, text: str) -> list[str]:
    return [h.name for h in store.search(text)]


@pytest.fixture
def numbers(store: Store) -> None:
    store.customers.create(person("手机客户", mobile="＋86 138-1234-5678"))
    store.customers.create(enterprise("分机公司", mobile="", phone="(010) 6234 5678 ext. 801"))
    store.customers.create(enterprise("热线公司", mobile="", phone="400 810 8888"))


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("5678", ["分机公司", "手机客户"]),
        ("12345678", ["手机客户"]),
        ("+86 138 1234 5678", ["手机客户"]),
        ("138-1234-5678", ["手机客户"]),
        ("013812345678", ["手机客户"]),
        ("8613812345678", ["手机客户"]),
        ("１３８１２３４５６７８", ["手机客户"]),
        ("62345678", ["分机公司"]),
        ("(010) 6234-5678", ["分机公司"]),
        ("+86 10 6234 5678", ["分机公司"]),
        ("010-62345678 转801", ["分机公司"]),
        ("400-810-8888", ["热线公司"]),
        ("8108888", ["热线公司"]),
    ],
)
def test_numbers_are_found_however_they_are_typed(store: Store, numbers: None, query: str, found: list[str]) -> None:
    assert sorted(names(store, query)) == sorted(found)


def test_numbers_are_stored_in_one_form(store: Store, numbers: None) -> None:
    stored = {c.name: (c.mobile, c.phone) for c in store.customers.find("1 = 1", ())}
    assert stored == {
        "手机客户": ("13812345678", ""),
        "分机公司": ("", "010-62345678 转801"),
        "热线公司": ("", "400-810-8888"),
    }


def test_a_dashed_archive_number_is_not_mistaken_for_a_number(store: Store) -> None:
    store.db.set_setting("archive_no_pattern", "{year}-{seq:06d}")
    owner = store.customers.create(person("档案主人"))
    assert owner.archive_no == "2026-000001"
    assert names(store, "2026-000001") == ["档案主人"]
