"""Coded enumerations of the domain: stable English codes in the database, Chinese labels on screen.

Each member's value is the code stored in the database; ``.label`` is the Simplified Chinese
source text, translated by the UI through the ``enum`` context.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self, cast

from agentbook.domain.i18n import QT_TRANSLATE_NOOP


class LabeledEnum(StrEnum):
    """A string enum whose members carry a display label next to their stored code."""

    label: str

    def __new__(cls, code: str, label: str = "") -> Self:
        member = str.__new__(cls, code)
        member._value_ = code
        member.label = label
        return member

    def __str__(self) -> str:
        return self.value

    @classmethod
    def from_code(cls, code: str | None) -> Self | None:
        """The member for *code*, or None for an empty code; raise ValueError for an unknown one."""
        if code is None or code == "":
            return None
        return cls(code)

    @classmethod
    def from_label(cls, label: str) -> Self | None:
        """The member whose Chinese label (or code) is *label*; used by importers."""
        return cast("Self | None", _by_label(cls).get(label.strip()))


# Each coded enumeration's members by label and by code, the first member to have one winning:
# an import asks for every coded cell of its sheet.
_LABELS: dict[type[LabeledEnum], dict[str, LabeledEnum]] = {}


def _by_label(cls: type[LabeledEnum]) -> dict[str, LabeledEnum]:
    found = _LABELS.get(cls)
    if found is None:
        found = {}
        for member in cls:
            found.setdefault(member.label, member)
            found.setdefault(member.value, member)
        _LABELS[cls] = found
    return found


class CustomerKind(LabeledEnum):
    INDIVIDUAL = "individual", QT_TRANSLATE_NOOP("enum", "个人")
    FAMILY = "family", QT_TRANSLATE_NOOP("enum", "家庭")
    ENTERPRISE = "enterprise", QT_TRANSLATE_NOOP("enum", "企业")


class Lifecycle(LabeledEnum):
    PROSPECT = "prospect", QT_TRANSLATE_NOOP("enum", "潜在")
    ACTIVE = "active", QT_TRANSLATE_NOOP("enum", "现有")
    TERMINATED = "terminated", QT_TRANSLATE_NOOP("enum", "已终止")


class Gender(LabeledEnum):
    MALE = "male", QT_TRANSLATE_NOOP("enum", "男")
    FEMALE = "female", QT_TRANSLATE_NOOP("enum", "女")


class RiskLevel(LabeledEnum):
    LOW = "low", QT_TRANSLATE_NOOP("enum", "低")
    MEDIUM = "medium", QT_TRANSLATE_NOOP("enum", "中")
    HIGH = "high", QT_TRANSLATE_NOOP("enum", "高")


class ValueTier(LabeledEnum):
    HIGH = "high", QT_TRANSLATE_NOOP("enum", "高价值")
    MEDIUM = "medium", QT_TRANSLATE_NOOP("enum", "中价值")
    LOW = "low", QT_TRANSLATE_NOOP("enum", "低价值")


class IdType(LabeledEnum):
    RESIDENT_ID = "resident_id", QT_TRANSLATE_NOOP("enum", "居民身份证")
    PASSPORT = "passport", QT_TRANSLATE_NOOP("enum", "护照")
    HK_MACAU_PERMIT = "hk_macau_permit", QT_TRANSLATE_NOOP("enum", "港澳居民来往内地通行证")
    TAIWAN_PERMIT = "taiwan_permit", QT_TRANSLATE_NOOP("enum", "台湾居民来往大陆通行证")
    FOREIGN_PERMANENT = "foreign_permanent", QT_TRANSLATE_NOOP("enum", "外国人永久居留身份证")
    USCC = "uscc", QT_TRANSLATE_NOOP("enum", "统一社会信用代码")
    OTHER = "other", QT_TRANSLATE_NOOP("enum", "其他证件")


class ProtectionPreference(LabeledEnum):
    PROTECTION = "protection", QT_TRANSLATE_NOOP("enum", "保障型")
    BALANCED = "balanced", QT_TRANSLATE_NOOP("enum", "均衡型")
    INVESTMENT = "investment", QT_TRANSLATE_NOOP("enum", "投资型")


class RiskTolerance(LabeledEnum):
    CONSERVATIVE = "conservative", QT_TRANSLATE_NOOP("enum", "保守")
    STEADY = "steady", QT_TRANSLATE_NOOP("enum", "稳健")
    AGGRESSIVE = "aggressive", QT_TRANSLATE_NOOP("enum", "进取")


class RelationKind(LabeledEnum):
    SPOUSE = "spouse", QT_TRANSLATE_NOOP("enum", "配偶")
    CHILD = "child", QT_TRANSLATE_NOOP("enum", "子女")
    PARENT = "parent", QT_TRANSLATE_NOOP("enum", "父母")
    SIBLING = "sibling", QT_TRANSLATE_NOOP("enum", "兄弟姐妹")
    GRANDPARENT = "grandparent", QT_TRANSLATE_NOOP("enum", "祖父母")
    GRANDCHILD = "grandchild", QT_TRANSLATE_NOOP("enum", "孙子女")
    EMPLOYEE = "employee", QT_TRANSLATE_NOOP("enum", "员工")
    EMPLOYER = "employer", QT_TRANSLATE_NOOP("enum", "雇主")
    MEMBER = "member", QT_TRANSLATE_NOOP("enum", "家庭成员")
    SELF = "self", QT_TRANSLATE_NOOP("enum", "本人")
    OTHER = "other", QT_TRANSLATE_NOOP("enum", "其他")

    @property
    def inverse(self) -> RelationKind:
        """The relation seen from the other side (A is B's parent ⇔ B is A's child)."""
        return _RELATION_INVERSE.get(self, self)


_RELATION_INVERSE = {
    RelationKind.CHILD: RelationKind.PARENT,
    RelationKind.PARENT: RelationKind.CHILD,
    RelationKind.GRANDPARENT: RelationKind.GRANDCHILD,
    RelationKind.GRANDCHILD: RelationKind.GRANDPARENT,
    RelationKind.EMPLOYEE: RelationKind.EMPLOYER,
    RelationKind.EMPLOYER: RelationKind.EMPLOYEE,
}


class BusinessLine(LabeledEnum):
    LIFE = "life", QT_TRANSLATE_NOOP("enum", "寿险")
    HEALTH = "health", QT_TRANSLATE_NOOP("enum", "健康险")
    ACCIDENT = "accident", QT_TRANSLATE_NOOP("enum", "意外险")
    PROPERTY = "property", QT_TRANSLATE_NOOP("enum", "财产险")
    AUTO = "auto", QT_TRANSLATE_NOOP("enum", "车险")
    ANNUITY = "annuity", QT_TRANSLATE_NOOP("enum", "年金")


class PaymentMode(LabeledEnum):
    SINGLE = "single", QT_TRANSLATE_NOOP("enum", "趸交")
    ANNUAL = "annual", QT_TRANSLATE_NOOP("enum", "年交")
    SEMIANNUAL = "semiannual", QT_TRANSLATE_NOOP("enum", "半年交")
    QUARTERLY = "quarterly", QT_TRANSLATE_NOOP("enum", "季交")
    MONTHLY = "monthly", QT_TRANSLATE_NOOP("enum", "月交")

    @property
    def periods_per_year(self) -> int:
        """Instalments a year; 0 for a single premium."""
        return {"single": 0, "annual": 1, "semiannual": 2, "quarterly": 4, "monthly": 12}[self.value]


class PolicyStatus(LabeledEnum):
    PENDING = "pending", QT_TRANSLATE_NOOP("enum", "待生效")
    IN_FORCE = "in_force", QT_TRANSLATE_NOOP("enum", "生效")
    LAPSED = "lapsed", QT_TRANSLATE_NOOP("enum", "失效")
    CLAIMED = "claimed", QT_TRANSLATE_NOOP("enum", "已理赔")
    SURRENDERED = "surrendered", QT_TRANSLATE_NOOP("enum", "退保")
    MATURED = "matured", QT_TRANSLATE_NOOP("enum", "满期")
    TERMINATED = "terminated", QT_TRANSLATE_NOOP("enum", "终止")


class PaymentStatus(LabeledEnum):
    DUE = "due", QT_TRANSLATE_NOOP("enum", "待缴")
    PAID = "paid", QT_TRANSLATE_NOOP("enum", "已缴")
    OVERDUE = "overdue", QT_TRANSLATE_NOOP("enum", "逾期")
    WAIVED = "waived", QT_TRANSLATE_NOOP("enum", "豁免")


class PaymentMethod(LabeledEnum):
    BANK_DEBIT = "bank_debit", QT_TRANSLATE_NOOP("enum", "银行代扣")
    TRANSFER = "transfer", QT_TRANSLATE_NOOP("enum", "转账")
    CARD = "card", QT_TRANSLATE_NOOP("enum", "刷卡")
    WECHAT = "wechat", QT_TRANSLATE_NOOP("enum", "微信支付")
    ALIPAY = "alipay", QT_TRANSLATE_NOOP("enum", "支付宝")
    CASH = "cash", QT_TRANSLATE_NOOP("enum", "现金")


class ClaimStatus(LabeledEnum):
    REPORTED = "reported", QT_TRANSLATE_NOOP("enum", "已报案")
    COLLECTING = "collecting", QT_TRANSLATE_NOOP("enum", "材料收集")
    UNDER_REVIEW = "under_review", QT_TRANSLATE_NOOP("enum", "待审核")
    APPROVED = "approved", QT_TRANSLATE_NOOP("enum", "审核通过")
    REJECTED = "rejected", QT_TRANSLATE_NOOP("enum", "已拒绝")
    PAID = "paid", QT_TRANSLATE_NOOP("enum", "已赔付")
    CLOSED = "closed", QT_TRANSLATE_NOOP("enum", "已结案")

    @property
    def is_open(self) -> bool:
        """Still waiting on someone: the agent's Today view counts these."""
        return self in (ClaimStatus.REPORTED, ClaimStatus.COLLECTING, ClaimStatus.UNDER_REVIEW, ClaimStatus.APPROVED)


