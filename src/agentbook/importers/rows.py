"""Reading each data row under the header into typed field values, cell by cell.

Problems are collected, never raised: the preview shows all of them at once. A value that cannot
be read is an error (the row will not be imported) unless its field only classifies the record
(性别, 风险等级, 缴费方式 …); then it is a warning, the value is left out and a default or
what can be derived (the gender from the ID number) takes its place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from agentbook.domain import enums as E
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.idnumbers import IdNumberError, parse_resident_id, parse_uscc, resident_id_check_char
from agentbook.importers import values as V
from agentbook.importers.contacts import follow_up_word
from agentbook.importers.fields import IGNORE, header_key, in_ten_thousands, names_resident_id
from agentbook.importers.header import Column
from agentbook.importers.problems import CellError, Note, Problem, Severity
from agentbook.importers.source import RawSheet

MAX_TEXT = 2000  # characters in one cell; longer is not something an agent typed

# Fields whose unreadable value is only a warning: they classify, and have defaults.
SOFT_FIELDS = frozenset(
    {
        "kind",
        "lifecycle",
        "gender",
        "risk_level",
        "value_tier",
        "business_line",
        "payment_mode",
        "policy_status",
        "payment_status",
        "claim_status",
        "contact_channel",
        "contact_purpose",
        "tags",
        "protection_preference",
        "risk_tolerance",
    }
)
TOTAL_WORDS = frozenset({"合计", "总计", "小计", "total", "sum"})
FREE_TEXT = frozenset(
    {"name", "address", "occupation", "employer", "remarks", "source_channel", "needs", "product", "claim_cause"}
    | {"contact_summary", "wechat"}
)


def _enum(enum: type[E.LabeledEnum]) -> Callable[[Any, ParseContext], tuple[Any, list[Note]]]:
    return lambda v, _ctx: (V.parse_enum(enum, v), [])


def _plain(fn: Callable[[Any], Any]) -> Callable[[Any, ParseContext], tuple[Any, list[Note]]]:
    return lambda v, _ctx: (fn(v), [])


@dataclass(frozen=True, slots=True)
class ParseContext:
    epoch_1904: bool = False
    scale: int = 1  # 10000 for a 万元 column


def _text(value: Any, _ctx: ParseContext) -> tuple[str, list[Note]]:
    text = V.parse_text(value)
    if len(text) > MAX_TEXT:
        raise CellError(QT_TRANSLATE_NOOP("importer", "内容过长（{count} 个字），请核对"), count=len(text))
    return text, []


def _amount(value: Any, ctx: ParseContext) -> tuple[Any, list[Note]]:
    return V.parse_amount(value, ctx.scale)


def _date(value: Any, ctx: ParseContext) -> tuple[Any, list[Note]]:
    return V.parse_date(value, ctx.epoch_1904), []


def _moment(value: Any, ctx: ParseContext) -> tuple[Any, list[Note]]:
    return V.parse_datetime(value, ctx.epoch_1904), []


def _follow_up(value: Any, ctx: ParseContext) -> tuple[Any, list[Note]]:
    """后续跟进 is a date, a yes/no or a to-do text, depending on the sheet (see ``contacts``)."""
    word = follow_up_word(value)
    if word is not None:
        return word, []
    try:
        return V.parse_date(value, ctx.epoch_1904), []
    except CellError:
        return _text(value, ctx)


PARSERS: dict[str, Callable[[Any, ParseContext], tuple[Any, list[Note]]]] = {
    "name": _text,
    "id_number": lambda v, _c: V.parse_id_number(v),
    "id_type": _enum(E.IdType),
    "mobile": lambda v, _c: V.parse_contacts(v),
    "phone": _plain(V.parse_phone),
    "email": _plain(V.parse_email),
    "wechat": _text,
    "address": _text,
    "gender": _enum(E.Gender),
    "birth_date": _date,
    "occupation": _text,
    "employer": _text,
    "annual_income": _amount,
    "archive_no": lambda v, _c: (V.parse_code(v, QT_TRANSLATE_NOOP("importer", "档案编号")), []),
    "kind": _enum(E.CustomerKind),
    "lifecycle": _enum(E.Lifecycle),
    "risk_level": _enum(E.RiskLevel),
    "value_tier": _enum(E.ValueTier),
    "tags": _plain(V.parse_tags),
    "source_channel": _text,
    "protection_preference": _enum(E.ProtectionPreference),
    "risk_tolerance": _enum(E.RiskTolerance),
    "needs": _text,
    "consent_date": _date,
    "remarks": _text,
    "policy_no": lambda v, _c: (V.parse_code(v, QT_TRANSLATE_NOOP("importer", "保单号")), []),
    "insurer": _text,
    "product": _text,
    "business_line": _enum(E.BusinessLine),
    "sum_insured": _amount,
    "premium": _amount,
    "payment_mode": _plain(V.parse_payment_mode),
    "payment_years": _plain(V.parse_int),
    "apply_date": _date,
    "effective_date": _date,
    "expiry_date": _date,
    "policy_status": _enum(E.PolicyStatus),
    "payment_amount": _amount,
    "payment_date": _date,
    "payment_status": _enum(E.PaymentStatus),
    "claim_date": _date,
    "claim_amount": _amount,
    "claim_status": _enum(E.ClaimStatus),
    "claim_cause": _text,
    "contact_date": _moment,
    "contact_channel": _enum(E.ContactChannel),
    "contact_purpose": _enum(E.ContactPurpose),
    "contact_summary": _text,
    "follow_up": _follow_up,
}


@dataclass(slots=True)
class ParsedRow:
    """One data row: its Excel row number, the typed value of each mapped field, and problems."""

    number: int
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    columns: dict[str, Column] = field(default_factory=dict)  # field → the column it came from

    def copy(self) -> ParsedRow:
        """A copy whose values and problems can be changed without touching this row's (the
        planner trims and annotates copies, so the wizard can plan again after each choice)."""
        return ParsedRow(self.number, dict(self.values), list(self.problems), self.columns)

    @property
    def ok(self) -> bool:
        return not any(p.severity is Severity.ERROR for p in self.problems)

    def problem(
        self,
        field_key: str | None,
        message: str,
        severity: Severity = Severity.ERROR,
        context: str = "importer",
        **params: object,
    ) -> None:
        column = self.columns.get(field_key or "")
        self.problems.append(
            Problem(
                self.number,
                column.header if column else "",
                message,
                severity,
                tuple((k, str(v)) for k, v in params.items()),
                column.letter if column else "",
                context,
            )
        )


@dataclass(slots=True)
class SheetRows:
    """The parsed data rows plus the rows that were passed over (empty, totals, repeated headers)."""

    rows: list[ParsedRow]
    skipped: list[Problem]


def parse_rows(
    raw: RawSheet,
    header_position: int,
    columns: Sequence[Column],
    mapping: Sequence[str | None],
    today: date | None = None,
) -> SheetRows:
    """*today* (the store's) is needed to check resident IDs: a birth date may not lie ahead."""
    mapped = [(c, f) for c, f in zip(columns, mapping, strict=False) if f and f != IGNORE]
    contexts = {c.index: ParseContext(raw.epoch_1904, 10000 if in_ten_thousands(c.header) else 1) for c, _f in mapped}
    header_keys = {header_key(c.header) for c in columns if c.header}
    name_index = next((c.index for c, f in mapped if f == "name"), None)
    formula_rows = {r for r, _c in raw.formulas}
    by_field = {f: c for c, f in mapped}  # shared by every row: rows are many, columns few
    id_column = by_field.get("id_number")
    check_ids = today is not None and id_column is not None and names_resident_id(id_column.header)
    memos: dict[int, dict[tuple[type, Any], tuple[Any, tuple[Note, ...]]]] = {c.index: {} for c, _f in mapped}
    rows: list[ParsedRow] = []
    skipped: list[Problem] = []
    for number, cells in raw.rows[header_position + 1 :]:
        if all(V.is_blank(v) for v in cells) and number not in formula_rows:
            skipped.append(Problem(number, "", QT_TRANSLATE_NOOP("importer", "空行，已跳过"), Severity.INFO))
            continue
        if _is_repeated_header(cells, header_keys):
            skipped.append(Problem(number, "", QT_TRANSLATE_NOOP("importer", "重复的标题行，已跳过"), Severity.INFO))
            continue
        if name_index is not None and _is_total(cells, name_index):
            skipped.append(Problem(number, "", QT_TRANSLATE_NOOP("importer", "合计行，已跳过"), Severity.INFO))
            continue
        row = _parse_row(raw, number, cells, mapped, contexts, by_field, memos)
        if check_ids:
            assert today is not None
            _check_resident_id(row, today)
        rows.append(row)
    return SheetRows(rows, skipped)


def _check_resident_id(row: ParsedRow, today: date) -> None:
    """A number under a 身份证 header that has a resident ID's shape (17 digits and a digit or X)
    must be a valid one, unless the row's own 证件类型 says it is another document. A wrong check
    digit is named with the one the other 17 digits call for: it is the commonest typo, and such
    a number may pass the credit code's check by chance. A credit code with letters cannot be
    mistaken for an ID and stays an enterprise's (the 客户档案管理表 puts both in this column)."""
    number = row.values.get("id_number")
    if not number or row.values.get("id_type", E.IdType.RESIDENT_ID) is not E.IdType.RESIDENT_ID:
        return
    resident_shaped = len(number) == 18 and number[:17].isdigit() and number[17] in "0123456789X"
    if not resident_shaped:
        try:
            parse_uscc(number)
            return
        except IdNumberError:
            pass
    if resident_shaped:
        expected = resident_id_check_char(number[:17])
        if expected != number[17]:
            row.problem(
                "id_number",
                QT_TRANSLATE_NOOP(
                    "importer",
                    "身份证号码 {value} 的校验码（最后一位）不正确：按前 17 位应为 {expected}，表格中是 {actual}",
                ),
                value=number,
                expected=expected,
                actual=number[17],
            )
            del row.values["id_number"]
            return
    try:
        parse_resident_id(number, today)
    except IdNumberError as exc:
        row.problem("id_number", str(exc), Severity.ERROR, "validation")
        del row.values["id_number"]


def _is_repeated_header(cells: list[Any], header_keys: set[str]) -> bool:
    """Two thirds (and at least two) of the row's texts are headers of the sheet. A data row is
    given up on as soon as too many of its texts are not (each is normalised to compare it)."""
    texts = [v for v in cells if isinstance(v, str) and v.strip()]
    needed = max(2, len(texts) * 2 // 3)
    if len(texts) < 2:
        return False
    misses_left = len(texts) - needed
    for text in texts:
        if header_key(text) not in header_keys:
            misses_left -= 1
            if misses_left < 0:
                return False
    return True


def _is_total(cells: list[Any], name_index: int) -> bool:
    value = cells[name_index] if name_index < len(cells) else None
    return isinstance(value, str) and V.normalise_word(value).rstrip(":") in TOTAL_WORDS


_SKIP = object()  # a blank or placeholder cell: nothing to read
_MEMO_TYPES = frozenset({str, int, float, bool, date, datetime, time, type(None)})


def _read_cell(
    row: ParsedRow, column: Column, key: str, value: Any, ctx: ParseContext
) -> tuple[Any, tuple[Note, ...]] | None:
    """*value* read for field *key*: (``_SKIP``, ()) for a blank or placeholder, None when it could
    not be read (the problem is then on *row*)."""
    if V.is_blank(value) or (key not in FREE_TEXT and V.is_placeholder(value)):
        return _SKIP, ()
    try:
        V.check_cell(value)
    except CellError as exc:  # an error in any field: such a value is never quietly dropped
        row.problems.append(Problem(row.number, column.header, exc.message, Severity.ERROR, exc.params, column.letter))
        return None
    try:
        parsed, notes = PARSERS[key](value, ctx)
    except CellError as exc:
        if key in SOFT_FIELDS:
            row.problem(
                key,
                QT_TRANSLATE_NOOP("importer", "无法识别的值“{value}”，已按默认处理"),
                Severity.WARNING,
                value=V.show(value),
            )
        else:
            row.problems.append(
                Problem(row.number, column.header, exc.message, Severity.ERROR, exc.params, column.letter)
            )
        return None
    return parsed, tuple(notes)


def _parse_row(
    raw: RawSheet,
    number: int,
    cells: list[Any],
    mapped: list[tuple[Column, str]],
    contexts: dict[int, ParseContext],
    by_field: dict[str, Column],
    memos: dict[int, dict[tuple[type, Any], tuple[Any, tuple[Note, ...]]]],
) -> ParsedRow:
    """*memos* keeps, per column, what each value already read as: a sheet repeats its insurers,
    products, payment modes, dates and amounts row after row, and every parser is a pure function
    of the cell and its column. The key holds the value's type, since ``1 == 1.0 == True`` in a
    dictionary; a value that could not be read is read again (and reported) each time."""
    row = ParsedRow(number, columns=by_field)
    marked = bool(raw.formulas or raw.error_cells)  # most sheets have neither: no lookup per cell
    for column, key in mapped:
        value = cells[column.index] if column.index < len(cells) else None
        formula = raw.formulas.get((number, column.index)) if marked else None
        if formula is not None:
            if V.is_blank(value):
                row.problem(
                    key,
                    QT_TRANSLATE_NOOP("importer", "单元格是公式 {formula}，文件中没有保存计算结果，按空白处理"),
                    Severity.WARNING,
                    formula=formula,
                )
            else:
                row.problem(
                    key,
                    QT_TRANSLATE_NOOP("importer", "单元格是公式 {formula}，已导入 Excel 保存的计算结果“{value}”"),
                    Severity.WARNING,
                    formula=formula,
                    value=V.show(value),
                )
        error_value = raw.error_cells.get((number, column.index)) if marked else None
        if error_value is not None:
            row.problem(
                key,
                QT_TRANSLATE_NOOP("importer", "单元格是错误值 {value}，按空白处理"),
                Severity.WARNING,
                value=error_value,
            )
        memo = memos[column.index] if value.__class__ in _MEMO_TYPES else None
        known = memo.get((value.__class__, value)) if memo is not None else None
        if known is None:
            known = _read_cell(row, column, key, value, contexts[column.index])
            if known is None:
                continue
            if memo is not None:
                memo[(value.__class__, value)] = known
        parsed, notes = known
        if parsed is _SKIP:
            continue
        for n in notes:
            row.problems.append(
                Problem(number, column.header, n.message, n.severity, n.params, column.letter, n.context)
            )
        if key == "payment_mode":
            mode, years = parsed
            row.values["payment_mode"] = mode
            if years is not None:
                row.values.setdefault("payment_years", years)
            continue
        if key == "mobile":  # a 联系方式 cell may hold a landline or e-mail too; their own columns win
            for part, text in parsed.items():
                row.values.setdefault({"extra": "extra_contacts"}.get(part, part), text)
            continue
        row.values[key] = parsed
    return row
