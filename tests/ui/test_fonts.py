"""The application font: WenQuanYi first, the HanaMin fallbacks for rare characters in names."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics, QGuiApplication, QImage
from PySide6.QtWidgets import QLabel


def test_rare_characters_have_a_glyph_in_the_application_font(qapp_font, qtbot):
    assert QGuiApplication.font().families() == ["WenQuanYi Micro Hei", "HanaMinA", "HanaMinB"]
    metrics = QFontMetrics(QGuiApplication.font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "𠮷𡘙䶮王")


def test_a_rare_character_draws_ink_not_a_box(qapp_font, qtbot):
    """𠮷 (U+20BB7) and 吉 differ in one stroke's length; a missing glyph draws an empty box, so
    the two renderings must differ from each other and from the box Qt draws for U+31350."""

    def render(text: str) -> bytes:
        label = QLabel(text)
        qtbot.addWidget(label)
        label.resize(60, 30)
        image = QImage(label.size(), QImage.Format.Format_RGB32)
        image.fill(0xFFFFFF)
        label.render(image)
        return bytes(image.constBits())

    rare, common, missing = render("𠮷"), render("吉"), render("\U00031350")
    assert rare != common and rare != missing
