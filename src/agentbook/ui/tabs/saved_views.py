"""Named views of a tab (本月到期车险): filters, order and columns kept in the app's settings.

A view is picked again months later, so the dates of its filters are kept relative to the day it
was saved: a range covering a whole calendar month is kept as "the month N months from now", any
other date as a number of days from today. "本月到期车险" saved in March still means this month in
June. The archive is not involved: views are a way of looking, like the column layout.
"""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QSettings

MAX_NAME = 40


@dataclass(slots=True)
class SavedView:
    """A tab's filters (by filter name), its sort column and its visible columns with widths."""

    name: str
    filters: dict[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False
    columns: list[tuple[str, int]] = field(default_factory=list)  # (list column key, width) in order


def _month_bounds(day: date) -> tuple[date, date]:
    return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _date_pairs(filters: dict[str, Any]) -> list[tuple[str, str]]:
    """Filter names that form a from/to pair (``expiry_from``/``expiry_to``)."""
    return [(k, k[: -len("_from")] + "_to") for k in filters if k.endswith("_from") and k[:-5] + "_to" in filters]


def encode_filters(filters: dict[str, Any], today: date) -> dict[str, Any]:
    """Filter values as JSON, dates made relative to *today*."""
    out: dict[str, Any] = {}
    paired: set[str] = set()
    for start_key, end_key in _date_pairs(filters):
        start, end = filters[start_key], filters[end_key]
        if isinstance(start, date) and isinstance(end, date) and (start, end) == _month_bounds(start):
            months = (start.year - today.year) * 12 + start.month - today.month
            out[start_key] = {"month": months, "edge": "first"}
            out[end_key] = {"month": months, "edge": "last"}
            paired.update((start_key, end_key))
    for key, value in filters.items():
        if key in paired:
            continue
        if isinstance(value, date):
            out[key] = {"days": (value - today).days}
        else:
            out[key] = getattr(value, "value", value)
    return out


def decode_filters(encoded: dict[str, Any], today: date) -> dict[str, Any]:
    """The filter values a view means on *today*."""
    out: dict[str, Any] = {}
    for key, value in encoded.items():
        if isinstance(value, dict) and "month" in value:
            first, last = _month_bounds(_add_months(today, int(value["month"])))
            out[key] = first if value.get("edge") == "first" else last
        elif isinstance(value, dict) and "days" in value:
            out[key] = today + timedelta(days=int(value["days"]))
        else:
            out[key] = value
    return out


def _key(tab: str) -> str:
    return f"tabs/{tab}/views"


def load_views(settings: QSettings, tab: str, today: date) -> list[SavedView]:
    """The tab's views, their dates as meant today; a damaged entry is skipped, not fatal."""
    raw = settings.value(_key(tab), "")
    try:
        items = json.loads(str(raw)) if raw else []
    except ValueError:
        return []
    views = []
    for item in items if isinstance(items, list) else []:
        try:
            views.append(
                SavedView(
                    name=str(item["name"]),
                    filters=decode_filters(dict(item.get("filters", {})), today),
                    sort=item.get("sort"),
                    descending=bool(item.get("descending", False)),
                    columns=[(str(k), int(w)) for k, w in item.get("columns", [])],
                )
            )
        except (KeyError, TypeError, ValueError):
            continue
    return views


def store_views(settings: QSettings, tab: str, views: list[SavedView], today: date) -> None:
    items = [
        {
            "name": v.name,
            "filters": encode_filters(v.filters, today),
            "sort": v.sort,
            "descending": v.descending,
            "columns": [[k, w] for k, w in v.columns],
        }
        for v in views
    ]
    settings.setValue(_key(tab), json.dumps(items, ensure_ascii=False))
    settings.sync()
