"""After a lock, the store holds no copy of the key or passphrase: the one buffer it kept is
wiped, and the passphrase variable is gone from the environment. (What Python's immutable
strings cannot promise is said in ``agentbook.store.db.connection._Secret``.)"""

from __future__ import annotations

import gc
import os

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from agentbook.store.api import Store
from agentbook.store.db.connection import Passphrase, RawKey
from agentbook.store.errors import ArchiveLockedError, InvalidKeyError
from agentbook.store.keys.vault import PASSPHRASE_ENV, KeyVault
from tests.store_builders import person

PASSPHRASE = "Zebra-7781 记忆测试口令"


def reachable_strings_and_buffers(root: object) -> list[bytes | str]:
    """Every str/bytes/bytearray reachable from *root* through the garbage collector's referents."""
    seen, out, todo = set(), [], [root]
    while todo:
        obj = todo.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, str | bytes | bytearray):
            out.append(bytes(obj) if isinstance(obj, bytearray) else obj)
            continue
        if isinstance(obj, type) or (type(obj).__module__ in ("builtins",) and callable(obj)):
            continue
        if isinstance(obj, KeyringBackend):  # the OS keyring service: another process in real use
            continue
        todo.extend(gc.get_referents(obj))
        for slot in getattr(type(obj), "__slots__", ()):
            if hasattr(obj, slot):
                todo.append(getattr(obj, slot))
    return out


def test_a_lock_wipes_the_raw_key_the_store_holds(store):
    store.customers.create(person("内存测"))
    held = store.db.credentials
    assert isinstance(held, RawKey)
    key_hex = held.hex
    raw = bytes.fromhex(key_hex)
    store.security.lock("manual")
    assert store.db.key is None
    assert held.wiped and not any(held._buffer)  # the one buffer is zeros now
    with pytest.raises(InvalidKeyError):
        held.pragma()
    for value in reachable_strings_and_buffers(store):
        if isinstance(value, str):
            assert key_hex not in value and key_hex.upper() not in value
        else:
            assert raw not in value
    with pytest.raises(ArchiveLockedError):
        store.customers.find("1")


def test_a_caller_keeps_its_own_key_object_working(store, vault, db_path):
    """The store copies what it is given, so wiping at lock never breaks the caller's object."""
    given = vault.load(db_path)
    store.security.lock("manual")
    store.security.unlock(given)
    assert not given.wiped and store.db.credentials == given and store.db.credentials is not given


def test_the_passphrase_leaves_the_environment_and_the_store_at_lock(db_path, monkeypatch):
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    store = Store.open(db_path, KeyVault(), create=True, actor="测试")
    try:
        assert PASSPHRASE_ENV not in os.environ and os.getenv(PASSPHRASE_ENV) is None
        held = store.db.credentials
        assert isinstance(held, Passphrase)
        store.security.lock("manual")
        assert held.wiped and not any(held._buffer)
        encoded = PASSPHRASE.encode("utf-8")
        for value in reachable_strings_and_buffers(store):
            assert (PASSPHRASE not in value) if isinstance(value, str) else (encoded not in value)
        assert all(PASSPHRASE not in v for v in os.environ.values())
        store.security.unlock(Passphrase(PASSPHRASE))
        assert store.customers.find("1") == []
    finally:
        store.close()
