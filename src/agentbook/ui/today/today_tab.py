"""今日: the agent's to-do lists as counted cards; one click opens the record, one click records
the action (生日祝福已发送, 已提醒缴费 …) and the item leaves the list.

The report is computed on a worker (``Store.today_lists``); everything the view shows is worded
here from the report's data, in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agentbook.store.api import Store
from agentbook.store.queries.today_items import KINDS, TodayItem, TodayReport
from agentbook.ui.app.folders import in_documents
from agentbook.ui.branch.today_banner import BranchBanner
from agentbook.ui.errors import reported, show_error
from agentbook.ui.formatting import display
from agentbook.ui.i18n import tr_enum
from agentbook.ui.list_model import Column, ListTableModel
from agentbook.ui.today import call_list, day_lists, messages, workday_actions
from agentbook.ui.worker import Operation

CONTEXT = "TodayTab"
TITLES = {
    "lapse_warning": QT_TRANSLATE_NOOP("TodayTab", "失效预警"),
    "reinstatement": QT_TRANSLATE_NOOP("TodayTab", "复效期"),
    "payment_overdue": QT_TRANSLATE_NOOP("TodayTab", "逾期保费"),
    "payment_due": QT_TRANSLATE_NOOP("TodayTab", "近期应缴保费"),
    "expiring": QT_TRANSLATE_NOOP("TodayTab", "到期与续保"),
    "callback": QT_TRANSLATE_NOOP("TodayTab", "新单回访（犹豫期）"),
    "complaint": QT_TRANSLATE_NOOP("TodayTab", "投诉处理时限"),
    "claim_waiting": QT_TRANSLATE_NOOP("TodayTab", "等待中的理赔"),
    "follow_up": QT_TRANSLATE_NOOP("TodayTab", "待回访"),
    "opportunity": QT_TRANSLATE_NOOP("TodayTab", "商机"),
    "birthday": QT_TRANSLATE_NOOP("TodayTab", "近期生日"),
    "loan_overdue": QT_TRANSLATE_NOOP("TodayTab", "档案借阅逾期"),
}
# The one-click action of each list (the button in every row); a list without one opens its record.
ACTIONS = {
    "lapse_warning": QT_TRANSLATE_NOOP("TodayTab", "已提醒缴费"),
    "reinstatement": QT_TRANSLATE_NOOP("TodayTab", "已提醒复效"),
    "payment_overdue": QT_TRANSLATE_NOOP("TodayTab", "已提醒缴费"),
    "payment_due": QT_TRANSLATE_NOOP("TodayTab", "已提醒缴费"),
    "expiring": QT_TRANSLATE_NOOP("TodayTab", "已提醒续保"),
    "callback": QT_TRANSLATE_NOOP("TodayTab", "已回访"),
    "claim_waiting": QT_TRANSLATE_NOOP("TodayTab", "已告知进度"),
    "follow_up": QT_TRANSLATE_NOOP("TodayTab", "回访已完成"),
    "opportunity": QT_TRANSLATE_NOOP("TodayTab", "已跟进"),
    "birthday": QT_TRANSLATE_NOOP("TodayTab", "生日祝福已发送"),
    "complaint": QT_TRANSLATE_NOOP("TodayTab", "处理投诉"),
    "loan_overdue": QT_TRANSLATE_NOOP("TodayTab", "登记归还"),
}
# What the contact entry says when the action is recorded (stored in the customer's timeline).
SUMMARIES = {
    "lapse_warning": QT_TRANSLATE_NOOP("TodayTab", "已提醒缴费（已过宽限期，保单可能失效）"),
    "reinstatement": QT_TRANSLATE_NOOP("TodayTab", "已提醒复效：补缴保费、健康告知后可恢复效力"),
    "payment_overdue": QT_TRANSLATE_NOOP("TodayTab", "已提醒缴费（逾期）"),
    "payment_due": QT_TRANSLATE_NOOP("TodayTab", "已提醒缴费"),
    "expiring": QT_TRANSLATE_NOOP("TodayTab", "已提醒续保"),
    "callback": QT_TRANSLATE_NOOP("TodayTab", "新单回访：客户确认已收到保单，了解保障责任和犹豫期"),
    "claim_waiting": QT_TRANSLATE_NOOP("TodayTab", "已告知理赔进度"),
    "follow_up": QT_TRANSLATE_NOOP("TodayTab", "回访已完成"),
    "opportunity": QT_TRANSLATE_NOOP("TodayTab", "已跟进商机"),
    "birthday": QT_TRANSLATE_NOOP("TodayTab", "生日祝福已发送"),
}
SET_ASIDE = QT_TRANSLATE_NOOP("TodayTab", "暂不跟进")
ACCENTS = {
    "lapse_warning": "#c62828",
    "reinstatement": "#8e24aa",
    "payment_overdue": "#e65100",
    "payment_due": "#b8860b",
    "expiring": "#1565c0",
    "callback": "#283593",
    "complaint": "#ad1457",
    "claim_waiting": "#6a1b9a",
    "follow_up": "#00838f",
    "birthday": "#2e7d32",
    "loan_overdue": "#5d4037",
    "opportunity": "#ef6c00",
}
# The record a double click opens: (tab, id attribute of the item).
OPENS = {
    "lapse_warning": "payments",
    "reinstatement": "policies",
    "payment_overdue": "payments",
    "payment_due": "payments",
    "expiring": "policies",
    "callback": "policies",
    "birthday": "customers",
    "follow_up": "contacts",
    "opportunity": "customers",
    "claim_waiting": "claims",
    "complaint": "complaints",
}
ACTION_HEADER = QT_TRANSLATE_NOOP("columns", "操作")
NOTE_HEADER = QT_TRANSLATE_NOOP("columns", "说明")
_RED = QColor("#c62828")
_LINK = QColor("#1565c0")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _days_text(days: int) -> str:
    if days == 0:
        return QCoreApplication.translate("TodayTab", "今天")
    if days > 0:
        return QCoreApplication.translate("TodayTab", "%n 天后", "", days)
    return QCoreApplication.translate("TodayTab", "已过 %n 天", "", -days)


def note(item: TodayItem, report: TodayReport) -> str:
    """The row's one-line explanation: how late, how much, what happens next."""
    kind = item.kind
    if kind == "payment_due":
        return _days_text(item.days)
    if kind == "payment_overdue":
        left = (item.grace_days if item.grace_days is not None else report.grace_days) + item.days
        text = QCoreApplication.translate("TodayTab", "逾期 %n 天", "", -item.days)
        text += QCoreApplication.translate("TodayTab", "，宽限期剩 %n 天", "", left)
        if item.count > 1:
            text += QCoreApplication.translate("TodayTab", "，共 %n 期未缴", "", item.count)
        return text
    if kind == "lapse_warning":
        text = QCoreApplication.translate("TodayTab", "逾期 %n 天", "", -item.days)
        grace = item.grace_days if item.grace_days is not None else report.grace_days
        text += QCoreApplication.translate("TodayTab", "，超过宽限期 %n 天", "", -item.days - grace)
        if item.count > 1:
            text += QCoreApplication.translate("TodayTab", "，共 %n 期未缴", "", item.count)
        return text
    if kind == "expiring":
        return (
            QCoreApplication.translate("TodayTab", "今天到期")
            if item.days == 0
            else QCoreApplication.translate("TodayTab", "%n 天后到期", "", item.days)
        )
    if kind == "callback":
        if item.days < 0:
            return QCoreApplication.translate("TodayTab", "犹豫期已过 %n 天，尚未回访", "", -item.days)
        if item.days == 0:
            return QCoreApplication.translate("TodayTab", "犹豫期今天结束")
        return QCoreApplication.translate("TodayTab", "犹豫期剩 %n 天", "", item.days)
    if kind == "birthday":
        age = QCoreApplication.translate("TodayTab", "%n 岁生日", "", item.age or 0)
        return f"{_days_text(item.days)} · {age}"
    if kind == "follow_up":
        if item.days < 0:
            return QCoreApplication.translate("TodayTab", "已过期 %n 天", "", -item.days)
        return QCoreApplication.translate("TodayTab", "今天回访") if item.days == 0 else _days_text(item.days)
    if kind == "claim_waiting":
        waited = QCoreApplication.translate("TodayTab", "已等待 %n 天", "", -item.days)
        return f"{tr_enum(item.status)} · {waited}"  # type: ignore[arg-type]
    if kind == "complaint":
        if item.days < 0:
            return QCoreApplication.translate("TodayTab", "已超过处理时限 %n 天", "", -item.days)
        if item.days == 0:
            return QCoreApplication.translate("TodayTab", "今天到期")
        return QCoreApplication.translate("TodayTab", "距处理时限 %n 天", "", item.days)
    if kind == "loan_overdue":
        return QCoreApplication.translate("TodayTab", "逾期 %n 天未归还", "", -item.days)
    if kind == "opportunity":
        return _opportunity_note(item)
    if kind == "reinstatement":
        return QCoreApplication.translate("TodayTab", "效力中止，复效期剩 %n 天", "", item.days)
    return _days_text(item.days)


