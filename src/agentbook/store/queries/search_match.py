"""Why a customer was found: the field a search term matched and where, ranked.

The search box finds people by very different things — a name fragment, pinyin initials, the
last digits of a mobile or ID number, a policy number. A hit that does not say which one leaves
the agent guessing why 王小张 turned up for ``zs``; so every hit carries, for each term, the field
and the span of that field the term matched, and the UI only has to show it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

NAME_SEPARATOR = "\t"
NOISE = 7  # rank of a match somewhere inside a number


class MatchReason(StrEnum):
    """The field a term matched; the UI labels them (姓名 / 姓名拼音 / 手机尾号 …)."""

    ARCHIVE_NO = "archive_no"
    POLICY_NO = "policy_no"
    NAME = "name"
    PINYIN = "pinyin"
    INITIALS = "initials"
    MOBILE = "mobile"  # the whole number, or its first digits
    MOBILE_TAIL = "mobile_tail"
    ID_TAIL = "id_tail"
    PHONE = "phone"  # a landline, typed whole or by its tail
    OTHER = "other"  # WeChat or e-mail
    SCAN_TEXT = "scan_text"  # words read from a scanned attachment (local OCR)


# What the UI masks outside the matched span (the rest of the number is never shown by a search).
SENSITIVE_REASONS = frozenset({MatchReason.MOBILE, MatchReason.MOBILE_TAIL, MatchReason.ID_TAIL, MatchReason.PHONE})


@dataclass(frozen=True, slots=True)
class Match:
    """*value* is the field as indexed; ``value[start:end]`` is what the term matched."""

    reason: MatchReason
    value: str
    start: int
    end: int

    @classmethod
    def at(cls, reason: MatchReason, value: str, term: str, *, tail: bool = False) -> Match:
        """The match of *term* inside *value* (its last occurrence when *tail*; whole value when absent)."""
        start = value.rfind(term) if tail else value.find(term)
        if start < 0:
            return cls(reason, value, 0, len(value))
        return cls(reason, value, start, start + len(term))


def _first(values: list[str], test: Callable[[str], bool]) -> str | None:
    return next((v for v in values if test(v)), None)


def rank_and_match(
    term: str,
    name: str,
    pinyin: str,
    initials: str,
    archive_no: str,
    mobile: str,
    id_number: str,
    policy_nos: str,
    other: str = "",
) -> tuple[int, Match]:
    """The rank of one indexed customer for *term* (0 best) and what the term matched.

    Exact numbers first, then the exact name, name prefixes, pinyin, number tails; NOISE is a
    match somewhere inside a number, which digit queries drop."""
    numbers = policy_nos.split()
    names = name.split(NAME_SEPARATOR)
    shown = names[0]
    if archive_no == term:
        return 0, Match.at(MatchReason.ARCHIVE_NO, archive_no, term)
    if term in numbers:
        return 0, Match.at(MatchReason.POLICY_NO, term, term)
    if term in names:
        return 1, Match(MatchReason.NAME, shown, 0, len(shown))
    if any(n.startswith(term) for n in names):
        return 2, Match(MatchReason.NAME, shown, 0, min(len(term), len(shown)))
    full, short = pinyin.split(), initials.split()
    if term in full:
        return 3, Match.at(MatchReason.PINYIN, term, term)
    if term in short:
        return 3, Match.at(MatchReason.INITIALS, term, term)
    hit = _first(full, lambda s: s.startswith(term))
    if hit is not None:
        return 4, Match.at(MatchReason.PINYIN, hit, term)
    hit = _first(short, lambda s: s.startswith(term))
    if hit is not None:
        return 4, Match.at(MatchReason.INITIALS, hit, term)
    if numeric(term):
        if mobile.endswith(term):
            return 5, Match.at(MatchReason.MOBILE_TAIL, mobile, term, tail=True)
        if id_number.endswith(term):
            return 5, Match.at(MatchReason.ID_TAIL, id_number, term, tail=True)
        if mobile.startswith(term):
            return 5, Match.at(MatchReason.MOBILE, mobile, term)
        hit = _first(other.split(), lambda n: n.endswith(term))
        if hit is not None:  # a landline (firms are often reached only there), typed whole or by its tail
            return 5, Match.at(MatchReason.PHONE, hit, term, tail=True)
        hit = _first(numbers, lambda n: n.endswith(term) or (len(term) >= 8 and term in n))
        if hit is not None:
            return 6, Match.at(MatchReason.POLICY_NO, hit, term, tail=True)
        if archive_no.endswith(term) or (len(term) >= 8 and term in archive_no):
            return 6, Match.at(MatchReason.ARCHIVE_NO, archive_no, term, tail=True)
        return NOISE, explain_inside(term, names, archive_no, numbers, other)
    hit = _first(names, lambda n: term in n)
    if hit is not None:
        return 6, Match.at(MatchReason.NAME, shown if len(shown) == len(hit) else hit, term)
    if term in archive_no:
        return 6, Match.at(MatchReason.ARCHIVE_NO, archive_no, term)
    hit = _first(numbers, lambda n: term in n)
    if hit is not None:
        return 6, Match.at(MatchReason.POLICY_NO, hit, term)
    return NOISE, explain_inside(term, names, archive_no, numbers, other)


def numeric(term: str) -> bool:
    """Digits, or the tail of a resident ID whose check digit is X (indexed lower-cased)."""
    return term.isdigit() or (len(term) > 1 and term[-1] == "x" and term[:-1].isdigit())


def explain_match(term: str, *fields: str) -> Match:
    """What *term* matched of a customer's indexed fields (numbers as indexed: upper-cased back)."""
    match = rank_and_match(term, *fields)[1]
    if match.reason in (MatchReason.ARCHIVE_NO, MatchReason.POLICY_NO, MatchReason.ID_TAIL):
        return Match(match.reason, match.value.upper(), match.start, match.end)
    return match


