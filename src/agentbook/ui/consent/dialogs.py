"""Consent and data-subject requests on screen (PIPL): the small dialogs, the request log
(工具 ▸ 个人信息请求…), and the "导出本人数据" action shared by the 360 view and the log."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.consent import (
    GUARDIAN_AGE,
    ConsentAction,
    ConsentChannel,
    ConsentEvent,
    ConsentKind,
    RequestChannel,
    RequestKind,
    RequestState,
    SubjectRequest,
    age_on,
    due_date,
    validate_consent_event,
    validate_subject_request,
)
from agentbook.domain.enums import LabeledEnum
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.validation import FieldError
from agentbook.store.api import Store
from agentbook.ui.app.folders import documents_folder
from agentbook.ui.dialogs.pickers import RecordPicker
from agentbook.ui.dialogs.simple_form import SimpleFormDialog
from agentbook.ui.errors import show_error
from agentbook.ui.i18n import tr_enum
from agentbook.ui.worker import Operation

WARNING_STYLE = "color: #8a5300; font-size: 90%;"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _enum_combo(parent: QWidget, enum: type[LabeledEnum], optional: bool) -> QComboBox:
    combo = QComboBox(parent)
    if optional:
        combo.addItem("", None)
    for member in enum:
        combo.addItem(tr_enum(member), member.value)
    return combo


def _date_edit(parent: QWidget, value: date) -> QDateEdit:
    edit = QDateEdit(_qdate(value), parent)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


class ConsentDialog(SimpleFormDialog):
    """记录同意 / 撤回同意: kind, date, scope, channel, and the guardian for a child."""

    def __init__(self, store: Store, customer_id: int, action: ConsentAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consent_dialog")
        self.store = store
        self.customer_id = customer_id
        self.action = action
        self.saved: ConsentEvent | None = None
        customer = store.customers.get(customer_id)
        giving = action is ConsentAction.GIVEN
        self.setWindowTitle((self.tr("记录同意 – {0}") if giving else self.tr("撤回同意 – {0}")).format(customer.name))
        self.kind = self.add_row("kind", self.tr("同意类别"), _enum_combo(self, ConsentKind, False))
        self.on_date = self.add_row(
            "on_date", self.tr("同意日期") if giving else self.tr("撤回日期"), _date_edit(self, store.today())
        )
        self.scope = self.add_row("scope", self.tr("同意范围") if giving else self.tr("撤回说明"), QLineEdit(self))
        self.scope.setPlaceholderText(
            self.tr("处理目的与信息种类，例如：客户档案管理、保单服务与回访") if giving else self.tr("可不填")
        )
        self.channel = self.add_row("channel", self.tr("方式"), _enum_combo(self, ConsentChannel, True))
        self.guardian_name = self.add_row("guardian_name", self.tr("监护人姓名"), QLineEdit(self))
        self.guardian_relation = self.add_row("guardian_relation", self.tr("与客户关系"), QLineEdit(self))
        self.guardian_relation.setPlaceholderText(self.tr("父亲、母亲或其他监护人"))
        self.note = self.add_row("note", self.tr("备注"), QLineEdit(self))
        age = age_on(customer, store.today())
        if giving:
            self.scope.setText(customer.consent_scope)
            if age is not None and age < GUARDIAN_AGE:
                self.kind.setCurrentIndex(self.kind.findData(ConsentKind.GUARDIAN.value))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(WARNING_STYLE)
        if age is not None and age < GUARDIAN_AGE:
            self.hint.setText(
                self.tr("客户未满 {0} 周岁：须由父母或其他监护人同意，并记录监护人。").format(GUARDIAN_AGE)
            )
        self.form.insertRow(0, self.hint)
        self.hint.setVisible(bool(self.hint.text()))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for edit in (self.scope, self.guardian_name, self.guardian_relation, self.note):
            edit.textChanged.connect(self.validate_now)
        self.on_date.dateChanged.connect(self.validate_now)
        self.resize(520, 0)
        self._kind_changed()

    def _kind_changed(self, *_args: Any) -> None:
        guardian = self.event_kind() is ConsentKind.GUARDIAN
        self.set_row_visible("guardian_name", guardian)
        self.set_row_visible("guardian_relation", guardian)
        self.validate_now()

    def event_kind(self) -> ConsentKind:
        return ConsentKind(self.kind.currentData())

    def consent_event(self) -> ConsentEvent:
        code = self.channel.currentData()
        return ConsentEvent(
            self.customer_id,
            self.event_kind(),
            self.action,
            self.on_date.date().toPython(),
            scope=self.scope.text().strip(),
            channel=ConsentChannel(code) if code else None,
            guardian_name=self.guardian_name.text().strip(),
            guardian_relation=self.guardian_relation.text().strip(),
            note=self.note.text().strip(),
        )

    def build(self) -> ConsentEvent:
        return self.consent_event()

    def check(self, record: ConsentEvent) -> list[FieldError]:
        return validate_consent_event(record, self.store.today())

    def store_record(self, record: ConsentEvent) -> ConsentEvent:
        return self.store.record_consent(record)


class SubjectRequestDialog(SimpleFormDialog):
    """Log a request of a data subject: who, what, when and how it came in; the due date follows."""

    def __init__(self, store: Store, customer_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subject_request_dialog")
        self.setWindowTitle(self.tr("登记个人信息请求"))
        self.store = store
        self.saved: SubjectRequest | None = None
        customer_edit = self.add_row("customer_id", self.tr("客户"), QLineEdit(self))
        customer_edit.setPlaceholderText(self.tr("输入姓名、拼音首字母、手机或证件号码后几位"))
        self.picker = RecordPicker(customer_edit, store.customer_choices, store.customer_label)
        self.picker.changed.connect(self.validate_now)
        if customer_id is not None:
            self.picker.set_record(customer_id)
        self.kind = self.add_row("kind", self.tr("请求类型"), _enum_combo(self, RequestKind, False))
        self.received_on = self.add_row("received_on", self.tr("收到日期"), _date_edit(self, store.today()))
        self.channel = self.add_row("channel", self.tr("渠道"), _enum_combo(self, RequestChannel, True))
        self.details = self.add_row("details", self.tr("请求内容"), QPlainTextEdit(self))
        self.details.setMaximumHeight(80)
        self.details.setTabChangesFocus(True)
        self.due_label = self.add_row("due_on", self.tr("答复期限"), QLabel(self))
        self.received_on.dateChanged.connect(self._received_changed)
        self.resize(520, 0)
        self._received_changed()

    def _received_changed(self, *_args: Any) -> None:
        due = due_date(self.received_on.date().toPython())
        self.due_label.setText(self.tr("{0}（收到后 15 个工作日）").format(due.isoformat()))
        self.validate_now()

    def request(self) -> SubjectRequest:
        code = self.channel.currentData()
        received = self.received_on.date().toPython()
        return SubjectRequest(
            self.picker.record_id,
            RequestKind(self.kind.currentData()),
            received,
            RequestChannel(code) if code else None,
            self.details.toPlainText().strip(),
            due_on=due_date(received),
        )

    def build(self) -> SubjectRequest:
        return self.request()

    def check(self, record: SubjectRequest) -> list[FieldError]:
        return validate_subject_request(record, self.store.today())

    def store_record(self, record: SubjectRequest) -> SubjectRequest:
        return self.store.add_subject_request(record)


class AnswerDialog(SimpleFormDialog):
    """答复: when and what the person was told (PIPL Art. 50 asks for reasons when refusing)."""

    def __init__(self, store: Store, request: SubjectRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answer_dialog")
        self.setWindowTitle(self.tr("答复个人信息请求"))
        self.store = store
        self.request = request
        self.saved: SubjectRequest | None = None
        summary = QLabel(
            self.tr("{0} · {1} · 收到于 {2}").format(
                store.customer_label(request.customer_id) if request.customer_id else request.archive_no,
                tr_enum(request.kind),
                request.received_on.isoformat(),
            ),
            self,
        )
        summary.setWordWrap(True)
        self.form.addRow(summary)
        self.answered_on = self.add_row("answered_on", self.tr("答复日期"), _date_edit(self, store.today()))
        self.answer = self.add_row("answer", self.tr("答复内容"), QPlainTextEdit(self))
        self.answer.setPlaceholderText(self.tr("已办理的事项；不予办理的，写明理由（第五十条）"))
        self.answer.setMaximumHeight(100)
        self.answer.setTabChangesFocus(True)
        self.handled_by = self.add_row("handled_by", self.tr("经办人"), QLineEdit(store.actor, self))
        self.answered_on.dateChanged.connect(self.validate_now)
        self.answer.textChanged.connect(self.validate_now)
        self.resize(520, 0)
        self.validate_now()

    def answered(self) -> SubjectRequest:
        return dataclasses.replace(
            self.request,
            answered_on=self.answered_on.date().toPython(),
            answer=self.answer.toPlainText().strip(),
            handled_by=self.handled_by.text().strip(),
        )

    def build(self) -> SubjectRequest:
        return self.answered()

    def check(self, record: SubjectRequest) -> list[FieldError]:
        return validate_subject_request(record, self.store.today())

    def store_record(self, value: SubjectRequest) -> SubjectRequest:
        assert self.request.id is not None and value.answered_on is not None
        return self.store.answer_subject_request(
            self.request.id, value.answer, answered_on=value.answered_on, handled_by=value.handled_by
        )


class SubjectRequestModel(QAbstractTableModel):
    """The request log: open requests first, overdue ones in red."""

    HEADERS = (
        QT_TRANSLATE_NOOP("columns", "状态"),
        QT_TRANSLATE_NOOP("columns", "收到日期"),
        QT_TRANSLATE_NOOP("columns", "客户"),
        QT_TRANSLATE_NOOP("columns", "请求类型"),
        QT_TRANSLATE_NOOP("columns", "答复期限"),
        QT_TRANSLATE_NOOP("columns", "答复日期"),
        QT_TRANSLATE_NOOP("columns", "请求内容"),
        QT_TRANSLATE_NOOP("columns", "答复内容"),
        QT_TRANSLATE_NOOP("columns", "经办人"),
    )
    STATE, RECEIVED, CUSTOMER, KIND, DUE, ANSWERED, DETAILS, ANSWER, HANDLER = range(9)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SubjectRequest] = []
        self._labels: dict[int, str] = {}
        self._today = date.min  # set with the rows, from the store's clock

    def set_rows(self, rows: list[SubjectRequest], labels: dict[int, str], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._labels = dict(labels)
        self._today = today
        self.endResetModel()

    def row_object(self, row: int) -> SubjectRequest:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("columns", self.HEADERS[section])
        return None

    def _text(self, request: SubjectRequest, column: int) -> str:
        if column == self.STATE:
            state = tr_enum(request.state_on(self._today))
            if request.answered_late:
                state += QCoreApplication.translate("SubjectRequestModel", "（逾期答复）")
            return state
        if column == self.CUSTOMER:
            if request.customer_id is None:
                return request.archive_no
            return self._labels.get(request.customer_id, request.archive_no)
        if column == self.KIND:
            return tr_enum(request.kind)
        value = {
            self.RECEIVED: request.received_on,
            self.DUE: request.due_on,
            self.ANSWERED: request.answered_on,
            self.DETAILS: request.details,
            self.ANSWER: request.answer,
            self.HANDLER: request.handled_by,
        }[column]
        if isinstance(value, date):
            return value.isoformat()
        return value or ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        request = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(request, index.column())
        state = request.state_on(self._today)
        if role == Qt.ItemDataRole.ForegroundRole:
            if state is RequestState.OVERDUE:
                return QColor("#b71c1c")
            if state is RequestState.ANSWERED:
                return QColor("#616161")
        if role == Qt.ItemDataRole.BackgroundRole and state is RequestState.OVERDUE and index.column() == self.STATE:
            return QColor("#ffebee")
        return None


class SubjectRequestsDialog(QDialog):
    """工具 ▸ 个人信息请求…: the log of requests (PIPL Arts. 44–50) and their answers."""

    def __init__(self, store: Store, parent: QWidget | None = None, customer_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subject_requests_dialog")
        self.setWindowTitle(self.tr("个人信息请求"))
        self.store = store
        self.customer_id = customer_id
        self.model = SubjectRequestModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("requests_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.answer_selected())
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        note = QLabel(
            self.tr(
                "个人查阅、复制、更正、删除其个人信息或撤回同意的请求应及时受理；答复期限按收到后 15 个工作日计算。"
            ),
            self,
        )
        note.setWordWrap(True)
        self.new_button = QPushButton(self.tr("登记请求…"), self)
        self.answer_button = QPushButton(self.tr("答复…"), self)
        self.export_button = QPushButton(self.tr("导出本人数据…"), self)
        self.close_button = QPushButton(self.tr("关闭"), self)
        for name, button in (
            ("new_button", self.new_button),
            ("answer_button", self.answer_button),
            ("export_button", self.export_button),
        ):
            button.setObjectName(name)
        self.new_button.clicked.connect(self.new_request)
        self.answer_button.clicked.connect(self.answer_selected)
        self.export_button.clicked.connect(lambda: self.export_selected())
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.answer_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.resize(1000, 520)
        self.reload()

    def reload(self) -> None:
        requests = self.store.list_subject_requests(self.customer_id)
        labels = {r.customer_id: self.store.customer_label(r.customer_id) for r in requests if r.customer_id}
        self.model.set_rows(requests, labels, self.store.today())
        open_count, overdue = self.store.open_subject_requests()
        text = self.tr("处理中 %n 件", "", open_count)
        if overdue:
            text += self.tr("，其中已超期 %n 件", "", overdue)
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b71c1c;" if overdue else "")
        self._selection_changed()

    def selected(self) -> SubjectRequest | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def select_request(self, request_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_object(row).id == request_id:
                self.view.selectRow(row)
                return

    def _selection_changed(self, *_args: Any) -> None:
        request = self.selected()
        self.answer_button.setEnabled(request is not None and request.answered_on is None)
        self.export_button.setEnabled(request is not None and request.customer_id is not None)

    def new_request(self) -> SubjectRequest | None:
        dialog = SubjectRequestDialog(self.store, self.customer_id, self)
        if not dialog.exec() or dialog.saved is None:
            return None
        self.reload()
        assert dialog.saved.id is not None
        self.select_request(dialog.saved.id)
        return dialog.saved

    def answer_selected(self) -> SubjectRequest | None:
        request = self.selected()
        if request is None or request.answered_on is not None:
            return None
        dialog = AnswerDialog(self.store, request, self)
        if not dialog.exec() or dialog.saved is None:
            return None
        self.reload()
        return dialog.saved

    def export_selected(self, folder: Path | None = None, done: Callable[[Any], None] | None = None) -> bool:
        request = self.selected()
        if request is None or request.customer_id is None:
            return False

        def finished(result: Any) -> None:
            self.reload()
            if done is not None:
                done(result)

        return export_own_data(
            self.store, request.customer_id, self, folder=folder, request_id=request.id, done=finished
        )


def export_own_data(
    store: Store,
    customer_id: int,
    parent: QWidget | None,
    *,
    folder: Path | None = None,
    request_id: int | None = None,
    done: Callable[[Any], None] | None = None,
    confirm: bool = True,
) -> bool:
    """Ask for a folder (unless given), then write the customer's own data off the GUI thread.

    Returns False when the user cancelled the folder choice.
    """
    from agentbook.exporters.subject_data import export_subject_data

    if folder is None:
        chosen = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("consent", "选择保存本人数据的文件夹"), str(documents_folder())
        )
        if not chosen:
            return False
        folder = Path(chosen)

    def succeeded(result: Any) -> None:
        if confirm and parent is not None and parent.isVisible():
            box = QMessageBox(
                QMessageBox.Icon.Information,
                QCoreApplication.translate("consent", "导出本人数据"),
                QCoreApplication.translate(
                    "consent", "已导出客户本人的完整资料（未遮蔽），请妥善交付本人：\n{0}\n{1}"
                ).format(result.pdf, result.xlsx),
                QMessageBox.StandardButton.Ok,
                parent,
            )
            box.setObjectName("export_done")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not modal to the event loop: the agent reads it when they look
        if done is not None:
            done(result)

    def failed(exc: Exception, _trace: str) -> None:
        show_error(parent, exc, QCoreApplication.translate("consent", "导出本人数据"))

    Operation(lambda: export_subject_data(store, customer_id, folder, request_id=request_id)).success(
        succeeded
    ).failure(failed).run_in_background()
    return True
