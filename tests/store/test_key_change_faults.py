"""A key change on a full disk and a key change killed with ``kill -9`` at every step: each ends with
an archive that opens, holds every committed row, and is opened by the key the keyring holds.

Kill points are events, never sleeps: a child process counts the steps it takes (SQL statements,
keyring writes) and kills itself at the one chosen for the round, or ``strace`` kills it at the
N-th page written into the database file (the middle of a checkpoint, where no Python code runs).
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import subprocess
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from agentbook.store.api import Store
from agentbook.store.db.connection import RawKey, open_encrypted
from agentbook.store.errors import DamagedFileError, KnownError, WrongKeyError
from agentbook.store.keys import recovery
from agentbook.store.keys.memory_keyring import MemoryKeyring
from agentbook.store.keys.vault import KeyVault
from tests.archive_checks import assert_whole
from tests.fault_helpers import (
    ACTOR,
    KEYRING_MODULE,
    FileKeyring,
    child_env,
    reset_files,
    rows_and_counts,
    run_child,
)
from tests.store_builders import person


# --- a key change on a full disk ----------------------------------------------------------------
@contextlib.contextmanager
def rlimit_full(folder: Path, db: Path) -> Iterator[None]:
    """The process may not write past half the database's size in any file: the WAL cannot take
    the re-encrypted pages (SQLite sees a short write, SQLITE_FULL), exactly as on a full disk."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (db.stat().st_size // 2, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


@contextlib.contextmanager
def tmpfs_full(folder: Path, db: Path) -> Iterator[None]:
    """A real file system with 256 KiB left: a filler file takes the rest."""
    stat = os.statvfs(folder)
    filler = folder / "filler"
    with filler.open("wb") as handle, contextlib.suppress(OSError):
        handle.write(b"\0" * (stat.f_bavail * stat.f_frsize - 256 * 1024))
    try:
        yield
    finally:
        filler.unlink()


@contextlib.contextmanager
def small_disk(kind: str, tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "disk"
    folder.mkdir()
    if kind == "tmpfs":
        if os.geteuid() != 0 or not shutil.which("mount"):
            pytest.skip("mounting a tmpfs needs root")
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(folder)], check=False)
        if mounted.returncode != 0:
            pytest.skip("cannot mount a tmpfs here")
    try:
        yield folder
    finally:
        if kind == "tmpfs":
            subprocess.run(["umount", "-l", str(folder)], check=True)  # lazily: a failed test may hold a file


@pytest.mark.parametrize("kind", ["rlimit", "tmpfs"])
def test_key_change_on_a_full_disk_keeps_the_old_key_and_says_so(kind: str, tmp_path: Path) -> None:
    fill: Callable[[Path, Path], contextlib.AbstractContextManager[None]] = (
        rlimit_full if kind == "rlimit" else tmpfs_full
    )
    with small_disk(kind, tmp_path) as folder:
        path = folder / "agentbook.db"
        vault = KeyVault(MemoryKeyring())
        store = Store.open(path, vault, create=True, actor=ACTOR)
        for n in range(40):
            store.customers.create(person(f"客户{n:02d}", remarks="备注" * 2000))
        old = store.db.credentials
        old_recovery = store.security.recovery_key().text
        store.close()  # the WAL checkpointed away: re-encrypting needs room for every page again
        store = Store.open(path, vault, actor=ACTOR)
        before = rows_and_counts(store)
        with fill(folder, path):
            with pytest.raises(KnownError) as info:
                store.security.change_key(vault)
            assert "原来的恢复密钥" in info.value.message and "磁盘空间不足" in info.value.message
            assert store.db.credentials == old
            assert rows_and_counts(store) == before  # the live connection still reads, full disk or not
        assert vault.load(path) == old and vault.load_pending(path) is None
        store.customers.create(person("腾出空间之后"))  # and writes once there is room
        store.close()
        assert recovery.decode(old_recovery) == old  # the paper recovery key is still the key
        assert_whole(path, old)
        again = Store.open(path, vault, actor=ACTOR)
        assert again.db.credentials == old
        new = again.security.change_key(vault)  # with room, the same change goes through
        again.close()
        assert vault.load(path) == recovery.decode(new.text)
        with pytest.raises(WrongKeyError):
            open_encrypted(path, old, create=False)


# --- a key change killed at every step ------------------------------------------------------------
KEY_CHANGE_CHILD = textwrap.dedent(
    """
    import importlib, os, signal, sys
    from agentbook.store.api import Store
    from agentbook.store.keys.vault import KeyVault

    path, module = sys.argv[1], sys.argv[2]
    kill_at = int(os.environ.get("KILL_AT", "0"))
    count = 0

    def step(name):
        global count
        count += 1
        print(count, name, flush=True)
        if count == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    class Traced:
        # The live connection, counting a step before and after each statement it runs.
        def __init__(self, conn):
            self._conn = conn
        def __getattr__(self, name):
            return getattr(self._conn, name)
        def execute(self, sql, *args):
            words = " ".join(sql.split()[:2])[:30]
            step("before " + words)
            cursor = self._conn.execute(sql, *args)
            step("after " + words)
            return cursor

    backend = importlib.import_module(module).FileKeyring()
    vault = KeyVault(backend)
    for name in ("_set", "_delete"):
        real = getattr(vault, name)
        def traced(*args, _real=real, _name=name):
            step("before keyring" + _name)
            _real(*args)
            step("after keyring" + _name)
        setattr(vault, name, traced)
    store = Store.open(path, vault, actor="child")
    store.db.conn = Traced(store.db.conn)
    store.security.change_key(vault)
    step("changed")
    store.close()
    print("done", flush=True)
    """
)


