"""Field-level validation of every record, before anything reaches the database.

Each check returns ``FieldError``s naming the field, so a dialog can show the message next to
the right input. Messages are Chinese source text in the ``validation`` translation context.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from agentbook.domain.enums import ClaimStatus, CustomerKind, IdType, Lifecycle, PaymentStatus
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.idnumbers import IdNumberError, parse_resident_id, parse_uscc
from agentbook.domain.models import Beneficiary, Claim, ContactEntry, Customer, Payment, Policy, Relationship
from agentbook.domain.phones import check as check_number
from agentbook.domain.regions import region_warning

_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
MAX_MONEY = Decimal("100000000000")  # 1,000 亿: beyond any real policy; catches typos


@dataclass(frozen=True, slots=True)
class FieldError:
    """``message`` is untranslated source text with ``{name}`` placeholders filled from ``params``
    after translation, so the UI can look the template up in its catalogue."""

    field: str
    message: str
    params: tuple[tuple[str, str], ...] = ()

    def text(self, translate: Callable[[str], str] = lambda s: s) -> str:
        return translate(self.message).format(**dict(self.params)) if self.params else translate(self.message)


class ValidationError(ValueError):
    """A record was refused; ``errors`` says which fields and why."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.text()}" for e in errors))
        self.errors = errors

    def text(self, translate: Callable[[str, str], str] = lambda _c, s: s) -> str:
        """Every refusal in the user's language, one per line (messages are in ``validation``)."""
        return "\n".join(e.text(lambda s: translate("validation", s)) for e in self.errors)

    def for_field(self, name: str) -> list[str]:
        return [e.text() for e in self.errors if e.field == name]