def _opportunity_note(item: TodayItem) -> str:
    code = item.status.value if item.status is not None else ""
    if code == "maturity":
        return QCoreApplication.translate("TodayTab", "%n 天后满期给付，可规划资金去向", "", item.days)
    if code == "review_due":
        return QCoreApplication.translate("TodayTab", "最近一份保单生效于 {0}，家庭情况可能已变").format(
            item.day.isoformat() if item.day else ""
        )
    if code == "income_up":
        return QCoreApplication.translate("TodayTab", "{0}记录年收入提高到 {1}，此后没有新保单").format(
            _days_text(item.days), display("money", item.amount)
        )
    if code in ("new_child", "marriage"):
        return QCoreApplication.translate("TodayTab", "{0}记录的家庭变化，保障需要随之调整").format(
            _days_text(item.days)
        )
    return QCoreApplication.translate("TodayTab", "有效保单中没有重疾保障")


def subject(item: TodayItem) -> str:
    """What the item is about: policy and instalment, claim, complaint or the stored note."""
    if item.kind in ("payment_due", "payment_overdue", "lapse_warning"):
        period = QCoreApplication.translate("TodayTab", "第 {0} 期").format(item.period)
        return f"{item.reference} {item.label} · {period}"
    if item.kind in ("expiring", "callback", "reinstatement"):
        return f"{item.reference} {item.label}"
    if item.kind in ("claim_waiting", "complaint"):
        return f"{item.reference} {item.label}"
    if item.kind == "loan_overdue":
        return QCoreApplication.translate("TodayTab", "档案 {0} · 借阅人 {1}").format(item.reference, item.label)
    if item.kind == "follow_up":
        return f"{tr_enum(item.status)}：{item.label}" if item.status else item.label
    if item.kind == "opportunity":
        detail = f"{item.reference} {item.label}".strip()
        return f"{tr_enum(item.status)}：{detail}" if detail else tr_enum(item.status)
    return item.label


