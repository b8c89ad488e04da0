"""Messages to customers from the Today view: the template of the item's kind filled from its
records, and — when the agent has copied it to WeChat or SMS — the contact entry that records it.

The message is written in Chinese whatever the interface language: it goes to the customer.
"""

from __future__ import annotations

from agentbook.domain import enums as E
from agentbook.domain.consent import age_on
from agentbook.domain.messages import FOR_TODAY, Message, MessageKind, render, salutation
from agentbook.domain.models import ContactEntry, Customer
from agentbook.domain.money import format_money
from agentbook.store.queries import today
from agentbook.store.queries.today_items import TodayItem
from agentbook.store.repositories import Repositories
from agentbook.store.settings import MESSAGE_PREFIX, Settings


def has_message(item: TodayItem) -> bool:
    return item.kind in FOR_TODAY


def message_for(store: Repositories, item: TodayItem) -> Message:
    """The filled message that answers *item* (a birthday, a premium or renewal due, a claim)."""
    kind = FOR_TODAY.get(item.kind)
    if kind is None:
        raise ValueError(f"no message for {item.kind}")
    settings = Settings(store.db)
    customer = store.customers.get(item.customer_id)
    values = {
        **_common(store, settings, customer),
        "年龄": str(item.age) if item.age is not None else "",
        "产品": item.label,
        "保单号": item.reference,
        "理赔号": item.reference,
        "理赔状态": item.status.label if item.status is not None else "",
        "日期": f"{item.day.month}月{item.day.day}日" if item.day is not None else "",
        "金额": format_money(item.amount) if item.amount is not None else "",
    }
    return Message(
        kind, render(str(settings.get(MESSAGE_PREFIX + kind.value)), values), _channel(customer.mobile, customer.wechat)
    )


def festival_message(store: Repositories, customer_id: int, festival: str) -> Message:
    """The festival greeting for one customer (sent from the 360 view, not a Today list)."""
    settings = Settings(store.db)
    customer = store.customers.get(customer_id)
    values = {**_common(store, settings, customer), "节日": festival}
    text = render(str(settings.get(MESSAGE_PREFIX + MessageKind.FESTIVAL.value)), values)
    return Message(MessageKind.FESTIVAL, text, _channel(customer.mobile, customer.wechat))


def record_greeting(store: Repositories, customer_id: int, message: Message) -> int:
    """The greeting went out: a 节日问候 contact entry holds its text."""
    entry = store.contacts.create(
        ContactEntry(customer_id, store.now().replace(microsecond=0), message.channel, message.purpose, message.text)
    )
    assert entry.id is not None
    return entry.id


def _common(store: Repositories, settings: Settings, customer: Customer) -> dict[str, str]:
    """The fields every message has: the greeting, the name, who sends it and for which agency."""
    return {
        "称呼": salutation(customer.name, customer.gender, customer.kind, age_on(customer, store.today())),
        "姓名": customer.name,
        "经办人": str(settings.get("agent_name") or store.db.actor),
        "机构": str(settings.get("agency_name") or ""),
    }


def _channel(mobile: str, wechat: str) -> E.ContactChannel:
    return E.ContactChannel.SMS if mobile and not wechat else E.ContactChannel.WECHAT


def record_sent(store: Repositories, item: TodayItem, message: Message) -> int:
    """The message went out: a contact entry of its purpose holds its text, and the item is done."""
    return today.resolve(store, item, summary=message.text, channel=message.channel)
