"""The branch's sealing of sensitive values and the per-person copies of its data key, without a server."""

from __future__ import annotations

import secrets

import pytest

from agentbook.store.branch import data_key
from agentbook.store.branch.sealing import PREFIX, BranchKeyError, BranchSealer


def test_the_same_number_seals_the_same_way_and_opens_again():
    sealer = BranchSealer(secrets.token_bytes(32))
    sealed = sealer.seal("110105198808080011", "id_number")
    assert sealed.startswith(PREFIX) and "110105198808080011" not in sealed
    assert sealer.seal("110105198808080011", "id_number") == sealed  # the server compares sealed values
    assert sealer.seal("110105198808080011", "mobile") != sealed  # but not across fields
    assert sealer.open(sealed) == "110105198808080011"
    assert sealer.seal(sealed, "id_number") == sealed  # sealing twice changes nothing
    assert sealer.seal("", "mobile") == "" and sealer.seal(None, "mobile") is None  # empty stays empty
    assert sealer.open("ab1:备注里恰好这样开头") == "ab1:备注里恰好这样开头"  # not a sealed value


def test_a_changed_value_or_another_branchs_key_is_refused_not_misread():
    sealer, other = BranchSealer(secrets.token_bytes(32)), BranchSealer(secrets.token_bytes(32))
    sealed = sealer.seal("13812345678", "mobile")
    with pytest.raises(BranchKeyError):
        other.open(sealed)
    tampered = sealed[:-6] + ("A" if sealed[-6] != "A" else "B") + sealed[-5:]
    with pytest.raises(BranchKeyError):
        sealer.open(tampered)
    scan = sealer.seal_bytes(b"%PDF-1.7 scan", "data")
    assert scan != sealer.seal_bytes(b"%PDF-1.7 scan", "data")  # bytes get a fresh nonce each time
    assert sealer.open_bytes(scan, "data") == b"%PDF-1.7 scan"
    with pytest.raises(BranchKeyError):
        sealer.open_bytes(scan, "thumbnail")


def test_blind_tokens_match_the_tails_and_heads_people_type():
    sealer = BranchSealer(secrets.token_bytes(32))
    held = sealer.tokens("13812345678", "11010519880808001X")
    for typed in ("5678", "345678", "13812345678", "138", "1381234", "001x", "0808001x", "11010519880808001X"):
        assert set(sealer.query_tokens(typed)) & held, typed
    for typed in ("2345", "81234567", "0808"):  # the middle of a number is not what was meant
        assert not set(sealer.query_tokens(typed)) & held, typed
    assert all("5678" not in t and "1381" not in t for t in held)


def test_a_copy_of_the_key_opens_only_with_its_password():
    key = secrets.token_bytes(32)
    copy = data_key.wrap(key, "王小明的口令王小明")
    assert key.hex() not in copy
    assert data_key.unwrap(copy, "王小明的口令王小明") == key
    assert data_key.unwrap(copy, "别人的口令别人的口令") is None
    assert data_key.unwrap("not a copy", "王小明的口令王小明") is None