def columns_for(kind: str, report_of: Callable[[], TodayReport | None]) -> list[Column[TodayItem]]:
    """The table's columns for *kind*; headers are source text in the "columns" context."""

    def explain(item: TodayItem) -> str:
        report = report_of()
        return note(item, report) if report else ""

    date_header = {
        "payment_due": QT_TRANSLATE_NOOP("columns", "应缴日期"),
        "payment_overdue": QT_TRANSLATE_NOOP("columns", "应缴日期"),
        "lapse_warning": QT_TRANSLATE_NOOP("columns", "应缴日期"),
        "expiring": QT_TRANSLATE_NOOP("columns", "到期日期"),
        "callback": QT_TRANSLATE_NOOP("columns", "犹豫期至"),
        "birthday": QT_TRANSLATE_NOOP("columns", "生日"),
        "follow_up": QT_TRANSLATE_NOOP("columns", "跟进日期"),
        "claim_waiting": QT_TRANSLATE_NOOP("columns", "报案日期"),
        "complaint": QT_TRANSLATE_NOOP("columns", "处理时限"),
        "loan_overdue": QT_TRANSLATE_NOOP("columns", "应还日期"),
        "opportunity": QT_TRANSLATE_NOOP("columns", "日期"),
        "reinstatement": QT_TRANSLATE_NOOP("columns", "复效截止"),
    }.get(kind, QT_TRANSLATE_NOOP("columns", "日期"))
    amount_header = {
        "payment_overdue": QT_TRANSLATE_NOOP("columns", "欠缴金额"),
        "lapse_warning": QT_TRANSLATE_NOOP("columns", "欠缴金额"),
        "payment_due": QT_TRANSLATE_NOOP("columns", "应缴金额"),
        "expiring": QT_TRANSLATE_NOOP("columns", "保费"),
        "callback": QT_TRANSLATE_NOOP("columns", "保费"),
        "reinstatement": QT_TRANSLATE_NOOP("columns", "保费"),
        "claim_waiting": QT_TRANSLATE_NOOP("columns", "申请金额"),
    }.get(kind)
    columns: list[Column[TodayItem]] = [Column(QT_TRANSLATE_NOOP("columns", "客户"), "text", lambda i: i.customer_name)]
    if kind != "birthday":
        columns.append(Column(QT_TRANSLATE_NOOP("columns", "事项"), "text", subject))
    columns.append(Column(date_header, "date", lambda i: i.day))
    columns.append(Column(NOTE_HEADER, "text", explain))
    if amount_header:
        columns.append(Column(amount_header, "money", lambda i: i.amount))
    if kind in ACTIONS:
        columns.append(Column(ACTION_HEADER, "text", lambda i: _tr(ACTIONS[i.kind])))
    return columns


class TodayItemsModel(ListTableModel[TodayItem]):
    """Urgent rows speak in red; the customer reads as a link (one click opens the 360 view)."""

    note_column = -1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.column() == 0 and role == Qt.ItemDataRole.ForegroundRole:
            return _LINK
        if index.column() == 0 and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setUnderline(True)
            return font
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() == self.note_column
            and self.row_object(index.row()).urgent
        ):
            return _RED
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return QCoreApplication.translate("TodayTab", "单击打开客户档案")
        return super().data(index, role)


