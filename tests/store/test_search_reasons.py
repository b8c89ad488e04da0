"""Every search hit says why it was found: the field each term matched and the matched span."""

from __future__ import annotations

import pytest

from agentbook.domain.models import Customer
from agentbook.store.api import Store
from agentbook.store.queries.listing import ListRequest
from agentbook.store.queries.search_match import Match, MatchReason
from tests.store_builders import person, policy

pytestmark = pytest.mark.both_engines


@pytest.fixture
def people(store: Store) -> dict[str, Customer]:
    made = {}
    for name, mobile in (("张三", "13900001234"), ("于曦桂", "13812345678"), ("王小张", "17700005555")):
        made[name] = store.customers.create(person(name, mobile=mobile))
    return made


def reasons(store: Store, query: str) -> dict[str, tuple[Match, ...]]:
    return {hit.name: hit.matches for hit in store.search(query)}


def shown(match: Match) -> tuple[str, str]:
    return match.reason.value, match.value[match.start : match.end]


def test_pinyin_initials_and_full_pinyin(store: Store, people: dict) -> None:
    (match,) = reasons(store, "zs")["张三"]
    assert (match.reason, match.value, match.start, match.end) == (MatchReason.INITIALS, "zs", 0, 2)
    (match,) = reasons(store, "zhang")["张三"]
    assert match.reason is MatchReason.PINYIN and match.value.startswith("zhang") and (match.start, match.end) == (0, 5)


def test_one_letter_finds_by_initials_and_says_so(store: Store, people: dict) -> None:
    found = reasons(store, "y")
    assert shown(found["于曦桂"][0]) == ("initials", "y")


def test_name_fragments_mark_their_place_in_the_name(store: Store, people: dict) -> None:
    (match,) = reasons(store, "曦桂")["于曦桂"]
    assert (match.reason, match.value, match.start, match.end) == (MatchReason.NAME, "于曦桂", 1, 3)
    (match,) = reasons(store, "张")["王小张"]
    assert (match.reason, match.value, match.start, match.end) == (MatchReason.NAME, "王小张", 2, 3)
    assert shown(reasons(store, "张三")["张三"][0]) == ("name", "张三")


def test_number_tails(store: Store, people: dict) -> None:
    (match,) = reasons(store, "1234")["张三"]
    assert (match.reason, match.value, match.start, match.end) == (MatchReason.MOBILE_TAIL, "13900001234", 7, 11)
    tail = people["于曦桂"].id_number[-6:]
    assert shown(reasons(store, tail)["于曦桂"][0]) == ("id_tail", tail)
    assert shown(reasons(store, "138123")["于曦桂"][0]) == ("mobile", "138123")


def test_policy_and_archive_numbers(store: Store, people: dict) -> None:
    saved = store.policies.create(policy(people["张三"].id, people["于曦桂"].id))
    found = reasons(store, saved.policy_no)
    assert set(found) == {"张三", "于曦桂"}
    assert found["张三"] == (Match(MatchReason.POLICY_NO, saved.policy_no, 0, len(saved.policy_no)),)
    archive_no = people["王小张"].archive_no
    assert reasons(store, archive_no)["王小张"] == (Match(MatchReason.ARCHIVE_NO, archive_no, 0, len(archive_no)),)
    assert shown(reasons(store, saved.policy_no[-6:])["张三"][0]) == ("policy_no", saved.policy_no[-6:])


def test_every_term_of_a_query_explains_itself(store: Store, people: dict) -> None:
    (hit,) = store.search("张 1234")
    assert hit.name == "张三"
    assert [shown(m) for m in hit.matches] == [("name", "张"), ("mobile_tail", "1234")]


def test_the_tabs_request_carries_the_reasons(store: Store, people: dict) -> None:
    request = store.apply_search("customers", ListRequest(), "zs")
    assert request.matches is not None
    assert shown(request.matches[people["张三"].id][0]) == ("initials", "zs")
    assert store.apply_search("policies", ListRequest(), "").matches is None


def test_the_fast_rank_and_the_explained_rank_agree() -> None:
    from agentbook.store.queries.search import make_doc
    from agentbook.store.queries.search_match import rank_and_match, rank_only

    docs = [
        make_doc(
            1,
            "张三丰",
            "KH2024000001",
            "13900001384",
            "110105198808081234",
            "010-62345678",
            "zsf_wx",
            "",
            ["PA000000001384", "NC2022749164589"],
        ),
        make_doc(2, "單雄信", "KH2024000138", "", "91330106MA2000013X", "", "", "a@b.cn", []),
    ]
    terms = [
        "138",
        "1384",
        "zhang",
        "zsf",
        "sanf",
        "三丰",
        "张三丰",
        "kh2024000001",
        "pa000000001384",
        "62345678",
        "000013x",
        "shan",
        "dan",
        "xiongxin",
        "a@b",
        "wx",
        "2749164589",
        "0000",
        "雄",
    ]
    for doc in docs:
        fields = (
            doc.name,
            doc.pinyin,
            doc.initials,
            doc.archive_no,
            doc.mobile,
            doc.id_number,
            doc.policy_nos,
            doc.other,
        )
        for term in terms:
            assert rank_only(term, *fields) == rank_and_match(term, *fields)[0], (term, doc.name)


def test_an_id_tail_ending_in_x_is_explained_as_the_id_tail(store: Store) -> None:
    """A check digit X is typed as x or X; the hit still says 证件尾号, shown as printed."""
    from datetime import date

    from tests.store_builders import resident_id

    number = next(n for n in (resident_id(date(1988, 8, 8), True) for _ in range(400)) if n.endswith("X"))
    store.customers.create(person("末位客户", id_number=number))
    for typed in (number[-6:], number[-6:].lower()):
        (match,) = reasons(store, typed)["末位客户"]
        assert shown(match) == ("id_tail", number[-6:])
