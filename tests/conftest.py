"""Shared fixtures: a real SQLCipher file in a temp dir, a real keyring backend held in memory,
and every standard folder pointed away from the developer's own."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from agentbook.store.memory_keyring import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from agentbook.ui.refcount_guard import reserve_singleton_references

reserve_singleton_references()  # PySide6 6.12 wheels under-count None on Python 3.11

TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the developer's keyring, settings or data folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("AGENTBOOK_PASSPHRASE", raising=False)
    monkeypatch.delenv("AGENTBOOK_DB", raising=False)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def vault(memory_keyring: MemoryKeyring):
    from agentbook.store.vault import KeyVault

    return KeyVault(memory_keyring)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "archive" / "agentbook.db"


@pytest.fixture
def store(db_path: Path, vault) -> Iterator:
    """An empty, real, encrypted store whose clock says TODAY."""
    from agentbook.store.api import Store

    s = Store.open(db_path, vault, create=True, actor="测试经办人", today=lambda: TODAY)
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_data():
    from agentbook.demo.generator import demo_dataset

    return demo_dataset(200, seed=7, today=TODAY)


@pytest.fixture
def demo_store(store, demo_data):
    """The store loaded with the 200-customer demo set (a fresh copy per test)."""
    import copy

    store.load_dataset(copy.deepcopy(demo_data), action="demo_data")
    return store


@pytest.fixture
def qapp_font(qapp):
    """The QApplication with the shipped CJK font, as the real app starts."""
    from agentbook.ui.fonts import install_app_font

    install_app_font()
    return qapp


@pytest.fixture
def main_window(qtbot, qapp_font, demo_store, tmp_path, vault):
    from agentbook.ui.main_window import MainWindow
    from tests.ui_helpers import temp_settings

    window = MainWindow(demo_store, settings=temp_settings(tmp_path), vault=vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
