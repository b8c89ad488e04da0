"""今日's wording: the lists' names, actions and colours, and every line the view says about an
item, a card or a list, worded from the report's data in the user's language.

The translation context stays "TodayTab" for all of it: these are the Today view's words, wherever
the code that says them lives.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.queries.today_items import TodayItem, TodayReport
from agentbook.ui.formatting import display
from agentbook.ui.i18n import tr_enum

CONTEXT = "TodayTab"
TITLES = {
    "lapse_warning": QT_TRANSLATE_NOOP("TodayTab", "失效预警"),
    "reinstatement": QT_TRANSLATE_NOOP("TodayTab", "复效期"),
    "payment_overdue": QT_TRANSLATE_NOOP("TodayTab", "逾期保费"),
    "payment_due": QT_TRANSLATE_NOOP("TodayTab", "近期应缴保费"),
    "expiring": QT_TRANSLATE_NOOP("TodayTab", "到期与续保"),
    "callback": QT_TRANSLATE_NOOP("TodayTab", "新单回访（犹豫期）"),
    "complaint": QT_TRANSLATE_NOOP("TodayTab", "投诉处理时限"),
    "claim_waiting": QT_TRANSLATE_NOOP("TodayTab", "等待中的理赔"),
    "follow_up": QT_TRANSLATE_NOOP("TodayTab", "待回访"),
    "opportunity": QT_TRANSLATE_NOOP("TodayTab", "商机"),
    "birthday": QT_TRANSLATE_NOOP("TodayTab", "近期生日"),
    "loan_overdue": QT_TRANSLATE_NOOP("TodayTab", "档案借阅逾期"),
}
# The one-click action of each list (the button in every row); a list without one opens its record.
ACTIONS = {
    "lapse_warning": QT_TRANSLATE_NOOP("TodayTab", "已提醒缴费"),
    "reinstatement": QT_TRANSLATE_NOOP("TodayTab", "已提醒复效"),
    "payment_overdue": QT_TRANSLATE_NOOP("TodayTab", "已提醒缴费"),
    "payment_due": QT_TRANSLATE_NOOP("TodayTab", "已提醒缴费"),
    "expiring": QT_TRANSLATE_NOOP("TodayTab", "已提醒续保"),
    "callback": QT_TRANSLATE_NOOP("TodayTab", "已回访"),
    "claim_waiting": QT_TRANSLATE_NOOP("TodayTab", "已告知进度"),
    "follow_up": QT_TRANSLATE_NOOP("TodayTab", "回访已完成"),
    "opportunity": QT_TRANSLATE_NOOP("TodayTab", "已跟进"),
    "birthday": QT_TRANSLATE_NOOP("TodayTab", "生日祝福已发送"),
    "complaint": QT_TRANSLATE_NOOP("TodayTab", "处理投诉"),
    "loan_overdue": QT_TRANSLATE_NOOP("TodayTab", "登记归还"),
}
# What the contact entry says when the action is recorded (stored in the customer's timeline).
SUMMARIES = {
    "lapse_warning": QT_TRANSLATE_NOOP("TodayTab", "已提醒缴费（已过宽限期，保单可能失效）"),
    "reinstatement": QT_TRANSLATE_NOOP("TodayTab", "已提醒复效：补缴保费、健康告知后可恢复效力"),
    "payment_overdue": QT_TRANSLATE_NOOP("TodayTab", "已提醒缴费（逾期）"),
    "payment_due": QT_TRANSLATE_NOOP("TodayTab", "已提醒缴费"),
    "expiring": QT_TRANSLATE_NOOP("TodayTab", "已提醒续保"),
    "callback": QT_TRANSLATE_NOOP("TodayTab", "新单回访：客户确认已收到保单，了解保障责任和犹豫期"),
    "claim_waiting": QT_TRANSLATE_NOOP("TodayTab", "已告知理赔进度"),
    "follow_up": QT_TRANSLATE_NOOP("TodayTab", "回访已完成"),
    "opportunity": QT_TRANSLATE_NOOP("TodayTab", "已跟进商机"),
    "birthday": QT_TRANSLATE_NOOP("TodayTab", "生日祝福已发送"),
}
# The lists that go on paper or into Excel in one click (day_lists.py).
PRINTABLE = ("birthday", "expiring")
SET_ASIDE = QT_TRANSLATE_NOOP("TodayTab", "暂不跟进")
ACCENTS = {
    "lapse_warning": "#c62828",
    "reinstatement": "#8e24aa",
    "payment_overdue": "#e65100",
    "payment_due": "#b8860b",
    "expiring": "#1565c0",
    "callback": "#283593",
    "complaint": "#ad1457",
    "claim_waiting": "#6a1b9a",
    "follow_up": "#00838f",
    "birthday": "#2e7d32",
    "loan_overdue": "#5d4037",
    "opportunity": "#ef6c00",
}
# The record a double click opens: (tab, id attribute of the item).
OPENS = {
    "lapse_warning": "payments",
    "reinstatement": "policies",
    "payment_overdue": "payments",
    "payment_due": "payments",
    "expiring": "policies",
    "callback": "policies",
    "birthday": "customers",
    "follow_up": "contacts",
    "opportunity": "customers",
    "claim_waiting": "claims",
    "complaint": "complaints",
}


def tr(text: str) -> str:
    """A text of the Today view (its titles, actions and summaries are marked, not translated)."""
    return QCoreApplication.translate(CONTEXT, text)


def days_text(days: int) -> str:
    if days == 0:
        return QCoreApplication.translate("TodayTab", "今天")
    if days > 0:
        return QCoreApplication.translate("TodayTab", "%n 天后", "", days)
    return QCoreApplication.translate("TodayTab", "已过 %n 天", "", -days)


def note(item: TodayItem, report: TodayReport) -> str:
    """The row's one-line explanation: how late, how much, what happens next."""
    kind = item.kind
    if kind == "payment_due":
        return days_text(item.days)
    if kind == "payment_overdue":
        left = (item.grace_days if item.grace_days is not None else report.grace_days) + item.days
        text = QCoreApplication.translate("TodayTab", "逾期 %n 天", "", -item.days)
        text += QCoreApplication.translate("TodayTab", "，宽限期剩 %n 天", "", left)
        if item.count > 1:
            text += QCoreApplication.translate("TodayTab", "，共 %n 期未缴", "", item.count)
        return text
    if kind == "lapse_warning":
        text = QCoreApplication.translate("TodayTab", "逾期 %n 天", "", -item.days)
        grace = item.grace_days if item.grace_days is not None else report.grace_days
        text += QCoreApplication.translate("TodayTab", "，超过宽限期 %n 天", "", -item.days - grace)
        if item.count > 1:
            text += QCoreApplication.translate("TodayTab", "，共 %n 期未缴", "", item.count)
        return text
    if kind == "expiring":
        return (
            QCoreApplication.translate("TodayTab", "今天到期")
            if item.days == 0
            else QCoreApplication.translate("TodayTab", "%n 天后到期", "", item.days)
        )
    if kind == "callback":
        if item.days < 0:
            return QCoreApplication.translate("TodayTab", "犹豫期已过 %n 天，尚未回访", "", -item.days)
        if item.days == 0:
            return QCoreApplication.translate("TodayTab", "犹豫期今天结束")
        return QCoreApplication.translate("TodayTab", "犹豫期剩 %n 天", "", item.days)
    if kind == "birthday":
        age = QCoreApplication.translate("TodayTab", "%n 岁生日", "", item.age or 0)
        return f"{days_text(item.days)} · {age}"
    if kind == "follow_up":
        if item.days < 0:
            return QCoreApplication.translate("TodayTab", "已过期 %n 天", "", -item.days)
        return QCoreApplication.translate("TodayTab", "今天回访") if item.days == 0 else days_text(item.days)
    if kind == "claim_waiting":
        waited = QCoreApplication.translate("TodayTab", "已等待 %n 天", "", -item.days)
        return f"{tr_enum(item.status)} · {waited}"
    if kind == "complaint":
        if item.days < 0:
            return QCoreApplication.translate("TodayTab", "已超过处理时限 %n 天", "", -item.days)
        if item.days == 0:
            return QCoreApplication.translate("TodayTab", "今天到期")
        return QCoreApplication.translate("TodayTab", "距处理时限 %n 天", "", item.days)
    if kind == "loan_overdue":
        return QCoreApplication.translate("TodayTab", "逾期 %n 天未归还", "", -item.days)
    if kind == "opportunity":
        return opportunity_note(item)
    if kind == "reinstatement":
        return QCoreApplication.translate("TodayTab", "效力中止，复效期剩 %n 天", "", item.days)
    return days_text(item.days)


