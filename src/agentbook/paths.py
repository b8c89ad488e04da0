"""Per-OS folders (platformdirs): the archive lives in the user's data folder, not beside the program."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "agentbook"
DB_ENV = "AGENTBOOK_DB"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def default_db_path() -> Path:
    """``AGENTBOOK_DB`` when set (scripts, tests, several archives), else the user data folder."""
    override = os.environ.get(DB_ENV)
    return Path(override).expanduser() if override else data_dir() / "agentbook.db"


def backup_dir() -> Path:
    return data_dir() / "backups"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))
