"""Plain JSON views of records, for the audit log's before/after and for exporters."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

_PLAIN = frozenset({str, int, float, bool, type(None)})


def to_plain(value: Any) -> Any:
    """Dataclasses, enums, dates and Decimals as JSON-ready values (Decimal as exact text)."""
    if type(value) in _PLAIN:  # most leaves: answered before the slower checks (enums are str too)
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    return value


def to_json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(to_plain(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
