"""The complaints register (投诉登记): what a customer complained about and how it was handled.

China's rules for insurers' consumer complaints (《银行保险机构消费投诉处理管理办法》) ask for a
decision within 15 days of receipt, a reply to the complainant and a record of the whole
handling; the register keeps exactly those facts. Whether a complaint is open or overdue is
derived from its deadline and closing time, never stored, so it cannot go stale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from agentbook.domain.enums import LabeledEnum
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.validation import FieldError


class ComplaintChannel(LabeledEnum):
    PHONE = "phone", QT_TRANSLATE_NOOP("enum", "电话")
    VISIT = "visit", QT_TRANSLATE_NOOP("enum", "来访")
    WECHAT = "wechat", QT_TRANSLATE_NOOP("enum", "微信")
    LETTER = "letter", QT_TRANSLATE_NOOP("enum", "信函")
    EMAIL = "email", QT_TRANSLATE_NOOP("enum", "邮件")
    INSURER = "insurer", QT_TRANSLATE_NOOP("enum", "保险公司转办")
    REGULATOR = "regulator", QT_TRANSLATE_NOOP("enum", "监管转办")


class Satisfaction(LabeledEnum):
    SATISFIED = "satisfied", QT_TRANSLATE_NOOP("enum", "满意")
    PARTLY = "partly", QT_TRANSLATE_NOOP("enum", "基本满意")
    UNSATISFIED = "unsatisfied", QT_TRANSLATE_NOOP("enum", "不满意")


class ComplaintState(LabeledEnum):
    """Derived, for lists and filters: open, open past its deadline, closed."""

    OPEN = "open", QT_TRANSLATE_NOOP("enum", "处理中")
    OVERDUE = "overdue", QT_TRANSLATE_NOOP("enum", "已超期")
    CLOSED = "closed", QT_TRANSLATE_NOOP("enum", "已办结")


@dataclass(slots=True)
class Complaint:
    customer_id: int
    received_at: datetime
    channel: ComplaintChannel
    content: str
    deadline: date
    complainant: str = ""  # who complained, when not the customer (a relative, a lawyer)
    complaint_no: str = ""
    policy_id: int | None = None
    claim_id: int | None = None
    handler: str = ""
    investigation: str = ""
    resolution: str = ""
    feedback: str = ""  # what the complainant was told
    satisfaction: Satisfaction | None = None
    closed_at: datetime | None = None
    contact_id: int | None = None  # the entry in the customer's contact timeline
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def state_on(self, today: date) -> ComplaintState:
        if self.closed_at is not None:
            return ComplaintState.CLOSED
        return ComplaintState.OVERDUE if self.deadline < today else ComplaintState.OPEN

    def days_to_close(self) -> int | None:
        if self.closed_at is None:
            return None
        return (self.closed_at.date() - self.received_at.date()).days


def validate_complaint(complaint: Complaint, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if not complaint.customer_id:
        errors.append(FieldError("customer_id", QT_TRANSLATE_NOOP("validation", "请选择客户")))
    if not complaint.content.strip():
        errors.append(FieldError("content", QT_TRANSLATE_NOOP("validation", "请填写投诉内容")))
    if complaint.received_at.date() > today:
        errors.append(FieldError("received_at", QT_TRANSLATE_NOOP("validation", "受理时间不能晚于今天")))
    if complaint.deadline < complaint.received_at.date():
        errors.append(FieldError("deadline", QT_TRANSLATE_NOOP("validation", "处理时限不能早于受理日期")))
    if complaint.closed_at is not None:
        if complaint.closed_at < complaint.received_at:
            errors.append(FieldError("closed_at", QT_TRANSLATE_NOOP("validation", "办结时间不能早于受理时间")))
        if not complaint.resolution.strip():
            errors.append(FieldError("resolution", QT_TRANSLATE_NOOP("validation", "办结前请填写处理结果")))
        if not complaint.feedback.strip():
            errors.append(FieldError("feedback", QT_TRANSLATE_NOOP("validation", "办结前请填写向客户反馈的内容")))
    elif complaint.satisfaction is not None:
        errors.append(FieldError("satisfaction", QT_TRANSLATE_NOOP("validation", "办结后才能记录满意度")))
    return errors
