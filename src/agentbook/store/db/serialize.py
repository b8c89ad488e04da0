"""Plain JSON views of records, for the audit log's before/after and for exporters."""

from __future__ import annotations

import dataclasses
import json
import operator
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

_PLAIN = frozenset({str, int, float, bool, type(None)})


def to_plain(value: Any) -> Any:
    """Dataclasses, enums, dates and Decimals as JSON-ready values (Decimal as exact text)."""
    kind = type(value)
    if kind in _PLAIN:  # most leaves: answered before the slower checks (enums are str too)
        return value
    convert = _CONVERTERS.get(kind)
    if convert is None:
        convert = _CONVERTERS[kind] = _converter(kind)
    return convert(value)


# How each type met so far becomes plain: decided once per type, not by a chain of checks per
# value (the audit log walks every field of every record written; an import writes thousands).
_CONVERTERS: dict[type, Callable[[Any], Any]] = {}


def _converter(kind: type) -> Callable[[Any], Any]:
    if dataclasses.is_dataclass(kind):
        names = tuple(f.name for f in dataclasses.fields(kind))
        if len(names) < 2:  # attrgetter gives a tuple for two names or more
            return lambda value: {name: to_plain(getattr(value, name)) for name in names}
        fields_of = operator.attrgetter(*names)
        # A record's fields are mostly leaves: those are taken as they are, without a call each.
        return lambda value: {
            name: v if type(v) in _PLAIN else to_plain(v) for name, v in zip(names, fields_of(value), strict=True)
        }
    if issubclass(kind, Enum):
        return lambda value: value.value
    if issubclass(kind, datetime):
        return lambda value: value.isoformat(sep=" ", timespec="seconds")
    if issubclass(kind, date):
        return lambda value: value.isoformat()
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, list | tuple):
        return lambda value: [to_plain(v) for v in value]
    if issubclass(kind, dict):
        return lambda value: {str(k): to_plain(v) for k, v in value.items()}
    return lambda value: value


def filled_plain(value: Any) -> Any:
    """``to_plain`` of a record without its empty fields (None, "", empty lists and maps), at
    every level: False and 0 are values and stay.

    What a new record's audit entry keeps: the record as created is its filled fields, and an
    empty one reads the same whether listed or left out. A new customer from a spreadsheet fills
    a third of its fields, and the sealed entry of each record an import writes is the largest
    row it writes. Anything but a record is ``to_plain`` of it.
    """
    convert = _FILLED.get(type(value))
    if convert is None:
        convert = _FILLED[type(value)] = _filled_converter(type(value))
    return convert(value)


_FILLED: dict[type, Callable[[Any], Any]] = {}
_BLANK = frozenset({type(None), str, list, tuple, dict})  # the kinds whose false values are empty


def _filled_converter(kind: type) -> Callable[[Any], Any]:
    if not dataclasses.is_dataclass(kind):
        return to_plain
    names = tuple(f.name for f in dataclasses.fields(kind))
    fields_of: Callable[[Any], Any] = (
        operator.attrgetter(*names)  # a tuple for two names or more
        if len(names) >= 2
        else lambda value: tuple(getattr(value, name) for name in names)
    )
    return lambda value: {
        name: v if type(v) in _PLAIN else _filled_item(v)
        for name, v in zip(names, fields_of(value), strict=True)
        if v or type(v) not in _BLANK  # one truth test for most values; False and 0 are kept
    }


def _filled_item(value: Any) -> Any:
    if type(value) in (list, tuple):
        return [filled_plain(v) for v in value]
    return filled_plain(value)


# One encoder for every call: ``json.dumps`` with options builds a new one each time, and the
# audit log encodes two values for every record an import writes.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def to_json(value: Any) -> str | None:
    if value is None:
        return None
    return _ENCODER.encode(to_plain(value))


def plain_json(plain: Any) -> str | None:
    """``to_json`` of a value that is already plain (``to_plain`` of it is itself)."""
    if plain is None:
        return None
    return _ENCODER.encode(plain)