def opportunity_note(item: TodayItem) -> str:
    code = item.status.value if item.status is not None else ""
    if code == "maturity":
        return QCoreApplication.translate("TodayTab", "%n 天后满期给付，可规划资金去向", "", item.days)
    if code == "review_due":
        return QCoreApplication.translate("TodayTab", "最近一份保单生效于 {0}，家庭情况可能已变").format(
            item.day.isoformat() if item.day else ""
        )
    if code == "income_up":
        return QCoreApplication.translate("TodayTab", "{0}记录年收入提高到 {1}，此后没有新保单").format(
            days_text(item.days), display("money", item.amount)
        )
    if code in ("new_child", "marriage"):
        return QCoreApplication.translate("TodayTab", "{0}记录的家庭变化，保障需要随之调整").format(
            days_text(item.days)
        )
    return QCoreApplication.translate("TodayTab", "有效保单中没有重疾保障")


def subject(item: TodayItem) -> str:
    """What the item is about: policy and instalment, claim, complaint or the stored note."""
    if item.kind in ("payment_due", "payment_overdue", "lapse_warning"):
        period = QCoreApplication.translate("TodayTab", "第 {0} 期").format(item.period)
        return f"{item.reference} {item.label} · {period}"
    if item.kind in ("expiring", "callback", "reinstatement"):
        return f"{item.reference} {item.label}"
    if item.kind in ("claim_waiting", "complaint"):
        return f"{item.reference} {item.label}"
    if item.kind == "loan_overdue":
        return QCoreApplication.translate("TodayTab", "档案 {0} · 借阅人 {1}").format(item.reference, item.label)
    if item.kind == "follow_up":
        return f"{tr_enum(item.status)}：{item.label}" if item.status else item.label
    if item.kind == "opportunity":
        detail = f"{item.reference} {item.label}".strip()
        return f"{tr_enum(item.status)}：{detail}" if detail else tr_enum(item.status)
    return item.label


