"""Backups and restores from the menus: back up now, restore (with the verification shown
before anything is replaced), the backup settings, and the automatic backup on exit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentbook.store.api import Store
from agentbook.store.backup.backups import Candidate
from agentbook.store.errors import KnownError, WrongKeyError
from agentbook.store.keys.security import BackupResult
from agentbook.ui.errors import describe, show_error
from agentbook.ui.security.backup_picker import TABLE_LABELS, BackupPicker
from agentbook.ui.worker import Operation, wait_for

FOLDER_MIRROR = "backup/folder"  # machine-local copy: found even when the database will not open


def _busy(parent: QWidget | None, text: str) -> QProgressDialog:
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    return dialog


def backup_now(store: Store, parent: QWidget | None, target: Path | None = None, done: Callable | None = None) -> None:
    """A verified backup off the GUI thread; *target* None means the automatic folder."""
    progress = _busy(parent, QCoreApplication.translate("backup_actions", "正在备份并校验…"))

    def finished(result: BackupResult) -> None:
        progress.close()
        counts = "，".join(
            f"{QCoreApplication.translate('backup_actions', TABLE_LABELS.get(k, k))} {v}"
            for k, v in result.report.counts.items()
        )
        QMessageBox.information(
            parent,
            QCoreApplication.translate("backup_actions", "备份完成"),
            QCoreApplication.translate("backup_actions", "备份已写入并校验通过：\n{0}\n\n{1}").format(
                result.path, counts
            ),
        )
        if done:
            done(result)

    def failed(exc: Exception, _trace: str) -> None:
        progress.close()
        show_error(parent, exc, QCoreApplication.translate("backup_actions", "备份失败"))

    Operation(lambda: store.security.backup(target)).success(finished).failure(failed).run_in_background()


def backup_as(store: Store, parent: QWidget | None) -> None:

    name, _f = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("backup_actions", "备份到文件"),
        str(store.automatic_backup_name()),
        QCoreApplication.translate("backup_actions", "agentbook 备份 (*.db)"),
    )
    if name:
        backup_now(store, parent, Path(name))


def backup_on_exit(store: Store) -> None:
    """The automatic backup when the app closes (if on, and the archive is not locked)."""
    if store.security.is_locked:
        return
    try:
        if store.security.backup_on_exit():
            store.security.backup()
    except KnownError as exc:
        QMessageBox.warning(None, QCoreApplication.translate("backup_actions", "退出时的自动备份未完成"), describe(exc))


# --- restore -----------------------------------------------------------------------------------
class RestoreDialog(QDialog):
    """What the chosen backup holds, next to what the live database holds, before replacing."""

    def __init__(self, store: Store, candidate: Candidate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("从备份恢复"))
        live = store.counts()
        text = QLabel(self)
        text.setWordWrap(True)
        text.setText(
            self.tr("备份文件“{0}”已复制并完整校验（页校验、结构检查、外键检查）。").format(candidate.source.name)
            + "\n"
            + self.tr("恢复后，当前数据库会被移到一旁保留（不会删除），程序改用备份中的数据。")
        )
        table = QTableWidget(len(candidate.report.counts), 3, self)
        table.setObjectName("counts")
        table.setHorizontalHeaderLabels([self.tr("内容"), self.tr("备份中"), self.tr("当前数据库")])
        table.verticalHeader().setVisible(False)
        for row, (key, count) in enumerate(candidate.report.counts.items()):
            table.setItem(
                row, 0, QTableWidgetItem(QCoreApplication.translate("backup_actions", TABLE_LABELS.get(key, key)))
            )
            table.setItem(row, 1, QTableWidgetItem(str(count)))
            table.setItem(row, 2, QTableWidgetItem(str(live.get(key, "")) if key in live else ""))
        table.resizeColumnsToContents()
        buttons = QDialogButtonBox(self)
        self.replace_button = buttons.addButton(self.tr("替换当前数据库"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        # A whole file may still be the wrong one (a broken log, another archive): said in red,
        # and replacing waits for an explicit tick.
        self.warnings = QLabel(
            "\n".join(QCoreApplication.translate("store", w.message).format(*w.args) for w in candidate.warnings),
            self,
        )
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b71c1c; font-weight: bold")
        self.warnings.setVisible(bool(candidate.warnings))
        self.accept_warnings = QCheckBox(self.tr("我已了解上述问题，仍要用这份备份替换当前数据库"), self)
        self.accept_warnings.setObjectName("accept_warnings")
        self.accept_warnings.setVisible(bool(candidate.warnings))
        self.replace_button.setEnabled(not candidate.warnings)
        self.accept_warnings.toggled.connect(self.replace_button.setEnabled)
        layout.addWidget(self.warnings)
        layout.addWidget(table)
        layout.addWidget(self.accept_warnings)
        layout.addWidget(buttons)
        self.resize(520, 380)


def restore_from(
    store: Store, parent: QWidget | None, source: Path | None = None, on_restored: Callable[[], None] | None = None
) -> None:
    if source is None:
        picker = BackupPicker(store, parent)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen is None:
            return
        source = picker.chosen
    progress = _busy(parent, QCoreApplication.translate("backup_actions", "正在复制并校验备份…"))

    def staged(candidate: object) -> None:
        progress.close()
        assert isinstance(candidate, Candidate)
        if not candidate.ok:
            problems = "\n".join((candidate.problems + candidate.report.problems)[:8])
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("backup_actions", "不能用这份备份恢复"),
                QCoreApplication.translate(
                    "backup_actions", "这份备份没有通过校验，当前数据库没有任何改动。\n\n{0}"
                ).format(problems),
            )
            return
        if RestoreDialog(store, candidate, parent).exec() != QDialog.DialogCode.Accepted:
            candidate.discard()
            return
        try:  # minutes on a large archive: on a worker, with progress after half a second
            aside = wait_for(
                parent,
                QCoreApplication.translate("backup_actions", "恢复备份"),
                [QCoreApplication.translate("backup_actions", "正在用备份替换当前数据库…")],
                lambda _step: store.security.restore(candidate),
            )
        except Exception as exc:
            candidate.discard()
            show_error(parent, exc, QCoreApplication.translate("backup_actions", "恢复失败，当前数据库保持原样"))
            return
        QMessageBox.information(
            parent,
            QCoreApplication.translate("backup_actions", "恢复完成"),
            QCoreApplication.translate("backup_actions", "已从备份恢复。原来的数据库保留在：\n{0}").format(aside),
        )
        if on_restored:
            on_restored()

    def failed(exc: Exception, _trace: str, credentials: object = None) -> None:
        progress.close()
        if isinstance(exc, WrongKeyError) and credentials is None:
            _ask_backup_key(store, parent, source, staged)
            return
        show_error(parent, exc, QCoreApplication.translate("backup_actions", "不能用这份备份恢复"))

    Operation(lambda: store.security.stage_restore(source)).success(staged).failure(failed).run_in_background()


def _ask_backup_key(store: Store, parent: QWidget | None, source: Path, staged: Callable[[object], None]) -> None:
    """A backup made before a key change opens with the recovery key of that time."""
    from agentbook.store.keys import recovery
    from agentbook.ui.security.recover_dialog import RecoverDialog

    dialog = RecoverDialog(
        source.name,
        QCoreApplication.translate(
            "backup_actions",
            "这份备份无法用当前密钥打开：它可能是在更换密钥之前做的（需要当时的恢复密钥），"
            "也可能不是 agentbook 的备份。",
        ),
        parent,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        key = recovery.decode(dialog.text())
        candidate = wait_for(
            parent,
            QCoreApplication.translate("backup_actions", "恢复备份"),
            [QCoreApplication.translate("backup_actions", "正在复制并校验备份…")],
            lambda _step: store.security.stage_restore(source, key),
        )
    except KnownError as exc:
        show_error(parent, exc, QCoreApplication.translate("backup_actions", "不能用这份备份恢复"))
        return
    staged(candidate)
