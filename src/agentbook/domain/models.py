"""The records an agent keeps, as plain dataclasses: no Qt, no SQL.

Money is ``Decimal`` yuan, dates are ``datetime.date``, moments are ``datetime`` in local time.
``id`` is None until the store has saved the record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from agentbook.domain.enums import (
    BusinessLine,
    ClaimStatus,
    ContactChannel,
    ContactPurpose,
    CoverKind,
    CustomerKind,
    Gender,
    IdType,
    Lifecycle,
    PaymentMethod,
    PaymentMode,
    PaymentStatus,
    PolicyStatus,
    ProtectionPreference,
    RelationKind,
    RiskLevel,
    RiskTolerance,
    ValueTier,
)


@dataclass(slots=True)
class Customer:
    name: str
    kind: CustomerKind = CustomerKind.INDIVIDUAL
    lifecycle: Lifecycle = Lifecycle.PROSPECT
    archive_no: str = ""
    gender: Gender | None = None
    birth_date: date | None = None
    id_type: IdType | None = None
    id_number: str = ""
    mobile: str = ""
    phone: str = ""
    email: str = ""
    wechat: str = ""
    address: str = ""
    occupation: str = ""
    employer: str = ""
    annual_income: Decimal | None = None
    risk_level: RiskLevel | None = None
    value_tier: ValueTier | None = None
    protection_preference: ProtectionPreference | None = None
    risk_tolerance: RiskTolerance | None = None
    needs: str = ""
    health_notes: str = ""
    financial_notes: str = ""
    source_channel: str = ""
    tags: tuple[str, ...] = ()
    remarks: str = ""
    consent_date: date | None = None
    consent_scope: str = ""
    consent_sensitive: bool = False
    retention_until: date | None = None
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(slots=True)
class Relationship:
    """``customer`` is ``relation`` of ``related``: (张三, spouse, 李四) reads 张三 is 李四's spouse."""

    customer_id: int
    related_id: int
    relation: RelationKind
    remarks: str = ""
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(slots=True)
class Beneficiary:
    """A beneficiary of a policy: an existing customer or just a name.

    ``share`` is a percentage; the shares of one ``order`` (顺位) sum to 100.
    """

    name: str
    relation: RelationKind
    share: Decimal
    order: int = 1
    customer_id: int | None = None
    id_number: str = ""
    id: int | None = None


@dataclass(slots=True)
class Cover:
    """One kind of cover of a policy: the main contract's (``rider`` empty) or a rider's.

    ``until`` None means the policy's own expiry (or for life when it has none); ``deductible``
    is meaningful for medical cover only (免赔额, e.g. 10,000 for 百万医疗).
    """

    kind: CoverKind
    sum_insured: Decimal
    rider: str = ""
    deductible: Decimal | None = None
    until: date | None = None
    waiting_days: int = 0
    id: int | None = None


@dataclass(slots=True)
class Policy:
    policy_no: str
    insurer: str
    product: str
    business_line: BusinessLine
    policyholder_id: int
    insured_id: int
    premium: Decimal
    sum_insured: Decimal
    payment_mode: PaymentMode = PaymentMode.ANNUAL
    payment_years: int = 1
    grace_days: int | None = None  # the contract's own grace period; None: the settings' (60 by law)
    apply_date: date | None = None
    effective_date: date | None = None
    expiry_date: date | None = None
    status: PolicyStatus = PolicyStatus.IN_FORCE
    beneficiaries: list[Beneficiary] = field(default_factory=list)
    riders: str = ""
    covers: list[Cover] = field(default_factory=list)
    renewal_of_id: int | None = None
    commission: Decimal | None = None
    remarks: str = ""
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(slots=True)
class Payment:
    policy_id: int
    period: int
    due_date: date
    amount_due: Decimal
    status: PaymentStatus = PaymentStatus.DUE
    paid_date: date | None = None
    amount_paid: Decimal | None = None
    method: PaymentMethod | None = None
    receipt_no: str = ""
    remarks: str = ""
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def status_on(self, today: date) -> PaymentStatus:
        """Stored status with overdue derived: a due instalment past its date is overdue."""
        if self.status is PaymentStatus.DUE and self.due_date < today:
            return PaymentStatus.OVERDUE
        return self.status


@dataclass(slots=True)
class ClaimMaterial:
    """One line of a claim's checklist (诊断证明, 费用清单, 事故照片 …)."""

    name: str
    received: bool = False


@dataclass(slots=True)
class ClaimStatusChange:
    status: ClaimStatus
    changed_at: datetime
    note: str = ""


@dataclass(slots=True)
class Claim:
    claim_no: str
    policy_id: int
    claimant_id: int
    incident_date: date
    filed_date: date
    cause: str
    amount_claimed: Decimal
    status: ClaimStatus = ClaimStatus.REPORTED
    amount_paid: Decimal | None = None
    decision_date: date | None = None
    remarks: str = ""
    materials: list[ClaimMaterial] = field(default_factory=list)
    history: list[ClaimStatusChange] = field(default_factory=list)
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(slots=True)
class ContactEntry:
    customer_id: int
    contacted_at: datetime
    channel: ContactChannel
    purpose: ContactPurpose
    summary: str
    outcome: str = ""
    follow_up_date: date | None = None
    follow_up_done: bool = False
    policy_id: int | None = None
    claim_id: int | None = None
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


DEFAULT_CLAIM_MATERIALS: tuple[str, ...] = (
    "理赔申请书",
    "被保险人身份证明",
    "诊断证明",
    "费用清单",
    "发票原件",
    "银行卡信息",
)
