"""The Today view's items and report: what each list holds, in data only (dates, amounts,
numbers, stored text) — the UI words them in the user's language — and the base every list's
queries stand on (the clock, the settings, paging by index)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from agentbook.domain.enums import LabeledEnum
from agentbook.store.db.database import Database
from agentbook.store.settings import Settings

# In the order the view shows them: what costs the customer their cover comes first.
KINDS = (
    "lapse_warning",  # an instalment unpaid past the grace period, policy still shown in force
    "reinstatement",  # lapsed policies still within their two years of reinstatement (复效期)
    "payment_overdue",  # unpaid past its due date, within the grace period
    "payment_due",  # due within the next days
    "expiring",  # in force, expiring within the renewal windows, not renewed
    "callback",  # new policies in their hesitation period (犹豫期) without a 新单回访 yet
    "complaint",  # open complaints near or past their deadline
    "claim_waiting",  # open claims filed longer ago than the waiting limit
    "follow_up",  # follow-up visits due, overdue or coming up
    "opportunity",  # a family event, a gap in cover, a payout: a reason to call (商机)
    "birthday",  # birthdays in the coming days
    "loan_overdue",  # paper files lent out and not back in time (needs the loan register)
)
LIST_LIMIT = 200  # items materialised per list; the count covers all of them


@dataclass(frozen=True, slots=True)
class TodayItem:
    kind: str
    record_id: int  # payment, policy, customer, contact, claim, complaint or loan id, by kind
    customer_id: int
    customer_name: str
    day: date | None  # the date the item is about: due, expiry, birthday, follow-up, filed, deadline
    days: int  # day − today: negative when past
    reference: str = ""  # policy, claim or complaint number
    label: str = ""  # product, follow-up note or complaint text, as stored
    amount: Decimal | None = None
    count: int = 1  # unpaid instalments behind an overdue item
    period: int | None = None
    status: LabeledEnum | None = None
    age: int | None = None  # the age a birthday turns
    policy_id: int | None = None
    urgent: bool = False
    grace_days: int | None = None  # an overdue instalment's policy's own grace period, when it has one


@dataclass(slots=True)
class TodayReport:
    today: date
    items: dict[str, list[TodayItem]]
    counts: dict[str, int]
    renewal_windows: tuple[int, ...]
    renewal_counts: dict[int, int]  # window in days → policies expiring within it
    grace_days: int
    payment_days: int
    hesitation_days: int
    claim_wait_days: int
    available: frozenset[str] = field(default_factory=frozenset)
    elapsed_ms: float = 0.0

    def __getitem__(self, kind: str) -> list[TodayItem]:
        return self.items[kind]

    def total(self) -> int:
        return sum(n for n in self.counts.values() if n > 0)


def birthday_keys(today: date, days: int = 7) -> dict[str, int]:
    """MM-DD → days from today for the coming *days*; 29 February counts as 28 February in
    common years, so those customers are greeted too."""
    keys: dict[str, int] = {}
    for n in range(days):
        day = today + timedelta(days=n)
        keys[f"{day:%m-%d}"] = n
        if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
            keys["02-29"] = n
    return keys


def day_of(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def iso(day: date) -> str:
    return day.isoformat()


class ListsBase:
    """One computation's clock, settings and paging; the lists themselves are its subclasses' methods."""

    def __init__(self, db: Database, limit: int) -> None:
        self.db = db
        self.limit = limit
        self.today = db.today()
        settings = Settings(db)
        self.windows: tuple[int, ...] = settings.get("today_renewal_windows")
        # Reminder points: days before a due date and days into arrears (ascending).
        self.remind_before: tuple[int, ...] = tuple(sorted(settings.get("reminder_days_before")))
        self.remind_late: tuple[int, ...] = tuple(sorted(settings.get("reminder_days_late")))
        self.payment_days = max(self.remind_before)  # how far ahead the due list looks
        self.grace: int = settings.get("grace_days")
        self.birthday_days: int = settings.get("today_birthday_days")
        self.follow_up_days: int = settings.get("today_follow_up_days")
        self.claim_wait: int = settings.get("today_claim_wait_days")
        self.complaint_warn: int = settings.get("today_complaint_warn_days")
        self.repeat_since = iso(self.today - timedelta(days=settings.get("today_repeat_days")))
        self.hesitation: int = settings.get("hesitation_days")

    def page(self, alias: str, body: str, order: str, params: dict[Any, Any], details: str) -> list[tuple[Any, ...]]:
        """The first *limit* rows of a list in its order: ranked on the indexes alone, then the
        details of just those rows by primary key (*details* ends in ``IN ({ids})``). Joining the
        names before sorting made SQLite read a table row for every listed record — thousands
        at branch scale — to show two hundred."""
        ranked = self.db.read(
            f"SELECT {alias}.id {body} ORDER BY {order} LIMIT :limit", {**params, "limit": self.limit}
        )
        ids = [r[0] for r in ranked]
        if not ids:
            return []
        rows = {r[0]: r for r in self.db.read(details.format(ids=",".join("?" * len(ids))), ids)}
        # On a branch the details may name a party the person may not see (a policy of their
        # insured customer held by a colleague's customer): such a row is not theirs to list.
        return [rows[i] for i in ids if i in rows]
