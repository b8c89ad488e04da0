"""Likely duplicate customers, by rules an agent would recognise at a glance.

Duplicates come from imports of old spreadsheets, a prospect entered twice, a name typed in
traditional characters or with a homophone (张伟 / 章伟 with the same mobile). Each rule is a
reason shown to the agent; a pair matching several is listed once with all of them. Finding is
pure grouping over a few columns of every customer, so the store feeds it plain keys.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import Any

from agentbook.domain.enums import LabeledEnum
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.idnumbers import normalize_id_text
from agentbook.domain.names import fold

MAX_GROUP = 20  # a key shared by more customers than this is not a duplicate signal (a firm's switchboard)


class DuplicateRule(LabeledEnum):
    """Why two customers may be one person. The same rules serve the importer (is this row a
    customer already on file?) and the Tools menu's duplicate finder (which pairs to merge?)."""

    SAME_ARCHIVE_NO = "same_archive_no", QT_TRANSLATE_NOOP("enum", "档案编号相同")
    SAME_ID = "same_id", QT_TRANSLATE_NOOP("enum", "证件号码相同")
    NAME_MOBILE = "name_mobile", QT_TRANSLATE_NOOP("enum", "姓名和手机号相同")
    NAME_BIRTH = "name_birth", QT_TRANSLATE_NOOP("enum", "姓名和出生日期相同")
    PINYIN_MOBILE = "pinyin_mobile", QT_TRANSLATE_NOOP("enum", "姓名拼音和手机号相同")


STRENGTH = {
    DuplicateRule.SAME_ARCHIVE_NO: 3,
    DuplicateRule.SAME_ID: 3,
    DuplicateRule.NAME_MOBILE: 2,
    DuplicateRule.NAME_BIRTH: 2,
    DuplicateRule.PINYIN_MOBILE: 1,
}


@dataclass(frozen=True, slots=True)
class PersonKey:
    customer_id: int
    name: str
    id_number: str
    mobile: str
    birth_date: date | None
    pinyin: str  # full pinyin of the name, lower case, no spaces


@dataclass(frozen=True, slots=True)
class Candidate:
    """Two customers that look alike; ``low_id`` < ``high_id``."""

    low_id: int
    high_id: int
    reasons: tuple[DuplicateRule, ...]

    @property
    def strength(self) -> int:
        return sum(STRENGTH[r] for r in self.reasons)


# What a spreadsheet row can be matched by, best first: the keys a row carries. (Birth date and
# pinyin alone are too weak to merge a row into a customer without the agent looking.)
IMPORT_RULES = (DuplicateRule.SAME_ARCHIVE_NO, DuplicateRule.SAME_ID, DuplicateRule.NAME_MOBILE)


def name_key(name: str) -> str:
    """No spaces, lower case, simplified characters: 張 三 and 张三 are one name."""
    return "".join(fold(name).split())


def id_key(id_number: str) -> str:
    """An ID number as compared: spaces and full-width digits gone, the check letter X in either
    case one number."""
    return normalize_id_text(id_number)


def name_mobile_key(name: str, mobile: str) -> tuple[str, str] | None:
    """The key of the name-and-mobile rule, or None when either is missing."""
    name = name_key(name)
    return (name, mobile.strip()) if name and mobile.strip() else None


def find_candidates(people: Iterable[PersonKey], dismissed: set[tuple[int, int]] | None = None) -> list[Candidate]:
    """Every pair matching a rule, strongest first; pairs in *dismissed* are left out."""
    groups: dict[DuplicateRule, dict[tuple[Any, ...], list[int]]] = {rule: defaultdict(list) for rule in DuplicateRule}
    for p in people:
        name = name_key(p.name)
        if p.id_number:
            groups[DuplicateRule.SAME_ID][(id_key(p.id_number),)].append(p.customer_id)
        if (key := name_mobile_key(p.name, p.mobile)) is not None:
            groups[DuplicateRule.NAME_MOBILE][key].append(p.customer_id)
        if name and p.birth_date is not None:
            groups[DuplicateRule.NAME_BIRTH][(name, p.birth_date)].append(p.customer_id)
        if p.pinyin and p.mobile:
            groups[DuplicateRule.PINYIN_MOBILE][(p.pinyin, p.mobile)].append(p.customer_id)
    reasons: dict[tuple[int, int], set[DuplicateRule]] = defaultdict(set)
    for rule, by_key in groups.items():
        for ids in by_key.values():
            if len(ids) < 2 or len(ids) > MAX_GROUP:
                continue
            for a, b in combinations(sorted(set(ids)), 2):
                reasons[(a, b)].add(rule)
    dismissed = dismissed or set()
    out = []
    for (a, b), found in reasons.items():
        if (a, b) in dismissed:
            continue
        if DuplicateRule.NAME_MOBILE in found:  # equal names are equal in pinyin: no news there
            found.discard(DuplicateRule.PINYIN_MOBILE)
        ordered = tuple(r for r in DuplicateRule if r in found)
        out.append(Candidate(a, b, ordered))
    out.sort(key=lambda c: (-c.strength, c.low_id, c.high_id))
    return out


# Fields the kept record takes from the merged one when its own are empty (contact details a
# second entry often added); identity fields are never mixed, the agent edits those by hand.
FILLABLE = ("mobile", "phone", "email", "wechat", "address", "occupation", "employer")
