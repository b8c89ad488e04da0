"""工具 ▸ 查找重复客户…: likely duplicates listed with their reasons, the two records side by side,
and a merge into the one the agent keeps (undoable from the Tools menu until the next merge)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.duplicates import Candidate
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.idnumbers import mask_id_number, mask_phone
from agentbook.domain.models import Customer
from agentbook.store.api import Store
from agentbook.ui.errors import reported
from agentbook.ui.i18n import join_list, tr_enum
from agentbook.ui.list_model import Column, ListTableModel
from agentbook.ui.worker import wait_for


@dataclass(frozen=True, slots=True)
class PairRow:
    candidate: Candidate
    first: str  # "姓名（档案编号）"
    second: str


class DuplicatesDialog(QDialog):
    merged = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("duplicates_dialog")
        self.setWindowTitle(self.tr("查找重复客户"))
        self.resize(1240, 760)
        self.model: ListTableModel[PairRow] = ListTableModel(
            [
                Column(QT_TRANSLATE_NOOP("columns", "客户甲"), "text", lambda r: r.first),
                Column(QT_TRANSLATE_NOOP("columns", "客户乙"), "text", lambda r: r.second),
                Column(
                    QT_TRANSLATE_NOOP("columns", "疑似重复的依据"),
                    "text",
                    lambda r: join_list(tr_enum(x) for x in r.candidate.reasons),
                ),
            ],
            parent=self,
        )
        self.pairs = QTableView(self)
        self.pairs.setObjectName("pairs")
        self.pairs.setModel(self.model)
        self.pairs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairs.verticalHeader().setVisible(False)
        self.pairs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.pairs.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")

        self.compare = QTableWidget(self)
        self.compare.setObjectName("compare")
        self.compare.setColumnCount(2)
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_first = QRadioButton(self)
        self.keep_first.setObjectName("keep_first")
        self.keep_second = QRadioButton(self)
        self.keep_second.setObjectName("keep_second")
        self.keep_first.setChecked(True)
        self.note = QLabel(
            self.tr(
                "合并后，另一条记录的保单（投保人、被保险人、受益人）、缴费、理赔、沟通记录、关系、投诉、"
                "档案材料、纸质档案和借阅记录都转到保留的客户名下，保留客户空缺的联系方式从另一条补上，"
                "另一条记录随后删除。合并写入操作日志，最近一次合并可在“工具”菜单中撤销。"
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6368;")
        self.merge_button = QPushButton(self.tr("合并到保留的客户"), self)
        self.merge_button.setObjectName("merge")
        self.merge_button.clicked.connect(self.merge_selected)
        self.dismiss_button = QPushButton(self.tr("不是同一人"), self)
        self.dismiss_button.setObjectName("dismiss")
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.accept)

        keep = QHBoxLayout()
        keep.addWidget(QLabel(self.tr("保留："), self))
        keep.addWidget(self.keep_first)
        keep.addWidget(self.keep_second)
        keep.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.compare, 1)
        right_layout.addLayout(keep)
        right_layout.addWidget(self.note)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.pairs, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([500, 700])  # the reasons column of the pair list stays readable
        buttons = QHBoxLayout()
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.pairs.selectionModel().currentRowChanged.connect(self._show_pair)
        self.reload()

    # --- the list -----------------------------------------------------------------------------
    def reload(self) -> None:
        candidates = []
        with reported(self):  # a full comparison of every customer: seconds on a branch's archive
            label = self.tr("正在比对客户资料…")
            candidates = wait_for(self, self.tr("查找重复客户"), [label], lambda _s: self.store.duplicate_candidates())
        self.model.set_rows(
            [PairRow(c, self.store.customer_label(c.low_id), self.store.customer_label(c.high_id)) for c in candidates]
        )
        self.summary.setText(self.tr("找到 %n 对疑似重复的客户", "", len(candidates)))
        if candidates:
            self.pairs.selectRow(0)
            self._show_pair(self.model.index(0, 0))
        else:
            self.compare.setRowCount(0)
        for widget in (self.merge_button, self.dismiss_button, self.keep_first, self.keep_second):
            widget.setEnabled(bool(candidates))

    def current(self) -> Candidate | None:
        index = self.pairs.currentIndex()
        return self.model.row_object(index.row()).candidate if index.isValid() else None

    # --- side by side -------------------------------------------------------------------------
    def _show_pair(self, index: QModelIndex | QPersistentModelIndex, _previous: object = None) -> None:
        if not index.isValid():
            return
        candidate = self.model.row_object(index.row()).candidate
        first, second = (self.store.customer_360(i, contact_limit=0) for i in (candidate.low_id, candidate.high_id))
        self.compare.setHorizontalHeaderLabels([first.customer.archive_no, second.customer.archive_no])
        rows = self._rows(first.customer, second.customer)
        rows += [
            (self.tr("保单"), str(len(first.policies)), str(len(second.policies))),
            (self.tr("理赔"), str(len(first.claims)), str(len(second.claims))),
            (self.tr("档案材料"), str(len(first.attachments)), str(len(second.attachments))),
            (self.tr("家庭与关系"), str(len(first.relations)), str(len(second.relations))),
        ]
        self.compare.setRowCount(len(rows))
        self.compare.setVerticalHeaderLabels([label for label, _a, _b in rows])
        differ = QBrush(QColor("#fff3cd"))
        for row, (_label, a, b) in enumerate(rows):
            for column, text in enumerate((a, b)):
                item = QTableWidgetItem(text)
                if a != b:
                    item.setBackground(differ)
                self.compare.setItem(row, column, item)
        self.keep_first.setText(f"{first.customer.name}（{first.customer.archive_no}）")
        self.keep_second.setText(f"{second.customer.name}（{second.customer.archive_no}）")
        # Keep the record with more history by default: fewer rows move, the older number stays.
        weight = [len(d.policies) * 10 + len(d.claims) * 5 + len(d.attachments) for d in (first, second)]
        (self.keep_second if weight[1] > weight[0] else self.keep_first).setChecked(True)

    def _rows(self, a: Customer, b: Customer) -> list[tuple[str, str, str]]:
        def date_text(c: Customer) -> str:
            return c.birth_date.isoformat() if c.birth_date else ""

        return [
            (self.tr("姓名/名称"), a.name, b.name),
            (self.tr("客户类型"), tr_enum(a.kind), tr_enum(b.kind)),
            (self.tr("客户状态"), tr_enum(a.lifecycle), tr_enum(b.lifecycle)),
            (self.tr("性别"), tr_enum(a.gender), tr_enum(b.gender)),
            (self.tr("出生日期"), date_text(a), date_text(b)),
            (self.tr("证件号码"), mask_id_number(a.id_number), mask_id_number(b.id_number)),
            (self.tr("手机"), mask_phone(a.mobile), mask_phone(b.mobile)),
            (self.tr("固定电话"), a.phone, b.phone),
            (self.tr("电子邮箱"), a.email, b.email),
            (self.tr("微信"), a.wechat, b.wechat),
            (self.tr("地址"), a.address, b.address),
            (self.tr("职业"), a.occupation, b.occupation),
            (self.tr("标签"), join_list(a.tags), join_list(b.tags)),
            (self.tr("建档时间"), str(a.created_at or ""), str(b.created_at or "")),
        ]

    # --- acting -------------------------------------------------------------------------------
    def chosen(self) -> tuple[int, int] | None:
        """(kept id, merged id) for the selected pair."""
        candidate = self.current()
        if candidate is None:
            return None
        if self.keep_first.isChecked():
            return candidate.low_id, candidate.high_id
        return candidate.high_id, candidate.low_id

    def merge_selected(self, *, confirm: bool = True) -> bool:
        chosen = self.chosen()
        if chosen is None:
            return False
        kept, merged = chosen
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("合并客户"),
                self.tr("把 {0} 合并到 {1}？{0} 的全部记录将转到 {1} 名下，{0} 随后删除。").format(
                    self.store.customer_label(merged), self.store.customer_label(kept)
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        with reported(self) as failure:
            wait_for(
                self,
                self.tr("合并客户"),
                [self.tr("正在转移记录…")],
                lambda _s: self.store.merge_customers(kept, merged),
            )
        if failure:
            return False
        self.merged.emit()
        self.reload()
        return True

    def dismiss_selected(self) -> None:
        candidate = self.current()
        if candidate is None:
            return
        with reported(self) as failure:
            self.store.dismiss_duplicate(candidate.low_id, candidate.high_id)
        if failure:
            return
        self.reload()


def undo_last_merge(store: Store, parent: QWidget | None, *, confirm: bool = True) -> bool:
    """工具 ▸ 撤销上次合并…: says which merge, asks, undoes; True when undone."""
    last = store.last_merge()
    if last is None or not last.undoable:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("MergeDialog", "撤销合并"),
            QCoreApplication.translate("MergeDialog", "没有可以撤销的合并。"),
        )
        return False
    if confirm:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("MergeDialog", "撤销合并"),
            QCoreApplication.translate(
                "MergeDialog", "撤销 {0} 把 {1}（{2}）并入 {3} 的合并？所有记录将恢复到合并前的样子。"
            ).format(
                str(last.created_at), last.merged_name, last.merged_archive_no, store.customer_label(last.kept_id)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    with reported(parent) as failure:
        wait_for(
            parent,
            QCoreApplication.translate("MergeDialog", "撤销合并"),
            [QCoreApplication.translate("MergeDialog", "正在恢复合并前的记录…")],
            lambda _s: store.undo_last_merge(),
        )
    return not failure
