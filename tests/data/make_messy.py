"""Builds ``messy_customers.xlsx``: an agent's sheet with the problems real ones have.

Run ``python tests/data/make_messy.py`` after changing it and commit both files. Written with
xlsxwriter because it can store a formula together with its last calculated value, as Excel
does; openpyxl cannot. What each row is for (Excel row numbers):

 1-2  merged title rows above the header
 3    header: Chinese variants, a ``（万元）`` unit, ``E-mail`` and an unknown ``Agent Code``
 4    张伟, policy 1: a date cell, 2043/1/5 as text, 年缴, "12,000.00元", 2023年1月5日
 5    张伟 again with policy 2 (one row per policy): an Excel serial date in a General cell
 6    empty
 7    李娜: ID number stored as a number by Excel (digits lost)
 8    王芳: 缴费金额 is a formula with a cached value
 9    张伟, policy 1 again: a duplicate of row 4
10    赵强: an impossible date 2023/13/45
11    陈静: ID with a lower-case x and spaces, mobile written +86 139-1234-5678
12    合计 (totals) row
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import xlsxwriter

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
from agentbook.domain.idnumbers import make_resident_id

HERE = Path(__file__).resolve().parent
TARGET = HERE / "messy_customers.xlsx"

ZHANG_ID = make_resident_id("110105", date(1990, 3, 7), 123)
LI_ID = make_resident_id("310104", date(1985, 11, 2), 44)
WANG_ID = make_resident_id("440106", date(1979, 5, 20), 62)
ZHAO_ID = make_resident_id("330106", date(1992, 8, 8), 17)
CHEN_ID = make_resident_id("510107", date(1988, 1, 30), 22)  # ends in X

HEADERS = [
    "序号",
    "客户姓名*",
    "身份证号码",
    "联系方式",
    "地址",
    "保单号",
    "保险公司",
    "保险产品名称",
    "保险金额（万元）",
    "保险起始日期",
    "保险到期日期",
    "缴费方式",
    "缴费金额",
    "缴费日期",
    "缴费状态",
    "沟通日期",
    "沟通内容",
    "Agent Code",
    "E-mail",
]


def build(target: Path = TARGET) -> Path:
    book = xlsxwriter.Workbook(str(target), {"strings_to_numbers": False, "strings_to_formulas": False})
    book.set_properties({"created": datetime(2023, 6, 1, 9, 0)})  # the same bytes on every run
    sheet = book.add_worksheet("客户档案")
    title = book.add_format({"bold": True, "font_size": 16, "align": "center"})
    bold = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    moment = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    last = len(HEADERS) - 1
    sheet.merge_range(0, 0, 0, last, "2023年 张经理 客户档案管理表", title)
    sheet.merge_range(1, 0, 1, last, "制表日期：2023年6月1日　　（内部资料，注意保密）")
    for col, text in enumerate(HEADERS):
        sheet.write_string(2, col, text, bold)

    def text_row(r: int, values: list[object]) -> None:
        for col, value in enumerate(values):
            if value is None:
                continue
            if isinstance(value, str):
                sheet.write_string(r, col, value)
            else:
                sheet.write_number(r, col, value)

    # row 4
    text_row(3, [1, "张伟", ZHANG_ID, "138 0013 8000", "北京市朝阳区建国路 88 号", "P2023000001", "中国人寿",
                 "终身寿险（尊享版）", 50, None, "2043/1/5", "年缴", "12,000.00元", "2023年1月5日", "已缴",
                 "2023-06-01 10:30", "介绍了新的重疾产品，客户有兴趣", "A001", "zhangwei@example.com"])  # fmt: skip
    sheet.write_datetime(3, 9, datetime(2023, 1, 5), day)
    # row 5: the same customer's second policy; dates as Excel serial numbers in General cells
    text_row(4, [2, "张伟", ZHANG_ID, "13800138000", "北京市朝阳区建国路 88 号", "P2023000002", "平安人寿",
                 "百万医疗险", 0.5, 44950, 45315, "趸交", 800, 44950, "已缴", None, None, "A001", None])  # fmt: skip
    # row 6 empty; row 7: the ID typed into a General cell, so Excel kept 15 significant digits
    text_row(6, [3, "李娜", None, "13912345678", "上海市徐汇区漕溪北路 1 号", "P2023000003", "太平洋人寿",
                 "重大疾病保险（康宁）", 30, "2023-02-01", "2053-02-01", "年交", 6800, "2023-02-01", "已缴",
                 None, None, "A002", None])  # fmt: skip
    sheet.write_number(6, 2, float(LI_ID))
    # row 8: 缴费金额 as a formula whose last calculated value Excel saved
    text_row(7, [4, "王芳", WANG_ID, "13711112222", "广州市越秀区中山五路 2 号", "P2023000004", "泰康人寿",
                 "年金保险（鑫享）", 20, "2023.3.8", None, "月缴", None, "2023/3/8", "已缴", None, None,
                 "A003", "wangfang@example.com"])  # fmt: skip
    sheet.write_formula(7, 12, "=1000*1", None, 1000)
    # row 9: row 4 again (copied twice into the sheet)
    text_row(8, [5, "张伟", ZHANG_ID, "138 0013 8000", "北京市朝阳区建国路 88 号", "P2023000001", "中国人寿",
                 "终身寿险（尊享版）", 50, "2023-01-05", "2043/1/5", "年缴", "12,000.00元", "2023年1月5日", "已缴",
                 None, None, "A001", None])  # fmt: skip
    # row 10: a date that does not exist
    text_row(9, [6, "赵强", ZHAO_ID, "13655556666", "杭州市西湖区文三路 5 号", "P2023000006", "新华保险",
                 "综合意外伤害保险", 10, "2023/13/45", None, "趸交", 300, "2023-04-01", "已缴", None, None,
                 "A004", None])  # fmt: skip
    # row 11: ID typed with spaces and a lower-case x, mobile with +86 and dashes
    text_row(10, [7, "陈静", f" {CHEN_ID[:6]} {CHEN_ID[6:14]} {CHEN_ID[14:].lower()} ", "+86 139-1234-5678",
                  "成都市锦江区红星路 3 号", "P2023000007", "友邦保险", "定期寿险（百万守护）", 100, "2023-05-20",
                  "2043-05-20", "20年交", "1,580", "2023-05-20", "已缴", "2023年5月21日 09:15",
                  "电话回访，确认保单已送达", "A002", None])  # fmt: skip
    sheet.write_datetime(3, 15, datetime(2023, 6, 1, 10, 30), moment)
    # row 12: the totals line agents keep under their data
    text_row(11, [None, "合计", None, None, None, None, None, None, 210.5, None, None, None, 21480])
    sheet.set_column(0, last, 14)
    sheet.freeze_panes(3, 2)
    book.close()
    return target


if __name__ == "__main__":
    print(build())
