"""What agentbook is made of and under which licences, for the About dialog.

The dependencies and their versions come from the installed package metadata
(``importlib.metadata``), so the list cannot drift from what is really shipped; the PyInstaller
spec copies those ``*.dist-info`` folders into the bundle, licence files included. Qt and the font
are not Python distributions and are described here by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

from agentbook import __version__


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    version: str
    licence: str
    url: str = ""


# Runtime dependencies when agentbook's own metadata is missing (run from a bare source tree).
FALLBACK_REQUIREMENTS = (
    "PySide6-Essentials",
    "PySide6-Addons",
    "sqlcipher3",
    "keyring",
    "platformdirs",
    "pypinyin",
    "reportlab",
    "rl-accel",
    "qrcode",
    "XlsxWriter",
    "openpyxl",
    "defusedxml",
    "Faker",
)
# Distributions whose metadata names no licence.
KNOWN_LICENCES = {"sqlcipher3": "zlib (SQLCipher: BSD-3-Clause)", "rl-accel": "BSD"}

FONT = Component(
    "WenQuanYi Micro Hei 文泉驿微米黑",
    "0.2.0-beta",
    "Apache-2.0 / GPL-3.0 with font embedding exception",
    "http://wenq.org/",
)
# The fallback for rare characters in names (resources/fonts/HANAZONO-LICENSE.txt); taken under
# the Hanazono Font License, which allows the cut-down HanaMin A we ship.
FALLBACK_FONT = Component(
    "HanaMin A/B 花園明朝 (GlyphWiki)",
    "20170904",
    "Hanazono Font License / OFL-1.1",
    "https://fonts.jp/hanazono/",
)


def _requirement_name(requirement: str) -> str | None:
    if "extra ==" in requirement:
        return None
    match = re.match(r"[A-Za-z0-9_.\-]+", requirement.strip())
    return match.group(0) if match else None


def runtime_requirements() -> list[str]:
    try:
        requirements = metadata.requires("agentbook") or []
    except metadata.PackageNotFoundError:
        return list(FALLBACK_REQUIREMENTS)
    names: list[str] = []
    for requirement in requirements:
        name = _requirement_name(requirement)
        if name is None or name in names:
            continue
        if ";" in requirement and not _installed(name):  # for another Python version or system
            continue
        names.append(name)
    return names or list(FALLBACK_REQUIREMENTS)


def _installed(name: str) -> bool:
    try:
        metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return False
    return True


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    """One metadata field's value, or "" when the distribution does not give it."""
    return str(meta[name] or "") if name in meta else ""


def licence_of(meta: metadata.PackageMetadata, name: str) -> str:
    """The SPDX expression when given, else the short licence field or the classifier's last word."""
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    text = _field(meta, "License").strip()
    if text and len(text) <= 60 and "\n" not in text:
        return text
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return classifiers[0]
    if text:
        return text.splitlines()[0][:40] + "…"
    return KNOWN_LICENCES.get(name.lower(), KNOWN_LICENCES.get(name, "?"))


def _home(meta: metadata.PackageMetadata) -> str:
    if _field(meta, "Home-page"):
        return _field(meta, "Home-page")
    for entry in meta.get_all("Project-URL") or []:
        label, _sep, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository"):
            return url.strip()
    return ""


def dependency(name: str) -> Component:
    try:
        meta = metadata.metadata(name)
    except metadata.PackageNotFoundError:
        return Component(name, "—", KNOWN_LICENCES.get(name, "?"))
    return Component(meta["Name"], meta["Version"], licence_of(meta, name), _home(meta))


def qt_component() -> Component:
    """Qt itself, reached through PySide6: LGPL-3.0, shipped as replaceable shared libraries."""
    try:
        from PySide6.QtCore import qVersion

        version = qVersion()
    except ImportError:  # the store-only tools
        version = "—"
    return Component("Qt", version, "LGPL-3.0", "https://www.qt.io/licensing/open-source-lgpl-obligations")


def components() -> list[Component]:
    """agentbook first, then Qt and the fonts, then each runtime dependency as installed."""
    own = Component("agentbook", __version__, "GPL-3.0-or-later")
    return [own, qt_component(), FONT, FALLBACK_FONT, *(dependency(name) for name in runtime_requirements())]
