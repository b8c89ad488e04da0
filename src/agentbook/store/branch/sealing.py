"""Sensitive columns sealed by the app on a branch server (PostgreSQL has no encryption at rest).

A local archive is one SQLCipher file: every page is encrypted, so its columns are stored as
they are. A branch's rows sit in PostgreSQL's files, its WAL and every ``pg_dump`` in clear. So
on a branch the app seals, under the branch's data key (``data_key.py``), what would hurt most in
a stolen dump: ID numbers (customers' and beneficiaries'), mobile numbers, health and financial
notes, the attachments' content and thumbnails, the text read from them, and the per-customer
keys that open the audit log's sealed details (``audit/seal.py``).

Text is sealed *deterministically* (AES-256-GCM with a synthetic nonce: an HMAC of the field and
the text under a key of its own): the same number always seals to the same text. That keeps what
the server compares working on sealed values — the duplicate check across the branch
(``ab_who_has``), the guard triggers that ask whether an ID number changed, change requests
applied by ``ab_decide`` — and costs only what a keyed hash would show anyway (two customers
with the same number have the same sealed text). Bytes (scans) get a random nonce: nobody
compares them.

Search cannot look inside sealed text, so a branch's search index holds keyed hashes ("blind
tokens") of the numbers' tails, prefixes and whole, in ``customer_gram`` beside the name grams
(the table is already row-secured per person); the search asks for the tokens of what was typed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.errors import KnownError

PREFIX = "ab1:"  # a sealed text; no ID number, phone number or note typed by a person starts so
BYTES_PREFIX = b"agentbook-sealed-1\x00"
KEY_BYTES = 32
# The sealed columns of each table (text) and of attachment_content (bytes).
SEALED_TEXT: dict[str, tuple[str, ...]] = {
    "customer": ("id_number", "mobile", "health_notes", "financial_notes"),
    "beneficiary": ("id_number",),
    "attachment_text": ("text",),  # the words read from a scan: an ID card's number among them
}
SEALED_BYTES: dict[str, tuple[str, ...]] = {
    "attachment_content": ("data", "thumbnail"),
    "audit_key": ("key",),  # the keys that open the audit log's sealed details (audit/seal.py)
}
_FIELDS = frozenset(name for names in SEALED_TEXT.values() for name in names)
TOKEN_MARK = "\x01"  # starts every blind token in customer_gram: no name's gram does
# Lengths of the number pieces indexed as tokens: what people type to find someone by a number.
TAIL_LENGTHS = range(3, 9)
PREFIX_LENGTHS = range(3, 8)
_CHECK_TEXT = "agentbook branch data key check"


class BranchKeyError(KnownError):
    """A sealed value could not be opened: the key is not this branch's, or the value was changed."""

    message = QT_TRANSLATE_NOOP("store", "营业部服务器上的加密字段无法解开：数据密钥不符，或数据已被改动。请联系经理。")


def _derive(key: bytes, label: str) -> bytes:
    return hmac.new(key, label.encode(), hashlib.sha256).digest()


