"""Choosing the backup to restore from a dated list instead of a file dialog.

An agent restoring after a mistake wants "yesterday evening's", not a file name with a
microsecond stamp in a folder they never opened: the list shows when each backup was taken, its
size, what it held when it was verified, and whether it was; a file the list does not know can
still be chosen, and the backup folder opened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.api import Store
from agentbook.store.backup.catalogue import KnownBackup

SHOWN_COUNTS = ("customer", "policy", "payment", "claim", "contact")
TABLE_LABELS = {
    "customer": QT_TRANSLATE_NOOP("backup_actions", "客户"),
    "policy": QT_TRANSLATE_NOOP("backup_actions", "保单"),
    "payment": QT_TRANSLATE_NOOP("backup_actions", "缴费"),
    "claim": QT_TRANSLATE_NOOP("backup_actions", "理赔"),
    "contact": QT_TRANSLATE_NOOP("backup_actions", "沟通记录"),
    "audit_log": QT_TRANSLATE_NOOP("backup_actions", "操作日志"),
}


def _counts_text(backup: KnownBackup) -> str:
    if backup.counts is None:
        return ""
    return "，".join(
        f"{QCoreApplication.translate('backup_actions', TABLE_LABELS[k])} {backup.counts[k]}"
        for k in SHOWN_COUNTS
        if k in backup.counts
    )


class BackupPicker(QDialog):
    """``chosen`` holds the file to restore from once the dialog is accepted."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_picker")
        self.setWindowTitle(self.tr("从备份恢复"))
        self.store = store
        self.chosen: Path | None = None
        self.backups = store.security.known_backups()
        self.folder = store.security.backup_folder()

        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setText(
            self.tr(
                "选择要恢复的备份。恢复前会完整校验这份备份，并列出其中的记录数供您核对；当前数据库会被移到一旁保留。"
            )
        )
        self.table = QTableWidget(len(self.backups), 5, self)
        self.table.setObjectName("backups")
        self.table.setHorizontalHeaderLabels(
            [self.tr("备份时间"), self.tr("大小"), self.tr("内容（备份时）"), self.tr("校验"), self.tr("位置")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        locale = QLocale()
        for row, b in enumerate(self.backups):
            place = self.tr("自动备份") if b.automatic else str(b.path.parent)
            cells = (
                b.taken_at.strftime("%Y-%m-%d %H:%M"),
                locale.formattedDataSize(b.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat),
                _counts_text(b),
                self.tr("写入时已校验") if b.verified else self.tr("未记录（恢复前校验）"),
                place,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(b.path))
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(lambda _item: self._choose_selected())
        if self.backups:
            self.table.selectRow(0)

        self.empty = QLabel(
            self.tr("还没有找到备份。可以用“文件 → 立即备份”做第一份，或选择其他位置的备份文件。"), self
        )
        self.empty.setObjectName("no_backups")
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))

        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(self.tr("恢复所选备份…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restore_selected")
        self.restore_button.setEnabled(bool(self.backups))
        self.other_button = QPushButton(self.tr("其他文件…"), self)
        self.other_button.setObjectName("other_file")
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(self.tr("打开备份文件夹"), self)
        self.folder_button.setObjectName("open_folder")
        self.folder_button.setEnabled(self.folder.is_dir())
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button.clicked.connect(self._choose_selected)
        self.other_button.clicked.connect(self._choose_other)
        self.folder_button.clicked.connect(self.open_folder)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def _choose_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen = self.backups[rows[0].row()].path
            self.accept()

    def _choose_other(self) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("backup_actions", "选择备份文件"),
            str(self.folder),
            QCoreApplication.translate("backup_actions", "agentbook 备份 (*.db);;所有文件 (*)"),
        )
        if name:
            self.chosen = Path(name)
            self.accept()

    def open_folder(self) -> bool:
        """Show the backup folder in the system's file manager."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
