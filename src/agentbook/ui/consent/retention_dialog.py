"""Tools ▸ 到期销毁…: who is past their retention date, destroying one, and the destruction records.

Destruction cannot be undone, so the dialog shows what will go and what stays (policies shared with
other customers keep a nameless row), needs a reason, and asks for the archive number to be typed
before the button works. The work (a vacuum of the whole file) runs off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.api import Store
from agentbook.store.operations.retention import DestructionRecord, DueCustomer
from agentbook.ui.errors import show_error
from agentbook.ui.i18n import join_list
from agentbook.ui.list_model import Column, ListTableModel
from agentbook.ui.worker import Operation

PART_LABELS = {
    "policy": QT_TRANSLATE_NOOP("retention", "本人保单"),
    "policy_kept_for_others": QT_TRANSLATE_NOOP("retention", "与他人共有的保单（保留，本人信息清除）"),
    "payment": QT_TRANSLATE_NOOP("retention", "缴费记录"),
    "claim": QT_TRANSLATE_NOOP("retention", "理赔记录"),
    "beneficiary": QT_TRANSLATE_NOOP("retention", "受益人"),
    "beneficiary_named": QT_TRANSLATE_NOOP("retention", "他人保单中的受益人信息"),
    "contact": QT_TRANSLATE_NOOP("retention", "沟通记录"),
    "relationship": QT_TRANSLATE_NOOP("retention", "客户关系"),
    "complaint": QT_TRANSLATE_NOOP("retention", "投诉"),
    "customer_tag": QT_TRANSLATE_NOOP("retention", "标签"),
    "consent_event": QT_TRANSLATE_NOOP("retention", "同意记录"),
}


def part_label(key: str) -> str:
    return QCoreApplication.translate("retention", PART_LABELS[key]) if key in PART_LABELS else key


def describe_parts(parts: dict[str, int]) -> str:
    return "；".join(f"{part_label(k)} {v}" for k, v in parts.items()) or QCoreApplication.translate(
        "retention", "只有客户资料本身"
    )


DUE_COLUMNS: list[Column[DueCustomer]] = [
    Column(QT_TRANSLATE_NOOP("columns", "档案编号"), "text", lambda d: d.archive_no),
    Column(QT_TRANSLATE_NOOP("columns", "客户"), "text", lambda d: d.name),
    Column(QT_TRANSLATE_NOOP("columns", "保管期限至"), "date", lambda d: d.retention_until),
    Column(QT_TRANSLATE_NOOP("columns", "相关保单"), "int", lambda d: d.policies),
]
RECORD_COLUMNS: list[Column[DestructionRecord]] = [
    Column(QT_TRANSLATE_NOOP("columns", "档案编号"), "text", lambda r: r.archive_no),
    Column(QT_TRANSLATE_NOOP("columns", "销毁时间"), "text", lambda r: r.destroyed_at.replace("T", " ")[:19]),
    Column(QT_TRANSLATE_NOOP("columns", "操作人"), "text", lambda r: r.actor),
    Column(QT_TRANSLATE_NOOP("columns", "原因"), "text", lambda r: r.reason),
    Column(QT_TRANSLATE_NOOP("columns", "清除内容"), "text", lambda r: describe_parts(r.removed)),
]


class DestroyDialog(QDialog):
    """Reason, what goes, and the archive number typed as the confirmation."""

    def __init__(self, store: Store, due: DueCustomer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("destroy_dialog")
        self.setWindowTitle(self.tr("销毁客户档案"))
        self.due = due
        parts = store.destruction_preview(due.customer_id)
        warning = QLabel(
            "<b style='color:#b71c1c'>"
            + self.tr("销毁后无法恢复。")
            + "</b> "
            + self.tr(
                "客户的个人信息、本人保单、缴费、理赔、沟通记录和附件将从数据库文件中彻底清除，只留下一条销毁记录。"
            ),
            self,
        )
        warning.setWordWrap(True)
        security = store.security
        if store.branch is not None:
            copies = self.tr("营业部服务器此前的备份仍含这些数据，直到按营业部的规定过期删除。")
            kept = []
        else:
            copies = self.tr("备份文件夹 {0} 中此前的备份（保留最近 {1} 份）仍含这些数据，直到轮换删除。").format(
                security.backup_folder(), security.backup_keep()
            )
            kept = security.kept_copies()
        if kept:
            copies += self.tr("恢复备份时保留的旧数据库 {0} 也含这些数据，随备份一起轮换删除。").format(
                join_list(p.name for p in kept)
            )
        self.copies_warning = QLabel(copies, self)
        self.copies_warning.setObjectName("copies_warning")
        self.copies_warning.setWordWrap(True)
        what = QLabel(describe_parts(parts), self)
        what.setObjectName("parts")
        what.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("例如：保管期满；客户书面要求删除（申请编号 …）"))
        self.reason.setMaximumHeight(80)
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("confirm")
        self.confirm.setPlaceholderText(due.archive_no)
        self.buttons = QDialogButtonBox(self)
        self.destroy_button = self.buttons.addButton(self.tr("永久销毁"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.destroy_button.setObjectName("destroy")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._check)
        self.confirm.textChanged.connect(self._check)
        form = QFormLayout()
        form.addRow(self.tr("客户"), QLabel(f"{due.archive_no}  {due.name}", self))
        form.addRow(self.tr("保管期限至"), QLabel(due.retention_until.isoformat(), self))
        form.addRow(self.tr("将清除"), what)
        form.addRow(self.tr("销毁原因"), self.reason)
        form.addRow(self.tr("输入档案编号以确认"), self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.copies_warning)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, 360)
        self._check()

    def _check(self) -> None:
        ok = bool(self.reason.toPlainText().strip()) and self.confirm.text().strip() == self.due.archive_no
        self.destroy_button.setEnabled(ok)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()


class RetentionDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("retention_dialog")
        self.setWindowTitle(self.tr("到期销毁"))
        self.due_model: ListTableModel[DueCustomer] = ListTableModel(DUE_COLUMNS, parent=self)
        self.records_model: ListTableModel[DestructionRecord] = ListTableModel(RECORD_COLUMNS, parent=self)
        self.due_table = self._table(self.due_model, "due_table")
        self.due_table.horizontalHeader().setStretchLastSection(False)
        self.due_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.records_table = self._table(self.records_model, "records_table")
        intro = QLabel(
            self.tr(
                "已终止客户的档案在保管期满后应当销毁（《个人信息保护法》第四十七条）。"
                "保管年限在“设置 ▸ 安全”中设定。销毁前请确认没有未了结的理赔或纠纷。"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.destroy_button = QPushButton(self.tr("销毁所选…"), self)
        self.destroy_button.setObjectName("destroy_selected")
        self.destroy_button.clicked.connect(self.destroy_selected)
        due_page = QWidget(self)
        due_layout = QVBoxLayout(due_page)
        due_layout.addWidget(intro)
        due_layout.addWidget(self.due_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.destroy_button)
        due_layout.addLayout(row)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(due_page, self.tr("到期待销毁"))
        self.tabs.addTab(self.records_table, self.tr("销毁记录"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        self.resize(860, 520)
        self.reload()

    def _table(self, model: ListTableModel, name: str) -> QTableView:
        table = QTableView(self)
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def reload(self) -> None:
        due = self.store.retention_due()
        self.due_model.set_rows(due)
        self.records_model.set_rows(self.store.destruction_records())
        self.destroy_button.setEnabled(bool(due))
        if due:
            self.due_table.selectRow(0)

    def selected(self) -> DueCustomer | None:
        index = self.due_table.currentIndex()
        return self.due_model.row_object(index.row()) if index.isValid() else None

    def destroy_selected(self) -> None:
        due = self.selected()
        if due is None:
            return
        dialog = DestroyDialog(self.store, due, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.destroy_customer(due, dialog.reason_text())

    def destroy_customer(self, due: DueCustomer, reason: str) -> None:
        progress = QProgressDialog(self.tr("正在销毁并清理数据库文件…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def done(record: object) -> None:
            progress.close()
            assert isinstance(record, DestructionRecord)
            self.reload()
            self.tabs.setCurrentIndex(1)
            QMessageBox.information(
                self,
                self.tr("已销毁"),
                self.tr("客户 {0} 的个人信息已彻底清除。清除内容：{1}").format(
                    record.archive_no, describe_parts(record.removed)
                ),
            )

        def failed(exc: Exception, _trace: str) -> None:
            progress.close()
            show_error(self, exc, self.tr("销毁未完成，数据库保持原样"))

        Operation(lambda: self.store.destroy_customer(due.customer_id, reason)).success(done).failure(
            failed
        ).run_in_background()
