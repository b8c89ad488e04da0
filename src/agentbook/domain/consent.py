"""Consent and data-subject requests under the Personal Information Protection Law (PIPL).

What the law asks of an agent's archive, and how this module reads it:

- **Consent** (Arts. 13, 14): processing a customer's personal information rests on their
  informed consent — recorded with its date, its scope (for what purposes) and how it was given.
  Consent may be withdrawn at any time (Art. 15); the history keeps both.
- **Sensitive personal information** (Arts. 28, 29) needs a *separate* consent. Which fields of
  the archive count as sensitive here is ``SENSITIVE_FIELDS``:

  * ``health_notes`` — medical and health information (医疗健康), named in Art. 28;
  * ``financial_notes`` — financial accounts and the financial situation (金融账户), Art. 28;
  * ``annual_income`` — income is financial information of the same kind; the archive already
    masks it with the two notes.

  The **ID number is not** in the list, on purpose. National standard GB/T 35273 counts ID
  numbers as sensitive, and the archive masks them everywhere; but no insurance contract can be
  made without one (identification is a legal duty of the insurer, Art. 13 (2) and (3): contract
  and legal obligation), and validation demands it of every active customer. Warning about it
  would warn about every customer and teach agents to ignore the warning.
- **Children under 14** (Arts. 28, 31): all of their personal information is sensitive, and
  processing it needs the consent of a parent or other guardian — a ``guardian`` consent event
  with the guardian's name and relation.
- Enterprise customers are legal persons: PIPL protects natural persons, so no warnings there.

Consent is recorded as events (``ConsentEvent``: general / sensitive / guardian, given or
withdrawn); the customer row keeps the current state (``consent_date``, ``consent_scope``,
``consent_sensitive``) for lists, sheets and these warnings.

**Data-subject requests** (Arts. 44–50): access and copy (查阅/复制), correction (更正), deletion
(删除), withdrawal of consent (撤回同意), explanation of the rules (解释说明), portability (转移).
PIPL says requests must be handled "promptly" (及时) and a refusal explained (Art. 50) without
giving a number of days. The due date here is **15 working days after receipt**, the figure
national standard GB/T 35273 and industry practice use: Monday to Friday count, weekends do not.
Public holidays (their dates are announced by the State Council each year) are not modelled,
which errs on the early side — never later than the rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from agentbook.domain.enums import CustomerKind, IdType, LabeledEnum
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.idnumbers import IdNumberError, parse_resident_id
from agentbook.domain.models import Customer
from agentbook.domain.validation import FieldError

GUARDIAN_AGE = 14  # PIPL Art. 31: under 14, a guardian consents
ANSWER_WORKING_DAYS = 15

# Field name → its label (source text) in the customer dialog.
SENSITIVE_FIELDS: dict[str, str] = {
    "health_notes": QT_TRANSLATE_NOOP("consent", "健康状况"),
    "financial_notes": QT_TRANSLATE_NOOP("consent", "财务状况"),
    "annual_income": QT_TRANSLATE_NOOP("consent", "年收入"),
}


class ConsentKind(LabeledEnum):
    GENERAL = "general", QT_TRANSLATE_NOOP("enum", "个人信息处理同意")
    SENSITIVE = "sensitive", QT_TRANSLATE_NOOP("enum", "敏感个人信息单独同意")
    GUARDIAN = "guardian", QT_TRANSLATE_NOOP("enum", "监护人同意")


class ConsentAction(LabeledEnum):
    GIVEN = "given", QT_TRANSLATE_NOOP("enum", "同意")
    WITHDRAWN = "withdrawn", QT_TRANSLATE_NOOP("enum", "撤回")


class ConsentChannel(LabeledEnum):
    PAPER = "paper", QT_TRANSLATE_NOOP("enum", "纸质签字")
    ELECTRONIC = "electronic", QT_TRANSLATE_NOOP("enum", "电子签名")
    WECHAT = "wechat", QT_TRANSLATE_NOOP("enum", "微信确认")
    PHONE = "phone", QT_TRANSLATE_NOOP("enum", "电话录音")
    IN_PERSON = "in_person", QT_TRANSLATE_NOOP("enum", "当面口头")


class RequestKind(LabeledEnum):
    ACCESS = "access", QT_TRANSLATE_NOOP("enum", "查阅/复制")
    CORRECTION = "correction", QT_TRANSLATE_NOOP("enum", "更正")
    DELETION = "deletion", QT_TRANSLATE_NOOP("enum", "删除")
    WITHDRAW = "withdraw", QT_TRANSLATE_NOOP("enum", "撤回同意")
    EXPLANATION = "explanation", QT_TRANSLATE_NOOP("enum", "解释说明")
    PORTABILITY = "portability", QT_TRANSLATE_NOOP("enum", "转移")


class RequestChannel(LabeledEnum):
    PHONE = "phone", QT_TRANSLATE_NOOP("enum", "电话")
    VISIT = "visit", QT_TRANSLATE_NOOP("enum", "来访")
    WECHAT = "wechat", QT_TRANSLATE_NOOP("enum", "微信")
    LETTER = "letter", QT_TRANSLATE_NOOP("enum", "信函")
    EMAIL = "email", QT_TRANSLATE_NOOP("enum", "邮件")


class RequestState(LabeledEnum):
    """Derived, never stored: open, open past its due date, answered."""

    OPEN = "open", QT_TRANSLATE_NOOP("enum", "处理中")
    OVERDUE = "overdue", QT_TRANSLATE_NOOP("enum", "已超期")
    ANSWERED = "answered", QT_TRANSLATE_NOOP("enum", "已答复")


@dataclass(slots=True)
class ConsentEvent:
    customer_id: int
    kind: ConsentKind
    action: ConsentAction
    on_date: date
    scope: str = ""
    channel: ConsentChannel | None = None
    guardian_name: str = ""
    guardian_relation: str = ""
    note: str = ""
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(slots=True)
class SubjectRequest:
    customer_id: int | None
    kind: RequestKind
    received_on: date
    channel: RequestChannel | None = None
    details: str = ""
    due_on: date | None = None
    answered_on: date | None = None
    answer: str = ""
    handled_by: str = ""
    archive_no: str = ""  # kept when the customer is later destroyed
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def state_on(self, today: date) -> RequestState:
        if self.answered_on is not None:
            return RequestState.ANSWERED
        if self.due_on is not None and self.due_on < today:
            return RequestState.OVERDUE
        return RequestState.OPEN

    @property
    def answered_late(self) -> bool:
        return self.answered_on is not None and self.due_on is not None and self.answered_on > self.due_on


def add_working_days(start: date, days: int) -> date:
    """*days* working days (Monday–Friday) after *start*; public holidays are not modelled."""
    current = start
    left = days
    while left > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current


def due_date(received_on: date) -> date:
    """When a data-subject request must be answered: 15 working days after receipt."""
    return add_working_days(received_on, ANSWER_WORKING_DAYS)


def age_on(customer: Customer, today: date) -> int | None:
    """Full years of age, from the birth date or else a resident ID number; None if unknown."""
    born = customer.birth_date
    if born is None and customer.id_type is IdType.RESIDENT_ID and customer.id_number:
        try:
            born = parse_resident_id(customer.id_number, today).birth_date
        except IdNumberError:
            return None
    if born is None:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def filled_sensitive_fields(customer: Customer) -> list[str]:
    out = []
    for name in SENSITIVE_FIELDS:
        value = getattr(customer, name)
        if value is not None and value != "" and (not isinstance(value, str) or value.strip()):
            out.append(name)
    return out


def guardian_consent_in_force(events: list[ConsentEvent] | tuple[ConsentEvent, ...]) -> bool:
    """Whether the latest guardian event (by date, then by order of recording) is a consent."""
    guardian = [e for e in events if e.kind is ConsentKind.GUARDIAN]
    if not guardian:
        return False
    latest = max(guardian, key=lambda e: (e.on_date, e.id or 0))
    return latest.action is ConsentAction.GIVEN


def consent_warnings(
    customer: Customer, today: date, events: list[ConsentEvent] | tuple[ConsentEvent, ...] = ()
) -> list[FieldError]:
    """What is missing for the personal information this record holds; warnings, never blocking.

    *events* is the customer's consent history (for the guardian rule; the customer row has no
    guardian field). Messages are source text in the ``validation`` context.
    """
    if customer.kind is CustomerKind.ENTERPRISE:
        return []
    warnings: list[FieldError] = []
    if customer.consent_date is None:
        warnings.append(
            FieldError(
                "consent_date",
                QT_TRANSLATE_NOOP("validation", "尚未记录客户的知情同意（《个人信息保护法》第十三、十四条）"),
            )
        )
    sensitive = filled_sensitive_fields(customer)
    if sensitive and not customer.consent_sensitive:
        warnings.append(
            FieldError(
                "consent_sensitive",
                QT_TRANSLATE_NOOP("validation", "已填写健康、财务或收入等敏感个人信息，但未取得单独同意（第二十九条）"),
            )
        )
        for name in sensitive:
            warnings.append(
                FieldError(name, QT_TRANSLATE_NOOP("validation", "敏感个人信息：需取得客户的单独同意后再填写"))
            )
    age = age_on(customer, today) if customer.kind is CustomerKind.INDIVIDUAL else None
    if age is not None and age < GUARDIAN_AGE and not guardian_consent_in_force(events):
        warnings.append(
            FieldError(
                "guardian",
                QT_TRANSLATE_NOOP("validation", "客户未满 {age} 周岁，须取得其父母或其他监护人的同意（第三十一条）"),
                (("age", str(GUARDIAN_AGE)),),
            )
        )
    return warnings


def validate_consent_event(event: ConsentEvent, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if not event.customer_id:
        errors.append(FieldError("customer_id", QT_TRANSLATE_NOOP("validation", "请选择客户")))
    if event.on_date > today:
        errors.append(FieldError("on_date", QT_TRANSLATE_NOOP("validation", "日期不能晚于今天")))
    if event.action is ConsentAction.GIVEN and not event.scope.strip():
        errors.append(FieldError("scope", QT_TRANSLATE_NOOP("validation", "请填写同意的范围（处理目的与信息种类）")))
    if event.kind is ConsentKind.GUARDIAN:
        if not event.guardian_name.strip():
            errors.append(FieldError("guardian_name", QT_TRANSLATE_NOOP("validation", "请填写监护人姓名")))
        if not event.guardian_relation.strip():
            errors.append(FieldError("guardian_relation", QT_TRANSLATE_NOOP("validation", "请填写监护人与客户的关系")))
    return errors


def validate_subject_request(request: SubjectRequest, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if not request.customer_id and not request.archive_no:
        errors.append(FieldError("customer_id", QT_TRANSLATE_NOOP("validation", "请选择客户")))
    if request.received_on > today:
        errors.append(FieldError("received_on", QT_TRANSLATE_NOOP("validation", "收到日期不能晚于今天")))
    if request.due_on is not None and request.due_on < request.received_on:
        errors.append(FieldError("due_on", QT_TRANSLATE_NOOP("validation", "答复期限不能早于收到日期")))
    if request.answered_on is not None:
        if request.answered_on < request.received_on:
            errors.append(FieldError("answered_on", QT_TRANSLATE_NOOP("validation", "答复日期不能早于收到日期")))
        if request.answered_on > today:
            errors.append(FieldError("answered_on", QT_TRANSLATE_NOOP("validation", "答复日期不能晚于今天")))
        if not request.answer.strip():
            errors.append(FieldError("answer", QT_TRANSLATE_NOOP("validation", "请填写答复内容")))
    return errors


def apply_to_customer(customer: Customer, event: ConsentEvent) -> None:
    """The customer's current consent fields after *event* (the latest of its kind).

    General and guardian consent set the consent date and scope (a guardian's consent is the
    consent for a child); withdrawing either clears them and the separate consent too, since
    nothing consented remains to process. Sensitive consent sets or clears only its flag.
    """
    if event.kind is ConsentKind.SENSITIVE:
        customer.consent_sensitive = event.action is ConsentAction.GIVEN
        return
    if event.action is ConsentAction.GIVEN:
        customer.consent_date = event.on_date
        if event.scope.strip():
            customer.consent_scope = event.scope.strip()
    else:
        customer.consent_date = None
        customer.consent_scope = ""
        customer.consent_sensitive = False


def same_group(a: ConsentKind, b: ConsentKind) -> bool:
    """General and guardian consent share the customer's consent date; sensitive has its flag."""
    return (a is ConsentKind.SENSITIVE) == (b is ConsentKind.SENSITIVE)
