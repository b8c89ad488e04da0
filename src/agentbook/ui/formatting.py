"""How values look on screen: money with two decimals, ISO dates, coloured status labels, masks."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from agentbook.domain import enums as E
from agentbook.domain.complaints import ComplaintState
from agentbook.domain.enums import LabeledEnum
from agentbook.domain.idnumbers import mask_by_kind
from agentbook.domain.money import format_money

# Statuses that need the agent's attention stand out; settled ones are muted.
STATUS_COLOURS: dict[LabeledEnum, tuple[str, str]] = {  # (foreground, background)
    E.PaymentStatus.OVERDUE: ("#ffffff", "#c62828"),
    E.PaymentStatus.DUE: ("#8a5300", "#fff3cd"),
    E.PaymentStatus.PAID: ("#1b5e20", ""),
    E.PaymentStatus.WAIVED: ("#607d8b", ""),
    E.PolicyStatus.LAPSED: ("#ffffff", "#e65100"),
    E.PolicyStatus.PENDING: ("#1565c0", ""),
    E.PolicyStatus.IN_FORCE: ("#1b5e20", ""),
    E.PolicyStatus.SURRENDERED: ("#757575", ""),
    E.PolicyStatus.TERMINATED: ("#757575", ""),
    E.PolicyStatus.MATURED: ("#757575", ""),
    E.PolicyStatus.CLAIMED: ("#6a1b9a", ""),
    E.ClaimStatus.REPORTED: ("#8a5300", "#fff3cd"),
    E.ClaimStatus.COLLECTING: ("#8a5300", "#fff3cd"),
    E.ClaimStatus.UNDER_REVIEW: ("#1565c0", "#e3f2fd"),
    E.ClaimStatus.APPROVED: ("#1b5e20", "#e8f5e9"),
    E.ClaimStatus.REJECTED: ("#b71c1c", ""),
    E.ClaimStatus.PAID: ("#1b5e20", ""),
    E.ClaimStatus.CLOSED: ("#757575", ""),
    E.Lifecycle.TERMINATED: ("#757575", ""),
    E.Lifecycle.PROSPECT: ("#1565c0", ""),
    E.RiskLevel.HIGH: ("#b71c1c", ""),
    E.ValueTier.HIGH: ("#6a1b9a", ""),
    ComplaintState.OVERDUE: ("#ffffff", "#c62828"),
    ComplaintState.OPEN: ("#8a5300", "#fff3cd"),
    ComplaintState.CLOSED: ("#757575", ""),  # equal to ClaimStatus.CLOSED: StrEnum members with one code share a key
}


def display(kind: str, value: Any) -> str:
    if value is None:
        return ""
    if kind == "money":
        return format_money(value)
    if kind == "date":
        return value.isoformat() if isinstance(value, date) else str(value)
    if kind == "datetime":
        return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else str(value)
    if kind == "enum":
        return QCoreApplication.translate("enum", value.label)
    if kind == "bool":
        return (
            QCoreApplication.translate("formatting", "是") if value else QCoreApplication.translate("formatting", "否")
        )
    if kind == "percent":
        return f"{Decimal(value).normalize():f}%"
    return str(value)


def masked(sensitive: str, text: str) -> str:
    return mask_by_kind(sensitive, text) if sensitive else text


def status_colours(value: Any) -> tuple[QColor | None, QColor | None]:
    pair = STATUS_COLOURS.get(value) if isinstance(value, LabeledEnum) else None
    if not pair:
        return None, None
    fg, bg = pair
    return QColor(fg) if fg else None, QColor(bg) if bg else None
