"""Saved column mappings, kept in the archive's settings as JSON (they travel with the data).

A mapping is remembered by the normalised header text of each column, so the same sheet layout
next month maps itself again even when columns moved.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from agentbook.importers.fields import BY_KEY, IGNORE, header_key
from agentbook.store.api import Store

SETTING_KEY = "excel_import.mappings"


def saved_mappings(store: Store) -> dict[str, dict[str, str]]:
    """name → {normalised header → field key ("" = not imported)}; unknown fields are dropped."""
    try:
        data = json.loads(store.get_setting(SETTING_KEY, "{}") or "{}")
    except json.JSONDecodeError:
        return {}
    if not isinstance(data, dict):
        return {}
    out: dict[str, dict[str, str]] = {}
    for name, mapping in data.items():
        if isinstance(mapping, dict):
            out[str(name)] = {
                str(h): str(f) for h, f in mapping.items() if isinstance(f, str) and (f in BY_KEY or f == IGNORE)
            }
    return out


def save_mapping(store: Store, name: str, headers: Sequence[str], mapping: Sequence[str | None]) -> None:
    """Remember *mapping* under *name* (replacing one of the same name)."""
    data = saved_mappings(store)
    data[name] = {header_key(h): (f or IGNORE) for h, f in zip(headers, mapping, strict=False) if header_key(h)}
    store.set_setting(SETTING_KEY, json.dumps(data, ensure_ascii=False, sort_keys=True))


def delete_mapping(store: Store, name: str) -> None:
    data = saved_mappings(store)
    if data.pop(name, None) is not None:
        store.set_setting(SETTING_KEY, json.dumps(data, ensure_ascii=False, sort_keys=True))


def apply_mapping(saved: dict[str, str], headers: Sequence[str], current: Sequence[str | None]) -> list[str | None]:
    """*current* with every column the saved mapping knows set as saved; a field is used once."""
    result = list(current)
    for index, header in enumerate(headers):
        key = header_key(header)
        if key in saved:
            result[index] = saved[key] or IGNORE
    seen: set[str] = set()
    for index, field_key in enumerate(result):
        if field_key and field_key != IGNORE:
            if field_key in seen:
                result[index] = None
            seen.add(field_key)
    return result


def matching_mapping(store: Store, headers: Sequence[str]) -> str | None:
    """The saved mapping made for exactly this set of headers, if any."""
    keys = {header_key(h) for h in headers if header_key(h)}
    for name, saved in saved_mappings(store).items():
        if keys and set(saved) == keys:
            return name
    return None