class BranchSealer:
    """Seals and opens the branch's sensitive values and makes the search's blind tokens."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("a branch data key is 32 bytes")
        self.key = key  # handed on, wrapped, to the people a manager adds (data_key.hand_to)
        self._aead = AESGCM(_derive(key, "seal"))
        self._nonce_key = _derive(key, "nonce")
        self._token_key = _derive(key, "token")
        self.check = self.token("check", _CHECK_TEXT)  # kept on the server: a wrong key is told at once

    # --- text -----------------------------------------------------------------------------
    def seal(self, value: Any, field: str) -> Any:
        """*value* sealed (the same text always seals the same way); empty and None stay so,
        and a value already sealed is returned as it is."""
        if not isinstance(value, str) or value == "" or value.startswith(PREFIX):
            return value
        data = value.encode("utf-8")
        nonce = hmac.new(self._nonce_key, field.encode() + b"\x00" + data, hashlib.sha256).digest()[:12]
        sealed = self._aead.encrypt(nonce, data, field.encode())
        return PREFIX + field + ":" + base64.b64encode(nonce + sealed).decode("ascii")

    def open(self, value: Any) -> Any:
        """The text *value* was sealed from; anything not sealed is returned as it is."""
        if not isinstance(value, str) or not value.startswith(PREFIX):
            return value
        field, _sep, body = value[len(PREFIX) :].partition(":")
        if field not in _FIELDS:  # a note that merely starts like a sealed value
            return value
        try:
            raw = base64.b64decode(body.encode("ascii"), validate=True)
            return self._aead.decrypt(raw[:12], raw[12:], field.encode()).decode("utf-8")
        except (InvalidTag, ValueError) as exc:
            raise BranchKeyError(f"cannot open a sealed {value[:24]}…") from exc

    # --- bytes ----------------------------------------------------------------------------
    def seal_bytes(self, data: bytes | None, field: str) -> bytes | None:
        if data is None or bytes(data).startswith(BYTES_PREFIX):
            return data
        nonce = secrets.token_bytes(12)
        return BYTES_PREFIX + nonce + self._aead.encrypt(nonce, bytes(data), field.encode())

    def open_bytes(self, data: bytes | None, field: str) -> bytes | None:
        if data is None:
            return None
        data = bytes(data)
        if not data.startswith(BYTES_PREFIX):
            return data
        body = data[len(BYTES_PREFIX) :]
        try:
            return self._aead.decrypt(body[:12], body[12:], field.encode())
        except InvalidTag as exc:
            raise BranchKeyError(f"cannot open sealed {field}") from exc

    # --- search ---------------------------------------------------------------------------
    def token(self, kind: str, text: str) -> str:
        digest = hmac.new(self._token_key, kind.encode() + b"\x00" + text.encode("utf-8"), hashlib.sha256)
        return TOKEN_MARK + base64.b32encode(digest.digest()[:10]).decode("ascii").lower()

    def tokens(self, mobile: str, id_number: str) -> set[str]:
        """Blind tokens of a customer's mobile (digits as the index keeps them: tails, prefixes,
        whole) and ID number (lower case: tails and whole)."""
        out: set[str] = set()
        for kind, text, prefixes in (("mobile", mobile, True), ("id", id_number.lower(), False)):
            if not text:
                continue
            out.add(self.token(kind, text))
            for n in TAIL_LENGTHS:
                if n < len(text):
                    out.add(self.token(kind + "-tail", text[-n:]))
            if prefixes:
                for n in PREFIX_LENGTHS:
                    if n < len(text):
                        out.add(self.token(kind + "-head", text[:n]))
        return out

    def query_tokens(self, term: str) -> list[str]:
        """The tokens a typed term would match: a whole number, or a tail or head of one."""
        term = term.lower()
        wanted = [self.token("mobile", term), self.token("id", term)]
        if len(term) in TAIL_LENGTHS:
            wanted += [self.token("mobile-tail", term), self.token("id-tail", term)]
        if len(term) in PREFIX_LENGTHS:
            wanted.append(self.token("mobile-head", term))
        return wanted


def opened_rows(sealer: BranchSealer | None, rows: list[Any], positions: tuple[int, ...]) -> list[Any]:
    """*rows* with the values at *positions* opened (rows read straight from sealed columns);
    *rows* themselves when there is no sealer (a local file)."""
    if sealer is None or not positions:
        return rows
    out = []
    for row in rows:
        values = list(row)
        for i in positions:
            values[i] = sealer.open(values[i])
        out.append(tuple(values))
    return out


def sealer_of(conn: Any) -> BranchSealer | None:
    """The sealer a connection carries: a branch's, once its data key is known; None for a file."""
    return getattr(conn, "sealer", None)
