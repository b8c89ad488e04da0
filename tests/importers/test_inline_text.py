"""Inline strings (``<is>``) and shared strings (``<si>``) are read straight from their element,
to the very text openpyxl's ``Text`` gives, and openpyxl still reads every shape the shortcut
does not know."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import fromstring

import pytest
import xlsxwriter
from openpyxl.cell.text import Text

from agentbook.importers import source

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

SHAPES = [
    "<is><t>王伟</t></is>",
    "<is><t xml:space='preserve'>  两头有空格  </t></is>",
    "<is><t>line one\nline two</t></is>",
    "<is><t/></is>",
    "<is><t></t></is>",
    "<is></is>",
    "<is><r><t>粗</t></r><r><rPr><b/></rPr><t>体</t></r></is>",
    "<is><t>张</t><r><t>三</t></r></is>",
    "<is><t>单雄信</t><rPh sb='0' eb='1'><t>シャン</t></rPh></is>",
    "<is><t>a<b/>tail</t></is>",
    "<is><t>甲</t><t>乙</t></is>",
]


def element(xml: str) -> Any:
    return fromstring(f"<c xmlns='{MAIN}' xmlns:xml='http://www.w3.org/XML/1998/namespace'>{xml}</c>")[0]


@pytest.mark.parametrize("tag", ["is", "si"])
@pytest.mark.parametrize("xml", SHAPES)
def test_the_text_of_every_shape_is_openpyxls(xml: str, tag: str) -> None:
    node = element(xml.replace("<is", f"<{tag}").replace("</is>", f"</{tag}>"))
    assert source._InlineText.from_tree(node).content == Text.from_tree(node).content


def test_an_inline_string_openpyxl_refuses_is_refused_the_same_way() -> None:
    node = element("<is unexpected='1'><t>x</t></is>")
    with pytest.raises(TypeError):
        Text.from_tree(node)
    with pytest.raises(TypeError):
        source._InlineText.from_tree(node)


def test_plain_inline_strings_are_not_read_through_openpyxls_text(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[Any] = []

    class Counting(Text):
        @classmethod
        def from_tree(cls, node: Any) -> Any:
            read.append(node)
            return Text.from_tree(node)

    monkeypatch.setattr(source, "_openpyxl_text", Counting)
    assert source._InlineText.from_tree(element("<is><t>王伟</t></is>")).content == "王伟"
    assert source._InlineText.from_tree(element("<is><r><t>粗</t></r></is>")).content == "粗"
    assert len(read) == 1  # the rich text only


@pytest.mark.parametrize("streamed", [True, False], ids=["inline strings", "shared strings"])
def test_a_sheet_reads_as_openpyxl_reads_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, streamed: bool) -> None:
    path = tmp_path / "strings.xlsx"
    book = xlsxwriter.Workbook(str(path), {"constant_memory": streamed})  # streamed: every string inline
    sheet = book.add_worksheet("客户")
    bold = book.add_format({"bold": True})
    rows: list[list[Any]] = [
        ["姓名", "手机", "生日", "备注"],
        ["王伟", "13800138000", date(1990, 1, 2), "  前后空格  "],
        ["李娜", 13900139000, None, "两行\n文字"],
        ["", "'0571-8888", 42, "=1+1"],
    ]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, date):
                sheet.write_datetime(r, c, value, book.add_format({"num_format": "yyyy-mm-dd"}))
            elif value is not None:
                sheet.write(r, c, value)
    sheet.write_rich_string(4, 0, "张", bold, "三", "丰")
    book.close()
    quick, names = source.read_sheet(path), source.sheet_names(path)
    assert source.openpyxl_reader.Text is Text and source.openpyxl_strings.Text is Text  # put back
    monkeypatch.setattr(source, "_InlineText", Text)  # openpyxl's own reading throughout
    assert (quick, names) == (source.read_sheet(path), source.sheet_names(path))
    assert quick.rows[1][1][0] == "王伟" and quick.rows[4][1][0] == "张三丰"
