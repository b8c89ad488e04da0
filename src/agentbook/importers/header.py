"""Finding the header row under the title rows agents put on top of their sheets.

A title such as “2023 年客户档案（张经理）” is usually one merged cell; the header is the first
row, among the first few, with the most cells that name a known field. When no row names at
least two fields, the first row with two or more text cells is taken, and the user can choose
another in the wizard.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.utils import get_column_letter

from agentbook.importers.errors import NoHeaderError
from agentbook.importers.fields import IGNORE, field_for_header
from agentbook.importers.source import RawSheet

SCAN_ROWS = 30


@dataclass(frozen=True, slots=True)
class Column:
    index: int  # 0-based position in the row
    header: str
    letter: str  # A, B, … as Excel shows it


def _score(values: list[object]) -> tuple[int, int]:
    known = sum(1 for v in values if isinstance(v, str) and field_for_header(v) not in (None, IGNORE))
    texts = sum(1 for v in values if isinstance(v, str) and v.strip())
    return known, texts


def detect_header(raw: RawSheet) -> int:
    """The position in ``raw.rows`` of the header row."""
    best, best_known = None, 1
    fallback = None
    for position, (_number, values) in enumerate(raw.rows[:SCAN_ROWS]):
        known, texts = _score(values)
        if known > best_known:
            best, best_known = position, known
        if fallback is None and texts >= 2:
            fallback = position
    if best is not None:
        return best
    if fallback is not None:
        return fallback
    raise NoHeaderError(raw.name)


def columns_of(raw: RawSheet, header_position: int) -> list[Column]:
    """Every column that has a header or any data below the header row."""
    header = raw.rows[header_position][1]
    width = max([len(header), *(len(v) for _n, v in raw.rows[header_position + 1 :])], default=0)
    out = []
    for index in range(width):
        text = header[index] if index < len(header) else None
        out.append(Column(index, "" if text is None else str(text).strip(), get_column_letter(index + 1)))
    return out
