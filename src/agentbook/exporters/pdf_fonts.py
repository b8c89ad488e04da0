"""The CJK font for PDFs: WenQuanYi Micro Hei, a TrueType collection reportlab can embed (subset).

Measured when choosing: reportlab cannot embed CFF/OpenType (Noto CJK fails), and its built-in
STSong-Light is not embedded, so readers without it print boxes. The same file serves the UI.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from agentbook.assets import FONT_FILE, asset_path

FONT = "WQYMicroHei"


@cache
def register_font() -> str:
    """Register once per process; returns the font name for styles."""
    pdfmetrics.registerFont(TTFont(FONT, str(asset_path(*FONT_FILE)), subfontIndex=0))
    return FONT
