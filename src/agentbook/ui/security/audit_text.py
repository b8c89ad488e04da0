"""The words of an audit entry: its summary and its before/after details, for people to read.

The log itself keeps what was written (English codes, field names, JSON), because its entries are
hash-chained and must never be rewritten; this module only renders them: field names become the
labels the agent knows from the forms, and details become one labelled line per field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from agentbook.domain.audit_labels import masked
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.labels import HEADERS
from agentbook.ui.i18n import join_list

# Fields and detail keys that have no column heading of their own (audit context).
FIELD_LABELS: dict[str, str] = {
    "apply_date": QT_TRANSLATE_NOOP("audit", "申请日期"),
    "beneficiaries": QT_TRANSLATE_NOOP("audit", "受益人"),
    "changed_at": QT_TRANSLATE_NOOP("audit", "变更时间"),
    "claim_id": QT_TRANSLATE_NOOP("audit", "理赔"),
    "commission": QT_TRANSLATE_NOOP("audit", "佣金"),
    "complainant": QT_TRANSLATE_NOOP("audit", "投诉人"),
    "consent_date": QT_TRANSLATE_NOOP("audit", "同意日期"),
    "consent_scope": QT_TRANSLATE_NOOP("audit", "同意范围"),
    "consent_sensitive": QT_TRANSLATE_NOOP("audit", "同意处理敏感信息"),
    "contact_id": QT_TRANSLATE_NOOP("audit", "沟通记录"),
    "created_at": QT_TRANSLATE_NOOP("audit", "创建时间"),
    "email": QT_TRANSLATE_NOOP("audit", "电子邮箱"),
    "employer": QT_TRANSLATE_NOOP("audit", "工作单位"),
    "feedback": QT_TRANSLATE_NOOP("audit", "回访反馈"),
    "financial_notes": QT_TRANSLATE_NOOP("audit", "财务情况"),
    "health_notes": QT_TRANSLATE_NOOP("audit", "健康情况"),
    "history": QT_TRANSLATE_NOOP("audit", "状态经过"),
    "id": QT_TRANSLATE_NOOP("audit", "编号"),
    "id_type": QT_TRANSLATE_NOOP("audit", "证件类型"),
    "insured_id": QT_TRANSLATE_NOOP("audit", "被保险人"),
    "investigation": QT_TRANSLATE_NOOP("audit", "调查情况"),
    "materials": QT_TRANSLATE_NOOP("audit", "理赔材料"),
    "needs": QT_TRANSLATE_NOOP("audit", "保障需求"),
    "note": QT_TRANSLATE_NOOP("audit", "说明"),
    "payment_years": QT_TRANSLATE_NOOP("audit", "缴费年限"),
    "phone": QT_TRANSLATE_NOOP("audit", "电话"),
    "policy_id": QT_TRANSLATE_NOOP("audit", "保单"),
    "protection_preference": QT_TRANSLATE_NOOP("audit", "保障偏好"),
    "received": QT_TRANSLATE_NOOP("audit", "已收到"),
    "related_id": QT_TRANSLATE_NOOP("audit", "关联客户"),
    "relation": QT_TRANSLATE_NOOP("audit", "关系"),
    "remarks": QT_TRANSLATE_NOOP("audit", "备注"),
    "renewal_of_id": QT_TRANSLATE_NOOP("audit", "续保自"),
    "resolution": QT_TRANSLATE_NOOP("audit", "处理结果"),
    "retention_until": QT_TRANSLATE_NOOP("audit", "保管至"),
    "riders": QT_TRANSLATE_NOOP("audit", "附加险"),
    "risk_tolerance": QT_TRANSLATE_NOOP("audit", "风险承受能力"),
    "share": QT_TRANSLATE_NOOP("audit", "受益份额"),
    "source_channel": QT_TRANSLATE_NOOP("audit", "客户来源"),
    "wechat": QT_TRANSLATE_NOOP("audit", "微信"),
    # keys of event details
    "customers": QT_TRANSLATE_NOOP("audit", "客户数"),
    "file": QT_TRANSLATE_NOOP("audit", "文件"),
    "fingerprint": QT_TRANSLATE_NOOP("audit", "密钥指纹"),
    "format": QT_TRANSLATE_NOOP("audit", "格式"),
    "key_saved": QT_TRANSLATE_NOOP("audit", "密钥已存回密钥环"),
    "reveal": QT_TRANSLATE_NOOP("audit", "显示敏感信息"),
    "revealed_fields": QT_TRANSLATE_NOOP("audit", "显示的敏感字段"),
    "rows": QT_TRANSLATE_NOOP("audit", "行数"),
    "target": QT_TRANSLATE_NOOP("audit", "去向"),
}
# Fixed summaries written by the program, and the tab names a reveal records.
SUMMARY_WORDS: dict[str, str] = {
    "recovery key": QT_TRANSLATE_NOOP("audit", "恢复密钥"),
    "rekey": QT_TRANSLATE_NOOP("audit", "重新加密"),
    "details": QT_TRANSLATE_NOOP("audit", "日志详情"),
    "360": QT_TRANSLATE_NOOP("audit", "客户档案视图"),
    "records": QT_TRANSLATE_NOOP("audit", "记录"),
    "manual": QT_TRANSLATE_NOOP("audit", "手动锁定"),
    "idle": QT_TRANSLATE_NOOP("audit", "无操作自动锁定"),
    "screen": QT_TRANSLATE_NOOP("audit", "系统锁屏"),
    "customers": QT_TRANSLATE_NOOP("audit", "客户"),
    "policies": QT_TRANSLATE_NOOP("audit", "保单"),
    "payments": QT_TRANSLATE_NOOP("audit", "缴费"),
    "claims": QT_TRANSLATE_NOOP("audit", "理赔"),
    "contacts": QT_TRANSLATE_NOOP("audit", "沟通记录"),
    "complaints": QT_TRANSLATE_NOOP("audit", "投诉"),
    "all": QT_TRANSLATE_NOOP("audit", "全部"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("audit", text)


def field_label(key: str) -> str:
    if key in FIELD_LABELS:
        return _t(FIELD_LABELS[key])
    if key in HEADERS:
        return QCoreApplication.translate("columns", HEADERS[key])
    return key


def _patterns() -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    return [
        (re.compile(r"^(\d+) rows$"), lambda m: QCoreApplication.translate("audit", "{0} 行").format(m[1])),
        (
            re.compile(r"^branch workbook → (.+)$"),
            lambda m: QCoreApplication.translate("audit", "分支机构工作簿 → {0}").format(m[1]),
        ),
        (
            re.compile(r"^current view → (.+)$"),
            lambda m: QCoreApplication.translate("audit", "当前视图 → {0}").format(m[1]),
        ),
        (
            re.compile(r"^value_tier: (\d+) changed$"),
            lambda m: QCoreApplication.translate("audit", "客户价值：{0} 位客户有变化").format(m[1]),
        ),
        (re.compile(r"^(png|xlsx):(\w+)$"), lambda m: f"{m[1].upper()} · {summary_word(m[2])}"),
    ]


def summary_word(word: str) -> str:
    return _t(SUMMARY_WORDS[word]) if word in SUMMARY_WORDS else word


def summary_text(action: str, summary: str) -> str:
    """The summary in the UI language; free text (a file name, a person) is shown as written."""
    if not summary:
        return ""
    if summary in SUMMARY_WORDS:
        return summary_word(summary)
    for pattern, render in _patterns():
        match = pattern.match(summary)
        if match:
            return render(match)
    if action in ("update", "create", "copy") and re.fullmatch(r"[a-z_]+(,[a-z_]+)*", summary):
        return join_list(field_label(name) for name in summary.split(","))
    return summary


def value_text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if value is True:
        return QCoreApplication.translate("audit", "是")
    if value is False:
        return QCoreApplication.translate("audit", "否")
    if isinstance(value, list):
        return join_list(value_text(v) for v in value) if all(not isinstance(v, dict) for v in value) else ""
    return str(value)


def details_text(details_json: str | None, *, reveal: bool) -> str:
    """One ``标签：值`` line per field, nested records indented; masked unless *reveal*."""
    if not details_json:
        return ""
    try:
        value = json.loads(details_json)
    except ValueError:
        return details_json
    lines: list[str] = []
    _lines(value if reveal else masked(value), lines, "")
    return "\n".join(lines)


def _lines(value: Any, out: list[str], indent: str) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, dict) or (isinstance(item, list) and any(isinstance(v, dict) for v in item)):
                out.append(f"{indent}{field_label(key)}：")
                _lines(item, out, indent + "    ")
            else:
                out.append(f"{indent}{field_label(key)}：{value_text(item)}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                out.append(f"{indent}·")
                _lines(item, out, indent + "    ")
            else:
                out.append(f"{indent}· {value_text(item)}")
    else:
        out.append(f"{indent}{value_text(value)}")
