"""A workbook part without a document type declaration is parsed by the C parser, every other
part by defusedxml as before: the rows read are the same either way, and what defusedxml refuses
is still refused."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from defusedxml import DefusedXmlException

from agentbook.importers import errors as IE
from agentbook.importers import source, xml_parts

EXCEL_PROLOG = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="x">'


@pytest.mark.parametrize(
    ("head", "plain"),
    [
        (EXCEL_PROLOG, True),
        (b"\xef\xbb\xbf" + EXCEL_PROLOG, True),
        (b"<worksheet/>", True),
        (b"<?xml version='1.0' encoding='us-ascii'?><a/>", True),
        (b"<?xml version='1.0'?>\n<!-- made by hand -->\n<?xml-stylesheet href='a.xsl'?>\n<a/>", True),
        (b"<\xe5\xb7\xa5\xe4\xbd\x9c\xe8\xa1\xa8/>", True),  # <工作表/>: a name in UTF-8
        (b"<!DOCTYPE a><a/>", False),
        (b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', False),
        (b"<?xml version='1.0'?><!-- c --><!DOCTYPE a SYSTEM 'http://example.com/a.dtd'><a/>", False),
        (b"<!-- <a/> --><!DOCTYPE a><a/>", False),
        (b"<?xml version='1.0' encoding='UTF-16'?><a/>", False),
        (b"<?xml version='1.0' encoding='UTF-7'?><a/>", False),
        (b"<?xml version='1.0' encoding='ISO-8859-1'?><a/>", False),
        ("<?xml version='1.0'?><a/>".encode("utf-16"), False),
        ("<a/>".encode("utf-16-le"), False),
        ("<a/>".encode("utf-32"), False),
        (b"<?xml version='1.0'", False),  # the declaration does not end in the first chunk
        (b"<!-- never closed", False),
        (b"", False),
        (b"   ", False),
        (b"text<a/>", False),
    ],
)
def test_a_prolog_is_plain_only_when_certain(head, plain):
    assert xml_parts.prolog_is_plain(head) is plain


def _varied_workbooks(folder: Path, rows: int = 3000) -> list[Path]:
    """The same rows as xlsxwriter writes them (inline strings in constant-memory mode, shared
    strings otherwise) and as openpyxl writes them: more than the first 64 KiB chunk each."""
    data = [["姓名", "手机", "生日", "保费", "在职", "备注"]]
    data += [
        [f"客户{i}𠀋", f"138{i:08d}", date(1980, 1, 1 + i % 28), 1234.5 + i, i % 2 == 0, "a<b>&c"] for i in range(rows)
    ]
    paths = []
    for memory in (True, False):
        path = folder / f"xlsxwriter-{memory}.xlsx"
        book = xlsxwriter.Workbook(path, {"constant_memory": memory})
        sheet = book.add_worksheet("客户")
        when = book.add_format({"num_format": "yyyy-mm-dd"})
        for r, row in enumerate(data):
            for c, value in enumerate(row):
                if isinstance(value, date):
                    sheet.write_datetime(r, c, datetime(value.year, value.month, value.day), when)
                else:
                    sheet.write(r, c, value)
        book.close()
        paths.append(path)
    path = folder / "openpyxl.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "客户"
    for row in data:
        sheet.append(row)
    book.save(path)
    paths.append(path)
    return paths


def _openpyxl_rows(path: Path) -> list[list[object]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()
    for row in rows:
        while row and row[-1] is None:
            row.pop()
    return rows


def test_the_parts_spreadsheet_programs_write_are_plain_and_read_the_same(tmp_path):
    for path in _varied_workbooks(tmp_path):
        with zipfile.ZipFile(path) as archive:
            parts = [n for n in archive.namelist() if n.startswith("xl/worksheets/") or n == "xl/sharedStrings.xml"]
            assert parts
            for name in parts:
                head = archive.open(name).read(64 * 1024)
                assert xml_parts.prolog_is_plain(head), (path.name, name, head[:80])
        raw = source.read_sheet(path)
        assert [values for _number, values in raw.rows] == _openpyxl_rows(path), path.name
        assert len(raw.rows) == 3001


def _rewrite_sheet(plain: Path, out: Path, change) -> Path:
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = change(data)
            dst.writestr(info, data)
    return out


def _body(data: bytes) -> bytes:
    return data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data


def test_parts_with_a_doctype_or_another_encoding_go_to_defusedxml_and_read_the_same(tmp_path):
    plain = _varied_workbooks(tmp_path, rows=50)[0]
    expected = _openpyxl_rows(plain)
    with_dtd = _rewrite_sheet(
        plain, tmp_path / "dtd.xlsx", lambda d: b"<?xml version='1.0'?><!DOCTYPE worksheet>" + _body(d)
    )
    utf16 = _rewrite_sheet(
        plain,
        tmp_path / "utf16.xlsx",
        lambda d: ("<?xml version='1.0' encoding='UTF-16'?>" + _body(d).decode()).encode("utf-16"),
    )
    for path in (with_dtd, utf16):
        with zipfile.ZipFile(path) as archive:
            assert not xml_parts.prolog_is_plain(archive.read("xl/worksheets/sheet1.xml")[:65536])
        assert [values for _n, values in source.read_sheet(path).rows] == expected, path.name


@pytest.mark.parametrize(
    "declaration",
    [
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>',
        '<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>',
        '<!-- looks harmless --><!DOCTYPE worksheet [<!ENTITY e "x">]>',
    ],
)
def test_entity_declarations_are_still_refused(tmp_path, declaration):
    plain = _varied_workbooks(tmp_path, rows=5)[0]
    hostile = _rewrite_sheet(
        plain, tmp_path / "hostile.xlsx", lambda d: b"<?xml version='1.0'?>" + declaration.encode() + _body(d)
    )
    with pytest.raises(IE.UnsafeFileError):
        source.read_sheet(hostile)
    with pytest.raises(DefusedXmlException):
        list(xml_parts.iterparse(io.BytesIO(b"<?xml version='1.0'?>" + declaration.encode() + b"<worksheet/>")))


def test_the_stream_is_put_back_together_whatever_the_reader_asks_for():
    document = b"<a>" + b"".join(b"<b>%d</b>" % i for i in range(30_000)) + b"</a>"
    assert len(document) > 2 * 64 * 1024
    ends = [e.text for _event, e in xml_parts.iterparse(io.BytesIO(document)) if e.tag == "b"]
    assert ends == [str(i) for i in range(30_000)]
    stream = xml_parts._Rejoined(b"abcdef", io.BytesIO(b"ghij"))
    assert [stream.read(4), stream.read(4), stream.read(4), stream.read(4)] == [b"abcd", b"ef", b"ghij", b""]
