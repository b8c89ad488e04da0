"""复制消息: the Today item's message, filled from its records, onto the clipboard for WeChat or
SMS — and into the customer's contact log, so the agent's day records what was sent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from agentbook.domain.messages import FOR_TODAY
from agentbook.store.api import Store
from agentbook.store.queries.today_items import TodayItem
from agentbook.ui.errors import reported
from agentbook.ui.i18n import tr_enum


def has_message(kind: str) -> bool:
    return kind in FOR_TODAY


def copy_message(store: Store, item: TodayItem, parent: QWidget | None) -> str | None:
    """Copy the message and log it as sent; returns what the status line says, None on failure."""
    with reported(parent) as failure:
        message = store.today_message(item)
        if message is None:
            return None
        QGuiApplication.clipboard().setText(message.text)
        store.message_sent(item, message)
    if failure:
        return None
    return QCoreApplication.translate("TodayTab", "已复制{0}，可粘贴到{1}发送；已记入沟通记录").format(
        tr_enum(message.kind), tr_enum(message.channel)
    )


def copy_greeting(store: Store, customer_id: int, festival: str, parent: QWidget | None) -> str | None:
    """The festival greeting for one customer onto the clipboard, logged as 节日问候; returns what
    to tell the user, None on failure."""
    with reported(parent) as failure:
        message = store.festival_message(customer_id, festival)
        QGuiApplication.clipboard().setText(message.text)
        store.greeting_sent(customer_id, message)
    if failure:
        return None
    return QCoreApplication.translate("TodayTab", "已复制{0}，可粘贴到{1}发送；已记入沟通记录").format(
        tr_enum(message.kind), tr_enum(message.channel)
    )
