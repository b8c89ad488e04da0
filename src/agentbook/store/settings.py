"""Every setting of an archive, declared once: key, default, kind, group, label and limits.

Vorta's ``store/settings.py`` and qutebrowser's ``configdata.yml`` keep settings in one declared
place so the settings dialog is generated from the list and no code reads a key with a different
default than another. These live in the archive's ``setting`` table: they travel with the archive,
and every change is audit-logged — changing the idle lock or the backup folder is something an
auditor may want to see. ``Settings`` returns typed values and falls back to the default when a
stored text does not parse. The one exception is the interface language, which must be known
before an archive is opened and stays in the machine's QSettings (``ui/i18n.py``).

Groups: ``general`` (who works with it, archive numbers, printing), ``today`` (reminder windows,
grace period), ``complaints``, ``segmentation`` (value tiers), ``review`` (the family review's
rules of thumb), ``messages`` (templates of the messages sent to customers), ``security`` (idle
lock, retention), ``backup``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.messages import DEFAULTS, MessageKind, template_errors
from agentbook.domain.new_policy import HESITATION_DAYS
from agentbook.domain.review import ReviewRules
from agentbook.domain.segmentation import TierThresholds
from agentbook.store.db.database import Database, default_actor
from agentbook.store.errors import KnownError
from agentbook.store.records import archive_numbers

CONTEXT = "settings"  # translation context of labels and tooltips


@dataclass(frozen=True, slots=True)
class SettingSpec:
    key: str
    default: Any
    kind: str  # text | pattern | folder | bool | int | money | days_list | template
    group: str  # general | today | complaints | segmentation | review | messages | security | backup
    label: str  # source text in the "settings" context
    tooltip: str = ""
    minimum: int = 0
    maximum: int = 3650  # for text: the longest value accepted


class SettingValueError(ValueError):
    """A value outside a setting's kind or limits; the message names the setting."""


_TIERS = TierThresholds()
_REVIEW = ReviewRules()

SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "agency_name",
        "",
        "text",
        "general",
        QT_TRANSLATE_NOOP("settings", "机构名称"),
        QT_TRANSLATE_NOOP("settings", "打印在客户档案表的页眉上，例如“某某保险代理有限公司”"),
        maximum=60,
    ),
    SettingSpec(
        "agent_name",
        "",
        "text",
        "general",
        QT_TRANSLATE_NOOP("settings", "经办人姓名"),
        QT_TRANSLATE_NOOP("settings", "写入操作日志，说明每一项修改是谁做的；留空则使用电脑的登录名"),
        maximum=40,
    ),
    SettingSpec(
        archive_numbers.SETTING_KEY,
        archive_numbers.DEFAULT_PATTERN,
        "pattern",
        "general",
        QT_TRANSLATE_NOOP("settings", "档案编号格式"),
        QT_TRANSLATE_NOOP("settings", "可用占位符：{year} 年、{month} 月、{seq:06d} 序号"),
        maximum=40,
    ),
    SettingSpec(
        "sheet_contact_limit",  # exporters.archive_sheets.CONTACT_LIMIT_SETTING
        20,
        "int",
        "general",
        QT_TRANSLATE_NOOP("settings", "档案表打印最近沟通记录（条）"),
        maximum=1000,  # a long history printed in full for the paper file
    ),
    SettingSpec(
        "idle_lock_minutes",
        10,
        "int",
        "security",
        QT_TRANSLATE_NOOP("settings", "无操作自动锁定（分钟）"),
        QT_TRANSLATE_NOOP("settings", "离开电脑这么久后，程序锁定并隐藏客户信息；0 表示不自动锁定"),
        maximum=240,
    ),
    SettingSpec(
        "retention_years",  # store.retention.YEARS_SETTING
        10,
        "int",
        "security",
        QT_TRANSLATE_NOOP("settings", "终止后保管年限（年）"),
        QT_TRANSLATE_NOOP(
            "settings",
            "客户终止（不再有有效保单）后档案保管的年数；期满后出现在“到期待销毁”清单中。"
            "保险期间超过一年的业务档案，监管要求自合同终止起至少保存十年",
        ),
        minimum=1,
        maximum=50,
    ),
    SettingSpec(
        "backup_on_exit",  # store.backups.ON_EXIT_SETTING
        True,
        "bool",
        "backup",
        QT_TRANSLATE_NOOP("settings", "退出程序时自动备份"),
        QT_TRANSLATE_NOOP("settings", "每次退出时把加密备份写入备份文件夹，并校验后才保留"),
    ),
    SettingSpec(
        "backup_folder",
        "",
        "folder",
        "backup",
        QT_TRANSLATE_NOOP("settings", "备份文件夹"),
        QT_TRANSLATE_NOOP("settings", "加密备份存放处，最好是移动硬盘或另一块磁盘；留空则用数据目录下的 backups"),
        maximum=1000,
    ),
    SettingSpec(
        "backup_keep",
        10,
        "int",
        "backup",
        QT_TRANSLATE_NOOP("settings", "保留最近备份（份）"),
        QT_TRANSLATE_NOOP("settings", "超过这个数量时，最旧的自动备份会被删除"),
        minimum=1,
        maximum=365,
    ),
    SettingSpec(
        "today_renewal_windows",
        (30, 60, 90),
        "days_list",
        "today",
        QT_TRANSLATE_NOOP("settings", "到期与续保提醒窗口（天）"),
        QT_TRANSLATE_NOOP("settings", "今日视图按这些天数分组显示即将到期的保单，例如 30,60,90"),
        1,
        366,
    ),
    SettingSpec(
        "reminder_days_before",
        (1, 7, 30, 45),
        "days_list",
        "today",
        QT_TRANSLATE_NOOP("settings", "缴费提醒：到期前第几天"),
        QT_TRANSLATE_NOOP(
            "settings", "保费在到期前这些天出现在今日视图；提醒过后隐藏，到下一个提醒日再出现，例如 1,7,30,45"
        ),
        1,
        365,
    ),
    SettingSpec(
        "reminder_days_late",
        (1, 7, 20),
        "days_list",
        "today",
        QT_TRANSLATE_NOOP("settings", "缴费提醒：逾期后第几天"),
        QT_TRANSLATE_NOOP("settings", "宽限期内未缴的保费在逾期后这些天再次提醒，例如 1,7,20"),
        1,
        365,
    ),
    SettingSpec(
        "grace_days",
        60,
        "int",
        "today",
        QT_TRANSLATE_NOOP("settings", "宽限期（天）"),
        QT_TRANSLATE_NOOP(
            "settings", "逾期超过宽限期仍未缴费的保单显示失效预警；《保险法》第三十六条规定人身保险为 60 天"
        ),
        maximum=365,
    ),
    SettingSpec(
        "hesitation_days",
        HESITATION_DAYS,
        "int",
        "today",
        QT_TRANSLATE_NOOP("settings", "犹豫期（天）"),
        QT_TRANSLATE_NOOP(
            "settings", "一年期以上人身保险新单的犹豫期，从生效日起算；新单回访应在犹豫期内完成，今日视图据此提醒"
        ),
        minimum=1,
        maximum=60,
    ),
    SettingSpec(
        "today_birthday_days",
        7,
        "int",
        "today",
        QT_TRANSLATE_NOOP("settings", "生日提前提醒（天）"),
        minimum=1,
        maximum=31,
    ),
    SettingSpec(
        "today_follow_up_days",
        3,
        "int",
        "today",
        QT_TRANSLATE_NOOP("settings", "回访提前提醒（天）"),
        QT_TRANSLATE_NOOP("settings", "0 表示只显示今天及已过期的回访"),
        maximum=30,
    ),
    SettingSpec(
        "today_claim_wait_days",
        14,
        "int",
        "today",
        QT_TRANSLATE_NOOP("settings", "理赔等待超过（天）提醒"),
        minimum=1,
        maximum=365,
    ),
    SettingSpec(
        "today_complaint_warn_days",
        3,
        "int",
        "today",
        QT_TRANSLATE_NOOP("settings", "投诉到期前提醒（天）"),
        maximum=30,
    ),
    SettingSpec(
        "today_repeat_days",
        7,
        "int",
        "today",
        QT_TRANSLATE_NOOP("settings", "已提醒事项再次出现间隔（天）"),
        QT_TRANSLATE_NOOP("settings", "提醒缴费、续保或告知理赔进度后，事项暂时隐藏，若仍未解决则在这些天后再次出现"),
        minimum=1,
        maximum=90,
    ),
    SettingSpec(
        "complaint_deadline_days",
        15,
        "int",
        "complaints",
        QT_TRANSLATE_NOOP("settings", "投诉处理时限（天）"),
        QT_TRANSLATE_NOOP("settings", "新登记投诉的默认处理期限；监管要求 15 日内作出处理决定"),
        minimum=1,
        maximum=90,
    ),
    SettingSpec(
        "tier_high_premium",
        _TIERS.high_premium,
        "money",
        "segmentation",
        QT_TRANSLATE_NOOP("settings", "高价值：年化保费达到（元）"),
        maximum=100_000_000,
    ),
    SettingSpec(
        "tier_medium_premium",
        _TIERS.medium_premium,
        "money",
        "segmentation",
        QT_TRANSLATE_NOOP("settings", "中价值：年化保费达到（元）"),
        maximum=100_000_000,
    ),
    SettingSpec(
        "tier_high_products",
        _TIERS.high_products,
        "int",
        "segmentation",
        QT_TRANSLATE_NOOP("settings", "有效保单件数：高"),
        minimum=1,
        maximum=100,
    ),
    SettingSpec(
        "tier_medium_products",
        _TIERS.medium_products,
        "int",
        "segmentation",
        QT_TRANSLATE_NOOP("settings", "有效保单件数：中"),
        minimum=1,
        maximum=100,
    ),
    SettingSpec(
        "tier_high_years",
        _TIERS.high_years,
        "int",
        "segmentation",
        QT_TRANSLATE_NOOP("settings", "客户年限（年）：高"),
        minimum=1,
        maximum=100,
    ),
    SettingSpec(
        "tier_medium_years",
        _TIERS.medium_years,
        "int",
        "segmentation",
        QT_TRANSLATE_NOOP("settings", "客户年限（年）：中"),
        minimum=1,
        maximum=100,
    ),
    SettingSpec(
        "review_life_multiple",
        _REVIEW.life_multiple,
        "int",
        "review",
        QT_TRANSLATE_NOOP("settings", "寿险保额：有家人依靠其收入者，年收入的倍数"),
        QT_TRANSLATE_NOOP("settings", "保单检视按此倍数检查身故/寿险保障；0 表示不检查"),
        maximum=50,
    ),
    SettingSpec(
        "review_ci_multiple",
        _REVIEW.ci_multiple,
        "int",
        "review",
        QT_TRANSLATE_NOOP("settings", "重疾保额：每位成人年收入的倍数"),
        QT_TRANSLATE_NOOP("settings", "未登记收入的成人只检查是否有重疾保障；0 表示不按收入检查"),
        maximum=50,
    ),
    SettingSpec(
        "review_accident_multiple",
        _REVIEW.accident_multiple,
        "int",
        "review",
        QT_TRANSLATE_NOOP("settings", "意外保额：有收入者年收入的倍数"),
        QT_TRANSLATE_NOOP("settings", "0 表示不检查"),
        maximum=50,
    ),
    SettingSpec(
        "review_child_ci_minimum",
        _REVIEW.child_ci_minimum,
        "money",
        "review",
        QT_TRANSLATE_NOOP("settings", "子女重疾保额不低于（元）"),
        QT_TRANSLATE_NOOP("settings", "未成年子女应有重疾和医疗保障"),
        maximum=100_000_000,
    ),
    SettingSpec(
        "review_premium_burden_pct",
        _REVIEW.premium_burden_pct,
        "int",
        "review",
        QT_TRANSLATE_NOOP("settings", "保费负担提醒：年缴保费超过家庭年收入的（%）"),
        minimum=1,
        maximum=100,
    ),
)
# One template per kind of message (domain/messages.py), edited in the 消息模板 tab.
MESSAGE_PREFIX = "message_"
MESSAGE_LABELS = {
    MessageKind.BIRTHDAY: QT_TRANSLATE_NOOP("settings", "生日祝福"),
    MessageKind.PREMIUM_DUE: QT_TRANSLATE_NOOP("settings", "缴费提醒"),
    MessageKind.RENEWAL: QT_TRANSLATE_NOOP("settings", "续保提醒"),
    MessageKind.CLAIM_PROGRESS: QT_TRANSLATE_NOOP("settings", "理赔进度"),
    MessageKind.FESTIVAL: QT_TRANSLATE_NOOP("settings", "节日问候"),
}
SETTINGS += tuple(
    SettingSpec(
        MESSAGE_PREFIX + kind.value,
        DEFAULTS[kind],
        "template",
        "messages",
        MESSAGE_LABELS[kind],
        QT_TRANSLATE_NOOP("settings", "发送前从记录填入花括号中的字段；可用的字段见输入框下方"),
        maximum=400,
    )
    for kind in MessageKind
)
SPECS: dict[str, SettingSpec] = {s.key: s for s in SETTINGS}


