"""Showing the recovery key: in the first-run wizard, after a key change, or on request (audited).

The panel insists a little: the key is shown large in numbered groups, printing is one click,
and "done" needs a tick that says the key is stored. The dialog may be closed without the tick,
but the app asks again at the next start (``store.security.needs_recovery_confirmation``).
``make_wizard_page`` is the hook the first-run wizard looks for (``ui.first_run``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from agentbook.exporters.private_temp import PRINT_PREFIX, owned_folder, release
from agentbook.exporters.recovery_sheet import SheetText, write
from agentbook.store.api import Store
from agentbook.store.keys.recovery import RecoveryKey
from agentbook.ui.app.folders import in_documents
from agentbook.ui.errors import reported

if TYPE_CHECKING:  # the first-run pages import this module
    from agentbook.ui.first_run.pages import KeyringPage


class RecoveryKeyPanel(QWidget):
    """The key in groups, print and PDF buttons, and the tick that says it is stored."""

    def __init__(
        self, store: Store, key: RecoveryKey, parent: QWidget | None = None, *, reason: str = "first_run"
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.key = key
        self.setObjectName("recovery_key_panel")
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        heading = {
            "first_run": self.tr("您的客户档案已加密。这是它的<b>恢复密钥</b>。"),
            "key_change": self.tr("密钥已更换。这是<b>新的恢复密钥</b>，旧的恢复密钥从现在起作废。"),
            "shown": self.tr("这是当前数据库的<b>恢复密钥</b>。"),
        }[reason]
        intro.setText(
            heading
            + "<br>"
            + self.tr(
                "平时密钥保存在本机的系统密钥环里，不需要输入。换电脑、重装系统或密钥环丢失时，"
                "只有恢复密钥能打开这些数据。"
            )
            + "<p style='color:#b71c1c'><b>"
            + self.tr("没有恢复密钥，数据将永远无法读取——任何人（包括开发者）都无法帮您恢复。")
            + "</b></p>"
        )
        self.groups = QGridLayout()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(mono.pointSize(), 10) + 6)
        mono.setBold(True)
        small = QFont(self.font())
        small.setPointSize(max(small.pointSize() - 2, 7))
        for index, group in enumerate(key.groups()):
            row, column = divmod(index, 7)
            number = QLabel(str(index + 1), self)
            number.setFont(small)
            number.setStyleSheet("color: #757575")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(group, self)
            text.setObjectName(f"group_{index + 1}")
            text.setFont(mono)
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.groups.addWidget(number, row * 2, column)
            self.groups.addWidget(text, row * 2 + 1, column)
        box = QWidget(self)
        box.setObjectName("key_box")
        box.setLayout(self.groups)
        box.setStyleSheet("#key_box { border: 2px solid #455a64; border-radius: 6px; background: #fafafa; }")
        fingerprint = QLabel(
            self.tr("数据库：{0}    密钥指纹：{1}").format(store.path.name, store.security.key_fingerprint())
        )
        fingerprint.setStyleSheet("color: #555")
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.print_key)
        self.pdf_button = QPushButton(self.tr("保存为 PDF…"), self)
        self.pdf_button.setObjectName("save_pdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.pdf_button)
        actions.addStretch(1)
        self.stored = QCheckBox(self.tr("我已打印或抄写恢复密钥，并放在安全的地方（不在这台电脑里）"), self)
        self.stored.setObjectName("stored")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addWidget(fingerprint)
        layout.addLayout(actions)
        layout.addSpacing(8)
        layout.addWidget(self.stored)

    def sheet_text(self) -> SheetText:
        """The page's sentences in the UI language (the exporter itself has no Qt)."""
        return SheetText(
            title=self.tr("agentbook 恢复密钥"),
            database=self.tr("数据库文件：{0}"),
            fingerprint=self.tr("密钥指纹：{0}"),
            made=self.tr("生成时间：{0}"),
            key_heading=self.tr("恢复密钥（56 个字符，14 组）"),
            how=(
                self.tr("这把密钥就是这个数据库的加密密钥。平时它保存在本机的系统密钥环里，打开程序时不需要输入。"),
                self.tr("换电脑、重装系统或密钥环丢失后，打开 agentbook 时选择“使用恢复密钥”，输入上面的字符即可："),
                self.tr("不区分大小写，短横线和空格可输可不输；字母 O 当作数字 0，字母 I、L 当作数字 1。"),
                self.tr("输错一个字符时，程序会指出是第几组有误。"),
            ),
            warning=(
                self.tr(
                    "没有系统密钥环中的密钥、也没有这张恢复密钥时，数据将永远无法读取——任何人（包括开发者）都无法帮您恢复。"
                ),
                self.tr("请把这张纸放在安全的地方（例如保险柜），不要拍照、不要存放在电脑或网盘里。"),
                self.tr("更换密钥后这张纸即作废，请打印新的恢复密钥并销毁旧的。"),
            ),
            fill_in=self.tr("保存位置：________________    保存日期：____________    保管人签名：____________"),
        )

    def write_pdf(self, path: Path) -> Path:
        return write(
            path, self.key, self.store.path, self.store.security.key_fingerprint(), self.store.now(), self.sheet_text()
        )

    def save_pdf(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("保存为 PDF"),
            self.tr("PDF 文件里是明文的恢复密钥。请打印后立即删除这个文件，不要留在电脑、U 盘或网盘里。"),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("保存恢复密钥"), in_documents("agentbook-恢复密钥.pdf"), self.tr("PDF 文件 (*.pdf)")
        )
        if name:
            self.save_pdf_to(Path(name))

    def save_pdf_to(self, path: Path) -> None:
        with reported(self):
            self.write_pdf(path)
            self.store.record_event("recovery_key_pdf", "database", summary=path.name)

    def print_key(self) -> None:
        """Print from a private temporary PDF that is deleted right after."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from agentbook.ui.printing.pdf_pages import prepare_printer, print_pdf

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        # The PDF holds the database key in clear: an owned private folder, so even a kill while
        # printing leaves it only until the next start (see private_temp).
        folder = owned_folder(PRINT_PREFIX)
        try:
            with reported(self):
                path = self.write_pdf(folder / "recovery.pdf")
                print_pdf(path, printer)
                self.store.record_event("recovery_key_print", "database", summary=printer.printerName())
        finally:
            release(folder)


class RecoveryKeyDialog(QDialog):
    def __init__(
        self, store: Store, key: RecoveryKey, parent: QWidget | None = None, *, reason: str = "first_run"
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_key_dialog")
        self.setWindowTitle(self.tr("请保存恢复密钥"))
        self.store = store
        self.panel = RecoveryKeyPanel(store, key, self, reason=reason)
        self.stored = self.panel.stored
        self.buttons = QDialogButtonBox(self)
        self.done_button = self.buttons.addButton(self.tr("完成"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = self.buttons.addButton(self.tr("稍后提醒我"), QDialogButtonBox.ButtonRole.RejectRole)
        self.done_button.setEnabled(False)
        self.stored.toggled.connect(self.done_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(720)

    def accept(self) -> None:
        with reported(self) as failure:
            self.store.security.confirm_recovery_key()
        if failure:
            return
        super().accept()


class RecoveryKeyPage(QWizardPage):
    """The first-run wizard's last page: the new archive's recovery key, to be stored before Finish.

    In passphrase mode there is no recovery key; the page then explains that the passphrase is the
    only way in (the wizard's own keyring page text) and asks for the same tick.
    """

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setObjectName("recovery_key_page")
        self.owner = wizard
        self.panel: RecoveryKeyPanel | None = None
        self.fallback: KeyringPage | None = None
        self.layout_ = QVBoxLayout(self)

    def initializePage(self) -> None:  # noqa: N802
        store = self.owner.store
        if self.panel is not None or self.fallback is not None:
            return
        if store is not None and store.security.mode == "keyring":
            self.setTitle(self.tr("请保存恢复密钥"))
            self.setSubTitle(self.tr("换电脑或系统密钥环丢失时，只有它能打开档案。"))
            self.panel = RecoveryKeyPanel(store, store.security.recovery_key(), self)
            self.panel.stored.toggled.connect(lambda _on: self.completeChanged.emit())
            self.layout_.addWidget(self.panel)
        else:
            from agentbook.ui.first_run.pages import KeyringPage

            self.fallback = KeyringPage(self.owner)
            self.fallback.initializePage()
            self.setTitle(self.fallback.title())
            self.setSubTitle(self.fallback.subTitle())
            self.fallback.completeChanged.connect(self.completeChanged)
            self.layout_.addWidget(self.fallback)

    def isComplete(self) -> bool:  # noqa: N802
        if self.panel is not None:
            return self.panel.stored.isChecked()
        return self.fallback is not None and self.fallback.isComplete()

    def validatePage(self) -> bool:  # noqa: N802
        if self.panel is not None:
            with reported(self) as failure:
                self.owner.store.security.confirm_recovery_key()
            if failure:
                return False
        return True

    def retranslate(self) -> None:
        if self.fallback is not None:
            self.fallback.retranslate()
            self.setTitle(self.fallback.title())
            self.setSubTitle(self.fallback.subTitle())
        elif self.panel is not None:
            self.setTitle(self.tr("请保存恢复密钥"))
            self.setSubTitle(self.tr("换电脑或系统密钥环丢失时，只有它能打开档案。"))
