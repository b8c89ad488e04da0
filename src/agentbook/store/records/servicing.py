"""保全 requests: one repository, validated and audited like every record, listed per customer."""

from __future__ import annotations

from typing import ClassVar

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.servicing import ServiceKind, ServiceRequest, ServiceStatus, validate_service
from agentbook.domain.validation import FieldError
from agentbook.store.db.mapping import Col
from agentbook.store.records.repository import Repository


class ServiceRepository(Repository[ServiceRequest]):
    table = "policy_service"
    entity = "policy_service"
    model = ServiceRequest
    columns: ClassVar[tuple[Col, ...]] = (
        Col("policy_id", "int"),
        Col("kind", "enum", ServiceKind),
        Col("applied_on", "date"),
        Col("status", "enum", ServiceStatus),
        Col("materials"),
        Col("amount", "money"),
        Col("done_on", "date"),
        Col("remarks"),
    )

    def validate(self, obj: ServiceRequest) -> list[FieldError]:
        errors = validate_service(obj, self.db.today())
        if not self.db.read_one("SELECT 1 FROM policy WHERE id = ?", (obj.policy_id,)):
            errors.append(FieldError("policy_id", QT_TRANSLATE_NOOP("validation", "请选择保单")))
        return errors

    def customer_of(self, obj: ServiceRequest) -> int | None:
        row = self.db.read_one("SELECT policyholder_id FROM policy WHERE id = ?", (obj.policy_id,))
        return row[0] if row else None

    def of_customer(self, customer_id: int) -> list[ServiceRequest]:
        """Requests on the policies the customer holds or is insured by, newest first."""
        return self.find(
            "policy_id IN (SELECT id FROM policy WHERE policyholder_id = :id OR insured_id = :id)",
            {"id": customer_id},
            order="applied_on DESC, id DESC",
        )
