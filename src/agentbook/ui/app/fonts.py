"""The shipped CJK font, registered so Chinese renders on machines without a CJK system font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from agentbook.assets import FONT_FAMILY, FONT_FILE, asset_path


def install_app_font(point_size: int = 10) -> str:
    """Register WenQuanYi Micro Hei and make it the application font; returns the family used."""
    font_id = QFontDatabase.addApplicationFont(str(asset_path(*FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else FONT_FAMILY
    font = QFont(family, point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    QGuiApplication.setFont(font)
    return family
