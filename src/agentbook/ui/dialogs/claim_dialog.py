"""理赔 dialog: the claim, its status and the materials checklist."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from agentbook.domain import enums as E
from agentbook.domain.models import DEFAULT_CLAIM_MATERIALS, Claim, ClaimMaterial
from agentbook.domain.validation import FieldError, check_claim_change, claim_status_requirements, validate_claim
from agentbook.store.api import Store
from agentbook.ui.dialogs.pickers import RecordPicker
from agentbook.ui.dialogs.record_dialog import RecordDialog
from agentbook.ui.forms_generated.ui_claim_dialog import Ui_ClaimDialog


class ClaimDialog(RecordDialog):
    def __init__(
        self,
        store: Store,
        record: Claim | None = None,
        parent: QWidget | None = None,
        policy_id: int | None = None,
        customer_id: int | None = None,
        **_context: Any,
    ) -> None:
        super().__init__(store, record, parent)
        self.form = Ui_ClaimDialog()
        self.form.setupUi(self)
        self.bind("claim_no")
        self.bind("cause")
        self.bind("remarks", "multiline")
        self.bind("incident_date", "date", optional=False)
        self.bind("filed_date", "date", optional=False)
        self.bind("decision_date", "date")
        self.bind("amount_claimed", "money")
        self.bind("amount_paid", "money")
        self.bind("status", "enum", E.ClaimStatus, optional=False)
        self.policy = RecordPicker(self.form.policy, store.policy_choices, store.policy_label)
        self.claimant = RecordPicker(self.form.claimant, store.customer_choices, store.customer_label)
        for picker in (self.policy, self.claimant):
            picker.changed.connect(self.schedule_validation)
        today = store.today()
        original = record or Claim(
            f"LP{today:%Y%m%d}{store.claims.count() + 1:04d}",
            policy_id or 0,
            customer_id or 0,
            today,
            today,
            "",
            Decimal(0),
            materials=[ClaimMaterial(m) for m in DEFAULT_CLAIM_MATERIALS],
        )
        for name, field in self.fields.items():
            field.set(None if record is None and name == "amount_claimed" else getattr(original, name))
        if original.policy_id:
            self.policy.set_record(original.policy_id)
        claimant = original.claimant_id or (store.policies.get(policy_id).insured_id if policy_id else None)
        if claimant:
            self.claimant.set_record(claimant)
        for material in original.materials:
            self._add_material(material.name, material.received)
        self.form.add_material.clicked.connect(self._add_typed_material)
        self.form.materials.itemChanged.connect(self.schedule_validation)
        self.setWindowTitle(self.tr("编辑理赔 – {0}").format(record.claim_no) if record else self.tr("新建理赔"))
        self.finish_setup()
        self._snapshot = self.values()

    def _add_material(self, name: str, received: bool) -> None:
        item = QListWidgetItem(name, self.form.materials)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if received else Qt.CheckState.Unchecked)

    def _add_typed_material(self) -> None:
        name = self.form.new_material.text().strip()
        existing = {self.form.materials.item(i).text() for i in range(self.form.materials.count())}
        if name and name not in existing:
            self._add_material(name, False)
            self.form.new_material.clear()
            self.schedule_validation()

    def materials(self) -> list[ClaimMaterial]:
        widget = self.form.materials
        return [
            ClaimMaterial(widget.item(i).text(), widget.item(i).checkState() == Qt.CheckState.Checked)
            for i in range(widget.count())
        ]

    def values(self) -> dict[str, Any]:
        out = super().values()
        out["policy"] = getattr(self, "policy", None) and self.policy.record_id
        out["claimant"] = getattr(self, "claimant", None) and self.claimant.record_id
        out["materials"] = [(m.name, m.received) for m in self.materials()]
        return out

    def extra_errors(self) -> list[FieldError]:
        errors = []
        if self.policy.record_id is None:
            errors.append(FieldError("policy", self.tr("请从列表中选择保单")))
        if self.claimant.record_id is None:
            errors.append(FieldError("claimant", self.tr("请从列表中选择申请人")))
        if self.value("amount_claimed") is None:
            errors.append(FieldError("amount_claimed", self.tr("请填写申请金额")))
        return errors

    def build_record(self) -> Claim:
        values = {name: self.value(name) for name in self.fields}
        values.update(policy_id=self.policy.record_id, claimant_id=self.claimant.record_id, materials=self.materials())
        today = self.store.today()
        base = self.record or Claim("", 0, 0, today, today, "", Decimal(0))
        return dataclasses.replace(base, **values)

    def validate_record(self, record: Claim) -> list[FieldError]:
        errors = validate_claim(record, self.store.today())
        if self.record is None:
            return errors + claim_status_requirements(record)
        return errors + check_claim_change(self.record, record)  # against the claim as opened

    def save_record(self, record: Claim) -> Claim:
        return self.store.claims.create(record) if self.record is None else self.store.claims.update(record)
