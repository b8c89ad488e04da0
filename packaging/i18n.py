#!/usr/bin/env python3
"""Refresh the translation catalogues: ``python packaging/i18n.py``.

1. ``pyside6-lupdate`` (from PySide6 6.12 or later, see ``TOOLS``) collects every ``tr()``,
   ``translate()`` and ``QT_TRANSLATE_NOOP`` string from ``src/`` and every text in
   ``forms/*.ui`` into ``resources/translations/agentbook_<lang>.ts`` (existing translations are
   kept; vanished strings are marked obsolete).
2. Simplified Chinese is the source language, so ``zh_CN`` translates each text to itself;
   ``zh_TW`` entries still unfinished are filled by OpenCC's s2twp conversion (Taiwan wording)
   (OpenCC is a dependency of agentbook); English is translated by people (Qt Linguist or an
   editor) and left unfinished otherwise, so missing English shows up in ``--check``.
3. ``pyside6-lrelease`` compiles ``.qm`` files, which are committed so an installed wheel needs
   no Qt tools.

``--check`` only reports unfinished translations and whether the ``.qm`` files are current.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "zh_TW", "en")
# The Qt translation tools come from PySide6 6.12 or later in an environment of their own: the
# app itself stays below 6.12 on Python 3.11 (see pyproject.toml), and the lupdate of those
# versions misses the count argument of Python tr()/translate() calls, so plural messages
# (“%n record(s)”) would lose their forms or vanish from the catalogues.
TOOLS = ROOT / ".venv-i18n"
TOOLS_REQUIREMENT = "PySide6-Essentials>=6.12"


def tools_bin() -> Path:
    """The folder holding pyside6-lupdate/lrelease of a recent PySide6, set up on first use."""
    folder = TOOLS / ("Scripts" if sys.platform == "win32" else "bin")
    if not (folder / "pyside6-lupdate").exists() and not (folder / "pyside6-lupdate.exe").exists():
        print(f"setting up the translation tools ({TOOLS_REQUIREMENT}) in {TOOLS.name}/")
        subprocess.run([sys.executable, "-m", "venv", str(TOOLS)], check=True)
        python = folder / ("python.exe" if sys.platform == "win32" else "python")
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", TOOLS_REQUIREMENT], check=True)
    return folder


def tool(name: str) -> str:
    return str(tools_bin() / name)


def sources() -> list[str]:
    files = [p for p in (ROOT / "src" / "agentbook").rglob("*.py") if "forms_generated" not in p.parts]
    files += list((ROOT / "forms").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in sorted(files)]


def ts_path(language: str) -> Path:
    return TS_DIR / f"agentbook_{language}.ts"


def run_lupdate() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "zh_CN",
                "-target-language",
                language,
                "-ts",
                str(ts_path(language)),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )


def messages(tree: ET.ElementTree) -> list[tuple[ET.Element, ET.Element, ET.Element]]:
    out = []
    for message in tree.getroot().iter("message"):
        source = message.find("source")
        translation = message.find("translation")
        if source is not None and translation is not None:
            out.append((message, source, translation))
    return out


def fill(language: str) -> int:
    """Fill what can be filled mechanically; returns how many entries remain unfinished."""
    path = ts_path(language)
    tree = ET.parse(path)
    convert = None
    if language == "zh_TW":
        try:
            from opencc import OpenCC

            convert = OpenCC("s2twp").convert
        except ImportError:
            convert = None
    remaining = 0
    for message, source, translation in messages(tree):
        unfinished = translation.get("type") == "unfinished"
        if not unfinished:
            continue
        numerus = message.get("numerus") == "yes"
        text = source.text or ""
        if language == "zh_CN" or convert is not None:
            value = text if language == "zh_CN" else convert(text)
            if numerus:
                for form in list(translation):
                    translation.remove(form)
                ET.SubElement(translation, "numerusform").text = value
            else:
                translation.text = value
            del translation.attrib["type"]
        else:
            remaining += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return remaining


def run_lrelease() -> None:
    for language in LANGUAGES:
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts_path(language)), "-qm", str(ts_path(language).with_suffix(".qm"))],
            check=True,
            capture_output=True,
        )


def unfinished(language: str) -> list[str]:
    tree = ET.parse(ts_path(language))
    return [s.text or "" for _m, s, t in messages(tree) if t.get("type") == "unfinished"]


def main() -> int:
    if "--check" in sys.argv:
        problems = 0
        for language in LANGUAGES:
            missing = unfinished(language)
            if missing:
                problems += 1
                print(f"{language}: {len(missing)} unfinished, e.g. {missing[:3]}")
        return 1 if problems else 0
    run_lupdate()
    for language in LANGUAGES:
        left = fill(language)
        print(f"{language}: {left} unfinished")
    run_lrelease()
    return 0


if __name__ == "__main__":
    sys.exit(main())
