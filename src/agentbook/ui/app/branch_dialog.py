"""连接营业部服务器: the login of a branch's PostgreSQL server, checked by opening the archive.

The dialog asks for host, port, database, user and password, says whether the connection will be
encrypted (TLS is required for any server but this computer), and connects on a worker thread so
a slow network never freezes the window. Only a connection that opened the archive is accepted;
the login is then remembered (``branch_session``) and, when asked, the password goes to the OS
keyring. Whatever was typed stays in the fields after a failure.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agentbook.store.api import Store
from agentbook.store.db.branch_login import DEFAULT_DATABASE, DEFAULT_PORT, BranchLogin
from agentbook.ui.errors import describe
from agentbook.ui.worker import Operation


class BranchDialog(QDialog):
    """``exec()`` → Accepted with ``store`` (open on the branch), ``login`` and ``password``."""

    def __init__(
        self,
        parent: QWidget | None = None,
        login: BranchLogin | None = None,
        reason: str = "",
        *,
        offer_local: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("branch_dialog")
        self.setWindowTitle(self.tr("连接营业部服务器"))
        self.store: Store | None = None
        self.login: BranchLogin | None = None
        self.password = ""
        self.use_local = False  # the person chose the local archive instead (at start-up)
        intro = QLabel(
            self.tr(
                "营业部的档案保存在 PostgreSQL 服务器上，每个人用自己的账号登录。"
                "地址和账号请向营业部的档案管理员索取。"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.host = QLineEdit(self)
        self.host.setObjectName("branch_host")
        self.host.setPlaceholderText(self.tr("例如 192.168.1.20 或 server.branch.local"))
        self.port = QSpinBox(self)
        self.port.setObjectName("branch_port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.dbname = QLineEdit(DEFAULT_DATABASE, self)
        self.dbname.setObjectName("branch_dbname")
        self.user = QLineEdit(self)
        self.user.setObjectName("branch_user")
        self.secret = QLineEdit(self)
        self.secret.setObjectName("branch_password")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("在系统钥匙串中记住口令"), self)
        self.remember.setObjectName("branch_remember")
        self.remember.setChecked(True)
        self.tls = QLabel(self)
        self.tls.setObjectName("branch_tls")
        self.tls.setWordWrap(True)
        self.error = QLabel(reason, self)
        self.error.setObjectName("branch_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("服务器地址"), self.host)
        form.addRow(self.tr("端口"), self.port)
        form.addRow(self.tr("数据库"), self.dbname)
        form.addRow(self.tr("用户名"), self.user)
        form.addRow(self.tr("口令"), self.secret)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = self.buttons.addButton(self.tr("连接"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setObjectName("branch_connect")
        if offer_local:
            local = self.buttons.addButton(self.tr("改用本机档案"), QDialogButtonBox.ButtonRole.ResetRole)
            local.setObjectName("branch_use_local")
            local.clicked.connect(self._choose_local)
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.tls)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for field in (self.host, self.dbname, self.user):
            field.textChanged.connect(self._update)
        if login is not None:
            self.host.setText(login.host)
            self.port.setValue(login.port)
            self.dbname.setText(login.dbname)
            self.user.setText(login.user)
            self.secret.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update()

    def _choose_local(self) -> None:
        self.use_local = True
        self.reject()

    def typed_login(self) -> BranchLogin:
        host, user, dbname = (f.text().strip() for f in (self.host, self.user, self.dbname))
        return BranchLogin(host, user, self.port.value(), dbname)

    def _update(self) -> None:
        login = self.typed_login()
        complete = bool(login.host and login.user and login.dbname)
        self.connect_button.setEnabled(complete)
        if not login.host:
            self.tls.setText("")
        elif login.needs_tls:
            self.tls.setText(self.tr("连接将使用 TLS 加密；服务器不支持加密时不会连接。"))
        else:
            self.tls.setText(self.tr("服务器在本机，连接不经过网络。"))

    def try_connect(self) -> None:
        """Open the archive on the typed server off the GUI thread; accept only when it opened."""
        login, password = self.typed_login(), self.secret.text()
        self.error.setText(self.tr("正在连接 {0} …").format(login.label))
        self.connect_button.setEnabled(False)

        def opened(store: Store) -> None:
            self.store, self.login, self.password = store, login, password
            self.accept()

        def failed(exc: Exception, _trace: str) -> None:
            self.error.setText(describe(exc))
            self._update()

        Operation(lambda: Store.open_branch(login.dsn(password))).success(opened).failure(failed).run_in_background()
