"""The right side of the Today view: the chosen list's heading and explanation, its buttons, the
renewal windows of the expiring list, and its table (or what an empty list says).

The pane shows; the Today view acts: it connects the buttons and the table to its own slots."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agentbook.store.queries.today_items import KINDS, TodayItem, TodayReport
from agentbook.ui.today import messages
from agentbook.ui.today.items_table import NOTE_HEADER, ButtonDelegate, TodayItemsModel, columns_for, lay_out
from agentbook.ui.today.wording import (
    ACCENTS,
    ACTIONS,
    OPENS,
    PRINTABLE,
    SUMMARIES,
    TITLES,
    explanation,
    second_text,
    tr,
)


class ListPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        heading_font = QFont(self.heading.font())
        heading_font.setPointSize(heading_font.pointSize() + 3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("color: #5f6368;")

        self.windows = QWidget(self)  # 30 / 60 / 90 days for the expiring list
        self.windows_layout = QHBoxLayout(self.windows)
        self.windows_layout.setContentsMargins(0, 0, 0, 0)
        self.window_group = QButtonGroup(self)
        self.window_group.setExclusive(True)

        self.customer_button = QPushButton(QCoreApplication.translate("TodayTab", "打开客户档案"), self)
        self.record_button = QPushButton(QCoreApplication.translate("TodayTab", "打开记录"), self)
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("resolve")
        self.second_button = QPushButton(self)
        self.second_button.setObjectName("second_action")
        self.message_button = QPushButton(QCoreApplication.translate("TodayTab", "复制消息"), self)
        self.message_button.setObjectName("copy_message")
        self.message_button.setToolTip(
            QCoreApplication.translate("TodayTab", "按模板填好消息并复制，粘贴到微信或短信发送；同时记入沟通记录")
        )
        # the birthday and expiry lists, on paper or in Excel (PRINTABLE)
        self.list_buttons: list[QPushButton] = []
        for name, text in (
            ("print_list", QCoreApplication.translate("TodayTab", "打印名单…")),
            ("pdf_list", QCoreApplication.translate("TodayTab", "保存为 PDF…")),
            ("excel_list", QCoreApplication.translate("TodayTab", "导出 Excel…")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            self.list_buttons.append(button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.windows)
        for button in self.list_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        # what acts on the rows of the list shown, right of the stretch
        self.row_buttons = (
            self.customer_button,
            self.record_button,
            self.message_button,
            self.second_button,
            self.action_button,
        )
        for button in self.row_buttons:
            buttons.addWidget(button)

        self.report: TodayReport | None = None
        self.listed_items: list[TodayItem] = []
        self.model = TodayItemsModel(columns_for(KINDS[0], lambda: self.report))
        self.view = QTableView(self)
        self.view.setObjectName("items")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMouseTracking(True)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(32)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.plain_delegate = QStyledItemDelegate(self.view)
        self.button_delegate = ButtonDelegate(self.view)
        self.empty = QLabel(self)
        self.empty.setObjectName("empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #5f6368; font-size: 13pt; padding: 40px;")

        right = QVBoxLayout(self)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(6)
        right.addWidget(self.heading)
        right.addWidget(self.explanation)
        right.addLayout(buttons)
        right.addWidget(self.view, 1)
        right.addWidget(self.empty, 1)

    def clear(self) -> None:
        """While the first report is computed: no list, and no button to act on one."""
        self.heading.setText("")
        self.explanation.setText("")
        self.view.hide()
        self.empty.hide()
        self.windows.hide()
        for button in (*self.row_buttons, *self.list_buttons):
            button.hide()

    def selected_items(self) -> list[TodayItem]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_object(r) for r in rows]

    def fill(self, report: TodayReport, kind: str, window_days: int | None) -> None:
        """Show *kind*'s list of *report*, the expiring list within *window_days* (None: all)."""
        self.report = report
        items = list(report.items[kind])
        if kind == "expiring" and window_days is not None:
            items = [i for i in items if i.days <= window_days]
        columns = columns_for(kind, lambda: self.report)
        self.model = TodayItemsModel(columns, items, self.view)
        self.listed_items = items
        self.model.note_column = next(n for n, c in enumerate(columns) if c.header == NOTE_HEADER)
        lay_out(self.view, self.model, kind, self.plain_delegate, self.button_delegate)
        count = report.counts[kind]
        heading = QCoreApplication.translate("TodayTab", "{0}：{1} 项").format(tr(TITLES[kind]), f"{count:,}")
        self.heading.setText(heading)
        self.heading.setStyleSheet(f"color: {ACCENTS[kind]};")
        self.explanation.setText(explanation(kind, report))
        self._fill_windows(report, kind, window_days)
        has_items = bool(items)
        self.view.setVisible(has_items)
        self.empty.setVisible(not has_items)
        self.empty.setText(
            QCoreApplication.translate("TodayTab", "这里没有待办事项。")
            if kind in report.available
            else QCoreApplication.translate("TodayTab", "启用纸质档案借阅登记后，借出逾期的档案会显示在这里。")
        )
        self.action_button.setVisible(kind in SUMMARIES and has_items)
        if kind in SUMMARIES:
            self.action_button.setText(
                QCoreApplication.translate("TodayTab", "{0}（选中项）").format(tr(ACTIONS[kind]))
            )
        self.message_button.setVisible(messages.has_message(kind) and has_items)
        second = second_text(kind)
        self.second_button.setVisible(bool(second) and has_items)
        self.second_button.setText(second)
        self.customer_button.setVisible(has_items)
        self.record_button.setVisible(has_items and kind in OPENS)
        for button in self.list_buttons:
            button.setVisible(has_items and kind in PRINTABLE)
        if has_items:
            self.view.selectRow(0)

    def _fill_windows(self, report: TodayReport, kind: str, window_days: int | None) -> None:
        for button in self.window_group.buttons():
            self.window_group.removeButton(button)
            button.deleteLater()
        self.windows.setVisible(kind == "expiring")
        if kind != "expiring":
            return
        choices = [(w, n) for w, n in report.renewal_counts.items()]
        for window, n in choices:
            button = QToolButton(self.windows)
            button.setObjectName(f"window_{window}")
            button.setCheckable(True)
            button.setText(QCoreApplication.translate("TodayTab", "{0} 天内（{1}）").format(window, f"{n:,}"))
            button.setChecked(window == (window_days or max(report.renewal_windows)))
            self.window_group.addButton(button, window)
            self.windows_layout.addWidget(button)
