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
