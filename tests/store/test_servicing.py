"""保全 requests: rules with worked examples, stored and audited on the policy's customer."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from agentbook.domain.servicing import (
    ServiceKind,
    ServiceRequest,
    ServiceStatus,
    default_materials,
    validate_service,
)
from agentbook.domain.validation import ValidationError
from tests.conftest import TODAY

pytestmark = pytest.mark.both_engines


def _messages(request: ServiceRequest) -> list[str]:
    return [e.message for e in validate_service(request, TODAY)]


def test_service_rules() -> None:
    ok = ServiceRequest(1, ServiceKind.LOAN, TODAY, amount=Decimal(20_000))
    assert _messages(ok) == []
    assert _messages(ServiceRequest(1, ServiceKind.ADDRESS, TODAY + timedelta(days=1))) == ["申请日期不能晚于今天"]
    assert _messages(ServiceRequest(1, ServiceKind.ADDRESS, TODAY, ServiceStatus.DONE)) == ["请填写办结日期"]
    early = ServiceRequest(1, ServiceKind.ADDRESS, TODAY, ServiceStatus.DONE, done_on=TODAY - timedelta(days=1))
    assert _messages(early) == ["办结日期不能早于申请日期"]
    assert _messages(ServiceRequest(1, ServiceKind.BENEFICIARY, TODAY, amount=Decimal(1))) == [
        "只有保单贷款、还款和退保填写金额"
    ]
    assert "被保险人同意书" in default_materials(ServiceKind.BENEFICIARY)
    assert ServiceStatus.SUBMITTED.is_open and not ServiceStatus.DONE.is_open


def test_service_is_stored_audited_and_in_the_360(store, household) -> None:
    zhang, yu, policy = household
    request = store.services.create(
        ServiceRequest(policy.id, ServiceKind.BENEFICIARY, TODAY - timedelta(days=3),
                       materials="✓保全申请书\n被保险人同意书")
    )  # fmt: skip
    assert store.audit_entries(limit=1)[0].customer_id == zhang.id  # the policyholder's history
    request.status, request.done_on = ServiceStatus.DONE, TODAY
    store.services.update(request)
    view = store.customer_360(yu.id)  # the insured sees it too
    assert [(r.kind, r.status, r.done_on) for r in view.services] == [
        (ServiceKind.BENEFICIARY, ServiceStatus.DONE, TODAY)
    ]
    with pytest.raises(ValidationError):
        store.services.create(ServiceRequest(policy.id, ServiceKind.SURRENDER, date(2030, 1, 1)))
    with pytest.raises(ValidationError):
        store.services.create(ServiceRequest(999_999, ServiceKind.ADDRESS, TODAY))
