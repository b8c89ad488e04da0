"""Search inside scans: customers found by words in their attachments' OCR text, destroyed with them."""

from __future__ import annotations

import pytest

from agentbook.store.api import Store
from tests import store_builders as b

pytestmark = pytest.mark.both_engines


def _scan(store: Store, customer_id: int, name: str, category: str, text: str) -> int:
    attachment = store.attachments.add(customer_id, name, f"{name} {text}".encode(), category)
    store.attachment_texts.record(attachment.id, text, 1, "engine")
    return attachment.id


def test_words_in_a_scan_find_its_customer_with_the_place_they_occur(store: Store):
    zhang = store.customers.create(b.person("张三"))
    li = store.customers.create(b.person("李四"))
    found = _scan(store, zhang.id, "a.jpg", "诊断证明", "诊断证明书\n临床诊断：右桡骨远端骨折，建议休息两周")
    _scan(store, li.id, "b.jpg", "费用清单", "住院费用清单 骨科 床位费 300.00")
    (hit,) = store.search_scans("桡骨")
    assert (hit.customer_id, hit.attachment_id, hit.category) == (zhang.id, found, "诊断证明")
    assert "右桡骨远端骨折" in hit.snippet
    assert store.customers_by_scan_text("骨") == [li.id, zhang.id]  # newest scan first
    assert store.customers_by_scan_text("不存在的词") == []


def test_in_a_category_of_a_customer(store: Store):
    """'骨折 诊断证明 张三': the text word, the category and the name narrow it together."""
    zhang = store.customers.create(b.person("张三"))
    wang = store.customers.create(b.person("王五"))
    mine = _scan(store, zhang.id, "a.jpg", "诊断证明", "临床诊断：骨折")
    _scan(store, zhang.id, "b.jpg", "费用清单", "骨折 手术费")
    _scan(store, wang.id, "c.jpg", "诊断证明", "临床诊断：骨折")
    assert [h.attachment_id for h in store.search_scans("骨折 诊断证明 张三")] == [mine]
    assert {h.customer_id for h in store.search_scans("骨折", category="费用清单")} == {zhang.id}
    assert store.search_scans("张三") == []  # a name alone is the ordinary search's job


def test_like_wildcards_in_the_words_are_taken_literally(store: Store):
    zhang = store.customers.create(b.person("张三"))
    _scan(store, zhang.id, "a.jpg", "其他", "折扣 100% 现金")
    assert len(store.search_scans("100%")) == 1
    assert store.search_scans("1_0") == [] and store.search_scans("%") != []


def test_scan_text_is_destroyed_with_the_customer(store: Store):
    zhang = store.customers.create(b.person("张三"))
    keep = store.customers.create(b.person("李四"))
    _scan(store, zhang.id, "a.jpg", "诊断证明", "临床诊断：骨折")
    _scan(store, keep.id, "b.jpg", "诊断证明", "临床诊断：骨折")
    assert store.destruction_preview(zhang.id)["attachment_text"] == 1
    record = store.destroy_customer(zhang.id, "保管期满")
    assert record.removed["attachment_text"] == 1
    assert [h.customer_id for h in store.search_scans("骨折")] == [keep.id]
    assert store.attachment_texts.count() == 1


def test_the_search_box_finds_a_customer_by_the_words_of_a_scan_and_says_so(store: Store):
    from agentbook.store.queries.listing import ListRequest
    from agentbook.store.queries.search_match import MatchReason

    zhang = store.customers.create(b.person("张三"))
    _scan(store, zhang.id, "a.jpg", "诊断证明", "临床诊断：右桡骨远端骨折")
    request = store.apply_search("customers", ListRequest(), "桡骨")
    assert request.ranked_ids == [zhang.id]
    [match] = request.matches[zhang.id]
    assert match.reason is MatchReason.SCAN_TEXT and match.value[match.start : match.end] == "桡骨"
    named = store.apply_search("customers", ListRequest(), "张三")  # found by name: the name says why
    assert named.matches[zhang.id][0].reason is MatchReason.NAME
