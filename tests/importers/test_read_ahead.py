"""A large sheet's names read in pinyin on a second (real, spawned) process while the preview is
planned: the same readings as read here, the same search afterwards, and an import that never
waits for the process nor depends on it."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
import xlsxwriter

from agentbook.cores import usable_cores
from agentbook.domain import names
from agentbook.domain.idnumbers import make_resident_id
from agentbook.importers import readings_ahead
from agentbook.importers.excel_import import ImportSession
from agentbook.importers.readings_ahead import ReadingsAhead
from agentbook.store.api import Store

needs_two_cores = pytest.mark.skipif(usable_cores() < 2, reason="names are read ahead only with a second core")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗单曾仇区解查朴欧阳诸葛"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华雄信乐重"


def _names(count: int) -> list[str]:
    """*count* distinct names: surnames read apart (单 shan, 曾 zeng), compound surnames,
    traditional characters, a rare character and Latin letters among them."""
    out = ["单雄信", "曾国藩", "欧阳修", "诸葛亮", "張偉", "陳麗華", "王𠮷", "Li Lei", "区乐"]
    for n in range(count):
        surname = SURNAMES[n % len(SURNAMES)]
        out.append(surname + GIVEN[(n // len(SURNAMES)) % len(GIVEN)] + GIVEN[(n // 7) % len(GIVEN)] + str(n))
    return list(dict.fromkeys(out))[:count]


def _wait(ahead: ReadingsAhead, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not ahead.done():
        assert time.monotonic() < deadline, "the second process never finished"
        time.sleep(0.05)


@needs_two_cores
def test_names_read_on_a_second_process_are_the_ones_read_here() -> None:
    wanted = _names(readings_ahead.MIN_NAMES)
    memo = names.Memo()
    ahead = ReadingsAhead.start(wanted, memo)
    assert ahead is not None
    _wait(ahead)
    assert ahead.take(memo) == len(wanted)
    assert memo.read == names.readings_of_many(wanted)
    assert memo.read["单雄信"] == (("danxiongxin", "dxx"), ("shanxiongxin", "sxx"))


def test_a_few_names_or_names_already_read_start_no_process() -> None:
    wanted = _names(readings_ahead.MIN_NAMES)
    assert ReadingsAhead.start(wanted[:-1], names.Memo()) is None
    memo = names.Memo(read={wanted[0]: (("x", "x"),)})
    assert ReadingsAhead.start(wanted, memo) is None  # one already read: one short of enough


@needs_two_cores
def test_take_never_waits_for_the_process() -> None:
    memo = names.Memo()
    ahead = ReadingsAhead.start(_names(readings_ahead.MIN_NAMES), memo)
    assert ahead is not None
    started = time.monotonic()
    assert ahead.take(memo) == 0  # a process takes far longer than this to start
    assert time.monotonic() - started < 0.5
    assert memo.read == {}


def big_sheet(path: Path, rows: int) -> Path:
    """A customer-and-policy sheet of *rows* distinct names (``_names``), one policy each."""
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("客户")
    for col, title in enumerate(["姓名", "身份证号", "手机", "保单号", "保险公司", "保险产品名称", "保额", "生效日期"]):
        sheet.write_string(0, col, title)
    for n, name in enumerate(_names(rows), start=1):
        born = date(1960 + n % 40, 1 + n % 12, 1 + n % 28)
        cells = [
            *(name, make_resident_id("330106", born, n % 997), f"139{n:08d}", f"RA{n:08d}"),
            *("平安人寿", "百万医疗", "50万", "2024-03-01"),
        ]
        for col, value in enumerate(cells):
            sheet.write_string(n, col, value)
    book.close()
    return path


def _imported(store: Store, sheet: Path, ahead: bool) -> ImportSession:
    session = ImportSession(store, sheet)
    session.load_sheet()
    plan = session.preview()
    if ahead:
        assert session._ahead is not None  # the session's own process, watched here only to wait for it
        _wait(session._ahead)
    else:
        assert session._ahead is None
    session.run(plan)
    return session


@needs_two_cores
def test_an_import_with_names_read_ahead_is_searched_as_one_without(
    store: Store, vault, clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = readings_ahead.MIN_NAMES + 10
    sheet = big_sheet(tmp_path / "客户.xlsx", rows)
    _imported(store, sheet, ahead=True)
    other = Store.open(tmp_path / "other.db", vault, create=True, actor="测试经办人", clock=clock)
    try:
        monkeypatch.setattr(readings_ahead, "MIN_NAMES", rows + 1)  # this one reads every name itself
        _imported(other, sheet, ahead=False)
        assert store.counts()["customer"] == other.counts()["customer"] == rows
        for query in ("sxx", "shanxiongxin", "dxx", "zgf", "ouyangxiu", "zhangwei", "chenlihua", "oule", "lilei"):
            found = [(h.customer_id, h.name) for h in store.search(query)]
            assert found, query
            assert found == [(h.customer_id, h.name) for h in other.search(query)], query
    finally:
        other.close()


@needs_two_cores
def test_a_parse_again_takes_the_names_read_and_starts_no_second_process(store: Store, tmp_path: Path) -> None:
    rows = readings_ahead.MIN_NAMES + 10
    session = ImportSession(store, big_sheet(tmp_path / "客户.xlsx", rows))
    session.load_sheet()
    session.parsed()
    first = session._ahead
    assert first is not None
    session.correct(2, 0, "单雄信")  # read again while the names are (nearly always) still being read
    session.parsed()
    assert session._ahead is first or (first.done() and session._ahead is None)
    _wait(first)
    session.correct(3, 0, "曾国藩")
    session.parsed()
    assert session._ahead is None  # the first process's names taken: too few left to start another
    assert len(session._names.read) >= rows - 2
    assert session._names.read["单雄信"] == (("danxiongxin", "dxx"), ("shanxiongxin", "sxx"))