class ButtonDelegate(QStyledItemDelegate):
    """Draws the action column as buttons and reports a click on one (no widget per row)."""

    clicked = Signal(int)  # row

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            super().paint(painter, option, index)
            return
        button = QStyleOptionButton()
        button.rect = option.rect.adjusted(6, 3, -6, -3)
        button.text = text
        button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
        if option.state & QStyle.StateFlag.State_MouseOver:
            button.state |= QStyle.StateFlag.State_MouseOver
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, widget)

    def editorEvent(  # noqa: N802 - Qt's name
        self, event: QEvent, model: Any, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and option.rect.contains(event.position().toPoint())
            and index.data(Qt.ItemDataRole.DisplayRole)
        ):
            self.clicked.emit(index.row())
            return True
        return False


class SectionCard(QFrame):
    """One list on the left: its name, its count in large type, a line of detail."""

    clicked = Signal(str)

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.accent = ACCENTS[kind]
        self.setObjectName(f"card_{kind}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = QLabel(self)
        self.title.setObjectName("card_title")
        self.count = QLabel(self)
        self.count.setObjectName("card_count")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.detail = QLabel(self)
        self.detail.setObjectName("card_detail")
        self.detail.setWordWrap(True)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 10, 6)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.detail)
        self.set_state(0, "", selected=False, enabled=True)

    def set_state(self, count: int, detail: str, *, selected: bool, enabled: bool) -> None:
        self.title.setText(_tr(TITLES[self.kind]))
        self.count.setText(f"{count:,}" if enabled else "–")
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        background = "#eef3fb" if selected else "#ffffff"
        border = self.accent if selected else "#dfe3e8"
        number = self.accent if count and enabled else "#9aa0a6"
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background: {background}; border: 1px solid {border};"
            f" border-left: 5px solid {self.accent if enabled else '#c8ccd0'}; border-radius: 6px; }}"
            " QLabel#card_title { font-weight: bold; color: #202124; background: transparent; border: none; }"
            f" QLabel#card_count {{ font-size: 20pt; font-weight: bold; color: {number};"
            " background: transparent; border: none; }"
            " QLabel#card_detail { color: #5f6368; background: transparent; border: none; }"
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.kind)
        super().mouseReleaseEvent(event)


