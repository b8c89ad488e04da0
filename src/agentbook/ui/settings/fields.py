"""One editor widget per kind of declared setting, all read back as the text the user typed.

The settings dialog is generated from the declared specs (``store/settings.py``), so it needs a
widget for every ``kind`` they use. Each field hands
back text; the spec's own ``parse`` decides whether it is valid, so limits live in one place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.messages import FIELDS, MessageKind
from agentbook.paths import backup_dir
from agentbook.ui.i18n import join_list

CONTEXT = "settings"


class SettingField:
    """The editor of one setting: ``widget`` goes into the form, ``text()`` is what was entered."""

    def __init__(self, spec: Any, text: str, parent: QWidget) -> None:
        self.spec = spec
        self.widget: QWidget = self._make(parent)
        self.widget.setObjectName(f"setting_{spec.key}")
        tooltip = QCoreApplication.translate(CONTEXT, spec.tooltip) if spec.tooltip else ""
        self.widget.setToolTip(tooltip)
        self.set_text(text)

    def _make(self, parent: QWidget) -> QWidget:
        self.edit = QLineEdit(parent)
        if self.spec.kind in ("text", "pattern", "folder"):
            self.edit.setMaxLength(int(self.spec.maximum))
        return self.edit

    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def focus(self) -> None:
        self.widget.setFocus()


class IntField(SettingField):
    def _make(self, parent: QWidget) -> QWidget:
        self.spin = QSpinBox(parent)
        self.spin.setRange(int(self.spec.minimum), int(self.spec.maximum))
        self.spin.setMinimumWidth(110)
        self.spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # a number needs no full row
        return self.spin

    def text(self) -> str:
        return str(self.spin.value())

    def set_text(self, text: str) -> None:
        try:
            self.spin.setValue(int(text))
        except ValueError:
            self.spin.setValue(int(self.spec.minimum))


class FolderField(SettingField):
    """A folder path with a browse button; empty means the default, shown greyed as a hint."""

    def _make(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(box)
        self.edit.setMaxLength(int(self.spec.maximum))
        self.edit.setPlaceholderText(str(backup_dir()))
        self.edit.setClearButtonEnabled(True)
        browse = QPushButton(QCoreApplication.translate("settings", "选择…"), box)
        browse.setObjectName(f"browse_{self.spec.key}")
        browse.clicked.connect(self._browse)
        row.addWidget(self.edit, 1)
        row.addWidget(browse)
        return box

    def _browse(self) -> None:
        start = self.edit.text() or str(backup_dir())
        chosen = QFileDialog.getExistingDirectory(
            self.widget, QCoreApplication.translate("settings", "选择文件夹"), start
        )
        if chosen:
            self.edit.setText(chosen)

    def focus(self) -> None:
        self.edit.setFocus()


class BoolField(SettingField):
    """A tick box; its text is "1" or "0" as the specs' ``parse`` expects."""

    def _make(self, parent: QWidget) -> QWidget:
        self.check = QCheckBox(parent)
        return self.check

    def text(self) -> str:
        return "1" if self.check.isChecked() else "0"

    def set_text(self, text: str) -> None:
        self.check.setChecked(text.strip().lower() in ("1", "true", "yes", "on"))


class TemplateField(SettingField):
    """A message template: a few lines of text, with the fields it may use listed under it."""

    def _make(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.editor = QPlainTextEdit(box)
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(72)
        kind = MessageKind(self.spec.key.removeprefix("message_"))
        fields = join_list(f"{{{name}}}" for name in FIELDS[kind])
        hint = QLabel(QCoreApplication.translate(CONTEXT, "可用字段：{0}").format(fields), box)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368;")
        layout.addWidget(self.editor)
        layout.addWidget(hint)
        return box

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)

    def focus(self) -> None:
        self.editor.setFocus()


FIELD_KINDS: dict[str, type[SettingField]] = {
    "int": IntField,
    "folder": FolderField,
    "bool": BoolField,
    "template": TemplateField,
}


def make_field(spec: Any, text: str, parent: QWidget) -> SettingField:
    """The editor for *spec*; kinds without their own widget (text, money, lists of days) get a line edit."""
    return FIELD_KINDS.get(spec.kind, SettingField)(spec, text, parent)
