"""Building the records of one customer group: the customer (identity inferred from an ID
number), its policies with their payment and claim, and its contacts, each checked with the
domain's own validation so that what the preview accepts the store accepts."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from agentbook.domain import enums as E
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.idnumbers import IdNumberError, parse_resident_id, parse_uscc
from agentbook.domain.models import Claim, ContactEntry, Customer, Payment, Policy
from agentbook.domain.validation import (
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
from agentbook.importers.plan import ImportOptions, PolicyDraft
from agentbook.importers.plan_rows import (
    CLAIM_KEYS,
    COLUMN_OF,
    CUSTOMER_KEYS,
    PAYMENT_KEYS,
    POLICY_KEYS,
    UNKNOWN_CAUSE,
    PlanRow,
    RowGroup,
)
from agentbook.importers.problems import Severity
from agentbook.importers.values import business_line_from_product


class RecordBuilder:
    """The record-building half of ``Planner``; the planner owns the state it reads."""

    options: ImportOptions
    lookup: Lookup
    seen_policies: dict[tuple[str, str], int]

    def _merge(self, rows: list[PlanRow], keys: Iterable[str]) -> dict[str, tuple[Any, PlanRow]]:
        """First value wins, an "update" duplicate's value replaces it; disagreements are noted."""
        merged: dict[str, tuple[Any, PlanRow]] = {}
        for row in rows:
            values = row.values  # once a row: its keys are asked for by the dozen
            for key in keys:
                if key not in values:
                    continue
                value = values[key]
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
        self, group: RowGroup, rows: list[PlanRow], *, has_policies: bool, archive_nos: dict[str, int]
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
        self, c: Customer, first: PlanRow, *, explicit: dict[str, Any], has_policies: bool, existing: Customer | None
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
    def _policies(self, group: RowGroup) -> list[PolicyDraft]:
        by_key: dict[tuple[str, str], list[PlanRow]] = {}
        for row in group.live:
            if row.policy_key:
                by_key.setdefault(row.policy_key, []).append(row)
        drafts = []
        for key, rows in by_key.items():
            draft = self._policy(group, key, rows)
            if draft is not None:
                drafts.append(draft)
        return drafts

    def _policy(self, group: RowGroup, key: tuple[str, str], rows: list[PlanRow]) -> PolicyDraft | None:
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
        # The people's ids come at the write; everything else is checked now. The two are set on
        # the policy for the check and put back (a copy of every policy cost more than the check).
        holder, insured = policy.policyholder_id, policy.insured_id
        policy.policyholder_id = policy.insured_id = 1
        try:
            errors = validate_policy(policy)
        finally:
            policy.policyholder_id, policy.insured_id = holder, insured
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

    def _reject(self, rows: list[PlanRow]) -> None:
        for row in rows:
            row.excluded = True

    def _build_policy(self, first: PlanRow, v: dict[str, Any], insurer: str, existing: Policy | None) -> Policy | None:
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

    def _payment(self, first: PlanRow, v: dict[str, Any], policy: Policy, existing: Policy | None) -> Payment | None:
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

    def _claim(self, first: PlanRow, v: dict[str, Any], existing: Policy | None) -> Claim | None:
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
    def _contacts(self, rows: list[PlanRow], target: Match | None) -> list[ContactEntry]:
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


def _first_mapped(field_name: str, row: PlanRow) -> str | None:
    return next((c for c in COLUMN_OF.get(field_name, (field_name,)) if c in row.parsed.columns), None)


def _status_from_dates(policy: Policy, today: date) -> E.PolicyStatus:
    if policy.effective_date and policy.effective_date > today:
        return E.PolicyStatus.PENDING
    if policy.expiry_date and policy.expiry_date < today:
        return E.PolicyStatus.MATURED
    return E.PolicyStatus.IN_FORCE