def parse(spec: SettingSpec, text: str) -> Any:
    """The typed value of *text*; raises SettingValueError when it does not fit the spec."""
    text = text.strip()
    try:
        if spec.kind == "bool":
            if text.lower() in ("1", "true", "yes", "on"):
                return True
            if text.lower() in ("0", "false", "no", "off", ""):
                return False
            raise SettingValueError(f"{spec.key}={text!r}")
        if spec.kind == "int":
            value: Any = int(text)
            _check_range(spec, value)
            return value
        if spec.kind == "money":
            value = Decimal(text)
            if not value.is_finite():
                raise SettingValueError(text)
            _check_range(spec, value)
            return value
        if spec.kind == "days_list":
            value = tuple(sorted({int(part) for part in text.replace("，", ",").split(",") if part.strip()}))
            if not value:
                raise SettingValueError(text)
            for day in value:
                _check_range(spec, day)
            return value
    except (ValueError, InvalidOperation) as exc:
        if isinstance(exc, SettingValueError):
            raise
        raise SettingValueError(f"{spec.key}={text!r}") from exc
    if len(text) > spec.maximum:
        raise SettingValueError(f"{spec.key}: longer than {spec.maximum} characters")
    if spec.kind == "pattern":
        try:
            return archive_numbers.check_pattern(text)
        except KnownError as exc:
            raise SettingValueError(f"{spec.key}={text!r}") from exc
    if spec.kind == "template":
        problems = template_errors(MessageKind(spec.key.removeprefix(MESSAGE_PREFIX)), text)
        if problems:
            raise SettingValueError(problems[0].text())
    return text


