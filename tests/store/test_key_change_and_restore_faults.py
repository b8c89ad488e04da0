"""A key change on a full disk, a key change and a restore killed with ``kill -9`` at every step,
and the scheduled backup beside a running app: each ends with an archive that opens, holds every
committed row, and is opened by the key the keyring holds.

Kill points are events, never sleeps: a child process counts the steps it takes (file-system
calls, SQL statements, keyring writes) and kills itself at the one chosen for the round, or
``strace`` kills it at the N-th page written into the database file (the middle of a checkpoint,
where no Python code runs).
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from agentbook.store import recovery
from agentbook.store.api import Store
from agentbook.store.audit_anchor import ANCHOR_SUFFIX
from agentbook.store.connection import RawKey, open_encrypted
from agentbook.store.errors import DamagedFileError, DatabaseLockedError, KnownError, WrongKeyError
from agentbook.store.memory_keyring import MemoryKeyring
from agentbook.store.vault import KeyVault
from tests.archive_checks import assert_whole, snapshot
from tests.store_builders import person

ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").exists())
KEYRING_ENV = "AGENTBOOK_TEST_KEYRING_FILE"
ACTOR = "测试经办人"


class FileKeyring(KeyringBackend):
    """A keyring that outlives a killed process: one JSON file, replaced atomically on each write.

    ``PYTHON_KEYRING_BACKEND`` can name it for a child process (the file then comes from
    ``AGENTBOOK_TEST_KEYRING_FILE``), so the real ``agentbook`` command runs with it too.
    """

    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path | str | None = None) -> None:
        super().__init__()
        self.path = Path(path or os.environ[KEYRING_ENV])

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text("utf-8")) if self.path.exists() else {}

    def _save(self, entries: dict[str, str]) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as handle:
            json.dump(entries, handle)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[f"{service}\n{username}"] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        if entries.pop(f"{service}\n{username}", None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self._save(entries)


def child_env(keyring_file: Path, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
        "PYTHON_KEYRING_BACKEND": f"{__name__}.FileKeyring",
        KEYRING_ENV: str(keyring_file),
        **extra,
    }


def run_child(script: str, args: list[str], env: dict[str, str], prefix: list[str] | None = None):
    return subprocess.run(
        [*(prefix or []), sys.executable, "-c", script, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def rows_and_counts(store: Store) -> tuple[object, dict[str, int]]:
    """What must survive: every customer row and every table's count but the audit log's, which
    grows with each open."""
    snap = snapshot(store)
    counts = {k: v for k, v in snap["counts"].items() if k != "audit_log"}  # type: ignore[union-attr]
    return snap["customers"], counts


def reset_files(live: Path, pristine: Path) -> None:
    for suffix in ("-wal", "-shm", "-lock"):
        Path(f"{live}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(pristine, live)


# --- 1. a key change on a full disk ------------------------------------------------------------
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


# --- 2. a key change killed at every step --------------------------------------------------------
KEY_CHANGE_CHILD = textwrap.dedent(
    """
    import importlib, os, signal, sys
    from agentbook.store.api import Store
    from agentbook.store.vault import KeyVault

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
    dry = run_child(KEY_CHANGE_CHILD, [str(live), __name__], child_env(keyring_file))
    assert dry.returncode == 0, dry.stderr
    steps = [line for line in dry.stdout.splitlines() if line[:1].isdigit()]
    assert any("rekey" in s for s in steps) and any("keyring_set" in s for s in steps)
    outcomes: dict[str, int] = {"old": 0, "new": 0}
    for kill_at in range(1, len(steps) + 1):
        live, keyring_file = start_round(key_change_archive, tmp_path / f"round{kill_at}")
        killed = run_child(KEY_CHANGE_CHILD, [str(live), __name__], child_env(keyring_file, KILL_AT=str(kill_at)))
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
        killed = run_child(KEY_CHANGE_CHILD, [str(live), __name__], child_env(keyring_file), prefix=killer)
        assert killed.returncode == -9, (nth, killed.stdout[-300:], killed.stderr[-2000:])
        with contextlib.suppress(KnownError):
            with pytest.raises(DamagedFileError):  # what the user used to be told: "damaged file"
                open_encrypted(live, old, create=False).close()  # type: ignore[arg-type]
            mixed += 1
        assert check_after_kill(live, keyring_file, key_change_archive["expected"], old) == "new"  # type: ignore[arg-type]
        shutil.rmtree(tmp_path / f"page{nth}")
    assert mixed >= 3  # the rounds really stopped halfway through the file


