"""Backups of a branch server: PostgreSQL's own ``pg_dump``, encrypted and checked by agentbook.

The dump (custom format) streams from ``pg_dump`` straight into an encrypted file, and back into
``pg_restore`` through a pipe: nothing of it touches the disk in clear. The file is a header
(format, scrypt salt and parameters) followed by chunks sealed with AES-256-GCM, each chunk's
nonce holding its number and whether it is the last, so a reordered, cut or altered file fails to
decrypt instead of restoring half an archive. The key comes from a backup passphrase (scrypt),
which the branch keeps apart from the server.

A backup counts only once it was read back: every chunk decrypted and ``pg_restore --list`` read
the dump's table of contents, which must name every table of the archive. A restore goes into a
new, empty database (``pg_restore --single-transaction``: all or nothing), after which the store
opens it and its audit chain must verify.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.errors import KnownError

MAGIC = b"AGENTBOOK-PGDUMP-1\n"
CHUNK = 1 << 20
_SCRYPT = {"n": 1 << 15, "r": 8, "p": 1}


class PgToolMissingError(KnownError):
    message = QT_TRANSLATE_NOOP(
        "store", "找不到 PostgreSQL 的 pg_dump / pg_restore 程序。请在这台电脑上安装 PostgreSQL 客户端工具。"
    )


class BranchBackupError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "营业部服务器的备份没有完成，已删除未完成的文件。服务器上的数据没有任何改动。")


class BackupPassphraseError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "备份口令不正确，或备份文件已损坏、被截断。")


def pg_tool(name: str) -> str:
    """The path of *name* (``pg_dump``, ``pg_restore``): on PATH, else the newest installed server's."""
    found = shutil.which(name)
    if found:
        return found
    places = [
        (Path("/usr/lib/postgresql"), f"*/bin/{name}"),  # Debian and Ubuntu
        (Path("C:/Program Files/PostgreSQL"), f"*/bin/{name}.exe"),  # the EDB installer on Windows
    ]
    found_paths = [str(p) for root, pattern in places if root.is_dir() for p in root.glob(pattern)]
    candidates = sorted(found_paths, key=_major, reverse=True)
    if not candidates:
        raise PgToolMissingError(name)
    return candidates[0]


def _major(path: str) -> int:
    for part in Path(path).parts:
        if part.isdigit():
            return int(part)
    return 0


def _key(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, **_SCRYPT).derive(passphrase.encode("utf-8"))


def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def write(dsn: str, target: Path, passphrase: str, tables: list[str]) -> int:
    """Dump the branch at *dsn* into *target*, encrypted, and prove it reads back; returns bytes."""
    salt = secrets.token_bytes(16)
    header = MAGIC + json.dumps({"salt": salt.hex(), "scrypt": _SCRYPT, "chunk": CHUNK}).encode() + b"\n"
    aead = AESGCM(_key(passphrase, salt))
    partial = target.with_name(target.name + ".part")
    command = [pg_tool("pg_dump"), "--format=custom", "--no-owner", "--dbname", dsn]
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # personal data: the user's only
        dumping = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        with os.fdopen(fd, "wb") as out, dumping as dump:
            assert dump.stdout is not None
            out.write(header)
            _seal(dump.stdout, out, aead, header)
            errors = dump.stderr.read().decode(errors="replace") if dump.stderr else ""
            if dump.wait() != 0:
                raise BranchBackupError(errors.strip())
            out.flush()
            os.fsync(out.fileno())
        verify(partial, passphrase, tables)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target.stat().st_size


def _seal(source: IO[bytes], out: IO[bytes], aead: AESGCM, header: bytes) -> None:
    index, pending = 0, source.read(CHUNK)
    while True:
        following = source.read(CHUNK) if pending else b""
        last = not following
        sealed = aead.encrypt(_nonce(index, last), pending, header)
        out.write(len(sealed).to_bytes(4, "big") + sealed)
        if last:
            return
        index, pending = index + 1, following


