"""提醒与客户分层设置: the declared settings of store/settings.py as a form, built from the list
(so a new setting appears here by being declared there)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agentbook.store.api import Store
from agentbook.store.settings import SETTINGS, SettingSpec, SettingValueError, format_value, parse
from agentbook.ui.errors import show_error

GROUPS = {
    "today": QT_TRANSLATE_NOOP("WorkdaySettingsDialog", "今日提醒"),
    "complaints": QT_TRANSLATE_NOOP("WorkdaySettingsDialog", "投诉处理"),
    "segmentation": QT_TRANSLATE_NOOP(
        "WorkdaySettingsDialog",
        "客户价值分层（年化保费 5/2 分，保单件数与客户年限各 2/1 分；5 分以上为高价值，2 分以上为中价值）",
    ),
}


class WorkdaySettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("提醒与客户分层设置"))
        self.editors: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        for group, title in GROUPS.items():
            box = QGroupBox(QCoreApplication.translate("WorkdaySettingsDialog", title), self)
            form = QFormLayout(box)
            for spec in (s for s in SETTINGS if s.group == group):
                editor = self._editor(spec)
                label = QLabel(QCoreApplication.translate("settings", spec.label), box)
                if spec.tooltip:
                    tip = QCoreApplication.translate("settings", spec.tooltip)
                    label.setToolTip(tip)
                    editor.setToolTip(tip)
                form.addRow(label, editor)
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _editor(self, spec: SettingSpec) -> QWidget:
        value = self.store.settings.get(spec.key)
        if spec.kind == "int":
            spin = QSpinBox(self)
            spin.setRange(spec.minimum, spec.maximum)
            spin.setValue(int(value))
            editor: QWidget = spin
        else:
            editor = QLineEdit(format_value(spec, value), self)
        editor.setObjectName(spec.key)
        self.editors[spec.key] = editor
        return editor

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, editor in self.editors.items():
            out[key] = editor.value() if isinstance(editor, QSpinBox) else editor.text()  # type: ignore[attr-defined]
        return out

    def accept(self) -> None:
        values = self.values()
        for spec in SETTINGS:
            try:
                parse(spec, str(values[spec.key]))
            except SettingValueError:
                QMessageBox.warning(
                    self,
                    self.windowTitle(),
                    self.tr("“{0}”的值无效：应为 {1} 到 {2} 之间的数字。").format(
                        QCoreApplication.translate("settings", spec.label), spec.minimum, spec.maximum
                    ),
                )
                self.editors[spec.key].setFocus()
                return
        try:
            self.store.update_settings(values)
        except Exception as exc:
            show_error(self, exc)
            return
        super().accept()
