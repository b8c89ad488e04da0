"""The numbers behind the statistics charts as an Excel workbook (openpyxl; a few small tables).

Numbers stay numbers — counts, money with two decimals, percentages and days with one — so the
branch office can sum and chart them again; category labels are always text, even one that
starts with ``=``. The caller passes the titles and headers already in the user's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from agentbook.private_files import private_file

FORMATS = {"count": "#,##0", "money": "#,##0.00", "percent": '0.0"%"', "days": "0.0", "text": "@"}
_BAD_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})


@dataclass(frozen=True, slots=True)
class SheetTable:
    title: str
    headers: Sequence[str]  # the category column first, then one per measure
    units: Sequence[str]  # one per measure: count | money | percent | days | text
    rows: Sequence[Sequence[str | int | Decimal | None]]  # label first, then the numbers


def write_workbook(path: Path, tables: Sequence[SheetTable], subtitle: str = "") -> Path:
    """One sheet per table: title, *subtitle* (source and date), header row, rows."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for n, table in enumerate(tables, start=1):
        sheet = workbook.create_sheet(_sheet_name(n, table.title, used))
        sheet["A1"] = table.title
        sheet["A1"].font = Font(bold=True, size=13)
        if subtitle:
            sheet["A2"] = subtitle
            sheet["A2"].font = Font(color="666666")
        header_row = 4
        fill = PatternFill("solid", fgColor="E8EEF7")
        for col, text in enumerate(table.headers, start=1):
            cell = sheet.cell(header_row, col, text)
            cell.font = Font(bold=True)
            cell.fill = fill
            cell.alignment = Alignment(horizontal="center")
        for r, row in enumerate(table.rows, start=header_row + 1):
            label, *values = row
            cell = sheet.cell(r, 1, "" if label is None else str(label))
            cell.data_type = "s"  # a label such as "=SUM(…)" stays text
            for c, (value, unit) in enumerate(zip(values, table.units, strict=True), start=2):
                cell = sheet.cell(r, c, value)
                if unit == "text":
                    cell.data_type = "s"  # a number or "=…" typed by a person stays text
                cell.number_format = FORMATS[unit]
        sheet.freeze_panes = sheet.cell(header_row + 1, 2)
        for col, text in enumerate(table.headers, start=1):
            longest = max([len(str(text))] + [len(str(row[col - 1] or "")) for row in table.rows])
            sheet.column_dimensions[get_column_letter(col)].width = min(max(10, longest * 2 + 2), 40)
    tmp = private_file(path.with_name(path.name + ".tmp"))  # personal data: 0600 from the first byte
    try:
        workbook.save(tmp)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _sheet_name(n: int, title: str, used: set[str]) -> str:
    name = f"{n} {title.translate(_BAD_SHEET_CHARS)}".strip()[:31]
    while name in used:
        name = name[:28] + f"~{n}"
    used.add(name)
    return name
