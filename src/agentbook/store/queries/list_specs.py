"""What each tab lists: its columns (key, SQL expression, value kind), the filters it accepts,
the tables it joins and its default order. ``listing.ListQuery`` counts and pages them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from agentbook.domain import enums as E
from agentbook.domain.complaints import ComplaintChannel, ComplaintState, Satisfaction
from agentbook.domain.enums import LabeledEnum

FilterSql = tuple[str, dict[str, Any]]
# A filter that no row passes, written as a comparison: PostgreSQL takes no integer for a condition.
_NONE = "1 = 0"


@dataclass(frozen=True, slots=True)
class ListColumn:
    key: str
    sql: str
    kind: str = "text"  # text | int | money | date | datetime | bool | enum | percent
    enum: type[LabeledEnum] | None = None
    sensitive: str = ""  # "" | "id_number" | "phone" | "text": how the UI masks it
    sortable: bool = True


@dataclass(frozen=True, slots=True)
class Join:
    """``LEFT JOIN <table> <alias> ON <alias>.id = <key>``: the joined row is found by its primary
    key, so the join neither drops a row of the tab's table (LEFT) nor repeats one (at most one
    row has that id). A count needs it only when the WHERE reads it."""

    table: str
    alias: str
    key: str  # ``p.policyholder_id``: a column of the tab's table or of an earlier join

    @property
    def sql(self) -> str:
        return f"LEFT JOIN {self.table} {self.alias} ON {self.alias}.id = {self.key}"

    @property
    def reads(self) -> str:
        """The alias whose column the ON clause reads."""
        return self.key.partition(".")[0]


@dataclass(frozen=True, slots=True)
class ListSpec:
    name: str
    table: str  # the tab's own table and its alias: ``policy p``
    columns: tuple[ListColumn, ...]
    filters: dict[str, Callable[[Any], FilterSql]]
    default_sort: str
    default_descending: bool = False
    # A date column whose rows nearest to today come first when the user has not chosen an order
    # (the payment due soonest, or just overdue, before those of 2045).
    nearest_date: str | None = None
    # The tables the columns show beside the tab's own (the policyholder's name of a policy).
    joins: tuple[Join, ...] = ()

    @property
    def from_sql(self) -> str:
        return " ".join((self.table, *(j.sql for j in self.joins)))

    def count_from(self, where: str) -> str:
        """The FROM clause a count over *where* needs: the tab's table and only the joins the
        WHERE reads, with those their ON clauses read. SQLite keeps a LEFT JOIN whose columns
        nothing reads and looks up each row's joined rows (two lookups per policy: 0.2 s at
        350,000 policies, the table alone 2 ms); by ``Join`` dropping it cannot change the count."""
        needed = {j.alias for j in self.joins if _reads_alias(where, j.alias)}
        for join in reversed(self.joins):
            if join.alias in needed:
                needed.add(join.reads)
        return " ".join((self.table, *(j.sql for j in self.joins if j.alias in needed)))

    @property
    def default_order(self) -> str | None:
        """Nearest to today first, then by date; the rows of one date in the past newest first,
        those of one date from today on oldest first: each in the order its walk of the date's
        index gives (``ListQuery._nearest_page``), so a page never sorts a whole day's rows, a
        number that grows with the archive."""
        if self.nearest_date is None:
            return None
        day, row_id = self.nearest_date, f"{ALIASES[self.name]}.id"
        tie = f"CASE WHEN {day} < :today THEN -{row_id} ELSE {row_id} END"
        return f"abs(julianday({day}) - julianday(:today)), {day}, {tie}"

    def column(self, key: str) -> ListColumn:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)


def _reads_alias(sql: str, alias: str) -> bool:
    """Whether *sql* names a column of *alias* (``h.name``; not ``th.name`` nor ``:quick_pno``).
    Every column of a list's SQL is written with its table's alias."""
    return re.search(rf"(?<![\w.:]){alias}\.", sql) is not None


def _eq(column: str, name: str) -> Callable[[Any], FilterSql]:
    def build(value: Any) -> FilterSql:
        if isinstance(value, list | tuple | set | frozenset):
            values = [getattr(v, "value", v) for v in value]
            if not values:
                return _NONE, {}
            names = [f"{name}_{i}" for i in range(len(values))]
            return f"{column} IN ({', '.join(':' + n for n in names)})", dict(zip(names, values, strict=True))
        return f"{column} = :{name}", {name: getattr(value, "value", value)}

    return build


def _range(column: str, name: str, op: str) -> Callable[[Any], FilterSql]:
    def build(value: Any) -> FilterSql:
        return f"{column} {op} :{name}", {name: value.isoformat() if isinstance(value, date) else value}

    return build


def ids_filter(column: str) -> Callable[[Any], FilterSql]:
    def build(value: Any) -> FilterSql:
        ids = [int(v) for v in value]
        if not ids:
            return _NONE, {}
        return f"{column} IN ({','.join(map(str, ids))})", {}

    return build


def _parties(*columns: str) -> Callable[[Any], FilterSql]:
    """Rows in which any of the given customers appears in one of *columns*."""

    def build(ids: Any) -> FilterSql:
        listed = ",".join(str(int(i)) for i in ids)
        return ("(" + " OR ".join(f"{c} IN ({listed})" for c in columns) + ")" if listed else _NONE), {}

    return build


def _quick(party_columns: tuple[str, ...], policy_no_column: str | None) -> Callable[[Any], FilterSql]:
    """Search-box filter for record tabs: rows of the customers found, or a policy-number prefix."""

    def build(value: Any) -> FilterSql:
        ids, text = value
        parts = []
        if ids:
            listed = ",".join(str(int(i)) for i in ids)
            parts += [f"{column} IN ({listed})" for column in party_columns]
        params: dict[str, Any] = {}
        if policy_no_column and text and len(text) >= 3:
            parts.append(f"{policy_no_column} LIKE :quick_pno ESCAPE '\\'")
            params["quick_pno"] = _like_prefix(text)
        return ("(" + " OR ".join(parts) + ")" if parts else _NONE), params

    return build


def _flag(sql: str) -> Callable[[Any], FilterSql]:
    return lambda value: (sql, {}) if value else ("1 = 1", {})


def _like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


CUSTOMERS = ListSpec(
    name="customers",
    table="customer c",
    columns=(
        ListColumn("archive_no", "c.archive_no"),
        ListColumn("name", "c.name"),
        ListColumn("kind", "c.kind", "enum", E.CustomerKind),
        ListColumn("lifecycle", "c.lifecycle", "enum", E.Lifecycle),
        ListColumn("gender", "c.gender", "enum", E.Gender),
        ListColumn("birth_date", "c.birth_date", "date"),
        ListColumn("id_number", "c.id_number", sensitive="id_number"),
        ListColumn("mobile", "c.mobile", sensitive="phone"),
        ListColumn("phone", "c.phone", sensitive="phone"),
        ListColumn("wechat", "c.wechat"),
        ListColumn("email", "c.email"),
        ListColumn("address", "c.address"),
        ListColumn("occupation", "c.occupation"),
        ListColumn("risk_level", "c.risk_level", "enum", E.RiskLevel),
        ListColumn("value_tier", "c.value_tier", "enum", E.ValueTier),
        ListColumn(
            "tags", "(SELECT group_concat(tag, '、') FROM customer_tag t WHERE t.customer_id = c.id)", sortable=False
        ),
        ListColumn("annual_income", "c.annual_income", "money", sensitive="text"),
        ListColumn("source_channel", "c.source_channel"),
        ListColumn("protection_preference", "c.protection_preference", "enum", E.ProtectionPreference),
        ListColumn("risk_tolerance", "c.risk_tolerance", "enum", E.RiskTolerance),
        ListColumn("needs", "c.needs"),
        ListColumn("consent_date", "c.consent_date", "date"),
        ListColumn("remarks", "c.remarks"),
        ListColumn("updated_at", "c.updated_at", "datetime"),
    ),
    filters={
        "kind": _eq("c.kind", "kind"),
        "lifecycle": _eq("c.lifecycle", "lifecycle"),
        "risk_level": _eq("c.risk_level", "risk_level"),
        "value_tier": _eq("c.value_tier", "value_tier"),
        "tag": lambda tag: ("c.id IN (SELECT customer_id FROM customer_tag WHERE tag = :tag)", {"tag": tag}),
        "ids": ids_filter("c.id"),
    },
    default_sort="archive_no",
)

POLICIES = ListSpec(
    name="policies",
    table="policy p",
    joins=(
        Join("customer", "h", "p.policyholder_id"),
        Join("customer", "i", "p.insured_id"),
    ),
    columns=(
        ListColumn("policy_no", "p.policy_no"),
        ListColumn("insurer", "p.insurer"),
        ListColumn("product", "p.product"),
        ListColumn("business_line", "p.business_line", "enum", E.BusinessLine),
        ListColumn("policyholder", "h.name"),
        ListColumn("insured", "i.name"),
        ListColumn("sum_insured", "p.sum_insured", "money"),
        ListColumn("premium", "p.premium", "money"),
        ListColumn("payment_mode", "p.payment_mode", "enum", E.PaymentMode),
        ListColumn("effective_date", "p.effective_date", "date"),
        ListColumn("expiry_date", "p.expiry_date", "date"),
        ListColumn("status", "p.status", "enum", E.PolicyStatus),
        ListColumn("remarks", "p.remarks"),
        ListColumn("policyholder_id", "p.policyholder_id", "int", sortable=False),
    ),
    filters={
        "insurer": _eq("p.insurer", "insurer"),
        "business_line": _eq("p.business_line", "business_line"),
        "status": _eq("p.status", "status"),
        "expiry_from": _range("p.expiry_date", "expiry_from", ">="),
        "expiry_to": _range("p.expiry_date", "expiry_to", "<="),
        "customer_ids": _parties("p.policyholder_id", "p.insured_id"),
        "quick": _quick(("p.policyholder_id", "p.insured_id"), "p.policy_no"),
        "ids": ids_filter("p.id"),
    },
    default_sort="effective_date",
    default_descending=True,
)

_PAYMENT_STATUS = "(CASE WHEN y.status = 'due' AND y.due_date < :today THEN 'overdue' ELSE y.status END)"

PAYMENTS = ListSpec(
    name="payments",
    table="payment y",
    joins=(
        Join("policy", "p", "y.policy_id"),
        Join("customer", "h", "p.policyholder_id"),
    ),
    columns=(
        ListColumn("policy_no", "p.policy_no"),
        ListColumn("policyholder", "h.name"),
        ListColumn("period", "y.period", "int"),
        ListColumn("due_date", "y.due_date", "date"),
        ListColumn("amount_due", "y.amount_due", "money"),
        ListColumn("status", _PAYMENT_STATUS, "enum", E.PaymentStatus),
        ListColumn("paid_date", "y.paid_date", "date"),
        ListColumn("amount_paid", "y.amount_paid", "money"),
        ListColumn("method", "y.method", "enum", E.PaymentMethod),
        ListColumn("receipt_no", "y.receipt_no"),
        ListColumn("policyholder_id", "p.policyholder_id", "int", sortable=False),
    ),
    filters={
        "status": _eq(_PAYMENT_STATUS, "pstatus"),
        "due_from": _range("y.due_date", "due_from", ">="),
        "due_to": _range("y.due_date", "due_to", "<="),
        "policy_id": _eq("y.policy_id", "policy_id"),
        "customer_ids": _parties("p.policyholder_id", "p.insured_id"),
        "quick": _quick(("p.policyholder_id", "p.insured_id"), "p.policy_no"),
        "ids": ids_filter("y.id"),
    },
    default_sort="due_date",
    default_descending=True,
    # The instalments an agent acts on (just overdue, due soon) first, not those of 2045.
    nearest_date="y.due_date",
)

CLAIMS = ListSpec(
    name="claims",
    table="claim k",
    joins=(
        Join("policy", "p", "k.policy_id"),
        Join("customer", "c", "k.claimant_id"),
    ),
    columns=(
        ListColumn("claim_no", "k.claim_no"),
        ListColumn("policy_no", "p.policy_no"),
        ListColumn("claimant", "c.name"),
        ListColumn("incident_date", "k.incident_date", "date"),
        ListColumn("filed_date", "k.filed_date", "date"),
        ListColumn("cause", "k.cause"),
        ListColumn("amount_claimed", "k.amount_claimed", "money"),
        ListColumn("claim_paid", "k.amount_paid", "money"),
        ListColumn("status", "k.status", "enum", E.ClaimStatus),
        ListColumn("decision_date", "k.decision_date", "date"),
        ListColumn("claimant_id", "k.claimant_id", "int", sortable=False),
    ),
    filters={
        "status": _eq("k.status", "status"),
        "filed_from": _range("k.filed_date", "filed_from", ">="),
        "filed_to": _range("k.filed_date", "filed_to", "<="),
        "customer_ids": _parties("k.claimant_id"),
        "quick": _quick(("k.claimant_id",), "p.policy_no"),
        "ids": ids_filter("k.id"),
    },
    default_sort="filed_date",
    default_descending=True,
)

CONTACTS = ListSpec(
    name="contacts",
    table="contact t",
    joins=(Join("customer", "c", "t.customer_id"),),
    columns=(
        ListColumn("contacted_at", "t.contacted_at", "datetime"),
        ListColumn("customer", "c.name"),
        ListColumn("channel", "t.channel", "enum", E.ContactChannel),
        ListColumn("purpose", "t.purpose", "enum", E.ContactPurpose),
        ListColumn("summary", "t.summary"),
        ListColumn("outcome", "t.outcome"),
        ListColumn("follow_up_date", "t.follow_up_date", "date"),
        ListColumn("follow_up_done", "t.follow_up_done", "bool"),
        ListColumn("customer_id", "t.customer_id", "int", sortable=False),
    ),
    filters={
        "channel": _eq("t.channel", "channel"),
        "purpose": _eq("t.purpose", "purpose"),
        "follow_up_due": _flag("t.follow_up_done = 0 AND t.follow_up_date IS NOT NULL AND t.follow_up_date <= :today"),
        "customer_ids": _parties("t.customer_id"),
        "quick": _quick(("t.customer_id",), None),
        "ids": ids_filter("t.id"),
    },
    default_sort="contacted_at",
    default_descending=True,
)

# Derived like the payments' overdue: open past the deadline is overdue, never stored.
_COMPLAINT_STATE = (
    "(CASE WHEN m.closed_at IS NOT NULL THEN 'closed' WHEN m.deadline < :today THEN 'overdue' ELSE 'open' END)"
)

COMPLAINTS = ListSpec(
    name="complaints",
    table="complaint m",
    joins=(Join("customer", "c", "m.customer_id"),),
    columns=(
        ListColumn("complaint_no", "m.complaint_no"),
        ListColumn("customer", "c.name"),
        ListColumn("received_at", "m.received_at", "datetime"),
        ListColumn("complaint_channel", "m.channel", "enum", ComplaintChannel),
        ListColumn("content", "m.content"),
        ListColumn("handler", "m.handler"),
        ListColumn("deadline", "m.deadline", "date"),
        ListColumn("complaint_state", _COMPLAINT_STATE, "enum", ComplaintState),
        ListColumn("closed_at", "m.closed_at", "datetime"),
        ListColumn("satisfaction", "m.satisfaction", "enum", Satisfaction),
        ListColumn("customer_id", "m.customer_id", "int", sortable=False),
    ),
    filters={
        "complaint_state": _eq(_COMPLAINT_STATE, "mstate"),
        "complaint_channel": _eq("m.channel", "mchannel"),
        "received_from": _range("substr(m.received_at, 1, 10)", "received_from", ">="),
        "received_to": _range("substr(m.received_at, 1, 10)", "received_to", "<="),
        "customer_ids": _parties("m.customer_id"),
        "quick": _quick(("m.customer_id",), None),
        "ids": ids_filter("m.id"),
    },
    default_sort="received_at",
    default_descending=True,
)

SPECS = {spec.name: spec for spec in (CUSTOMERS, POLICIES, PAYMENTS, CLAIMS, CONTACTS, COMPLAINTS)}
ALIASES = {"customers": "c", "policies": "p", "payments": "y", "claims": "k", "contacts": "t", "complaints": "m"}
