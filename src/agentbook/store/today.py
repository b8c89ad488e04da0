"""The agent's day (今日): what needs doing, computed in SQL from indexed columns.

Each list is small by nature (this week's birthdays, this month's expiries), so they are
materialised as ``TodayItem``s. An item disappears when the agent records the action that
answers it — the contact entry is the proof, and it lands in the customer's timeline.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from agentbook.domain import enums as E
from agentbook.domain.models import ContactEntry
from agentbook.store.database import Database

if TYPE_CHECKING:
    from agentbook.store.api import Store

SETTINGS = {  # key: (default, meaning)
    "today_renewal_days": (90, "到期提醒提前天数（分 30/60/90 天显示）"),
    "today_payment_days": (7, "保费到期提前提醒天数"),
    "grace_days": (60, "宽限期天数（寿险保单依《保险法》第三十六条为 60 天）"),
    "today_claim_wait_days": (14, "理赔等待超过多少天提醒"),
}


@dataclass(frozen=True, slots=True)
class TodayItem:
    kind: str  # expiring | payment_due | payment_overdue | birthday | follow_up | claim_waiting
    record_id: int  # policy, payment, customer, contact or claim id, by kind
    customer_id: int
    customer_name: str
    title: str
    detail: str
    day: date | None
    days: int  # days until (negative: days past)
    urgent: bool = False


KINDS = ("payment_overdue", "payment_due", "expiring", "birthday", "follow_up", "claim_waiting")


def setting(db: Database, key: str) -> int:
    return int(db.get_setting(key, str(SETTINGS[key][0])) or SETTINGS[key][0])


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


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


LIST_LIMIT = 200  # items shown per list; the count covers all of them


class TodayLists(dict[str, list[TodayItem]]):
    """Each kind's first items (most pressing first) and, in ``counts``, how many there are in all.

    At branch scale a list can hold tens of thousands of entries (every expiring motor policy of
    a quarter); building them all took seconds, counting them takes milliseconds.
    """

    counts: dict[str, int]


UNCOUNTED = -1  # more than the items shown; the exact number is being counted


def _query(
    db: Database, columns: str, body: str, order: str, params: dict, limit: int, count: bool
) -> tuple[list[tuple], int]:
    rows = db.read(f"SELECT {columns} {body} ORDER BY {order} LIMIT :limit", {**params, "limit": limit})
    if len(rows) < limit:
        return rows, len(rows)
    return rows, int(db.read_one(f"SELECT count(*) {body}", params)[0]) if count else UNCOUNTED


def compute(db: Database, limit: int = LIST_LIMIT, *, count: bool = True) -> TodayLists:
    """The lists; with ``count=False`` a full list's count is ``UNCOUNTED`` (the UI counts later,
    off its thread: at 100,000 customers the counts take a second, the lists 50 ms)."""
    today = db.today()
    iso = today.isoformat()
    renewal = setting(db, "today_renewal_days")
    payment_days = setting(db, "today_payment_days")
    grace = setting(db, "grace_days")
    claim_wait = setting(db, "today_claim_wait_days")
    lists = TodayLists({kind: [] for kind in KINDS})
    lists.counts = {}
    recent = (today - timedelta(days=30)).isoformat()

    rows, lists.counts["expiring"] = _query(
        db,
        "p.id, c.id, c.name, p.policy_no, p.product, p.expiry_date",
        "FROM policy p JOIN customer c ON c.id = p.policyholder_id"
        " WHERE p.status = 'in_force' AND p.expiry_date BETWEEN :today AND :until"
        " AND NOT EXISTS (SELECT 1 FROM contact t WHERE t.policy_id = p.id AND t.purpose = 'follow_up'"
        "                 AND t.contacted_at >= :recent)",
        "p.expiry_date, p.id",
        {"today": iso, "until": (today + timedelta(days=renewal)).isoformat(), "recent": recent},
        limit,
        count,
    )
    for pid, cid, name, policy_no, product, expiry in rows:
        day = _day(expiry)
        left = (day - today).days
        lists["expiring"].append(
            TodayItem(
                "expiring",
                pid,
                cid,
                name,
                f"{policy_no} {product}",
                "今天到期" if left == 0 else f"{left} 天后到期",
                day,
                left,
                left <= 30,
            )
        )

    reminder = (
        "NOT EXISTS (SELECT 1 FROM contact t WHERE t.policy_id = p.id AND t.purpose = 'payment_reminder'"
        " AND t.contacted_at >= date(y.due_date, '-7 days'))"
    )
    payment_body = (
        "FROM payment y JOIN policy p ON p.id = y.policy_id JOIN customer c ON c.id = p.policyholder_id"
        f" WHERE y.status = 'due' AND y.due_date {{range}} AND p.status IN ('in_force', 'lapsed') AND {reminder}"
    )
    columns = "y.id, c.id, c.name, p.policy_no, y.period, y.due_date, y.amount_due"
    overdue, lists.counts["payment_overdue"] = _query(
        db, columns, payment_body.format(range="< :today"), "y.due_date DESC, y.id", {"today": iso}, limit, count
    )
    coming, lists.counts["payment_due"] = _query(
        db,
        columns,
        payment_body.format(range="BETWEEN :today AND :until"),
        "y.due_date, y.id",
        {"today": iso, "until": (today + timedelta(days=payment_days)).isoformat()},
        limit,
        count,
    )
    for yid, cid, name, policy_no, period, due, amount in overdue + coming:
        day = _day(due)
        left = (day - today).days
        money = f"{amount / 100:,.2f} 元"
        if left < 0:
            lapsing = -left > grace
            detail = f"已逾期 {-left} 天，{money}" + ("，已过宽限期，保单可能失效" if lapsing else "")
            lists["payment_overdue"].append(
                TodayItem("payment_overdue", yid, cid, name, f"{policy_no} 第 {period} 期", detail, day, left, lapsing)
            )
        else:
            lists["payment_due"].append(
                TodayItem(
                    "payment_due",
                    yid,
                    cid,
                    name,
                    f"{policy_no} 第 {period} 期",
                    f"{left} 天后应缴 {money}",
                    day,
                    left,
                    left == 0,
                )
            )

    keys = birthday_keys(today)
    marks = ",".join("?" * len(keys))
    for cid, name, born in db.read(
        f"SELECT c.id, c.name, c.birth_date FROM customer c WHERE c.birth_date IS NOT NULL"
        f" AND substr(c.birth_date, 6, 5) IN ({marks})"
        " AND c.kind = 'individual' AND c.lifecycle <> 'terminated'"
        " AND NOT EXISTS (SELECT 1 FROM contact t WHERE t.customer_id = c.id AND t.purpose = 'birthday'"
        "                 AND t.contacted_at >= ?)",
        [*keys, (today - timedelta(days=7)).isoformat()],
    ):
        birth = _day(born)
        assert birth is not None
        left = keys[f"{birth:%m-%d}"]
        day = today + timedelta(days=left)
        lists["birthday"].append(
            TodayItem(
                "birthday",
                cid,
                cid,
                name,
                f"{name} {day.year - birth.year} 岁生日",
                "今天" if left == 0 else f"{left} 天后",
                day,
                left,
                left == 0,
            )
        )
    lists["birthday"].sort(key=lambda i: i.days)
    lists.counts["birthday"] = len(lists["birthday"])
    del lists["birthday"][limit:]

    rows, lists.counts["follow_up"] = _query(
        db,
        "t.id, c.id, c.name, t.follow_up_date, t.summary",
        "FROM contact t JOIN customer c ON c.id = t.customer_id"
        " WHERE t.follow_up_done = 0 AND t.follow_up_date IS NOT NULL AND t.follow_up_date <= :today",
        "t.follow_up_date DESC, t.id",  # today's first, then the most recently missed
        {"today": iso},
        limit,
        count,
    )
    for tid, cid, name, follow, summary in rows:
        day = _day(follow)
        left = (day - today).days
        lists["follow_up"].append(
            TodayItem(
                "follow_up",
                tid,
                cid,
                name,
                summary,
                "今天回访" if left == 0 else f"已过期 {-left} 天",
                day,
                left,
                left < 0,
            )
        )

    rows, lists.counts["claim_waiting"] = _query(
        db,
        "k.id, c.id, c.name, k.claim_no, k.status, k.filed_date",
        "FROM claim k JOIN customer c ON c.id = k.claimant_id"
        " WHERE k.status IN ('reported', 'collecting', 'under_review', 'approved') AND k.filed_date <= :since",
        "k.filed_date, k.id",
        {"since": (today - timedelta(days=claim_wait)).isoformat()},
        limit,
        count,
    )
    for kid, cid, name, claim_no, status, filed in rows:
        day = _day(filed)
        waited = (today - day).days
        lists["claim_waiting"].append(
            TodayItem(
                "claim_waiting",
                kid,
                cid,
                name,
                claim_no,
                f"{E.ClaimStatus(status).label}，已等待 {waited} 天",
                day,
                -waited,
                waited > 2 * claim_wait,
            )
        )
    return lists


RESOLUTIONS = {  # kind → (purpose, channel, summary) of the contact entry that answers the item
    "birthday": (E.ContactPurpose.BIRTHDAY, E.ContactChannel.WECHAT, "生日祝福已发送"),
    "payment_due": (E.ContactPurpose.PAYMENT_REMINDER, E.ContactChannel.PHONE, "已提醒缴费"),
    "payment_overdue": (E.ContactPurpose.PAYMENT_REMINDER, E.ContactChannel.PHONE, "已提醒缴费（逾期）"),
    "expiring": (E.ContactPurpose.FOLLOW_UP, E.ContactChannel.PHONE, "已联系续保事宜"),
}


def counts(db: Database) -> dict[str, int]:
    """Only the numbers (the lists' first row each, then exact counts)."""
    return compute(db, limit=1, count=True).counts


def resolve(store: Store, item: TodayItem, now: datetime | None = None) -> None:
    """Record the action that answers *item* (audit-logged through the repositories)."""
    now = (now or datetime.now()).replace(microsecond=0)
    if item.kind == "follow_up":
        entry = store.contacts.get(item.record_id)
        entry.follow_up_done = True
        store.contacts.update(entry)
        return
    purpose, channel, summary = RESOLUTIONS[item.kind]
    policy_id = None
    if item.kind in ("payment_due", "payment_overdue"):
        policy_id = store.payments.get(item.record_id).policy_id
    elif item.kind == "expiring":
        policy_id = item.record_id
    store.contacts.create(
        ContactEntry(
            item.customer_id,
            now,
            channel,
            purpose,
            summary,
            policy_id=policy_id,
        )
    )
