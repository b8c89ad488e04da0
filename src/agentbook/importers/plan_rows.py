"""The planner's working rows: a parsed row with what planning decides about it, rows grouped
into one customer, and which sheet column a domain rule's complaint points at."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from agentbook.domain.validation import (
    FieldError,
)
from agentbook.importers.lookup import Match
from agentbook.importers.problems import Severity
from agentbook.importers.rows import ParsedRow

CUSTOMER_KEYS = (
    "archive_no",
    "name",
    "kind",
    "lifecycle",
    "gender",
    "birth_date",
    "id_type",
    "id_number",
    "mobile",
    "phone",
    "email",
    "wechat",
    "address",
    "occupation",
    "employer",
    "annual_income",
    "risk_level",
    "value_tier",
    "source_channel",
    "protection_preference",
    "risk_tolerance",
    "needs",
    "consent_date",
)
POLICY_KEYS = (
    "policy_no",
    "insurer",
    "product",
    "business_line",
    "sum_insured",
    "premium",
    "payment_mode",
    "payment_years",
    "apply_date",
    "effective_date",
    "expiry_date",
    "policy_status",
)
PAYMENT_KEYS = ("payment_amount", "payment_date", "payment_status")
CLAIM_KEYS = ("claim_date", "claim_amount", "claim_status", "claim_cause")
CONTACT_KEYS = ("contact_date", "contact_channel", "contact_purpose", "contact_summary", "follow_up")
UNKNOWN_CAUSE = "未填写（从表格导入）"  # stored in the archive, like every text the agent enters
# Where a domain rule's complaint points in the sheet: the first of these columns that is mapped.
COLUMN_OF = {
    "id_type": ("id_type", "id_number"),
    "gender": ("gender", "id_number"),
    "birth_date": ("birth_date", "id_number"),
    "phone": ("phone", "mobile"),
    "email": ("email", "mobile"),
    "premium": ("premium", "payment_amount"),
    "amount_due": ("payment_amount",),
    "amount_paid": ("payment_amount",),
    "paid_date": ("payment_date",),
    "due_date": ("payment_date",),
    "amount_claimed": ("claim_amount",),
    "filed_date": ("claim_date",),
    "incident_date": ("claim_date",),
    "cause": ("claim_cause",),
    "summary": ("contact_summary",),
    "follow_up_date": ("follow_up",),
    "contacted_at": ("contact_date",),
}


# --- rows and groups -----------------------------------------------------------------------
@dataclass(slots=True)
class PlanRow:
    parsed: ParsedRow
    policy_key: tuple[str, str] | None = None
    override: bool = False  # an "update" duplicate: its values win over earlier rows'
    excluded: bool = False

    @property
    def number(self) -> int:
        return self.parsed.number

    @property
    def values(self) -> dict[str, Any]:
        return self.parsed.values

    @property
    def contact_key(self) -> tuple | None:
        v = self.values
        return (v["contact_date"], v["contact_summary"]) if "contact_summary" in v else None

    def error(self, field_key: str | None, message: str, context: str = "importer", **params: object) -> None:
        self.parsed.problem(field_key, message, Severity.ERROR, context, **params)
        self.excluded = True

    def warn(
        self, field_key: str | None, message: str, severity: Severity = Severity.WARNING, **params: object
    ) -> None:
        self.parsed.problem(field_key, message, severity, "importer", **params)

    def field_error(self, error: FieldError) -> None:
        self.error(self._column_of(error), error.message, "validation", **dict(error.params))

    def field_warning(self, warning: FieldError) -> None:
        """A domain warning (``customer_warnings``): shown against its column, the row still imported."""
        self.parsed.problem(
            self._column_of(warning), warning.message, Severity.WARNING, "validation", **dict(warning.params)
        )

    def _column_of(self, error: FieldError) -> str | None:
        candidates = COLUMN_OF.get(error.field, (error.field.split("[")[0],))
        return next((c for c in candidates if c in self.parsed.columns), None)


@dataclass(slots=True)
class RowGroup:
    rows: list[PlanRow]
    target: Match | None = None

    @property
    def first(self) -> PlanRow:
        return self.rows[0]

    @property
    def live(self) -> list[PlanRow]:
        return [r for r in self.rows if not r.excluded]

    def has(self, key: str) -> str:
        """The first non-empty value of *key* in the group's rows, or ""."""
        if len(self.rows) == 1:  # nearly every customer of a sheet is one row: no generator
            return self.rows[0].values.get(key) or ""
        return next((r.values[key] for r in self.rows if r.values.get(key)), "")
