"""The recovery key: full 256-bit strength, readable groups, typos caught and located."""

from __future__ import annotations

import secrets

import pytest

from agentbook.store.db.connection import RawKey
from agentbook.store.keys import recovery
from agentbook.store.keys.recovery import ALPHABET, GROUPS, SYMBOLS, RecoveryKeyError, decode, encode


def random_key() -> RawKey:
    return RawKey(secrets.token_hex(32))


def test_round_trip_keeps_every_bit() -> None:
    for _ in range(200):
        key = random_key()
        assert decode(encode(key).text) == key


def test_extreme_keys_round_trip() -> None:
    for hexdigits in ("0" * 64, "f" * 64, "8" + "0" * 63, "0" * 63 + "1"):
        assert decode(encode(RawKey(hexdigits)).text) == RawKey(hexdigits)


def test_shape_is_fourteen_groups_of_four_unambiguous_symbols() -> None:
    text = encode(random_key()).text
    groups = text.split("-")
    assert len(groups) == GROUPS == 14 and all(len(g) == 4 for g in groups)
    assert SYMBOLS * 5 >= 256 + 24  # the whole key plus a 24-bit check
    assert not set("ILOU") & set(ALPHABET)
    assert set(text.replace("-", "")) <= set(ALPHABET)


def test_typing_is_forgiving_about_case_spaces_and_look_alikes() -> None:
    key = random_key()
    text = encode(key).text
    sloppy = " ".join(text.lower().split("-")).replace("0", "o").replace("1", "l")
    assert decode(sloppy) == key
    assert decode(text.replace("-", "")) == key


def test_a_wrong_symbol_is_caught_and_its_group_named() -> None:
    # A fixed key: for about one random key in 3,000 a typo in the first group is caught but its
    # group is not named (the check cannot place it); that rare case is not what this test is about.
    key = RawKey("3c1f0e9a7b5d2468" * 4)
    symbols = list(encode(key).text.replace("-", ""))
    for position in (0, 17, 30, 55):
        typo = symbols.copy()
        typo[position] = next(c for c in ALPHABET if c != typo[position])
        with pytest.raises(RecoveryKeyError) as info:
            decode("".join(typo))
        assert info.value.problem == "check"
        assert info.value.group == position // 4 + 1


def test_swapped_neighbours_are_caught() -> None:
    key = RawKey("0123456789abcdef" * 4)
    symbols = list(encode(key).text.replace("-", ""))
    i = next(i for i in range(5, SYMBOLS - 1) if symbols[i] != symbols[i + 1])
    symbols[i], symbols[i + 1] = symbols[i + 1], symbols[i]
    with pytest.raises(RecoveryKeyError) as info:
        decode("".join(symbols))
    assert info.value.problem == "check"


def test_wrong_length_and_foreign_symbols_are_named() -> None:
    text = encode(random_key()).text
    with pytest.raises(RecoveryKeyError) as info:
        decode(text[:-5])
    assert info.value.problem == "length" and info.value.count == SYMBOLS - 4
    with pytest.raises(RecoveryKeyError) as info:
        decode(text[:10] + "U" + text[11:])
    assert info.value.problem == "symbol" and info.value.group == 3


def test_almost_every_random_string_is_refused_by_the_check() -> None:
    accepted = 0
    for _ in range(300):
        guess = "".join(secrets.choice(ALPHABET) for _ in range(SYMBOLS))
        try:
            decode(guess)
            accepted += 1
        except RecoveryKeyError:
            pass
    assert accepted == 0


def test_fingerprint_is_short_stable_and_one_way() -> None:
    key = random_key()
    assert recovery.fingerprint(key) == recovery.fingerprint(RawKey(key.hex))
    assert len(recovery.fingerprint(key)) == 8
    assert recovery.fingerprint(key) not in encode(key).text.replace("-", "")
    assert recovery.looks_like_recovery_key(encode(key).text)
    assert not recovery.looks_like_recovery_key("我的口令 1234")
