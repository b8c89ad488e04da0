"""From parsed rows to an ``ImportPlan``: rows grouped into customers, duplicates, records.

Rows are grouped into customers by ID number, or by name and mobile when a row has no ID, so a
one-row-per-policy sheet becomes one customer with many policies. A row that adds nothing new to
a customer seen before (same policy, or no policy and no new contact), a customer with the same
name and mobile as an earlier one but another ID, and a customer the archive already has, are
*duplicates*: each gets a choice (skip, update the existing customer, import as new), skip by
default so nothing is written that the user did not ask for. The records themselves are built
by ``plan_records.RecordBuilder``.
"""

from __future__ import annotations

from collections.abc import Iterable

from agentbook.domain.duplicates import id_key, name_mobile_key
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.importers.lookup import Lookup
from agentbook.importers.plan import Action, Choices, CustomerDraft, Duplicate, ImportOptions, ImportPlan
from agentbook.importers.plan_records import RecordBuilder
from agentbook.importers.plan_rows import (
    CLAIM_KEYS,
    CONTACT_KEYS,
    PAYMENT_KEYS,
    POLICY_KEYS,
    PlanRow,
    RowGroup,
)
from agentbook.importers.problems import Problem, Severity
from agentbook.importers.rows import SheetRows


class Planner(RecordBuilder):
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
        rows = [PlanRow(p.copy()) for p in self.sheet.rows]
        self._sheet_level_notes()
        for row in rows:
            if row.parsed.ok:
                self._prepare(row)
            else:
                row.excluded = True
        groups = self._group([r for r in rows if not r.excluded])
        self._match_archive(groups)
        self.lookup.prefetch_policies({r.policy_key for g in groups for r in g.rows if r.policy_key})
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
    def _prepare(self, row: PlanRow) -> None:
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
    def _group(self, rows: list[PlanRow]) -> list[RowGroup]:
        groups: list[RowGroup] = []
        by_id: dict[str, RowGroup] = {}
        by_name_mobile: dict[tuple[str, str], RowGroup] = {}
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
                group = RowGroup([])
                groups.append(group)
            group.rows.append(row)
            if id_number:  # also when a row with an ID joins a group found by name and mobile
                by_id.setdefault(id_number, group)
            if name_mobile:
                by_name_mobile.setdefault(name_mobile, group)
        return groups

    @staticmethod
    def _adds_to(group: RowGroup, row: PlanRow) -> bool:
        if row.policy_key:
            return all(r.policy_key != row.policy_key for r in group.rows)
        key = row.contact_key
        return key is not None and all(r.contact_key != key for r in group.rows)

    def _file_duplicate(self, row: PlanRow, earlier: PlanRow, reason: str) -> Action:
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
    def _match_archive(self, groups: list[RowGroup]) -> None:
        self.lookup.prefetch_customers(
            (g.has("archive_no"), g.has("id_number"), g.first.values["name"], g.has("mobile")) for g in groups
        )
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
    def _draft(self, group: RowGroup, archive_nos: dict[str, int]) -> CustomerDraft | None:
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
