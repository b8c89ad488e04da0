"""Where the database key lives: the OS keyring, or the user's head (passphrase mode).

One keyring entry per database, under the service ``agentbook`` with the database's absolute
path as the user name. The key never lives next to the data it opens: with no keyring backend
the database is keyed with a passphrase instead, and nothing is written anywhere.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors
from keyring.backends import fail

from agentbook.store.db.connection import Credentials, Passphrase, RawKey
from agentbook.store.errors import (
    KeyMissingError,
    KeyringInitError,
    KeyringLockedError,
    KeyringUnavailableError,
    PassphraseRequiredError,
)

SERVICE = "agentbook"
BRANCH_PREFIX = "branch:"  # keyring user names of branch logins (a file's entry is its absolute path)
PASSPHRASE_ENV = "AGENTBOOK_PASSPHRASE"
PENDING_SUFFIX = "#pending"
# Backends that would keep the key in a file beside the data (keyrings.alt) or prompt on a
# terminal nobody sees from the GUI: treated as "no keyring", so the passphrase path is taken.
REFUSED_BACKENDS = ("PlaintextKeyring", "EncryptedKeyring", "keyrings.alt")


def new_raw_key() -> RawKey:
    """A fresh random 256-bit key from the OS's CSPRNG."""
    return RawKey(secrets.token_hex(32))


def entry_name(db_path: Path) -> str:
    """The keyring user name of a database: its absolute path, stable across working dirs."""
    return str(Path(db_path).expanduser().resolve())


@dataclass(frozen=True, slots=True)
class KeyringInfo:
    """What the UI tells the user about where the key is kept (Vorta shows the same)."""

    backend_name: str
    is_system_store: bool


class KeyVault:
    """Fetches and stores database keys; the one place that talks to ``keyring``."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        return self._backend or keyring.get_keyring()

    def info(self) -> KeyringInfo:
        backend = self.backend
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        return KeyringInfo(name, self.has_backend() and "keyrings.alt" not in name)

    def has_backend(self) -> bool:
        """False where no keyring exists (headless Linux): the passphrase path is taken then."""
        backend = self.backend
        if isinstance(backend, fail.Keyring):
            return False
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        if any(refused in name for refused in REFUSED_BACKENDS):
            return False
        try:
            return backend.priority > 0
        except Exception:  # a backend that cannot even say its priority is not usable
            return False

    def load(self, db_path: Path) -> RawKey | None:
        """The stored key of *db_path*, or None when the entry is missing."""
        return self._get(entry_name(db_path))

    def store(self, db_path: Path, key: RawKey) -> None:
        self._set(entry_name(db_path), key)

    def forget(self, db_path: Path) -> None:
        """Remove the entry (after the database itself was destroyed or moved)."""
        self._delete(entry_name(db_path))

    # A key change writes the new key here first, so a crash between the database's rekey and
    # the keyring update leaves both keys findable (see ``store.keys``).
    def load_pending(self, db_path: Path) -> RawKey | None:
        return self._get(entry_name(db_path) + PENDING_SUFFIX)

    def store_pending(self, db_path: Path, key: RawKey) -> None:
        self._set(entry_name(db_path) + PENDING_SUFFIX, key)

    def forget_pending(self, db_path: Path) -> None:
        self._delete(entry_name(db_path) + PENDING_SUFFIX)

    # Small non-secret records beside the key (the audit chain's head, ``store.audit_anchor``):
    # kept where the key is because that is the one place the archive file does not control.
    def load_text(self, db_path: Path, suffix: str) -> str | None:
        return self._get_text(entry_name(db_path) + suffix)

    def store_text(self, db_path: Path, suffix: str, text: str) -> None:
        self._set_text(entry_name(db_path) + suffix, text)

    def forget_text(self, db_path: Path, suffix: str) -> None:
        self._delete(entry_name(db_path) + suffix)

    # The password of a branch server's login (``db/branch_login.py``), under its label.
    def load_branch_password(self, label: str) -> str | None:
        return self._get_text(BRANCH_PREFIX + label)

    def store_branch_password(self, label: str, password: str) -> None:
        self._set_text(BRANCH_PREFIX + label, password)

    def forget_branch_password(self, label: str) -> None:
        self._delete(BRANCH_PREFIX + label)

    def _get(self, user: str) -> RawKey | None:
        secret = self._get_text(user)
        return RawKey(secret) if secret else None

    def _get_text(self, user: str) -> str | None:
        try:
            secret = self.backend.get_password(SERVICE, user)
        except keyring.errors.KeyringLocked as exc:
            raise KeyringLockedError(str(exc)) from exc
        except keyring.errors.InitError as exc:
            raise KeyringInitError(str(exc)) from exc
        except keyring.errors.KeyringError as exc:  # NoKeyringError and the rest
            raise KeyringUnavailableError(str(exc)) from exc
        return secret or None

    def _set(self, user: str, key: RawKey) -> None:
        self._set_text(user, key.hex)

    def _set_text(self, user: str, text: str) -> None:
        try:
            self.backend.set_password(SERVICE, user, text)
        except keyring.errors.KeyringLocked as exc:
            raise KeyringLockedError(str(exc)) from exc
        except keyring.errors.InitError as exc:
            raise KeyringInitError(str(exc)) from exc
        except keyring.errors.KeyringError as exc:  # NoKeyringError, PasswordSetError and the rest
            raise KeyringUnavailableError(str(exc)) from exc

    def _delete(self, user: str) -> None:
        try:
            self.backend.delete_password(SERVICE, user)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringLocked as exc:
            raise KeyringLockedError(str(exc)) from exc
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailableError(str(exc)) from exc

    def credentials_for(self, db_path: Path, *, creating: bool, passphrase: str | None = None) -> Credentials:
        """Decide how to key *db_path*.

        With a keyring: an existing database's key must be there (never a new one for an
        existing file); a new database gets a new key. Without one: the passphrase given, or
        ``AGENTBOOK_PASSPHRASE``, else ``PassphraseRequiredError`` for the UI to ask.
        """
        if passphrase is not None:
            return Passphrase(passphrase)
        if not self.has_backend():
            # Read once and removed from the environment, so no child process inherits it and a
            # scan of the environment block finds it no longer referenced (see ``Passphrase``).
            env = os.environ.pop(PASSPHRASE_ENV, None)
            if env:
                return Passphrase(env)
            raise PassphraseRequiredError()
        key = self.load(db_path)
        if key is not None:
            return key
        if not creating:
            raise KeyMissingError(entry_name(db_path))
        return new_raw_key()
