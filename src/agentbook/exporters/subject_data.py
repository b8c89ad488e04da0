"""A customer's own data, for their access or copy request (PIPL Art. 45).

One call writes two files into a folder the user chose:

- the archive sheet PDF, **printed in full** (ID and mobile numbers, income, health and
  financial notes unmasked, every contact-log entry): it is the person's own data;
- an .xlsx workbook with every record about them — the customer record (one row per field),
  family and relations, policies where they are a party, payments, claims, contact log,
  complaints, consent history and their data-subject requests.

Both are written atomically; then, in one transaction, the export goes into the audit log (as
an export of this customer, with what was revealed) and, when the export answers a logged
request, that request is answered with the names of the files.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from agentbook.domain.consent import ConsentEvent, SubjectRequest
from agentbook.domain.enums import LabeledEnum
from agentbook.domain.money import format_money
from agentbook.domain.scan_text import ScanText
from agentbook.exporters.archive_sheets import record_sheets, write_batch
from agentbook.exporters.excel_workbook import SheetSpec, _write
from agentbook.exporters.files import safe_file_name
from agentbook.store.api import Customer360, Store
from agentbook.store.queries.list_specs import ListColumn

CUSTOMER_FIELDS: tuple[tuple[str, str], ...] = (
    ("archive_no", "档案编号"),
    ("name", "姓名/名称"),
    ("kind", "客户类型"),
    ("lifecycle", "客户状态"),
    ("gender", "性别"),
    ("birth_date", "出生日期"),
    ("id_type", "证件类型"),
    ("id_number", "证件号码"),
    ("mobile", "手机号"),
    ("phone", "固定电话"),
    ("email", "电子邮箱"),
    ("wechat", "微信"),
    ("address", "地址"),
    ("occupation", "职业"),
    ("employer", "工作单位"),
    ("annual_income", "年收入"),
    ("risk_level", "风险等级"),
    ("value_tier", "客户价值"),
    ("protection_preference", "保障偏好"),
    ("risk_tolerance", "风险承受能力"),
    ("needs", "保险需求"),
    ("health_notes", "健康状况"),
    ("financial_notes", "财务状况"),
    ("source_channel", "客户来源"),
    ("tags", "标签"),
    ("remarks", "备注"),
    ("consent_date", "知情同意日期"),
    ("consent_scope", "同意范围"),
    ("consent_sensitive", "敏感信息单独同意"),
    ("retention_until", "保管期限至"),
    ("created_at", "建档时间"),
    ("updated_at", "更新时间"),
)

SHEET_TITLES = ("客户资料", "家庭与关系", "保单", "缴费", "理赔", "沟通记录", "投诉", "知情同意记录", "个人信息请求",
                "档案材料文字")  # fmt: skip


@dataclass(frozen=True, slots=True)
class SubjectExport:
    pdf: Path
    xlsx: Path
    rows: dict[str, int]
    request: SubjectRequest | None = None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, LabeledEnum):
        return value.label
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, Decimal):
        return format_money(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return "、".join(str(v) for v in value)
    return str(value)


Getter = Callable[[Any], Any]


def _sheet(title: str, columns: Sequence[tuple[str, str, Getter]], rows: Sequence[Any]) -> SheetSpec:
    """A sheet from domain objects: (header, kind, getter) per column, written in full."""
    specs = [ListColumn(header, "", kind) for header, kind, _get in columns]
    return SheetSpec(
        title,
        [header for header, _kind, _get in columns],
        specs,
        [tuple(get(row) for _h, _k, get in columns) for row in rows],
        len(rows),
    )


def workbook_sheets(
    data: Customer360,
    complaints: Sequence[Any],
    consent: Sequence[ConsentEvent],
    requests: Sequence[SubjectRequest],
    today: date,
    scan_texts: Sequence[ScanText] = (),
) -> list[SheetSpec]:
    c = data.customer
    me = c.id
    names = data.names
    policy_nos = {p.id: p.policy_no for p in data.policies}
    customer_rows = [(label, _text(getattr(c, name))) for name, label in CUSTOMER_FIELDS]

    def roles(p: Any) -> str:
        out = []
        if p.policyholder_id == me:
            out.append("投保人")
        if p.insured_id == me:
            out.append("被保险人")
        if any(b.customer_id == me for b in p.beneficiaries):
            out.append("受益人")
        return "、".join(out)

    def own_share(p: Any) -> Decimal | None:
        shares = [b.share for b in p.beneficiaries if b.customer_id == me]
        return sum(shares, Decimal(0)) if shares else None

    return [
        _sheet("客户资料", [("项目", "text", lambda r: r[0]), ("内容", "text", lambda r: r[1])], customer_rows),
        _sheet(
            "家庭与关系",
            [
                ("姓名/名称", "text", lambda r: r.other_name),
                ("关系", "enum", lambda r: r.relation),
                ("档案编号", "text", lambda r: r.other_archive_no),
            ],
            data.relations,
        ),
        _sheet(
            "保单",
            [
                ("保单号", "text", lambda p: p.policy_no),
                ("本人角色", "text", roles),
                ("保险公司", "text", lambda p: p.insurer),
                ("产品", "text", lambda p: p.product),
                ("险种", "enum", lambda p: p.business_line),
                ("投保人", "text", lambda p: names.get(p.policyholder_id, "")),
                ("被保险人", "text", lambda p: names.get(p.insured_id, "")),
                ("本人受益比例(%)", "money", own_share),
                ("保额", "money", lambda p: p.sum_insured),
                ("保费", "money", lambda p: p.premium),
                ("缴费方式", "enum", lambda p: p.payment_mode),
                ("缴费年期", "int", lambda p: p.payment_years),
                ("投保日期", "date", lambda p: p.apply_date),
                ("生效日期", "date", lambda p: p.effective_date),
                ("到期日期", "date", lambda p: p.expiry_date),
                ("状态", "enum", lambda p: p.status),
                ("附加险", "text", lambda p: p.riders),
                ("备注", "text", lambda p: p.remarks),
            ],
            data.policies,
        ),
        _sheet(
            "缴费",
            [
                ("保单号", "text", lambda y: policy_nos.get(y.policy_id, "")),
                ("期数", "int", lambda y: y.period),
                ("应缴日期", "date", lambda y: y.due_date),
                ("应缴金额", "money", lambda y: y.amount_due),
                ("状态", "enum", lambda y: y.status_on(today)),
                ("缴费日期", "date", lambda y: y.paid_date),
                ("实缴金额", "money", lambda y: y.amount_paid),
                ("缴费方法", "enum", lambda y: y.method),
                ("收据号", "text", lambda y: y.receipt_no),
            ],
            data.payments,
        ),
        _sheet(
            "理赔",
            [
                ("理赔编号", "text", lambda k: k.claim_no),
                ("保单号", "text", lambda k: policy_nos.get(k.policy_id, "")),
                ("申请人", "text", lambda k: names.get(k.claimant_id, "")),
                ("出险日期", "date", lambda k: k.incident_date),
                ("报案日期", "date", lambda k: k.filed_date),
                ("出险原因", "text", lambda k: k.cause),
                ("申请金额", "money", lambda k: k.amount_claimed),
                ("实赔金额", "money", lambda k: k.amount_paid),
                ("状态", "enum", lambda k: k.status),
                ("结案日期", "date", lambda k: k.decision_date),
                ("备注", "text", lambda k: k.remarks),
            ],
            data.claims,
        ),
        _sheet(
            "沟通记录",
            [
                ("沟通时间", "datetime", lambda t: t.contacted_at),
                ("方式", "enum", lambda t: t.channel),
                ("目的", "enum", lambda t: t.purpose),
                ("沟通内容", "text", lambda t: t.summary),
                ("结果", "text", lambda t: t.outcome),
                ("跟进日期", "date", lambda t: t.follow_up_date),
            ],
            data.contacts,
        ),
        _sheet(
            "投诉",
            [
                ("投诉编号", "text", lambda k: k.complaint_no),
                ("受理时间", "datetime", lambda k: k.received_at),
                ("渠道", "enum", lambda k: k.channel),
                ("投诉内容", "text", lambda k: k.content),
                ("处理时限", "date", lambda k: k.deadline),
                ("处理结果", "text", lambda k: k.resolution),
                ("反馈内容", "text", lambda k: k.feedback),
                ("满意度", "enum", lambda k: k.satisfaction),
                ("办结时间", "datetime", lambda k: k.closed_at),
            ],
            complaints,
        ),
        _sheet(
            "知情同意记录",
            [
                ("日期", "date", lambda e: e.on_date),
                ("类别", "enum", lambda e: e.kind),
                ("操作", "enum", lambda e: e.action),
                ("范围", "text", lambda e: e.scope),
                ("方式", "enum", lambda e: e.channel),
                ("监护人", "text", lambda e: e.guardian_name),
                ("监护人关系", "text", lambda e: e.guardian_relation),
                ("备注", "text", lambda e: e.note),
            ],
            consent,
        ),
        _sheet(
            "个人信息请求",
            [
                ("收到日期", "date", lambda r: r.received_on),
                ("请求类型", "enum", lambda r: r.kind),
                ("渠道", "enum", lambda r: r.channel),
                ("请求内容", "text", lambda r: r.details),
                ("答复期限", "date", lambda r: r.due_on),
                ("答复日期", "date", lambda r: r.answered_on),
                ("答复内容", "text", lambda r: r.answer),
                ("经办人", "text", lambda r: r.handled_by),
            ],
            requests,
        ),
        _sheet(
            "档案材料文字",
            [
                ("文件", "text", lambda r: r[0]),
                ("类别", "text", lambda r: r[1]),
                ("页", "int", lambda r: r[2]),
                ("识别出的文字", "text", lambda r: r[3]),
            ],
            _scan_rows(data, scan_texts),
        ),
    ]


EXCEL_CELL_CHARS = 32_000  # Excel holds 32 767 characters in a cell; a longer page goes on in the next row


def _scan_rows(data: Customer360, scan_texts: Sequence[ScanText]) -> list[tuple[str, str, int, str]]:
    """The text read in the customer's scans, a row per page (or per cell-sized part of one)."""
    files = {a.id: (a.file_name, a.category) for a in data.attachments}
    rows = []
    for scan in scan_texts:
        name, category = files.get(scan.attachment_id, ("", ""))
        for number, page in enumerate(scan.page_texts, start=1):
            for start in range(0, max(len(page), 1), EXCEL_CELL_CHARS):
                rows.append((name, category, number, page[start : start + EXCEL_CELL_CHARS]))
    return rows


