"""A restore killed with ``kill -9`` at every step (each link, replace, unlink and fsync): a database
is at the archive's path at every instant, and the next start finishes or rolls back the swap.
"""

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
    rows_and_counts,
    run_child,
)
from tests.store_builders import person

RESTORE_CHILD = textwrap.dedent(
    """
    import importlib, os, shutil, signal, sys
    from pathlib import Path
    from agentbook.store.api import Store
    from agentbook.store.keys.vault import KeyVault

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
    from agentbook.ui.first_run.wizard import needs_first_run

    live: Path = restore_setup["live"]  # type: ignore[assignment]
    args = [str(live), str(restore_setup["source"]), KEYRING_MODULE]
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
    from agentbook.ui.first_run.wizard import needs_first_run

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
