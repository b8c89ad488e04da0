"""Restore picks a backup from a dated list (size, counts, verified or not), then verifies it."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from agentbook.ui.security.backup_actions import restore_from
from agentbook.ui.security.backup_picker import BackupPicker
from tests.store_builders import person

SHOTS = Path("/tmp/agentbook-shots")


def _archive_with_backups(store, clock, tmp_path: Path) -> dict[str, Path]:
    store.security.set_backup_settings(tmp_path / "backups", 5, False)
    store.customers.create(person("张三"))
    made = {"one": store.security.backup().path}
    clock.advance(days=1)
    store.customers.create(person("李四"))
    made["usb"] = store.security.backup(tmp_path / "u盘" / "copy.db").path
    clock.advance(days=1)
    made["two"] = store.security.backup().path
    made["hand"] = tmp_path / "backups" / f"{store.db.path.stem}-20200101-080000-000001{store.db.path.suffix}"
    shutil.copyfile(made["two"], made["hand"])
    return made


def _cells(picker: BackupPicker, row: int) -> list[str]:
    return [picker.table.item(row, c).text() for c in range(picker.table.columnCount())]


def test_the_list_shows_date_size_counts_and_verification(qtbot, qapp_font, store, clock, tmp_path):
    made = _archive_with_backups(store, clock, tmp_path)
    picker = BackupPicker(store)
    qtbot.addWidget(picker)
    picker.show()
    assert [b.path.resolve() for b in picker.backups] == [made[k].resolve() for k in ("two", "usb", "one", "hand")]
    newest = _cells(picker, 0)
    assert newest[0] == picker.backups[0].taken_at.strftime("%Y-%m-%d %H:%M")
    assert "客户 2" in newest[2] and newest[3] == "写入时已校验" and newest[4] == "自动备份"
    assert "客户 1" in _cells(picker, 2)[2]
    assert _cells(picker, 1)[4] == str(made["usb"].parent)
    assert _cells(picker, 3)[2] == "" and _cells(picker, 3)[3] == "未记录（恢复前校验）"
    assert picker.folder_button.isEnabled() and picker.folder == tmp_path / "backups"
    SHOTS.mkdir(exist_ok=True)
    picker.grab().save(str(SHOTS / "backup_picker.png"))


def test_an_archive_without_backups_says_so(qtbot, qapp_font, store, tmp_path):
    store.security.set_backup_settings(tmp_path / "none-yet", 5, False)
    picker = BackupPicker(store)
    qtbot.addWidget(picker)
    picker.show()
    assert picker.empty.isVisible() and not picker.table.isVisible()
    assert not picker.restore_button.isEnabled() and not picker.folder_button.isEnabled()


def test_restore_from_the_picked_backup_after_its_verification(qtbot, qapp_font, store, clock, tmp_path):
    made = _archive_with_backups(store, clock, tmp_path)
    assert store.customers.count() == 2
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, BackupPicker) and "picker" not in seen:
            seen.append("picker")
            row = next(i for i, b in enumerate(dialog.backups) if b.path.resolve() == made["one"].resolve())
            dialog.table.selectRow(row)
            dialog.restore_button.click()
        elif dialog is not None and dialog.objectName() == "restore_dialog" and "restore" not in seen:
            seen.append("restore")
            dialog.grab().save(str(SHOTS / "restore_after_pick.png"))
            if dialog.accept_warnings.isVisibleTo(dialog):
                seen.append("warned: " + dialog.warnings.text())
                dialog.accept_warnings.setChecked(True)
            dialog.replace_button.click()
        elif isinstance(dialog, QMessageBox):
            seen.append(dialog.text())
            dialog.accept()

    SHOTS.mkdir(exist_ok=True)
    poll = QTimer(interval=50)
    poll.timeout.connect(answer)
    poll.start()
    restored: list[bool] = []
    try:
        restore_from(store, None, on_restored=lambda: restored.append(True))
        qtbot.waitUntil(lambda: bool(restored), timeout=30_000)
    finally:
        poll.stop()
    assert seen[:2] == ["picker", "restore"] and "已从备份恢复" in seen[2]
    assert store.customers.count() == 1
