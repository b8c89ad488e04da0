"""Digits typed into the search box: SQLite drops the candidates whose numbers only hold them in
the middle before Python ranks them, and what the search returns is exactly what ranking every
candidate returned (same customers, ranks, reasons and order)."""

from __future__ import annotations

import random

import pytest

from agentbook.store.api import Store
from agentbook.store.queries import search
from tests.store_builders import person

pytestmark = pytest.mark.usefixtures("demo_store")


def _digit_terms(store: Store) -> list[str]:
    """Heads, tails and middles of every kind of number the archive holds, and names with digits."""
    rng = random.Random(3)
    terms: set[str] = set()
    numbers = [
        n
        for row in store.db.read("SELECT mobile, id_number, archive_no, phone FROM customer")
        for n in row
        if n
    ] + [r[0] for r in store.db.read("SELECT policy_no FROM policy")]
    for number in numbers:
        digits = "".join(ch for ch in number if ch.isdigit())
        for size in (3, 4, 6, 8, 9):
            if len(digits) >= size:
                start = rng.randrange(len(digits) - size + 1)
                terms.update((digits[:size], digits[-size:], digits[start : start + size]))
    return sorted(terms)


def _everything(store: Store, monkeypatch: pytest.MonkeyPatch, term: str) -> list[search.SearchHit]:
    """The search with every candidate the full-text index finds handed to the ranking."""
    with monkeypatch.context() as patched:
        patched.setattr(search, "_NUMBER_PLACES", "1")
        return store.search(term)


def test_digits_find_what_ranking_every_candidate_found(store: Store, monkeypatch):
    store.customers.create(person("王3号", mobile="13900001234"))  # a name with digits ranks as a name
    terms = [*_digit_terms(store), "3", "31", "0000", "1234"]
    assert len(terms) > 500
    found = 0
    for term in terms:
        assert store.search(term) == _everything(store, monkeypatch, term), term
        found += bool(store.search(term))
    assert found > len(terms) // 2


def test_digits_inside_a_number_are_dropped_before_ranking(store: Store):
    [(mobile,)] = store.db.read("SELECT mobile FROM customer WHERE mobile <> '' ORDER BY id LIMIT 1")
    inside = mobile[3:7]
    sql, params = search._substring_query(store.db.conn, inside)
    kept = search.rows_at_once(store.db.conn, sql, params, search._CANDIDATE_COLUMNS)
    everything = store.db.read(
        "SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?", (f'"{inside}"',)
    )
    assert len(kept) < len(everything)
