"""Message templates: named fields in Chinese, refused when they name a field the message does not
have, filled from the record, greeting people as 张先生 / 欧阳女士."""

from __future__ import annotations

import pytest

from agentbook.domain import enums as E
from agentbook.domain.messages import DEFAULTS, FIELDS, MessageKind, render, salutation, template_errors


@pytest.mark.parametrize("kind", list(MessageKind))
def test_every_default_template_uses_only_its_own_fields(kind):
    assert template_errors(kind, DEFAULTS[kind]) == []
    assert "{称呼}" in DEFAULTS[kind] and "{经办人}" in DEFAULTS[kind]


def test_a_field_the_message_does_not_have_is_named_with_the_ones_it_has():
    [error] = template_errors(MessageKind.BIRTHDAY, "{称呼}，您的{产品}{金额}")
    text = error.text()
    assert "产品、金额" in text and "称呼、姓名、经办人、机构、年龄" in text


@pytest.mark.parametrize("text", ["{称呼", "称呼}", "您好{}", "   "])
def test_broken_or_empty_templates_are_refused(text):
    assert len(template_errors(MessageKind.RENEWAL, text)) == 1


def test_render_fills_the_fields_and_leaves_a_missing_one_empty():
    text = render(
        DEFAULTS[MessageKind.PREMIUM_DUE],
        {"称呼": "张先生", "产品": "平安福", "保单号": "P1", "金额": "1,200.00", "日期": "12月5日", "经办人": "王芳"},
    )
    assert text.startswith("张先生您好，您的平安福（保单号P1）本期保费1,200.00元将于12月5日到期")
    assert text.endswith("——王芳")
    assert render("{称呼}好{机构}", {"称呼": "李女士"}) == "李女士好"


@pytest.mark.parametrize(
    ("name", "gender", "kind", "expected"),
    [
        ("张三", E.Gender.MALE, E.CustomerKind.INDIVIDUAL, "张先生"),
        ("李丽华", E.Gender.FEMALE, E.CustomerKind.INDIVIDUAL, "李女士"),
        ("欧阳娜娜", E.Gender.FEMALE, E.CustomerKind.INDIVIDUAL, "欧阳女士"),
        ("诸葛亮", E.Gender.MALE, E.CustomerKind.INDIVIDUAL, "诸葛先生"),
        ("欧阳", E.Gender.MALE, E.CustomerKind.INDIVIDUAL, "欧先生"),  # a two-character name: 欧 is the surname
        ("王五", None, E.CustomerKind.INDIVIDUAL, "王五"),  # no gender on file: the whole name
        ("某某科技有限公司", None, E.CustomerKind.ENTERPRISE, "某某科技有限公司"),
    ],
)
def test_the_greeting(name, gender, kind, expected):
    assert salutation(name, gender, kind) == expected


def test_every_kind_has_its_fields_and_a_purpose_in_the_contact_log():
    from agentbook.domain.messages import PURPOSES

    assert set(FIELDS) == set(DEFAULTS) == set(PURPOSES) == set(MessageKind)


def test_a_child_is_greeted_by_name():
    assert salutation("马建华", E.Gender.MALE, E.CustomerKind.INDIVIDUAL, age=6) == "马建华"
    assert salutation("马建华", E.Gender.MALE, E.CustomerKind.INDIVIDUAL, age=18) == "马先生"
