"""The printed customer archive sheet (客户档案表): one customer's ``Customer360`` as PDF pages.

Sections, in the order of the paper form: 基本信息 (fields by kind: individual, family or
enterprise), 家庭与关系, 需求与偏好, 保单信息, 缴费记录, 理赔记录, 保全记录, 沟通记录, 知情同意, 备注, then
the signature lines. A section with nothing in it says so (无记录) rather than vanishing, so a
reader of the paper file can tell "none" from "not printed". ID numbers, mobile numbers, income
and health or financial notes are masked unless ``SheetOptions.reveal`` is set.

The sheet is data in, pages out: no store, no SQL, no Qt. ``archive_sheets`` does the fetching,
the files and the audit log.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from agentbook import collector
from agentbook.domain import enums as E
from agentbook.domain.enums import LabeledEnum
from agentbook.domain.idnumbers import mask_id_number, mask_phone, mask_text
from agentbook.domain.models import Claim, Customer, Payment, Policy
from agentbook.domain.money import format_money
from agentbook.exporters.pdf_grid import Column, Grid, Signatures, TextBlock
from agentbook.exporters.pdf_page import CONTENT_W, SheetDocument, SheetHeader
from agentbook.store.api import Customer360

STATEMENT = "本人已核对以上信息，确认真实、准确、完整。"


@dataclass(frozen=True, slots=True)
class SheetOptions:
    """How sheets are printed; the same for every customer of a batch."""

    printed_on: date  # the store's today, so a reprint on another day says so
    contact_limit: int  # the most recent contact-log entries shown (a setting)
    agency: str = ""
    reveal: bool = False  # ID numbers, mobiles, income, health and financial notes in full


class SheetCancelledError(Exception):
    """The user cancelled a batch; nothing of it was left on disk."""


# --- small formatting helpers ----------------------------------------------------------------
def _label(member: LabeledEnum | None) -> str:
    return member.label if member is not None else ""


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _yuan(amount: Decimal | None) -> str:
    """Sums insured are whole yuan on a policy; printing the fen only makes the column wrap."""
    if amount is None:
        return ""
    if amount == amount.to_integral_value():
        return f"{amount:,.0f}"
    return format_money(amount)


def _share(value: Decimal) -> str:
    return f"{value.normalize():f}%"


def _mm(*widths: float) -> list[float]:
    """Column widths in mm, the last one taking what is left of the content width."""
    points = [w * mm for w in widths]
    return [*points, CONTENT_W - sum(points)]


def _columns(widths: tuple[float, ...], aligns: Sequence[str]) -> tuple[Column, ...]:
    return tuple(Column(w, a) for w, a in zip(_mm(*widths), aligns, strict=True))


# Each section's columns, made once: the grids remember their row layout by these tuples.
PAIR_COLUMNS = _columns((20, 40, 20, 40, 20), ["left"] * 6)  # three label/value pairs, like a paper form
RELATION_COLUMNS = _columns((70, 45), ["left", "center", "center"])
POLICY_COLUMNS = _columns(
    (27, 28, 11, 19, 30, 19, 17, 18), ["left", "left", "center", "left", "left", "right", "right", "center", "center"]
)
PAYMENT_COLUMNS = _columns((30, 14, 14, 24, 31, 33), ["left", "center", "center", "right", "left", "left", "left"])
CLAIM_COLUMNS = _columns(
    (27, 30, 19, 32, 19, 19, 14), ["left", "left", "center", "left", "right", "right", "center", "center"]
)
SERVICE_COLUMNS = _columns((30, 26, 20, 18, 20, 24), ["left", "left", "center", "center", "center", "right", "left"])
CONTACT_COLUMNS = _columns((26, 10, 15, 80, 26), ["center", "center", "center", "left", "left", "center"])


class SheetBuilder:
    """Turns one ``Customer360`` into the flowables of its sheet."""

    def __init__(self, options: SheetOptions) -> None:
        self.options = options

    # masking: the one place that decides what leaves the database in full
    def id_number(self, c: Customer) -> str:
        if self.options.reveal or c.id_type is E.IdType.USCC:  # a firm's credit code is public
            return c.id_number
        return mask_id_number(c.id_number)

    def phone(self, number: str) -> str:
        return number if self.options.reveal else mask_phone(number)

    def private(self, text: str) -> str:
        return text if self.options.reveal else mask_text(text)

    # --- the sheet -----------------------------------------------------------------------
    def flowables(self, data: Customer360) -> list[Flowable]:
        c = data.customer
        return [
            self.basic(c),
            self.relations(data),
            self.needs(c),
            self.policies(data),
            self.payments(data),
            self.claims(data),
            self.services(data),
            self.contacts(data),
            self.consent(c),
            TextBlock(CONTENT_W, c.remarks, title="十、备注"),
            Signatures(CONTENT_W, STATEMENT),
        ]

    def basic(self, c: Customer) -> Grid:
        income = self.private(format_money(c.annual_income)) if c.annual_income is not None else ""
        kind = c.kind
        pairs: list[tuple[str, str]]
        if kind is E.CustomerKind.ENTERPRISE:
            pairs = [
                ("企业名称", c.name),
                ("客户类型", _label(kind)),
                (_label(c.id_type) or "证件号码", self.id_number(c)),
                ("所属行业", c.occupation),
                ("联系人", c.employer),
                ("联系手机", self.phone(c.mobile)),
                ("固定电话", c.phone),
                ("电子邮箱", c.email),
                ("微信", c.wechat),
                ("年营业收入", income),
            ]
        elif kind is E.CustomerKind.FAMILY:
            pairs = [
                ("家庭名称", c.name),
                ("客户类型", _label(kind)),
                ("联系手机", self.phone(c.mobile)),
                ("固定电话", c.phone),
                ("电子邮箱", c.email),
                ("微信", c.wechat),
                ("家庭年收入", income),
            ]
        else:
            pairs = [
                ("姓名", c.name),
                ("性别", _label(c.gender)),
                ("出生日期", _day(c.birth_date)),
                ("证件类型", _label(c.id_type)),
                ("证件号码", self.id_number(c)),
                ("客户类型", _label(kind)),
                ("手机", self.phone(c.mobile)),
                ("固定电话", c.phone),
                ("微信", c.wechat),
                ("电子邮箱", c.email),
                ("职业", c.occupation),
                ("工作单位", c.employer),
                ("年收入", income),
            ]
        pairs += [
            ("客户状态", _label(c.lifecycle)),
            ("风险等级", _label(c.risk_level)),
            ("客户价值", _label(c.value_tier)),
            ("客户来源", c.source_channel),
            ("标签", "、".join(c.tags)),
            ("建档日期", _day(c.created_at.date()) if c.created_at else ""),
            ("档案保存至", _day(c.retention_until)),
        ]
        rows = _pair_rows(pairs)
        rows.append(["地址", c.address])
        return Grid(PAIR_COLUMNS, rows, title="一、基本信息", label_cells=LABELS)

    def relations(self, data: Customer360) -> Grid:
        rows = [[r.other_name, _label(r.relation), r.other_archive_no] for r in data.relations]
        return Grid(RELATION_COLUMNS, rows, title="二、家庭与关系", header=["姓名/名称", "与本客户关系", "档案编号"])

    def needs(self, c: Customer) -> Grid:
        rows = _pair_rows(
            [
                ("保障偏好", _label(c.protection_preference)),
                ("风险承受", _label(c.risk_tolerance)),
                ("保险需求", c.needs),
                ("健康状况", self.private(c.health_notes)),
                ("财务状况", self.private(c.financial_notes)),
            ]
        )
        empty = not any([c.protection_preference, c.risk_tolerance, c.needs, c.health_notes, c.financial_notes])
        return Grid(PAIR_COLUMNS, [] if empty else rows, title="三、需求与偏好", label_cells=LABELS)

    def policies(self, data: Customer360) -> Grid:
        names = data.names
        rows = [_policy_row(p, names) for p in data.policies]
        header = ["保单号", "保险公司 / 产品", "险种", "投保人 / 被保险人", "受益人（比例）", "保额（元）",
                  "保费（元）/ 缴费", "生效 / 到期", "状态"]  # fmt: skip
        note = f"（共 {len(rows)} 份）" if rows else ""
        return Grid(POLICY_COLUMNS, rows, title="四、保单信息", note=note, header=header)

    def payments(self, data: Customer360) -> Grid:
        today = self.options.printed_on
        by_policy: dict[int | None, list[Payment]] = {}
        for pay in data.payments:
            by_policy.setdefault(pay.policy_id, []).append(pay)
        rows = [_payment_row(p, by_policy[p.id], today) for p in data.policies if by_policy.get(p.id)]
        header = ["保单号", "缴费方式", "已缴期数", "已缴合计（元）", "最近缴费", "下期应缴", "逾期未缴"]
        return Grid(PAYMENT_COLUMNS, rows, title="五、缴费记录", header=header)

    def claims(self, data: Customer360) -> Grid:
        numbers = {p.id: p.policy_no for p in data.policies}
        rows = [_claim_row(k, numbers) for k in data.claims]
        header = ["理赔编号", "保单号", "出险 / 报案", "出险原因", "申请金额（元）", "赔付金额（元）", "材料", "状态"]
        return Grid(CLAIM_COLUMNS, rows, title="六、理赔记录", header=header)

    def services(self, data: Customer360) -> Grid:
        """保全: what was changed on the policies after issue, and how each request ended."""
        numbers = {p.id: p.policy_no for p in data.policies}
        rows = [
            [
                numbers.get(s.policy_id, ""),
                _label(s.kind),
                _day(s.applied_on),
                _label(s.status),
                _day(s.done_on),
                _yuan(s.amount) if s.amount is not None else "",
                s.remarks,
            ]
            for s in data.services
        ]
        header = ["保单号", "保全项目", "申请日期", "状态", "办结日期", "金额（元）", "备注"]
        return Grid(SERVICE_COLUMNS, rows, title="七、保全记录", header=header)

    def contacts(self, data: Customer360) -> Grid:
        limit = max(0, self.options.contact_limit)
        shown = data.contacts[:limit]
        rows = [
            [
                t.contacted_at.strftime("%Y-%m-%d %H:%M"),
                _label(t.channel),
                _label(t.purpose),
                t.summary,
                t.outcome,
                (_day(t.follow_up_date) + ("\n已完成" if t.follow_up_done else "\n待跟进")) if t.follow_up_date else "",
            ]
            for t in shown
        ]
        more = len(data.contacts) > len(shown)
        note = f"（最近 {len(shown)} 条）" if more else f"（共 {len(shown)} 条）" if shown else ""
        return Grid(
            CONTACT_COLUMNS,
            rows,
            title="八、沟通记录",
            note=note,
            header=["时间", "方式", "目的", "内容", "结果", "跟进"],
        )

    def consent(self, c: Customer) -> Grid:
        if c.consent_date is None and not c.consent_scope:
            return Grid(PAIR_COLUMNS, [], title="九、知情同意", empty="未记录知情同意")
        rows = _pair_rows(
            [
                ("同意日期", _day(c.consent_date)),
                ("敏感信息同意", "是" if c.consent_sensitive else "否"),
                ("同意范围", c.consent_scope),
            ]
        )
        return Grid(PAIR_COLUMNS, rows, title="九、知情同意", label_cells=LABELS)


LABELS = (0, 2, 4)  # the label cells of a row of pairs


def _pair_rows(pairs: Sequence[tuple[str, str]]) -> list[list[str]]:
    """*pairs* three to a row; a short last row lets its last value span the rest."""
    return [[text for pair in pairs[i : i + 3] for text in pair] for i in range(0, len(pairs), 3)]


def _policy_row(p: Policy, names: dict[int, str]) -> list[str]:
    beneficiaries = "\n".join(
        f"{b.name}（{_label(b.relation)} {_share(b.share)}）" + (f" 第{b.order}顺位" if b.order > 1 else "")
        for b in p.beneficiaries
    )
    return [
        p.policy_no,
        f"{p.insurer}\n{p.product}",
        _label(p.business_line),
        f"{names.get(p.policyholder_id, '')}\n{names.get(p.insured_id, '')}",
        beneficiaries or "法定",
        _yuan(p.sum_insured),
        f"{format_money(p.premium)}\n{_label(p.payment_mode)}",
        f"{_day(p.effective_date)}\n{_day(p.expiry_date) or '终身'}",
        _label(p.status),
    ]


def _payment_row(p: Policy, payments: list[Payment], today: date) -> list[str]:
    paid = [y for y in payments if y.status is E.PaymentStatus.PAID]
    upcoming = sorted((y for y in payments if y.status_on(today) is E.PaymentStatus.DUE), key=lambda y: y.due_date)
    overdue = [y for y in payments if y.status_on(today) is E.PaymentStatus.OVERDUE]
    last = max(paid, key=lambda y: (y.paid_date or y.due_date, y.period), default=None)
    total = sum((y.amount_paid or Decimal(0) for y in paid), Decimal(0))
    return [
        p.policy_no,
        _label(p.payment_mode),
        str(len(paid)),
        format_money(total) if paid else "",
        f"{_day(last.paid_date or last.due_date)} 第{last.period}期\n{format_money(last.amount_paid)}" if last else "",
        f"{_day(upcoming[0].due_date)} 第{upcoming[0].period}期\n{format_money(upcoming[0].amount_due)}"
        if upcoming
        else "",
        f"{len(overdue)} 期，共 {format_money(sum((y.amount_due for y in overdue), Decimal(0)))}\n"
        f"最早 {_day(min(y.due_date for y in overdue))}"
        if overdue
        else "无",
    ]


def _claim_row(k: Claim, numbers: dict[int | None, str]) -> list[str]:
    received = sum(1 for m in k.materials if m.received)
    return [
        k.claim_no,
        numbers.get(k.policy_id, ""),
        f"{_day(k.incident_date)}\n{_day(k.filed_date)}",
        k.cause,
        format_money(k.amount_claimed),
        format_money(k.amount_paid),
        f"{received}/{len(k.materials)}" if k.materials else "",
        _label(k.status),
    ]


def write_sheets(
    sheets: Iterable[Customer360],
    target: Path | BinaryIO,
    options: SheetOptions,
    *,
    total: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write every sheet into one PDF, each customer from a new page with an outline entry.

    *sheets* may be a generator that fetches from the store as it goes, so progress follows the
    real work. Raises ``SheetCancelledError`` as soon as *cancelled* says so; the PDF is only
    written to *target* at the very end. Returns the number of sheets.
    """
    builder = SheetBuilder(options)
    title = "客户档案表"
    doc = SheetDocument(target, agency=options.agency, printed_on=options.printed_on, revealed=options.reveal,
                        title=title)  # fmt: skip
    count = 0
    with collector.set_aside():
        try:
            doc.begin()
            for data in sheets:
                if cancelled is not None and cancelled():
                    raise SheetCancelledError()
                c = data.customer
                doc.add(SheetHeader(c.archive_no, c.name), builder.flowables(data))
                count += 1
                if progress is not None:
                    progress(count, total if total is not None else count)
            if cancelled is not None and cancelled():
                raise SheetCancelledError()
            if count == 1:
                doc.canv.setTitle(f"{title} {c.archive_no} {c.name}")
            doc.finish()
        finally:
            doc.abandon()
    return count
