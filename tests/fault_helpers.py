"""Fault-injection helpers shared by the key-change, restore and backup tests: a keyring that
survives the kill of the process using it (a JSON file), and child processes to kill."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import keyring.errors
from keyring.backend import KeyringBackend

from agentbook.store.api import Store
from tests.archive_checks import snapshot

ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").exists())
KEYRING_ENV = "AGENTBOOK_TEST_KEYRING_FILE"
KEYRING_MODULE = __name__  # children import FileKeyring from here
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
        "PYTHON_KEYRING_BACKEND": f"{KEYRING_MODULE}.FileKeyring",
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
