"""The recovery key: the database's 256-bit key written so a person can copy and type it back.

Why this shape:
- It *is* the raw database key (plus a check), not a key that unwraps it, so the paper copy
  alone opens the file on a new laptop; nothing else has to survive the loss of the keyring.
- Crockford's base-32 alphabet: digits and capitals without I, L, O and U, so no two symbols
  look alike; when typed back, ``O`` is read as ``0`` and ``I``/``L`` as ``1``, lower case as
  upper case, and spaces or dashes are ignored.
- 32 key bytes + a 3-byte check = 280 bits = 56 symbols = 14 groups of 4. The check (24 bits of
  SHA-256) catches a typo before the database is even tried (a wrong key would only say
  "wrong key"), and because single-symbol slips are few, we can name the group that holds one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.db.connection import RawKey
from agentbook.store.errors import KnownError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_VALUE.update({"O": 0, "I": 1, "L": 1})  # the look-alikes a person may type
GROUP = 4
CHECK_BYTES = 3
SYMBOLS = (32 + CHECK_BYTES) * 8 // 5  # 56
GROUPS = SYMBOLS // GROUP  # 14
_CHECK_LABEL = b"agentbook recovery key v1"


class RecoveryKeyError(KnownError):
    """A recovery key that cannot be right; ``problem`` and ``group`` say where, for the UI."""

    message = QT_TRANSLATE_NOOP("store", "恢复密钥有误，请逐组核对后重新输入。")

    def __init__(self, problem: str, group: int | None = None, count: int = 0) -> None:
        super().__init__(f"{problem} group={group} count={count}")
        self.problem = problem  # "length" | "symbol" | "check"
        self.group = group  # 1-based group holding the slip, when it can be told
        self.count = count  # symbols typed (for "length")


@dataclass(frozen=True, slots=True)
class RecoveryKey:
    """The printable form of a database key."""

    text: str  # "ABCD-EFGH-…", 14 groups

    def groups(self) -> list[str]:
        return self.text.split("-")

    def lines(self, per_line: int = 7) -> list[str]:
        groups = self.groups()
        return ["  ".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line)]


def _check(key: bytes) -> bytes:
    return hashlib.sha256(_CHECK_LABEL + key).digest()[:CHECK_BYTES]


def _to_symbols(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = []
    for shift in range(len(data) * 8 - 5, -1, -5):
        out.append(ALPHABET[(number >> shift) & 31])
    return "".join(out)


def _from_values(values: list[int]) -> bytes:
    number = 0
    for v in values:
        number = (number << 5) | v
    return number.to_bytes(len(values) * 5 // 8, "big")


def encode(key: RawKey) -> RecoveryKey:
    raw = bytes.fromhex(key.hex)
    symbols = _to_symbols(raw + _check(raw))
    return RecoveryKey("-".join(symbols[i : i + GROUP] for i in range(0, SYMBOLS, GROUP)))


def normalise(text: str) -> str:
    """Upper case without separators: what the user meant to type."""
    return "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-_·.")


def _valid(values: list[int]) -> bool:
    data = _from_values(values)
    return _check(data[:32]) == data[32:]


def decode(text: str) -> RawKey:
    """The database key in *text*, or ``RecoveryKeyError`` naming what is wrong and where."""
    symbols = normalise(text)
    for index, ch in enumerate(symbols):
        if ch not in _VALUE:
            raise RecoveryKeyError("symbol", index // GROUP + 1, len(symbols))
    if len(symbols) != SYMBOLS:
        raise RecoveryKeyError("length", None, len(symbols))
    values = [_VALUE[ch] for ch in symbols]
    if not _valid(values):
        raise RecoveryKeyError("check", _locate_slip(values))
    return RawKey(_from_values(values)[:32].hex())


def _locate_slip(values: list[int]) -> int | None:
    """The one group where a single wrong or swapped symbol would make the check pass.

    Only a hint for the user (never applied silently): 56×31 substitutions and 55 swaps against
    a 24-bit check leave about one chance in ten thousand of pointing at the wrong group.
    """
    number = int.from_bytes(_from_values(values), "big")
    size = SYMBOLS * 5 // 8

    def fits(candidate: int) -> bool:
        data = candidate.to_bytes(size, "big")
        return _check(data[:32]) == data[32:]

    def shift(i: int) -> int:
        return (SYMBOLS - 1 - i) * 5

    groups: set[int] = set()
    for i, original in enumerate(values):
        for v in range(32):
            if v != original and fits(number ^ ((original ^ v) << shift(i))):
                groups.add(i // GROUP + 1)
    for i in range(SYMBOLS - 1):
        a, b = values[i], values[i + 1]
        if a != b and fits(number ^ ((a ^ b) << shift(i)) ^ ((a ^ b) << shift(i + 1))):
            groups.update({i // GROUP + 1, (i + 1) // GROUP + 1})
    return groups.pop() if len(groups) == 1 else None


def looks_like_recovery_key(text: str) -> bool:
    """True when *text* is shaped like a recovery key (so an unlock box can take either)."""
    symbols = normalise(text)
    return len(symbols) == SYMBOLS and all(ch in _VALUE for ch in symbols)


def fingerprint(key: RawKey) -> str:
    """A short, one-way name for a key: tells "this paper belongs to this database" apart."""
    digest = hashlib.sha256(b"agentbook key fingerprint v1" + bytes.fromhex(key.hex)).digest()
    return _to_symbols(digest[:5])[:8]