class ContactChannel(LabeledEnum):
    PHONE = "phone", QT_TRANSLATE_NOOP("enum", "电话")
    MEETING = "meeting", QT_TRANSLATE_NOOP("enum", "面谈")
    WECHAT = "wechat", QT_TRANSLATE_NOOP("enum", "微信")
    SMS = "sms", QT_TRANSLATE_NOOP("enum", "短信")
    EMAIL = "email", QT_TRANSLATE_NOOP("enum", "邮件")


class ContactPurpose(LabeledEnum):
    FOLLOW_UP = "follow_up", QT_TRANSLATE_NOOP("enum", "回访")
    INQUIRY = "inquiry", QT_TRANSLATE_NOOP("enum", "咨询")
    COMPLAINT = "complaint", QT_TRANSLATE_NOOP("enum", "投诉")
    BIRTHDAY = "birthday", QT_TRANSLATE_NOOP("enum", "生日祝福")
    HOLIDAY = "holiday", QT_TRANSLATE_NOOP("enum", "节日问候")
    PAYMENT_REMINDER = "payment_reminder", QT_TRANSLATE_NOOP("enum", "缴费提醒")
    CLAIM_PROGRESS = "claim_progress", QT_TRANSLATE_NOOP("enum", "理赔进度")
    RENEWAL = "renewal", QT_TRANSLATE_NOOP("enum", "续保提醒")
    CALLBACK = "callback", QT_TRANSLATE_NOOP("enum", "新单回访")
    OPPORTUNITY = "opportunity", QT_TRANSLATE_NOOP("enum", "商机跟进")


class CoverKind(LabeledEnum):
    DEATH = "death", QT_TRANSLATE_NOOP("enum", "身故/寿险")
    CRITICAL_ILLNESS = "critical_illness", QT_TRANSLATE_NOOP("enum", "重疾")
    MEDICAL = "medical", QT_TRANSLATE_NOOP("enum", "医疗")
    ACCIDENT = "accident", QT_TRANSLATE_NOOP("enum", "意外")
    ANNUITY = "annuity", QT_TRANSLATE_NOOP("enum", "年金/养老/教育金")
    PROPERTY = "property", QT_TRANSLATE_NOOP("enum", "财产")
    MOTOR = "motor", QT_TRANSLATE_NOOP("enum", "车险")

    @property
    def indemnity(self) -> bool:
        """Pays the loss, not a fixed sum: a second cover of the same loss pays nothing more."""
        return self in (CoverKind.MEDICAL, CoverKind.PROPERTY, CoverKind.MOTOR)
