"""Archive numbers (档案编号) from a configurable pattern such as ``KH{year}{seq:06d}``.

The sequence counts per *scope*: the pattern rendered without its ``{seq}`` part, so
``KH{year}{seq:06d}`` restarts at 1 each year while ``A-{seq:05d}`` never does.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date

import sqlcipher3

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.errors import KnownError

DEFAULT_PATTERN = "KH{year}{seq:06d}"
SETTING_KEY = "archive_no_pattern"
_SEQ = re.compile(r"\{seq(:0?\d+d)?\}")
_ALLOWED = re.compile(r"^(?:[^{}]|\{year\}|\{month\}|\{seq(?::0?\d+d)?\})*$")


class PatternError(KnownError):
    message = QT_TRANSLATE_NOOP(
        "store", "档案编号格式无效：只能包含文字和 {year}、{month}、{seq:06d} 占位符，且必须含 {seq}。"
    )


def check_pattern(pattern: str) -> str:
    if not pattern or not _ALLOWED.match(pattern) or len(_SEQ.findall(pattern)) != 1:
        raise PatternError(pattern)
    return pattern


def render(pattern: str, day: date, seq: int) -> str:
    return check_pattern(pattern).format(year=f"{day.year:04d}", month=f"{day.month:02d}", seq=seq)


def scope_of(pattern: str, day: date) -> str:
    return _SEQ.sub("#", check_pattern(pattern)).format(year=f"{day.year:04d}", month=f"{day.month:02d}")


def allocate(conn: sqlcipher3.Connection, pattern: str, day: date) -> str:
    """The next free number; call inside the transaction that inserts the customer."""
    scope = scope_of(pattern, day)
    row = conn.execute("SELECT next_value FROM archive_sequence WHERE scope = ?", (scope,)).fetchone()
    seq = row[0] if row else 1
    while True:
        number = render(pattern, day, seq)
        taken = conn.execute("SELECT 1 FROM customer WHERE archive_no = ?", (number,)).fetchone()
        seq += 1
        if not taken:
            break
    conn.execute(
        "INSERT INTO archive_sequence (scope, next_value) VALUES (?, ?)"
        " ON CONFLICT(scope) DO UPDATE SET next_value = excluded.next_value",
        (scope, seq),
    )
    return number


def allocate_many(
    conn: sqlcipher3.Connection, pattern: str, day: date, count: int, taken: Collection[str] = ()
) -> list[str]:
    """The next *count* free numbers, the ones ``allocate`` would give one customer at a time;
    *taken* are numbers the same batch brings with it (typed in the sheet), skipped like stored ones."""
    scope = scope_of(pattern, day)
    row = conn.execute("SELECT next_value FROM archive_sequence WHERE scope = ?", (scope,)).fetchone()
    seq = row[0] if row else 1
    numbers: list[str] = []
    while len(numbers) < count:
        candidates = [render(pattern, day, seq + n) for n in range(count - len(numbers))]
        stored: set[str] = set()
        for start in range(0, len(candidates), 500):
            chunk = candidates[start : start + 500]
            stored.update(
                r[0]
                for r in conn.execute(
                    f"SELECT archive_no FROM customer WHERE archive_no IN ({','.join('?' * len(chunk))})", chunk
                )
            )
        numbers += [n for n in candidates if n not in stored and n not in taken]
        seq += len(candidates)
    conn.execute(
        "INSERT INTO archive_sequence (scope, next_value) VALUES (?, ?)"
        " ON CONFLICT(scope) DO UPDATE SET next_value = excluded.next_value",
        (scope, seq),
    )
    return numbers
