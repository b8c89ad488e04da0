"""A whole archive or policy number typed into the search box: the customers it names, with the
same ranks, reasons and order, however the search reaches them."""

from __future__ import annotations

import random

import pytest

from agentbook.store.api import Store
from agentbook.store.queries.listing import ListRequest
from agentbook.store.queries.search import SearchHit
from agentbook.store.queries.search_match import Match, MatchReason
from tests.store_builders import person, policy

pytestmark = pytest.mark.both_engines


def hits(store: Store, query: str) -> list[tuple[int, int, str, str, tuple[Match, ...]]]:
    return [(h.customer_id, h.rank, h.name, h.archive_no, h.matches) for h in store.search(query)]


def archive_hit(store: Store, customer_id: int) -> tuple[int, int, str, str, tuple[Match, ...]]:
    name, archive_no = store.db.read_one("SELECT name, archive_no FROM customer WHERE id = ?", (customer_id,))
    return customer_id, 0, name, archive_no, (Match(MatchReason.ARCHIVE_NO, archive_no, 0, len(archive_no)),)


def policy_hits(store: Store, policy_no: str) -> list[tuple[int, int, str, str, tuple[Match, ...]]]:
    """Holders and insureds of every policy with this number, in the search's order (rank, then
    the shorter name, the name, the id)."""
    rows = store.db.read(
        "SELECT c.id, c.name, c.archive_no, p.policy_no FROM policy p JOIN customer c"
        " ON c.id = p.policyholder_id OR c.id = p.insured_id WHERE p.policy_no = ?",
        (policy_no,),
    )
    people = {r[0]: r for r in rows}
    ordered = sorted(people.values(), key=lambda r: (len(r[1]), r[1], r[0]))
    return [
        (cid, 0, name, archive_no, (Match(MatchReason.POLICY_NO, no, 0, len(no)),))
        for cid, name, archive_no, no in ordered
    ]


def test_demo_archive_and_policy_numbers(demo_store: Store) -> None:
    """Each number, as stored and lower-cased, finds only the customers it names, at rank 0."""
    rng = random.Random(3)
    customers = [r[0] for r in demo_store.db.read("SELECT id FROM customer ORDER BY id")]
    for cid in rng.sample(customers, 25):
        archive_no = archive_hit(demo_store, cid)[3]
        assert hits(demo_store, archive_no) == [archive_hit(demo_store, cid)], archive_no
        assert hits(demo_store, archive_no.lower()) == [archive_hit(demo_store, cid)], archive_no
    numbers = [r[0] for r in demo_store.db.read("SELECT DISTINCT policy_no FROM policy ORDER BY policy_no")]
    # every insurer's numbers: 中国人寿's P… lies inside 太平洋人寿's CP… and 太平人寿's TP… patterns
    for prefix in ("P2", "PA", "CP", "NC", "TK", "TP", "PI", "PC", "SG", "AI"):
        for number in [n for n in numbers if n.startswith(prefix)][:3]:
            assert hits(demo_store, number) == policy_hits(demo_store, number), number
            assert hits(demo_store, number.lower()) == policy_hits(demo_store, number), number


def test_the_tabs_see_the_same_customers_and_reasons(demo_store: Store) -> None:
    archive_no = archive_hit(demo_store, 17)[3]
    request = demo_store.apply_search("customers", ListRequest(), archive_no)
    assert request.ranked_ids == [17]
    assert request.matches == {17: archive_hit(demo_store, 17)[4]}
    number = demo_store.db.read_one("SELECT policy_no FROM policy ORDER BY id LIMIT 1")[0]
    request = demo_store.apply_search("policies", ListRequest(), number)
    expected = policy_hits(demo_store, number)
    assert request.filters["quick"] == ([h[0] for h in expected], number)
    assert request.matches == {h[0]: h[4] for h in expected}
    listed = demo_store.list_query("policies", request).page(0, 1000)
    parties = {h[0] for h in expected}
    assert {r.id for r in listed} == {
        r[0]
        for r in demo_store.db.read("SELECT id, policyholder_id, insured_id FROM policy")
        if r[1] in parties or r[2] in parties
    }


