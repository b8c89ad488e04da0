"""Every setting of the agent's working day, declared once: key, default, type, label, limits.

Vorta's ``store/settings.py`` and qutebrowser's ``configdata.yml`` keep settings in one
declared place so a settings page can be generated from the list and no code reads a key with
a different default than another. These live in the database's ``setting`` table (they travel
with the archive and every change is audit-logged), read through ``Settings``, which returns
typed values and falls back to the default when a stored text does not parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.segmentation import TierThresholds
from agentbook.store.database import Database

SETTINGS_CONTEXT = "settings"


@dataclass(frozen=True, slots=True)
class SettingSpec:
    key: str
    default: Any
    kind: str  # int | money | days_list
    group: str  # today | complaints | segmentation
    label: str  # source text in the "settings" context
    tooltip: str = ""
    minimum: int = 0
    maximum: int = 3650


_TIERS = TierThresholds()

SETTINGS: tuple[SettingSpec, ...] = (
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
        "today_payment_days",
        7,
        "int",
        "today",
        QT_TRANSLATE_NOOP("settings", "保费应缴提前提醒（天）"),
        maximum=60,
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
)
SPECS: dict[str, SettingSpec] = {s.key: s for s in SETTINGS}


class SettingValueError(ValueError):
    """A value outside a setting's type or limits."""


def parse(spec: SettingSpec, text: str) -> Any:
    """The typed value of stored *text*; raises SettingValueError when it does not fit."""
    try:
        if spec.kind == "int":
            value: Any = int(text)
            _check_range(spec, value)
        elif spec.kind == "money":
            value = Decimal(text)
            if not value.is_finite():
                raise SettingValueError(text)
            _check_range(spec, value)
        elif spec.kind == "days_list":
            value = tuple(sorted({int(part) for part in text.replace("，", ",").split(",") if part.strip()}))
            if not value:
                raise SettingValueError(text)
            for day in value:
                _check_range(spec, day)
        else:
            raise SettingValueError(spec.kind)
    except (ValueError, InvalidOperation) as exc:
        raise SettingValueError(f"{spec.key}={text!r}") from exc
    return value


def format_value(spec: SettingSpec, value: Any) -> str:
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
        """Store *value* (typed, or text as typed by the user) after checking type and limits."""
        spec = SPECS[key]
        text = format_value(spec, value) if not isinstance(value, str) else value.strip()
        normalised = format_value(spec, parse(spec, text))
        if self.db.get_setting(key) != normalised:
            self.db.set_setting(key, normalised)

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