def rank_only(
    term: str,
    name: str,
    pinyin: str,
    initials: str,
    archive_no: str,
    mobile: str,
    id_number: str,
    policy_nos: str,
    other: str = "",
) -> int:
    """``rank_and_match(...)[0]`` without building the explanation: the search ranks thousands
    of candidates and explains only those it returns."""
    if archive_no == term or term in policy_nos.split():
        return 0
    names = name.split(NAME_SEPARATOR)
    if term in names:
        return 1
    if any(n.startswith(term) for n in names):
        return 2
    spoken = [*pinyin.split(), *initials.split()]
    if term in spoken:
        return 3
    if any(s.startswith(term) for s in spoken):
        return 4
    if numeric(term) and (mobile.endswith(term) or id_number.endswith(term) or mobile.startswith(term)):
        return 5
    if term.isdigit() and any(n.endswith(term) for n in other.split()):
        return 5
    if term.isdigit():
        numbers = [archive_no, *policy_nos.split()]
        if any(n.endswith(term) for n in numbers) or (len(term) >= 8 and any(term in n for n in numbers)):
            return 6
        return NOISE
    if term in name or term in archive_no or term in policy_nos:
        return 6
    return NOISE


def explain_inside(term: str, names: list[str], archive_no: str, numbers: list[str], other: str) -> Match:
    """A weak match somewhere inside a field (the full-text index found it there)."""
    for reason, values in (
        (MatchReason.NAME, names),
        (MatchReason.ARCHIVE_NO, [archive_no]),
        (MatchReason.POLICY_NO, numbers),
        (MatchReason.OTHER, other.split()),
    ):
        hit = _first(values, lambda v: term in v)
        if hit is not None:
            return Match.at(reason, hit, term)
    return Match(MatchReason.OTHER, term, 0, len(term))


def short_match(term: str, name: str, folded: str, pinyin: str, initials: str) -> Match:
    """What a 1–2 character term matched of a name found through the (gram, position) table:
    the name itself, or a piece of its initials, or the start of its pinyin."""
    start = folded.find(term)
    if start >= 0:
        if len(folded) != len(name):
            return Match(MatchReason.NAME, name, 0, len(name))
        return Match(MatchReason.NAME, name, start, start + len(term))
    hit = _first(initials.split(), lambda s: term in s)
    if hit is not None:
        return Match.at(MatchReason.INITIALS, hit, term)
    hit = _first(pinyin.split(), lambda s: s.startswith(term))
    if hit is not None:
        return Match.at(MatchReason.PINYIN, hit, term)
    return Match(MatchReason.NAME, name, 0, len(name))
