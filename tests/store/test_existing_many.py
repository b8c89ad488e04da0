"""The importer's questions asked for a whole sheet at once get the answers asked one by one."""

from __future__ import annotations

from datetime import date

import pytest

from agentbook.domain.idnumbers import make_resident_id
from agentbook.store.api import Store
from tests.store_builders import person, policy

pytestmark = pytest.mark.both_engines


def test_many_at_once_answers_as_one_by_one(store: Store) -> None:
    # an ID whose check character is X: typed in lower case, it must still match
    born, x_id = next(
        (day, number)
        for day in (date(1985, 5, d) for d in range(1, 29))
        for number in [make_resident_id("110105", day, 7)]
        if number.endswith("X")
    )
    zhang = store.customers.create(person("张三", mobile="13800000001"))
    store.customers.create(person("張三", mobile="13800000001"))  # the same name in 繁体
    store.customers.create(person("李四", mobile="13800000001"))  # same mobile, another name
    wang = store.customers.create(person("王五", id_number=x_id, born=born))
    holder = zhang.id or 0
    store.policies.create(policy(holder, policy_no="PA-1", insurer="平安人寿"))
    store.policies.create(policy(holder, policy_no="PA-1", insurer="中国人寿"))
    people = [
        (zhang.archive_no, "", "张三", "13800000001"),
        ("", "", "張 三", "138 0000 0001"),
        ("", x_id.lower(), "王五", ""),
        (wang.archive_no, x_id, "别人", "13800000001"),
        ("KH0000", "", "无名", ""),
        ("", "", "李四", ""),
    ]
    together = store.existing.customers_matching_many(people)
    assert together == {p: store.existing.customers_matching(*p) for p in people}
    assert len(together[people[0]]) == 2 and together[people[2]][0].customer_id == wang.id
    keys = [("PA-1", "平安人寿"), ("PA-1", "中国人寿"), ("PA-1", "太平洋人寿"), ("PA-2", "平安人寿")]
    found = store.existing.policies(keys)
    assert found == {k: m for k in keys if (m := store.existing.policy(*k)) is not None}
    assert set(found) == set(keys[:2])
