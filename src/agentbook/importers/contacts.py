"""The contact log entry an imported row makes: its purpose and its follow-up.

Sheets say 后续跟进 in three ways: a date (the next visit), a yes/no (是 = someone must follow this
up, 已完成 = it was), or a to-do text. A yes/no is a follow-up, not an outcome: 是 puts the entry
on the Today list from the contact's day (or from today, for a contact in the past: an old open
follow-up is due now, not years overdue), 已完成 records one that was done, 否 none.

Without a 沟通目的 column every entry used to become 回访; the purpose is now read from the words
of the summary, and only a summary that names none is a 回访, the commonest visit.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from agentbook.domain import enums as E
from agentbook.domain.models import ContactEntry
from agentbook.importers.values import normalise_word


class FollowUp(StrEnum):
    """A yes/no 后续跟进 cell."""

    PENDING = "pending"
    DONE = "done"
    NONE = "none"


_FOLLOW_UP_WORDS = {
    **dict.fromkeys(("是", "需要", "要", "需跟进", "待跟进", "未完成", "y", "yes", "true", "√", "✓"), FollowUp.PENDING),
    **dict.fromkeys(("已完成", "完成", "已跟进", "done"), FollowUp.DONE),
    **dict.fromkeys(("否", "不需要", "无需", "不用", "n", "no", "false", "×"), FollowUp.NONE),
}

# Words of a summary and the purpose they name, the more specific first (投诉 before 理赔 …).
PURPOSE_WORDS: tuple[tuple[str, E.ContactPurpose], ...] = (
    ("投诉", E.ContactPurpose.COMPLAINT),
    ("不满", E.ContactPurpose.COMPLAINT),
    ("理赔", E.ContactPurpose.CLAIM_PROGRESS),
    ("报案", E.ContactPurpose.CLAIM_PROGRESS),
    ("赔付", E.ContactPurpose.CLAIM_PROGRESS),
    ("生日", E.ContactPurpose.BIRTHDAY),
    ("春节", E.ContactPurpose.HOLIDAY),
    ("中秋", E.ContactPurpose.HOLIDAY),
    ("端午", E.ContactPurpose.HOLIDAY),
    ("国庆", E.ContactPurpose.HOLIDAY),
    ("元旦", E.ContactPurpose.HOLIDAY),
    ("新年", E.ContactPurpose.HOLIDAY),
    ("节日", E.ContactPurpose.HOLIDAY),
    ("续保", E.ContactPurpose.RENEWAL),
    ("到期", E.ContactPurpose.RENEWAL),
    ("缴费", E.ContactPurpose.PAYMENT_REMINDER),
    ("交费", E.ContactPurpose.PAYMENT_REMINDER),
    ("续期", E.ContactPurpose.PAYMENT_REMINDER),
    ("扣款", E.ContactPurpose.PAYMENT_REMINDER),
    ("咨询", E.ContactPurpose.INQUIRY),
    ("询问", E.ContactPurpose.INQUIRY),
    ("了解", E.ContactPurpose.INQUIRY),
    ("回访", E.ContactPurpose.FOLLOW_UP),
)


def follow_up_word(value: Any) -> FollowUp | None:
    """The yes/no a 后续跟进 cell says, or None when it says something else."""
    return _FOLLOW_UP_WORDS.get(normalise_word(str(value))) if isinstance(value, str | bool) else None


def purpose_from_summary(summary: str) -> E.ContactPurpose | None:
    return next((purpose for word, purpose in PURPOSE_WORDS if word in summary), None)


def build_contact(values: dict[str, Any], today: date) -> ContactEntry:
    """The entry for one row that has a 沟通内容 and a 沟通日期."""
    moment: datetime = values["contact_date"]
    summary: str = values["contact_summary"]
    purpose = values.get("contact_purpose") or purpose_from_summary(summary) or E.ContactPurpose.FOLLOW_UP
    entry = ContactEntry(
        customer_id=0,
        contacted_at=moment,
        channel=values.get("contact_channel") or E.ContactChannel.PHONE,
        purpose=purpose,
        summary=summary,
    )
    follow = values.get("follow_up")
    if isinstance(follow, FollowUp):  # before str: the marker is a StrEnum
        if follow is FollowUp.PENDING:
            entry.follow_up_date = max(moment.date(), today)
        elif follow is FollowUp.DONE:
            entry.follow_up_date, entry.follow_up_done = moment.date(), True
    elif isinstance(follow, date):
        entry.follow_up_date = follow
    elif isinstance(follow, str):
        entry.outcome = follow  # a to-do text
    return entry
