"""Reading an untrusted .xlsx or .csv file into raw rows, safely and with limits.

The file is recognised by its first bytes, not its name. Workbooks are read by openpyxl in
read-only (streaming) mode; with ``defusedxml`` installed openpyxl refuses entity tricks such as
"billion laughs" (a sheet without a document type declaration, which cannot hold them, goes to
the C parser instead: ``xml_parts``), and the zip's declared sizes are checked first so a zip
bomb is never inflated. CSV text may be UTF-8, UTF-16 (Excel's "Unicode text"), GB18030/GBK
or Big5; the encoding is worked out in ``encoding`` and named in the preview. Formula cells are
noted with their formula and read with the value Excel last calculated, if the file has one.
"""

from __future__ import annotations

import contextlib
import csv
import io
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

import openpyxl
from defusedxml import DefusedXmlException
from openpyxl.reader import strings as openpyxl_strings
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet import _reader as openpyxl_reader
from openpyxl.xml.constants import SHEET_MAIN_NS

from agentbook.importers import encoding, xml_parts
from agentbook.importers.errors import (
    DamagedFileError,
    FileTooLargeError,
    ImportFileError,
    LegacyXlsError,
    NotSpreadsheetError,
    TooManyCellsError,
    UnknownSheetError,
    UnsafeFileError,
    ZipBombError,
)

MB = 1024 * 1024
_TITLE_ROWS = 50  # rows above the header that do not count against the row limit


@dataclass(frozen=True, slots=True)
class Limits:
    """Generous for an agent's archive (tens of thousands of rows), small enough to stay safe:
    a preview holds every cell with what is derived from it (measured: 25,000 rows × 21 columns,
    160 MB for the preview, 270 MB peak while importing), so 1.5 million cells stay well under a
    gigabyte."""

    file_bytes: int = 50 * MB
    unzipped_bytes: int = 600 * MB
    rows: int = 100_000
    cells: int = 1_500_000
    columns: int = 200


DEFAULT_LIMITS = Limits()


@dataclass(slots=True)
class RawSheet:
    """The cells of one sheet as read: ``rows`` holds (Excel row number, values) in order."""

    name: str
    rows: list[tuple[int, list[Any]]]
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column index) → formula
    error_cells: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column index) → #N/A …
    epoch_1904: bool = False
    cut_columns: int = 0  # columns beyond the limit that were left out
    encoding: str = ""  # a CSV file's text encoding (a key of ``encoding.LABELS``)


