"""Chinese names as people type and say them: traditional and simplified folded together, and a
surname's own reading beside its everyday one.

- 繁/简: 張三 and 张三, 陳麗華 and 陈丽华 are the same person written on two sides of the strait (or
  by two clerks). Search and duplicate detection compare names folded to simplified characters
  with OpenCC's ``t2s`` tables.
- Surname readings: several surnames are read differently from the same character in everyday
  words — 单 shàn (not dān), 曾 zēng (not céng), 仇 qiú, 区 ōu, 解 xiè, 查 zhā, 朴 piáo. pypinyin
  reads a name like any other text and has no surname mode (mozillazg/python-pinyin#120), so the
  surname readings below — the list overtrue/pinyin and pinyin-pro keep for their surname modes —
  are given beside the everyday one: 单雄信 is found by ``sxx`` and ``shan`` as well as ``dxx``.
  Compound surnames (诸葛, 欧阳) are already read as such by pypinyin's phrase tables.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from agentbook.domain.memo import Remembered

_LETTERS = re.compile(r"[^0-9a-z]")

# How these characters are read as a surname (toneless), where that may differ from other words.
SURNAME_READINGS = {
    "单": "shan", "曾": "zeng", "仇": "qiu", "区": "ou", "解": "xie", "查": "zha", "朴": "piao",
    "重": "chong", "秘": "bi", "冼": "xian", "华": "hua", "过": "guo", "纪": "ji", "燕": "yan",
    "种": "chong", "繁": "po", "覃": "qin", "缪": "miao", "瞿": "qu", "折": "she", "那": "na",
    "佴": "nai", "难": "nan", "粘": "nian", "藏": "zang", "翟": "zhai", "都": "du", "六": "lu",
    "薄": "bo", "贾": "jia", "居": "ju", "盖": "ge", "盛": "sheng", "柏": "bai", "牟": "mou",
    "乜": "nie", "乐": "yue", "阚": "kan", "叶": "ye", "强": "qiang", "车": "che", "宿": "su",
    "卜": "bu", "殳": "shu", "於": "yu", "员": "yun", "贠": "yun", "尉": "wei", "隗": "wei",
}  # fmt: skip


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    from opencc import OpenCC  # loaded on first use: its tables cost start-up time

    return OpenCC("t2s")


@dataclass(slots=True)
class Memo:
    """Names folded and read while a caller asks for it (``remembering``): an import folds each
    name of its sheet for matching, then folds and reads it again for its search document."""

    folded: dict[str, str] = field(default_factory=dict)
    read: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)


_folds: Remembered[str, str] = Remembered()
_readings: Remembered[str, tuple[tuple[str, str], ...]] = Remembered()


@contextmanager
def remembering(memo: Memo | None = None) -> Iterator[Memo]:
    """Within, ``fold`` and ``readings`` keep their answers in *memo* (``domain/memo.py``)."""
    memo = Memo() if memo is None else memo
    with _folds.remembering(memo.folded), _readings.remembering(memo.read):
        yield memo


def fold(text: str) -> str:
    """*text* in simplified characters, half-width and lower case: the form names are compared in."""
    memo = _folds.memo
    if memo is None:
        return _fold(text)
    folded = memo.get(text)
    if folded is None:
        folded = memo[text] = _fold(text)
    return folded


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    if not any(ch >= "\u3400" for ch in text):
        return text
    return str(_t2s().convert(text))


def _each_character(chars: str) -> Any:
    """Characters pypinyin has no reading for stay, one syllable each (pypinyin accepts a list)."""
    return list(chars)


def readings(name: str) -> list[tuple[str, str]]:
    """(full pinyin, initials) of *name*: as pypinyin reads it, then — when the first character is
    a surname with a reading of its own — as a surname: 单雄信 → [(danxiongxin, dxx),
    (shanxiongxin, sxx)]. Latin letters and digits pass through."""
    memo = _readings.memo
    if memo is None:
        return _readings_of(name)
    read = memo.get(name)
    if read is None:
        read = memo[name] = tuple(_readings_of(name))
    return list(read)


def readings_of_many(names: list[str]) -> dict[str, tuple[tuple[str, str], ...]]:
    """``readings`` of each of *names*, in the form ``Memo.read`` keeps them: what a second process
    works out for an import while its preview is planned (``importers/readings_ahead.py``)."""
    return {name: tuple(_readings_of(name)) for name in names}


def _readings_of(name: str) -> list[tuple[str, str]]:
    from pypinyin import lazy_pinyin  # phrase tables load on first use (~0.15 s)

    folded = fold(name)
    syllables = [_clean(s) for s in lazy_pinyin(folded, errors=_each_character)]
    syllables = [s for s in syllables if s]
    out = [_joined(syllables)]
    surname = SURNAME_READINGS.get(folded[:1])
    if syllables and surname and surname != syllables[0] and _surname_alone(folded):
        out.append(_joined([surname, *syllables[1:]]))
    return list(dict.fromkeys(out))


def _surname_alone(folded: str) -> bool:
    """False when the name starts with a compound surname whose reading the phrase tables fix."""
    from pypinyin import lazy_pinyin

    return len(folded) < 2 or lazy_pinyin(folded[:2]) == lazy_pinyin(folded[0]) + lazy_pinyin(folded[1])


def _clean(syllable: str) -> str:
    return _LETTERS.sub("", syllable.lower())


def _joined(syllables: list[str]) -> tuple[str, str]:
    return "".join(syllables), "".join(s[0] for s in syllables)
