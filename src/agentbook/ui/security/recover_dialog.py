"""Typing the recovery key back: on a new laptop, after an OS reinstall, or with a locked keyring.

The box checks as the user types — how many symbols are in, whether one is not in the alphabet,
and once all 56 are there, whether the check fits and, if not, which group to look at — so a
typo is found on paper, not by a vague "wrong key" after the database was tried.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from agentbook.store.keys import recovery
from agentbook.store.keys.recovery import RecoveryKeyError


class RecoverDialog(QDialog):
    def __init__(self, db_name: str, situation: str, parent: QWidget | None = None, error: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("recover_dialog")
        self.setWindowTitle(self.tr("使用恢复密钥打开"))
        intro = QLabel(situation, self)
        intro.setWordWrap(True)
        ask = QLabel(
            self.tr(
                "请输入数据库“{0}”的恢复密钥（打印的纸上 14 组、共 56 个字符）。"
                "大小写、空格和短横线都可以随意。打开后密钥会重新存入系统密钥环，下次无需再输入。"
            ).format(db_name),
            self,
        )
        ask.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("recovery_key")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(mono.pointSize(), 10) + 3)
        self.editor.setFont(mono)
        self.editor.setFixedHeight(self.editor.fontMetrics().lineSpacing() * 3 + 16)
        self.editor.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.error = QLabel(error, self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("打开"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(ask)
        layout.addWidget(self.editor)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.editor.textChanged.connect(self._check)
        self._check()

    def text(self) -> str:
        return self.editor.toPlainText()

    def _check(self) -> None:
        """Say what is wrong as the user types; enable "open" only for a key that checks out."""
        ok = False
        typed = len(recovery.normalise(self.text()))
        try:
            recovery.decode(self.text())
            ok = True
            message, colour = self.tr("校验通过，可以打开。"), "#1b5e20"
        except RecoveryKeyError as exc:
            colour = "#8a5300"
            if exc.problem == "symbol":
                message = self.tr("第 {0} 组里有恢复密钥中不会出现的字符（例如 U 或标点）。").format(exc.group)
            elif exc.problem == "length":
                message = self.tr("已输入 {0} / {1} 个字符。").format(typed, recovery.SYMBOLS)
                if typed > recovery.SYMBOLS:
                    colour = "#c62828"
            elif exc.group:
                message = self.tr("校验不通过：请核对第 {0} 组。").format(exc.group)
                colour = "#c62828"
            else:
                message = self.tr("校验不通过：有字符输错了，请逐组核对。")
                colour = "#c62828"
        self.status.setText(message)
        self.status.setStyleSheet(f"color: {colour}")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
