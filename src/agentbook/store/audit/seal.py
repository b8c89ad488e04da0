"""Crypto-shredding for the audit log: personal details sealed under per-customer keys.

The tension: the audit log is append-only and hash-chained (nobody may change or remove a row),
yet destroying a customer must remove their personal data for good, and a row's before/after
JSON holds exactly that data. Rewriting or deleting those rows would break the chain.

The answer: every row that concerns customers keeps its ``summary``, ``before_json`` and
``after_json`` sealed (AES-256-GCM) under a key derived from *each* concerned customer's own
random key (``audit_key`` table). The chain hashes the sealed text, so it never changes. To
destroy a customer we delete their key: every row that mentions them becomes unreadable noise,
while who did what and when — and the chain — stay verifiable. A row about a policy of two
customers needs both keys (they are combined), so destroying either one shreds its details.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Iterable, Iterator
from typing import Any

import sqlcipher3
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from agentbook.store.branch.sealing import sealer_of
from agentbook.store.db import schema_info
from agentbook.store.db.many_rows import insert_many
from agentbook.store.db.serialize import to_plain

PREFIX = "sealed:v1:"
# Keys in a record's plain form that name a customer (policy parties, claimant, relatives …).
PARTY_KEYS = frozenset({"customer_id", "policyholder_id", "insured_id", "related_id", "claimant_id"})
_LABEL = b"agentbook audit seal v1"


class ShreddedError(Exception):
    """The keys of this sealed value were destroyed with its customer."""


def parties(customer_id: int | None, *payloads: Any) -> list[int]:
    """The customers a row concerns: its own customer and every party named in its payloads."""
    found: set[int] = set()
    if customer_id is not None:
        found.add(int(customer_id))

    def walk(value: dict[Any, Any] | list[Any]) -> None:
        # Only containers are visited: a record's plain form is mostly leaves, and an import
        # finds the parties of thousands of records. Text and None, most of those leaves, are
        # passed over before the slower checks of type.
        for k, v in value.items() if isinstance(value, dict) else enumerate(value):
            if v is None or type(v) is str:
                continue
            if isinstance(v, dict | list):
                walk(v)
            elif k in PARTY_KEYS and isinstance(v, int) and not isinstance(v, bool):
                found.add(v)

    for payload in payloads:
        if payload is not None:
            plain = payload if isinstance(payload, dict | list) else to_plain(payload)
            if isinstance(plain, dict | list):
                walk(plain)
    return sorted(found)


def has_key_table(conn: sqlcipher3.Connection) -> bool:
    return schema_info.has_table(conn, "audit_key")


def current_keys(conn: sqlcipher3.Connection, customer_ids: Iterable[int], at: str) -> list[tuple[int, bytes]]:
    """(key id, key) of each customer's newest key, made on first use."""
    out = []
    for cid in customer_ids:
        row = conn.execute(
            "SELECT id, key FROM audit_key WHERE customer_id = ? ORDER BY id DESC LIMIT 1", (cid,)
        ).fetchone()
        if row is None:
            key = secrets.token_bytes(32)
            cur = conn.execute(
                "INSERT INTO audit_key (customer_id, key, created_at) VALUES (?,?,?)", (cid, _kept(conn, key), at)
            )
            row = (int(cur.lastrowid), key)
        out.append((int(row[0]), _usable(conn, row[1])))
    return sorted(out)


def _kept(conn: sqlcipher3.Connection, key: bytes) -> bytes:
    """A customer's audit key as the table keeps it: on a branch server wrapped under the
    branch's data key (``store/branch/sealing``), or a dump of the server would hold the very
    keys that open the audit log's sealed details."""
    sealer = sealer_of(conn)
    return key if sealer is None else bytes(sealer.seal_bytes(key, "key") or b"")


def _usable(conn: sqlcipher3.Connection, stored: bytes) -> bytes:
    sealer = sealer_of(conn)
    return bytes(stored) if sealer is None else bytes(sealer.open_bytes(bytes(stored), "key") or b"")


