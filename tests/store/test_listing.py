"""Paged, sorted, filtered tab lists done in SQL, checked against Python over the same records."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from agentbook.domain import enums as E
from agentbook.domain.clock import ManualClock
from agentbook.store.api import Store
from agentbook.store.keys.memory_keyring import MemoryKeyring
from agentbook.store.keys.vault import KeyVault
from agentbook.store.queries.list_specs import SPECS
from agentbook.store.queries.listing import ListQuery, ListRequest, Row
from tests.conftest import TODAY

pytestmark = pytest.mark.both_engines


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory, demo_data) -> Iterator[Store]:  # type: ignore[no-untyped-def]
    """One demo store shared by the read-only tests of this module."""
    path = tmp_path_factory.mktemp("listing") / "agentbook.db"
    store = Store.open(path, KeyVault(MemoryKeyring()), create=True, actor="测试", clock=ManualClock(TODAY))
    store.load_dataset(copy.deepcopy(demo_data))
    yield store
    store.close()


def all_rows(store: Store, tab: str, **request: Any) -> list[Row]:
    query = store.list_query(tab, ListRequest(**request))
    return query.page(0, 1_000_000)


def ids(rows: list[Row]) -> list[int]:
    return [r.id for r in rows]


def as_dicts(store: Store, tab: str, rows: list[Row]) -> list[dict[str, Any]]:
    keys = [c.key for c in SPECS[tab].columns]
    return [{"id": r.id, **dict(zip(keys, r.values, strict=True))} for r in rows]


def python_sorted(records: list[dict[str, Any]], key: str, descending: bool) -> list[int]:
    """SQLite's order: NULL before everything ascending, ties broken by id in the same direction."""
    ordered = sorted(records, key=lambda r: (r[key] is not None, r[key] if r[key] is not None else 0, r["id"]))
    if descending:
        ordered.reverse()
    return [r["id"] for r in ordered]


SORTABLE = [(tab, c.key) for tab, spec in SPECS.items() for c in spec.columns if c.sortable]


def check_filter(store: Store, tab: str, filters: dict[str, Any], predicate: Callable[[dict[str, Any]], bool]) -> None:
    """The filtered list is exactly the records of the full list that satisfy *predicate*."""
    everything = as_dicts(store, tab, all_rows(store, tab))
    expected = [r["id"] for r in everything if predicate(r)]
    got = ids(all_rows(store, tab, filters=filters))
    assert got == expected, filters
    assert store.list_query(tab, ListRequest(filters=filters)).count() == len(expected)


class TestPagingAndSorting:
    @pytest.mark.parametrize(("tab", "key"), SORTABLE, ids=[f"{t}.{k}" for t, k in SORTABLE])
    def test_sql_sort_matches_python_sort(self, listed: Store, tab: str, key: str) -> None:
        records = as_dicts(listed, tab, all_rows(listed, tab))
        assert records, tab
        for descending in (False, True):
            rows = all_rows(listed, tab, sort=key, descending=descending)
            assert ids(rows) == python_sorted(records, key, descending), (key, descending)

    @pytest.mark.parametrize("tab", list(SPECS))
    def test_pages_add_up_to_the_whole_list(self, listed: Store, tab: str) -> None:
        query = listed.list_query(tab)
        total = query.count()
        whole = ids(query.page(0, total + 10))
        assert len(whole) == total == len(set(whole))
        pieces: list[int] = []
        for offset in range(0, total, 37):
            pieces += ids(query.page(offset, 37))
        assert pieces == whole
        assert query.page(total, 50) == []

    @pytest.mark.parametrize("tab", list(SPECS))
    def test_default_order(self, listed: Store, tab: str) -> None:
        spec = SPECS[tab]
        if spec.default_order:  # an order no single column gives: see its own test
            return
        default = ids(all_rows(listed, tab))
        explicit = ids(all_rows(listed, tab, sort=spec.default_sort, descending=spec.default_descending))
        assert default == explicit

    def test_counts_match_the_tables(self, listed: Store) -> None:
        counts = listed.counts()
        for tab, table in (
            ("customers", "customer"),
            ("policies", "policy"),
            ("payments", "payment"),
            ("claims", "claim"),
            ("contacts", "contact"),
        ):
            assert listed.list_query(tab).count() == counts[table], tab

    def test_values_are_domain_values(self, listed: Store) -> None:
        row = as_dicts(listed, "policies", all_rows(listed, "policies")[:1])[0]
        assert isinstance(row["business_line"], E.BusinessLine)
        assert isinstance(row["effective_date"], date)
        assert str(row["premium"]).count(".") == 1  # Decimal yuan with fen

    def test_ranked_ids_keep_their_order(self, listed: Store) -> None:
        hits = [h.customer_id for h in listed.search("张")][:10]
        assert hits
        rows = all_rows(listed, "customers", ranked_ids=hits)
        assert ids(rows) == hits
        by_name = all_rows(listed, "customers", ranked_ids=hits, sort="name")
        assert sorted(ids(by_name)) == sorted(hits)
        assert all_rows(listed, "customers", ranked_ids=[]) == []


