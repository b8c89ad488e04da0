"""Reading one cell as a typed value, the way agents actually fill spreadsheets in.

Each parser takes the raw cell (``str``, ``int``, ``float``, ``datetime`` … as openpyxl or the
CSV reader gives it) and returns the value plus ``Note``s when it was read not quite as written,
or raises ``CellError`` when it cannot be read. Nothing here guesses: an ID number Excel
has turned into a floating-point number has lost digits, and is refused, never reconstructed.
"""

from __future__ import annotations

import contextlib
import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, TypeVar

from agentbook.domain import enums as E
from agentbook.domain import phones
from agentbook.domain.enums import LabeledEnum
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.idnumbers import normalize_id_text
from agentbook.domain.money import CENT, MoneyError, misplaced_commas, parse_money
from agentbook.domain.validation import MAX_MONEY
from agentbook.importers.problems import CellError, Note, Severity, note
from agentbook.importers.synonyms import PRODUCT_KEYWORDS, SYNONYMS

EnumT = TypeVar("EnumT", bound=LabeledEnum)

_DATE_TEXT = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?"
    r"(?:\s*[T ]?\s*(\d{1,2})\s*[:：时点]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?\s*[秒分]?)?$"
)
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_SPLIT_CONTACTS = re.compile(r"[/,，;；、|\n]+|\s{2,}")
_YEARS_MODE = re.compile(r"^(?:(\d{1,3})年[交期]?|[交期](\d{1,3})年)$")
FIRST_YEAR, LAST_YEAR = 1900, 2100
_EXCEL_EPOCH = datetime(1899, 12, 30)
_EXCEL_1904 = datetime(1904, 1, 1)
_MAX_SERIAL = (datetime(LAST_YEAR, 12, 31) - _EXCEL_EPOCH).days


def check_cell(value: Any) -> None:
    """Refuse what no field can hold: a number that is not finite (a numeric cell of ``1e309`` or
    ``NaN``) and text with control or invisible formatting characters (NUL, bidi overrides such
    as U+202E that display a name reversed, zero-width spaces) — pasted in by accident or on
    purpose, they would make two equal-looking names differ. Tabs and line breaks are allowed."""
    if isinstance(value, float) and not math.isfinite(value):
        raise CellError(
            QT_TRANSLATE_NOOP("importer", "单元格中的数字“{value}”无效（无穷大或不是数字），请核对"), value=repr(value)
        )
    if isinstance(value, str) and not value.isprintable():  # printable text has no Cc or Cf character
        for ch in value:
            if ch not in "\t\n\r" and unicodedata.category(ch) in ("Cc", "Cf"):
                raise CellError(
                    QT_TRANSLATE_NOOP(
                        "importer",
                        "内容中有看不见的控制字符（{code}），可能是复制时带入或被故意加入。请在原表格中删除后重新导入",
                    ),
                    code=f"U+{ord(ch):04X}",
                )


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# What agents write in a cell that has nothing to say: read as empty wherever a value is parsed
# (a date, an amount, a status), but kept as written in free-text fields.
PLACEHOLDERS = frozenset({"-", "--", "—", "——", "/", "无", "暂无", "n/a", "na", "null", "none", "#n/a"})


def is_placeholder(value: Any) -> bool:
    return isinstance(value, str) and normalise_word(value) in PLACEHOLDERS


_SPACES = re.compile(r"\s+")


