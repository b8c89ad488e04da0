"""营业部 ▸ 访问记录: who opened, revealed, printed or exported whose data, filtered by person and
days, exported to Excel (the export itself audited). For the auditor and the manager."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.exporters.statistics_xlsx import SheetTable, write_workbook
from agentbook.store.api import Store
from agentbook.store.branch.access import ACTIONS, Access
from agentbook.ui.errors import reported
from agentbook.ui.list_model import Column, ListTableModel


def action_text(action: str) -> str:
    return QCoreApplication.translate("access", ACTIONS.get(action, action))


class AccessLogDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("access_log_dialog")
        self.setWindowTitle(self.tr("访问记录"))
        self.resize(980, 620)
        self.names = store.people.names()
        self.person = QComboBox(self)
        self.person.setObjectName("person")
        self.person.addItem(self.tr("全部人员"), None)
        for login, label in sorted(self.names.items()):
            self.person.addItem(f"{label}（{login}）", login)
        today = store.today()
        self.since = QDateEdit(_qdate(today - timedelta(days=30)), self)
        self.since.setObjectName("since")
        self.until = QDateEdit(_qdate(today), self)
        self.until.setObjectName("until")
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.model: ListTableModel[Access] = ListTableModel(
            [
                Column(QT_TRANSLATE_NOOP("columns", "时间"), "datetime", lambda a: a.at),
                Column(QT_TRANSLATE_NOOP("columns", "人员"), "text", lambda a: self.names.get(a.person, a.person)),
                Column(QT_TRANSLATE_NOOP("columns", "操作"), "text", lambda a: action_text(a.action)),
                Column(QT_TRANSLATE_NOOP("columns", "客户"), "text", lambda a: a.customer_label),
                Column(QT_TRANSLATE_NOOP("columns", "说明"), "text", lambda a: a.detail),
            ],
            parent=self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("entries")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel(self)
        self.count.setObjectName("count")
        self.export_button = QPushButton(self.tr("导出 Excel…"), self)
        self.export_button.setObjectName("export")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("人员"), self))
        filters.addWidget(self.person)
        filters.addWidget(QLabel(self.tr("从"), self))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("到"), self))
        filters.addWidget(self.until)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(close)
        self.person.currentIndexChanged.connect(self.reload)
        self.since.dateChanged.connect(self.reload)
        self.until.dateChanged.connect(self.reload)
        self.export_button.clicked.connect(lambda: self.export())
        self.reload()

    def reload(self) -> None:
        with reported(self):
            self.model.set_rows(
                self.store.access.entries(
                    person=self.person.currentData(),
                    since=_day(self.since.date()),
                    until=_day(self.until.date()),
                )
            )
        self.count.setText(self.tr("共 {0} 条").format(self.model.rowCount()))

    def export(self, target: Path | None = None) -> None:
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("导出访问记录"), "访问记录.xlsx", "Excel (*.xlsx)")
            if not chosen:
                return
            target = Path(chosen)
        rows = [self.model.row_object(r) for r in range(self.model.rowCount())]
        headers = [self.tr("时间"), self.tr("人员"), self.tr("操作"), self.tr("客户"), self.tr("说明")]
        table = SheetTable(
            self.tr("访问记录"),
            headers,
            ["text", "text", "text", "text"],
            [
                [
                    f"{a.at:%Y-%m-%d %H:%M:%S}",
                    self.names.get(a.person, a.person),
                    action_text(a.action),
                    a.customer_label,
                    a.detail,
                ]
                for a in rows
            ],
        )
        with reported(self, self.windowTitle()):
            write_workbook(target, [table], self.tr("访问记录 · {0}").format(self.store.branch or ""))
            self.store.record_event(
                "export", "access_log", summary="xlsx:access_log", details={"file": str(target), "rows": len(rows)}
            )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
