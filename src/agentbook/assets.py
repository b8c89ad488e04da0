"""Finding shipped files (fonts, translations, icons, forms) wherever agentbook runs from.

Three layouts exist: a source checkout (``resources/`` at the repository root), an installed
wheel (``agentbook/resources`` inside the package) and a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _candidates(top: str) -> list[Path]:
    bases = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        bases += [Path(frozen) / "agentbook" / top, Path(frozen) / top]
    bases += [_PACKAGE / top, _PACKAGE.parents[1] / top]
    return bases


def asset_path(*parts: str) -> Path:
    """The path of ``resources/<parts…>``; raises FileNotFoundError naming where it looked."""
    return _find("resources", parts)


def form_path(*parts: str) -> Path:
    """The path of ``forms/<parts…>`` (Designer files, shipped for reference and tests)."""
    return _find("forms", parts)


def _find(top: str, parts: tuple[str, ...]) -> Path:
    tried = []
    for base in _candidates(top):
        path = base.joinpath(*parts)
        if path.exists():
            return path
        tried.append(str(path))
    raise FileNotFoundError(f"{'/'.join(parts)} not found in: {', '.join(tried)}")


FONT_FILE = ("fonts", "wqy-microhei.ttc")
FONT_FAMILY = "WenQuanYi Micro Hei"
# Rare characters (CJK Extensions A–F, compatibility ideographs) the main font lacks, in order of
# preference: HanaMin from GlyphWiki (packaging/fallback_font.py, resources/fonts/HANAZONO-LICENSE.txt).
FALLBACK_FONT_FILES = (("fonts", "HanaMinA-rare.ttf"), ("fonts", "HanaMinB.ttf"))
FALLBACK_FAMILIES = ("HanaMinA", "HanaMinB")
