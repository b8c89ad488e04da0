"""The app password of a shared computer, checked without Qt: only a salted scrypt hash is kept."""

from __future__ import annotations

import json

from agentbook.store.keys.app_password import check_app_password, hash_app_password


def test_the_password_that_was_set_opens_and_no_other() -> None:
    record = hash_app_password("共用电脑1")
    assert check_app_password(record, "共用电脑1")
    assert not check_app_password(record, "共用电脑2")
    assert not check_app_password(record, "")


def test_only_a_salted_hash_is_kept() -> None:
    first, second = hash_app_password("共用电脑1"), hash_app_password("共用电脑1")
    assert first != second  # a fresh salt each time: equal passwords do not show as equal records
    assert "共用电脑1" not in first
    assert set(json.loads(first)) == {"v", "salt", "hash"}


def test_a_damaged_record_opens_nothing() -> None:
    for record in ("", "{}", "not json", json.dumps({"v": 1, "salt": "zz", "hash": "00"})):
        assert not check_app_password(record, "共用电脑1")
