"""Helpers for GUI tests: a settings file of the test's own and the shipped font registered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings


def temp_settings(folder: Path) -> QSettings:
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