# --- 3. a restore killed at every step ----------------------------------------------------------
RESTORE_CHILD = textwrap.dedent(
    """
    import importlib, os, shutil, signal, sys
    from pathlib import Path
    from agentbook.store.api import Store
    from agentbook.store.vault import KeyVault

    live, source, module = sys.argv[1], sys.argv[2], sys.argv[3]
    kill_at = int(os.environ.get("KILL_AT", "0"))
    count = 0
    armed = False

    def traced(name, real):
        # Each call that changes the folder (or makes a change durable) is a step.
        def call(*args, **kwargs):
            global count
            if armed:
                count += 1
                print(count, name, *[Path(str(a)).name for a in args[:2] if isinstance(a, (str, Path))], flush=True)
                if count == kill_at:
                    os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)
        return call

    for name in ("link", "replace", "rename", "unlink", "fsync"):
        setattr(os, name, traced(name, getattr(os, name)))
    shutil.copyfile = traced("copyfile", shutil.copyfile)

    vault = KeyVault(importlib.import_module(module).FileKeyring())
    store = Store.open(live, vault, actor="child")
    candidate = store.security.stage_restore(Path(source))
    armed = True
    store.security.restore(candidate)
    traced("restored", lambda: None)()  # one more kill point: after the restore, before closing
    armed = False
    store.close()
    print("done", flush=True)
    """
)


@pytest.fixture
def restore_setup(tmp_path: Path) -> dict[str, object]:
    """An archive, a backup of it, then more customers in the archive: the restore goes back."""
    keyring_file = tmp_path / "keyring.json"
    live = tmp_path / "archive" / "agentbook.db"
    vault = KeyVault(FileKeyring(keyring_file))
    store = Store.open(live, vault, create=True, actor=ACTOR)
    for n in range(30):
        store.customers.create(person(f"备份前{n:02d}"))
    backed_up = rows_and_counts(store)
    source = tmp_path / "backup.db"
    store.security.backup(source)
    for n in range(10):
        store.customers.create(person(f"备份后{n:02d}"))
    current = rows_and_counts(store)
    key = store.db.credentials.copy()
    store.close()
    pristine = tmp_path / "pristine.db"
    shutil.copyfile(live, pristine)
    return {
        "anchor": vault.load_text(live, ANCHOR_SUFFIX),
        "live": live,
        "pristine": pristine,
        "source": source,
        "keyring": keyring_file,
        "key": key,
        "outcomes": {"restored": backed_up, "old": current},
    }


@pytest.mark.slow
def test_restore_killed_at_every_step_leaves_a_database_at_the_path(restore_setup: dict[str, object]) -> None:
    from agentbook.ui.first_run import needs_first_run

    live: Path = restore_setup["live"]  # type: ignore[assignment]
    args = [str(live), str(restore_setup["source"]), __name__]
    env = child_env(restore_setup["keyring"])  # type: ignore[arg-type]
    dry = run_child(RESTORE_CHILD, args, env)
    assert dry.returncode == 0, dry.stderr
    steps = [line for line in dry.stdout.splitlines() if line[:1].isdigit()]
    assert any("replace" in s for s in steps)
    outcomes: dict[str, int] = {"restored": 0, "old": 0}
    vault = KeyVault(FileKeyring(restore_setup["keyring"]))  # type: ignore[arg-type]
    anchored = restore_setup["anchor"]
    for kill_at in range(1, len(steps) + 1):
        for leftover in live.parent.iterdir():
            if leftover.is_dir():
                shutil.rmtree(leftover)
            else:
                leftover.unlink()
        shutil.copyfile(restore_setup["pristine"], live)  # type: ignore[arg-type]
        # Rewinding the file is what the audit head kept in the keyring exists to notice: the
        # head goes back with it, so each run starts as the pristine archive did.
        vault.store_text(live, ANCHOR_SUFFIX, anchored)  # type: ignore[arg-type]
        killed = run_child(RESTORE_CHILD, args, {**env, "KILL_AT": str(kill_at)})
        assert killed.returncode == -9, (kill_at, killed.stdout[-300:], killed.stderr[-2000:])
        assert live.exists(), (kill_at, steps[kill_at - 1], sorted(p.name for p in live.parent.iterdir()))
        assert not needs_first_run(live)  # the app goes on to open it, never to the wizard
        store = Store.open(live, vault, actor=ACTOR)
        try:
            found = rows_and_counts(store)
            assert store.db.credentials == restore_setup["key"]
            assert store.verify_audit_chain() is None
        finally:
            store.close()
        matches = [name for name, rows in restore_setup["outcomes"].items() if rows == found]  # type: ignore[union-attr]
        assert matches, (kill_at, steps[kill_at - 1])
        outcomes[matches[0]] += 1
        assert_whole(live, restore_setup["key"])  # type: ignore[arg-type]
        assert not list(live.parent.glob(".*restore-journal*"))  # settled: nothing left half done
    assert outcomes["restored"] and outcomes["old"], outcomes


