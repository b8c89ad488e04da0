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

from agentbook.domain.enums import LabeledEnum
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.names import fold

MAX_GROUP = 20  # a key shared by more customers than this is not a duplicate signal (a firm's switchboard)


class DuplicateRule(LabeledEnum):
    SAME_ID = "same_id", QT_TRANSLATE_NOOP("enum", "证件号码相同")
    NAME_MOBILE = "name_mobile", QT_TRANSLATE_NOOP("enum", "姓名和手机号相同")
    NAME_BIRTH = "name_birth", QT_TRANSLATE_NOOP("enum", "姓名和出生日期相同")
    PINYIN_MOBILE = "pinyin_mobile", QT_TRANSLATE_NOOP("enum", "姓名拼音和手机号相同")


STRENGTH = {
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


def _norm_name(name: str) -> str:
    """No spaces, lower case, simplified characters: 張 三 and 张三 are one name."""
    return "".join(fold(name).split())


def find_candidates(people: Iterable[PersonKey], dismissed: set[tuple[int, int]] | None = None) -> list[Candidate]:
    """Every pair matching a rule, strongest first; pairs in *dismissed* are left out."""
    groups: dict[DuplicateRule, dict[tuple, list[int]]] = {rule: defaultdict(list) for rule in DuplicateRule}
    for p in people:
        name = _norm_name(p.name)
        if p.id_number:
            groups[DuplicateRule.SAME_ID][(p.id_number.upper(),)].append(p.customer_id)
        if name and p.mobile:
            groups[DuplicateRule.NAME_MOBILE][(name, p.mobile)].append(p.customer_id)
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
