"""Messages from the Today view: filled from the records and the settings' template, and logged as
a contact of the message's purpose when sent, which answers the Today item."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agentbook.domain import enums as E
from agentbook.domain.messages import MessageKind
from agentbook.domain.models import ContactEntry, Customer, Payment, Policy
from agentbook.store.api import Store
from agentbook.store.settings import SettingValueError

pytestmark = pytest.mark.both_engines


@pytest.fixture
def zhang(store: Store) -> Customer:
    store.update_settings({"agent_name": "王芳"})
    return store.customers.create(
        Customer(name="张三", gender=E.Gender.MALE, mobile="13900001111", birth_date=date(1980, 11, 25))
    )


def test_a_birthday_wish_greets_by_surname_and_is_logged_when_sent(store, zhang):
    [item] = store.today_lists()["birthday"]
    message = store.today_message(item)
    assert message is not None and message.kind is MessageKind.BIRTHDAY
    assert message.text == "张先生，祝您生日快乐，身体健康、万事顺意！——王芳"
    assert message.channel is E.ContactChannel.SMS  # a mobile and no WeChat ID
    store.message_sent(item, message)
    [entry] = store.contacts.of_customer(zhang.id)
    assert (entry.purpose, entry.channel, entry.summary) == (
        E.ContactPurpose.BIRTHDAY,
        E.ContactChannel.SMS,
        message.text,
    )
    assert store.today_lists()["birthday"] == []


def test_a_premium_reminder_names_the_product_the_amount_and_the_day(store, zhang):
    policy = store.policies.create(
        Policy(
            "PA2026000001",
            "平安人寿",
            "平安福",
            E.BusinessLine.LIFE,
            zhang.id,
            zhang.id,
            Decimal("3600"),
            Decimal("500000"),
            effective_date=date(2020, 12, 1),
            payment_mode=E.PaymentMode.ANNUAL,
        )
    )
    store.payments.create(Payment(policy.id, 7, date(2026, 11, 28), Decimal("3600")))
    [item] = store.today_lists()["payment_due"]
    message = store.today_message(item)
    assert message is not None
    assert message.text.startswith("张先生您好，您的平安福（保单号PA2026000001）本期保费3,600.00元将于11月28日到期")


def test_the_agent_edits_a_template_and_a_bad_one_is_refused(store, zhang):
    store.update_settings({"message_birthday": "{称呼}生日快乐！{机构}{经办人}"})
    [item] = store.today_lists()["birthday"]
    assert store.today_message(item).text == "张先生生日快乐！王芳"
    with pytest.raises(SettingValueError):
        store.update_settings({"message_birthday": "{称呼}，您的{金额}"})
    assert store.settings.get("message_birthday") == "{称呼}生日快乐！{机构}{经办人}"


def test_lists_without_a_message_have_none(store, zhang):
    store.contacts.create(
        ContactEntry(
            zhang.id,
            store.now(),
            E.ContactChannel.PHONE,
            E.ContactPurpose.FOLLOW_UP,
            "回访",
            follow_up_date=store.today(),
        )
    )
    [item] = store.today_lists()["follow_up"]
    assert store.today_message(item) is None


def test_a_festival_greeting_for_one_customer(store, zhang):
    message = store.festival_message(zhang.id, "中秋节")
    assert message.text == "张先生，中秋节快乐！祝您和家人幸福安康、万事如意。——王芳"
    store.greeting_sent(zhang.id, message)
    [entry] = store.contacts.of_customer(zhang.id)
    assert (entry.purpose, entry.summary) == (E.ContactPurpose.HOLIDAY, message.text)