class TodayTab(QWidget):
    openRequested = Signal(str, int)  # noqa: N815 - tab, record id
    messageCopied = Signal(str)  # noqa: N815 - what the status bar says after 复制消息
    changed_counts = Signal()  # a new report arrived (status bar)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("tab_today")
        self.report: TodayReport | None = None
        self.kind = KINDS[0]
        self.window_days: int | None = None  # expiring: the renewal window chosen, None = all
        self._generation = 0
        self._chose_kind = False
        self.listed_items: list[TodayItem] = []

        self.date_label = QLabel(self)
        self.date_label.setObjectName("today_date")
        font = QFont(self.date_label.font())
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        self.date_label.setFont(font)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("today_total")
        self.refresh_button = QPushButton(QCoreApplication.translate("TodayTab", "刷新"), self)
        self.refresh_button.clicked.connect(self.reload)
        header = QHBoxLayout()
        header.addWidget(self.date_label)
        header.addSpacing(16)
        header.addWidget(self.total_label, 1)
        self.export_button = QPushButton(QCoreApplication.translate("TodayTab", "导出今日清单…"), self)
        self.export_button.setObjectName("export_call_list")
        self.export_button.clicked.connect(self._ask_export)
        header.addWidget(self.export_button)
        header.addWidget(self.refresh_button)

        self.cards: dict[str, SectionCard] = {}
        cards = QWidget(self)
        cards_layout = QVBoxLayout(cards)
        cards_layout.setContentsMargins(0, 0, 4, 0)
        cards_layout.setSpacing(6)
        for kind in KINDS:
            card = SectionCard(kind, cards)
            card.clicked.connect(self.show_kind)
            cards_layout.addWidget(card)
            self.cards[kind] = card
        cards_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(cards)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFixedWidth(290)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

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
        self.window_group.idClicked.connect(self._window_chosen)

        self.customer_button = QPushButton(QCoreApplication.translate("TodayTab", "打开客户档案"), self)
        self.customer_button.clicked.connect(self._open_customer)
        self.record_button = QPushButton(QCoreApplication.translate("TodayTab", "打开记录"), self)
        self.record_button.clicked.connect(lambda: self._open_selected())
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("resolve")
        self.action_button.clicked.connect(self.resolve_selected)
        self.second_button = QPushButton(self)
        self.second_button.setObjectName("second_action")
        self.second_button.clicked.connect(lambda: self._second_action())  # not with clicked(bool)
        self.message_button = QPushButton(QCoreApplication.translate("TodayTab", "复制消息"), self)
        self.message_button.setObjectName("copy_message")
        self.message_button.setToolTip(
            QCoreApplication.translate("TodayTab", "按模板填好消息并复制，粘贴到微信或短信发送；同时记入沟通记录")
        )
        self.message_button.clicked.connect(lambda: self._copy_message())
        # the birthday and expiry lists, on paper or in Excel (day_lists.PRINTABLE)
        self.list_buttons: list[QPushButton] = []
        for name, text, slot in (
            ("print_list", QCoreApplication.translate("TodayTab", "打印名单…"), self._print_list),
            ("pdf_list", QCoreApplication.translate("TodayTab", "保存为 PDF…"), lambda: self._save_list(False)),
            ("excel_list", QCoreApplication.translate("TodayTab", "导出 Excel…"), lambda: self._save_list(True)),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            self.list_buttons.append(button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.windows)
        for button in self.list_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (
            self.customer_button,
            self.record_button,
            self.message_button,
            self.second_button,
            self.action_button,
        ):
            buttons.addWidget(button)

        self.model = TodayItemsModel(columns_for(self.kind, lambda: self.report))
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
        self.view.clicked.connect(self._clicked)
        self.view.doubleClicked.connect(lambda index: self._open_selected(index.row()))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.plain_delegate = QStyledItemDelegate(self.view)
        self.button_delegate = ButtonDelegate(self.view)
        self.button_delegate.clicked.connect(self.resolve_row)
        self.empty = QLabel(self)
        self.empty.setObjectName("empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #5f6368; font-size: 13pt; padding: 40px;")

        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.heading)
        right.addWidget(self.explanation)
        right.addLayout(buttons)
        right.addWidget(self.view, 1)
        right.addWidget(self.empty, 1)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(scroll)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(header)
        self.branch_banner = BranchBanner.for_store(store, self)  # a branch manager's approvals
        if self.branch_banner is not None:
            layout.addWidget(self.branch_banner)
        layout.addLayout(body, 1)
        self._show_loading()
        self.reload()

    # --- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Compute the report on a worker; the newest answer wins."""
        self._generation += 1
        if self.branch_banner is not None:
            self.branch_banner.refresh()
        generation = self._generation
        self.refresh_button.setEnabled(False)

        def done(report: TodayReport) -> None:
            if not shiboken6.isValid(self) or generation != self._generation:
                return
            self.show_report(report)

        def failed(exc: Exception, _trace: str) -> None:
            if shiboken6.isValid(self):
                self.refresh_button.setEnabled(True)
                show_error(self, exc)

        Operation(self.store.today_lists).success(done).failure(failed).run_in_background()

    def show_report(self, report: TodayReport) -> None:
        self.report = report
        self.refresh_button.setEnabled(True)
        if not self._chose_kind:  # open on the most pressing list that has something in it
            self.kind = next((k for k in KINDS if report.counts[k] and k in report.available), KINDS[0])
        self._fill_header()
        self._fill_cards()
        self._fill_list()
        self.changed_counts.emit()

    def _show_loading(self) -> None:
        self.date_label.setText(self._date_text(self.store.today()))
        self.total_label.setText(QCoreApplication.translate("TodayTab", "正在整理今日待办…"))
        for card in self.cards.values():
            card.set_state(0, "", selected=False, enabled=True)
        self.heading.setText("")
        self.explanation.setText("")

    @staticmethod
    def _date_text(day: date) -> str:
        weekday = (
            QT_TRANSLATE_NOOP("TodayTab", "星期一"),
            QT_TRANSLATE_NOOP("TodayTab", "星期二"),
            QT_TRANSLATE_NOOP("TodayTab", "星期三"),
            QT_TRANSLATE_NOOP("TodayTab", "星期四"),
            QT_TRANSLATE_NOOP("TodayTab", "星期五"),
            QT_TRANSLATE_NOOP("TodayTab", "星期六"),
            QT_TRANSLATE_NOOP("TodayTab", "星期日"),
        )[day.weekday()]
        return QCoreApplication.translate("TodayTab", "{0}年{1}月{2}日 {3}").format(
            day.year, day.month, day.day, _tr(weekday)
        )

    def _fill_header(self) -> None:
        report = self.report
        assert report is not None
        self.date_label.setText(self._date_text(report.today))
        self.total_label.setText(QCoreApplication.translate("TodayTab", "今日待办共 %n 项", "", report.total()))

    def _card_detail(self, kind: str) -> str:
        report = self.report
        assert report is not None
        if kind not in report.available:
            return QCoreApplication.translate("TodayTab", "启用纸质档案借阅登记后显示")
        items = report.items[kind]
        if kind == "expiring":
            return " · ".join(
                QCoreApplication.translate("TodayTab", "{0}天 {1}").format(w, f"{n:,}")
                for w, n in report.renewal_counts.items()
            )
        if kind == "payment_overdue":
            return QCoreApplication.translate("TodayTab", "宽限期 %n 天内", "", report.grace_days)
        if kind == "lapse_warning":
            return QCoreApplication.translate("TodayTab", "超过宽限期 %n 天仍未缴费", "", report.grace_days)
        if kind == "payment_due":
            return QCoreApplication.translate("TodayTab", "%n 天内到期", "", report.payment_days)
        if kind == "claim_waiting":
            return QCoreApplication.translate("TodayTab", "报案超过 %n 天未结", "", report.claim_wait_days)
        if kind == "opportunity":
            return QCoreApplication.translate("TodayTab", "家庭变化 · 保障缺口 · 满期给付")
        if kind == "reinstatement":
            return QCoreApplication.translate("TodayTab", "效力中止两年内可复效")
        today = sum(1 for i in items if i.days == 0)
        late = sum(1 for i in items if i.days < 0)
        parts = []
        if today:
            parts.append(QCoreApplication.translate("TodayTab", "今天 %n", "", today))
        if late:
            parts.append(QCoreApplication.translate("TodayTab", "已逾期 %n", "", late))
        return " · ".join(parts)

    def _fill_cards(self) -> None:
        report = self.report
        assert report is not None
        for kind, card in self.cards.items():
            card.set_state(
                report.counts[kind],
                self._card_detail(kind),
                selected=kind == self.kind,
                enabled=kind in report.available,
            )

    def _explanation(self, kind: str) -> str:
        report = self.report
        assert report is not None
        texts = {
            "lapse_warning": QCoreApplication.translate(
                "TodayTab",
                "最早一期保费逾期已超过 {0} 天宽限期（《保险法》第三十六条），保单效力可能中止。"
                "请尽快催缴，或登记缴费、标记失效。",
            ).format(report.grace_days),
            "payment_overdue": QCoreApplication.translate(
                "TodayTab", "已过应缴日期、仍在 {0} 天宽限期内的保单，宽限期最先结束的排在前面。"
            ).format(report.grace_days),
            "payment_due": QCoreApplication.translate("TodayTab", "{0} 天内应缴的保费。").format(report.payment_days),
            "expiring": QCoreApplication.translate(
                "TodayTab", "即将到期且尚未续保的生效保单。可提醒客户，或直接办理续保。"
            ),
            "callback": QCoreApplication.translate(
                "TodayTab",
                "一年期以上人身保险新单，犹豫期 {0} 天（自生效日起算）内应完成新单回访，确认客户已收到保单、"
                "了解保障责任和犹豫期内可退保；犹豫期最先结束的排在前面。双录资料可作为档案材料上传。",
            ).format(report.hesitation_days),
            "complaint": QCoreApplication.translate(
                "TodayTab", "未办结且临近或已超过处理时限的投诉（监管要求 15 日内作出处理决定）。"
            ),
            "claim_waiting": QCoreApplication.translate(
                "TodayTab", "报案已超过 {0} 天仍未结案的理赔，请跟进并告知客户进度。"
            ).format(report.claim_wait_days),
            "follow_up": QCoreApplication.translate("TodayTab", "到期、逾期和即将到来的回访。"),
            "reinstatement": QCoreApplication.translate(
                "TodayTab",
                "宽限期后仍未缴费、效力中止的保单，两年内补缴保费并通过健康告知即可复效（《保险法》第三十七条）；"
                "复效截止最近的排在前面。办妥后登记复效，保单恢复有效并记入保全。",
            ),
            "opportunity": QCoreApplication.translate(
                "TodayTab",
                "档案里发现的商机：近一个月新添子女或新婚的家庭、三年没有新保单的客户、18–55 岁有保单却没有"
                "重疾保障的客户、两个月内满期给付的年金和教育金。跟进或暂不跟进都会记入沟通记录，半年内不再提示。",
            ),
            "birthday": QCoreApplication.translate(
                "TodayTab", "近几天过生日的客户；2 月 29 日出生的客户在平年 2 月 28 日提醒。"
            ),
            "loan_overdue": QCoreApplication.translate(
                "TodayTab", "借出后超过应还日期仍未归还的纸质档案，逾期最久的排在前面。"
            ),
        }
        text = texts[kind]
        shown, total = len(report.items[kind]), report.counts[kind]
        if shown < total:
            text += QCoreApplication.translate("TodayTab", "（显示最紧要的 {0} 项）").format(shown)
        return text

    def _fill_list(self) -> None:
        report = self.report
        assert report is not None
        kind = self.kind
        items = list(report.items[kind])
        if kind == "expiring" and self.window_days is not None:
            items = [i for i in items if i.days <= self.window_days]
        columns = columns_for(kind, lambda: self.report)
        self.model = TodayItemsModel(columns, items, self.view)
        self.listed_items = items
        self.model.note_column = next(n for n, c in enumerate(columns) if c.header == NOTE_HEADER)
        self.view.setModel(self.model)
        for column in range(self.model.columnCount()):
            self.view.setItemDelegateForColumn(column, self.plain_delegate)
        if kind in ACTIONS:
            self.view.setItemDelegateForColumn(self.model.columnCount() - 1, self.button_delegate)
        head = self.view.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if kind != "birthday":
            head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        else:
            head.setStretchLastSection(False)
            head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if kind in ACTIONS:
            head.setSectionResizeMode(self.model.columnCount() - 1, QHeaderView.ResizeMode.Fixed)
            head.resizeSection(self.model.columnCount() - 1, 130)
        count = report.counts[kind]
        heading = QCoreApplication.translate("TodayTab", "{0}：{1} 项").format(_tr(TITLES[kind]), f"{count:,}")
        self.heading.setText(heading)
        self.heading.setStyleSheet(f"color: {ACCENTS[kind]};")
        self.explanation.setText(self._explanation(kind))
        self._fill_windows(kind)
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
                QCoreApplication.translate("TodayTab", "{0}（选中项）").format(_tr(ACTIONS[kind]))
            )
        self.message_button.setVisible(messages.has_message(kind) and has_items)
        second = self._second_text(kind)
        self.second_button.setVisible(bool(second) and has_items)
        self.second_button.setText(second)
        self.customer_button.setVisible(has_items)
        self.record_button.setVisible(has_items and kind in OPENS)
        for button in self.list_buttons:
            button.setVisible(has_items and kind in day_lists.PRINTABLE)
        if has_items:
            self.view.selectRow(0)

    def _fill_windows(self, kind: str) -> None:
        report = self.report
        assert report is not None
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
            button.setChecked(window == (self.window_days or max(report.renewal_windows)))
            self.window_group.addButton(button, window)
            self.windows_layout.addWidget(button)

    @staticmethod
    def _second_text(kind: str) -> str:
        if kind in ("payment_due", "payment_overdue"):
            return QCoreApplication.translate("TodayTab", "登记缴费…")
        if kind == "lapse_warning":
            return QCoreApplication.translate("TodayTab", "标记失效…")
        if kind == "expiring":
            return QCoreApplication.translate("TodayTab", "续保…")
        if kind == "opportunity":
            return _tr(SET_ASIDE)
        if kind == "reinstatement":
            return QCoreApplication.translate("TodayTab", "登记复效…")
        return ""

    # --- choosing ------------------------------------------------------------------------
    def show_kind(self, kind: str) -> None:
        self.kind = kind
        self._chose_kind = True
        self.window_days = None
        if self.report is not None:
            self._fill_cards()
            self._fill_list()

    def _window_chosen(self, window: int) -> None:
        report = self.report
        self.window_days = None if report is None or window == max(report.renewal_windows) else window
        if report is not None:
            self._fill_list()

    def selected_items(self) -> list[TodayItem]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_object(r) for r in rows]

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == 0:
            self.openRequested.emit("customers", self.model.row_object(index.row()).customer_id)

    def _open_customer(self) -> None:
        items = self.selected_items()
        if items:
            self.openRequested.emit("customers", items[0].customer_id)

    def _open_selected(self, row: int | None = None) -> None:
        items = [self.model.row_object(row)] if row is not None else self.selected_items()
        if items and items[0].kind in OPENS:
            self.openRequested.emit(OPENS[items[0].kind], items[0].record_id)

    def _menu(self, pos: Any) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        item = self.model.row_object(index.row())
        menu = QMenu(self)
        menu.addAction(QCoreApplication.translate("TodayTab", "打开客户档案"), self._open_customer)
        if item.kind in OPENS:
            menu.addAction(QCoreApplication.translate("TodayTab", "打开记录"), lambda: self._open_selected(index.row()))
        if item.kind in SUMMARIES:
            menu.addAction(_tr(ACTIONS[item.kind]), lambda: self.resolve_row(index.row()))
        if messages.has_message(item.kind):
            menu.addAction(QCoreApplication.translate("TodayTab", "复制消息"), lambda: self._copy_message(item))
        second = self._second_text(item.kind)
        if second:
            menu.addAction(second, lambda: self._second_action(item))
        menu.exec(self.view.viewport().mapToGlobal(pos))

    # --- acting --------------------------------------------------------------------------
    def resolve_row(self, row: int) -> None:
        item = self.model.row_object(row)
        if item.kind == "complaint":
            self.openRequested.emit("complaints", item.record_id)
            return
        if item.kind == "loan_overdue":
            with reported(self) as failure:
                self.store.loans.return_file(item.record_id)
            if failure:
                return
            self._drop([item])
            return
        self._resolve([item])

    def resolve_selected(self) -> None:
        """Record the action for every selected item (e.g. the birthday greetings) and clear them."""
        items = [i for i in self.selected_items() if i.kind in SUMMARIES]
        if items:
            self._resolve(items)

    def _resolve(self, items: list[TodayItem]) -> None:
        self._drop(items)  # before the write: its change event brings the recomputed report
        with reported(self) as failure:
            self.store.resolve_today_items([(item, _tr(SUMMARIES[item.kind])) for item in items])
        if failure:
            self.reload()

    def _drop(self, items: list[TodayItem]) -> None:
        """Take answered items off at once; the recomputed report follows from the worker."""
        report = self.report
        if report is None:
            return
        for item in items:
            if item in report.items[item.kind]:
                report.items[item.kind].remove(item)
                report.counts[item.kind] -= 1
                if item.kind == "expiring":
                    for window in report.renewal_counts:
                        if item.days <= window:
                            report.renewal_counts[window] -= 1
        self._fill_header()
        self._fill_cards()
        self._fill_list()

    def _ask_export(self) -> None:
        """Today's lists as Excel, phones masked unless the user asks for them (then audited)."""
        report = self.report
        if report is None:
            return
        name = f"today_{report.today:%Y%m%d}.xlsx"
        target, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("TodayTab", "导出今日清单"), in_documents(name), "Excel (*.xlsx)"
        )
        if not target:
            return
        reveal = (
            QMessageBox.question(
                self,
                QCoreApplication.translate("TodayTab", "导出今日清单"),
                QCoreApplication.translate(
                    "TodayTab", "导出完整的电话号码吗？选“否”则号码脱敏。导出和显示号码都会记入操作日志。"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            == QMessageBox.StandardButton.Yes
        )
        with reported(self):
            tables = call_list.call_list_tables(
                self.store, report, reveal=reveal, title=lambda k: _tr(TITLES[k]), subject=subject, note=note
            )
            call_list.export_call_list(self.store, Path(target), tables, reveal=reveal)
            self.messageCopied.emit(QCoreApplication.translate("TodayTab", "已导出：{0}").format(target))

    def day_list(self) -> day_lists.DayList | None:
        """The birthday or expiry list as shown (the renewal window chosen applies)."""
        if self.report is None or self.kind not in day_lists.PRINTABLE:
            return None
        describe = (lambda k: _tr(str(TITLES[k])), subject, note)
        return day_lists.day_list(self.store, self.report, self.kind, list(self.listed_items), describe)

    def _print_list(self) -> None:
        listed = self.day_list()
        if listed is not None:
            day_lists.ask_print(self.store, listed, self)

    def _save_list(self, excel: bool) -> None:
        listed = self.day_list()
        if listed is not None:
            path = day_lists.ask_save(self.store, listed, self, excel)
            if path is not None:
                self.messageCopied.emit(QCoreApplication.translate("TodayTab", "已导出：{0}").format(path))

    def _copy_message(self, item: TodayItem | None = None) -> None:
        if item is None:
            items = self.selected_items()
            if not items:
                return
            item = items[0]
        said = messages.copy_message(self.store, item, self)
        if said is not None:
            self._drop([item])
            self.messageCopied.emit(said)

    def _second_action(self, item: TodayItem | None = None) -> None:
        if item is None:
            items = self.selected_items()
            if not items:
                return
            item = items[0]
        if item.kind in ("payment_due", "payment_overdue"):
            done = workday_actions.mark_paid(self.store, item.record_id, self)
        elif item.kind == "lapse_warning":
            done = item.policy_id is not None and workday_actions.mark_lapsed(self.store, item.policy_id, self)
        elif item.kind == "expiring":
            done = workday_actions.renew(self.store, item.record_id, self)
        elif item.kind == "reinstatement":
            done = item.policy_id is not None and workday_actions.reinstate(self.store, item.policy_id, self)
        elif item.kind == "opportunity":  # set aside: recorded, and quiet for the same half year
            self._drop([item])
            with reported(self) as failure:
                self.store.resolve_today_items([(item, _tr(SET_ASIDE))])
            if failure:
                self.reload()
            return
        else:
            return
        if done:
            self._drop([item])
