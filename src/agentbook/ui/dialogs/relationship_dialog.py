"""客户关系 dialog: who is what to whom (spouse, child, employee …).

The other party is often not in the archive yet (the spouse of a new customer): 新建对方 creates
them from here, starting from the customer's address and landline, and fills them in as the
other party, so the relationship is one Save away instead of a detour through the 客户 tab.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from agentbook.domain import enums as E
from agentbook.domain.models import Relationship
from agentbook.domain.validation import FieldError, validate_relationship
from agentbook.store.api import Store
from agentbook.ui.dialogs.customer_dialog import CustomerDialog
from agentbook.ui.dialogs.pickers import RecordPicker
from agentbook.ui.dialogs.record_dialog import RecordDialog
from agentbook.ui.forms_generated.ui_relationship_dialog import Ui_RelationshipDialog


class RelationshipDialog(RecordDialog):
    """Reads as a sentence: <customer> 是对方的 <relation>: <related>."""

    def __init__(
        self,
        store: Store,
        record: Relationship | None = None,
        parent: QWidget | None = None,
        customer_id: int | None = None,
        **_context: Any,
    ) -> None:
        super().__init__(store, record, parent)
        self.form = Ui_RelationshipDialog()
        self.form.setupUi(self)
        self.bind("relation", "enum", E.RelationKind, optional=False)
        self.bind("remarks")
        self.customer = RecordPicker(self.form.customer, store.customer_choices, store.customer_label)
        self.related = RecordPicker(self.form.related, store.customer_choices, store.customer_label)
        for picker in (self.customer, self.related):
            picker.changed.connect(self.schedule_validation)
        original = record or Relationship(customer_id or 0, 0, E.RelationKind.SPOUSE)
        self.fields["relation"].set(original.relation)
        self.fields["remarks"].set(original.remarks)
        if original.customer_id:
            self.customer.set_record(original.customer_id)
        if original.related_id:
            self.related.set_record(original.related_id)
        self.new_related = QPushButton(self.tr("新建对方（家庭成员）…"), self)
        self.new_related.setObjectName("new_related")
        self.new_related.setAutoDefault(False)
        self.new_related.clicked.connect(self.create_related)
        self.form.form.insertRow(3, "", self.new_related)
        self.setWindowTitle(self.tr("客户关系"))
        self.finish_setup()

    def create_related(self) -> int | None:
        """Create the other party (the customer's address and landline to start from) and pick them."""
        context: dict[str, Any] = {}
        if self.customer.record_id is not None:
            customer = self.store.customers.get(self.customer.record_id)
            context = {"address": customer.address, "phone": customer.phone}
        dialog = CustomerDialog(self.store, None, self, **context)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return None
        self.related.set_record(dialog.saved.id)
        self.validate_now()  # Save is enabled at once: the other party is there
        return dialog.saved.id

    def values(self) -> dict[str, Any]:
        out = super().values()
        out["customer"] = getattr(self, "customer", None) and self.customer.record_id
        out["related"] = getattr(self, "related", None) and self.related.record_id
        return out

    def extra_errors(self) -> list[FieldError]:
        errors = []
        if self.customer.record_id is None:
            errors.append(FieldError("customer", self.tr("请从列表中选择客户")))
        if self.related.record_id is None:
            errors.append(FieldError("related", self.tr("请从列表中选择对方")))
        return errors

    def build_record(self) -> Relationship:
        base = self.record or Relationship(0, 0, E.RelationKind.SPOUSE)
        return dataclasses.replace(
            base,
            customer_id=self.customer.record_id,
            related_id=self.related.record_id,
            relation=self.value("relation"),
            remarks=self.value("remarks"),
        )

    def validate_record(self, record: Relationship) -> list[FieldError]:
        return validate_relationship(record)

    def save_record(self, record: Relationship) -> Relationship:
        repo = self.store.relationships
        return repo.create(record) if self.record is None else repo.update(record)