@pytest.fixture(scope="module")
def key_change_archive(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """A 1,000-customer archive (demo data) and its keyring file, to copy for every round."""
    from agentbook.demo.generator import demo_dataset

    folder = tmp_path_factory.mktemp("pristine")
    keyring_file = folder / "keyring.json"
    path = folder / "agentbook.db"
    vault = KeyVault(FileKeyring(keyring_file))
    store = Store.open(path, vault, create=True, actor=ACTOR)
    store.load_dataset(demo_dataset(1000, seed=11, today=store.today()), action="demo_data")
    expected = rows_and_counts(store)
    key = store.db.credentials
    store.close()
    return {"db": path, "keyring": keyring_file, "expected": expected, "key": key}


def start_round(pristine: dict[str, object], folder: Path) -> tuple[Path, Path]:
    folder.mkdir(exist_ok=True)
    live = folder / "agentbook.db"
    keyring_file = folder / "keyring.json"
    reset_files(live, pristine["db"])  # type: ignore[arg-type]
    # The keyring entry is named by the archive's absolute path: re-key it to this folder.
    key = pristine["key"]
    keyring_file.unlink(missing_ok=True)
    KeyVault(FileKeyring(keyring_file)).store(live, key)  # type: ignore[arg-type]
    return live, keyring_file


def check_after_kill(live: Path, keyring_file: Path, expected: object, old: RawKey) -> str:
    """The next start opens the archive with every row; the keyring's key (and its recovery key)
    opens it and no key change is left half done. Returns which key won."""
    assert live.exists()
    vault = KeyVault(FileKeyring(keyring_file))
    store = Store.open(live, vault, actor=ACTOR)
    try:
        assert rows_and_counts(store) == expected
        current = vault.load(live)
        assert current == store.db.credentials and vault.load_pending(live) is None
        assert recovery.decode(store.security.recovery_key().text) == current
        assert store.verify_audit_chain() is None
        changes = [e for e in store.audit_entries(limit=50) if e.action == "key_change"]
    finally:
        store.close()
    assert current is not None
    assert_whole(live, current)
    recorded = [json.loads(e.after_json or "{}").get("fingerprint") for e in changes]
    if current == old:
        assert recorded == []  # no record of a change that did not happen
        return "old"
    # killed before the change was proven it has no record yet; after, the record names this key
    assert recorded in ([], [recovery.fingerprint(current)])
    return "new"


@pytest.mark.slow
def test_key_change_killed_at_every_step(key_change_archive: dict[str, object], tmp_path: Path) -> None:
    old = key_change_archive["key"]
    live, keyring_file = start_round(key_change_archive, tmp_path / "dry")
    dry = run_child(KEY_CHANGE_CHILD, [str(live), KEYRING_MODULE], child_env(keyring_file))
    assert dry.returncode == 0, dry.stderr
    steps = [line for line in dry.stdout.splitlines() if line[:1].isdigit()]
    assert any("rekey" in s for s in steps) and any("keyring_set" in s for s in steps)
    outcomes: dict[str, int] = {"old": 0, "new": 0}
    for kill_at in range(1, len(steps) + 1):
        live, keyring_file = start_round(key_change_archive, tmp_path / f"round{kill_at}")
        killed = run_child(KEY_CHANGE_CHILD, [str(live), KEYRING_MODULE], child_env(keyring_file, KILL_AT=str(kill_at)))
        assert killed.returncode == -9, (kill_at, killed.stdout[-300:], killed.stderr[-2000:])
        outcomes[check_after_kill(live, keyring_file, key_change_archive["expected"], old)] += 1  # type: ignore[arg-type]
        shutil.rmtree(tmp_path / f"round{kill_at}")
    assert outcomes["old"] and outcomes["new"], outcomes  # killed before and after the change took


def strace_usable() -> bool:
    if not shutil.which("strace"):
        return False
    probe = subprocess.run(["strace", "-f", "-qq", "-o", os.devnull, "true"], capture_output=True, check=False)
    return probe.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not strace_usable(), reason="needs strace (fault injection at a chosen write)")
def test_key_change_killed_in_the_middle_of_its_checkpoint(
    key_change_archive: dict[str, object], tmp_path: Path
) -> None:
    """``strace`` kills the child at the N-th page the checkpoint writes into the database file:
    pages 1..N-1 under the new key, the rest under the old, the WAL holding all of them."""
    old = key_change_archive["key"]
    pages = Path(key_change_archive["db"]).stat().st_size // 4096  # type: ignore[arg-type]
    mixed = 0
    for nth in (1, 2, pages // 4, pages // 2, pages - 1):
        live, keyring_file = start_round(key_change_archive, tmp_path / f"page{nth}")
        killer = ["strace", "-f", "-qq", "-o", os.devnull, "-e", "trace=pwrite64"]
        killer += ["-e", f"inject=pwrite64:signal=KILL:when={nth}", "-P", str(live)]
        killed = run_child(KEY_CHANGE_CHILD, [str(live), KEYRING_MODULE], child_env(keyring_file), prefix=killer)
        assert killed.returncode == -9, (nth, killed.stdout[-300:], killed.stderr[-2000:])
        with contextlib.suppress(KnownError):
            with pytest.raises(DamagedFileError):  # what the user used to be told: "damaged file"
                open_encrypted(live, old, create=False).close()  # type: ignore[arg-type]
            mixed += 1
        assert check_after_kill(live, keyring_file, key_change_archive["expected"], old) == "new"  # type: ignore[arg-type]
        shutil.rmtree(tmp_path / f"page{nth}")
    assert mixed >= 3  # the rounds really stopped halfway through the file
