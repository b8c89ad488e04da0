"""The region code of a resident ID (its first six digits) against the GB/T 2260 history.

python-stdnum carries the administrative division codes with the years each county code was in
use (``stdnum/cn/loc.dat``, e.g. ``[-2010]崇文区``). An ID whose county code never existed, or
was withdrawn before its holder was born, is most likely mistyped — but the table may lag a
recent change, so this is a warning for the agent to check the card, never a refusal.

A code created *after* the holder's birth is not suspicious: people born before the first IDs
(1984) or who moved registered where they lived when the number was assigned.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from stdnum import numdb

from agentbook.domain.i18n import QT_TRANSLATE_NOOP

UNKNOWN = QT_TRANSLATE_NOOP("validation", "身份证号的地区码 {code} 不在国家行政区划代码表中，请核对")
WITHDRAWN = QT_TRANSLATE_NOOP(
    "validation", "身份证号的地区码 {code}（{county}）在 {year} 年已撤销，早于持证人出生，请核对"
)


# Residence permits of Hong Kong, Macao and Taiwan residents carry these codes, which are no
# counties; the foreigners' permanent residence ID begins with 9. Neither is in GB/T 2260.
NOT_COUNTIES = frozenset({"810000", "820000", "830000"})


@dataclass(frozen=True, slots=True)
class County:
    name: str
    first_year: int | None  # None: in use since before the table starts
    last_year: int | None  # None: still in use


@lru_cache(maxsize=1)
def _database() -> numdb.NumDB:
    return numdb.get("cn/loc")


@lru_cache(maxsize=8192)
def counties(code: str) -> tuple[County, ...]:
    """Every county that has held *code* (six digits), with its years; empty when none has."""
    found: list[County] = []
    for _part, props in _database().info(code):
        for entry in props.get("county", "").split(","):
            if not entry:
                continue
            first = last = None
            if entry.startswith("["):
                years, entry = entry[1:].split("]", 1)
                start, end = years.split("-")
                first, last = (int(start) if start else None), (int(end) if end else None)
            found.append(County(entry, first, last))
    return tuple(found)


def region_warning(code: str, birth_year: int) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """A message template and its parameters when *code* cannot be the region of someone born in
    *birth_year*; None when it can."""
    if code in NOT_COUNTIES or code.startswith("9"):
        return None
    held = counties(code)
    if not held:
        return UNKNOWN, (("code", code),)
    if all(c.last_year is not None and c.last_year < birth_year for c in held):
        latest = max(held, key=lambda c: c.last_year or 0)
        return WITHDRAWN, (("code", code), ("county", latest.name), ("year", str(latest.last_year)))
    return None
