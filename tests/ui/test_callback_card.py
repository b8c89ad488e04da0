"""The Today view's 新单回访 card: listed, explained in the user's language, answered in one click."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from agentbook.domain import enums as E
from agentbook.domain.models import Customer, Policy
from agentbook.ui.i18n import Translation
from agentbook.ui.today.today_tab import TodayTab
from agentbook.ui.today.wording import note


def test_callback_card_lists_explains_and_answers(store, clock, qtbot, qapp_font) -> None:
    holder = store.customers.create(Customer(name="张三", gender=E.Gender.MALE, mobile="13900001111"))
    store.policies.create(
        Policy("P0001", "平安人寿", "平安福", E.BusinessLine.LIFE, holder.id, holder.id, Decimal(5000),
               Decimal(500_000), effective_date=store.today() - timedelta(days=13), payment_years=20)
    )  # fmt: skip
    tab = TodayTab(store)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.report is not None, timeout=30_000)
    assert tab.report.counts["callback"] == 1
    tab.show_kind("callback")
    item = tab.report["callback"][0]
    assert note(item, tab.report) == "犹豫期剩 2 天" and item.urgent
    translation = Translation()
    try:
        assert translation.apply("en")
        assert note(item, tab.report) == "2 days of the hesitation period left"
        clock.advance(days=4)
        late = store.today_lists()
        assert note(late["callback"][0], late) == "2 days past the hesitation period, no callback yet"
    finally:
        translation.apply("zh_CN")
    tab.resolve_row(0)
    qtbot.waitUntil(lambda: store.today_lists().counts["callback"] == 0, timeout=30_000)
    entry = store.contacts.find("purpose = 'callback'")[0]
    assert entry.outcome == "客户确认投保意愿" and entry.summary.startswith("新单回访")
