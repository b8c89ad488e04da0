"""One import as the wizard walks through it: file → sheet → header row → mapping → preview → run.

``ImportSession`` keeps what has been read so that going back and forth in the wizard re-reads
nothing: the file is read once per sheet, rows are parsed once per mapping, and a preview with
new duplicate choices only re-plans. Nothing is written before ``run``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from agentbook import collector
from agentbook.domain import enums as E
from agentbook.domain import idnumbers, names, phones
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.importers import encoding, mappings
from agentbook.importers.execute import ImportResult, execute
from agentbook.importers.fields import IGNORE, auto_mapping
from agentbook.importers.header import Column, columns_of, detect_header
from agentbook.importers.lookup import Lookup
from agentbook.importers.plan import Choices, ImportOptions, ImportPlan
from agentbook.importers.planner import build_plan
from agentbook.importers.problems import Problem, Severity, Translate, untranslated
from agentbook.importers.readings_ahead import ReadingsAhead
from agentbook.importers.report import write_report
from agentbook.importers.rows import SheetRows, parse_rows
from agentbook.importers.source import DEFAULT_LIMITS, Limits, RawSheet, file_kind, read_sheet, sheet_names
from agentbook.importers.values import show
from agentbook.store.api import Store

REQUIRED_FIELDS = ("name",)


class ImportSession:
    def __init__(self, store: Store, path: Path | str, limits: Limits = DEFAULT_LIMITS) -> None:
        self.store = store
        self.path = Path(path)
        self.limits = limits
        self.kind = file_kind(self.path, limits)
        self.sheets = sheet_names(self.path, limits)
        self.sheet = ""
        self.raw: RawSheet | None = None
        self.header_position = 0
        self.columns: list[Column] = []
        self.mapping: list[str | None] = []
        self.saved_mapping_name: str | None = None
        self.options = ImportOptions(today=store.today())
        self.lookup = Lookup(store)
        self._parsed: tuple[tuple, SheetRows] | None = None
        # Every number of the sheet read once for the whole import (cells, plan, write): the
        # session holds these rows anyway.
        self._phones: phones.Memo = {}
        self._ids: idnumbers.IdMemo = {}
        self._names = names.Memo()
        self._ahead: ReadingsAhead | None = None  # the sheet's names being read on a second process
        self.corrections: dict[tuple[int, int], str] = {}  # (Excel row, column index) → typed in the preview

    # --- sheet and header --------------------------------------------------------------------
    def load_sheet(self, sheet: str | None = None) -> None:
        """Read *sheet* (the first when None), find its header row and map its columns."""
        with collector.paused():
            self.raw = read_sheet(self.path, sheet if self.kind == "xlsx" else None, self.limits)
        self.sheet = self.raw.name
        self._set_header(detect_header(self.raw))

    def _set_header(self, position: int) -> None:
        assert self.raw is not None
        self.header_position = position
        self.columns = columns_of(self.raw, position)
        self.mapping = auto_mapping([c.header for c in self.columns])
        self.saved_mapping_name = mappings.matching_mapping(self.store, self.headers)
        if self.saved_mapping_name:
            saved = mappings.saved_mappings(self.store)[self.saved_mapping_name]
            self.mapping = mappings.apply_mapping(saved, self.headers, self.mapping)
        self._parsed = None

    @property
    def header_row(self) -> int:
        """The header's row number as Excel shows it."""
        assert self.raw is not None
        return self.raw.rows[self.header_position][0]

    def set_header_row(self, excel_row: int) -> None:
        assert self.raw is not None
        for position, (number, _values) in enumerate(self.raw.rows):
            if number >= excel_row:
                self._set_header(position)
                return
        raise ValueError(excel_row)

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    @property
    def last_row(self) -> int:
        assert self.raw is not None
        return self.raw.rows[-1][0] if self.raw.rows else 1

    def samples(self, column: int, count: int = 3) -> list[str]:
        """The first few values under the header in *column*, for the mapping page."""
        assert self.raw is not None
        out = []
        for _number, values in self.raw.rows[self.header_position + 1 :]:
            if column < len(values) and values[column] is not None:
                out.append(show(values[column]))
                if len(out) == count:
                    break
        return out

    # --- mapping -----------------------------------------------------------------------------
    def set_mapping(self, mapping: Sequence[str | None]) -> None:
        self.mapping = list(mapping)
        self._parsed = None

    def missing_required(self) -> list[str]:
        return [f for f in REQUIRED_FIELDS if f not in self.mapping]

    def use_saved_mapping(self, name: str) -> None:
        saved = mappings.saved_mappings(self.store)[name]
        self.set_mapping(mappings.apply_mapping(saved, self.headers, [None] * len(self.columns)))
        self.saved_mapping_name = name

    def save_mapping(self, name: str) -> None:
        mappings.save_mapping(self.store, name, self.headers, self.mapping)
        self.saved_mapping_name = name

    def set_defaults(self, insurer: str = "", business_line: E.BusinessLine | None = None) -> None:
        self.options = ImportOptions(self.options.today, insurer.strip(), business_line)

    # --- corrections in the preview -------------------------------------------------------------
    def cell(self, excel_row: int, column_index: int) -> Any:
        """The value of one cell as read (or as corrected)."""
        cells = self._cells_of(excel_row)
        return cells[column_index] if column_index < len(cells) else None

    def correct(self, excel_row: int, column_index: int, text: str) -> None:
        """Put *text* in one cell of the session's copy of the sheet, the file left as it is: a
        wrong date or a typo in an ID is fixed in the preview, and the row is read again as if
        the sheet had said so (no formula or error value any more)."""
        cells = self._cells_of(excel_row)
        if column_index >= len(cells):
            cells.extend([None] * (column_index + 1 - len(cells)))
        cells[column_index] = text.strip() or None
        assert self.raw is not None
        self.raw.formulas.pop((excel_row, column_index), None)
        self.raw.error_cells.pop((excel_row, column_index), None)
        self.corrections[(excel_row, column_index)] = text.strip()
        self._parsed = None

    def _cells_of(self, excel_row: int) -> list[Any]:
        assert self.raw is not None
        for number, cells in self.raw.rows:
            if number == excel_row:
                return cells
        raise KeyError(excel_row)

    # --- preview and run ---------------------------------------------------------------------
    @contextmanager
    def _step(self) -> Iterator[None]:
        """Parsing, planning or writing: the numbers and names of the sheet read once for the whole import."""
        with (
            collector.paused(),
            phones.remembering(self._phones),
            idnumbers.remembering(self._ids),
            names.remembering(self._names),
        ):
            yield

    def parsed(self) -> SheetRows:
        assert self.raw is not None
        key = (self.header_position, tuple(self.mapping))
        if self._parsed is None or self._parsed[0] != key:
            with self._step():
                parsed = parse_rows(self.raw, self.header_position, self.columns, self.mapping, self.options.today)
            self._parsed = (key, parsed)
            self._read_names_ahead(parsed)
        return self._parsed[1]

    def preview(self, choices: Choices | None = None) -> ImportPlan:
        mapped = [f for f in self.mapping if f and f != IGNORE]
        with self._step():
            return build_plan(
                self.parsed(), self.options, self.lookup, choices, mapped, self.header_row, self._sheet_notes()
            )

    def _sheet_notes(self) -> list[Problem]:
        assert self.raw is not None
        notes = [
            Problem(number, "", QT_TRANSLATE_NOOP("importer", "标题行上方的内容（如表格标题），不导入"), Severity.INFO)
            for number, values in self.raw.rows[: self.header_position]
            if values
        ]
        if self.raw.encoding:  # a wrong guess shows as garbled names: say which one was made
            notes.insert(
                0,
                Problem(
                    1,
                    "",
                    QT_TRANSLATE_NOOP("importer", "CSV 文件按 {what} 编码读取"),
                    Severity.INFO,
                    (("what", encoding.LABELS[self.raw.encoding]),),
                ),
            )
        for column, field_key in zip(self.columns, self.mapping, strict=False):
            if field_key is None and (column.header or self.samples(column.index, 1)):
                notes.append(
                    Problem(
                        self.header_row,
                        column.header,
                        QT_TRANSLATE_NOOP("importer", "这一列没有对应的字段，不导入（可在“列对应”一页中指定）"),
                        Severity.INFO,
                        letter=column.letter,
                    )
                )
        if self.raw.cut_columns:
            notes.append(
                Problem(
                    self.header_row,
                    "",
                    QT_TRANSLATE_NOOP("importer", "表格超过 {limit} 列，后面的 {count} 列没有读取"),
                    Severity.WARNING,
                    (("limit", str(self.limits.columns)), ("count", str(self.raw.cut_columns))),
                )
            )
        return notes

    def run(
        self,
        plan: ImportPlan,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult:
        try:
            with self._step():
                return execute(
                    self.store,
                    plan,
                    source=self.path,
                    sheet=self.sheet,
                    progress=progress,
                    cancelled=cancelled,
                    before_commit=self._take_readings,
                )
        finally:
            self.lookup = Lookup(self.store)  # the archive has changed (or may have): ask it afresh

    def _read_names_ahead(self, parsed: SheetRows) -> None:
        """Have the names of *parsed* read on a second process (``readings_ahead``). A parse again
        (a cell corrected in the preview, another mapping) first takes what the last process
        read; while that one is still at work it is left to finish, and the few names the change
        brought are read at the write."""
        if self._ahead is not None:
            if not self._ahead.done():
                return
            self._ahead.take(self._names)
        self._ahead = ReadingsAhead.start((r.values.get("name", "") for r in parsed.rows), self._names)

    def _take_readings(self) -> None:
        if self._ahead is not None:
            self._ahead.take(self._names)
            self._ahead = None

    def save_report(self, plan: ImportPlan, target: Path, translate: Translate = untranslated) -> Path:
        path = write_report(target, plan.problems, plan.duplicates, translate)
        self.store.record_event(
            "export_report",
            "import",
            summary=f"{self.path.name} / {self.sheet} → {Path(target).name}",
            details={"file": str(target), "problems": len(plan.problems)},
        )
        return path
