"""Message templates: the birthday wish, the premium and renewal reminders and the claim update an
agent sends by WeChat or SMS, filled from the record and logged as a contact.

A template is Chinese text with named fields in braces — ``{称呼}您好，您的{产品}…`` — so an agent
edits it in the settings without learning codes; each kind of message allows the fields its
record has, and a template naming any other field is refused when it is saved, never when a
message is sent.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass

from agentbook.domain import enums as E
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.validation import FieldError


class MessageKind(E.LabeledEnum):
    BIRTHDAY = "birthday", QT_TRANSLATE_NOOP("enum", "生日祝福")
    PREMIUM_DUE = "premium_due", QT_TRANSLATE_NOOP("enum", "缴费提醒")
    RENEWAL = "renewal", QT_TRANSLATE_NOOP("enum", "续保提醒")
    CLAIM_PROGRESS = "claim_progress", QT_TRANSLATE_NOOP("enum", "理赔进度")
    FESTIVAL = "festival", QT_TRANSLATE_NOOP("enum", "节日问候")


COMMON_FIELDS = ("称呼", "姓名", "经办人", "机构")
FIELDS: dict[MessageKind, tuple[str, ...]] = {
    MessageKind.BIRTHDAY: (*COMMON_FIELDS, "年龄"),
    MessageKind.PREMIUM_DUE: (*COMMON_FIELDS, "产品", "保单号", "日期", "金额"),
    MessageKind.RENEWAL: (*COMMON_FIELDS, "产品", "保单号", "日期"),
    MessageKind.CLAIM_PROGRESS: (*COMMON_FIELDS, "理赔号", "理赔状态", "日期"),
    MessageKind.FESTIVAL: (*COMMON_FIELDS, "节日"),
}
DEFAULTS: dict[MessageKind, str] = {
    MessageKind.BIRTHDAY: "{称呼}，祝您生日快乐，身体健康、万事顺意！——{经办人}",
    MessageKind.PREMIUM_DUE: "{称呼}您好，您的{产品}（保单号{保单号}）本期保费{金额}元将于{日期}到期，"
    "请留意账户余额，以免影响保障。如有疑问请联系我。——{经办人}",
    MessageKind.RENEWAL: "{称呼}您好，您的{产品}（保单号{保单号}）将于{日期}到期，为保障不中断，"
    "我来帮您办理续保，方便时请回复我。——{经办人}",
    MessageKind.CLAIM_PROGRESS: "{称呼}您好，您的理赔（{理赔号}，{日期}报案）目前{理赔状态}，"
    "有进展我会第一时间告诉您。——{经办人}",
    MessageKind.FESTIVAL: "{称呼}，{节日}快乐！祝您和家人幸福安康、万事如意。——{经办人}",
}
# The contact-log purpose a sent message is filed under.
PURPOSES: dict[MessageKind, E.ContactPurpose] = {
    MessageKind.BIRTHDAY: E.ContactPurpose.BIRTHDAY,
    MessageKind.PREMIUM_DUE: E.ContactPurpose.PAYMENT_REMINDER,
    MessageKind.RENEWAL: E.ContactPurpose.RENEWAL,
    MessageKind.CLAIM_PROGRESS: E.ContactPurpose.CLAIM_PROGRESS,
    MessageKind.FESTIVAL: E.ContactPurpose.HOLIDAY,
}
# The festivals an agent greets customers on (a greeting is sent from the customer's 360 view).
FESTIVALS = ("春节", "元宵节", "清明节", "端午节", "七夕节", "中秋节", "重阳节", "国庆节", "元旦", "母亲节", "父亲节")
# Which message answers which of the Today view's lists.
FOR_TODAY: dict[str, MessageKind] = {
    "birthday": MessageKind.BIRTHDAY,
    "payment_due": MessageKind.PREMIUM_DUE,
    "payment_overdue": MessageKind.PREMIUM_DUE,
    "lapse_warning": MessageKind.PREMIUM_DUE,
    "expiring": MessageKind.RENEWAL,
    "claim_waiting": MessageKind.CLAIM_PROGRESS,
}
# Surnames of two characters: 欧阳娜娜 is 欧阳女士, not 欧女士.
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 轩辕 端木 独孤 南宫 西门 百里 "  # noqa: SIM905
    "呼延 闻人 万俟 澹台 公冶 太叔 申屠 钟离 赫连 濮阳 单于".split()
)


def template_errors(kind: MessageKind, text: str, field: str = "template") -> list[FieldError]:
    """What is wrong with *text* as a template of *kind*: unbalanced braces, unknown fields."""
    if not text.strip():
        return [FieldError(field, QT_TRANSLATE_NOOP("validation", "模板不能为空"))]
    try:
        named = [name for _literal, name, _spec, _conv in string.Formatter().parse(text) if name is not None]
    except ValueError:
        named = [""]
    if "" in named or any(not n.strip() for n in named):  # "{}" or unbalanced braces
        return [
            FieldError(field, QT_TRANSLATE_NOOP("validation", "模板中的花括号不成对或是空的，字段请写成｛称呼｝这样"))
        ]
    unknown = [n for n in dict.fromkeys(named) if n not in FIELDS[kind]]
    if unknown:
        return [
            FieldError(
                field,
                QT_TRANSLATE_NOOP("validation", "模板中没有这些字段：{unknown}；可用的字段：{known}"),
                (("unknown", "、".join(unknown)), ("known", "、".join(FIELDS[kind]))),
            )
        ]
    return []


def render(text: str, values: Mapping[str, str]) -> str:
    """The message: *text* with each field filled (a field without a value is left empty)."""
    return string.Formatter().vformat(text, (), _Blank(values))


class _Blank(dict[str, str]):
    def __init__(self, values: Mapping[str, str]) -> None:
        super().__init__(values)

    def __missing__(self, key: str) -> str:
        return ""


ADULT_AGE = 18  # a child is greeted by name, not as 先生/女士


def salutation(name: str, gender: E.Gender | None, kind: E.CustomerKind, age: int | None = None) -> str:
    """How a message greets the customer: 张先生 / 欧阳女士 for adults, the whole name for a child,
    a firm, or when the gender is not on file."""
    name = name.strip()
    child = age is not None and age < ADULT_AGE
    if kind is not E.CustomerKind.INDIVIDUAL or gender is None or len(name) < 2 or child:
        return name
    surname = name[:2] if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else name[:1]
    return surname + ("先生" if gender is E.Gender.MALE else "女士")


@dataclass(frozen=True, slots=True)
class Message:
    """A filled message, with what the contact log records when it is sent: WeChat for a customer
    with a WeChat ID, else SMS when there is a mobile."""

    kind: MessageKind
    text: str
    channel: E.ContactChannel = E.ContactChannel.WECHAT

    @property
    def purpose(self) -> E.ContactPurpose:
        return PURPOSES[self.kind]
