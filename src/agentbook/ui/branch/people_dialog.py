"""营业部 ▸ 人员与权限…: the branch's people for a manager — add, change roles, reset a password,
disable — and the handover of a leaving agent's customers (孤儿单) with its printable list.

The server decides (``store/branch/rules``); this dialog only asks it. Every step is audited by
the store."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.api import Store
from agentbook.store.branch.people import ROLE_LABELS, Person
from agentbook.ui.branch.handover_dialog import HandoverDialog
from agentbook.ui.errors import reported
from agentbook.ui.list_model import Column, ListTableModel


def role_names(roles: tuple[str, ...] | list[str]) -> str:
    return "、".join(QCoreApplication.translate("roles", ROLE_LABELS[r]) for r in roles if r in ROLE_LABELS)


class PersonForm(QDialog):
    """Add a person (login, name, roles, first password) or change one's roles."""

    def __init__(self, parent: QWidget | None, person: Person | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("person_form")
        self.setWindowTitle(self.tr("添加人员") if person is None else self.tr("修改角色"))
        form = QFormLayout(self)
        self.login = QLineEdit(self)
        self.login.setObjectName("login")
        self.login.setPlaceholderText(self.tr("小写字母开头，如 wangxm"))
        self.display = QLineEdit(self)
        self.display.setObjectName("display_name")
        self.display.setPlaceholderText(self.tr("如 王小明"))
        form.addRow(self.tr("登录名"), self.login)
        form.addRow(self.tr("姓名"), self.display)
        roles = QHBoxLayout()
        self.roles: dict[str, QCheckBox] = {}
        for role, label in ROLE_LABELS.items():
            box = QCheckBox(QCoreApplication.translate("roles", label), self)
            box.setObjectName(f"role_{role}")
            self.roles[role] = box
            roles.addWidget(box)
        form.addRow(self.tr("角色"), roles)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setObjectName("password_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if person is None:
            form.addRow(self.tr("初始口令"), self.password)
            form.addRow(self.tr("再输一次"), self.again)
            self.roles["agent"].setChecked(True)
        else:
            self.login.setText(person.login)
            self.login.setReadOnly(True)
            self.display.setText(person.display_name)
            self.display.setReadOnly(True)
            for role in person.roles:
                self.roles[role].setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.adding = person is None

    def chosen_roles(self) -> list[str]:
        return [r for r, box in self.roles.items() if box.isChecked()]

    def _check(self) -> None:
        if self.adding and self.password.text() != self.again.text():
            QMessageBox.warning(self, self.windowTitle(), self.tr("两次输入的口令不一致。"))
            return
        self.accept()


class PeopleDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("people_dialog")
        self.setWindowTitle(self.tr("人员与权限"))
        self.resize(900, 560)
        self.model: ListTableModel[Person] = ListTableModel(
            [
                Column(QT_TRANSLATE_NOOP("columns", "登录名"), "text", lambda p: p.login),
                Column(QT_TRANSLATE_NOOP("columns", "姓名"), "text", lambda p: p.display_name),
                Column(QT_TRANSLATE_NOOP("columns", "角色"), "text", lambda p: role_names(p.roles)),
                Column(
                    QT_TRANSLATE_NOOP("columns", "状态"),
                    "text",
                    lambda p: (
                        QCoreApplication.translate("PeopleDialog", "在用")
                        if p.enabled
                        else QCoreApplication.translate("PeopleDialog", "已停用")
                    ),
                ),
                Column(QT_TRANSLATE_NOOP("columns", "名下客户"), "int", lambda p: self.owned.get(p.login, 0)),
            ],
            parent=self,
        )
        self.owned: dict[str, int] = {}
        self.table = QTableView(self)
        self.table.setObjectName("people")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel(
            self.tr(
                "每人用自己的登录名连接服务器。业务员只看到自己名下和别人共享给他的客户；档案管理员看到客户身份、"
                "纸质档案位置和借阅，看不到健康、财务备注和附件内容；经理看到全部并审批信息变更；审计员只看操作日志和访问记录。"
                "人员只能停用，不能删除：他经手的记录和日志都保留。"
            ),
            self,
        )
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加人员…"), self)
        self.add_button.setObjectName("add_person")
        self.roles_button = QPushButton(self.tr("修改角色…"), self)
        self.roles_button.setObjectName("set_roles")
        self.password_button = QPushButton(self.tr("重设口令…"), self)
        self.password_button.setObjectName("reset_password")
        self.disable_button = QPushButton(self.tr("停用…"), self)
        self.disable_button.setObjectName("disable_person")
        self.handover_button = QPushButton(self.tr("移交客户…"), self)
        self.handover_button.setObjectName("hand_over")
        for button in (self.add_button, self.roles_button, self.password_button, self.disable_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.handover_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add_person)
        self.roles_button.clicked.connect(self.change_roles)
        self.password_button.clicked.connect(self.reset_password)
        self.disable_button.clicked.connect(self.disable_person)
        self.handover_button.clicked.connect(self.hand_over)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.reload()

    def reload(self) -> None:
        with reported(self):
            self.owned = self.store.people.owners()
            self.model.set_rows(self.store.people.everyone())
        self._enable()

    def selected(self) -> Person | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def select(self, login: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_object(row).login == login:
                self.table.selectRow(row)

    def _enable(self) -> None:
        person = self.selected()
        for button in (self.roles_button, self.password_button, self.disable_button):
            button.setEnabled(person is not None and person.enabled)
        self.handover_button.setEnabled(person is not None and self.owned.get(person.login, 0) > 0)

    def add_person(self) -> None:
        form = PersonForm(self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        with reported(self, self.tr("添加人员")) as failure:
            self.store.people.add(form.login.text(), form.display.text(), form.chosen_roles(), form.password.text())
        if not failure:
            self.reload()
            self.select(form.login.text().strip())

    def change_roles(self) -> None:
        person = self.selected()
        if person is None:
            return
        form = PersonForm(self, person)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        with reported(self, self.tr("修改角色")):
            self.store.people.set_roles(person.login, form.chosen_roles())
        self.reload()
        self.select(person.login)

    def reset_password(self) -> None:
        person = self.selected()
        if person is None:
            return
        form = PersonForm(self)
        form.setWindowTitle(self.tr("重设 {0} 的口令").format(person.label))
        form.login.setText(person.login)
        form.login.setReadOnly(True)
        form.display.setText(person.display_name)
        form.display.setReadOnly(True)
        for box in form.roles.values():
            box.setEnabled(False)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        with reported(self, self.tr("重设口令")) as failure:
            self.store.people.reset_password(person.login, form.password.text())
        if not failure:
            QMessageBox.information(self, self.tr("重设口令"), self.tr("已重设 {0} 的口令。").format(person.label))

    def disable_person(self) -> None:
        person = self.selected()
        if person is None:
            return
        owned = self.owned.get(person.login, 0)
        text = self.tr("停用 {0}？停用后他不能再登录，也立即看不到任何客户。他经手的记录和日志都保留。").format(
            person.label
        )
        if owned:
            text += "\n" + self.tr("他名下还有 {0} 位客户，请随后移交给其他业务员。").format(owned)
        if QMessageBox.question(self, self.tr("停用人员"), text) != QMessageBox.StandardButton.Yes:
            return
        with reported(self, self.tr("停用人员")):
            self.store.people.disable(person.login)
        self.reload()

    def hand_over(self) -> None:
        person = self.selected()
        if person is None:
            return
        HandoverDialog(self.store, person, [p for p in self.store.people.everyone() if p.enabled], self).exec()
        self.reload()
