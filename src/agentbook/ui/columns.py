"""Translatable column headers of the tabs, keyed by the store's list column keys."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

HEADERS: dict[str, str] = {
    "archive_no": QT_TRANSLATE_NOOP("columns", "档案编号"),
    "name": QT_TRANSLATE_NOOP("columns", "姓名/名称"),
    "kind": QT_TRANSLATE_NOOP("columns", "客户类型"),
    "lifecycle": QT_TRANSLATE_NOOP("columns", "客户状态"),
    "gender": QT_TRANSLATE_NOOP("columns", "性别"),
    "birth_date": QT_TRANSLATE_NOOP("columns", "出生日期"),
    "id_number": QT_TRANSLATE_NOOP("columns", "证件号码"),
    "mobile": QT_TRANSLATE_NOOP("columns", "手机号"),
    "address": QT_TRANSLATE_NOOP("columns", "地址"),
    "occupation": QT_TRANSLATE_NOOP("columns", "职业"),
    "risk_level": QT_TRANSLATE_NOOP("columns", "风险等级"),
    "value_tier": QT_TRANSLATE_NOOP("columns", "客户价值"),
    "tags": QT_TRANSLATE_NOOP("columns", "标签"),
    "annual_income": QT_TRANSLATE_NOOP("columns", "年收入"),
    "updated_at": QT_TRANSLATE_NOOP("columns", "更新时间"),
    "policy_no": QT_TRANSLATE_NOOP("columns", "保单号"),
    "insurer": QT_TRANSLATE_NOOP("columns", "保险公司"),
    "product": QT_TRANSLATE_NOOP("columns", "产品"),
    "business_line": QT_TRANSLATE_NOOP("columns", "险种"),
    "policyholder": QT_TRANSLATE_NOOP("columns", "投保人"),
    "insured": QT_TRANSLATE_NOOP("columns", "被保险人"),
    "sum_insured": QT_TRANSLATE_NOOP("columns", "保额"),
    "premium": QT_TRANSLATE_NOOP("columns", "保费"),
    "payment_mode": QT_TRANSLATE_NOOP("columns", "缴费方式"),
    "effective_date": QT_TRANSLATE_NOOP("columns", "生效日期"),
    "expiry_date": QT_TRANSLATE_NOOP("columns", "到期日期"),
    "status": QT_TRANSLATE_NOOP("columns", "状态"),
    "period": QT_TRANSLATE_NOOP("columns", "期数"),
    "due_date": QT_TRANSLATE_NOOP("columns", "应缴日期"),
    "amount_due": QT_TRANSLATE_NOOP("columns", "应缴金额"),
    "paid_date": QT_TRANSLATE_NOOP("columns", "缴费日期"),
    "amount_paid": QT_TRANSLATE_NOOP("columns", "实缴金额"),
    "method": QT_TRANSLATE_NOOP("columns", "缴费方法"),
    "receipt_no": QT_TRANSLATE_NOOP("columns", "收据号"),
    "claim_no": QT_TRANSLATE_NOOP("columns", "理赔编号"),
    "claimant": QT_TRANSLATE_NOOP("columns", "申请人"),
    "incident_date": QT_TRANSLATE_NOOP("columns", "出险日期"),
    "filed_date": QT_TRANSLATE_NOOP("columns", "报案日期"),
    "cause": QT_TRANSLATE_NOOP("columns", "出险原因"),
    "amount_claimed": QT_TRANSLATE_NOOP("columns", "申请金额"),
    "decision_date": QT_TRANSLATE_NOOP("columns", "审核日期"),
    "contacted_at": QT_TRANSLATE_NOOP("columns", "沟通时间"),
    "customer": QT_TRANSLATE_NOOP("columns", "客户"),
    "channel": QT_TRANSLATE_NOOP("columns", "方式"),
    "purpose": QT_TRANSLATE_NOOP("columns", "目的"),
    "summary": QT_TRANSLATE_NOOP("columns", "沟通内容"),
    "outcome": QT_TRANSLATE_NOOP("columns", "结果"),
    "follow_up_date": QT_TRANSLATE_NOOP("columns", "跟进日期"),
    "follow_up_done": QT_TRANSLATE_NOOP("columns", "已跟进"),
    "policyholder_id": QT_TRANSLATE_NOOP("columns", "投保人编号"),
    "claimant_id": QT_TRANSLATE_NOOP("columns", "申请人编号"),
    "customer_id": QT_TRANSLATE_NOOP("columns", "客户编号"),
}

# Id columns the store lists for navigation; hidden unless the user asks for them.
HIDDEN_BY_DEFAULT = frozenset(
    {
        "policyholder_id",
        "claimant_id",
        "customer_id",
        "annual_income",
        "updated_at",
        "occupation",
        "birth_date",
        "gender",
    }
)


def header(key: str) -> str:
    return QCoreApplication.translate("columns", HEADERS.get(key, key))
