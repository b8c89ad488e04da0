"""One search box: name fragments, pinyin, number tails, archive and policy numbers."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from agentbook.domain import enums as E
from agentbook.domain.models import (
    Customer,
    Policy,
)
from agentbook.store.api import Store
from agentbook.store.queries.search import name_pinyin, normalize_query, rows_at_once
from tests.store_builders import enterprise, family, person, policy, saved_person

pytestmark = pytest.mark.both_engines


def names(store: Store, query: str) -> list[str]:
    return [hit.name for hit in store.search(query)]


@pytest.fixture
def people(store: Store) -> dict[str, Customer]:
    """A small archive with the names the tests look for."""
    made = {}
    specs = [
        ("于曦桂", False, "13812345678"),
        ("张三", True, "13900001234"),
        ("张三丰", True, "13600002222"),
        ("张伟", True, "15000003333"),
        ("李张", False, "18600004444"),
        ("王小张", True, "17700005555"),
        ("张松", True, "18800006666"),
        ("李明", True, "13300007777"),
        ("吴敏", False, "13300008888"),
    ]
    for name, male, mobile in specs:
        made[name] = store.customers.create(person(name, male=male, mobile=mobile))
    return made


class TestNames:
    def test_two_character_fragment_inside_a_three_character_name(self, store: Store, people: dict) -> None:
        assert names(store, "曦桂") == ["于曦桂"]

    def test_whole_name_and_single_character(self, store: Store, people: dict) -> None:
        assert names(store, "于曦桂") == ["于曦桂"]
        assert names(store, "曦") == ["于曦桂"]
        assert names(store, "桂") == ["于曦桂"]

    def test_one_character_surname_ranks_surname_holders_first(self, store: Store, people: dict) -> None:
        found = names(store, "张")
        assert set(found) == {"张三", "张三丰", "张伟", "张松", "李张", "王小张"}
        assert set(found[:4]) == {"张三", "张三丰", "张伟", "张松"}
        assert found[0] == "张三" or len(found[0]) == 2  # shorter names first among equals

    def test_exact_name_before_longer_names(self, store: Store, people: dict) -> None:
        assert names(store, "张三") == ["张三", "张三丰"]
        assert names(store, "张三丰") == ["张三丰"]

    def test_nothing_found(self, store: Store, people: dict) -> None:
        assert names(store, "欧阳") == []
        assert names(store, "   ") == []
        assert names(store, "zzzz") == []


class TestPinyin:
    def test_name_pinyin(self) -> None:
        assert name_pinyin("张三") == ("zhangsan", "zs")
        assert name_pinyin("于曦桂") == ("yuxigui", "yxg")

    def test_initials(self, store: Store, people: dict) -> None:
        assert names(store, "zs") == ["张三", "张松", "张三丰"]  # exact initials before longer names
        assert names(store, "zsf") == ["张三丰"]
        assert names(store, "yxg") == ["于曦桂"]
        assert names(store, "ZS") == names(store, "zs")

    def test_partial_full_pinyin(self, store: Store, people: dict) -> None:
        found = names(store, "zhangs")
        assert found[:3] == ["张三", "张松", "张三丰"]
        assert names(store, "zhangsan") == ["张三", "张三丰"]
        assert names(store, "yuxi") == ["于曦桂"]

    def test_short_full_pinyin_of_a_surname(self, store: Store, people: dict) -> None:
        """Two-letter surnames in full pinyin are everyday queries (li 李, wu 吴, he 何, xu 徐)."""
        assert set(names(store, "li")) == {"李明", "李张"}
        assert names(store, "zh")[:4] == names(store, "zhang")[:4]
        assert names(store, "wu") == ["吴敏"]

    def test_pinyin_mixed_with_digits(self, store: Store, people: dict) -> None:
        assert names(store, "zs 1234") == ["张三"]


class TestNumbers:
    def test_mobile_tail(self, store: Store, people: dict) -> None:
        assert names(store, "5678") == ["于曦桂"]
        assert names(store, "12345678") == ["于曦桂"]
        assert names(store, "13812345678") == ["于曦桂"]

    def test_id_number_tail(self, store: Store, people: dict) -> None:
        target = people["张伟"]
        assert "张伟" in names(store, target.id_number[-6:])
        assert names(store, target.id_number) == ["张伟"]

    def test_id_number_with_x(self, store: Store) -> None:
        store.customers.create(person("何丽", born=date(1949, 12, 31), male=False, id_number="11010519491231002X"))
        assert names(store, "002X") == ["何丽"]
        assert names(store, "002x") == ["何丽"]

    def test_digits_inside_a_number_are_not_a_match(self, store: Store) -> None:
        """A tail or a head of the mobile is what people type; digits in its middle are noise."""
        store.customers.create(person("甲", mobile="13912349999"))
        store.customers.create(person("乙", mobile="13999991234"))
        assert names(store, "1234") == ["乙"]
        assert names(store, "1391234") == ["甲"]

    def test_archive_number_exact_first(self, store: Store) -> None:
        """An archive number wins over a phone number that merely contains the same digits."""
        store.db.set_setting("archive_no_pattern", "{year}{seq:04d}")
        first = store.customers.create(person("档案主人"))
        assert first.archive_no == "20260001"
        store.customers.create(person("电话相似", mobile="13920260001"))
        assert names(store, "20260001") == ["档案主人", "电话相似"]
        assert store.search("20260001")[0].rank == 0

    def test_archive_number_any_case(self, store: Store, people: dict) -> None:
        target = people["李明"]
        assert names(store, target.archive_no) == ["李明"]
        assert names(store, target.archive_no.lower()) == ["李明"]

    def test_policy_number_finds_holder_and_insured(self, store: Store, people: dict) -> None:
        holder, insured = people["张三"], people["于曦桂"]
        store.policies.create(policy(holder.id, insured.id, policy_no="PA2026000123"))  # type: ignore[arg-type]
        assert set(names(store, "PA2026000123")) == {"张三", "于曦桂"}
        assert set(names(store, "pa2026000123")) == {"张三", "于曦桂"}
        assert all(hit.rank == 0 for hit in store.search("PA2026000123"))

    def test_landline_and_wechat(self, store: Store) -> None:
        store.customers.create(enterprise("杭州示例科技有限公司", phone="0571-88886666", wechat="hzsl_kj"))
        assert names(store, "88886666") == ["杭州示例科技有限公司"]
        assert names(store, "hzsl") == ["杭州示例科技有限公司"]

    def test_families_and_firms_by_name(self, store: Store) -> None:
        store.customers.create(family("欧阳氏家庭"))
        store.customers.create(enterprise("杭州示例科技有限公司"))
        assert names(store, "欧阳") == ["欧阳氏家庭"]
        assert names(store, "示例科技") == ["杭州示例科技有限公司"]


class TestQueries:
    def test_several_words_must_all_match(self, store: Store, people: dict) -> None:
        assert names(store, "张 1234") == ["张三"]
        assert names(store, "张  6666") == ["张松"]
        assert names(store, "张 5678") == []

    def test_full_width_input(self, store: Store, people: dict) -> None:
        assert normalize_query("　ＺＳ　") == "zs"
        assert names(store, "５６７８") == ["于曦桂"]

    def test_quotes_and_operators_are_literal(self, store: Store, people: dict) -> None:
        for query in ('"', '张" OR "李', "NEAR(张 李)", "*", "张*", "a'b", "%", "_"):
            store.search(query)  # must not raise an FTS syntax error

    def test_limit(self, store: Store, people: dict) -> None:
        assert len(store.search("张", limit=2)) == 2


class TestKeptInSync:
    def test_after_update(self, store: Store, people: dict) -> None:
        target = people["张三"]
        target.name = "张叁"
        target.mobile = "13512340000"
        store.customers.update(target)
        assert "张三" not in names(store, "张三")
        assert names(store, "张叁") == ["张叁"]
        assert names(store, "zs")[:2] == ["张叁", "张松"]
        assert names(store, "13512340000") == ["张叁"]
        assert names(store, "00001234") == []

    def test_after_delete(self, store: Store, people: dict) -> None:
        store.customers.delete(people["于曦桂"].id)
        assert names(store, "曦桂") == []
        assert names(store, "yxg") == []
        assert names(store, "5678") == []
        assert store.db.read("SELECT count(*) FROM customer_gram WHERE customer_id = ?", (people["于曦桂"].id,)) == [
            (0,)
        ]

    def test_after_a_policy_is_added_moved_and_deleted(self, store: Store, people: dict) -> None:
        first, second = people["张伟"], people["李明"]
        pol = store.policies.create(policy(first.id, policy_no="CP2026777001"))  # type: ignore[arg-type]
        assert names(store, "CP2026777001") == ["张伟"]
        assert names(store, "777001") == ["张伟"]
        pol.policyholder_id = pol.insured_id = second.id  # type: ignore[assignment]
        store.policies.update(pol)
        assert names(store, "CP2026777001") == ["李明"]
        store.policies.delete(pol.id)  # type: ignore[arg-type]
        assert names(store, "CP2026777001") == []
        assert names(store, "777001") == []

    def test_rolled_back_write_leaves_the_index_as_it_was(self, store: Store, people: dict) -> None:
        with pytest.raises(RuntimeError), store.db.transaction():
            store.customers.create(person("欧阳娜娜"))
            assert names(store, "欧阳") == ["欧阳娜娜"]
            raise RuntimeError
        assert names(store, "欧阳") == []

    def test_rebuild_matches_incremental_index(self, store: Store, people: dict) -> None:
        store.policies.create(policy(people["张三"].id, policy_no="PA2026000999"))  # type: ignore[arg-type]
        queries = ["张", "zs", "zhangs", "曦桂", "5678", "PA2026000999", "li"]
        before = {q: store.search(q) for q in queries}
        with store.db.transaction():
            store.db.search_index.rebuild()
        assert {q: store.search(q) for q in queries} == before


def test_demo_archive_search(demo_store: Store) -> None:
    """Every demo customer can be found by name, by mobile tail and by archive number."""
    customers = demo_store.customers.find("1")
    for customer in customers[:60]:
        assert customer.id in {h.customer_id for h in demo_store.search(customer.name)}
        assert demo_store.search(customer.archive_no)[0].customer_id == customer.id
        if customer.mobile:
            assert customer.id in {h.customer_id for h in demo_store.search(customer.mobile[-4:])}


@pytest.mark.file_only  # SQLite's query plans; a branch server plans by its own statistics
def test_no_search_query_scans_a_table(demo_store: Store) -> None:
    """Each statement a search runs must use an index: a scan of an encrypted table costs tens of
    milliseconds per 10,000 rows, paid on every keystroke."""
    pol = demo_store.policies.find("1")[0]
    customer = demo_store.customers.find("1")[0]
    statements: list[str] = []
    trace = demo_store.db.run_read  # the search runs on this thread's read connection
    trace(lambda conn: conn.set_trace_callback(statements.append))
    try:
        for query in [
            "王",
            "曦桂",
            "zs",
            "li",
            "zhangs",
            "5678",
            pol.policy_no,
            pol.policy_no.lower(),
            customer.archive_no,
        ]:
            demo_store.search(query)
    finally:
        trace(lambda conn: conn.set_trace_callback(None))
    # FTS5 itself reads its few-row config table ('main'.'customer_fts_config') when a connection
    # first sees the index change: the module's bookkeeping, not a query of ours.
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT") and "'customer_fts_config'" not in s]
    assert len(selects) >= 9 * 3
    for sql in selects:
        plan = [row[3] for row in demo_store.db.conn.execute("EXPLAIN QUERY PLAN " + sql)]
        # A subquery's own few rows (the first places of a short term) are read in full by design.
        own = {step.split()[1] for step in plan if step.startswith(("MATERIALIZE ", "CO-ROUTINE "))}
        scans = [
            step
            for step in plan
            if step.startswith("SCAN ") and "VIRTUAL TABLE" not in step and step.split()[1] not in own
        ]
        assert scans == [], (sql, plan)


def test_search_by_every_kind_of_fragment(store, household):
    _zhang, yu, _policy = household
    names = lambda q: [h.name for h in store.search(q)]  # noqa: E731
    assert names("曦桂") == ["于曦桂"]  # 2 characters: below the trigram minimum
    assert names("于") == ["于曦桂"]
    assert names("zs") == ["张三"]
    assert names("zhangs") == ["张三"]
    assert names("yxg") == ["于曦桂"]
    assert names("5678") == ["于曦桂"]  # mobile tail
    assert names(yu.id_number[-6:]) == ["于曦桂"]  # ID tail
    assert set(names("P2024000123")) == {"张三", "于曦桂"}  # both parties of the policy
    assert names(yu.archive_no) == ["于曦桂"]
    assert names("张 1111") == ["张三"]  # several words must all match
    assert names("nobody") == []


def test_search_index_follows_writes(store, household):
    _zhang, yu, _policy = household
    store.customers.update(dataclasses.replace(store.customers.get(yu.id), name="于晓桂"))
    assert [h.name for h in store.search("曦桂")] == []
    assert [h.name for h in store.search("晓桂")] == ["于晓桂"]
    other = saved_person(store, "李四", "13700009999")
    store.policies.create(
        Policy(
            "NC2025000777",
            "新华保险",
            "附加",
            E.BusinessLine.ACCIDENT,
            other.id,
            other.id,
            Decimal(100),
            Decimal(10000),
            effective_date=date(2025, 1, 1),
        )
    )
    assert [h.name for h in store.search("NC2025000777")] == ["李四"]
    store.customers.delete(store.customers.create(Customer(name="王五", gender=E.Gender.MALE, mobile="13600001234")).id)
    assert store.search("王五") == []


def test_exact_archive_number_ranks_first(store):
    for n in range(12):
        saved_person(store, f"陈{n}号", f"1390000{n:04d}")
    target = store.customers.find("name = ?", ("陈7号",))[0]
    assert store.search(target.archive_no)[0].name == "陈7号"
    assert store.search("陈")[0].name.startswith("陈")


SURNAMES = {  # name: (queries that must find it, by its surname reading)
    "单雄信": ("sxx", "shan", "shanxiongxin"),
    "曾国藩": ("zgf", "zeng", "zengguofan", "zg"),
    "仇英": ("qy", "qiu", "qiuying"),
    "区伟": ("ow", "ouwei"),
    "解缙": ("xj", "xie", "xiejin"),
    "查良镛": ("zly", "zha", "zhaliangyong"),
    "朴槿惠": ("piao", "piaojinhui"),
}


def test_surnames_are_found_by_their_surname_reading_and_the_everyday_one(store) -> None:
    for name in SURNAMES:
        store.customers.create(person(name))
    store.customers.create(person("诸葛亮"))
    for name, queries in SURNAMES.items():
        for query in queries:
            assert name in [h.name for h in store.search(query)], (name, query)
    assert "单雄信" in [h.name for h in store.search("dxx")]  # as pypinyin reads it, still
    assert {"曾国藩", "诸葛亮"} <= {h.name for h in store.search("zg")}
    assert [h.name for h in store.search("zhuge")] == ["诸葛亮"]  # compound surnames unchanged


def test_traditional_and_simplified_find_each_other(store) -> None:
    for name in ("張三", "陳麗華", "李四"):
        store.customers.create(person(name))
    assert [h.name for h in store.search("张三")] == ["張三"]  # shown as written
    assert [h.name for h in store.search("陈丽华")] == ["陳麗華"]
    assert [h.name for h in store.search("陈")] == ["陳麗華"]  # one character: the gram index
    store.customers.create(person("陈丽华"))
    assert {h.name for h in store.search("陳麗華")} == {"陳麗華", "陈丽华"}
    assert [h.rank for h in store.search("陳麗華")] == [1, 1]  # both exact


def test_an_archive_indexed_by_older_rules_is_indexed_again_when_it_opens(db_path, vault, clock) -> None:
    from agentbook.store.api import Store

    first = Store.open(db_path, vault, create=True, clock=clock)
    first.customers.create(person("單雄信"))
    with first.db.transaction() as conn:  # as an older version left it: one reading, no folding
        conn.execute("DELETE FROM setting WHERE key = 'search_index_version'")
        conn.execute("UPDATE customer_fts SET name = '單雄信', pinyin = 'danxiongxin', initials = 'dxx'")
    first.close()
    again = Store.open(db_path, vault, clock=clock)
    try:
        assert [h.name for h in again.search("sxx")] == ["單雄信"]
        assert [h.name for h in again.search("单雄信")] == ["單雄信"]
    finally:
        again.close()


def test_rows_read_at_once_are_the_rows_of_the_query(store):
    """Packed into one value or not, a query's rows come back whole: integers, NULLs, tabs and
    rare characters (𠀾 is outside the Basic Multilingual Plane) as they were stored."""
    sql = (
        "SELECT 7 AS id, '张\t張 𠀾' AS name, NULL AS note, -3 AS n"
        " UNION ALL SELECT 8, 'O''Brien \"x\"', 'a\\b', 0"
    )
    expected = [(7, "张\t張 𠀾", None, -3), (8, 'O\'Brien "x"', "a\\b", 0)]
    got = store.db.run_read(lambda conn: rows_at_once(conn, sql, (), "id, name, note, n"))
    assert sorted(tuple(r) for r in got) == expected
    empty = store.db.run_read(lambda conn: rows_at_once(conn, sql + " LIMIT 0", (), "id, name, note, n"))
    assert list(empty) == []
