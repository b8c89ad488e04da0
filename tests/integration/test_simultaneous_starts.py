"""Twenty agentbook processes started at once on one archive (existing, or not yet created):
one opens it, every other one gets the in-use message in Chinese — never a raw SQLite error, nor
"damaged" for a file the winner is still creating. Real processes, released together."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agentbook.store.api import Store
from agentbook.store.vault import KeyVault

SRC = Path(__file__).resolve().parents[2] / "src"
PASSPHRASE = "simultaneous starts"
CHILD = """
import sys, time
from pathlib import Path
from agentbook.store.api import Store
from agentbook.store.errors import KnownError
from agentbook.store.vault import KeyVault
path, go = Path(sys.argv[1]), Path(sys.argv[2])
while not go.exists():
    time.sleep(0.002)
try:
    store = Store.open(path, KeyVault(), create=not path.exists(), passphrase=sys.argv[3], actor="start")
    print("OPENED", flush=True)
    time.sleep(2)
    store.close()
except KnownError as exc:
    print("KNOWN", type(exc).__name__, exc.message, flush=True)
except BaseException as exc:
    print("RAW", type(exc).__name__, exc, flush=True)
"""


def start_together(db: Path, tmp_path: Path, count: int = 20) -> list[str]:
    go = tmp_path / "go"
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "HOME": str(tmp_path / "home"),
    }
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db), str(go), PASSPHRASE],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        for _ in range(count)
    ]
    time.sleep(2.5)  # every interpreter is up and waiting
    go.touch()
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
