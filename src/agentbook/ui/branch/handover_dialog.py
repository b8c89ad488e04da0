"""移交客户 (孤儿单): a manager gives a leaving agent's customers — all, or those ticked — to a
colleague in one audited step, then prints the handover list for both to sign."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.idnumbers import mask_id_number
from agentbook.exporters.branch_forms import FormHeader, write_handover_list
from agentbook.store.api import Store
from agentbook.store.branch.people import Person
from agentbook.ui.errors import reported


class HandoverDialog(QDialog):
    def __init__(self, store: Store, giver: Person, people: list[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.giver = store, giver
        self.setObjectName("handover_dialog")
        self.setWindowTitle(self.tr("移交 {0} 的客户").format(giver.label))
        self.resize(560, 620)
        self.receiver = pick_person(self, people, giver.login)
        self.customers = QListWidget(self)
        self.customers.setObjectName("customers")
        for cid, archive_no, name, _id_number in store.people.customers_of(giver.login):
            item = QListWidgetItem(f"{archive_no}  {name}", self.customers)
            item.setData(Qt.ItemDataRole.UserRole, cid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.all = QCheckBox(self.tr("全部选中"), self)
        self.all.setObjectName("all")
        self.all.setChecked(True)
        self.all.toggled.connect(self._tick_all)
        self.print_after = QCheckBox(self.tr("移交后打印移交清单"), self)
        self.print_after.setObjectName("print_after")
        self.print_after.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("接收人"), self.receiver)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("移交"))
        buttons.accepted.connect(self.hand_over)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(self.tr("{0} 名下的客户（{1} 位）：").format(giver.label, self.customers.count()), self)
        )
        layout.addWidget(self.all)
        layout.addWidget(self.customers, 1)
        layout.addWidget(self.print_after)
        layout.addWidget(buttons)
        self.moved: list[int] = []

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.customers.count()):
            self.customers.item(row).setCheckState(state)

    def ticked(self) -> list[int]:
        return [
            int(self.customers.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.customers.count())
            if self.customers.item(r).checkState() == Qt.CheckState.Checked
        ]

    def hand_over(self, target: Path | None = None) -> None:
        """Move the ticked customers; then, if asked, write the handover list to *target* (asked
        for with a file dialog when None)."""
        receiver = self.receiver.currentData()
        ids = self.ticked()
        if receiver is None or not ids:
            QMessageBox.warning(self, self.windowTitle(), self.tr("请选择接收人和要移交的客户。"))
            return
        whole = len(ids) == self.customers.count()
        with reported(self, self.windowTitle()) as failure:
            rows = {cid: (a, n, mask_id_number(i)) for cid, a, n, i in self.store.people.customers_of(self.giver.login)}
            self.moved = self.store.people.hand_over(self.giver.login, receiver, None if whole else ids)
        if failure:
            return
        if self.print_after.isChecked():
            if target is None:
                chosen, _ = QFileDialog.getSaveFileName(
                    self, self.tr("保存移交清单"), f"客户移交清单-{self.giver.login}.pdf", "PDF (*.pdf)"
                )
                target = Path(chosen) if chosen else None
            if target is not None:
                self.print_list(target, receiver, [rows[c] for c in self.moved if c in rows])
        self.accept()

    def print_list(self, target: Path, receiver: str, customers: list[tuple[str, str, str]]) -> None:
        """The handover list of *customers* (archive number, name, masked ID), audited as a print."""
        names = self.store.people.names()
        with reported(self, self.tr("打印移交清单")):
            header = FormHeader(
                "客户移交清单",
                self.store.branch or "",
                self.store.actor,
                self.store.today(),
                self.store.today().isoformat(),
            )
            write_handover_list(
                target,
                header,
                giver=names.get(self.giver.login, self.giver.login),
                receiver=names.get(receiver, receiver),
                customers=customers,
            )
            self.store.record_event(
                "print",
                "person",
                summary=f"handover:{self.giver.login}→{receiver}",
                details={"file": str(target), "customers": len(customers)},
            )


def pick_person(parent: QWidget, people: list[Person], exclude: str) -> QComboBox:
    """A combo box of the enabled people but *exclude* (who receives a handover)."""
    box = QComboBox(parent)
    box.setObjectName("receiver")
    for p in people:
        if p.login != exclude and p.enabled:
            box.addItem(f"{p.label}（{p.login}）", p.login)
    return box
