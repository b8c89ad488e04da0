"""What a search that finds nobody shows: that it found nobody, and the way to add them.

An empty table after typing a name reads as "still loading" or "the search is broken"; an agent
who looked a new caller up wants to create them next, with what was already typed.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from agentbook.domain import phones

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
        self.new_button.clicked.connect(lambda: self.newCustomerRequested.emit(self._context))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.new_button)
        self._context: dict[str, Any] = {}
        self.hide()

    def show_for(self, text: str, *, offer_new: bool) -> None:
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