def normalise_word(text: str) -> str:
    """For comparing words: NFKC (full-width to half-width), lower case, no spaces, 缴 read as 交."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return _SPACES.sub("", folded).replace("缴", "交")


def show(value: Any) -> str:
    """A raw value as the user would recognise it in the report."""
    if isinstance(value, float):
        return f"{value:.15G}" if abs(value) >= 1e15 else repr(value).removesuffix(".0")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != time(0) else value.date().isoformat()
    return str(value).strip()


# --- text ----------------------------------------------------------------------------------
def parse_text(value: Any) -> str:
    """Free text; numbers keep no spurious ``.0`` and dates read as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return show(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def parse_code(value: Any, what: str) -> str:
    """An identifier such as a policy number: exact text, never a rounded number."""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        raise CellError(
            QT_TRANSLATE_NOOP(
                "importer",
                "{what}被 Excel 存成了数字（{value}），部分数字已丢失，无法还原。请在原表格中把该列设为文本后重新填写。",  # noqa: E501
            ),
            what=what,
            value=show(value),
        )
    text = parse_text(value)
    if _SCIENTIFIC.match(text):
        raise CellError(
            QT_TRANSLATE_NOOP(
                "importer",
                "{what}被 Excel 存成了数字（{value}），部分数字已丢失，无法还原。请在原表格中把该列设为文本后重新填写。",  # noqa: E501
            ),
            what=what,
            value=text,
        )
    return text


# --- dates ---------------------------------------------------------------------------------
D = TypeVar("D", bound=date)  # a date or a datetime, given back as it came


def _check_year(day: D, raw: Any) -> D:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise CellError(QT_TRANSLATE_NOOP("importer", "日期“{value}”不合理，请核对"), value=show(raw))
    return day


def parse_datetime(value: Any, epoch_1904: bool = False) -> datetime:
    """A moment from an Excel date cell, a serial number or text such as 2023年1月1日 14:30."""
    if isinstance(value, datetime):
        _check_year(value, value)
        return value.replace(microsecond=0)
    if isinstance(value, date):
        return datetime.combine(_check_year(value, value), time())
    if isinstance(value, time):
        raise CellError(QT_TRANSLATE_NOOP("importer", "只有时间“{value}”，缺少日期"), value=show(value))
    if isinstance(value, bool):
        raise CellError(QT_TRANSLATE_NOOP("importer", "无法识别的日期“{value}”"), value=show(value))
    if isinstance(value, int | float):
        return _from_number(value, epoch_1904)
    text = unicodedata.normalize("NFKC", str(value)).strip()
    match = _DATE_TEXT.match(text)
    try:
        if match:
            y, m, d, hh, mm, ss = (int(g) if g else 0 for g in match.groups())
            return datetime.combine(_check_year(date(y, m, d), text), time(hh, mm, ss))
        compact = _COMPACT_DATE.match(text)
        if compact:
            year, month, day = (int(g) for g in compact.groups())
            return datetime(year, month, day)
    except ValueError as exc:
        raise CellError(QT_TRANSLATE_NOOP("importer", "日期“{value}”不存在，请核对"), value=text) from exc
    raise CellError(
        QT_TRANSLATE_NOOP("importer", "无法识别的日期“{value}”，请写成 2023-01-31、2023/1/31 或 2023年1月31日"),
        value=text,
    )


def _from_number(value: float, epoch_1904: bool) -> datetime:
    number = float(value)
    if number.is_integer() and _COMPACT_DATE.match(str(int(number))):
        try:
            return datetime.strptime(str(int(number)), "%Y%m%d")
        except ValueError:
            pass
    if not 1 <= number <= _MAX_SERIAL:
        raise CellError(QT_TRANSLATE_NOOP("importer", "无法识别的日期“{value}”"), value=show(value))
    base = _EXCEL_1904 if epoch_1904 else _EXCEL_EPOCH
    if not epoch_1904 and number < 61:  # Excel's fictitious 1900-02-29
        number += 1
    moment = base + timedelta(days=number)
    return _check_year(moment.replace(microsecond=0), value)


def parse_date(value: Any, epoch_1904: bool = False) -> date:
    return parse_datetime(value, epoch_1904).date()


# --- money ---------------------------------------------------------------------------------
def parse_amount(value: Any, scale: int = 1) -> tuple[Decimal, list[Note]]:
    """Exact yuan from 1,234.50 / 1234.5元 / 3.5万 / a numeric cell; *scale* 10000 for 万元 columns."""
    notes: list[Note] = []
    if isinstance(value, bool):
        raise CellError(QT_TRANSLATE_NOOP("importer", "无法识别的金额“{value}”"), value=show(value))
    if isinstance(value, float):
        exact = Decimal(repr(value))
    elif isinstance(value, int | Decimal):
        exact = Decimal(value)
    else:
        text = str(value).strip()
        if misplaced_commas(text):
            raise CellError(
                QT_TRANSLATE_NOOP(
                    "importer",
                    "金额“{value}”中的逗号不是千位分隔符，无法确定小数点在哪里。请写成 1234.56 或 1,234.56",
                ),
                value=text,
            )
        try:
            amount = parse_money(text.replace("－", "-"))
        except MoneyError as exc:
            with contextlib.suppress(InvalidOperation):
                if Decimal(text).is_finite():  # 1E+30 is a number, only far too large for money
                    _checked(abs(Decimal(text)), value, notes)
            raise CellError(QT_TRANSLATE_NOOP("importer", "无法识别的金额“{value}”"), value=text) from exc
        return _checked(amount * scale, value, notes)
    if not exact.is_finite():
        raise CellError(QT_TRANSLATE_NOOP("importer", "无法识别的金额“{value}”"), value=show(value))
    amount = exact * scale
    if abs(amount) > MAX_MONEY:  # also keeps Decimal's quantize below its 28 digits
        raise CellError(QT_TRANSLATE_NOOP("importer", "金额“{value}”过大，请核对"), value=show(value))
    rounded = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    if rounded != amount:
        notes.append(
            note(
                QT_TRANSLATE_NOOP("importer", "金额“{value}”超过两位小数，已四舍五入为 {amount}"),
                value=show(value),
                amount=rounded,
            )
        )
    return _checked(rounded, value, notes)


def _checked(amount: Decimal, raw: Any, notes: list[Note]) -> tuple[Decimal, list[Note]]:
    if amount > MAX_MONEY:
        raise CellError(QT_TRANSLATE_NOOP("importer", "金额“{value}”过大，请核对"), value=show(raw))
    if amount < 0:
        raise CellError(QT_TRANSLATE_NOOP("importer", "金额不能为负数（{value}）"), value=show(raw))
    return amount, notes


MAX_COUNT = 1000  # years, periods: a larger count is a typo, and would not fit the database


def parse_int(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    else:
        text = normalise_word(str(value)).removesuffix("年")
        try:
            exact = Decimal(text)
            if not exact.is_finite() or exact != exact.to_integral_value():
                raise ValueError(text)
            number = int(exact)
        except (InvalidOperation, ValueError) as exc:
            raise CellError(QT_TRANSLATE_NOOP("importer", "无法识别的数字“{value}”"), value=show(value)) from exc
    if abs(number) > MAX_COUNT:
        raise CellError(QT_TRANSLATE_NOOP("importer", "数字“{value}”过大，请核对"), value=show(value))
    return number


# --- identity numbers ----------------------------------------------------------------------
def parse_id_number(value: Any) -> tuple[str, list[Note]]:
    """The number as text. A numeric cell with all 18 digits is read as text (with a note); one
    that has lost digits to floating point is refused: the lost digits cannot be known."""
    notes: list[Note] = []
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            value = int(value)
        else:
            raise CellError(
                QT_TRANSLATE_NOOP(
                    "importer",
                    "身份证号被 Excel 存成了数字（{value}），后几位已丢失，无法还原。请在原表格中把该列设为“文本”格式后重新输入完整号码。",  # noqa: E501
                ),
                value=show(value),
            )
    if isinstance(value, int) and not isinstance(value, bool):
        notes.append(
            note(
                QT_TRANSLATE_NOOP("importer", "证件号码在表格中是数字格式，已按文本读取；建议把该列设为文本格式"),
                Severity.INFO,
            )
        )
        return str(value), notes
    text = normalize_id_text(str(value))
    if "*" in text:
        raise CellError(
            QT_TRANSLATE_NOOP(
                "importer", "证件号码已打码（{value}），无法导入。请使用含完整号码的表格（导出时选择显示敏感信息）。"
            ),
            value=text,
        )
    if _SCIENTIFIC.match(text):
        raise CellError(
            QT_TRANSLATE_NOOP(
                "importer",
                "身份证号被 Excel 存成了数字（{value}），后几位已丢失，无法还原。请在原表格中把该列设为“文本”格式后重新输入完整号码。",  # noqa: E501
            ),
            value=text,
        )
    return text.removeprefix("'"), notes


# --- contact details -----------------------------------------------------------------------
def parse_contacts(value: Any) -> tuple[dict[str, str], list[Note]]:
    """Split a 联系方式 cell into mobile / phone / email; extra numbers go to the remarks."""
    notes: list[Note] = []
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    found: dict[str, str] = {}
    extra: list[str] = []
    for token in _SPLIT_CONTACTS.split(str(value).strip()):
        token = token.strip()
        if not token:
            continue
        if "@" in token and _EMAIL.match(token):
            kind, clean = "email", token
        else:
            number = _read_phone(token, QT_TRANSLATE_NOOP("importer", "无法识别的联系方式“{value}”"))
            kind, clean = ("mobile" if number.kind is phones.PhoneKind.MOBILE else "phone"), number.text
        if kind in found:
            extra.append(clean)
        else:
            found[kind] = clean
    if extra:
        found["extra"] = "、".join(extra)
        notes.append(note(QT_TRANSLATE_NOOP("importer", "有多个号码，其余的（{extra}）记入备注"), extra=found["extra"]))
    return found, notes


def parse_email(value: Any) -> str:
    text = parse_text(value)
    if not _EMAIL.match(text):
        raise CellError(QT_TRANSLATE_NOOP("importer", "电子邮箱格式不正确（{value}）"), value=text)
    return text


def _read_phone(text: str, unreadable: str) -> phones.Phone:
    """A number read by the same rules as the customer dialog, or a CellError saying why not."""
    try:
        return phones.read(text)
    except phones.PhoneError as exc:
        if exc.message == phones.UNALLOCATED:
            message = QT_TRANSLATE_NOOP("importer", "号码“{value}”的号段尚未分配，请核对")
        elif exc.message == phones.NEEDS_AREA_CODE:
            message = QT_TRANSLATE_NOOP("importer", "固定电话“{value}”缺少区号")
        else:
            message = unreadable
        raise CellError(message, value=text) from exc


def parse_phone(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return _read_phone(text, QT_TRANSLATE_NOOP("importer", "固定电话格式不正确（{value}）")).text if text else ""


# --- coded values --------------------------------------------------------------------------
def parse_enum(enum: type[EnumT], value: Any) -> EnumT:
    text = parse_text(value)
    member = enum.from_label(text) or enum.from_label(unicodedata.normalize("NFKC", text))
    if member is None:
        word = normalise_word(text)
        for candidate in enum:
            if word in (normalise_word(candidate.label), candidate.value):
                member = candidate
                break
        else:
            member = SYNONYMS.get(enum, {}).get(word)  # type: ignore[assignment]
    if member is None:
        raise CellError(QT_TRANSLATE_NOOP("importer", "无法识别的值“{value}”"), value=text)
    return member


def parse_payment_mode(value: Any) -> tuple[E.PaymentMode, int | None]:
    """缴费方式, also written as 10年交 / 交20年 (annual for that many years)."""
    word = normalise_word(parse_text(value))
    match = _YEARS_MODE.match(word)
    if match:
        return E.PaymentMode.ANNUAL, int(match.group(1) or match.group(2))
    return parse_enum(E.PaymentMode, value), None


def parse_tags(value: Any) -> tuple[str, ...]:
    return tuple(t for t in (s.strip() for s in re.split(r"[、,，;；/\s]+", parse_text(value))) if t)


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = normalise_word(parse_text(value))
    if word in ("是", "已", "已完成", "完成", "y", "yes", "true", "1", "√", "✓"):
        return True
    if word in ("否", "未", "未完成", "n", "no", "false", "0", ""):
        return False
    raise CellError(QT_TRANSLATE_NOOP("importer", "无法识别的值“{value}”"), value=show(value))


def business_line_from_product(product: str) -> E.BusinessLine | None:
    for word, line in PRODUCT_KEYWORDS:
        if word in product:
            return line
    return None