def keys_of_many(conn: sqlcipher3.Connection, customer_ids: Iterable[int], at: str) -> dict[int, tuple[int, bytes]]:
    """Each customer's newest (key id, key), the missing ones made in the order *customer_ids*
    names them: the ids ``current_keys`` would have given them one entry at a time."""
    wanted = list(dict.fromkeys(customer_ids))
    found: dict[int, tuple[int, bytes]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for key_id, cid, key in conn.execute(
            f"SELECT id, customer_id, key FROM audit_key WHERE customer_id IN ({','.join('?' * len(chunk))})", chunk
        ):
            if cid not in found or key_id > found[cid][0]:
                found[cid] = (int(key_id), _usable(conn, key))
    missing = [cid for cid in wanted if cid not in found]
    if missing:
        ids = schema_info.reserve_ids(conn, "audit_key", len(missing))
        made = [(key_id, cid, secrets.token_bytes(32)) for key_id, cid in zip(ids, missing, strict=True)]
        insert_many(
            conn,
            "INSERT INTO audit_key (id, customer_id, key, created_at) VALUES (?,?,?,?)",
            [(key_id, cid, _kept(conn, key), at) for key_id, cid, key in made],
        )
        found.update((cid, (key_id, key)) for key_id, cid, key in made)
    return found


def _combine(keys: list[tuple[int, bytes]]) -> AESGCM:
    return AESGCM(hashlib.sha256(_LABEL + b"".join(k for _i, k in sorted(keys))).digest())


def seal(keys: list[tuple[int, bytes]], text: str, field: str) -> str:
    return Sealer(keys).seal(text, field)


class Sealer:
    """Seals under one set of keys: the combined key derived once for all the values sealed
    under it (an entry's three fields; an import's entries about the same customer)."""

    def __init__(self, keys: list[tuple[int, bytes]]) -> None:
        self._cipher = _combine(keys)
        self._ids = ".".join(str(i) for i, _k in keys)

    def seal(self, text: str, field: str, nonce: bytes | None = None) -> str:
        """*nonce*: 12 random bytes never used before (``nonces``); drawn here when None."""
        nonce = nonce or secrets.token_bytes(12)
        sealed = self._cipher.encrypt(nonce, text.encode("utf-8"), field.encode())
        return PREFIX + self._ids + ":" + base64.b64encode(nonce + sealed).decode("ascii")


def nonces() -> Iterator[bytes]:
    """Fresh 12-byte nonces from the system's random source, drawn 256 at a time: sealing the
    audit rows of an import asks for tens of thousands, one system call each otherwise."""
    while True:
        block = secrets.token_bytes(12 * 256)
        for start in range(0, len(block), 12):
            yield block[start : start + 12]


def is_sealed(value: str | None) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


def key_ids(value: str) -> list[int]:
    return [int(i) for i in value[len(PREFIX) :].split(":", 1)[0].split(".")]


class Opener:
    """Opens sealed values, caching keys for one read of many rows."""

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self._conn = conn
        self._keys: dict[int, bytes | None] = {}

    def _key(self, key_id: int) -> bytes | None:
        if key_id not in self._keys:
            row = self._conn.execute("SELECT key FROM audit_key WHERE id = ?", (key_id,)).fetchone()
            self._keys[key_id] = _usable(self._conn, row[0]) if row else None
        return self._keys[key_id]

    def open(self, value: str, field: str) -> str:
        ids_text, blob = value[len(PREFIX) :].split(":", 1)
        keys = []
        for key_id in (int(i) for i in ids_text.split(".")):
            key = self._key(key_id)
            if key is None:
                raise ShreddedError(key_id)
            keys.append((key_id, key))
        data = base64.b64decode(blob)
        try:
            return _combine(keys).decrypt(data[:12], data[12:], field.encode()).decode("utf-8")
        except InvalidTag as exc:  # a key that exists but does not fit: treat as gone, never guess
            raise ShreddedError(ids_text) from exc
