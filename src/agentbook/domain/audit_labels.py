"""What the audit viewer calls each action and entity, and which detail fields it masks.

The store records short English codes (stable across languages and versions); people read
these labels. A code without a label is shown as recorded, so a new action never disappears.
"""

from __future__ import annotations

import json
from typing import Any

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.idnumbers import mask_by_kind

CONTEXT = "audit"

ACTION_LABELS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("audit", "新建"),
    "add_person": QT_TRANSLATE_NOOP("audit", "添加人员"),
    "open_360": QT_TRANSLATE_NOOP("audit", "查看客户360"),
    "set_roles": QT_TRANSLATE_NOOP("audit", "设置角色"),
    "disable_person": QT_TRANSLATE_NOOP("audit", "停用人员"),
    "reset_password": QT_TRANSLATE_NOOP("audit", "重设口令"),
    "hand_over": QT_TRANSLATE_NOOP("audit", "移交客户"),
    "share": QT_TRANSLATE_NOOP("audit", "共享客户"),
    "request_change": QT_TRANSLATE_NOOP("audit", "提交变更申请"),
    "approve_change": QT_TRANSLATE_NOOP("audit", "批准变更申请"),
    "reject_change": QT_TRANSLATE_NOOP("audit", "驳回变更申请"),
    "withdraw_change": QT_TRANSLATE_NOOP("audit", "撤回变更申请"),
    "update": QT_TRANSLATE_NOOP("audit", "修改"),
    "delete": QT_TRANSLATE_NOOP("audit", "删除"),
    "open": QT_TRANSLATE_NOOP("audit", "打开档案"),
    "lock": QT_TRANSLATE_NOOP("audit", "锁定"),
    "unlock": QT_TRANSLATE_NOOP("audit", "解锁"),
    "reveal": QT_TRANSLATE_NOOP("audit", "显示敏感信息"),
    "copy": QT_TRANSLATE_NOOP("audit", "复制敏感信息"),
    "export": QT_TRANSLATE_NOOP("audit", "导出"),
    "print": QT_TRANSLATE_NOOP("audit", "打印"),
    "preview": QT_TRANSLATE_NOOP("audit", "预览"),
    "import": QT_TRANSLATE_NOOP("audit", "导入"),
    "backup": QT_TRANSLATE_NOOP("audit", "备份"),
    "restore": QT_TRANSLATE_NOOP("audit", "恢复备份"),
    "key_change": QT_TRANSLATE_NOOP("audit", "更换密钥"),
    "passphrase_change": QT_TRANSLATE_NOOP("audit", "更改口令"),
    "recovery_key_shown": QT_TRANSLATE_NOOP("audit", "查看恢复密钥"),
    "recovery_key_print": QT_TRANSLATE_NOOP("audit", "打印恢复密钥"),
    "recovery_key_pdf": QT_TRANSLATE_NOOP("audit", "恢复密钥存为 PDF"),
    "recover": QT_TRANSLATE_NOOP("audit", "用恢复密钥打开"),
    "destroy": QT_TRANSLATE_NOOP("audit", "销毁"),
    "demo_data": QT_TRANSLATE_NOOP("audit", "载入演示数据"),
    "self_test": QT_TRANSLATE_NOOP("audit", "自检"),
    "audit_export": QT_TRANSLATE_NOOP("audit", "导出操作日志"),
    "audit_verify": QT_TRANSLATE_NOOP("audit", "校验操作日志"),
    "integrity_check": QT_TRANSLATE_NOOP("audit", "检查数据库"),
    "merge": QT_TRANSLATE_NOOP("audit", "合并重复客户"),
    "undo_merge": QT_TRANSLATE_NOOP("audit", "撤销合并"),
    "not_duplicate": QT_TRANSLATE_NOOP("audit", "标记为不同客户"),
    "view": QT_TRANSLATE_NOOP("audit", "查看"),
    "export_excel": QT_TRANSLATE_NOOP("audit", "导出 Excel"),
    "branch_move": QT_TRANSLATE_NOOP("audit", "迁入营业部服务器"),
    "export_pdf": QT_TRANSLATE_NOOP("audit", "导出 PDF"),
    "export_report": QT_TRANSLATE_NOOP("audit", "导出导入报告"),
    "import_excel": QT_TRANSLATE_NOOP("audit", "从 Excel 导入"),
    "tick_material": QT_TRANSLATE_NOOP("audit", "勾选已收材料"),
    "read_text": QT_TRANSLATE_NOOP("audit", "识别材料文字"),
    "recompute": QT_TRANSLATE_NOOP("audit", "重新计算"),
    "bulk_load": QT_TRANSLATE_NOOP("audit", "批量载入"),
    "seed": QT_TRANSLATE_NOOP("audit", "预置初始数据"),
}

