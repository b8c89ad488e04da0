"""The key's life: shown once as a recovery key, typed back on a new laptop, changed on demand.

Key hierarchy (see docs/security.md): one random 256-bit key per database, kept in the OS keyring
under ``agentbook`` / the database's absolute path; the recovery key is that same key written for
people. In passphrase mode (no keyring) SQLCipher derives the key from the passphrase instead and
there is no recovery key: the passphrase is the only way in.

A key change must never leave a file nobody can open, nor a keyring entry that does not open it.
The order is:
1. the new key goes into the keyring as a *pending* entry beside the current one;
2. ``PRAGMA rekey`` re-encrypts the file in one SQLite transaction (old key or new, never a mix
   once the WAL is read with it), and the checkpoint copies the pages into the file;
3. fresh connections must open the file with the new key and no longer with the old one
   (``PRAGMA rekey`` answers ok even when a full disk kept it from changing anything);
4. the change is audited, the new key replaces the current entry, the pending entry goes.
Killed at any step, the next open finds the key that opens the file: the current entry, or
else the pending one, whatever the current one failed with (killed during the checkpoint, the
old key reads half the pages as damaged), and promotes the pending key when it is the one. A
refused key change (step 3) forgets the pending key: the old key and recovery key stay valid.
The new recovery key is confirmed by the user like the first one.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import sqlcipher3

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.backup.restore_swap import sweep_leftovers
from agentbook.store.db.connection import Credentials, Passphrase, RawKey, open_encrypted
from agentbook.store.db.database import Database
from agentbook.store.errors import DatabaseLockedError, KnownError, WrongKeyError
from agentbook.store.keys import recovery
from agentbook.store.keys.vault import KeyVault, new_raw_key

CONFIRMED_SETTING = "recovery_key_confirmed"


class NoRecoveryKeyError(KnownError):
    message = QT_TRANSLATE_NOOP(
        "store", "此数据库使用口令加密（本机没有系统密钥环），没有恢复密钥。口令是打开它的唯一方式，请务必牢记。"
    )


def open_existing(
    path: Path, vault: KeyVault, credentials: Credentials, *, from_vault: bool
) -> tuple[sqlcipher3.Connection, Credentials]:
    """Open *path*, settling a key change that a crash interrupted (see the module docstring),
    and clear what killed restores left beside it — now, while this process owns the archive, so
    no other agentbook can be staging a restore there."""
    opened = _open_existing(path, vault, credentials, from_vault=from_vault)
    sweep_leftovers(path)
    return opened


def _open_existing(
    path: Path, vault: KeyVault, credentials: Credentials, *, from_vault: bool
) -> tuple[sqlcipher3.Connection, Credentials]:
    try:
        conn = open_encrypted(path, credentials, create=False)
    except DatabaseLockedError:
        raise  # in use: no other key would do better, and nothing may be promoted
    except KnownError as first:
        if not from_vault or not isinstance(credentials, RawKey):
            raise
        try:
            pending = vault.load_pending(path)
        except KnownError:
            raise first from None  # a keyring that cannot answer: the first error stands
        if pending is None or pending == credentials:
            raise
        try:
            conn = open_encrypted(path, pending, create=False)
        except DatabaseLockedError:
            raise
        except KnownError:
            raise first from None  # neither key opens it: damage (or a wrong key) is the answer
        with contextlib.suppress(KnownError):  # open for this session; promoted next time
            vault.store(path, pending)
            vault.forget_pending(path)
        return conn, pending
    if from_vault and isinstance(credentials, RawKey):
        with contextlib.suppress(KnownError):
            if vault.load_pending(path) is not None:  # a change refused, or finished but for this
                vault.forget_pending(path)
    return conn, credentials


def recovery_key(db: Database) -> recovery.RecoveryKey:
    creds = db.credentials
    if not isinstance(creds, RawKey):
        raise NoRecoveryKeyError()
    return recovery.encode(creds)


def needs_confirmation(db: Database) -> bool:
    """True until the user confirmed storing the recovery key of the *current* key."""
    creds = db.credentials
    return isinstance(creds, RawKey) and db.get_setting(CONFIRMED_SETTING) != recovery.fingerprint(creds)


def confirm(db: Database) -> None:
    creds = db.credentials
    if isinstance(creds, RawKey):
        db.set_setting(CONFIRMED_SETTING, recovery.fingerprint(creds))


def change_key(db: Database, vault: KeyVault) -> recovery.RecoveryKey:
    """A new random key for the database and the keyring; returns the new recovery key.

    Raises ``KeyChangeFailedError`` when the file did not take the new key: the pending entry is
    gone, and the old key, the old recovery key and the open connection all work as before.
    """
    if not isinstance(db.credentials, RawKey):
        raise NoRecoveryKeyError()
    new = new_raw_key()
    vault.store_pending(db.path, new)  # a keyring that refuses: nothing has changed yet
    try:
        db.rekey(new)
    except BaseException:
        with contextlib.suppress(KnownError):
            vault.forget_pending(db.path)
        raise
    # Audited before the keyring switches: a crash after this finds the new key pending.
    db.audit("key_change", "database", summary="rekey", after={"fingerprint": recovery.fingerprint(new)})
    vault.store(db.path, new)  # if this fails, the pending entry still opens the file
    vault.forget_pending(db.path)
    return recovery.encode(new)


def change_passphrase(db: Database, old: str, new: str) -> None:
    """Passphrase mode: the old passphrase proves the user, then ``PRAGMA rekey``."""
    current = db.credentials
    if not isinstance(current, Passphrase):
        raise NoRecoveryKeyError()
    if Passphrase(old) != current:
        raise WrongKeyError("old passphrase does not match")
    db.rekey(Passphrase(new))
    db.audit("passphrase_change", "database", summary="rekey")
