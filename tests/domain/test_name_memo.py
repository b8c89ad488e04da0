"""Names folded and read while a caller remembers them (an import) answer as fresh ones, and
nothing is kept outside the block."""

from __future__ import annotations

from agentbook.domain import names

NAMES = ["張三", "张三", "单雄信", "诸葛亮", "ＡＢＣ", "Wang Wei", "曾丽華", "王伟"]


def answers() -> list[object]:
    return [(names.fold(n), names.readings(n)) for n in NAMES]


def test_remembered_folds_and_readings_answer_as_fresh_ones_and_are_left_with_the_block() -> None:
    fresh = answers()
    with names.remembering() as memo:
        assert answers() == fresh  # first folding and reading of each
        assert answers() == fresh  # now from the memo
        assert set(memo.read) == set(NAMES) and set(NAMES) <= set(memo.folded)
        names.readings("单雄信").append(("x", "x"))  # a caller's list is its own
        assert names.readings("单雄信") == fresh[2][1]
    kept = names.Memo()
    with names.remembering(kept):
        names.fold("陳麗華")
    assert kept.folded["陳麗華"] == "陈丽华"
    names.fold("黃華")  # outside any block: nothing is remembered
    assert "黃華" not in kept.folded and "黃華" not in memo.folded