def file_kind(path: Path, limits: Limits = DEFAULT_LIMITS) -> str:
    """``xlsx`` or ``csv``; raises a clear ``ImportFileError`` for anything else."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        raise ImportFileError(str(exc)) from exc
    if size > limits.file_bytes:
        raise FileTooLargeError(str(path), size=round(size / MB, 1), limit=limits.file_bytes // MB)
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise LegacyXlsError(str(path))
    if encoding.looks_like_utf16(head):
        return "csv"
    # Binary files are full of NUL; one NUL typed into a cell of a text file is reported there.
    if not head or head.count(0) > max(1, len(head) // 64) or head.startswith(b"PK"):
        raise NotSpreadsheetError(str(path))
    return "csv"


def sheet_names(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[str]:
    if file_kind(path, limits) == "csv":
        return [Path(path).stem]
    with _quick_text(), xml_parts.c_parser_for_plain_parts():
        book = _open_book(path, limits, data_only=False)
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def read_sheet(path: Path, sheet: str | None = None, limits: Limits = DEFAULT_LIMITS) -> RawSheet:
    """All rows of *sheet* (the first when None), with formula and error cells noted."""
    if file_kind(path, limits) == "csv":
        return _read_csv(Path(path), limits)
    return _read_xlsx(Path(path), sheet, limits)


# --- xlsx ----------------------------------------------------------------------------------
def _check_zip(path: Path, limits: Limits) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {i.filename for i in infos}
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise DamagedFileError(str(exc)) from exc
    if "xl/workbook.xml" not in names:
        raise NotSpreadsheetError("no xl/workbook.xml")
    total = sum(i.file_size for i in infos)
    if total > limits.unzipped_bytes:
        raise ZipBombError(str(path), size=total // MB)


def _open_book(path: Path, limits: Limits, *, data_only: bool) -> Any:
    if not openpyxl.DEFUSEDXML:  # a dependency; without it openpyxl would parse hostile XML
        raise UnsafeFileError("defusedxml is not installed")
    _check_zip(path, limits)
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=data_only)
    except DefusedXmlException as exc:
        raise UnsafeFileError(type(exc).__name__) from exc
    except InvalidFileException as exc:
        raise NotSpreadsheetError(str(exc)) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ParseError, ValueError, TypeError, OSError) as exc:
        if _hostile(exc):  # openpyxl wraps what defusedxml raised in a ValueError
            raise UnsafeFileError(type(exc).__name__) from exc
        raise DamagedFileError(f"{type(exc).__name__}: {exc}") from exc


def _hostile(exc: BaseException | None) -> bool:
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, DefusedXmlException):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _tolerant_number(text: str) -> Any:
    """openpyxl's number reading, except that a numeric cell holding ``NaN`` or ``Infinity`` (which
    Excel never writes, other programs do) comes back as that float or as its text, instead of
    stopping the whole sheet with a ValueError: the cell is then reported at its row and column."""
    try:
        return _openpyxl_number(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text


_openpyxl_number = openpyxl_reader._cast_number


@contextlib.contextmanager
def _tolerant_numbers() -> Any:
    openpyxl_reader._cast_number = _tolerant_number
    try:
        yield
    finally:
        openpyxl_reader._cast_number = _openpyxl_number


class _InlineText:
    """openpyxl's ``Text`` as its readers of cells and of the shared strings use it,
    ``Text.from_tree(<is> or <si>).content``, read straight from the element when it holds what
    writers put there, a single ``<t>`` of plain text: the answer is that text (or "" for none).
    openpyxl's generic ``Serialisable`` reading of each string took a third of the time of
    reading a sheet whose strings are inline (streaming writers: xlsxwriter in constant-memory
    mode, many systems' exports), and reads every distinct string of Excel's shared-string table.
    Any other shape (rich-text runs, phonetic guides, attributes) is read by openpyxl itself."""

    __slots__ = ("content",)

    def __init__(self, content: str) -> None:
        self.content = content

    @classmethod
    def from_tree(cls, node: Any) -> Any:
        if len(node) == 1 and not node.attrib:
            (text,) = node
            if text.tag == _TEXT_TAG and len(text) == 0:
                return cls(text.text or "")
        return _openpyxl_text.from_tree(node)


_TEXT_TAG = f"{{{SHEET_MAIN_NS}}}t"
_openpyxl_text = openpyxl_reader.Text


@contextlib.contextmanager
def _quick_text() -> Any:
    openpyxl_reader.Text = openpyxl_strings.Text = _InlineText
    try:
        yield
    finally:
        openpyxl_reader.Text = openpyxl_strings.Text = _openpyxl_text


def _read_xlsx(path: Path, sheet: str | None, limits: Limits) -> RawSheet:
    with _tolerant_numbers(), _quick_text(), xml_parts.c_parser_for_plain_parts():
        return _read_xlsx_cells(path, sheet, limits)


def _read_xlsx_cells(path: Path, sheet: str | None, limits: Limits) -> RawSheet:
    book = _open_book(path, limits, data_only=False)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise UnknownSheetError(sheet, sheet=sheet)
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        declared = ws.max_column or 0
        max_col = min(declared, limits.columns) if declared else None
        raw = RawSheet(ws.title, [], epoch_1904=book.epoch.year == 1904, cut_columns=max(0, declared - limits.columns))
        cells = 0
        try:
            for number, row in enumerate(ws.iter_rows(max_col=max_col), start=1):
                values: list[Any] = []
                for index, cell in enumerate(row[: limits.columns]):
                    value = cell.value
                    if value is None:
                        values.append(None)
                        continue
                    kind = cell.data_type
                    if kind == "f":
                        raw.formulas[(number, index)] = str(value)
                        value = None
                    elif kind == "e":
                        raw.error_cells[(number, index)] = str(value)
                        value = None
                    values.append(value)
                    cells += 1
                while values and values[-1] is None:
                    values.pop()
                raw.rows.append((number, values))
                if cells > limits.cells or number > limits.rows + _TITLE_ROWS:
                    raise TooManyCellsError(str(path), limit=limits.rows, cells=limits.cells)
        except DefusedXmlException as exc:
            raise UnsafeFileError(type(exc).__name__) from exc
        except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ParseError, OSError) as exc:
            raise DamagedFileError(f"{type(exc).__name__}: {exc}") from exc
    finally:
        book.close()
    while raw.rows and not raw.rows[-1][1]:
        raw.rows.pop()
    if raw.formulas:
        _fill_cached_values(path, raw, limits)
    return raw


def _fill_cached_values(path: Path, raw: RawSheet, limits: Limits) -> None:
    """Formula cells take the value Excel saved with the file (None if it was never calculated)."""
    book = _open_book(path, limits, data_only=True)
    wanted: dict[int, list[int]] = {}
    for r, c in raw.formulas:
        wanted.setdefault(r, []).append(c)
    by_number = dict(raw.rows)
    try:
        rows = book[raw.name].iter_rows(max_row=max(wanted), values_only=True)
        for number, row in enumerate(rows, start=1):
            values = by_number.get(number)
            for c in wanted.get(number, ()):
                if values is not None and c < len(row) and row[c] is not None:
                    values.extend([None] * (c + 1 - len(values)))
                    values[c] = row[c]
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ParseError, OSError) as exc:
        raise DamagedFileError(f"{type(exc).__name__}: {exc}") from exc
    finally:
        book.close()


# --- csv -----------------------------------------------------------------------------------
def decode_text(data: bytes) -> encoding.Decoded:
    """The text and its encoding (see ``encoding.decode``); not text at all is not a CSV file."""
    decoded = encoding.decode(data)
    if decoded is None:
        raise NotSpreadsheetError("no candidate encoding reads the file")
    return decoded


def _read_csv(path: Path, limits: Limits) -> RawSheet:
    decoded = decode_text(path.read_bytes())
    text = decoded.text.removeprefix("\ufeff")
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;|")
    except csv.Error:
        dialect = csv.excel
    raw = RawSheet(path.stem, [], encoding=decoded.encoding)
    cells = 0
    try:
        for number, row in enumerate(csv.reader(io.StringIO(text, newline=""), dialect), start=1):
            values: list[Any] = [v if v.strip() else None for v in row[: limits.columns]]
            raw.cut_columns = max(raw.cut_columns, len(row) - limits.columns)
            while values and values[-1] is None:
                values.pop()
            cells += sum(v is not None for v in values)
            raw.rows.append((number, values))
            if cells > limits.cells or number > limits.rows + _TITLE_ROWS:
                raise TooManyCellsError(str(path), limit=limits.rows, cells=limits.cells)
    except csv.Error as exc:
        raise DamagedFileError(str(exc)) from exc
    while raw.rows and not raw.rows[-1][1]:
        raw.rows.pop()
    return raw
