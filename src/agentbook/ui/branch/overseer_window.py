"""The window of a branch person who keeps no customers of their own: the auditor (the audit log and
the access log, read only) and the archivist (the register of paper files: where each customer's
file is, who has it; filing, lending and taking back).

The record tabs, Today and the statistics read policies, payments and notes these roles may not
read — the server would refuse them one by one — so these people get the window of their work
instead of a main window full of refusals."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from agentbook.store.api import Store
from agentbook.store.branch.people import ROLE_LABELS
from agentbook.ui.branch import menu as branch_menu
from agentbook.ui.branch.archive_register import ArchiveRegister
from agentbook.ui.errors import reported


def needs_overseer_window(store: Store) -> bool:
    """True for a branch login with neither the agent's nor the manager's role."""
    return store.branch is not None and not store.roles & {"agent", "manager"}


class OverseerWindow(QMainWindow):
    archiveChosen = Signal(object)  # noqa: N815 - the main window's signal, for the session

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("overseer_window")
        self.setWindowTitle(self.tr("agentbook 保险客户档案 – 营业部服务器 {0}").format(store.branch))
        self.resize(640, 420)
        roles = "、".join(self.tr(ROLE_LABELS[r]) for r in sorted(store.roles) if r in ROLE_LABELS)
        heading = QLabel(self.tr("{0}（{1}），您在营业部的角色：{2}").format(store.person, store.branch, roles), self)
        heading.setWordWrap(True)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(heading)
        self.buttons: dict[str, QPushButton] = {}
        if "auditor" in store.roles:
            self._button("access_log", self.tr("访问记录…"), lambda: branch_menu.open_access_log(self, store), layout)
            self._button("audit_log", self.tr("操作日志…"), self.open_audit_log, layout)
        self.register: ArchiveRegister | None = None
        if "archivist" in store.roles:
            self._button("loans", self.tr("档案借阅登记…"), self.open_loans, layout)
            self.register = ArchiveRegister(store, body)
            layout.addWidget(self.register, 1)
            self.resize(1100, 700)
        else:
            layout.addStretch(1)
        self.setCentralWidget(body)
        self.branch_actions = branch_menu.install(self, store)

    def _button(self, name: str, text: str, slot: object, layout: QVBoxLayout) -> None:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        layout.addWidget(button)
        self.buttons[name] = button

    def open_audit_log(self) -> None:
        from agentbook.ui.security.audit_viewer import AuditViewer

        with reported(self):
            AuditViewer(self.store, self).exec()

    def open_loans(self) -> None:
        from agentbook.ui.tools.archive_tools import LoansDialog

        with reported(self):
            LoansDialog(self.store, self).exec()
        if self.register is not None:  # a file taken back there is in place here too
            self.register.reload()
