"""The branch's data key: made once, handed to each person under their own password.

The key that seals a branch's sensitive columns (``sealing.py``) must never sit on the server
in a form a dump could use. So the server keeps one copy per person, wrapped (AES-256-GCM) under
a key derived from that person's password with scrypt, and the key's check value:

- the database's owner makes the key at the first opening after ``branch init`` (or when moving
  an archive in) and keeps a copy under their own password;
- a manager's app wraps a copy for each person it adds, and again for a password it resets (the
  manager typed that password, the app holds the key): that is how the key is handed over;
- disabling a person deletes their copy with their login (``ab_disable_person``);
- at sign-in the app unwraps the person's copy with the password they signed in with and keeps
  the key in memory only while the branch is open; the idle lock drops it with the connection.

A password is thus what unlocks a person's data key, as it unlocks their login: a person who
signs in without one (a Unix-socket "peer" login) is asked to sign in with a password.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.branch.sealing import KEY_BYTES, BranchSealer
from agentbook.store.errors import KnownError

# scrypt at 32 MiB: about a tenth of a second per sign-in, years per guess list for a dump thief.
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_WRAP_LABEL = b"agentbook branch key copy v1"


class BranchKeyMissingError(KnownError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "这台电脑还没有营业部的数据密钥，加密的证件号码、手机号等无法打开。"
        "请经理在“人员与权限”里为您重设口令，再用新口令登录。",
    )


class BranchKeyNeedsPasswordError(KnownError):
    message = QT_TRANSLATE_NOOP(
        "store", "营业部的数据密钥用登录口令保护。请用口令登录营业部服务器（不要用免口令的本机登录）。"
    )


class BranchKeyNotMadeError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "营业部服务器还没有数据密钥。请经理先用服务器的所有者账号打开一次营业部档案。")


def password_of(dsn: str) -> str | None:
    """The password a connection string signs in with (or libpq's PGPASSWORD), else None."""
    from psycopg.conninfo import conninfo_to_dict

    password = conninfo_to_dict(dsn).get("password") or os.environ.get("PGPASSWORD")
    return str(password) if password else None


def _kek(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, maxmem=2**26, **_SCRYPT)


def wrap(key: bytes, password: str) -> str:
    """A copy of *key* only *password* opens (what ``branch_key.wrapped`` holds)."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(_kek(password, salt)).encrypt(nonce, key, _WRAP_LABEL)
    return json.dumps(
        {"v": 1, "scrypt": _SCRYPT, "salt": salt.hex(), "key": base64.b64encode(nonce + sealed).decode("ascii")}
    )


def unwrap(wrapped: str, password: str) -> bytes | None:
    """The key in *wrapped*, or None when *password* is not the one it was wrapped under."""
    try:
        copy = json.loads(wrapped)
        raw = base64.b64decode(copy["key"])
        params = copy["scrypt"]
        kek = hashlib.scrypt(
            password.encode("utf-8"), salt=bytes.fromhex(copy["salt"]), dklen=32, maxmem=2**26,
            n=int(params["n"]), r=int(params["r"]), p=int(params["p"]),
        )  # fmt: skip
        return AESGCM(kek).decrypt(raw[:12], raw[12:], _WRAP_LABEL)
    except (InvalidTag, ValueError, KeyError, TypeError):
        return None


def has_key(conn: Any) -> bool:
    return bool(conn.execute("SELECT count(*) FROM ab_my_key()").fetchone()[0])


def make(conn: Any, login: str, password: str | None, at: str) -> BranchSealer:
    """A new data key for a branch that has none (the owner's first opening): its check and the
    owner's copy, inside the caller's transaction."""
    if password is None:
        raise BranchKeyNeedsPasswordError("the owner signed in without a password")
    key = secrets.token_bytes(KEY_BYTES)
    sealer = BranchSealer(key)
    conn.execute("INSERT INTO branch_key_check (one, check_value) VALUES (1, ?)", (sealer.check,))
    conn.execute("SELECT ab_set_key_copy(?, ?, ?)", (login, wrap(key, password), at))
    return sealer


def obtain(conn: Any, password: str | None) -> BranchSealer:
    """The signed-in person's data key, unwrapped from their copy with *password*."""
    row = conn.execute("SELECT wrapped, check_value FROM ab_my_key()").fetchone()
    if row is None:
        raise BranchKeyNotMadeError("the branch has no data key yet")
    wrapped, check = row
    if wrapped is None:
        raise BranchKeyMissingError("no copy of the data key for this person")
    if password is None:
        raise BranchKeyNeedsPasswordError("signed in without a password")
    key = unwrap(wrapped, password)
    if key is None:
        raise BranchKeyMissingError("the copy was wrapped under another password")
    sealer = BranchSealer(key)
    if sealer.check != check:
        raise BranchKeyMissingError("the unwrapped key does not match the branch's check")
    return sealer


def hand_to(conn: Any, sealer: BranchSealer, login: str, password: str, at: str) -> None:
    """Give *login* a copy of the data key under *password* (adding a person, resetting a password)."""
    conn.execute("SELECT ab_set_key_copy(?, ?, ?)", (login, wrap(sealer.key, password), at))


def sealed(conn: Any, sealer: Any) -> Any:
    """*conn* carrying the branch's data key (readers share the writer's: no second unwrap)."""
    conn.sealer = sealer
    return conn


def data_key_of(conn: Any, dsn: str, clock: Any) -> Any:
    """The signed-in person's data key (``store/branch/data_key``); the database's owner makes
    it at the first opening of a branch that has none, sealing what was written in clear."""
    from agentbook.domain.clock import SystemClock, timestamp_text
    from agentbook.store.branch import sealed_rows
    from agentbook.store.db import pg_schema

    password = password_of(dsn)
    if not has_key(conn) and pg_schema.is_owner(conn.raw):
        at = timestamp_text((clock or SystemClock()).now())
        conn.execute("BEGIN")
        try:
            conn.execute("LOCK TABLE branch_key_check IN EXCLUSIVE MODE")  # two owners opening at once
            if not has_key(conn):
                sealer = make(conn, conn.raw.info.user, password, at)
                sealed_rows.seal_existing(conn, sealer)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return obtain(conn, password)
