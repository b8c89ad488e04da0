"""About agentbook: the version, where this archive and its key live, and the licences of every part.

The first tab answers the questions support asks ("which version? which file? where is the
key?") and can be copied in one click; the second lists agentbook, Qt, the font and each
dependency with the licence read from its installed metadata (``agentbook.licences``).
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentbook import __version__
from agentbook.licences import components
from agentbook.paths import backup_dir, data_dir
from agentbook.store.api import Store
from agentbook.store.keys.vault import KeyVault
from agentbook.ui.app.icons import app_icon
from agentbook.ui.security.keyring_names import vault_keyring_name


def _size(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        return "—"
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} KB"


def key_location(store: Store, vault: KeyVault | None = None) -> str:
    """Where the key of this archive lives, in words (Vorta tells users the same)."""
    if store.uses_passphrase:
        return QCoreApplication.translate("AboutDialog", "口令（每次打开时输入；忘记口令就无法打开档案）")
    return QCoreApplication.translate("AboutDialog", "系统密钥环（{0}），条目“agentbook”").format(
        vault_keyring_name(vault or KeyVault())
    )


def this_copy() -> str:
    if getattr(sys, "frozen", False):
        return QCoreApplication.translate("AboutDialog", "安装版：{0}").format(Path(sys.executable).parent)
    return QCoreApplication.translate("AboutDialog", "源代码运行：{0}").format(Path(__file__).resolve().parents[2])


class AboutDialog(QDialog):
    def __init__(self, store: Store | None, parent: QWidget | None = None, vault: KeyVault | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.store = store
        self.vault = vault
        self.setWindowTitle(QCoreApplication.translate("AboutDialog", "关于 agentbook"))

        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(f"<b style='font-size:16pt'>agentbook</b>&nbsp;&nbsp;{__version__}", self)
        tagline = QLabel(QCoreApplication.translate("AboutDialog", "离线、加密的保险客户档案"), self)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(tagline)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addSpacing(8)
        top.addLayout(heading, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._info_page(), QCoreApplication.translate("AboutDialog", "本机信息"))
        self.tabs.addTab(self._licence_page(), QCoreApplication.translate("AboutDialog", "开源许可"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(QCoreApplication.translate("AboutDialog", "复制信息"), self)
        copy.setObjectName("copy_info")
        copy.clicked.connect(self.copy_info)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(680, 460)

    # --- this copy and this archive ----------------------------------------------------------
    def info_rows(self) -> list[tuple[str, str]]:
        rows = [
            (QCoreApplication.translate("AboutDialog", "版本"), f"agentbook {__version__}"),
            (
                QCoreApplication.translate("AboutDialog", "运行环境"),
                f"Qt {qVersion()} · Python {platform.python_version()} · {platform.system()}",
            ),
            (QCoreApplication.translate("AboutDialog", "程序位置"), this_copy()),
        ]
        if self.store is not None and self.store.branch is not None:
            rows += [
                (QCoreApplication.translate("AboutDialog", "营业部服务器"), self.store.branch),
                (QCoreApplication.translate("AboutDialog", "登录账号"), self.store.actor),
                (QCoreApplication.translate("AboutDialog", "结构版本"), f"v{self.store.schema_version}"),
            ]
        elif self.store is not None:
            settings = self.store.settings
            rows += [
                (QCoreApplication.translate("AboutDialog", "数据库"), str(self.store.path)),
                (
                    QCoreApplication.translate("AboutDialog", "结构版本"),
                    f"v{self.store.schema_version} · {_size(self.store.path)}",
                ),
                (QCoreApplication.translate("AboutDialog", "加密密钥"), key_location(self.store, self.vault)),
                (
                    QCoreApplication.translate("AboutDialog", "备份文件夹"),
                    settings.get("backup_folder") or str(backup_dir()),
                ),
            ]
        rows.append((QCoreApplication.translate("AboutDialog", "数据文件夹"), str(data_dir())))
        return rows

    def _info_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        for label, value in self.info_rows():
            text = QLabel(value, page)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setWordWrap(True)
            form.addRow(label, text)
        note = QLabel(
            QCoreApplication.translate(
                "AboutDialog",
                "档案只保存在这台电脑上，并已加密。没有密钥（系统密钥环或恢复密钥）就无法打开，请妥善保管恢复密钥并定期备份。",
            ),
            page,
        )
        note.setWordWrap(True)
        note.setObjectName("about_note")
        form.addRow(note)
        return page

    # --- licences ----------------------------------------------------------------------------
    def _licence_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.licences = QTreeWidget(page)
        self.licences.setObjectName("licences")
        self.licences.setRootIsDecorated(False)
        self.licences.setHeaderLabels(
            [
                QCoreApplication.translate("AboutDialog", "组件"),
                QCoreApplication.translate("AboutDialog", "版本"),
                QCoreApplication.translate("AboutDialog", "许可证"),
            ]
        )
        for part in components():
            item = QTreeWidgetItem([part.name, part.version, part.licence])
            if part.url:
                item.setToolTip(0, part.url)
            self.licences.addTopLevelItem(item)
        header = self.licences.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        qt_note = QLabel(
            QCoreApplication.translate(
                "AboutDialog",
                "Qt 与 PySide6 依照 LGPLv3 使用：它们作为独立的动态库随程序提供，可以替换为自行编译的版本；"
                "源代码见 download.qt.io。各组件的许可证全文随程序放在 *.dist-info 文件夹中。",
            ),
            page,
        )
        qt_note.setWordWrap(True)
        layout.addWidget(self.licences, 1)
        layout.addWidget(qt_note)
        return page

    def copy_info(self) -> None:
        lines = [f"{label}: {value}" for label, value in self.info_rows()]
        QGuiApplication.clipboard().setText("\n".join(lines))