def file_stem(store: Store, customer_id: int) -> str:
    archive_no = safe_file_name(store.archive_numbers([customer_id]).get(customer_id, ""), f"customer-{customer_id}")
    return f"{archive_no}-本人信息-{store.today().isoformat()}"


def export_subject_data(
    store: Store, customer_id: int, folder: Path, *, request_id: int | None = None, answer: str | None = None
) -> SubjectExport:
    """Write the customer's full archive sheet and workbook into *folder*; audit; answer the request.

    A request already answered keeps its answer; the export is logged all the same.
    """
    folder = Path(folder)
    stem = file_stem(store, customer_id)
    pdf, xlsx = folder / f"{stem}.pdf", folder / f"{stem}.xlsx"
    with store.batch():  # one consistent picture of the customer for both files
        data = store.customer_360(customer_id)
        complaints = store.complaints.of_customer(customer_id)
        consent = store.consent_history(customer_id)
        requests = store.list_subject_requests(customer_id)
        scan_texts = store.attachment_texts.of_customer(customer_id)
        write_batch(store, [customer_id], pdf, reveal=True, contacts=max(len(data.contacts), 1))
    rows = _write(
        xlsx, workbook_sheets(data, complaints, consent, requests, store.today(), scan_texts), True, None, None
    )
    answered: SubjectRequest | None = None
    details = {"purpose": "subject_request", "request_id": request_id}
    with store.batch():
        record_sheets(store, [customer_id], "export_pdf", reveal=True, target=str(pdf), extra=details)
        store.record_event(
            "export_excel",
            "customer",
            customer_id,
            customer_id=customer_id,
            summary=str(xlsx),
            details={"file": str(xlsx), "reveal": True, "rows": rows, **details},
        )
        if request_id is not None:
            request = store.subject_requests.get(request_id)
            if request.answered_on is None:
                text = answer or f"已向本人提供其个人信息副本：{pdf.name}、{xlsx.name}"
                answered = store.answer_subject_request(request_id, text)
            else:
                answered = request
    return SubjectExport(pdf, xlsx, rows, answered)
