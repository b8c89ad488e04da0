"""Twenty agentbook processes started at once on one archive (existing, or not yet created):
one opens it, every other one gets the in-use message in Chinese — never a raw SQLite error, nor
"damaged" for a file the winner is still creating. Real processes, released together."""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from agentbook.store.api import Store
from agentbook.store.keys.vault import KeyVault

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"
KEYRING_FILE_ENV = "AGENTBOOK_TEST_LOCKED_KEYRING"


class LockedFileKeyring(KeyringBackend):
    """A keyring shared by processes, each change made under a file lock (as a real one is)."""

    priority = 1  # type: ignore[assignment]

    def _change(self, change):
        path = Path(os.environ[KEYRING_FILE_ENV])
        with open(f"{path}.lock", "a") as guard:  # noqa: PTH123
            fcntl.flock(guard, fcntl.LOCK_EX)
            entries = json.loads(path.read_text("utf-8")) if path.exists() else {}
            result = change(entries)
            path.write_text(json.dumps(entries), "utf-8")
            return result

    def get_password(self, service: str, username: str) -> str | None:
        return self._change(lambda e: e.get(f"{service}\n{username}"))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._change(lambda e: e.__setitem__(f"{service}\n{username}", password))

    def delete_password(self, service: str, username: str) -> None:
        self._change(lambda e: e.pop(f"{service}\n{username}", None))


PASSPHRASE = "simultaneous starts"
CHILD = """
import sys, time
from pathlib import Path
from agentbook.store.api import Store
from agentbook.store.errors import KnownError
from agentbook.store.keys.vault import KeyVault
path, go = Path(sys.argv[1]), Path(sys.argv[2])
(go.parent / f"ready-{sys.argv[4]}").touch()
while not go.exists():
    time.sleep(0.002)
try:
    passphrase = sys.argv[3] or None
    store = Store.open(path, KeyVault(), create=not path.exists(), passphrase=passphrase, actor="start")
    print("OPENED", flush=True)
    release = go.parent / "release"
    while not release.exists():  # held until every other start has had its answer
        time.sleep(0.01)
    store.close()
except KnownError as exc:
    print("KNOWN", type(exc).__name__, exc.message, flush=True)
except BaseException as exc:
    print("RAW", type(exc).__name__, exc, flush=True)
"""


def start_together(db: Path, tmp_path: Path, count: int = 20, *, keyring_file: Path | None = None) -> list[str]:
    go = tmp_path / "go"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join((str(SRC), str(ROOT))),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "HOME": str(tmp_path / "home"),
    }
    if keyring_file is not None:
        env["PYTHON_KEYRING_BACKEND"] = f"{__name__}.LockedFileKeyring"
        env[KEYRING_FILE_ENV] = str(keyring_file)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db), str(go), "" if keyring_file else PASSPHRASE, str(n)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        for n in range(count)
    ]
    # Released together only once every interpreter is up and waiting (a busy machine takes its time).
    deadline = time.monotonic() + 120
    while len(list(tmp_path.glob("ready-*"))) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    go.touch()
    # The winner holds the archive until every other start has been answered and has ended.
    while sum(p.poll() is None for p in procs) > 1 and time.monotonic() < deadline + 120:
        time.sleep(0.05)
    (tmp_path / "release").touch()
    return [p.communicate(timeout=180)[0].strip().splitlines()[-1] for p in procs]


@pytest.mark.slow
@pytest.mark.parametrize("exists", [True, False], ids=["existing", "first-start"])
def test_every_loser_of_twenty_simultaneous_starts_is_told_in_chinese(tmp_path, exists):
    db = tmp_path / "archive" / "agentbook.db"
    if exists:
        Store.open(db, KeyVault(), create=True, passphrase=PASSPHRASE, actor="setup").close()
    lines = start_together(db, tmp_path)
    assert sum(line == "OPENED" for line in lines) == 1, lines
    losers = [line for line in lines if line != "OPENED"]
    assert all(line.startswith("KNOWN DatabaseLockedError 数据库正被另一个 agentbook") for line in losers), losers


@pytest.mark.slow
def test_simultaneous_first_starts_with_a_keyring_leave_the_winners_key_in_it(tmp_path, monkeypatch):
    """A loser must neither overwrite nor delete the key the winner stored for its new file."""
    keyring_file = tmp_path / "keyring.json"
    db = tmp_path / "archive" / "agentbook.db"
    lines = start_together(db, tmp_path, 10, keyring_file=keyring_file)
    assert sum(line == "OPENED" for line in lines) == 1, lines
    assert all(line.startswith("KNOWN DatabaseLockedError") for line in lines if line != "OPENED"), lines
    monkeypatch.setenv(KEYRING_FILE_ENV, str(keyring_file))
    Store.open(db, KeyVault(LockedFileKeyring()), actor="after").close()  # the stored key opens it