def date_text(day: date) -> str:
    """The day as the header shows it, with its weekday."""
    weekday = (
        QT_TRANSLATE_NOOP("TodayTab", "星期一"),
        QT_TRANSLATE_NOOP("TodayTab", "星期二"),
        QT_TRANSLATE_NOOP("TodayTab", "星期三"),
        QT_TRANSLATE_NOOP("TodayTab", "星期四"),
        QT_TRANSLATE_NOOP("TodayTab", "星期五"),
        QT_TRANSLATE_NOOP("TodayTab", "星期六"),
        QT_TRANSLATE_NOOP("TodayTab", "星期日"),
    )[day.weekday()]
    return QCoreApplication.translate("TodayTab", "{0}年{1}月{2}日 {3}").format(
        day.year, day.month, day.day, tr(weekday)
    )


def card_detail(kind: str, report: TodayReport) -> str:
    """The card's line under its count: the rule behind the list, or how many are due today and late."""
    if kind not in report.available:
        return QCoreApplication.translate("TodayTab", "启用纸质档案借阅登记后显示")
    items = report.items[kind]
    if kind == "expiring":
        return " · ".join(
            QCoreApplication.translate("TodayTab", "{0}天 {1}").format(w, f"{n:,}")
            for w, n in report.renewal_counts.items()
        )
    if kind == "payment_overdue":
        return QCoreApplication.translate("TodayTab", "宽限期 %n 天内", "", report.grace_days)
    if kind == "lapse_warning":
        return QCoreApplication.translate("TodayTab", "超过宽限期 %n 天仍未缴费", "", report.grace_days)
    if kind == "payment_due":
        return QCoreApplication.translate("TodayTab", "%n 天内到期", "", report.payment_days)
    if kind == "claim_waiting":
        return QCoreApplication.translate("TodayTab", "报案超过 %n 天未结", "", report.claim_wait_days)
    if kind == "opportunity":
        return QCoreApplication.translate("TodayTab", "家庭变化 · 保障缺口 · 满期给付")
    if kind == "reinstatement":
        return QCoreApplication.translate("TodayTab", "效力中止两年内可复效")
    today = sum(1 for i in items if i.days == 0)
    late = sum(1 for i in items if i.days < 0)
    parts = []
    if today:
        parts.append(QCoreApplication.translate("TodayTab", "今天 %n", "", today))
    if late:
        parts.append(QCoreApplication.translate("TodayTab", "已逾期 %n", "", late))
    return " · ".join(parts)


