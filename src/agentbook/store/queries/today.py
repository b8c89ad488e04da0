"""The agent's day (今日): what needs doing, computed in SQL from indexed columns.

Every list is read as its most pressing ``LIST_LIMIT`` items plus an exact count. Counts and
rankings read indexes only (migrations 3 and 12 add the partial and covering ones) and the
summaries migration 12 keeps by triggers — each policy's oldest unpaid due date, each customer's
cover, a family's news — so that no list groups or scans the whole book; a count of thousands is
taken on an index range less the few rows a recent reminder or answer hides. Names and numbers
are fetched for the rows shown. All lists together: 18 ms at 10,000 customers, 47 ms at 100,000,
122 ms at 300,000 (benchmarks, median), within the 200 ms budget. An item disappears when the
agent records the action that answers it — the contact entry is the proof, and it lands in the
customer's timeline.
Reminders that do not settle the matter (a premium still unpaid, a claim still waiting) hide the
item for ``today_repeat_days``; if nothing changed it comes back.

Items carry data only (dates, amounts, numbers, stored text); the UI words them in the user's
language.
"""

from __future__ import annotations

import time
from datetime import datetime

from agentbook.domain import enums as E
from agentbook.domain.models import ContactEntry
from agentbook.domain.opportunities import ACTED
from agentbook.store.db.database import Database
from agentbook.store.queries.today_cases import CaseLists
from agentbook.store.queries.today_items import KINDS, LIST_LIMIT, TodayItem, TodayReport
from agentbook.store.queries.today_money import MoneyLists
from agentbook.store.queries.today_people import PeopleLists
from agentbook.store.queries.today_policies import PolicyLists
from agentbook.store.repositories import Repositories


class _Lists(MoneyLists, PolicyLists, PeopleLists, CaseLists):
    """One computation: every list's queries on one clock and one set of settings."""


def compute(db: Database, limit: int = LIST_LIMIT) -> TodayReport:
    """Every list's most pressing *limit* items and its exact count, read under one lock."""
    started = time.perf_counter()
    with db.lock:  # one consistent picture: no write lands between two lists
        lists = _Lists(db, limit)
        items: dict[str, list[TodayItem]] = {}
        counts: dict[str, int] = {}
        available = set(KINDS)
        items["expiring"], counts["expiring"], per_window = lists.expiring()
        items["callback"], counts["callback"] = lists.callbacks()
        for kind, (found, total) in lists.overdue().items():
            items[kind], counts[kind] = found, total
        items["payment_due"], counts["payment_due"] = lists.payment_due()
        items["birthday"], counts["birthday"] = lists.birthdays()
        items["follow_up"], counts["follow_up"] = lists.follow_ups()
        items["reinstatement"], counts["reinstatement"] = lists.reinstatable()
        items["claim_waiting"], counts["claim_waiting"] = lists.claims_waiting()
        items["complaint"], counts["complaint"] = lists.complaints()
        loans = lists.loans_overdue()
        if loans is None:
            available.discard("loan_overdue")
            items["loan_overdue"], counts["loan_overdue"] = [], 0
        else:
            items["loan_overdue"], counts["loan_overdue"] = loans
    # Opportunities stand apart from the day's deadlines: read after the lock, on this thread's
    # read connection, so a save never waits for them.
    items["opportunity"], counts["opportunity"] = lists.opportunities()
    return TodayReport(
        today=lists.today,
        items={kind: items[kind] for kind in KINDS},
        counts={kind: counts[kind] for kind in KINDS},
        renewal_windows=lists.windows,
        renewal_counts=per_window,
        grace_days=lists.grace,
        payment_days=lists.payment_days,
        hesitation_days=lists.hesitation,
        claim_wait_days=lists.claim_wait,
        available=frozenset(available),
        elapsed_ms=(time.perf_counter() - started) * 1000,
    )


def counts(db: Database) -> dict[str, int]:
    """Only the numbers (the status bar, the benchmark)."""
    return compute(db, limit=1).counts


# kind → (purpose, channel, summary as stored when the caller gives none) of the contact entry
# that answers the item. The UI passes its own, translated, summary.
RESOLUTIONS: dict[str, tuple[E.ContactPurpose, E.ContactChannel, str]] = {
    "birthday": (E.ContactPurpose.BIRTHDAY, E.ContactChannel.WECHAT, "生日祝福已发送"),
    "payment_due": (E.ContactPurpose.PAYMENT_REMINDER, E.ContactChannel.PHONE, "已提醒缴费"),
    "payment_overdue": (E.ContactPurpose.PAYMENT_REMINDER, E.ContactChannel.PHONE, "已提醒缴费（逾期）"),
    "lapse_warning": (E.ContactPurpose.PAYMENT_REMINDER, E.ContactChannel.PHONE, "已提醒缴费（已过宽限期）"),
    "reinstatement": (E.ContactPurpose.PAYMENT_REMINDER, E.ContactChannel.PHONE, "已提醒复效"),
    "expiring": (E.ContactPurpose.RENEWAL, E.ContactChannel.PHONE, "已提醒续保"),
    "claim_waiting": (E.ContactPurpose.CLAIM_PROGRESS, E.ContactChannel.PHONE, "已告知理赔进度"),
    "follow_up": (E.ContactPurpose.FOLLOW_UP, E.ContactChannel.PHONE, "回访已完成"),
    "callback": (E.ContactPurpose.CALLBACK, E.ContactChannel.PHONE, "新单回访已完成"),
    "opportunity": (E.ContactPurpose.OPPORTUNITY, E.ContactChannel.PHONE, ACTED),
}
# The outcome a one-click answer records, where the list's question has one.
OUTCOMES = {"callback": "客户确认投保意愿"}


def _outcome(item: TodayItem) -> str:
    """An opportunity's answer carries its label (the quiet period finds it by that)."""
    if item.kind == "opportunity" and item.status is not None:
        return item.status.label
    return OUTCOMES.get(item.kind, "")


def resolve(
    store: Repositories,
    item: TodayItem,
    *,
    summary: str | None = None,
    channel: E.ContactChannel | None = None,
    now: datetime | None = None,
) -> int:
    """Record the action that answers *item*; returns the new contact entry's id.

    A follow-up is answered by a 回访 entry and the original entry's follow-up marked done; the
    others by a contact entry of the matching purpose, linked to the policy or claim. Everything
    goes through the repositories, so it is validated and audit-logged in one transaction.
    """
    if item.kind not in RESOLUTIONS:
        raise ValueError(f"no one-click action for {item.kind}")
    purpose, default_channel, default_summary = RESOLUTIONS[item.kind]
    moment = (now or store.now()).replace(microsecond=0)
    claim_id = item.record_id if item.kind == "claim_waiting" else None
    with store.db.transaction():
        if item.kind == "follow_up":
            original = store.contacts.get(item.record_id)
            original.follow_up_done = True
            store.contacts.update(original)
            claim_id = original.claim_id
        entry = store.contacts.create(
            ContactEntry(
                item.customer_id,
                moment,
                channel or default_channel,
                purpose,
                summary or default_summary,
                # an opportunity's answer carries its label: the quiet period finds it by that
                outcome=item.status.label
                if item.kind == "opportunity" and item.status
                else OUTCOMES.get(item.kind, ""),
                policy_id=item.policy_id,
                claim_id=claim_id,
            )
        )
    assert entry.id is not None
    return entry.id
