"""The 360 view's 知情同意 tab (PIPL): the consent on record and its warnings, the history of
consents given and withdrawn, and the buttons for the person's own requests.

Its words keep the 360 view's translation context: they are that window's words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agentbook.domain.consent import ConsentEvent
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.models import Customer
from agentbook.domain.validation import FieldError
from agentbook.ui.customer360.record_tables import record_table
from agentbook.ui.i18n import tr_validation
from agentbook.ui.list_model import Column, ListTableModel

WARNING_STYLE = "color: #8a5300;"
SHOWN_WARNINGS = ("consent_date", "consent_sensitive", "guardian")


def consent_text(c: Customer) -> str:
    """The consent on record in one line (also a row of the basic information)."""
    if not c.consent_date:
        return QCoreApplication.translate("Customer360View", "未记录")
    text = QCoreApplication.translate("Customer360View", "{0} 同意：{1}").format(
        c.consent_date.isoformat(), c.consent_scope
    )
    if c.consent_sensitive:
        text += QCoreApplication.translate("Customer360View", "（含敏感信息单独同意）")
    return text


def guardian_text(event: ConsentEvent) -> str:
    if not event.guardian_name:
        return ""
    return f"{event.guardian_name}（{event.guardian_relation}）" if event.guardian_relation else event.guardian_name


class ConsentSection(QWidget):
    """The buttons call the view's handlers: recording a consent reloads the whole view."""

    def __init__(
        self,
        parent: QWidget,
        *,
        give: Callable[[], object],
        withdraw: Callable[[], object],
        export: Callable[[], object],
        requests: Callable[[], object],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consent_section")
        self.state = QLabel(self)
        self.state.setObjectName("consent_state")
        self.state.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("consent_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.model: ListTableModel[ConsentEvent] = ListTableModel(
            [
                Column(QT_TRANSLATE_NOOP("columns", "日期"), "date", lambda e: e.on_date),
                Column(QT_TRANSLATE_NOOP("columns", "类别"), "enum", lambda e: e.kind),
                Column(QT_TRANSLATE_NOOP("columns", "操作"), "enum", lambda e: e.action),
                Column(QT_TRANSLATE_NOOP("columns", "范围"), "text", lambda e: e.scope),
                Column(QT_TRANSLATE_NOOP("columns", "方式"), "enum", lambda e: e.channel),
                Column(QT_TRANSLATE_NOOP("columns", "监护人"), "text", guardian_text),
                Column(QT_TRANSLATE_NOOP("columns", "备注"), "text", lambda e: e.note),
            ]
        )
        self.view = record_table(self.model, self)
        self.view.setObjectName("view_consent")
        buttons = QHBoxLayout()
        for name, text, handler in (
            ("give_consent", QCoreApplication.translate("Customer360View", "记录同意…"), give),
            ("withdraw_consent", QCoreApplication.translate("Customer360View", "撤回同意…"), withdraw),
            ("export_own_data", QCoreApplication.translate("Customer360View", "导出本人数据…"), export),
            ("subject_requests", QCoreApplication.translate("Customer360View", "个人信息请求…"), requests),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, h=handler: h())
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def fill(self, c: Customer, history: list[ConsentEvent], warnings: list[FieldError]) -> str:
        """Show *c*'s consent; returns the tab's title (the count of events, ⚠ when warned)."""
        self.model.set_rows(history)
        self.state.setText(QCoreApplication.translate("Customer360View", "当前状态：{0}").format(consent_text(c)))
        shown = [w for w in warnings if w.field in SHOWN_WARNINGS]
        self.warnings.setText("\n".join("⚠ " + w.text(tr_validation) for w in shown))
        self.warnings.setVisible(bool(shown))
        title = QCoreApplication.translate("Customer360View", "知情同意 (%n)", "", len(history))
        return title + " ⚠" if shown else title