class TestCustomerFilters:
    @pytest.mark.parametrize(
        ("name", "values"),
        [
            ("kind", list(E.CustomerKind)),
            ("lifecycle", list(E.Lifecycle)),
            ("risk_level", list(E.RiskLevel)),
            ("value_tier", list(E.ValueTier)),
        ],
    )
    def test_enum_filters(self, listed: Store, name: str, values: list[E.LabeledEnum]) -> None:
        seen = 0
        for value in values:
            check_filter(listed, "customers", {name: value}, lambda r, v=value: r[name] == v)
            check_filter(listed, "customers", {name: value.value}, lambda r, v=value: r[name] == v)
            seen += listed.list_query("customers", ListRequest(filters={name: value})).count()
        assert seen > 0
        pair = set(values[:2])
        check_filter(listed, "customers", {name: list(pair)}, lambda r: r[name] in pair)

    def test_tag(self, listed: Store) -> None:
        tagged = {c.id for c in listed.customers.find("id IN (SELECT customer_id FROM customer_tag WHERE tag = 'VIP')")}
        assert tagged
        check_filter(listed, "customers", {"tag": "VIP"}, lambda r: r["id"] in tagged)
        check_filter(listed, "customers", {"tag": "没有这个标签"}, lambda r: False)

    def test_ids_and_combined_filters(self, listed: Store) -> None:
        some = ids(all_rows(listed, "customers"))[5:25]
        check_filter(listed, "customers", {"ids": some}, lambda r: r["id"] in some)
        check_filter(
            listed,
            "customers",
            {"ids": some, "kind": E.CustomerKind.INDIVIDUAL, "lifecycle": E.Lifecycle.ACTIVE},
            lambda r: (
                r["id"] in some and r["kind"] is E.CustomerKind.INDIVIDUAL and r["lifecycle"] is E.Lifecycle.ACTIVE
            ),
        )
        check_filter(listed, "customers", {"ids": []}, lambda r: False)

    def test_empty_values_mean_no_filter(self, listed: Store) -> None:
        check_filter(listed, "customers", {"kind": None, "tag": ""}, lambda r: True)


