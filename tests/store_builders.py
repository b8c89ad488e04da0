"""Valid records to start tests from; each test changes only what it is about."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from agentbook.domain import enums as E
from agentbook.domain.idnumbers import make_resident_id, make_uscc
from agentbook.domain.models import (
    Beneficiary,
    Claim,
    ClaimMaterial,
    ContactEntry,
    Customer,
    Payment,
    Policy,
)

_counter = iter(range(10_000, 10**9))


def resident_id(born: date = date(1988, 8, 8), male: bool = True, region: str = "110105") -> str:
    """A valid ID, different on every call (the sequence number advances)."""
    seq = next(_counter) % 500 * 2 + (1 if male else 0)
    if seq == 0:
        seq = 2
    return make_resident_id(region, born, seq)


def unique_mobile() -> str:
    return f"139{next(_counter) % 10**8:08d}"


def person(name: str = "张三", *, born: date = date(1988, 8, 8), male: bool = True, **changes: Any) -> Customer:
    """An active individual with a valid ID matching *born* and *male*."""
    fields: dict[str, Any] = {
        "name": name,
        "kind": E.CustomerKind.INDIVIDUAL,
        "lifecycle": E.Lifecycle.ACTIVE,
        "gender": E.Gender.MALE if male else E.Gender.FEMALE,
        "birth_date": born,
        "id_type": E.IdType.RESIDENT_ID,
        "id_number": resident_id(born, male),
        "mobile": unique_mobile(),
    }
    fields.update(changes)
    return Customer(**fields)


def enterprise(name: str = "杭州示例科技有限公司", **changes: Any) -> Customer:
    fields: dict[str, Any] = {
        "name": name,
        "kind": E.CustomerKind.ENTERPRISE,
        "lifecycle": E.Lifecycle.ACTIVE,
        "id_type": E.IdType.USCC,
        "id_number": make_uscc("91330106MA2" + f"{next(_counter) % 10**6:06d}"),
        "phone": "0571-88886666",
    }
    fields.update(changes)
    return Customer(**fields)


def family(name: str = "张氏家庭", **changes: Any) -> Customer:
    fields: dict[str, Any] = {
        "name": name,
        "kind": E.CustomerKind.FAMILY,
        "lifecycle": E.Lifecycle.ACTIVE,
        "mobile": unique_mobile(),
    }
    fields.update(changes)
    return Customer(**fields)


def policy(holder_id: int, insured_id: int | None = None, **changes: Any) -> Policy:
    fields: dict[str, Any] = {
        "policy_no": f"PA{next(_counter):012d}",
        "insurer": "平安人寿",
        "product": "终身寿险（尊享版）",
        "business_line": E.BusinessLine.LIFE,
        "policyholder_id": holder_id,
        "insured_id": insured_id if insured_id is not None else holder_id,
        "premium": Decimal("12000.00"),
        "sum_insured": Decimal("500000.00"),
        "payment_mode": E.PaymentMode.ANNUAL,
        "payment_years": 10,
        "apply_date": date(2024, 3, 1),
        "effective_date": date(2024, 3, 10),
        "expiry_date": date(2054, 3, 10),
        "status": E.PolicyStatus.IN_FORCE,
    }
    fields.update(changes)
    return Policy(**fields)


def beneficiary(name: str, share: str, order: int = 1, **changes: Any) -> Beneficiary:
    return Beneficiary(
        name=name, relation=changes.pop("relation", E.RelationKind.CHILD), share=Decimal(share), order=order, **changes
    )


def payment(policy_id: int, period: int = 1, **changes: Any) -> Payment:
    fields: dict[str, Any] = {
        "policy_id": policy_id,
        "period": period,
        "due_date": date(2026, 3, 10),
        "amount_due": Decimal("12000.00"),
    }
    fields.update(changes)
    return Payment(**fields)


def claim(policy_id: int, claimant_id: int, **changes: Any) -> Claim:
    fields: dict[str, Any] = {
        "claim_no": f"LP{next(_counter):010d}",
        "policy_id": policy_id,
        "claimant_id": claimant_id,
        "incident_date": date(2026, 9, 1),
        "filed_date": date(2026, 9, 3),
        "cause": "意外骨折",
        "amount_claimed": Decimal("8600.50"),
        "materials": [ClaimMaterial("理赔申请书", True), ClaimMaterial("诊断证明", False)],
    }
    fields.update(changes)
    return Claim(**fields)


def contact(customer_id: int, **changes: Any) -> ContactEntry:
    fields: dict[str, Any] = {
        "customer_id": customer_id,
        "contacted_at": datetime(2026, 11, 20, 10, 30),
        "channel": E.ContactChannel.PHONE,
        "purpose": E.ContactPurpose.FOLLOW_UP,
        "summary": "保单年度回访，客户对服务满意",
    }
    fields.update(changes)
    return ContactEntry(**fields)


def saved_person(store: Any, name: str, mobile: str, **kw: Any) -> Customer:
    """A man with this name and mobile, saved in *store*."""
    return store.customers.create(Customer(name=name, gender=E.Gender.MALE, mobile=mobile, **kw))
