"""Proposed categories of scans from their text, and the ID card's fields read from OCR lines."""

from __future__ import annotations

from datetime import date

import pytest

from agentbook.domain.attachments import CATEGORIES
from agentbook.domain.enums import Gender
from agentbook.domain.idcard_text import read_id_card
from agentbook.domain.idnumbers import make_resident_id
from agentbook.domain.scan_classify import RULES, propose_category

TODAY = date(2031, 5, 1)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("某某医院\n诊断证明书\n门诊号：310001\n临床诊断：急性阑尾炎", "诊断证明"),
        ("住院费用清单\n项目 数量 单价 金额\n床位费 5 60.00 300.00\n合计：1580.50", "费用清单"),
        ("人寿保险股份有限公司 保险单\n保单号：P0001\n投保人：张三 被保险人：张三", "保单"),
        ("个人人身保险投保单\n投保人：张三 证件号码：110105198803071230\n健康告知：无", "投保单"),
        ("中国某某银行 借记卡\nUnionPay 银联\n6222 0212 3456 7890", "银行卡信息"),
        ("姓名张三\n性别男民族汉\n公民身份号码110105198803071230", "身份证件"),
        ("道路交通事故认定书\n车牌 浙A12345 碰撞", "事故照片"),
        ("会议纪要 下周二讨论", "其他"),
    ],
)
def test_the_text_proposes_its_category(text: str, category: str) -> None:
    assert propose_category(text) == category


def test_a_photo_with_hardly_any_text_is_proposed_as_an_accident_photo() -> None:
    assert propose_category("浙A", is_photo=True) == "事故照片"
    assert propose_category("浙A") == "其他"


def test_every_proposal_is_a_category_the_checklist_knows() -> None:
    assert {r.category for r in RULES} | {"其他"} <= set(CATEGORIES)


def test_id_card_lines_give_checked_fields_with_the_address_rejoined() -> None:
    number = make_resident_id("110105", date(1985, 3, 7), 124)
    lines = ["姓名", "李娜", "性别女", "民族汉", "出生1985年3月7日", "住址北京市朝阳区建国路", "88号院3号楼",
             "公民身份号码", number]  # fmt: skip
    found = read_id_card(lines, TODAY)
    assert (found.name, found.gender, found.ethnicity) == ("李娜", Gender.FEMALE, "汉")
    assert found.address == "北京市朝阳区建国路88号院3号楼"
    assert found.id_number == number and found.birth_date == date(1985, 3, 7) and found.usable
    assert found.problems == []


def test_a_printed_birth_date_that_disagrees_with_the_number_is_reported_and_the_number_wins() -> None:
    number = make_resident_id("110105", date(1985, 3, 7), 123)
    found = read_id_card(["姓名张三", "性别男 民族汉", "出生1985年8月7日", f"公民身份号码{number}"], TODAY)
    assert found.birth_date == date(1985, 3, 7)
    assert [p.field for p in found.problems] == ["birth_date"]


def test_a_bad_check_digit_or_no_number_makes_the_reading_unusable() -> None:
    number = make_resident_id("110105", date(1985, 3, 7), 123)
    wrong = number[:17] + ("0" if number[17] != "0" else "1")
    found = read_id_card(["姓名张三", f"公民身份号码{wrong}"], TODAY)
    assert not found.usable and "校验码" in found.problems[0].message
    assert not read_id_card(["姓名张三"], TODAY).usable
