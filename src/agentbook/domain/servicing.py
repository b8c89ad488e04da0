"""保全: the changes made to a policy after issue, each an application with a status and materials.

A beneficiary or policyholder change, a new address or payment account, a policy loan and its
repayment, reinstatement, a rider added or removed, surrender — the insurer does the change; the
agent's record says what was applied for, when, with which papers, and how it ended, so the
customer's file answers "what happened to this policy" years later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from agentbook.domain.enums import LabeledEnum
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.validation import FieldError, check_money


class ServiceKind(LabeledEnum):
    BENEFICIARY = "beneficiary", QT_TRANSLATE_NOOP("enum", "变更受益人")
    POLICYHOLDER = "policyholder", QT_TRANSLATE_NOOP("enum", "变更投保人")
    ADDRESS = "address", QT_TRANSLATE_NOOP("enum", "变更地址/联系方式")
    ACCOUNT = "account", QT_TRANSLATE_NOOP("enum", "变更缴费账户")
    LOAN = "loan", QT_TRANSLATE_NOOP("enum", "保单贷款")
    REPAYMENT = "repayment", QT_TRANSLATE_NOOP("enum", "贷款还款")
    REINSTATEMENT = "reinstatement", QT_TRANSLATE_NOOP("enum", "保单复效")
    RIDER_ADDED = "rider_added", QT_TRANSLATE_NOOP("enum", "增加附加险")
    RIDER_REMOVED = "rider_removed", QT_TRANSLATE_NOOP("enum", "删除附加险")
    SURRENDER = "surrender", QT_TRANSLATE_NOOP("enum", "退保")

    @property
    def has_amount(self) -> bool:
        """Money changes hands: the loan, its repayment, the surrender value."""
        return self in (ServiceKind.LOAN, ServiceKind.REPAYMENT, ServiceKind.SURRENDER)


class ServiceStatus(LabeledEnum):
    APPLIED = "applied", QT_TRANSLATE_NOOP("enum", "已申请")
    COLLECTING = "collecting", QT_TRANSLATE_NOOP("enum", "材料收集")
    SUBMITTED = "submitted", QT_TRANSLATE_NOOP("enum", "已递交")
    DONE = "done", QT_TRANSLATE_NOOP("enum", "已办结")
    REJECTED = "rejected", QT_TRANSLATE_NOOP("enum", "未通过")
    WITHDRAWN = "withdrawn", QT_TRANSLATE_NOOP("enum", "已撤回")

    @property
    def is_open(self) -> bool:
        return self in (ServiceStatus.APPLIED, ServiceStatus.COLLECTING, ServiceStatus.SUBMITTED)


# The papers each change usually needs, offered when a request is opened.
MATERIALS: dict[ServiceKind, tuple[str, ...]] = {
    ServiceKind.BENEFICIARY: ("保全申请书", "投保人身份证件", "被保险人同意书", "新受益人身份证件", "关系证明"),
    ServiceKind.POLICYHOLDER: ("保全申请书", "原投保人身份证件", "新投保人身份证件", "被保险人同意书"),
    ServiceKind.ADDRESS: ("保全申请书", "投保人身份证件"),
    ServiceKind.ACCOUNT: ("保全申请书", "投保人身份证件", "新银行卡"),
    ServiceKind.LOAN: ("保单借款申请书", "投保人身份证件", "银行卡"),
    ServiceKind.REPAYMENT: ("还款凭证",),
    ServiceKind.REINSTATEMENT: ("复效申请书", "健康告知书", "补缴保费凭证"),
    ServiceKind.RIDER_ADDED: ("保全申请书", "健康告知书"),
    ServiceKind.RIDER_REMOVED: ("保全申请书",),
    ServiceKind.SURRENDER: ("退保申请书", "保险合同", "投保人身份证件", "银行卡"),
}


@dataclass(slots=True)
class ServiceRequest:
    policy_id: int
    kind: ServiceKind
    applied_on: date
    status: ServiceStatus = ServiceStatus.APPLIED
    materials: str = ""  # one paper a line; a line starting with ✓ has been received
    amount: Decimal | None = None
    done_on: date | None = None
    remarks: str = ""
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


def default_materials(kind: ServiceKind) -> str:
    return "\n".join(MATERIALS.get(kind, ()))


def validate_service(request: ServiceRequest, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if request.applied_on > today:
        errors.append(FieldError("applied_on", QT_TRANSLATE_NOOP("validation", "申请日期不能晚于今天")))
    if request.status in (ServiceStatus.DONE, ServiceStatus.REJECTED) and request.done_on is None:
        errors.append(FieldError("done_on", QT_TRANSLATE_NOOP("validation", "请填写办结日期")))
    if request.done_on is not None and request.done_on < request.applied_on:
        errors.append(FieldError("done_on", QT_TRANSLATE_NOOP("validation", "办结日期不能早于申请日期")))
    if request.amount is not None and not request.kind.has_amount:
        errors.append(FieldError("amount", QT_TRANSLATE_NOOP("validation", "只有保单贷款、还款和退保填写金额")))
    errors += check_money(request.amount, "amount")
    return errors
