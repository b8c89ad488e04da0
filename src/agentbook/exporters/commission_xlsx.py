"""The commission reconciliation as an Excel workbook: a summary per month and insurer and
every instalment line, with money as numbers (two decimals), dates as real dates and every text
cell written as text (a policy number or name starting with ``=`` never becomes a formula).
The caller passes headers already in the user's language."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from agentbook.private_files import private_file
from agentbook.store.records.commissions import Reconciliation

MONEY = "#,##0.00"


def _sheet(workbook: Workbook, title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    sheet = workbook.create_sheet(title[:31])
    fill = PatternFill("solid", fgColor="E8EEF7")
    for col, text in enumerate(headers, start=1):
        cell = sheet.cell(1, col, text)
        cell.font = Font(bold=True)
        cell.fill = fill
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(r, c, value)
            if isinstance(value, Decimal):
                cell.number_format = MONEY
            elif isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(value, str):
                cell.data_type = "s"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for col, text in enumerate(headers, start=1):
        longest = max([len(str(text))] + [len(str(row[col - 1])) for row in rows])
        sheet.column_dimensions[get_column_letter(col)].width = min(max(10, longest * 2 + 2), 36)


def write_reconciliation(
    path: Path,
    recon: Reconciliation,
    *,
    titles: tuple[str, str],
    summary_headers: Sequence[str],
    line_headers: Sequence[str],
    only_missing: bool = False,
) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    _sheet(
        workbook,
        titles[0],
        summary_headers,
        [(s.month, s.insurer, s.expected, s.received, s.missing, s.lines) for s in recon.summary],
    )
    lines = recon.missing_lines if only_missing else recon.lines
    _sheet(
        workbook,
        titles[1],
        line_headers,
        [
            (
                line.month,
                line.instalment.insurer,
                line.instalment.policy_no,
                line.instalment.holder,
                line.instalment.period,
                line.year,
                line.instalment.paid_on,
                line.instalment.premium,
                line.expected,
                line.received,
                line.missing,
            )
            for line in lines
        ],
    )
    tmp = private_file(path.with_name(path.name + ".tmp"))  # personal data: 0600 from the first byte
    try:
        workbook.save(tmp)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