def explanation(kind: str, report: TodayReport) -> str:
    """What the list holds and in which order, with the law or rule it follows."""
    texts = {
        "lapse_warning": QCoreApplication.translate(
            "TodayTab",
            "最早一期保费逾期已超过 {0} 天宽限期（《保险法》第三十六条），保单效力可能中止。"
            "请尽快催缴，或登记缴费、标记失效。",
        ).format(report.grace_days),
        "payment_overdue": QCoreApplication.translate(
            "TodayTab", "已过应缴日期、仍在 {0} 天宽限期内的保单，宽限期最先结束的排在前面。"
        ).format(report.grace_days),
        "payment_due": QCoreApplication.translate("TodayTab", "{0} 天内应缴的保费。").format(report.payment_days),
        "expiring": QCoreApplication.translate(
            "TodayTab", "即将到期且尚未续保的生效保单。可提醒客户，或直接办理续保。"
        ),
        "callback": QCoreApplication.translate(
            "TodayTab",
            "一年期以上人身保险新单，犹豫期 {0} 天（自生效日起算）内应完成新单回访，确认客户已收到保单、"
            "了解保障责任和犹豫期内可退保；犹豫期最先结束的排在前面。双录资料可作为档案材料上传。",
        ).format(report.hesitation_days),
        "complaint": QCoreApplication.translate(
            "TodayTab", "未办结且临近或已超过处理时限的投诉（监管要求 15 日内作出处理决定）。"
        ),
        "claim_waiting": QCoreApplication.translate(
            "TodayTab", "报案已超过 {0} 天仍未结案的理赔，请跟进并告知客户进度。"
        ).format(report.claim_wait_days),
        "follow_up": QCoreApplication.translate("TodayTab", "到期、逾期和即将到来的回访。"),
        "reinstatement": QCoreApplication.translate(
            "TodayTab",
            "宽限期后仍未缴费、效力中止的保单，两年内补缴保费并通过健康告知即可复效（《保险法》第三十七条）；"
            "复效截止最近的排在前面。办妥后登记复效，保单恢复有效并记入保全。",
        ),
        "opportunity": QCoreApplication.translate(
            "TodayTab",
            "档案里发现的商机：近一个月新添子女或新婚的家庭、三年没有新保单的客户、18–55 岁有保单却没有"
            "重疾保障的客户、两个月内满期给付的年金和教育金。跟进或暂不跟进都会记入沟通记录，半年内不再提示。",
        ),
        "birthday": QCoreApplication.translate(
            "TodayTab", "近几天过生日的客户；2 月 29 日出生的客户在平年 2 月 28 日提醒。"
        ),
        "loan_overdue": QCoreApplication.translate(
            "TodayTab", "借出后超过应还日期仍未归还的纸质档案，逾期最久的排在前面。"
        ),
    }
    text = texts[kind]
    shown, total = len(report.items[kind]), report.counts[kind]
    if shown < total:
        text += QCoreApplication.translate("TodayTab", "（显示最紧要的 {0} 项）").format(shown)
    return text


def second_text(kind: str) -> str:
    """The list's second action (the one that opens a dialog); empty when it has none."""
    if kind in ("payment_due", "payment_overdue"):
        return QCoreApplication.translate("TodayTab", "登记缴费…")
    if kind == "lapse_warning":
        return QCoreApplication.translate("TodayTab", "标记失效…")
    if kind == "expiring":
        return QCoreApplication.translate("TodayTab", "续保…")
    if kind == "opportunity":
        return tr(SET_ASIDE)
    if kind == "reinstatement":
        return QCoreApplication.translate("TodayTab", "登记复效…")
    return ""
