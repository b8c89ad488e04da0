"""The 营业部 menu of a window connected to a branch server, with what the person's roles allow:
人员与权限 (manager), 待审批的信息变更 (manager), 我的变更申请 (agent), 访问记录 (manager, auditor).

The server enforces the roles whatever the menu shows; the menu only leaves out what would be
refused. After a decision or a handover the window's views reload (the change feed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.api import Store
from agentbook.store.errors import KnownError


def install(window: QMainWindow, store: Store) -> list[QAction]:
    """Add the 营业部 menu to *window* (before 帮助) when *store* is on a branch; returns its actions."""
    if store.branch is None:
        return []
    roles = store.roles
    menu = window.menuBar().addMenu(QCoreApplication.translate("BranchMenu", "营业部(&B)"))
    menu.setObjectName("menu_branch")
    help_action = next(
        (a for a in window.menuBar().actions() if a.menu() and a.menu().objectName() == "menu_help"), None
    )
    if help_action is not None:
        window.menuBar().insertMenu(help_action, menu)
    out: list[QAction] = []

    def add(text: str, name: str, slot: Any) -> None:
        act = QAction(text, window)
        act.setObjectName(name)
        act.triggered.connect(slot)
        menu.addAction(act)
        out.append(act)

    if "manager" in roles:
        add(QCoreApplication.translate("BranchMenu", "人员与权限…"), "act_people", lambda: open_people(window, store))
        add(
            QCoreApplication.translate("BranchMenu", "待审批的信息变更…"),
            "act_approvals",
            lambda: open_approvals(window, store, deciding=True),
        )
    if "agent" in roles:
        add(
            QCoreApplication.translate("BranchMenu", "我的变更申请…"),
            "act_my_requests",
            lambda: open_approvals(window, store, deciding=False),
        )
    if roles & {"manager", "auditor"}:
        add(
            QCoreApplication.translate("BranchMenu", "访问记录…"),
            "act_access_log",
            lambda: open_access_log(window, store),
        )
    return out


def open_people(parent: QWidget, store: Store) -> None:
    from agentbook.ui.branch.people_dialog import PeopleDialog

    PeopleDialog(store, parent).exec()


def open_approvals(parent: QWidget, store: Store, *, deciding: bool) -> None:
    from agentbook.ui.branch.approvals_dialog import ApprovalsDialog

    ApprovalsDialog(store, deciding=deciding, parent=parent).exec()


def open_access_log(parent: QWidget, store: Store) -> None:
    from agentbook.ui.branch.access_dialog import AccessLogDialog

    AccessLogDialog(store, parent).exec()


def tell_held(parent: QWidget, store: Store) -> bool:
    """After a save: when guarded changes were filed as change requests instead, say so (once)."""
    held = store.take_held_requests()
    if not held:
        return False
    QMessageBox.information(
        parent,
        QCoreApplication.translate("BranchMenu", "已提交信息变更申请"),
        QCoreApplication.translate(
            "BranchMenu",
            "姓名、证件、投保人/被保险人、受益人或他人名下客户的变更需经理审批。已提交 {0} 份申请，批准后生效；"
            "其余修改已保存。可在 营业部 ▸ 我的变更申请 查看进度。",
        ).format(len(held)),
    )
    return True


class KeptByColleagueError(KnownError):
    message = QT_TRANSLATE_NOOP("BranchMenu", "没有新建：这位客户已由同事保管。请他把客户共享给您。")


def confirm_new_customer(parent: QWidget, store: Store, id_number: str, mobile: str) -> None:
    """Before a new customer is saved on a branch: when a colleague already keeps a customer with
    this ID number or mobile, say whom to ask (nothing else of theirs) and let the person choose;
    raises ``KeptByColleagueError`` when they choose not to create a second record."""
    if store.branch is None:
        return
    names = [n for n in store.people.who_has(id_number=id_number, mobile=mobile) if n]
    mine = store.people.names().get(store.person or "", store.person or "")
    others = [n for n in names if n != mine]
    if not others:
        return
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("BranchMenu", "同事已有这位客户"),
        QCoreApplication.translate(
            "BranchMenu", "营业部里 {0} 已有证件号码或手机号相同的客户。仍要另建一份吗？（通常应请他把客户共享给您）"
        ).format("、".join(others)),
    )
    if answer != QMessageBox.StandardButton.Yes:
        raise KeptByColleagueError("kept by " + ",".join(others))
