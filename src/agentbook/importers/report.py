"""The preview's problem list saved as a workbook, to fix the source sheet with it at hand.

Written with xlsxwriter like the other exports: every cell as text, so a value quoted from the
sheet (which may look like a formula) stays inert.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import xlsxwriter

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.importers.plan import Duplicate
from agentbook.importers.problems import Problem, Translate, untranslated
from agentbook.private_files import private_file

REPORT_HEADERS = (
    QT_TRANSLATE_NOOP("importer", "行号"),
    QT_TRANSLATE_NOOP("importer", "列"),
    QT_TRANSLATE_NOOP("importer", "问题"),
    QT_TRANSLATE_NOOP("importer", "级别"),
)
DUPLICATE_HEADERS = (
    QT_TRANSLATE_NOOP("importer", "行号"),
    QT_TRANSLATE_NOOP("importer", "姓名"),
    QT_TRANSLATE_NOOP("importer", "重复情况"),
    QT_TRANSLATE_NOOP("importer", "处理方式"),
)


def write_report(
    path: Path,
    problems: Sequence[Problem],
    duplicates: Sequence[Duplicate] = (),
    translate: Translate = untranslated,
) -> Path:
    """Write the report to *path* (through a temporary file, renamed at the end)."""
    path = Path(path)
    tmp = private_file(path.with_name(path.name + ".tmp"))  # personal data: 0600 from the first byte
    book = xlsxwriter.Workbook(
        str(tmp), {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False}
    )
    try:
        bold = book.add_format({"bold": True, "bg_color": "#ECEFF1", "border": 1})
        sheet = book.add_worksheet(translate("importer", "问题"))
        _table(
            sheet,
            bold,
            [translate("importer", h) for h in REPORT_HEADERS],
            [(p.row, p.where, p.text(translate), translate("importer", p.severity.label)) for p in problems],
            (8, 18, 80, 16),
        )
        if duplicates:
            dup_sheet = book.add_worksheet(translate("importer", "重复"))
            _table(
                dup_sheet,
                bold,
                [translate("importer", h) for h in DUPLICATE_HEADERS],
                [(d.row, d.name, d.text(translate), translate("importer", d.action.label)) for d in duplicates],
                (8, 16, 70, 16),
            )
    finally:
        book.close()
    tmp.replace(path)
    return path


def _table(sheet: Any, bold: Any, headers: list[str], rows: list[tuple], widths: tuple[int, ...]) -> None:
    sheet.freeze_panes(1, 0)
    for col, (title, width) in enumerate(zip(headers, widths, strict=True)):
        sheet.write_string(0, col, title, bold)
        sheet.set_column(col, col, width)
    for r, values in enumerate(rows, start=1):
        sheet.write_number(r, 0, values[0])
        for c, value in enumerate(values[1:], start=1):
            sheet.write_string(r, c, str(value))
    sheet.autofilter(0, 0, max(len(rows), 1), len(headers) - 1)
