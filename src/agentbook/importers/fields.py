"""The fields a column can be imported as, the headers agents give them, and automatic mapping.

Headers are compared after ``header_key`` normalisation (full-width to half-width, no spaces, no
``*`` marks or bracketed hints such as ``（必填）`` or ``(元)``), so 客户姓名、``客户姓名*`` and
``客户 姓名（必填）`` all find the name field. A header that names a unit of 万元 makes that
column's plain numbers count in ten-thousands.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from agentbook.domain.i18n import QT_TRANSLATE_NOOP

IGNORE = ""  # the mapping target of a column that is not imported


@dataclass(frozen=True, slots=True)
class ImportField:
    key: str
    label: str  # Chinese source text, context "importer"
    group: str  # customer | policy | payment | claim | contact
    aliases: tuple[str, ...] = ()


def _f(key: str, label: str, group: str, *aliases: str) -> ImportField:
    return ImportField(key, label, group, aliases)


FIELDS: tuple[ImportField, ...] = (
    _f("name", QT_TRANSLATE_NOOP("importer", "客户姓名"), "customer",
       "客户姓名", "姓名", "客户名称", "名称", "姓名/名称", "客户", "投保人", "投保人姓名", "投保人名称", "户名",
       "name", "customer", "customername", "fullname", "clientname", "client"),
    _f("id_number", QT_TRANSLATE_NOOP("importer", "证件号码"), "customer",
       "身份证号码", "身份证号", "身份证", "证件号码", "证件号", "投保人证件号码", "投保人身份证号", "投保人身份证号码",
       "证件号码/统一社会信用代码", "统一社会信用代码", "idnumber", "idno", "id", "idcard", "idcardno"),
    _f("id_type", QT_TRANSLATE_NOOP("importer", "证件类型"), "customer", "证件类型", "idtype"),
    _f("mobile", QT_TRANSLATE_NOOP("importer", "联系方式（手机）"), "customer",
       "联系方式", "手机号码", "手机号", "手机", "联系电话", "电话", "电话号码", "移动电话", "联系号码",
       "mobile", "mobilephone", "cellphone", "phone", "tel", "telephone", "contact"),
    _f("phone", QT_TRANSLATE_NOOP("importer", "固定电话"), "customer",
       "固定电话", "座机", "办公电话", "家庭电话", "landline"),
    _f("email", QT_TRANSLATE_NOOP("importer", "电子邮箱"), "customer",
       "电子邮箱", "邮箱", "电子邮件", "email", "e-mail", "mail"),
    _f("wechat", QT_TRANSLATE_NOOP("importer", "微信号"), "customer", "微信号", "微信", "wechat", "weixin"),
    _f("address", QT_TRANSLATE_NOOP("importer", "地址"), "customer",
       "地址", "联系地址", "家庭住址", "家庭地址", "住址", "通讯地址", "居住地址", "现住址", "address"),
    _f("gender", QT_TRANSLATE_NOOP("importer", "性别"), "customer", "性别", "gender", "sex"),
    _f("birth_date", QT_TRANSLATE_NOOP("importer", "出生日期"), "customer",
       "出生日期", "生日", "出生年月日", "birthday", "birthdate", "dateofbirth", "dob"),
    _f("occupation", QT_TRANSLATE_NOOP("importer", "职业"), "customer", "职业", "occupation", "job"),
    _f("employer", QT_TRANSLATE_NOOP("importer", "工作单位"), "customer",
       "工作单位", "单位", "单位名称", "employer", "company"),
    _f("annual_income", QT_TRANSLATE_NOOP("importer", "年收入"), "customer", "年收入", "年收入(元)", "income"),
    _f("archive_no", QT_TRANSLATE_NOOP("importer", "档案编号"), "customer",
       "档案编号", "档案号", "客户编号", "archiveno"),
    _f("kind", QT_TRANSLATE_NOOP("importer", "客户类型"), "customer", "客户类型", "customertype"),
    _f("lifecycle", QT_TRANSLATE_NOOP("importer", "客户状态"), "customer", "客户状态"),
    _f("risk_level", QT_TRANSLATE_NOOP("importer", "风险等级"), "customer", "风险等级"),
    _f("value_tier", QT_TRANSLATE_NOOP("importer", "客户价值"), "customer", "客户价值", "客户等级"),
    _f("tags", QT_TRANSLATE_NOOP("importer", "标签"), "customer", "标签", "tags"),
    _f("source_channel", QT_TRANSLATE_NOOP("importer", "客户来源"), "customer", "客户来源", "来源", "来源渠道"),
    _f("protection_preference", QT_TRANSLATE_NOOP("importer", "保障偏好"), "customer", "保障偏好", "投保偏好"),
    _f("risk_tolerance", QT_TRANSLATE_NOOP("importer", "风险承受能力"), "customer",
       "风险承受能力", "风险偏好", "风险承受度"),
    _f("needs", QT_TRANSLATE_NOOP("importer", "保障需求"), "customer", "保障需求", "需求", "客户需求"),
    _f("consent_date", QT_TRANSLATE_NOOP("importer", "同意日期"), "customer",
       "同意日期", "知情同意日期", "授权日期"),
    _f("remarks", QT_TRANSLATE_NOOP("importer", "备注"), "customer",
       "备注", "说明", "remarks", "remark", "notes", "note", "comment", "comments"),
    _f("policy_no", QT_TRANSLATE_NOOP("importer", "保单号"), "policy",
       "保单号", "保单号码", "保单编号", "policyno", "policynumber", "policy"),
    _f("insurer", QT_TRANSLATE_NOOP("importer", "保险公司"), "policy",
       "保险公司", "承保公司", "保险公司名称", "insurer", "insurancecompany"),
    _f("product", QT_TRANSLATE_NOOP("importer", "保险产品名称"), "policy",
       "保险产品名称", "产品名称", "保险产品", "产品", "险种名称", "保险名称", "product", "productname"),
    _f("business_line", QT_TRANSLATE_NOOP("importer", "险种"), "policy", "险种", "险种类别", "险类", "险种类型"),
    _f("sum_insured", QT_TRANSLATE_NOOP("importer", "保险金额"), "policy",
       "保险金额", "保额", "基本保额", "suminsured", "coverage"),
    _f("premium", QT_TRANSLATE_NOOP("importer", "保费"), "policy",
       "保费", "保险费", "年交保费", "期交保费", "每期保费", "首期保费", "premium"),
    _f("payment_mode", QT_TRANSLATE_NOOP("importer", "缴费方式"), "policy",
       "缴费方式", "交费方式", "缴费频率", "交费频率", "缴费类型", "paymentmode"),
    _f("payment_years", QT_TRANSLATE_NOOP("importer", "缴费年限"), "policy", "缴费年限", "交费年限", "缴费期间"),
    _f("apply_date", QT_TRANSLATE_NOOP("importer", "投保日期"), "policy", "投保日期", "投保时间"),
    _f("effective_date", QT_TRANSLATE_NOOP("importer", "保险起始日期"), "policy",
       "保险起始日期", "生效日期", "起保日期", "保险起期", "承保日期", "保单生效日", "起始日期", "startdate"),
    _f("expiry_date", QT_TRANSLATE_NOOP("importer", "保险到期日期"), "policy",
       "保险到期日期", "到期日期", "终止日期", "保险止期", "满期日期", "到期日", "enddate", "expirydate"),
    _f("policy_status", QT_TRANSLATE_NOOP("importer", "保单状态"), "policy", "保单状态"),
    _f("payment_amount", QT_TRANSLATE_NOOP("importer", "缴费金额"), "payment",
       "缴费金额", "交费金额", "缴费额", "实缴金额", "已缴金额"),
    _f("payment_date", QT_TRANSLATE_NOOP("importer", "缴费日期"), "payment", "缴费日期", "交费日期", "缴费时间"),
    _f("payment_status", QT_TRANSLATE_NOOP("importer", "缴费状态"), "payment", "缴费状态", "交费状态"),
    _f("claim_date", QT_TRANSLATE_NOOP("importer", "理赔申请日期"), "claim",
       "理赔申请日期", "理赔日期", "申请理赔日期", "理赔报案日期"),
    _f("claim_amount", QT_TRANSLATE_NOOP("importer", "理赔金额"), "claim", "理赔金额", "理赔申请金额"),
    _f("claim_status", QT_TRANSLATE_NOOP("importer", "理赔状态"), "claim", "理赔状态", "理赔进度"),
    _f("claim_cause", QT_TRANSLATE_NOOP("importer", "出险原因"), "claim", "出险原因", "理赔原因", "事故原因"),
    _f("contact_date", QT_TRANSLATE_NOOP("importer", "沟通日期"), "contact",
       "沟通日期", "沟通时间", "最近沟通日期", "联系日期", "回访日期", "拜访日期"),
    _f("contact_channel", QT_TRANSLATE_NOOP("importer", "沟通方式"), "contact", "沟通方式", "沟通渠道", "回访方式"),
    _f("contact_purpose", QT_TRANSLATE_NOOP("importer", "沟通目的"), "contact", "沟通目的", "沟通类型"),
    _f("contact_summary", QT_TRANSLATE_NOOP("importer", "沟通内容"), "contact",
       "沟通内容", "沟通记录", "回访内容", "沟通情况", "联系内容", "拜访记录"),
    _f("follow_up", QT_TRANSLATE_NOOP("importer", "后续跟进"), "contact",
       "后续跟进", "跟进日期", "下次跟进", "下次跟进日期", "下次回访日期", "跟进事项"),
)  # fmt: skip
BY_KEY = {f.key: f for f in FIELDS}
# Headers agents use for columns that carry nothing to import: left out without a warning.
KNOWN_IGNORED = ("序号", "编号", "no", "no.", "#", "更新时间", "操作", "投保人编号", "申请人编号", "客户编号(内部)")

_BRACKETS = re.compile(r"[(\[（【][^)\]）】]*[)\]）】]")
_MARKS = re.compile(r"[\s*:：_]+")


def header_key(text: object) -> str:
    """A header as compared with aliases: NFKC, lower case, no spaces, marks or bracketed hints."""
    folded = unicodedata.normalize("NFKC", str(text or "")).lower()
    folded = _BRACKETS.sub("", folded)
    return _MARKS.sub("", folded)


_ALIASES: dict[str, str] = {}
for _field in FIELDS:
    for _alias in (_field.label, *_field.aliases):
        _ALIASES.setdefault(header_key(_alias), _field.key)
_IGNORED = {header_key(h) for h in KNOWN_IGNORED}


def field_for_header(text: object) -> str | None:
    """The field a header names, IGNORE for a known non-data column, None when unknown."""
    key = header_key(text)
    if not key:
        return None
    if key in _ALIASES:
        return _ALIASES[key]
    if key in _IGNORED:
        return IGNORE
    return None


def in_ten_thousands(header: object) -> bool:
    """``保险金额（万元）``: plain numbers in this column are 万."""
    text = unicodedata.normalize("NFKC", str(header or ""))
    return bool(re.search(r"[(（\[【]\s*万元?\s*[)）\]】]|单位[:：]?\s*万", text))


_RESIDENT_ID_HEADERS = frozenset({"idcard", "idcardno"})


def names_resident_id(header: object) -> bool:
    """``身份证号码``, ``投保人身份证号``: the column promises resident IDs, not any 证件号码, so its
    numbers are checked as resident IDs (a wrong check digit is not an enterprise's credit code)."""
    key = header_key(header)
    return "身份证" in key or key in _RESIDENT_ID_HEADERS


def auto_mapping(headers: Sequence[object]) -> list[str | None]:
    """One field (or IGNORE / None) per column; each field is given to its first column only."""
    taken: set[str] = set()
    mapping: list[str | None] = []
    for header in headers:
        found = field_for_header(header)
        if found and found in taken:
            found = None
        if found:
            taken.add(found)
        mapping.append(found)
    return mapping