class TestPolicyFilters:
    def test_insurer_line_status(self, listed: Store) -> None:
        for insurer in listed.policies.insurers()[:3]:
            check_filter(listed, "policies", {"insurer": insurer}, lambda r, i=insurer: r["insurer"] == i)
        for line in E.BusinessLine:
            check_filter(listed, "policies", {"business_line": line}, lambda r, v=line: r["business_line"] is v)
        for status in E.PolicyStatus:
            check_filter(listed, "policies", {"status": status}, lambda r, v=status: r["status"] is v)

    def test_expiry_window(self, listed: Store) -> None:
        start, end = TODAY, TODAY + timedelta(days=90)
        check_filter(
            listed,
            "policies",
            {"expiry_from": start, "expiry_to": end},
            lambda r: r["expiry_date"] is not None and start <= r["expiry_date"] <= end,
        )
        assert listed.list_query("policies", ListRequest(filters={"expiry_from": start, "expiry_to": end})).count()

    def test_customer_ids(self, listed: Store) -> None:
        holders = ids(all_rows(listed, "customers"))[:15]
        policies = listed.policies.find("1")
        wanted = {p.id for p in policies if p.policyholder_id in holders or p.insured_id in holders}
        check_filter(listed, "policies", {"customer_ids": holders}, lambda r: r["id"] in wanted)

    def test_quick_filter_from_the_search_box(self, listed: Store) -> None:
        """Rows of the customers the search found, or whose policy number starts with the text."""
        check_filter(listed, "policies", {"quick": ([], "PA2")}, lambda r: r["policy_no"].startswith("PA2"))
        check_filter(listed, "policies", {"quick": ([], "P_2")}, lambda r: False)  # LIKE wildcards are literal
        check_filter(listed, "policies", {"quick": ([], "%%%")}, lambda r: False)
        holders = ids(all_rows(listed, "customers"))[:10]
        wanted = {p.id for p in listed.policies.find("1") if {p.policyholder_id, p.insured_id} & set(holders)}
        check_filter(listed, "policies", {"quick": (holders, "")}, lambda r: r["id"] in wanted)
        check_filter(
            listed,
            "policies",
            {"quick": (holders, "PA2")},
            lambda r: r["id"] in wanted or r["policy_no"].startswith("PA2"),
        )


class TestPaymentFilters:
    def test_overdue_is_derived_from_today(self, listed: Store) -> None:
        payments = {p.id: p for p in listed.payments.find("1")}
        rows = as_dicts(listed, "payments", all_rows(listed, "payments"))
        assert all(r["status"] is payments[r["id"]].status_on(TODAY) for r in rows)
        overdue = {pid for pid, p in payments.items() if p.status is E.PaymentStatus.DUE and p.due_date < TODAY}
        assert overdue, "the demo data must have overdue payments"
        check_filter(listed, "payments", {"status": E.PaymentStatus.OVERDUE}, lambda r: r["id"] in overdue)
        check_filter(
            listed,
            "payments",
            {"status": E.PaymentStatus.DUE},
            lambda r: payments[r["id"]].status is E.PaymentStatus.DUE and r["id"] not in overdue,
        )
        both = [E.PaymentStatus.DUE, E.PaymentStatus.OVERDUE]
        check_filter(listed, "payments", {"status": both}, lambda r: payments[r["id"]].status is E.PaymentStatus.DUE)
        check_filter(listed, "payments", {"status": "paid"}, lambda r: r["status"] is E.PaymentStatus.PAID)

    def test_overdue_moves_with_the_clock(self, store: Store) -> None:
        from tests.store_builders import payment, person, policy

        holder = store.customers.create(person())
        pol = store.policies.create(policy(holder.id))  # type: ignore[arg-type]
        store.payments.create(payment(pol.id, 1, due_date=TODAY))  # type: ignore[arg-type]
        request = ListRequest(filters={"status": E.PaymentStatus.OVERDUE})
        assert store.list_query("payments", request).count() == 0  # due today is not overdue yet
        store.clock.advance(days=1)
        assert store.list_query("payments", request).count() == 1

    def test_due_window_policy_and_customers(self, listed: Store) -> None:
        start, end = TODAY - timedelta(days=30), TODAY + timedelta(days=30)
        check_filter(listed, "payments", {"due_from": start, "due_to": end}, lambda r: start <= r["due_date"] <= end)
        some_policy = listed.policies.find("1")[3]
        check_filter(
            listed, "payments", {"policy_id": some_policy.id}, lambda r: r["policy_no"] == some_policy.policy_no
        )
        holder = some_policy.policyholder_id
        mine = {p.id for p in listed.payments.of_customer(holder)}
        check_filter(listed, "payments", {"customer_ids": [holder]}, lambda r: r["id"] in mine)


