"""Fields read from OCR lines: an ID card's back and a policy's first page, checked before proposed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agentbook.domain.idcard_text import is_back, read_id_card_back
from agentbook.domain.policy_text import read_policy_page

TODAY = date(2031, 5, 1)


def _messages(found) -> str:
    return " ".join(p.text() for p in found.problems)


def test_a_back_with_a_ten_year_period_is_read_without_complaint() -> None:
    lines = ["中华人民共和国", "居民身份证", "签发机关 北京市公安局朝阳分局", "有效期限 2025.03.02-2035.03.02"]
    back = read_id_card_back(lines, TODAY)
    assert is_back(lines)
    assert back.issuer == "北京市公安局朝阳分局"
    assert (back.valid_from, back.valid_until, back.long_term) == (date(2025, 3, 2), date(2035, 3, 2), False)
    assert back.problems == []


def test_label_and_value_on_separate_lines_and_long_term() -> None:
    lines = ["签发机关", "上海市公安局浦东分局", "有效期限", "2020.07.15—长期"]
    back = read_id_card_back(lines, TODAY, birth_date=date(1960, 1, 1))
    assert back.issuer == "上海市公安局浦东分局" and back.long_term and back.valid_until is None
    assert back.problems == []


@pytest.mark.parametrize(
    ("period", "birth", "says"),
    [
        ("2015.03.02-2025.03.02", None, "过期"),  # ended before TODAY
        ("2021.06.01-2031.06.01", None, "到期"),  # ends within 90 days
        ("2025.03.02-2024.03.02", None, "不在起始日期之后"),
        ("2025.03.02-2032.03.02", None, "5 年、10 年或 20 年"),
        ("2025.02.30-2035.02.28", None, "不存在"),
        ("2032.01.01-2042.01.01", None, "今天之后"),
        ("2025.03.02-长期", date(1995, 1, 1), "46 岁"),
    ],
)
def test_periods_that_cannot_be_right_are_named(period: str, birth: date | None, says: str) -> None:
    back = read_id_card_back(["签发机关 某某县公安局", f"有效期限 {period}"], TODAY, birth_date=birth)
    assert says in _messages(back)


def test_a_front_is_not_taken_for_a_back() -> None:
    assert not is_back(["姓名 张三", "公民身份号码 11010519491231002X"])
    assert not read_id_card_back(["姓名 张三"], TODAY).found


def test_a_policy_page_is_read_field_by_field() -> None:
    lines = [
        "某某人寿保险股份有限公司",
        "个人保险单",
        "保险合同号：P2030000123",
        "投保人：张三    被保险人：李小四",
        "基本保险金额：人民币500,000.00元",
        "年交保险费：人民币8,600.50元",
        "保险期间：自2030年1月1日零时起至2050年1月1日二十四时止",
        "交费方式：年交  交费期间：20年",
    ]
    page = read_policy_page(lines)
    assert page.insurer == "某某人寿保险股份有限公司" and page.policy_no == "P2030000123"
    assert (page.policyholder, page.insured) == ("张三", "李小四")
    assert page.sum_insured == Decimal("500000.00") and page.premium == Decimal("8600.50")
    assert (page.effective_date, page.expiry_date, page.lifelong) == (date(2030, 1, 1), date(2050, 1, 1), False)
    assert page.problems == [] and page.usable


def test_the_short_layout_with_a_lifelong_period_and_wan() -> None:
    lines = ["保单号：P00021003", "投保人：王五 被保险人：王五", "保险金额：50万元  保险费：8600.00 元",
             "保险期间：终身  生效日：2030年1月1日"]  # fmt: skip
    page = read_policy_page(lines)
    assert page.policy_no == "P00021003" and page.policyholder == page.insured == "王五"
    assert page.sum_insured == Decimal("500000.00") and page.premium == Decimal("8600.00")
    assert page.effective_date == date(2030, 1, 1) and page.lifelong and page.expiry_date is None


def test_impossible_and_reversed_values_are_named_not_proposed() -> None:
    page = read_policy_page(["保单号：P1234567", "保险金额：1000元 保险费：5000元",
                             "保险期间：自2030年2月30日零时起至2031年1月1日"])  # fmt: skip
    assert page.effective_date is None and "不存在" in _messages(page)
    assert "读反" in _messages(page)
    reversed_period = read_policy_page(["保险期间：自2030年1月1日零时起至2020年1月1日二十四时止"])
    assert reversed_period.expiry_date is None and "不在生效日期之后" in _messages(reversed_period)


def test_a_page_with_nothing_of_a_policy_is_not_usable() -> None:
    page = read_policy_page(["诊断证明书", "临床诊断：急性阑尾炎"])
    assert not page.usable and page.policy_no == "" and page.sum_insured is None
