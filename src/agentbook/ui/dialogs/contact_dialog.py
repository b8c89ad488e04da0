"""沟通记录 dialog: a call, visit or message, with an optional follow-up date."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QWidget

from agentbook.domain import enums as E
from agentbook.domain.models import ContactEntry
from agentbook.domain.validation import FieldError, validate_contact
from agentbook.store.api import Store
from agentbook.ui.dialogs.pickers import RecordPicker
from agentbook.ui.dialogs.record_dialog import RecordDialog
from agentbook.ui.forms_generated.ui_contact_dialog import Ui_ContactDialog


class ContactDialog(RecordDialog):
    def __init__(
        self,
        store: Store,
        record: ContactEntry | None = None,
        parent: QWidget | None = None,
        customer_id: int | None = None,
        policy_id: int | None = None,
        claim_id: int | None = None,
        **_context: Any,
    ) -> None:
        super().__init__(store, record, parent)
        self.form = Ui_ContactDialog()
        self.form.setupUi(self)
        self.bind("contacted_at", "datetime")
        self.bind("channel", "enum", E.ContactChannel, optional=False)
        self.bind("purpose", "enum", E.ContactPurpose, optional=False)
        self.bind("summary", "multiline")
        self.bind("outcome")
        self.bind("follow_up_date", "date")
        self.bind("follow_up_done", "bool")
        self.customer = RecordPicker(self.form.customer, store.customer_choices, store.customer_label)
        self.customer.changed.connect(self.schedule_validation)
        now = store.now().replace(second=0)
        original = record or ContactEntry(
            customer_id or 0,
            now,
            E.ContactChannel.PHONE,
            E.ContactPurpose.FOLLOW_UP,
            "",
            policy_id=policy_id,
            claim_id=claim_id,
        )
        self._original = original  # keeps the policy or claim the entry was opened from
        for name, field in self.fields.items():
            field.set(getattr(original, name))
        if original.customer_id:
            self.customer.set_record(original.customer_id)
        self.setWindowTitle(self.tr("编辑沟通记录") if record else self.tr("新增沟通记录"))
        self.finish_setup()

    def extra_errors(self) -> list[FieldError]:
        if self.customer.record_id is None:
            return [FieldError("customer", self.tr("请从列表中选择客户"))]
        return []

    def build_record(self) -> ContactEntry:
        values = {name: self.value(name) for name in self.fields}
        values["customer_id"] = self.customer.record_id
        return dataclasses.replace(self._original, **values)

    def validate_record(self, record: ContactEntry) -> list[FieldError]:
        return validate_contact(record)

    def save_record(self, record: ContactEntry) -> ContactEntry:
        return self.store.contacts.create(record) if self.record is None else self.store.contacts.update(record)
