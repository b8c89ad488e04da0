"""Settings: language (applied at once), agency name and archive-number pattern."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from agentbook.exporters.archive_sheets import AGENCY_SETTING
from agentbook.store import archive_numbers
from agentbook.store.api import Store
from agentbook.ui.errors import show_error
from agentbook.ui.i18n import LANGUAGES, SETTING_KEY, Translation


class SettingsDialog(QDialog):
    def __init__(self, store: Store, translation: Translation, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.translation = translation
        self.settings = settings
        self.setWindowTitle(self.tr("设置"))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(translation.language)))
        self.agency = QLineEdit(store.db.get_setting(AGENCY_SETTING, "") or "", self)
        self.agency.setObjectName("agency_name")
        self.pattern = QLineEdit(store.customers.archive_pattern, self)
        self.pattern.setObjectName("archive_pattern")
        self.pattern_hint = QLabel(self.tr("可用占位符：{year} 年、{month} 月、{seq:06d} 序号"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("界面语言"), self.language)
        form.addRow(self.tr("机构名称（打印在档案表上）"), self.agency)
        form.addRow(self.tr("档案编号格式"), self.pattern)
        form.addRow("", self.pattern_hint)
        form.addRow(buttons)

    def accept(self) -> None:
        try:
            pattern = archive_numbers.check_pattern(self.pattern.text().strip())
            if pattern != self.store.customers.archive_pattern:
                self.store.db.set_setting(archive_numbers.SETTING_KEY, pattern)
            agency = self.agency.text().strip()
            if agency != (self.store.db.get_setting(AGENCY_SETTING, "") or ""):
                self.store.db.set_setting(AGENCY_SETTING, agency)
        except Exception as exc:
            show_error(self, exc)
            return
        language = self.language.currentData()
        if language != self.translation.language:
            self.settings.setValue(SETTING_KEY, language)
            self.translation.apply(language)
        super().accept()
