"""Conversion between domain values and SQLite values, declared once per column."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from agentbook.domain.enums import LabeledEnum
from agentbook.domain.money import from_fen, to_fen


@dataclass(frozen=True, slots=True)
class Col:
    """One stored attribute: *attr* on the dataclass, *kind* its conversion, *column* if renamed."""

    attr: str
    kind: str = "text"  # text | int | money | date | datetime | bool | enum | percent
    enum: type[LabeledEnum] | None = None
    column: str | None = None

    @property
    def name(self) -> str:
        return self.column or self.attr

    def to_db(self, value: Any) -> Any:
        return to_db(self.kind, value)

    def from_db(self, value: Any) -> Any:
        return from_db(self.kind, value, self.enum)


def to_db(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "money":
        return to_fen(value)
    if kind == "percent":  # percentage Decimal → basis points
        return int((value * 100).to_integral_value())
    if kind == "date":
        return value.isoformat()
    if kind == "datetime":
        return value.isoformat(sep=" ", timespec="seconds")
    if kind == "bool":
        return 1 if value else 0
    if kind == "enum":
        return value.value
    return value


def from_db(kind: str, value: Any, enum: type[LabeledEnum] | None = None) -> Any:
    if value is None:
        return None
    read = reader(kind, enum)
    return value if read is None else read(value)


@functools.cache
def reader(kind: str, enum: type[LabeledEnum] | None = None) -> Callable[[Any], Any] | None:
    """How a stored value that is not None becomes the domain's value, as one function, or None
    where it is the value itself (text, int); ``from_db`` converts through it.

    A tab's page converts 200 rows of two dozen columns at every keystroke of a search; deciding
    the kind once per column instead of once per value, and finding an enum member in a dict
    instead of through ``Enum.__call__``, took converting 200 customers from 1.5 to 1.1 ms.
    """
    if kind == "money":
        return from_fen
    if kind == "percent":  # basis points → percentage; no normalize(): 10000 must read "100", not "1E+2"
        return lambda value: Decimal(value) / 100
    if kind == "date":
        return date.fromisoformat
    if kind == "datetime":
        return datetime.fromisoformat
    if kind == "bool":
        return bool
    if kind == "enum":
        assert enum is not None
        members: dict[Any, LabeledEnum] = {member.value: member for member in enum}
        make = enum  # a value that is no member's raises as ``enum(value)`` does

        def member(value: Any) -> Any:
            found = members.get(value)
            return found if found is not None else make(value)

        return member
    return None
