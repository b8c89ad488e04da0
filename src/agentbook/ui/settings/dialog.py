"""Settings: every configurable value in one dialog, a tab per group, generated from the declarations.

The values are declared once, in ``store/settings.py`` (identity, archive numbers, reminder
windows, grace period, complaint deadlines, value tiers, the idle lock, retention, backups), and
this dialog only shows them, so a new setting appears here by being declared. All changes of one OK are written in one
transaction (each audit-logged) after every value was checked. The interface language is the one
machine-local setting (QSettings) and is applied at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.messages import MessageKind, template_errors
from agentbook.store import settings as declared
from agentbook.store.api import Store
from agentbook.ui.errors import reported
from agentbook.ui.i18n import LANGUAGES, SETTING_KEY, Translation, tr_validation
from agentbook.ui.security.backup_actions import FOLDER_MIRROR
from agentbook.ui.settings.fields import CONTEXT, SettingField, make_field

# Tab order and titles; a group nobody listed here still gets a tab, titled by its name.
GROUPS: tuple[tuple[str, str], ...] = (
    ("general", QT_TRANSLATE_NOOP("settings", "常规")),
    ("today", QT_TRANSLATE_NOOP("settings", "今日提醒")),
    ("complaints", QT_TRANSLATE_NOOP("settings", "投诉处理")),
    ("segmentation", QT_TRANSLATE_NOOP("settings", "客户价值分级")),
    ("review", QT_TRANSLATE_NOOP("settings", "保单检视")),
    ("messages", QT_TRANSLATE_NOOP("settings", "消息模板")),
    ("security", QT_TRANSLATE_NOOP("settings", "安全")),
    ("backup", QT_TRANSLATE_NOOP("settings", "备份")),
)


@dataclass(frozen=True, slots=True)
class SettingsSource:
    """A module's declared settings and how to read, check and write them."""

    specs: Sequence[Any]
    access: Any  # get(key) -> typed value; set(key, value)
    parse: Callable[[Any, str], Any]  # raises ValueError for a value that does not fit
    format: Callable[[Any, Any], str]


def settings_sources(store: Store) -> list[SettingsSource]:
    """Every declared setting of the archive."""
    return [SettingsSource(declared.SETTINGS, store.settings, declared.parse, declared.format_value)]


def invalid_value_message(spec: Any, text: str = "") -> str:
    label = QCoreApplication.translate(CONTEXT, spec.label)
    if spec.kind == "template":  # say which field is unknown and which ones exist
        problems = template_errors(MessageKind(spec.key.removeprefix("message_")), text)
        if problems:
            return f"{label}：{problems[0].text(tr_validation)}"
    if spec.kind in ("int", "money", "days_list"):
        text = QCoreApplication.translate("SettingsDialog", "“{0}”的值无效：请填写 {1} 到 {2} 之间的数。")
        return text.format(label, spec.minimum, spec.maximum)
    return QCoreApplication.translate("SettingsDialog", "“{0}”的值无效，请检查。").format(label)


class SettingsDialog(QDialog):
    def __init__(self, store: Store, translation: Translation, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.store = store
        self.translation = translation
        self.settings = settings
        self.setWindowTitle(QCoreApplication.translate("SettingsDialog", "设置"))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settings_tabs")
        self.forms: dict[str, QFormLayout] = {}
        self.fields: list[tuple[SettingsSource, SettingField]] = []

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(translation.language)))

        declared = [(source, spec) for source in settings_sources(store) for spec in source.specs]
        titles = dict(GROUPS)
        groups = [g for g, _t in GROUPS if any(spec.group == g for _s, spec in declared)]
        groups += list(dict.fromkeys(spec.group for _s, spec in declared if spec.group not in titles))
        for group in ["general", *[g for g in groups if g != "general"]]:
            page = QWidget(self.tabs)
            page.setObjectName(f"settings_page_{group}")
            form = QFormLayout(page)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            self.tabs.addTab(page, QCoreApplication.translate(CONTEXT, titles[group]) if group in titles else group)
            self.forms[group] = form
        self.forms["general"].addRow(QCoreApplication.translate("SettingsDialog", "界面语言"), self.language)
        for source, spec in declared:
            field = make_field(spec, source.format(spec, source.access.get(spec.key)), self)
            self.forms[spec.group].addRow(QCoreApplication.translate(CONTEXT, spec.label), field.widget)
            self.fields.append((source, field))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def field(self, key: str) -> SettingField:
        return next(f for _s, f in self.fields if f.spec.key == key)

    def show_group(self, group: str) -> None:
        """Open at the tab of *group* (the Tools menu's reminder settings open at "today")."""
        page = self.forms[group].parentWidget() if group in self.forms else None
        if page is not None:
            self.tabs.setCurrentWidget(page)

    def _show_field(self, field: SettingField) -> None:
        page = self.forms[field.spec.group].parentWidget()
        if page is not None:
            self.tabs.setCurrentWidget(page)
        field.focus()

    def changes(self) -> list[tuple[SettingsSource, Any, Any]] | None:
        """(source, spec, value) for each value that differs; None after telling the user about a bad one."""
        changed = []
        for source, field in self.fields:
            spec = field.spec
            try:
                value = source.parse(spec, field.text())
            except ValueError:
                self._show_field(field)
                QMessageBox.warning(self, self.windowTitle(), invalid_value_message(spec, field.text()))
                return None
            if source.format(spec, value) != source.format(spec, source.access.get(spec.key)):
                changed.append((source, spec, value))
        return changed

    def accept(self) -> None:
        changed = self.changes()
        if changed is None:
            return
        with reported(self) as failure:
            own = self.store.settings
            self.store.update_settings({spec.key: value for source, spec, value in changed if source.access is own})
            for source, spec, value in changed:
                if source.access is not own:  # a declaration outside the archive's own settings
                    source.access.set(spec.key, value)
        if failure:
            return
        for _s, spec, value in changed:
            if spec.key == "backup_folder":  # also kept on this machine: found when the archive will not open
                self.settings.setValue(FOLDER_MIRROR, str(value))
        language = self.language.currentData()
        if language != self.translation.language:
            self.settings.setValue(SETTING_KEY, language)
            self.translation.apply(language)
        super().accept()
