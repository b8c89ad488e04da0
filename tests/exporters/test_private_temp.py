"""Decrypted view, sheet and print copies never outlive their process: a session killed with
SIGKILL while its files exist leaves them only until the next start's sweep, which spares the
folders of a session still running. Real processes, a real kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from agentbook.exporters.private_temp import PRINT_PREFIX, SHEETS_PREFIX, PrivateTempFiles, owned_folder, release

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
SRC = Path(__file__).resolve().parents[2] / "src"
SESSION = """
import sys, time
from pathlib import Path
from agentbook.exporters.private_temp import PRINT_PREFIX, SHEETS_PREFIX, PrivateTempFiles, owned_folder
base = Path(sys.argv[1])
view = PrivateTempFiles(base).write("体检报告.pdf", b"%PDF decrypted attachment")
sheets = owned_folder(SHEETS_PREFIX, base)
(sheets / "sheets-1.pdf").write_bytes(b"%PDF sheet preview")
printing = owned_folder(PRINT_PREFIX, base)
(printing / "recovery.pdf").write_bytes(b"%PDF recovery key in clear")
print(view, sheets / "sheets-1.pdf", printing / "recovery.pdf", sep="\\n", flush=True)
time.sleep(120)
"""


def start_session(base: Path) -> tuple[subprocess.Popen, list[Path]]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.Popen([sys.executable, "-c", SESSION, str(base)], stdout=subprocess.PIPE, text=True, env=env)
    files = [Path(proc.stdout.readline().strip()) for _ in range(3)]
    proc.stdout.close()
    return proc, files


def test_the_next_start_removes_what_a_killed_session_left_and_spares_a_running_one(tmp_path):
    killed, left = start_session(tmp_path)
    running, live = start_session(tmp_path)
    try:
        killed.send_signal(signal.SIGKILL)
        killed.wait(timeout=10)
        assert all(p.exists() for p in left + live)  # a kill runs no clean-up
        removed = PrivateTempFiles(tmp_path).sweep_stale()  # what the next start does
        assert removed == 3
        assert not any(p.exists() or p.parent.exists() for p in left)
        assert all(p.exists() for p in live)  # another agentbook still shows these
    finally:
        running.kill()
        running.wait(timeout=10)
    PrivateTempFiles(tmp_path).sweep_stale()
    assert list(tmp_path.iterdir()) == []


def test_a_folder_without_an_owner_goes_whatever_its_age_once_the_grace_is_over(tmp_path):
    legacy = tmp_path / f"{SHEETS_PREFIX}old"
    legacy.mkdir()
    (legacy / "sheets-1.pdf").write_bytes(b"x")
    os.utime(legacy, (0, legacy.stat().st_mtime - 120))
    mine = owned_folder(PRINT_PREFIX, tmp_path)
    try:
        assert PrivateTempFiles(tmp_path).sweep_stale() == 1
        assert not legacy.exists() and mine.exists()  # this process's own folder stays
    finally:
        release(mine)
    assert not mine.exists()
