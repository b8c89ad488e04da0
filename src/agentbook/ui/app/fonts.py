"""The shipped fonts, registered so Chinese renders on machines without a CJK system font and
rare characters in names (CJK Extensions A–F) render at all."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from agentbook.assets import FALLBACK_FAMILIES, FALLBACK_FONT_FILES, FONT_FAMILY, FONT_FILE, asset_path


def _register(parts: tuple[str, str], default: str) -> str:
    font_id = QFontDatabase.addApplicationFont(str(asset_path(*parts)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else default


def install_app_font(point_size: int = 10) -> str:
    """Register WenQuanYi Micro Hei and the HanaMin fallbacks and make them the application font
    (WenQuanYi first; Qt takes each character the first family has); returns the main family."""
    family = _register(FONT_FILE, FONT_FAMILY)
    fallbacks = [_register(parts, name) for parts, name in zip(FALLBACK_FONT_FILES, FALLBACK_FAMILIES, strict=True)]
    font = QFont(family, point_size)
    font.setFamilies([family, *fallbacks])
    font.setStyleHint(QFont.StyleHint.SansSerif)
    QGuiApplication.setFont(font)
    return family