class TestClaimFilters:
    def test_every_status(self, listed: Store) -> None:
        for status in E.ClaimStatus:
            check_filter(listed, "claims", {"status": status}, lambda r, v=status: r["status"] is v)
        open_statuses = [s for s in E.ClaimStatus if s.is_open]
        check_filter(listed, "claims", {"status": open_statuses}, lambda r: r["status"].is_open)

    def test_filed_window_and_claimant(self, listed: Store) -> None:
        start, end = TODAY - timedelta(days=365), TODAY
        check_filter(
            listed, "claims", {"filed_from": start, "filed_to": end}, lambda r: start <= r["filed_date"] <= end
        )
        claimant = listed.claims.find("1")[0].claimant_id
        check_filter(listed, "claims", {"customer_ids": [claimant]}, lambda r: r["claimant_id"] == claimant)


class TestContactFilters:
    def test_channel_and_purpose(self, listed: Store) -> None:
        for channel in E.ContactChannel:
            check_filter(listed, "contacts", {"channel": channel}, lambda r, v=channel: r["channel"] is v)
        for purpose in E.ContactPurpose:
            check_filter(listed, "contacts", {"purpose": purpose}, lambda r, v=purpose: r["purpose"] is v)

    def test_follow_ups_due(self, listed: Store) -> None:
        def due(r: dict[str, Any]) -> bool:
            return not r["follow_up_done"] and r["follow_up_date"] is not None and r["follow_up_date"] <= TODAY

        check_filter(listed, "contacts", {"follow_up_due": True}, due)
        check_filter(listed, "contacts", {"follow_up_due": False}, lambda r: True)
        assert listed.list_query("contacts", ListRequest(filters={"follow_up_due": True})).count()

    def test_customer(self, listed: Store) -> None:
        cid = listed.contacts.find("1")[0].customer_id
        check_filter(listed, "contacts", {"customer_ids": [cid]}, lambda r: r["customer_id"] == cid)


def test_listing_reads_no_more_than_a_page(listed: Store, tmp_path: Path) -> None:
    """Paging is LIMIT/OFFSET in SQL: a page of 20 returns 20 rows however long the list."""
    assert len(listed.list_query("payments").page(0, 20)) == 20
    assert len(listed.list_query("payments").page(100, 20)) == 20


@pytest.mark.parametrize("tab", ["policies", "payments", "claims", "contacts"])
def test_customer_ids_are_numbers_not_sql(listed: Store, tab: str) -> None:
    """Filter values are bound or converted, never pasted into the SQL."""
    with pytest.raises((ValueError, TypeError)):
        listed.list_query(tab, ListRequest(filters={"customer_ids": ["0) OR (1=1"]})).count()
    assert listed.list_query(tab, ListRequest(filters={"customer_ids": ["1"]})).count() == (
        listed.list_query(tab, ListRequest(filters={"customer_ids": [1]})).count()
    )


def test_lists_sort_and_filter_in_sql(demo_store):
    query = demo_store.list_query("policies", ListRequest(sort="premium", descending=True))
    premiums = [r.values[query.spec.columns.index(query.spec.column("premium"))] for r in query.page(0, 500)]
    assert premiums == sorted(premiums, reverse=True)
    assert query.count() == demo_store.policies.count()
    life = demo_store.list_query("policies", ListRequest({"business_line": "life"}))
    line = life.spec.columns.index(life.spec.column("business_line"))
    assert {r.values[line] for r in life.page(0, 1000)} == {E.BusinessLine.LIFE}
    overdue = demo_store.list_query("payments", ListRequest({"status": "overdue"}))
    due = overdue.spec.columns.index(overdue.spec.column("due_date"))
    rows = overdue.page(0, 1000)
    assert rows and all(r.values[due] < TODAY for r in rows)
    page1, page2 = (demo_store.list_query("customers").page(o, 50) for o in (0, 50))
    assert not {r.id for r in page1} & {r.id for r in page2}


def test_the_payments_tab_lists_the_nearest_due_first(listed: Store) -> None:
    """Not a schedule's far end (2045) first: the instalments an agent acts on this month."""
    rows = all_rows(listed, "payments")
    due = [r.values[[c.key for c in SPECS["payments"].columns].index("due_date")] for r in rows]
    gaps = [abs((d - TODAY).days) for d in due]
    assert gaps == sorted(gaps) and gaps[0] <= 31


