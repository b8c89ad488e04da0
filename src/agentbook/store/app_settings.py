"""Settings of the program as a whole, declared once: who works with it, locking, backups, printing.

Like the working-day settings (``store/settings.py``) each one is a ``SettingSpec`` with
its key, default, kind, group, label and limits, so the settings dialog is generated from the
list and every reader gets the same default. They live in the archive's ``setting`` table: they
travel with the archive, and every change is audit-logged — changing the idle lock or the backup
folder is something an auditor may want to see. The one exception is the interface language,
which must be known before an archive is opened and stays in the machine's QSettings
(``ui/i18n.py``).

Who reads what:
- ``agency_name`` — the archive sheet's header (``exporters.archive_sheets.AGENCY_SETTING``);
- ``agent_name`` — the actor written into the audit log (``app.apply_agent_name``), and the sheets;
- ``archive_no_pattern`` — new archive numbers (``store.archive_numbers``);
- ``sheet_contact_limit`` — how many contact-log entries a sheet prints;
- ``idle_lock_minutes`` — the idle lock (0 = never);
- ``backup_folder``, ``backup_keep`` — where automatic backups go (empty = ``paths.backup_dir()``)
  and how many are kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store import archive_numbers
from agentbook.store.database import Database, default_actor
from agentbook.store.errors import KnownError

CONTEXT = "settings"  # translation context of labels and tooltips, shared with store/settings.py


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """One setting; the fields match ``store.settings.SettingSpec`` so one dialog shows both kinds."""

    key: str
    default: Any
    kind: str  # text | pattern | int | folder | bool
    group: str  # general | security | backup
    label: str  # source text in the "settings" context
    tooltip: str = ""
    minimum: int = 0
    maximum: int = 3650  # for text: the longest value accepted


class SettingValueError(ValueError):
    """A value outside a setting's kind or limits; the message names the setting."""


APP_SETTINGS: tuple[SettingSpec, ...] = (
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
        20,  # its DEFAULT_CONTACT_LIMIT (the store does not import the exporters)
        "int",
        "general",
        QT_TRANSLATE_NOOP("settings", "档案表打印最近沟通记录（条）"),
        maximum=200,
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
)
SPECS: dict[str, SettingSpec] = {s.key: s for s in APP_SETTINGS}


def parse(spec: SettingSpec, text: str) -> Any:
    """The typed value of *text*; raises SettingValueError when it does not fit the spec."""
    text = text.strip()
    if spec.kind == "bool":
        if text.lower() in ("1", "true", "yes", "on"):
            return True
        if text.lower() in ("0", "false", "no", "off", ""):
            return False
        raise SettingValueError(f"{spec.key}={text!r}")
    if spec.kind == "int":
        try:
            value: Any = int(text)
        except ValueError as exc:
            raise SettingValueError(f"{spec.key}={text!r}") from exc
        if not spec.minimum <= value <= spec.maximum:
            raise SettingValueError(f"{spec.key}: {value} outside {spec.minimum}..{spec.maximum}")
        return value
    if len(text) > spec.maximum:
        raise SettingValueError(f"{spec.key}: longer than {spec.maximum} characters")
    if spec.kind == "pattern":
        try:
            return archive_numbers.check_pattern(text)
        except KnownError as exc:
            raise SettingValueError(f"{spec.key}={text!r}") from exc
    return text


def format_value(spec: SettingSpec, value: Any) -> str:
    if spec.kind == "bool":
        return "1" if value else "0"
    return str(value)


class AppSettings:
    """Typed access to the declared settings of one archive (same shape as ``store.settings.Settings``)."""

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
        return {s.key: self.get(s.key) for s in APP_SETTINGS if group is None or s.group == group}


def apply_agent_name(db: Database) -> str:
    """Make the agent's name the audit-log actor from now on (the login name when none is set)."""
    db.actor = AppSettings(db).get("agent_name") or default_actor()
    return db.actor
