"""The region code of a resident ID (its first six digits) against the GB/T 2260 history.

python-stdnum carries the administrative division codes with the years each county code was in
use (``stdnum/cn/loc.dat``, e.g. ``[-2010]崇文区``). An ID whose county code never existed, or
was withdrawn before its holder was born, is most likely mistyped — but the table may lag a
recent change, so this is a warning for the agent to check the card, never a refusal.

A code created *after* the holder's birth is not suspicious: people born before the first IDs
(1984) or who moved registered where they lived when the number was assigned.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

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


def table_path() -> Path:
    """python-stdnum's ``cn/loc.dat``, found without importing the package: ``stdnum/__init__``
    imports ``ssl`` (for online look-ups we never make), which the desktop bundle leaves out."""
    spec = importlib.util.find_spec("stdnum")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("python-stdnum is not installed: the GB/T 2260 table is missing")
    return Path(next(iter(spec.submodule_search_locations))) / "cn" / "loc.dat"


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[County, ...]]:
    """Six-digit code → every county that held it. The file lists a province (``11
    province="北京市"``) and, indented under it, four-digit county codes whose ``county`` value
    names one or more counties, each with the years it was in use: ``[-1991]东郊区,[1992-]东丽区``."""
    table: dict[str, tuple[County, ...]] = {}
    province = ""
    for line in table_path().read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        prefix, _, props = line.strip().partition(" ")
        if not line.startswith(" "):
            province = prefix
            code = province + "0000"
        else:
            code = province + prefix
        value = props.partition("county=")[2].strip().strip('"')
        if value:
            table[code] = table.get(code, ()) + tuple(_county(entry) for entry in value.split(",") if entry)
    return table


def _county(entry: str) -> County:
    if not entry.startswith("["):
        return County(entry, None, None)
    years, name = entry[1:].split("]", 1)
    start, end = years.split("-")
    return County(name, int(start) if start else None, int(end) if end else None)


def counties(code: str) -> tuple[County, ...]:
    """Every county that has held *code* (six digits), with its years; empty when none has."""
    return _table().get(code, ())


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
