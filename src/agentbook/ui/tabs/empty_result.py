"""What an empty list shows: that it is empty, and what to do about it.

An empty table after typing a name reads as "still loading" or "the search is broken"; an agent
who looked a new caller up wants to create them next, with what was already typed. A tab with no
records at all says where its records come from (a new archive is mostly empty tabs), and one
emptied by its filters offers to clear them.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from agentbook.domain import phones
from agentbook.domain.i18n import QT_TRANSLATE_NOOP

# tab → (what to do when it has no records at all, the button that does it or "")
EMPTY_HINTS: dict[str, tuple[str, str]] = {
    "customers": (
        QT_TRANSLATE_NOOP("EmptyResult", "还没有客户。点“新建客户”添加，或用“文件 ▸ 从 Excel 导入”导入原来的表格。"),
        QT_TRANSLATE_NOOP("EmptyResult", "新建客户…"),
    ),
    "policies": (
        QT_TRANSLATE_NOOP("EmptyResult", "还没有保单。点“新建保单”录入，或从 Excel 导入；客户的 360 视图里也可新增。"),
        QT_TRANSLATE_NOOP("EmptyResult", "新建保单…"),
    ),
    "payments": (
        QT_TRANSLATE_NOOP("EmptyResult", "还没有缴费记录。在保单上点右键“生成缴费计划”，各期会按缴费方式排好。"),
        "",
    ),
    "claims": (
        QT_TRANSLATE_NOOP("EmptyResult", "还没有理赔。客户报案时点“新建理赔”，材料清单会自动列出。"),
        QT_TRANSLATE_NOOP("EmptyResult", "新建理赔…"),
    ),
    "contacts": (
        QT_TRANSLATE_NOOP("EmptyResult", "还没有沟通记录。电话或拜访后记一笔；写上回访日期，到时会出现在“今日”。"),
        QT_TRANSLATE_NOOP("EmptyResult", "新建沟通记录…"),
    ),
    "complaints": (
        QT_TRANSLATE_NOOP("EmptyResult", "还没有投诉记录。收到投诉时点“新建投诉”，处理时限会在“今日”提醒。"),
        QT_TRANSLATE_NOOP("EmptyResult", "新建投诉…"),
    ),
}
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def new_customer_context(text: str) -> dict[str, Any]:
    """The dialog's starting values for what was typed: a name written in characters, or a
    mobile number typed whole; pinyin or a number's tail fills nothing."""
    text = text.strip()
    if _CJK.search(text) and not any(ch.isdigit() for ch in text):
        return {"name": text}
    try:
        number = phones.read(text)
    except phones.PhoneError:
        return {}
    return {"mobile": number.text} if number.kind is phones.PhoneKind.MOBILE else {}


class EmptyResultPanel(QFrame):
    """Shown above the empty table of a search; ``newCustomerRequested`` carries the context."""

    newCustomerRequested = Signal(dict)  # noqa: N815
    newRecordRequested = Signal()  # noqa: N815 - the empty tab's own 新建
    resetRequested = Signal()  # noqa: N815 - 清除筛选

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("empty_result")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel(self)
        self.message.setObjectName("empty_message")
        self.message.setWordWrap(True)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_customer")
        self.new_button.setAutoDefault(True)
        self.new_button.clicked.connect(self._clicked)
        self._mode = "search"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.new_button)
        self._context: dict[str, Any] = {}
        self.hide()

    def _clicked(self) -> None:
        if self._mode == "search":
            self.newCustomerRequested.emit(self._context)
        elif self._mode == "filtered":
            self.resetRequested.emit()
        else:
            self.newRecordRequested.emit()

    def show_empty(self, tab: str, *, filtered: bool) -> None:
        """No records in the tab (*filtered*: none under the filters chosen)."""
        if filtered:
            self._mode = "filtered"
            self.message.setText(QCoreApplication.translate("EmptyResult", "没有符合当前筛选条件的记录。"))
            self.new_button.setText(QCoreApplication.translate("EmptyResult", "清除筛选"))
            self.new_button.setVisible(True)
        else:
            self._mode = "empty"
            hint, button = EMPTY_HINTS.get(tab, ("", ""))
            self.message.setText(QCoreApplication.translate("EmptyResult", hint))
            self.new_button.setText(QCoreApplication.translate("EmptyResult", button) if button else "")
            self.new_button.setVisible(bool(button))
        self.show()

    def show_for(self, text: str, *, offer_new: bool) -> None:
        self._mode = "search"
        self.message.setText(
            QCoreApplication.translate(
                "EmptyResult", "没有找到与“{0}”相符的记录。请检查拼写，或换用拼音首字母、手机尾号、保单号。"
            ).format(text)
        )
        self._context = new_customer_context(text)
        name = self._context.get("name")
        if name:
            self.new_button.setText(QCoreApplication.translate("EmptyResult", "新建客户“{0}”…").format(name))
        else:
            self.new_button.setText(QCoreApplication.translate("EmptyResult", "新建客户…"))
        self.new_button.setVisible(offer_new)
        self.show()