def chunks(path: Path, passphrase: str) -> Iterator[bytes]:
    """The dump's bytes, chunk by chunk, each authenticated (``BackupPassphraseError`` otherwise)."""
    with path.open("rb") as handle:
        magic = handle.readline()
        if magic != MAGIC:
            raise BackupPassphraseError("not an agentbook branch backup")
        meta_line = handle.readline()
        header = magic + meta_line
        meta = json.loads(meta_line)
        aead = AESGCM(_key(passphrase, bytes.fromhex(meta["salt"])))
        index = 0
        while True:
            size = handle.read(4)
            if len(size) < 4:
                raise BackupPassphraseError("the file ends before its last chunk")
            sealed = handle.read(int.from_bytes(size, "big"))
            for last in (False, True):
                try:
                    plain = aead.decrypt(_nonce(index, last), sealed, header)
                except InvalidTag:
                    continue
                yield plain
                if last:
                    if handle.read(1):
                        raise BackupPassphraseError("data after the last chunk")
                    return
                break
            else:
                raise BackupPassphraseError(f"chunk {index} does not decrypt")
            index += 1


def verify(path: Path, passphrase: str, tables: list[str]) -> list[str]:
    """Decrypt every chunk and read the dump's table of contents; returns the tables it holds."""
    listed = _through_tool([pg_tool("pg_restore"), "--list"], path, passphrase)
    held = sorted({line.split()[-2] for line in listed.splitlines() if " TABLE DATA " in line})
    missing = sorted(set(tables) - set(held))
    if missing:
        raise BranchBackupError(f"tables missing from the dump: {', '.join(missing)}")
    return held


def restore(path: Path, passphrase: str, dsn: str) -> None:
    """Restore the backup into the empty database at *dsn*, in one transaction."""
    _through_tool(
        [pg_tool("pg_restore"), "--no-owner", "--no-acl", "--exit-on-error", "--single-transaction", "--dbname", dsn],
        path,
        passphrase,
    )


def _through_tool(command: list[str], path: Path, passphrase: str) -> str:
    """Run a pg_restore *command* on the decrypted dump, fed through a pipe: the dump was written
    to a pipe too, so pg_restore reads it in order and no decrypted copy ever touches the disk."""
    with tempfile.TemporaryFile() as errors, subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors
    ) as tool:
        assert tool.stdin is not None and tool.stdout is not None
        import threading

        output: list[bytes] = []
        reader = threading.Thread(target=lambda: output.append(tool.stdout.read()), daemon=True)  # type: ignore[union-attr]
        reader.start()
        try:
            for piece in chunks(path, passphrase):
                tool.stdin.write(piece)
        except BrokenPipeError:
            pass  # the tool stopped early: its exit code and message say why
        finally:
            tool.stdin.close()
        code = tool.wait()
        reader.join()
        if code != 0:
            errors.seek(0)
            raise BranchBackupError(errors.read().decode(errors="replace").strip())
    return b"".join(output).decode(errors="replace")


def backup(db: Any, target: Path, passphrase: str) -> int:
    """``branch backup`` of the open branch archive *db*: the dump written and proven, then
    audited like every backup; returns its size in bytes."""
    from agentbook.store.db import schema_info

    if db.branch_dsn is None:
        raise BranchBackupError("a branch backup is for an archive on a branch server")
    tables = db.run_read(schema_info.tables)
    size = write(db.branch_dsn_with_login(), target, passphrase, tables)
    db.audit("backup", "database", summary=str(target), after={"bytes": size, "tables": len(tables)})
    return size


def restore_into_empty(source: Path, passphrase: str, dsn: str) -> None:
    """``restore`` into *dsn*, refused unless the database there holds no table yet."""
    from agentbook.store.db.pg_connection import PgConnection

    probe = PgConnection.connect(dsn)
    try:
        row = probe.execute("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").fetchone()
        if row is not None and row[0]:
            raise BranchBackupError("the target database is not empty")
    finally:
        probe.close()
    restore(source, passphrase, dsn)
    # The roles and privileges are the server's (the dump carries none: ``--no-acl``): the next
    # opening by the owner installs the branch's rules for this server and this database.
    probe = PgConnection.connect(dsn)
    try:
        found = probe.execute("SELECT to_regclass('branch_rules') IS NOT NULL").fetchone()
        if found and found[0]:
            probe.execute("DELETE FROM branch_rules")
    finally:
        probe.close()


def prove_restored(db: Any, source: Path) -> None:
    """The restored archive's audit chain must verify; the restore is then audited in it."""
    from agentbook.store.audit.log import verify_chain

    broken = db.run_read(verify_chain)
    if broken is not None:
        raise BranchBackupError(f"the restored audit chain breaks at {broken}")
    db.audit("restore", "database", summary=str(source))

