"""导入模板: an empty workbook the importer reads without a question asked.

Agents coming from their own spreadsheets import once; one who starts from this template gets
headers the importer maps by itself, two example rows to copy the way of writing amounts and
dates from, and a drop-down of the accepted words in every coded column (性别, 险种, 缴费方式 …),
so a typo like 年缴费 never reaches the preview. A second sheet explains each column.
No personal data is in it: the examples are made-up people with IDs that fail no check. The
workbook is in Chinese whatever the app's language: its headers are the words the importer and
the agents' other sheets share.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import xlsxwriter

from agentbook.domain import enums as E
from agentbook.importers.fields import FIELDS, ImportField

# The columns of the template, in the order an agent fills them in; the header is the field's
# label, which the importer's automatic mapping recognises.
COLUMNS: tuple[str, ...] = (
    "name", "gender", "id_type", "id_number", "birth_date", "mobile", "wechat", "address",
    "occupation", "kind", "lifecycle", "tags", "remarks",
    "policy_no", "insurer", "product", "business_line", "sum_insured", "premium", "payment_mode",
    "payment_years", "apply_date", "effective_date", "expiry_date", "policy_status",
)  # fmt: skip

# Coded columns and the words offered in their drop-down (the enum's own labels).
CHOICES: dict[str, type[E.LabeledEnum]] = {
    "gender": E.Gender,
    "id_type": E.IdType,
    "kind": E.CustomerKind,
    "lifecycle": E.Lifecycle,
    "business_line": E.BusinessLine,
    "payment_mode": E.PaymentMode,
    "policy_status": E.PolicyStatus,
}
DATES = frozenset({"birth_date", "apply_date", "effective_date", "expiry_date"})
MONEY = frozenset({"sum_insured", "premium"})
# Made-up people: the IDs carry valid check digits (GB 11643) and region codes, the mobiles are
# in a range no operator hands out to customers' phones in test data (1380013xxxx).
EXAMPLES: tuple[dict[str, Any], ...] = (
    {
        "name": "张三", "gender": "男", "id_type": "居民身份证", "id_number": "110105198001010032",
        "birth_date": date(1980, 1, 1), "mobile": "13800138000", "address": "北京市朝阳区示例路 1 号",
        "occupation": "教师", "kind": "个人", "lifecycle": "现有", "tags": "老客户、车险",
        "policy_no": "P2025000001", "insurer": "示例人寿", "product": "示例终身寿险", "business_line": "寿险",
        "sum_insured": 500000, "premium": 12000, "payment_mode": "年交", "payment_years": 20,
        "apply_date": date(2025, 2, 20), "effective_date": date(2025, 3, 1), "policy_status": "生效",
    },
    {
        "name": "李四", "gender": "女", "id_type": "居民身份证", "id_number": "310104199205120044",
        "birth_date": date(1992, 5, 12), "mobile": "13800138001", "wechat": "lisi_demo",
        "address": "上海市徐汇区示例路 2 号", "kind": "个人", "lifecycle": "潜在",
        "policy_no": "C2025000002", "insurer": "示例财险", "product": "机动车商业保险", "business_line": "车险",
        "sum_insured": 1000000, "premium": 3880, "payment_mode": "趸交",
        "effective_date": date(2025, 6, 1), "expiry_date": date(2026, 5, 31), "policy_status": "生效",
    },
)  # fmt: skip

NOTES: dict[str, str] = {
    "name": "必填。个人写姓名，企业写全称。",
    "id_number": "18 位身份证号码会核对校验码；企业可填统一社会信用代码。",
    "birth_date": "日期写成 2025-03-01 或 2025/3/1，或用 Excel 的日期格式。",
    "mobile": "11 位手机号；一格里也可以写“手机/座机”。",
    "tags": "多个标签用顿号、逗号或空格分开。",
    "policy_no": "同一保单号在同一保险公司下只导入一次；一位客户多张保单就写多行。",
    "sum_insured": "单位为元；标题写成“保险金额（万元）”时按万元计。",
    "payment_mode": "也可写“10年交”“交20年”。",
}


def _field(key: str) -> ImportField:
    return next(f for f in FIELDS if f.key == key)


def write_template(path: Path) -> Path:
    """The template at *path*: sheet 客户与保单 (headers, examples, drop-downs), 选项 and 填写说明."""
    workbook = xlsxwriter.Workbook(str(path))
    head = workbook.add_format({"bold": True, "bg_color": "#E8EEF7", "border": 1, "text_wrap": True})
    example = workbook.add_format({"font_color": "#555555"})
    day = workbook.add_format({"num_format": "yyyy-mm-dd", "font_color": "#555555"})
    money = workbook.add_format({"num_format": "#,##0.00", "font_color": "#555555"})
    text = workbook.add_format({"num_format": "@", "font_color": "#555555"})  # IDs and phones stay text
    sheet = workbook.add_worksheet("客户与保单")
    lists = workbook.add_worksheet("选项")
    last_row = 5000  # drop-downs and formats reach this far down
    for col, key in enumerate(COLUMNS):
        label = _field(key).label
        sheet.write_string(0, col, label, head)
        sheet.set_column(col, col, max(10, len(label) * 2 + 2), text if key in ("id_number", "mobile") else None)
        for row, values in enumerate(EXAMPLES, start=1):
            value = values.get(key)
            if value is None:
                continue
            if key in DATES:
                sheet.write_datetime(row, col, value, day)
            elif key in MONEY:
                sheet.write_number(row, col, value, money)
            elif isinstance(value, int):
                sheet.write_number(row, col, value, example)
            else:
                sheet.write_string(row, col, str(value), text if key in ("id_number", "mobile") else example)
        if key in CHOICES:
            members = [m.label for m in CHOICES[key]]
            list_col = list(CHOICES).index(key)
            lists.write_string(0, list_col, label, head)
            for n, word in enumerate(members, start=1):
                lists.write_string(n, list_col, word)
            letter = xlsxwriter.utility.xl_col_to_name(list_col)
            sheet.data_validation(
                1,
                col,
                last_row,
                col,
                {
                    "validate": "list",
                    "source": f"='选项'!${letter}$2:${letter}${len(members) + 1}",
                    "error_title": "请从列表中选择",
                    "error_message": "这一列只接受下拉列表中的值。",
                    "error_type": "warning",  # an agent may still type a synonym the importer knows
                },
            )
        elif key in DATES:
            sheet.data_validation(
                1,
                col,
                last_row,
                col,
                {
                    "validate": "date",
                    "criteria": ">",
                    "value": date(1900, 3, 1),
                    "error_type": "warning",
                    "error_message": "请填写日期，例如 2025-03-01。",
                },
            )
    sheet.freeze_panes(1, 1)
    sheet.autofilter(0, 0, len(EXAMPLES), len(COLUMNS) - 1)

    notes = workbook.add_worksheet("填写说明")
    notes.set_column(0, 0, 18)
    notes.set_column(1, 1, 80)
    notes.write_string(0, 0, "列", head)
    notes.write_string(0, 1, "说明", head)
    notes.write_string(1, 0, "总则")
    notes.write_string(1, 1, "第 2、3 行是示例，请删除后从第 2 行起填写；一行一份保单，没有保单的客户只填客户列。")
    row = 2
    for key in COLUMNS:
        if key in NOTES or key in CHOICES:
            hint = NOTES.get(key, "")
            if key in CHOICES:
                hint = (hint + " " if hint else "") + "可选：" + "、".join(m.label for m in CHOICES[key])
            notes.write_string(row, 0, _field(key).label)
            notes.write_string(row, 1, hint)
            row += 1
    workbook.close()
    return path
