"""Faker for the demo data, cut down to the locales agentbook uses (replaces the contrib hook).

The stock hook ships every provider of every locale, as modules *and* as source files (25 MB),
because Faker finds locales in a frozen app by globbing ``<_MEIPASS>/faker/providers/*/*/__init__.py``.
The demo generator only asks for ``zh_CN``; Faker falls back to ``en_US``/``en`` for providers
zh_CN lacks. So only those locales are collected, and the glob is satisfied by empty marker
files (the modules themselves are imported from the PYZ archive as usual).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PyInstaller.config import CONF
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

KEEP_LOCALES = {"zh_CN", "en_US", "en"}


def _wanted(name: str) -> bool:
    parts = name.split(".")
    # faker.providers.<provider>.<locale>[.<sub>]: a locale is the 4th part when it looks like one
    if len(parts) >= 4 and parts[1] == "providers":
        locale = parts[3]
        looks_like_locale = locale[:2].isalpha() and locale[:2].islower() and (len(locale) == 2 or locale[2] == "_")
        if looks_like_locale:
            return locale in KEEP_LOCALES
    return True


hiddenimports = collect_submodules("faker.providers", filter=_wanted)


def _is_package(name: str) -> bool:
    spec = importlib.util.find_spec(name)
    return spec is not None and spec.submodule_search_locations is not None


_markers = Path(CONF["workpath"]) / "faker-markers"
datas = collect_data_files("text_unidecode")
for module in hiddenimports:
    parts = module.split(".")
    if len(parts) < 3 or not _is_package(module):
        continue
    marker_dir = _markers.joinpath(*parts)
    marker_dir.mkdir(parents=True, exist_ok=True)
    (marker_dir / "__init__.py").write_text("", encoding="utf-8")
    datas.append((str(marker_dir / "__init__.py"), "/".join(parts)))
