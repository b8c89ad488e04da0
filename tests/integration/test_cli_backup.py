"""``agentbook backup``: a verified backup from the command line, for scheduled jobs."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from agentbook.__main__ import build_parser, main
from agentbook.store.api import Store
from agentbook.store.errors import DatabaseLockedError
from agentbook.store.keys.memory_keyring import MemoryKeyring
from agentbook.store.keys.vault import KeyVault
from tests.archive_checks import assert_whole
from tests.store_builders import person

PASSPHRASE = "命令行备份-口令-2024"


def test_no_command_still_opens_the_window() -> None:
    args = build_parser().parse_args(["--empty"])
    assert args.command is None and args.empty


def test_backup_with_a_passphrase_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "a.db"
    store = Store.open(db, KeyVault(), create=True, passphrase=PASSPHRASE)
    store.customers.create(person("张三"))
    store.close()
    monkeypatch.setenv("AGENTBOOK_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["--db", str(db), "backup", "--to", str(folder)]) == 0
    made = list(folder.iterdir())
    assert len(made) == 1 and "备份完成并已校验" in capsys.readouterr().out
    from agentbook.store.db.connection import Passphrase

    assert assert_whole(made[0], Passphrase(PASSPHRASE))["customer"] == 1


def test_backup_with_the_keyring_into_the_automatic_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        db = tmp_path / "k.db"
        store = Store.open(db, KeyVault(), create=True)
        store.security.set_backup_settings(tmp_path / "auto", 2, True)
        store.close()
        for _ in range(3):
            assert main(["backup", "--db", str(db)]) == 0
        assert len(list((tmp_path / "auto").iterdir())) == 2  # keeps the last two
        assert "已删除较早的自动备份" in capsys.readouterr().out
    finally:
        keyring.set_keyring(keyring.backends.fail.Keyring())


def test_backup_without_any_key_says_how(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "p.db"
    Store.open(db, KeyVault(), create=True, passphrase=PASSPHRASE).close()
    assert main(["backup", "--db", str(db)]) == 2
    assert "AGENTBOOK_PASSPHRASE" in capsys.readouterr().err


def test_backup_of_a_database_in_use_succeeds_and_the_app_keeps_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The scheduled job runs while the window is open; a second *app* is still refused."""
    db = tmp_path / "busy.db"
    store = Store.open(db, KeyVault(), create=True, passphrase=PASSPHRASE)
    store.customers.create(person("张三"))
    monkeypatch.setenv("AGENTBOOK_PASSPHRASE", PASSPHRASE)
    try:
        assert main(["backup", "--db", str(db), "--to", str(tmp_path / "x.db")]) == 0
        assert "备份完成并已校验" in capsys.readouterr().out
        with pytest.raises(DatabaseLockedError, match="正被另一个"):
            Store.open(db, KeyVault(), passphrase=PASSPHRASE)
        store.customers.create(person("李四"))  # the app writes on after the backup
        assert store.audit_entries(limit=2)[1].action == "backup"  # the guest's audit row, in the chain
        assert store.verify_audit_chain() is None
    finally:
        store.close()
    from agentbook.store.db.connection import Passphrase

    assert assert_whole(tmp_path / "x.db", Passphrase(PASSPHRASE))["customer"] == 1
