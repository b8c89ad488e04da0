"""The scheduled backup (``agentbook backup``) beside a running app: a verified copy, while a
second app is still refused and the first keeps writing.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from agentbook.store.api import Store
from agentbook.store.db.connection import open_encrypted
from agentbook.store.errors import DatabaseLockedError
from agentbook.store.keys.vault import KeyVault
from tests.archive_checks import assert_whole
from tests.fault_helpers import (
    ACTOR,
    KEYRING_MODULE,
    FileKeyring,
    child_env,
    rows_and_counts,
)
from tests.store_builders import person

APP_CHILD = textwrap.dedent(
    """
    import importlib, sys
    from agentbook.store.api import Store
    from agentbook.store.keys.vault import KeyVault
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
        [sys.executable, "-c", APP_CHILD, str(live), KEYRING_MODULE],
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
