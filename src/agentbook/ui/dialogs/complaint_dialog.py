"""投诉登记 dialog: receive a complaint, record the handling, close it with the reply given."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import QWidget

from agentbook.domain.complaints import Complaint, ComplaintChannel, ComplaintState, Satisfaction, validate_complaint
from agentbook.domain.validation import FieldError
from agentbook.store.api import Store
from agentbook.ui.dialogs.pickers import RecordPicker
from agentbook.ui.dialogs.record_dialog import RecordDialog
from agentbook.ui.forms_generated.ui_complaint_dialog import Ui_ComplaintDialog
from agentbook.ui.i18n import tr_enum


class ComplaintDialog(RecordDialog):
    def __init__(
        self,
        store: Store,
        record: Complaint | None = None,
        parent: QWidget | None = None,
        customer_id: int | None = None,
        policy_id: int | None = None,
        **_context: Any,
    ) -> None:
        super().__init__(store, record, parent)
        self.form = Ui_ComplaintDialog()
        self.form.setupUi(self)
        self.bind("complainant")
        self.bind("received_at", "datetime")
        self.bind("channel", "enum", ComplaintChannel, optional=False)
        self.bind("content", "multiline")
        self.bind("handler")
        self.bind("deadline", "date", optional=False)
        self.bind("investigation", "multiline")
        self.bind("resolution", "multiline")
        self.bind("feedback", "multiline")
        self.bind("closed", "bool")
        self.bind("closed_at", "datetime")
        self.bind("satisfaction", "enum", Satisfaction)
        self.customer = RecordPicker(self.form.customer, store.customer_choices, store.customer_label)
        self.customer.changed.connect(self.schedule_validation)
        self.policy = RecordPicker(self.form.policy, store.policy_choices, store.policy_label)
        self.policy.changed.connect(self.schedule_validation)
        now = store.now().replace(second=0)
        deadline_days = store.settings.get("complaint_deadline_days")
        original = record or Complaint(
            customer_id or 0,
            now,
            ComplaintChannel.PHONE,
            "",
            now.date() + timedelta(days=deadline_days),
            policy_id=policy_id,
        )
        self._original = original
        for name, field in self.fields.items():
            if name == "closed":
                field.set(original.closed_at is not None)
            elif name == "closed_at":
                field.set(original.closed_at or now)
            else:
                field.set(getattr(original, name))
        if original.customer_id:
            self.customer.set_record(original.customer_id)
        if original.policy_id:
            self.policy.set_record(original.policy_id)
        self.form.closed.toggled.connect(self._closed_toggled)
        self.form.received_at.dateTimeChanged.connect(self._received_changed)
        self._closed_toggled(self.form.closed.isChecked())
        if record is None:
            self.setWindowTitle(self.tr("登记投诉"))
        else:
            state = tr_enum(record.state_on(store.today()))
            self.setWindowTitle(self.tr("投诉 {0}（{1}）").format(record.complaint_no, state))
            if record.state_on(store.today()) is ComplaintState.OVERDUE:
                self.form.general_error.setText(self.tr("已超过处理时限，请尽快办结并回复客户。"))
        self.finish_setup()

    def _closed_toggled(self, on: bool) -> None:
        self.form.closed_at.setEnabled(on)
        self.form.satisfaction.setEnabled(on)

    def _received_changed(self) -> None:
        """A new complaint's deadline follows its receipt date (the setting's number of days)."""
        if self.record is None:
            received = self.value("received_at")
            self.fields["deadline"].set(
                received.date() + timedelta(days=self.store.settings.get("complaint_deadline_days"))
            )

    def extra_errors(self) -> list[FieldError]:
        errors = []
        if self.customer.record_id is None:
            errors.append(FieldError("customer", self.tr("请从列表中选择客户")))
        if self.policy.text() and self.policy.record_id is None:
            errors.append(FieldError("policy", self.tr("请从列表中选择保单，或清空此项")))
        return errors

    def build_record(self) -> Complaint:
        values = {name: self.value(name) for name in self.fields if name != "closed"}
        closed = self.value("closed")
        values["closed_at"] = values["closed_at"] if closed else None
        values["satisfaction"] = values["satisfaction"] if closed else None
        values["customer_id"] = self.customer.record_id
        values["policy_id"] = self.policy.record_id
        return dataclasses.replace(self._original, **values)

    def validate_record(self, record: Complaint) -> list[FieldError]:
        return validate_complaint(record, self.store.today())

    def save_record(self, record: Complaint) -> Complaint:
        return self.store.complaints.create(record) if self.record is None else self.store.complaints.update(record)