def raise_if_invalid(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


def check_mobile(value: str, field: str = "mobile") -> list[FieldError]:
    """A mobile number in any form ``domain/phones.py`` reads; landlines belong in their own field."""
    message = check_number(value, mobile=True)
    return [FieldError(field, message)] if message else []


def check_phone(value: str, field: str = "phone") -> list[FieldError]:
    """Any dialable number (landline, service number, or a second mobile), with an extension."""
    message = check_number(value, mobile=False)
    return [FieldError(field, message)] if message else []


def customer_warnings(customer: Customer, today: date) -> list[FieldError]:
    """What looks wrong but may be right, so the agent is told and the record still saved: a
    resident ID whose region code GB/T 2260 does not know, or knew only before the holder's birth
    (the table may lag a new county, and a card in hand beats a table)."""
    warnings: list[FieldError] = []
    if customer.id_type is IdType.RESIDENT_ID and customer.id_number:
        try:
            parsed = parse_resident_id(customer.id_number, today)
        except IdNumberError:
            parsed = None  # refused by validation already, with its own message
        if parsed is not None:
            found = region_warning(parsed.region, parsed.birth_date.year)
            if found:
                warnings.append(FieldError("id_number", found[0], found[1]))
    return warnings


def check_email(value: str, field: str = "email") -> list[FieldError]:
    if value and not _EMAIL.match(value):
        return [FieldError(field, QT_TRANSLATE_NOOP("validation", "电子邮箱格式不正确"))]
    return []


def check_money(value: Decimal | None, field: str, *, required: bool = False) -> list[FieldError]:
    if value is None:
        return [FieldError(field, QT_TRANSLATE_NOOP("validation", "请填写金额"))] if required else []
    if not isinstance(value, Decimal):
        return [FieldError(field, QT_TRANSLATE_NOOP("validation", "金额必须是精确的十进制数"))]
    if value < 0:
        return [FieldError(field, QT_TRANSLATE_NOOP("validation", "金额不能为负数"))]
    if value > MAX_MONEY:
        return [FieldError(field, QT_TRANSLATE_NOOP("validation", "金额过大，请核对"))]
    if value != value.quantize(Decimal("0.01")):
        return [FieldError(field, QT_TRANSLATE_NOOP("validation", "金额最多保留两位小数"))]
    return []


def validate_customer(customer: Customer, today: date) -> list[FieldError]:
    """Rules by customer kind: a person has a gender and an ID, a firm a credit code."""
    errors: list[FieldError] = []
    name = customer.name.strip()
    if not name:
        errors.append(FieldError("name", QT_TRANSLATE_NOOP("validation", "请填写姓名或名称")))
    elif len(name) > 100:
        errors.append(FieldError("name", QT_TRANSLATE_NOOP("validation", "名称过长（最多 100 字）")))

    kind = customer.kind
    if kind is CustomerKind.ENTERPRISE:
        if customer.gender is not None:
            errors.append(FieldError("gender", QT_TRANSLATE_NOOP("validation", "企业客户没有性别")))
        if customer.birth_date is not None:
            errors.append(FieldError("birth_date", QT_TRANSLATE_NOOP("validation", "企业客户没有出生日期")))
        if customer.id_type not in (None, IdType.USCC):
            errors.append(FieldError("id_type", QT_TRANSLATE_NOOP("validation", "企业客户的证件应为统一社会信用代码")))
        if not customer.id_number:
            errors.append(FieldError("id_number", QT_TRANSLATE_NOOP("validation", "请填写统一社会信用代码")))
        else:
            errors += _check_id_number(IdType.USCC, customer.id_number, today)
    elif kind is CustomerKind.FAMILY:
        if customer.gender is not None:
            errors.append(FieldError("gender", QT_TRANSLATE_NOOP("validation", "家庭客户没有性别")))
        if customer.id_number:
            errors.append(
                FieldError("id_number", QT_TRANSLATE_NOOP("validation", "家庭客户不填证件号，请在家庭成员的档案中填写"))
            )
    else:
        errors += _check_individual(customer, today)

    if not (customer.mobile or customer.phone or customer.wechat or customer.email):
        errors.append(FieldError("mobile", QT_TRANSLATE_NOOP("validation", "请至少填写一种联系方式")))
    errors += check_mobile(customer.mobile)
    errors += check_phone(customer.phone)
    errors += check_email(customer.email)
    errors += check_money(customer.annual_income, "annual_income")
    if customer.retention_until and customer.lifecycle is not Lifecycle.TERMINATED:
        errors.append(FieldError("retention_until", QT_TRANSLATE_NOOP("validation", "只有已终止的客户才有保管期限")))
    if customer.consent_date and customer.consent_date > today:
        errors.append(FieldError("consent_date", QT_TRANSLATE_NOOP("validation", "同意日期不能晚于今天")))
    return errors


def _check_individual(customer: Customer, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if customer.id_type is IdType.USCC:
        errors.append(FieldError("id_type", QT_TRANSLATE_NOOP("validation", "个人客户不能使用统一社会信用代码")))
    if customer.id_number:
        if customer.id_type is None:
            errors.append(FieldError("id_type", QT_TRANSLATE_NOOP("validation", "请选择证件类型")))
        else:
            errors += _check_id_number(customer.id_type, customer.id_number, today)
    elif customer.lifecycle is Lifecycle.ACTIVE:
        errors.append(FieldError("id_number", QT_TRANSLATE_NOOP("validation", "现有客户须填写证件号码")))
    if customer.gender is None:
        errors.append(FieldError("gender", QT_TRANSLATE_NOOP("validation", "请选择性别")))
    if customer.birth_date and customer.birth_date > today:
        errors.append(FieldError("birth_date", QT_TRANSLATE_NOOP("validation", "出生日期不能晚于今天")))
    if customer.birth_date and customer.birth_date.year < 1900:
        errors.append(FieldError("birth_date", QT_TRANSLATE_NOOP("validation", "出生日期不合理")))
    if customer.id_type is IdType.RESIDENT_ID and customer.id_number and not errors:
        derived = parse_resident_id(customer.id_number, today)
        if customer.birth_date and customer.birth_date != derived.birth_date:
            errors.append(FieldError("birth_date", QT_TRANSLATE_NOOP("validation", "出生日期与身份证号不一致")))
        if customer.gender and customer.gender is not derived.gender:
            errors.append(FieldError("gender", QT_TRANSLATE_NOOP("validation", "性别与身份证号不一致")))
    return errors


def _check_id_number(id_type: IdType, number: str, today: date) -> list[FieldError]:
    try:
        if id_type is IdType.RESIDENT_ID:
            parse_resident_id(number, today)
        elif id_type is IdType.USCC:
            parse_uscc(number)
        elif not re.fullmatch(r"[A-Za-z0-9\-()（）]{5,30}", number):
            return [FieldError("id_number", QT_TRANSLATE_NOOP("validation", "证件号码格式不正确"))]
    except IdNumberError as exc:
        return [FieldError("id_number", str(exc))]
    return []


def validate_relationship(rel: Relationship) -> list[FieldError]:
    if rel.customer_id == rel.related_id:
        return [FieldError("related_id", QT_TRANSLATE_NOOP("validation", "不能与自己建立关系"))]
    return []


def validate_beneficiaries(beneficiaries: list[Beneficiary]) -> list[FieldError]:
    """Every beneficiary named, shares positive, and per order (顺位) summing to exactly 100%."""
    errors: list[FieldError] = []
    totals: dict[int, Decimal] = defaultdict(Decimal)
    for index, b in enumerate(beneficiaries):
        if not b.name.strip():
            errors.append(
                FieldError(f"beneficiaries[{index}].name", QT_TRANSLATE_NOOP("validation", "请填写受益人姓名"))
            )
        if not isinstance(b.share, Decimal) or b.share <= 0 or b.share > 100:
            errors.append(
                FieldError(
                    f"beneficiaries[{index}].share", QT_TRANSLATE_NOOP("validation", "受益比例应在 0 到 100% 之间")
                )
            )
            continue
        if b.share != b.share.quantize(Decimal("0.01")):
            # Stored in basis points: a finer share would be rounded and the order no longer sum to 100%.
            errors.append(
                FieldError(f"beneficiaries[{index}].share", QT_TRANSLATE_NOOP("validation", "受益比例最多保留两位小数"))
            )
            continue
        if b.order < 1:
            errors.append(
                FieldError(f"beneficiaries[{index}].order", QT_TRANSLATE_NOOP("validation", "受益顺位从 1 开始"))
            )
        totals[b.order] += b.share
    for order, total in sorted(totals.items()):
        if total != 100:
            errors.append(
                FieldError(
                    "beneficiaries",
                    QT_TRANSLATE_NOOP("validation", "第 {order} 顺位受益比例合计为 {total}%，应为 100%"),
                    (("order", str(order)), ("total", f"{total.normalize():f}")),
                )
            )
    return errors


def validate_policy(policy: Policy) -> list[FieldError]:
    errors: list[FieldError] = []
    if not policy.policy_no.strip():
        errors.append(FieldError("policy_no", QT_TRANSLATE_NOOP("validation", "请填写保单号")))
    elif not re.fullmatch(r"[A-Za-z0-9\-]{4,40}", policy.policy_no.strip()):
        errors.append(FieldError("policy_no", QT_TRANSLATE_NOOP("validation", "保单号只能包含字母、数字和连字符")))
    if not policy.insurer.strip():
        errors.append(FieldError("insurer", QT_TRANSLATE_NOOP("validation", "请填写保险公司")))
    if not policy.product.strip():
        errors.append(FieldError("product", QT_TRANSLATE_NOOP("validation", "请填写产品名称")))
    if not policy.policyholder_id:
        errors.append(FieldError("policyholder_id", QT_TRANSLATE_NOOP("validation", "请选择投保人")))
    if not policy.insured_id:
        errors.append(FieldError("insured_id", QT_TRANSLATE_NOOP("validation", "请选择被保险人")))
    errors += check_money(policy.premium, "premium", required=True)
    errors += check_money(policy.sum_insured, "sum_insured", required=True)
    errors += check_money(policy.commission, "commission")
    if policy.payment_years < 1 or policy.payment_years > 100:
        errors.append(FieldError("payment_years", QT_TRANSLATE_NOOP("validation", "缴费年限应在 1 到 100 年之间")))
    if policy.grace_days is not None and not 0 <= policy.grace_days <= 365:
        errors.append(FieldError("grace_days", QT_TRANSLATE_NOOP("validation", "宽限期应在 0 到 365 天之间")))
    if policy.effective_date is None:
        errors.append(FieldError("effective_date", QT_TRANSLATE_NOOP("validation", "请填写生效日期")))
    if policy.apply_date and policy.effective_date and policy.apply_date > policy.effective_date:
        errors.append(FieldError("apply_date", QT_TRANSLATE_NOOP("validation", "投保日期不能晚于生效日期")))
    if policy.expiry_date and policy.effective_date and policy.expiry_date <= policy.effective_date:
        errors.append(FieldError("expiry_date", QT_TRANSLATE_NOOP("validation", "到期日期必须晚于生效日期")))
    errors += validate_beneficiaries(policy.beneficiaries)
    return errors


def validate_payment(payment: Payment) -> list[FieldError]:
    errors = check_money(payment.amount_due, "amount_due", required=True)
    if payment.period < 1:
        errors.append(FieldError("period", QT_TRANSLATE_NOOP("validation", "期数从 1 开始")))
    if payment.status is PaymentStatus.PAID:
        if payment.paid_date is None:
            errors.append(FieldError("paid_date", QT_TRANSLATE_NOOP("validation", "已缴的记录须填写缴费日期")))
        errors += check_money(payment.amount_paid, "amount_paid", required=True)
    else:
        errors += check_money(payment.amount_paid, "amount_paid")
    return errors


def validate_claim(claim: Claim, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if not claim.claim_no.strip():
        errors.append(FieldError("claim_no", QT_TRANSLATE_NOOP("validation", "请填写理赔编号")))
    if not claim.cause.strip():
        errors.append(FieldError("cause", QT_TRANSLATE_NOOP("validation", "请填写出险原因")))
    errors += check_money(claim.amount_claimed, "amount_claimed", required=True)
    errors += check_money(claim.amount_paid, "amount_paid")
    if claim.incident_date > today:
        errors.append(FieldError("incident_date", QT_TRANSLATE_NOOP("validation", "出险日期不能晚于今天")))
    if claim.filed_date < claim.incident_date:
        errors.append(FieldError("filed_date", QT_TRANSLATE_NOOP("validation", "报案日期不能早于出险日期")))
    if claim.decision_date and claim.decision_date < claim.filed_date:
        errors.append(FieldError("decision_date", QT_TRANSLATE_NOOP("validation", "审核日期不能早于报案日期")))
    return errors


# --- a claim's life ---------------------------------------------------------------------------
# Where a claim may go from each state. Forward jumps are allowed (an agent often hears of the
# outcome only afterwards); the only ways back are 补充材料 during review and 复议 after a refusal.
# 已赔付 and 已拒绝 exclude each other, and 已结案 is final.
CLAIM_TRANSITIONS: dict[ClaimStatus, frozenset[ClaimStatus]] = {
    ClaimStatus.REPORTED: frozenset(set(ClaimStatus) - {ClaimStatus.REPORTED}),
    ClaimStatus.COLLECTING: frozenset(set(ClaimStatus) - {ClaimStatus.REPORTED, ClaimStatus.COLLECTING}),
    ClaimStatus.UNDER_REVIEW: frozenset(
        {ClaimStatus.COLLECTING, ClaimStatus.APPROVED, ClaimStatus.REJECTED, ClaimStatus.PAID}
    ),
    ClaimStatus.APPROVED: frozenset({ClaimStatus.PAID}),
    ClaimStatus.REJECTED: frozenset({ClaimStatus.UNDER_REVIEW, ClaimStatus.CLOSED}),
    ClaimStatus.PAID: frozenset({ClaimStatus.CLOSED}),
    ClaimStatus.CLOSED: frozenset(),
}


def claim_status_requirements(claim: Claim) -> list[FieldError]:
    """What a state asserts must be on file: a paid claim without an amount, a decision date or
    its documents is a record nobody can rely on when the customer asks later.

    Apart from ``validate_claim`` because an old spreadsheet may state an outcome without these
    facts; such a claim is imported as recorded and completed when it next changes state.
    """
    errors: list[FieldError] = []
    decided = (ClaimStatus.APPROVED, ClaimStatus.REJECTED, ClaimStatus.PAID)
    if claim.status in decided and claim.decision_date is None:
        message = QT_TRANSLATE_NOOP("validation", "审核通过、拒赔或赔付须填写审核日期")
        errors.append(FieldError("decision_date", message))
    if claim.status is ClaimStatus.PAID:
        if claim.amount_paid is None or claim.amount_paid <= 0:
            errors.append(FieldError("amount_paid", QT_TRANSLATE_NOOP("validation", "已赔付须填写实赔金额")))
        missing = [m.name for m in claim.materials if not m.received]
        if missing:
            errors.append(
                FieldError(
                    "materials",
                    QT_TRANSLATE_NOOP("validation", "已赔付前须收齐理赔材料，尚缺：{missing}"),
                    (("missing", "、".join(missing)),),
                )
            )
    if claim.status is ClaimStatus.REJECTED:
        if not claim.remarks.strip():
            errors.append(FieldError("remarks", QT_TRANSLATE_NOOP("validation", "拒赔须在备注中写明拒赔原因")))
        if claim.amount_paid:
            errors.append(FieldError("amount_paid", QT_TRANSLATE_NOOP("validation", "拒赔的理赔不应有实赔金额")))
    return errors


def check_claim_change(before: Claim, after: Claim) -> list[FieldError]:
    """An update: the status may only move along ``CLAIM_TRANSITIONS``; entering a state needs
    what it requires, and a claim that had it all may not lose it."""
    errors = check_claim_transition(before.status, after.status)
    if after.status is not before.status or not claim_status_requirements(before):
        errors += claim_status_requirements(after)
    return errors


def check_claim_transition(before: ClaimStatus, after: ClaimStatus) -> list[FieldError]:
    if after is before or after in CLAIM_TRANSITIONS[before]:
        return []
    return [
        FieldError(
            "status",
            QT_TRANSLATE_NOOP("validation", "理赔状态不能从“{before}”改为“{after}”"),
            (("before", before.label), ("after", after.label)),
        )
    ]


def validate_contact(entry: ContactEntry) -> list[FieldError]:
    errors: list[FieldError] = []
    if not entry.summary.strip():
        errors.append(FieldError("summary", QT_TRANSLATE_NOOP("validation", "请填写沟通内容")))
    if entry.follow_up_date and entry.follow_up_date < entry.contacted_at.date():
        errors.append(FieldError("follow_up_date", QT_TRANSLATE_NOOP("validation", "跟进日期不能早于沟通日期")))
    return errors
