"""The optional app password of a shared computer: only a salted hash is kept.

Plain Python beside the keys, so the settings can set it and the lock check it without either
knowing the other, and it is tested without Qt. The archive key never depends on it: it guards
the window of an archive already opened, not the file.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets


def hash_app_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return json.dumps({"v": 1, "salt": salt.hex(), "hash": digest.hex()})


def check_app_password(record: str, password: str) -> bool:
    try:
        data = json.loads(record)
        salt = bytes.fromhex(data["salt"])
        expected = bytes.fromhex(data["hash"])
    except (ValueError, KeyError, TypeError):
        return False
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return hmac.compare_digest(digest, expected)
