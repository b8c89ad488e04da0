"""From parsed rows to what will be written: customers with their policies, and duplicates.

Rows are grouped into customers by ID number, or by name and mobile when a row has no ID, so a
one-row-per-policy sheet becomes one customer with many policies. A row that adds nothing new to
a customer seen before (same policy, or no policy and no new contact), a customer with the same
name and mobile as an earlier one but another ID, and a customer the archive already has, are
*duplicates*: each gets a choice (skip, update the existing customer, import as new), skip by
default so nothing is written that the user did not ask for. Every record is then built and
checked with the domain's own validation, so what the preview accepts the store accepts.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from agentbook.domain import enums as E
from agentbook.domain.duplicates import id_key, name_mobile_key
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.idnumbers import IdNumberError, parse_resident_id, parse_uscc
from agentbook.domain.models import Claim, ContactEntry, Customer, Payment, Policy
from agentbook.domain.validation import (
    FieldError,
    customer_warnings,
    validate_claim,
    validate_contact,
    validate_customer,
    validate_payment,
    validate_policy,
)
from agentbook.exporters.pdf_fonts import missing_glyphs
from agentbook.importers.contacts import build_contact
from agentbook.importers.fields import BY_KEY
from agentbook.importers.lookup import Lookup, Match
from agentbook.importers.problems import Problem, Severity, Translate, fill, untranslated
from agentbook.importers.rows import ParsedRow, SheetRows
from agentbook.importers.values import business_line_from_product

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
_COLUMN_OF = {
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


class Action(StrEnum):
    SKIP = "skip"
    UPDATE = "update"
    NEW = "new"

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]


ACTION_LABELS = {
    Action.SKIP: QT_TRANSLATE_NOOP("importer", "跳过"),
    Action.UPDATE: QT_TRANSLATE_NOOP("importer", "更新已有客户"),
    Action.NEW: QT_TRANSLATE_NOOP("importer", "作为新客户导入"),
}
Choices = Mapping[tuple[str, int], Action]


@dataclass(frozen=True, slots=True)
class ImportOptions:
    today: date
    default_insurer: str = ""
    default_business_line: E.BusinessLine | None = None


@dataclass(slots=True)
class Duplicate:
    """A choice for the user: ``kind`` is ``file`` (an earlier row) or ``db`` (the archive)."""

    kind: str
    row: int
    rows: tuple[int, ...]
    name: str
    id_number: str
    reason: str
    params: tuple[tuple[str, str], ...]
    existing_label: str
    action: Action
    existing_id: int | None = None

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.row)

    def text(self, translate: Translate = untranslated) -> str:
        return fill(translate, "importer", self.reason, self.params)


@dataclass(slots=True)
class PolicyDraft:
    rows: list[int]
    policy: Policy  # ``id`` set when it updates a policy already in the archive
    payment: Payment | None = None
    claim: Claim | None = None
    changed: bool = True  # False: an existing policy the sheet adds nothing to (no write, no audit)


@dataclass(slots=True)
class CustomerDraft:
    rows: list[int]
    customer: Customer  # ``id`` set when it updates a customer already in the archive
    policies: list[PolicyDraft] = field(default_factory=list)
    contacts: list[ContactEntry] = field(default_factory=list)
    changed: bool = True  # False: an existing customer the sheet adds nothing to (no write, no audit)


@dataclass(slots=True)
class ImportPlan:
    drafts: list[CustomerDraft]
    duplicates: list[Duplicate]
    problems: list[Problem]
    data_rows: int

    @property
    def imported_rows(self) -> set[int]:
        return {r for d in self.drafts for r in d.rows}

    def counts(self) -> dict[str, int]:
        return {
            "rows": self.data_rows,
            "rows_imported": len(self.imported_rows),
            "rows_with_errors": len({p.row for p in self.problems if p.severity is Severity.ERROR}),
            "customers_new": sum(d.customer.id is None for d in self.drafts),
            "customers_updated": sum(d.customer.id is not None and d.changed for d in self.drafts),
            "policies_new": sum(p.policy.id is None for d in self.drafts for p in d.policies),
            "policies_updated": sum(p.policy.id is not None and p.changed for d in self.drafts for p in d.policies),
            "payments": sum(p.payment is not None for d in self.drafts for p in d.policies),
            "claims": sum(p.claim is not None for d in self.drafts for p in d.policies),
            "contacts": sum(len(d.contacts) for d in self.drafts),
        }


# --- rows and groups -----------------------------------------------------------------------
@dataclass(slots=True)
class _Row:
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
        candidates = _COLUMN_OF.get(error.field, (error.field.split("[")[0],))
        return next((c for c in candidates if c in self.parsed.columns), None)


@dataclass(slots=True)
class _Group:
    rows: list[_Row]
    target: Match | None = None

    @property
    def first(self) -> _Row:
        return self.rows[0]

    @property
    def live(self) -> list[_Row]:
        return [r for r in self.rows if not r.excluded]

    def has(self, key: str) -> str:
        return next((r.values[key] for r in self.rows if r.values.get(key)), "")


class Planner:
    """Builds an ``ImportPlan``; one instance per preview, choices applied as given."""

    def __init__(
        self,
        sheet: SheetRows,
        options: ImportOptions,
        lookup: Lookup,
        choices: Choices,
        mapped: Iterable[str],
        header_row: int,
        notes: Iterable[Problem] = (),
    ) -> None:
        self.sheet = sheet
        self.options = options
        self.lookup = lookup
        self.choices = choices
        self.mapped = set(mapped)
        self.header_row = header_row
        self.duplicates: list[Duplicate] = []
        self.sheet_notes: list[Problem] = list(notes)
        self.seen_policies: dict[tuple[str, str], int] = {}  # policy key → the row that brought it

    # --- the whole plan ----------------------------------------------------------------------
    def build(self) -> ImportPlan:
        # Planning adds problems to rows and trims their values: it works on copies, so the
        # wizard can plan again after each choice.
        rows = [_Row(dataclasses.replace(p, problems=list(p.problems), values=dict(p.values))) for p in self.sheet.rows]
        self._sheet_level_notes()
        for row in rows:
            if row.parsed.ok:
                self._prepare(row)
            else:
                row.excluded = True
        groups = self._group([r for r in rows if not r.excluded])
        self._match_archive(groups)
        drafts = []
        archive_nos: dict[str, int] = {}
        for group in groups:
            draft = self._draft(group, archive_nos)
            if draft is not None:
                drafts.append(draft)
        problems = [*self.sheet_notes, *self.sheet.skipped, *(p for r in rows for p in r.parsed.problems)]
        problems.sort(key=lambda p: (p.row, p.letter.rjust(3), p.severity != Severity.ERROR))
        return ImportPlan(drafts, self.duplicates, problems, len(self.sheet.rows))

    def _sheet_level_notes(self) -> None:
        def note(message: str, **params: object) -> None:
            self.sheet_notes.append(
                Problem(self.header_row, "", message, Severity.INFO, tuple((k, str(v)) for k, v in params.items()))
            )

        has_policy = "policy_no" in self.mapped
        if has_policy and "insurer" not in self.mapped and self.options.default_insurer:
            note(
                QT_TRANSLATE_NOOP("importer", "表格中没有“保险公司”列，保单按“{insurer}”导入"),
                insurer=self.options.default_insurer,
            )
        if has_policy and "payment_mode" not in self.mapped:
            note(QT_TRANSLATE_NOOP("importer", "表格中没有“缴费方式”列，保单按“年交”导入"))
        if has_policy and "business_line" not in self.mapped:
            note(QT_TRANSLATE_NOOP("importer", "表格中没有“险种”列，险种按产品名称判断，判断不出的按默认险种导入"))
        if "contact_summary" in self.mapped and "contact_channel" not in self.mapped:
            note(QT_TRANSLATE_NOOP("importer", "表格中没有“沟通方式”列，沟通记录按“电话”导入"))
        if "contact_summary" in self.mapped and "contact_purpose" not in self.mapped:
            note(
                QT_TRANSLATE_NOOP("importer", "表格中没有“沟通目的”列，沟通目的按沟通内容判断，判断不出的按“回访”导入")
            )

    # --- one row on its own ------------------------------------------------------------------
    def _prepare(self, row: _Row) -> None:
        v = row.values
        if not v.get("name"):
            row.error("name", QT_TRANSLATE_NOOP("importer", "缺少客户姓名"))
            return
        has_policy_data = any(k in v for k in (*POLICY_KEYS, *PAYMENT_KEYS, *CLAIM_KEYS) if k != "policy_no")
        if "policy_no" in v:
            insurer = v.get("insurer") or self.options.default_insurer
            if not insurer:
                row.error(
                    "insurer",
                    QT_TRANSLATE_NOOP("importer", "缺少保险公司：表格中没有填写，向导中也没有选择默认保险公司"),
                )
                return
            row.policy_key = (v["policy_no"], insurer)
        elif has_policy_data:
            row.error("policy_no", QT_TRANSLATE_NOOP("importer", "有保单、缴费或理赔信息，但缺少保单号"))
            return
        if any(k in v for k in CONTACT_KEYS):
            if "contact_summary" in v and "contact_date" not in v:
                row.error("contact_date", QT_TRANSLATE_NOOP("importer", "有沟通内容，但缺少沟通日期"))
                return
            if "contact_summary" not in v:
                row.warn("contact_summary", QT_TRANSLATE_NOOP("importer", "没有沟通内容，该行的沟通记录未导入"))
                for k in CONTACT_KEYS:
                    v.pop(k, None)

    # --- grouping into customers and in-file duplicates ---------------------------------------
    def _group(self, rows: list[_Row]) -> list[_Group]:
        groups: list[_Group] = []
        by_id: dict[str, _Group] = {}
        by_name_mobile: dict[tuple[str, str], _Group] = {}
        for row in rows:  # rows are one customer by the domain's rules (IMPORT_RULES), as in the archive
            v = row.values
            id_number = id_key(v.get("id_number", ""))
            name_mobile = name_mobile_key(v["name"], v.get("mobile", ""))
            group = by_id.get(id_number) if id_number else None
            if group is None and name_mobile in by_name_mobile:
                other = by_name_mobile[name_mobile]
                if not id_number or not other.has("id_number"):
                    group = other
                else:
                    action = self._file_duplicate(
                        row,
                        other.first,
                        QT_TRANSLATE_NOOP("importer", "与第 {row} 行姓名和手机号相同，但证件号码不同"),
                    )
                    if action is Action.SKIP:
                        continue
                    if action is Action.UPDATE:
                        row.override = True
                        group = other
            if group is not None and not self._adds_to(group, row):
                earlier = next(
                    (r for r in group.rows if row.policy_key and r.policy_key == row.policy_key), group.first
                )
                reason = (
                    QT_TRANSLATE_NOOP("importer", "与第 {row} 行是同一客户的同一份保单")
                    if row.policy_key
                    else QT_TRANSLATE_NOOP("importer", "与第 {row} 行是同一客户，没有新的保单或沟通记录")
                )
                action = self._file_duplicate(row, earlier, reason)
                if action is Action.SKIP:
                    continue
                if action is Action.UPDATE:
                    row.override = True
                else:
                    group = None
            if group is None:
                group = _Group([])
                groups.append(group)
            group.rows.append(row)
            if id_number:  # also when a row with an ID joins a group found by name and mobile
                by_id.setdefault(id_number, group)
            if name_mobile:
                by_name_mobile.setdefault(name_mobile, group)
        return groups

    @staticmethod
    def _adds_to(group: _Group, row: _Row) -> bool:
        if row.policy_key:
            return all(r.policy_key != row.policy_key for r in group.rows)
        key = row.contact_key
        return key is not None and all(r.contact_key != key for r in group.rows)

    def _file_duplicate(self, row: _Row, earlier: _Row, reason: str) -> Action:
        action = self.choices.get(("file", row.number), Action.SKIP)
        v = row.values
        self.duplicates.append(
            Duplicate(
                "file",
                row.number,
                (row.number,),
                v.get("name", ""),
                v.get("id_number", ""),
                reason,
                (("row", str(earlier.number)),),
                "",
                action,
            )
        )
        if action is Action.SKIP:
            row.warn(
                None,
                QT_TRANSLATE_NOOP("importer", "与第 {row} 行重复，按选择跳过"),
                Severity.INFO,
                row=earlier.number,
            )
            row.excluded = True
        return action

    # --- duplicates of customers already in the archive ---------------------------------------
    def _match_archive(self, groups: list[_Group]) -> None:
        for group in groups:
            matches = self.lookup.customers_matching(
                group.has("archive_no"), group.has("id_number"), group.first.values["name"], group.has("mobile")
            )
            if not matches:
                continue
            match = matches[0]
            first = group.first
            action = self.choices.get(("db", first.number), Action.SKIP)
            self.duplicates.append(
                Duplicate(
                    "db",
                    first.number,
                    tuple(r.number for r in group.rows),
                    first.values["name"],
                    group.has("id_number"),
                    QT_TRANSLATE_NOOP("importer", "数据库中已有此客户（{rule}）：{existing}"),
                    (("rule", match.rule.label), ("existing", match.label)),
                    match.label,
                    action,
                    match.customer_id,
                )
            )
            if action is Action.SKIP:
                for row in group.rows:
                    row.warn(
                        None,
                        QT_TRANSLATE_NOOP("importer", "数据库中已有此客户 {existing}，按选择跳过"),
                        Severity.INFO,
                        existing=match.label,
                    )
                    row.excluded = True
            elif action is Action.UPDATE:
                group.target = match

    # --- one customer with its records --------------------------------------------------------
    def _draft(self, group: _Group, archive_nos: dict[str, int]) -> CustomerDraft | None:
        if not group.live:
            return None
        policies = self._policies(group)
        live = group.live
        if not live:
            return None
        customer = self._customer(group, live, has_policies=bool(policies), archive_nos=archive_nos)
        if customer is None:
            return None
        contacts = self._contacts(live, group.target)
        changed = group.target is None or customer != self.lookup.customer(group.target.customer_id)
        return CustomerDraft([r.number for r in live], customer, policies, contacts, changed)

    def _merge(self, rows: list[_Row], keys: Iterable[str]) -> dict[str, tuple[Any, _Row]]:
        """First value wins, an "update" duplicate's value replaces it; disagreements are noted."""
        merged: dict[str, tuple[Any, _Row]] = {}
        for row in rows:
            for key in keys:
                if key not in row.values:
                    continue
                value = row.values[key]
                if key not in merged or row.override:
                    merged[key] = (value, row)
                elif merged[key][0] != value:
                    first = merged[key][1]
                    row.warn(
                        key,
                        QT_TRANSLATE_NOOP(
                            "importer", "与第 {row} 行的同一客户或保单的“{field}”不同，已采用第 {row} 行的值"
                        ),
                        row=first.number,
                        field=BY_KEY[key].label,
                    )
        return merged

    def _customer(
        self, group: _Group, rows: list[_Row], *, has_policies: bool, archive_nos: dict[str, int]
    ) -> Customer | None:
        merged = self._merge(rows, CUSTOMER_KEYS)
        v = {k: value for k, (value, _row) in merged.items()}
        first = rows[0]
        existing = self.lookup.customer(group.target.customer_id) if group.target else None
        c = existing or Customer(name=v["name"])
        for key, value in v.items():
            if key == "archive_no" and existing is not None:
                continue
            setattr(c, key, value)
        tags = {t for r in rows for t in r.values.get("tags", ())}
        c.tags = tuple(sorted(set(c.tags) | tags))
        notes = []
        for row in rows:
            if row.values.get("remarks"):
                notes.append(row.values["remarks"])
            if row.values.get("extra_contacts"):
                notes.append(f"其他联系方式：{row.values['extra_contacts']}")  # stored text, in Chinese
        remarks = [c.remarks] if c.remarks else []
        for text in notes:
            if not any(text in r for r in remarks):
                remarks.append(text)
        c.remarks = "；".join(remarks)
        self._infer_identity(c, first, explicit=v, has_policies=has_policies, existing=existing)
        if existing is None and c.archive_no:
            if self.lookup.customers_matching(c.archive_no, "", "", ""):
                first.warn(
                    "archive_no",
                    QT_TRANSLATE_NOOP("importer", "档案编号 {number} 已被占用，已分配新编号"),
                    number=c.archive_no,
                )
                c.archive_no = ""
            elif c.archive_no in archive_nos:
                for row in rows:
                    row.error(
                        "archive_no",
                        QT_TRANSLATE_NOOP("importer", "档案编号 {number} 与第 {row} 行的另一位客户相同"),
                        number=c.archive_no,
                        row=archive_nos[c.archive_no],
                    )
                return None
            else:
                archive_nos[c.archive_no] = first.number
        errors = validate_customer(c, self.options.today)
        if errors:
            for error in errors:
                first.field_error(error)
            for row in rows[1:]:
                row.error(
                    None,
                    QT_TRANSLATE_NOOP("importer", "同一客户（第 {row} 行）的信息有误，该行也不导入"),
                    row=first.number,
                )
            return None
        for warning in customer_warnings(c, self.options.today):
            first.field_warning(warning)
        for key in ("name", "address", "employer", "occupation"):
            missing = missing_glyphs(getattr(c, key) or "")
            if missing:
                first.warn(
                    key,
                    QT_TRANSLATE_NOOP("importer", "“{chars}”没有可用的字体，档案表上将印作〓，请核对"),
                    chars="".join(missing),
                )
        return c

    def _infer_identity(
        self, c: Customer, first: _Row, *, explicit: dict[str, Any], has_policies: bool, existing: Customer | None
    ) -> None:
        """Kind, ID type, gender and birth date from the ID number when the sheet does not say."""
        number = c.id_number
        resident = uscc = None
        if number:
            try:
                resident = parse_resident_id(number, self.options.today)
            except IdNumberError:
                with contextlib.suppress(IdNumberError):
                    uscc = parse_uscc(number)
        if "kind" not in explicit and existing is None:
            c.kind = E.CustomerKind.ENTERPRISE if uscc and not resident else E.CustomerKind.INDIVIDUAL
        if number and "id_type" not in explicit and (existing is None or "id_number" in explicit):
            if c.kind is E.CustomerKind.ENTERPRISE:
                c.id_type = E.IdType.USCC
            elif resident or ((number.isdigit() or number[:-1].isdigit()) and len(number) in (15, 18)):
                c.id_type = E.IdType.RESIDENT_ID
            else:
                c.id_type = E.IdType.OTHER
                first.warn(
                    "id_number",
                    QT_TRANSLATE_NOOP("importer", "证件号码不是身份证号，按“其他证件”导入"),
                    Severity.INFO,
                )
        if resident and c.kind is E.CustomerKind.INDIVIDUAL:
            if c.gender is None:
                c.gender = resident.gender
            if c.birth_date is None:
                c.birth_date = resident.birth_date
        if "lifecycle" not in explicit and existing is None:
            if has_policies and (number or c.kind is not E.CustomerKind.INDIVIDUAL):
                c.lifecycle = E.Lifecycle.ACTIVE
            else:
                c.lifecycle = E.Lifecycle.PROSPECT
                if has_policies:
                    first.warn(
                        "id_number",
                        QT_TRANSLATE_NOOP("importer", "没有证件号码，按“潜在”客户导入；补上证件号码后可改为“现有”"),
                    )
        elif existing is not None and has_policies and existing.lifecycle is E.Lifecycle.PROSPECT and c.id_number:
            c.lifecycle = E.Lifecycle.ACTIVE

    # --- policies with their payment and claim ------------------------------------------------
    def _policies(self, group: _Group) -> list[PolicyDraft]:
        by_key: dict[tuple[str, str], list[_Row]] = {}
        for row in group.live:
            if row.policy_key:
                by_key.setdefault(row.policy_key, []).append(row)
        drafts = []
        for key, rows in by_key.items():
            draft = self._policy(group, key, rows)
            if draft is not None:
                drafts.append(draft)
        return drafts

    def _policy(self, group: _Group, key: tuple[str, str], rows: list[_Row]) -> PolicyDraft | None:
        first = rows[0]
        policy_no, insurer = key
        existing_ref = self.lookup.policy(policy_no, insurer)
        existing: Policy | None = None
        if existing_ref is not None:
            if group.target is None or existing_ref.holder_id != group.target.customer_id:
                for row in rows:
                    row.error(
                        "policy_no",
                        QT_TRANSLATE_NOOP("importer", "保单号 {number}（{insurer}）已在数据库中，投保人是 {holder}"),
                        number=policy_no,
                        insurer=insurer,
                        holder=existing_ref.holder_label,
                    )
                return None
            existing = self.lookup.policy_record(existing_ref.policy_id)
        seen = self.seen_policies.get(key)
        if seen is not None:
            for row in rows:
                row.error(
                    "policy_no",
                    QT_TRANSLATE_NOOP("importer", "保单号 {number}（{insurer}）在第 {row} 行已属于另一位客户"),
                    number=policy_no,
                    insurer=insurer,
                    row=seen,
                )
            return None
        self.seen_policies[key] = first.number
        merged = self._merge(rows, (*POLICY_KEYS, *PAYMENT_KEYS, *CLAIM_KEYS))
        v = {k: value for k, (value, _row) in merged.items()}
        policy = self._build_policy(first, v, insurer, existing)
        if policy is None:
            self._reject(rows)
            return None
        checkable = dataclasses.replace(policy, policyholder_id=1, insured_id=1)
        errors = validate_policy(checkable)
        if errors:
            for error in errors:
                first.field_error(error)
            self._reject(rows)
            return None
        payment = self._payment(first, v, policy, existing)
        claim = self._claim(first, v, existing)
        if first.excluded:
            self._reject(rows)
            return None
        changed = existing is None or policy != self.lookup.policy_record(existing_ref.policy_id)  # type: ignore[union-attr]
        return PolicyDraft([r.number for r in rows], policy, payment, claim, changed)

    def _reject(self, rows: list[_Row]) -> None:
        for row in rows:
            row.excluded = True

    def _build_policy(self, first: _Row, v: dict[str, Any], insurer: str, existing: Policy | None) -> Policy | None:
        for key, message in (
            ("product", QT_TRANSLATE_NOOP("importer", "缺少保险产品名称")),
            ("sum_insured", QT_TRANSLATE_NOOP("importer", "缺少保险金额")),
            ("effective_date", QT_TRANSLATE_NOOP("importer", "缺少保险起始日期")),
        ):
            if existing is None and key not in v:
                first.error(key, message)
        if first.excluded:
            return None
        line = v.get("business_line") or (existing.business_line if existing else None)
        line = line or business_line_from_product(v.get("product", "")) or self.options.default_business_line
        if line is None:
            first.error(
                "business_line",
                QT_TRANSLATE_NOOP("importer", "无法判断险种：请在向导中选择默认险种，或在表格中加“险种”列"),
            )
            return None
        if existing is not None:
            policy = existing
            policy.business_line = line
        else:
            premium = v.get("premium", v.get("payment_amount"))
            if premium is None:
                first.warn("premium", QT_TRANSLATE_NOOP("importer", "没有保费，记为 0"))
                premium = Decimal(0)
            policy = Policy(
                policy_no=v["policy_no"],
                insurer=insurer,
                product=v["product"],
                business_line=line,
                policyholder_id=0,
                insured_id=0,
                premium=premium,
                sum_insured=v["sum_insured"],
            )
        for key, attr in (
            ("product", "product"),
            ("sum_insured", "sum_insured"),
            ("premium", "premium"),
            ("payment_mode", "payment_mode"),
            ("payment_years", "payment_years"),
            ("apply_date", "apply_date"),
            ("effective_date", "effective_date"),
            ("expiry_date", "expiry_date"),
            ("policy_status", "status"),
        ):
            if key in v:
                setattr(policy, attr, v[key])
        if policy.payment_mode is E.PaymentMode.SINGLE:
            policy.payment_years = 1
        if "policy_status" not in v and existing is None:
            policy.status = _status_from_dates(policy, self.options.today)
        return policy

    def _payment(self, first: _Row, v: dict[str, Any], policy: Policy, existing: Policy | None) -> Payment | None:
        if not any(k in v for k in PAYMENT_KEYS):
            return None
        day = v.get("payment_date")
        if day is None:
            first.error("payment_date", QT_TRANSLATE_NOOP("importer", "有缴费信息，但缺少缴费日期"))
            return None
        amount = v.get("payment_amount", policy.premium)
        if existing is not None and existing.id is not None and self.lookup.payment_exists(existing.id, day, amount):
            first.warn(
                "payment_date", QT_TRANSLATE_NOOP("importer", "这条缴费记录数据库中已有，不再重复导入"), Severity.INFO
            )
            return None
        status = v.get("payment_status") or (E.PaymentStatus.PAID if day <= self.options.today else E.PaymentStatus.DUE)
        if status is E.PaymentStatus.OVERDUE:
            if day >= self.options.today:
                first.warn(
                    "payment_status",
                    QT_TRANSLATE_NOOP("importer", "标为“逾期”，但缴费日期还没到，按“待缴”导入"),
                )
            status = E.PaymentStatus.DUE  # overdue is derived from the due date, never stored
        payment = Payment(policy_id=0, period=1, due_date=day, amount_due=amount, status=status)
        if status is E.PaymentStatus.PAID:
            payment.paid_date, payment.amount_paid = day, amount
        for error in validate_payment(payment):
            first.field_error(error)
        return payment

    def _claim(self, first: _Row, v: dict[str, Any], existing: Policy | None) -> Claim | None:
        if not any(k in v for k in CLAIM_KEYS):
            return None
        filed, amount = v.get("claim_date"), v.get("claim_amount")
        if filed is None:
            first.error("claim_date", QT_TRANSLATE_NOOP("importer", "有理赔信息，但缺少理赔申请日期"))
        if amount is None:
            first.error("claim_amount", QT_TRANSLATE_NOOP("importer", "有理赔信息，但缺少理赔金额"))
        if filed is None or amount is None:
            return None
        if existing is not None and existing.id is not None and self.lookup.claim_exists(existing.id, filed, amount):
            first.warn(
                "claim_date", QT_TRANSLATE_NOOP("importer", "这条理赔记录数据库中已有，不再重复导入"), Severity.INFO
            )
            return None
        claim = Claim(
            claim_no="",
            policy_id=0,
            claimant_id=0,
            incident_date=filed,
            filed_date=filed,
            cause=v.get("claim_cause") or UNKNOWN_CAUSE,
            amount_claimed=amount,
            status=v.get("claim_status") or E.ClaimStatus.REPORTED,
        )
        for error in validate_claim(dataclasses.replace(claim, claim_no="-"), self.options.today):
            first.field_error(error)
        return claim

    # --- contact log --------------------------------------------------------------------------
    def _contacts(self, rows: list[_Row], target: Match | None) -> list[ContactEntry]:
        out: list[ContactEntry] = []
        seen: set[tuple] = set()
        for row in rows:
            v = row.values
            if "contact_summary" not in v:
                continue
            moment: datetime = v["contact_date"]
            key = (moment, v.get("contact_channel") or E.ContactChannel.PHONE, v["contact_summary"])
            if key in seen:
                continue
            seen.add(key)
            if target and self.lookup.contact_exists(target.customer_id, moment, v["contact_summary"]):
                row.warn(
                    "contact_summary",
                    QT_TRANSLATE_NOOP("importer", "这条沟通记录数据库中已有，不再重复导入"),
                    Severity.INFO,
                )
                continue
            entry = build_contact(v, self.options.today)
            errors = validate_contact(entry)
            if errors:  # the row's customer and policy are already planned: only the note is refused
                for error in errors:
                    row.parsed.problem(
                        _first_mapped(error.field, row),
                        error.message,
                        Severity.WARNING,
                        "validation",
                        **dict(error.params),
                    )
                row.warn("contact_summary", QT_TRANSLATE_NOOP("importer", "该行的沟通记录未导入"))
                continue
            out.append(entry)
        return out


def _first_mapped(field_name: str, row: _Row) -> str | None:
    return next((c for c in _COLUMN_OF.get(field_name, (field_name,)) if c in row.parsed.columns), None)


def _status_from_dates(policy: Policy, today: date) -> E.PolicyStatus:
    if policy.effective_date and policy.effective_date > today:
        return E.PolicyStatus.PENDING
    if policy.expiry_date and policy.expiry_date < today:
        return E.PolicyStatus.MATURED
    return E.PolicyStatus.IN_FORCE


def build_plan(
    sheet: SheetRows,
    options: ImportOptions,
    lookup: Lookup,
    choices: Choices | None = None,
    mapped: Iterable[str] = (),
    header_row: int = 1,
    notes: Iterable[Problem] = (),
) -> ImportPlan:
    """*notes*: problems of the sheet as a whole (unmapped columns …), listed at the header row."""
    return Planner(sheet, options, lookup, choices or {}, mapped, header_row, notes).build()