def test_a_restore_an_older_version_left_between_its_renames_is_rolled_back(
    restore_setup: dict[str, object],
) -> None:
    """What the two-rename swap left when killed: no database, the old file in ``*.replaced-*``
    and the verified copy in ``.*.restore-*.tmp``. The next start puts the old file back."""
    from agentbook.ui.first_run import needs_first_run

    live: Path = restore_setup["live"]  # type: ignore[assignment]
    staged = live.with_name(f".{live.name}.restore-20261201-101010-000000.tmp")
    shutil.copyfile(restore_setup["source"], staged)  # type: ignore[arg-type]
    live.replace(live.with_name(f"{live.name}.replaced-20261201-101010-000001"))
    assert not needs_first_run(live)
    store = Store.open(live, KeyVault(FileKeyring(restore_setup["keyring"])), actor=ACTOR)  # type: ignore[arg-type]
    try:
        assert rows_and_counts(store) == restore_setup["outcomes"]["old"]  # type: ignore[index]
    finally:
        store.close()
    assert not staged.exists()


# --- 13. the scheduled backup while the app has the archive open --------------------------------
APP_CHILD = textwrap.dedent(
    """
    import importlib, sys
    from agentbook.store.api import Store
    from agentbook.store.vault import KeyVault
    from tests.store_builders import person

    store = Store.open(sys.argv[1], KeyVault(importlib.import_module(sys.argv[2]).FileKeyring()), actor="app")
    print("open", flush=True)
    for line in sys.stdin:
        if line.strip() == "write":
            store.customers.create(person("备份之后"))
            print("written", flush=True)
        else:
            break
    store.close()
    print("closed", flush=True)
    """
)


def test_scheduled_backup_succeeds_while_the_app_has_the_archive_open(tmp_path: Path) -> None:
    keyring_file = tmp_path / "keyring.json"
    live = tmp_path / "archive" / "agentbook.db"
    vault = KeyVault(FileKeyring(keyring_file))
    store = Store.open(live, vault, create=True, actor=ACTOR)
    for n in range(25):
        store.customers.create(person(f"客户{n:02d}"))
    expected, _counts = rows_and_counts(store)
    key = store.db.credentials
    store.close()
    env = child_env(keyring_file)
    app = subprocess.Popen(
        [sys.executable, "-c", APP_CHILD, str(live), __name__],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stdout is not None and app.stdin is not None
        assert app.stdout.readline().strip() == "open"
        target = tmp_path / "nightly.db"
        job = subprocess.run(
            [sys.executable, "-m", "agentbook", "backup", "--db", str(live), "--to", str(target)],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert job.returncode == 0, job.stderr
        assert "备份完成并已校验" in job.stdout
        assert assert_whole(target, key)["customer"] == 25  # type: ignore[arg-type]
        copy = open_encrypted(target, key, create=False)  # type: ignore[arg-type]
        try:
            rows = copy.execute("SELECT id, archive_no, name, id_number, mobile FROM customer ORDER BY id").fetchall()
        finally:
            copy.close()
        assert rows == expected
        with pytest.raises(DatabaseLockedError) as refused:  # a second app is still turned away
            Store.open(live, vault, actor=ACTOR)
        assert "正被另一个" in refused.value.message
        app.stdin.write("write\n")
        app.stdin.flush()
        assert app.stdout.readline().strip() == "written"  # the app works on after the backup
        app.stdin.write("quit\n")
        app.stdin.flush()
        assert app.stdout.readline().strip() == "closed"
        assert app.wait(timeout=60) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        for stream in (app.stdin, app.stdout, app.stderr):
            if stream is not None:
                stream.close()
    store = Store.open(live, vault, actor=ACTOR)
    try:
        assert store.customers.count() == 26
        assert "backup" in {e.action for e in store.audit_entries(limit=10)}  # the job left its trace
        assert store.verify_audit_chain() is None
    finally:
        store.close()
