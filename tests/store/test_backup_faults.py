"""A backup killed with ``kill -9`` at every step (the copy, each fsync, the check, the rename): the
archive is untouched, the backup's own name holds a verified copy or nothing at all, and the next
start sweeps away what the killed run left half done."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from agentbook.store.api import Store
from agentbook.store.audit.anchor import ANCHOR_SUFFIX
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

BACKUP_CHILD = textwrap.dedent(
    """
    import importlib, os, shutil, signal, sys, threading
    from pathlib import Path
    from agentbook.store.api import Store
    from agentbook.store.backup import integrity
    from agentbook.store.keys.vault import KeyVault

    live, target, module = sys.argv[1], sys.argv[2], sys.argv[3]
    kill_at = int(os.environ.get("KILL_AT", "0"))
    count = 0
    armed = False
    counting = threading.Lock()

    def traced(name, real):
        # Each call that writes, checks or names the copy is a step (fsync runs on a worker
        # thread beside the check: a kill there takes the whole process, as a real one would).
        def call(*args, **kwargs):
            global count
            if armed:
                with counting:
                    count += 1
                    print(count, name, flush=True)
                    if count == kill_at:
                        os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)
        return call

    for name in ("replace", "rename", "unlink", "fsync"):
        setattr(os, name, traced(name, getattr(os, name)))
    shutil.copyfile = traced("copyfile", shutil.copyfile)
    integrity.verify_copy = traced("check", integrity.verify_copy)

    vault = KeyVault(importlib.import_module(module).FileKeyring())
    store = Store.open(live, vault, actor="child")
    armed = True
    store.security.backup(Path(target))
    traced("backed up", lambda: None)()  # one more kill point: after the backup, before closing
    armed = False
    store.close()
    print("done", flush=True)
    """
)


@pytest.mark.slow
def test_backup_killed_at_every_step_leaves_the_archive_and_no_unverified_copy(tmp_path: Path) -> None:
    keyring_file = tmp_path / "keyring.json"
    live = tmp_path / "archive" / "agentbook.db"
    folder = tmp_path / "backups"
    target = folder / "agentbook-20261204-120000-000000.db"
    vault = KeyVault(FileKeyring(keyring_file))
    store = Store.open(live, vault, create=True, actor=ACTOR)
    for n in range(30):
        store.customers.create(person(f"客户{n:02d}"))
    expected = rows_and_counts(store)
    key = store.db.credentials.copy()
    store.close()
    pristine = tmp_path / "pristine.db"
    shutil.copyfile(live, pristine)
    anchored = vault.load_text(live, ANCHOR_SUFFIX)
    args = [str(live), str(target), KEYRING_MODULE]
    env = child_env(keyring_file)
    dry = run_child(BACKUP_CHILD, args, env)
    assert dry.returncode == 0, dry.stderr
    steps = [line for line in dry.stdout.splitlines() if line[:1].isdigit()]
    assert any("check" in s for s in steps) and any("replace" in s for s in steps)
    outcomes = {"backup": 0, "none": 0}
    for kill_at in range(1, len(steps) + 1):
        shutil.rmtree(folder, ignore_errors=True)
        reset_files(live, pristine)
        vault.store_text(live, ANCHOR_SUFFIX, anchored)  # the file went back: so does its audit head
        killed = run_child(BACKUP_CHILD, args, {**env, "KILL_AT": str(kill_at)})
        assert killed.returncode == -9, (kill_at, killed.stdout[-300:], killed.stderr[-2000:])
        step = steps[kill_at - 1]
        if target.exists():  # only ever a copy that passed its check
            assert assert_whole(target, key)["customer"] == expected[1]["customer"], step
            outcomes["backup"] += 1
        else:
            outcomes["none"] += 1
        store = Store.open(live, vault, actor=ACTOR)
        try:
            assert rows_and_counts(store) == expected, step
            store.security.set_backup_settings(folder, 3, True)
            store.security.sweep_backup_leftovers()
        finally:
            store.close()
        assert_whole(live, key)
        left = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
        assert left == ([target.name] if target.exists() else []), (step, left)
    assert outcomes["backup"] and outcomes["none"], outcomes
