"""Asking for the database passphrase where no OS keyring exists (headless Linux, some kiosks)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

MIN_LENGTH = 10


class PassphraseDialog(QDialog):
    """New database: the passphrase twice and a plain warning. Existing one: once."""

    def __init__(self, creating: bool, db_name: str, parent: QWidget | None = None, error: str = "") -> None:
        super().__init__(parent)
        self.creating = creating
        self.setWindowTitle(self.tr("数据库口令"))
        intro = QLabel(self)
        intro.setWordWrap(True)
        if creating:
            intro.setText(
                self.tr(
                    "本机没有系统密钥环，请为新数据库“{0}”设置口令。口令不会保存在任何地方；"
                    "忘记口令将无法读取数据，请务必牢记或妥善保管。"
                ).format(db_name)
            )
        else:
            intro.setText(self.tr("请输入数据库“{0}”的口令。").format(db_name))
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(error, self)
        self.message.setStyleSheet("color: #c62828")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("口令"), self.passphrase)
        if creating:
            form.addRow(self.tr("再次输入"), self.repeat)
        else:
            self.repeat.hide()
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.passphrase.textChanged.connect(self._check)
        self.repeat.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        text = self.passphrase.text()
        problem = ""
        if self.creating:
            if len(text) < MIN_LENGTH:
                problem = self.tr("口令至少 {0} 个字符").format(MIN_LENGTH)
            elif text != self.repeat.text():
                problem = self.tr("两次输入的口令不一致")
        elif not text:
            problem = " "
        if problem.strip() or not self.message.text():
            self.message.setText(problem.strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def value(self) -> str:
        return self.passphrase.text()
