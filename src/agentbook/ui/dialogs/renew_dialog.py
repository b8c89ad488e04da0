"""续保: renew a policy into a new one linked to it, prefilled from the old policy."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QWidget

from agentbook.domain import enums as E
from agentbook.domain.models import Policy
from agentbook.domain.validation import FieldError, validate_policy
from agentbook.store.api import Store
from agentbook.ui.dialogs.record_dialog import RecordDialog
from agentbook.ui.forms_generated.ui_renew_dialog import Ui_RenewDialog


class RenewDialog(RecordDialog):
    """*record* is the draft from ``Store.draft_renewal``: parties, cover and beneficiaries carry
    over; the agent types the new policy number and adjusts dates and premium."""

    def __init__(self, store: Store, record: Policy, parent: QWidget | None = None, **_context: Any) -> None:
        super().__init__(store, record, parent)
        self.form = Ui_RenewDialog()
        self.form.setupUi(self)
        for name in ("policy_no", "insurer", "product"):
            self.bind(name)
        self.bind("effective_date", "date", optional=False)
        self.bind("expiry_date", "date", optional=False)
        self.bind("premium", "money")
        self.bind("sum_insured", "money")
        self.bind("schedule", "bool")
        for name, field in self.fields.items():
            if name != "schedule":
                field.set(getattr(record, name))
        assert record.renewal_of_id is not None
        self.form.info.setText(
            self.tr("续保自：{0}").format(store.policy_label(record.renewal_of_id))
            + "\n"
            + self.tr("投保人、被保险人、受益人和缴费方式沿用原保单；保存后原保单不再出现在到期提醒中。")
        )
        self.setWindowTitle(self.tr("续保"))
        self.finish_setup()

    def build_record(self) -> Policy:
        values = {name: self.value(name) for name in self.fields if name != "schedule"}
        renewal = dataclasses.replace(self.record, **values)
        today = self.store.today()
        if renewal.effective_date is not None:
            renewal.status = E.PolicyStatus.PENDING if renewal.effective_date > today else E.PolicyStatus.IN_FORCE
        return renewal

    def validate_record(self, record: Policy) -> list[FieldError]:
        return validate_policy(record)

    def save_record(self, record: Policy) -> Policy:
        return self.store.renew_policy(record, schedule=self.value("schedule"))