ENTITY_LABELS: dict[str, str] = {
    "customer": QT_TRANSLATE_NOOP("audit", "客户"),
    "person": QT_TRANSLATE_NOOP("audit", "人员"),
    "policy": QT_TRANSLATE_NOOP("audit", "保单"),
    "payment": QT_TRANSLATE_NOOP("audit", "缴费"),
    "claim": QT_TRANSLATE_NOOP("audit", "理赔"),
    "contact": QT_TRANSLATE_NOOP("audit", "沟通记录"),
    "relationship": QT_TRANSLATE_NOOP("audit", "客户关系"),
    "complaint": QT_TRANSLATE_NOOP("audit", "投诉"),
    "database": QT_TRANSLATE_NOOP("audit", "数据库"),
    "setting": QT_TRANSLATE_NOOP("audit", "设置"),
    "statistics": QT_TRANSLATE_NOOP("audit", "统计"),
    "sheet": QT_TRANSLATE_NOOP("audit", "档案表"),
    "workbook": QT_TRANSLATE_NOOP("audit", "Excel 工作簿"),
    "audit_log": QT_TRANSLATE_NOOP("audit", "操作日志"),
    "attachment": QT_TRANSLATE_NOOP("audit", "档案材料"),
    "attachment_text": QT_TRANSLATE_NOOP("audit", "材料文字"),
    "paper_location": QT_TRANSLATE_NOOP("audit", "纸质档案位置"),
    "loan": QT_TRANSLATE_NOOP("audit", "档案借阅"),
    "commission_rule": QT_TRANSLATE_NOOP("audit", "佣金规则"),
    "commission_receipt": QT_TRANSLATE_NOOP("audit", "佣金到账"),
    "commission": QT_TRANSLATE_NOOP("audit", "佣金对账"),
    "consent_event": QT_TRANSLATE_NOOP("audit", "知情同意"),
    "subject_request": QT_TRANSLATE_NOOP("audit", "个人信息请求"),
    "product": QT_TRANSLATE_NOOP("audit", "产品目录"),
    "today": QT_TRANSLATE_NOOP("audit", "今日清单"),
    "policy_service": QT_TRANSLATE_NOOP("audit", "保全"),
}

# Keys of a record's plain form whose values are sensitive, and how they are masked.
SENSITIVE_KEYS: dict[str, str] = {
    "id_number": "id_number",
    "mobile": "phone",
    "phone": "phone",
    "health_notes": "text",
    "financial_notes": "text",
    "annual_income": "text",
}


def masked(value: Any) -> Any:
    """A decoded before/after value with its sensitive fields masked, at any depth."""

    def walk(item: Any) -> Any:
        if isinstance(item, dict):
            return {
                k: (mask_by_kind(SENSITIVE_KEYS[k], v) if k in SENSITIVE_KEYS and v not in (None, "") else walk(v))
                for k, v in item.items()
            }
        if isinstance(item, list):
            return [walk(v) for v in item]
        return item

    return walk(value)


def mask_details(details_json: str | None) -> str:
    """The before/after JSON of an entry, pretty-printed, with sensitive values masked."""
    if not details_json:
        return ""
    try:
        value = json.loads(details_json)
    except ValueError:
        return details_json
    return json.dumps(masked(value), ensure_ascii=False, indent=1)


def plain_details(details_json: str | None) -> str:
    if not details_json:
        return ""
    try:
        return json.dumps(json.loads(details_json), ensure_ascii=False, indent=1)
    except ValueError:
        return details_json