def test_a_number_that_begins_longer_numbers_lists_them_after_it(store: Store) -> None:
    """KH1 is a whole archive number and the start of KH10, KH11 and KH12: typing it lists all
    four, the exact one first (as the user types on towards KH12)."""
    store.db.set_setting("archive_no_pattern", "KH{seq}")
    made = [store.customers.create(person(name)) for name in "赵钱孙李周吴郑王冯陈褚卫"]
    assert [c.archive_no for c in made[:2]] == ["KH1", "KH2"]
    found = store.search("KH1")
    # the same rank, then by name: 卫 (KH12), 褚 (KH11), 陈 (KH10)
    assert [h.archive_no for h in found] == ["KH1", "KH12", "KH11", "KH10"]
    assert [h.rank for h in found] == [0, 6, 6, 6]
    assert [h.matches for h in found] == [
        (Match(MatchReason.ARCHIVE_NO, "KH1", 0, 3),),
        (Match(MatchReason.ARCHIVE_NO, "KH12", 0, 3),),
        (Match(MatchReason.ARCHIVE_NO, "KH11", 0, 3),),
        (Match(MatchReason.ARCHIVE_NO, "KH10", 0, 3),),
    ]
    holder, other = made[0], made[1]
    store.policies.create(policy(holder.id, policy_no="PA100"))  # type: ignore[arg-type]
    store.policies.create(policy(other.id, policy_no="PA1001"))  # type: ignore[arg-type]
    found = store.search("pa100")
    assert [(h.customer_id, h.rank, h.matches) for h in found] == [
        (holder.id, 0, (Match(MatchReason.POLICY_NO, "PA100", 0, 5),)),
        (other.id, 6, (Match(MatchReason.POLICY_NO, "PA1001", 0, 5),)),
    ]


def test_an_exact_number_with_other_words(store: Store) -> None:
    zhang = store.customers.create(person("张三", mobile="13900001234"))
    li = store.customers.create(person("李四", mobile="13900005678"))
    saved = store.policies.create(policy(zhang.id, li.id))  # type: ignore[arg-type]
    found = store.search(f"张 {zhang.archive_no}")
    assert [(h.customer_id, h.rank) for h in found] == [(zhang.id, 2)]  # the rank of the first word
    assert found[0].matches[1] == Match(MatchReason.ARCHIVE_NO, zhang.archive_no, 0, len(zhang.archive_no))
    found = store.search(f"{saved.policy_no} 5678")
    assert [(h.customer_id, h.rank) for h in found] == [(li.id, 0)]
    assert found[0].matches == (
        Match(MatchReason.POLICY_NO, saved.policy_no, 0, len(saved.policy_no)),
        Match(MatchReason.MOBILE_TAIL, "13900005678", 7, 11),
    )
    assert isinstance(found[0], SearchHit)


def test_an_archive_number_is_not_read_as_a_telephone_number(store: Store) -> None:
    """KH2024017612's digits read as the Guangzhou landline 020-24017612: typing the archive number
    finds its customer only, while the landline typed as one still finds the other."""
    named = store.customers.create(person("张三", archive_no="KH2024017612"))
    landline = store.customers.create(person("李四", phone="020-24017612"))
    assert [h.customer_id for h in store.search("KH2024017612")] == [named.id]
    assert [h.customer_id for h in store.search("kh2024017612")] == [named.id]
    assert landline.id in [h.customer_id for h in store.search("020-24017612")]


def test_a_server_collating_by_language_still_lists_the_longer_numbers(pg_server, clock) -> None:
    """Under a language's collation ``:`` (the character after ``9``) sorts before the digits, so
    the range that finds the longer numbers on SQLite, from KH19 up to KH1:, would hold none and
    miss KH190: a database made so (its own, not the test server's C) searches in full."""
    import psycopg

    name = "collated_by_language"
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(
            f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'zh-CN'"
            " LOCALE 'C'"
        )
    store = Store.open_branch(
        pg_server.dsn.replace("dbname=postgres", f"dbname={name}"), actor="测试经办人", clock=clock
    )
    try:
        store.db.set_setting("archive_no_pattern", "KH{seq}")
        made = [store.customers.create(person(f"客户{n}")) for n in range(1, 191)]
        assert made[18].archive_no == "KH19" and made[189].archive_no == "KH190"
        found = store.search("KH19")
        assert [h.archive_no for h in found[:1]] == ["KH19"]
        assert "KH190" in [h.archive_no for h in found]
    finally:
        store.close()
        pg_server.drop_database(name)
