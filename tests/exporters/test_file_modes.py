"""Exports hold personal data in clear, masked or not: every file the real exporters write is
0600, and a folder they create is 0700, whatever the umask (os.stat on the written files)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from agentbook.exporters.archive_sheets import export_sheet
from agentbook.exporters.excel_workbook import export_branch_workbook, export_view
from agentbook.exporters.statistics_xlsx import SheetTable, write_workbook
from agentbook.exporters.subject_data import export_subject_data
from agentbook.store.queries.listing import ListRequest
from tests.store_builders import person

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(Path(path).stat().st_mode)


@pytest.fixture(autouse=True)
def open_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_excel_exports_masked_and_unmasked_are_private(store, tmp_path):
    store.customers.create(person("导出模式测"))
    view = tmp_path / "view.xlsx"
    export_view(store, "customers", ListRequest(), ["name", "mobile"], view)
    revealed = tmp_path / "revealed.xlsx"
    export_view(store, "customers", ListRequest(), ["name", "id_number"], revealed, reveal=True)
    branch = tmp_path / "branch.xlsx"
    export_branch_workbook(store, branch, reveal=True)
    stats = write_workbook(tmp_path / "stats.xlsx", [SheetTable("统计", ["项目", "件数"], ["count"], [["甲", 1]])])
    for path in (view, revealed, branch, stats):
        assert mode(path) == 0o600, path


def test_the_data_subject_export_and_sheets_are_private(store, tmp_path):
    me = store.customers.create(person("本人数据测"))
    result = export_subject_data(store, me.id, tmp_path / "new-folder")
    assert mode(result.xlsx) == 0o600 and mode(result.pdf) == 0o600
    assert mode(tmp_path / "new-folder") == 0o700
    sheet = tmp_path / "sheet.pdf"
    export_sheet(store, me.id, sheet)
    assert mode(sheet) == 0o600