def format_value(spec: SettingSpec, value: Any) -> str:
    if spec.kind == "bool":
        return "1" if value else "0"
    if spec.kind == "days_list":
        return ",".join(str(int(v)) for v in value)
    return str(value)


def _check_range(spec: SettingSpec, value: int | Decimal) -> None:
    if value < spec.minimum or value > spec.maximum:
        raise SettingValueError(f"{spec.key}: {value} outside {spec.minimum}..{spec.maximum}")


class Settings:
    """Typed access to the declared settings of one archive."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str) -> Any:
        spec = SPECS[key]
        text = self.db.get_setting(key)
        if text is None:
            return spec.default
        try:
            return parse(spec, text)
        except SettingValueError:  # a hand-edited or older value: the default keeps the app working
            return spec.default

    def set(self, key: str, value: Any) -> None:
        """Store *value* (typed, or text as typed) after checking it; unchanged values write nothing."""
        spec = SPECS[key]
        text = format_value(spec, parse(spec, value if isinstance(value, str) else format_value(spec, value)))
        current = self.db.get_setting(key)
        if current == text or (current is None and text == format_value(spec, spec.default)):
            return
        self.db.set_setting(key, text)

    def values(self, group: str | None = None) -> dict[str, Any]:
        return {s.key: self.get(s.key) for s in SETTINGS if group is None or s.group == group}

    def tier_thresholds(self) -> TierThresholds:
        return TierThresholds(
            high_premium=self.get("tier_high_premium"),
            medium_premium=self.get("tier_medium_premium"),
            high_products=self.get("tier_high_products"),
            medium_products=self.get("tier_medium_products"),
            high_years=self.get("tier_high_years"),
            medium_years=self.get("tier_medium_years"),
        )

    def review_rules(self) -> ReviewRules:
        """The family review's rules as the agent set them (grace period from the Today settings)."""
        return ReviewRules(
            life_multiple=self.get("review_life_multiple"),
            ci_multiple=self.get("review_ci_multiple"),
            accident_multiple=self.get("review_accident_multiple"),
            child_ci_minimum=self.get("review_child_ci_minimum"),
            premium_burden_pct=self.get("review_premium_burden_pct"),
            grace_days=self.get("grace_days"),
        )


def apply_agent_name(db: Database) -> str:
    """Make the agent's name the audit-log actor from now on (the login name when none is set).
    On a branch server each person is their own login, which stays the actor: the branch's
    settings are shared and name no one person."""
    if db.branch is not None:
        return db.actor
    db.actor = Settings(db).get("agent_name") or default_actor()
    return db.actor
