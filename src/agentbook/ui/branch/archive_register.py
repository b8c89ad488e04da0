"""The archivist's desk on a branch (档案目录): find a customer's paper file by name or archive
number, see where it is filed and who has it, file it, lend it and take it back.

The archivist may read every customer's identity, their files' locations and the loans, and
nothing else (the server's rules): this register shows exactly that, so their window is a place
to work rather than a menu of refusals. The ID number is shown masked, as on every list.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain import enums as E
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.idnumbers import mask_id_number
from agentbook.store.api import Store
from agentbook.store.records.paper import PaperFile
from agentbook.ui.errors import reported
from agentbook.ui.list_model import Column, ListTableModel
from agentbook.ui.worker import Operation

SHOWN = 500  # rows of one look-up: the archivist narrows by typing, the count says when there are more


class ArchiveRegister(QWidget):
    """The register of paper files, searched as the archivist types."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("archive_register")
        self.model: ListTableModel[PaperFile] = ListTableModel(
            [
                Column(QT_TRANSLATE_NOOP("columns", "档案编号"), "text", lambda f: f.archive_no),
                Column(QT_TRANSLATE_NOOP("columns", "姓名/名称"), "text", lambda f: f.name),
                Column(QT_TRANSLATE_NOOP("columns", "证件号码"), "text", lambda f: mask_id_number(f.id_number)),
                Column(QT_TRANSLATE_NOOP("columns", "存放位置"), "text", lambda f: f.location),
                Column(QT_TRANSLATE_NOOP("columns", "借阅人"), "text", lambda f: f.borrower),
                Column(
                    QT_TRANSLATE_NOOP("columns", "应还日期"),
                    "date",
                    lambda f: f.due_on,
                    tone=lambda f: E.PaymentStatus.OVERDUE if self._overdue(f) else None,
                ),
            ],
            parent=self,
        )
        self.search = QLineEdit(self)
        self.search.setObjectName("register_search")
        self.search.setPlaceholderText(self.tr("姓名或档案编号"))
        self.search.setClearButtonEnabled(True)
        self.view = QTableView(self)
        self.view.setObjectName("register")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel(self)
        self.count.setObjectName("register_count")
        self.file_button = self._button("file", self.tr("登记存放位置…"), self.file_selected)
        self.lend_button = self._button("lend", self.tr("借出…"), self.lend_selected)
        self.return_button = self._button("take_back", self.tr("登记归还"), self.take_back_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.file_button)
        bar.addWidget(self.lend_button)
        bar.addWidget(self.return_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        # Typing waits a moment before asking the server: one look-up per pause, not per key.
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(250)
        self._pause.timeout.connect(self.reload)
        self.search.textChanged.connect(self._pause.start)
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self.loading = False
        self._today = store.today()
        self._enable()
        self.reload()

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def reload(self) -> None:
        """Look up the files matching the search box, on a worker; the rows arrive on the GUI thread."""
        text, store = self.search.text(), self.store
        self.loading = True
        Operation(lambda: store.paper_locations.register(text, SHOWN + 1), self).success(self._show).run_in_background()

    def _show(self, files: list[PaperFile]) -> None:
        self.loading = False
        self.model.set_rows(files[:SHOWN])
        shown = files[:SHOWN]
        lent = sum(1 for f in shown if f.borrower)
        self._today = self.store.today()
        overdue = sum(1 for f in shown if self._overdue(f))
        if len(files) > SHOWN:
            text = self.tr("显示前 %n 份档案，请输入姓名或档案编号缩小范围", "", SHOWN)
        else:
            text = self.tr("共 %n 份档案", "", len(files))
        if lent:
            text += self.tr("，借出 %n 份", "", lent)
        if overdue:  # the files to chase: the archivist's first question of the day
            text += self.tr("，其中 %n 份逾期未还", "", overdue)
        self.count.setText(text)
        self._enable()

    def _overdue(self, paper: PaperFile) -> bool:
        """Lent and past its due date: the rows the archivist chases, drawn in the overdue colour."""
        return bool(paper.borrower) and paper.due_on is not None and paper.due_on < self._today

    def selected(self) -> PaperFile | None:
        index = self.view.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        chosen = self.selected()
        self.file_button.setEnabled(chosen is not None)
        self.lend_button.setEnabled(chosen is not None and not chosen.borrower)
        self.return_button.setEnabled(chosen is not None and bool(chosen.borrower))

    def file_selected(self) -> None:
        from agentbook.ui.dialogs.paper_dialogs import PaperLocationDialog

        chosen = self.selected()
        if chosen is not None and PaperLocationDialog(self.store, chosen.customer_id, self).exec():
            self.reload()

    def lend_selected(self) -> None:
        from agentbook.ui.dialogs.paper_dialogs import LoanDialog

        chosen = self.selected()
        if chosen is not None and LoanDialog(self.store, chosen.customer_id, self).exec():
            self.reload()

    def take_back_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.borrower:
            return
        loan = self.store.loans.open_loan_of(chosen.customer_id)
        if loan is None or loan.id is None:
            self.reload()
            return
        with reported(self) as failure:
            self.store.loans.return_file(loan.id)
        if not failure:
            self.reload()