def test_nearest_first_pages_are_the_full_order_page_by_page(demo_store: Store) -> None:
    """The nearest-due order is paged from two walks of the due-date index; every page must be
    exactly the slice of the order a full sort by distance gives, ties and filters included."""
    for filters in ({}, {"status": "overdue"}, {"status": "paid"}):
        query = demo_store.list_query("payments", ListRequest(dict(filters)))
        everything = query.ids()  # the full sort by distance from today, then date, then id
        paged = [r.id for offset in range(0, len(everything) + 200, 137) for r in query.page(offset, 137)]
        assert paged == everything and len(everything) == query.count()


@pytest.mark.file_only
def test_a_nearest_first_page_sorts_no_whole_day(demo_store: Store) -> None:
    """Both halves of the page walk the due-date index in their own order. Sorting the ids of
    one day instead (the walk back with ids ascending) took every row of the day at the page's
    end, with its policy and policyholder: a number of rows that grows with the archive."""
    query = demo_store.list_query("payments")
    sql, params = query.nearest_page_sql(0, 200)
    plan = [str(r[3]) for r in demo_store.db.read("EXPLAIN QUERY PLAN " + sql, params)]
    assert sum("USING INDEX payment_due" in step for step in plan) == 2, plan
    assert [step for step in plan if "TEMP B-TREE" in step] == ["USE TEMP B-TREE FOR ORDER BY"], plan


def full_from_count(store: Store, query: ListQuery) -> int:
    """The count over the tab's whole FROM clause, every join kept."""
    where, params = query._where, query._params  # the query's own WHERE, read back to count it another way
    return store.db.read_int(f"SELECT count(*) FROM {query.spec.from_sql} WHERE {where}", params)


def count_requests(store: Store, tab: str) -> list[dict[str, Any]]:
    """Requests of *tab* without filters, with filters on its own table only, and with filters that
    read a joined table (the policy of a payment or claim: customer ids, the search box's policy
    number)."""
    holders = [r[0] for r in store.db.read("SELECT policyholder_id FROM policy ORDER BY id LIMIT 5")]
    policy_no = store.db.read_one("SELECT policy_no FROM policy ORDER BY id LIMIT 1")[0]
    some = [r.id for r in all_rows(store, tab)[:7]]
    return [
        {},
        {"filters": {"ids": some}},
        {"ranked_ids": list(reversed(some))},
        {"filters": {"customer_ids": holders}},
        {"filters": {"quick": (holders, "")}},
        {"filters": {"quick": ([], policy_no[:4])}},
        {"filters": {"quick": (holders[:2], policy_no)}},
        {"filters": {"quick": ([], "%%%")}},
        {"filters": {"customer_ids": holders, "ids": some}},
    ]


def test_counts_equal_a_count_over_the_whole_from(demo_store: Store) -> None:
    """The count leaves out the joins its WHERE does not read; it is always the count over every
    join, and the number of rows the pages hold (on the file and on a branch server)."""
    for tab in SPECS:
        for request in count_requests(demo_store, tab):
            query = demo_store.list_query(tab, ListRequest(**request))
            counted = query.count()
            assert counted == full_from_count(demo_store, query) == len(query.page(0, 1_000_000)), (tab, request)
            if not request:
                assert counted, tab  # the demo archive has rows in every tab


def test_counts_keep_the_joins_their_where_reads(listed: Store) -> None:
    payments = listed.list_query("payments", ListRequest(filters={"quick": ([], "PA2")}))
    assert payments.spec.count_from(payments._where) == "payment y LEFT JOIN policy p ON p.id = y.policy_id"
    assert listed.list_query("payments").spec.count_from("1 = 1") == "payment y"
    policies = SPECS["policies"]
    assert policies.count_from("p.status = :status AND p.policy_no LIKE :quick_pno") == "policy p"
    assert policies.count_from("i.name = 'x'") == "policy p LEFT JOIN customer i ON i.id = p.insured_id"
    # a customer's name in the WHERE needs the policy that leads to it
    assert SPECS["payments"].count_from("h.name = 'x'") == SPECS["payments"].from_sql
    assert SPECS["contacts"].count_from("t.customer_id IN (1)") == "contact t"
