"""The audit log viewer: filter by date, person, action and customer; read, verify, export.

The log can hold millions of rows, so the model fetches pages of 500 on demand (Qt's
``canFetchMore``/``fetchMore``) and counts on demand. Details of an entry show below the table,
masked like everywhere else; revealing them is itself an audited event. Entries about a destroyed
customer say so instead of showing their (shredded) details.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.audit_labels import ACTION_LABELS, CONTEXT, ENTITY_LABELS
from agentbook.exporters.audit_xlsx import write_audit_xlsx
from agentbook.store.api import Store
from agentbook.store.audit.log import AuditEntry, AuditFilter
from agentbook.ui.app.folders import in_documents
from agentbook.ui.errors import reported
from agentbook.ui.security.audit_text import details_text, summary_text
from agentbook.ui.security.audit_verdict import verdict_text

PAGE = 500
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def label(kind: str, code: str) -> str:
    """Words for an action or entity code in the UI language (the code itself when unknown)."""
    if kind == "sealing":
        return QCoreApplication.translate("AuditViewer", "客户已销毁，详情不可读")
    table = ACTION_LABELS if kind == "action" else ENTITY_LABELS
    return QCoreApplication.translate(CONTEXT, table[code]) if code in table else code


class AuditModel(QAbstractTableModel):
    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.filter = AuditFilter()
        self.rows: list[AuditEntry] = []
        self._more = True
        self.archive_nos: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("序号"),
            self.tr("时间"),
            self.tr("操作人"),
            self.tr("操作"),
            self.tr("对象"),
            self.tr("编号"),
            self.tr("客户档案号"),
            self.tr("摘要"),
        ]

    def set_filter(self, flt: AuditFilter) -> None:
        self.beginResetModel()
        self.filter = flt
        self.rows = []
        self._more = True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def rowCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 8

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802
        if parent.isValid() or not self._more:
            return
        page = self.store.security.audit_entries(self.filter, limit=PAGE, offset=len(self.rows))
        self._more = len(page) == PAGE
        if not page:
            return
        wanted = {e.customer_id for e in page if e.customer_id is not None} - set(self.archive_nos)
        if wanted:
            self.archive_nos.update(self.store.archive_numbers(wanted))
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def entry(self, row: int) -> AuditEntry:
        return self.rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return e.id
            if col == 1:
                return e.at.replace("T", " ")[:19]
            if col == 2:
                return e.actor
            if col == 3:
                return label("action", e.action)
            if col == 4:
                return label("entity", e.entity)
            if col == 5:
                return "" if e.entity_id is None else str(e.entity_id)
            if col == 6:
                return self.archive_nos.get(e.customer_id, "") if e.customer_id is not None else ""
            if col == 7:
                return label("sealing", "shredded") if e.sealing == "shredded" else summary_text(e.action, e.summary)
        if role == Qt.ItemDataRole.ForegroundRole and e.sealing == "shredded":
            return QColor("#9e9e9e")
        if role == Qt.ItemDataRole.ForegroundRole and e.action in ("destroy", "reveal", "key_change", "restore"):
            return QColor("#b71c1c")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


class AuditViewer(QDialog):
    """Tools ▸ 操作日志…"""

    def __init__(self, store: Store, parent: QWidget | None = None, customer_id: int | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("audit_viewer")
        self.setWindowTitle(self.tr("操作日志"))
        self.model = AuditModel(store, self)
        self.date_from = QDateEdit(self)
        self.date_from.setObjectName("date_from")
        self.date_to = QDateEdit(self)
        self.date_to.setObjectName("date_to")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        today = store.today()
        self.date_to.setDate(QDate(today.year, today.month, today.day))
        self.date_from.setDate(QDate(today.year, today.month, today.day).addYears(-1))
        self.all_dates = QCheckBox(self.tr("全部日期"), self)
        self.all_dates.setObjectName("all_dates")
        self.all_dates.setChecked(True)
        self.actor = QComboBox(self)
        self.actor.setObjectName("actor")
        self.action = QComboBox(self)
        self.action.setObjectName("action")
        self.customer = QLineEdit(self)
        self.customer.setObjectName("customer")
        self.customer.setPlaceholderText(self.tr("档案编号"))
        self.customer.setClearButtonEnabled(True)
        self._fill_lists()
        apply = QPushButton(self.tr("筛选"), self)
        apply.setObjectName("apply")
        apply.setDefault(True)
        apply.clicked.connect(self.apply_filter)
        for signal in (self.actor.currentIndexChanged, self.action.currentIndexChanged, self.all_dates.toggled):
            signal.connect(self.apply_filter)
        self.customer.returnPressed.connect(self.apply_filter)

        filters = QHBoxLayout()
        form = QFormLayout()
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("—", self))
        dates.addWidget(self.date_to)
        dates.addWidget(self.all_dates)
        form.addRow(self.tr("日期"), dates)
        who = QHBoxLayout()
        who.addWidget(self.actor, 1)
        who.addWidget(QLabel(self.tr("操作"), self))
        who.addWidget(self.action, 1)
        who.addWidget(QLabel(self.tr("客户"), self))
        who.addWidget(self.customer, 1)
        form.addRow(self.tr("操作人"), who)
        filters.addLayout(form, 1)
        filters.addWidget(apply)

        self.table = QTableView(self)
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self.show_details)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("details")
        self.details.setReadOnly(True)
        self.reveal = QCheckBox(self.tr("显示敏感内容（将记入日志）"), self)
        self.reveal.setObjectName("reveal")
        self.reveal.toggled.connect(self._reveal_toggled)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.details)
        lower_layout.addWidget(self.reveal)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        verify = QPushButton(self.tr("校验完整性"), self)
        verify.setObjectName("verify")
        verify.clicked.connect(self.verify)
        export = QPushButton(self.tr("导出 Excel…"), self)
        export.setObjectName("export")
        export.clicked.connect(self.export)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(verify)
        bottom.addWidget(export)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1100, 680)
        if customer_id is not None:
            self.customer.setText(store.archive_numbers([customer_id]).get(customer_id, ""))
        self.apply_filter()
        for col, width in enumerate((60, 150, 90, 110, 90, 60, 130)):
            self.table.setColumnWidth(col, width)

    def _fill_lists(self) -> None:
        self.actor.addItem(self.tr("（全部）"), "")
        for actor in self.store.security.audit_values("actor"):
            self.actor.addItem(actor, actor)
        self.action.addItem(self.tr("（全部）"), "")
        for action in self.store.security.audit_values("action"):
            self.action.addItem(label("action", action), action)

    def current_filter(self) -> AuditFilter | None:
        customer_id = None
        text = self.customer.text().strip()
        if text:
            customer_id = self.store.customer_id_by_archive_no(text)
            if customer_id is None:
                self.status.setText(self.tr("没有档案编号为“{0}”的客户。").format(text))
                return None
        dated = not self.all_dates.isChecked()
        return AuditFilter(
            date_from=self.date_from.date().toString("yyyy-MM-dd") if dated else None,
            date_to=self.date_to.date().toString("yyyy-MM-dd") if dated else None,
            actor=self.actor.currentData() or None,
            action=self.action.currentData() or None,
            customer_id=customer_id,
        )

    def apply_filter(self) -> None:
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(not self.all_dates.isChecked())
        flt = self.current_filter()
        if flt is None:
            return
        self.model.set_filter(flt)
        self.status.setText(self.tr("共 %n 条记录", "", self.store.security.audit_count(flt)))
        self.details.clear()

    def show_details(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not current.isValid():
            self.details.clear()
            return
        e = self.model.entry(current.row())
        if e.sealing == "shredded":
            self.details.setPlainText(label("sealing", "shredded"))
            return
        reveal = self.reveal.isChecked()
        parts = []
        if e.before_json:
            parts.append(self.tr("修改前：") + "\n" + details_text(e.before_json, reveal=reveal))
        if e.after_json:
            parts.append(self.tr("修改后：") + "\n" + details_text(e.after_json, reveal=reveal))
        parts.append(self.tr("校验值：") + e.hash)
        self.details.setPlainText("\n\n".join(parts))

    def _reveal_toggled(self, on: bool) -> None:
        if on:
            self.store.record_event("reveal", "audit_log", summary="details")
        self.show_details(self.table.currentIndex())

    def verify(self) -> None:
        verdict = self.store.security.verify_audit()
        count, head = self.store.security.audit_head()
        self.store.record_event("audit_verify", "audit_log", details={"broken_at": verdict.first_bad, "entries": count})
        if verdict.ok:
            QMessageBox.information(
                self,
                self.tr("操作日志完整"),
                self.tr("全部 {0} 条记录校验通过，没有发现改动或删除。\n最新校验值：{1}").format(count, head[:16]),
            )
        else:
            QMessageBox.critical(self, self.tr("操作日志被改动"), verdict_text(verdict))

    def export(self) -> None:

        flt = self.current_filter()
        if flt is None:
            return
        name, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("导出操作日志"),
            in_documents(f"agentbook-操作日志-{self.store.today():%Y%m%d}.xlsx"),
            self.tr("Excel 工作簿 (*.xlsx)"),
        )
        if name:
            self.export_to(Path(name), flt)

    def export_to(self, path: Path, flt: AuditFilter) -> int:
        headers = [*self.model.headers(), self.tr("详情状态"), self.tr("校验值"), self.tr("修改前"), self.tr("修改后")]
        with reported(self) as failure:
            count = write_audit_xlsx(
                self.store, path, flt, headers, label, details=True, reveal=self.reveal.isChecked()
            )
        if failure:
            return 0
        self.status.setText(self.tr("已导出 %n 条记录到 {0}", "", count).format(path.name))
        return count
