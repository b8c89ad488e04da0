"""The CJK font of the printed sheets: registered with reportlab once per process, measured, and
drawn fast.

WenQuanYi Micro Hei is a TrueType collection, which reportlab can embed as a subset: the PDF
carries the glyphs it uses and prints the same on any machine. (reportlab cannot embed CFF/OpenType
outlines such as Noto CJK, and its built-in ``STSong-Light`` is not embedded at all, so a reader
without that font prints boxes.) The same file is the UI's font (``ui/app/fonts.py``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from agentbook.assets import FONT_FILE, asset_path
from agentbook.exporters.pdf_font_cache import SheetFont

FONT = "WQYMicroHei"
_lock = threading.Lock()
_widths: dict[int, float] = {}
_width_cache: dict[tuple[str, float], float] = {}


def pdf_font() -> str:
    """Register the font on first use (parsing the 5 MB collection takes ~0.2 s) and return its name.

    Safe to call from the batch worker thread and the GUI thread at once. This is the only place
    the font file is registered: reportlab binds each typeface to the first font object registered
    for it, so a plain ``TTFont`` of the same file registered elsewhere would silently stand in for
    ``SheetFont`` under our name (and lack ``encode``). The check below makes that mistake loud.
    """
    if _widths:
        return FONT
    with _lock:
        if not _widths:
            font = SheetFont(FONT, str(asset_path(*FONT_FILE)), subfontIndex=0)
            pdfmetrics.registerFont(font)
            if pdfmetrics.getFont(FONT) is not font:
                raise RuntimeError(f"{FONT_FILE[-1]} was registered with reportlab outside pdf_fonts.pdf_font()")
            widths = {code: float(w) for code, w in font.face.charWidths.items()}
            widths[-1] = float(font.face.defaultWidth)
            _widths.update(widths)
    return FONT


register_font = pdf_font  # the name the first version of this module used (benchmarks/measures.py)


def prepare_document(doc: object) -> None:
    """Start a PDF document's use of the font with the fixed alphabet (see ``pdf_font_cache``)."""
    font = pdfmetrics.getFont(pdf_font())
    if isinstance(font, SheetFont):
        font.seed(doc)


def glyph_widths() -> dict[int, float]:
    """Advance widths in 1/1000 em by code point (key -1 holds the default), for line breaking."""
    pdf_font()
    return _widths


def text_width(text: str, size: float) -> float:
    """Width of *text* in points at *size*, remembered: labels, dates and amounts repeat on every
    sheet of a batch."""
    key = (text, size)
    width = _width_cache.get(key)
    if width is None:
        if len(_width_cache) > 50_000:
            _width_cache.clear()
        width = _width_cache[key] = pdfmetrics.stringWidth(text, pdf_font(), size)
    return width


def show_text(canv: Canvas, runs: Iterable[tuple[float, float, str]], size: float, rgb: tuple[float, ...]) -> None:
    """Draw many short strings, each at its own (x, y), as one PDF text object.

    These are the operators ``canvas.drawString`` writes (subset font selection, ``Tj``) without
    the per-call bookkeeping of reportlab's text object, which was a quarter of a sheet's time.
    Bracketed by ``q``/``Q`` so the canvas's idea of the current colour stays true.
    """
    font = pdfmetrics.getFont(pdf_font())
    doc = canv._doc
    names: dict[int, str] = {}
    out = [f"q BT {rgb[0]:.3f} {rgb[1]:.3f} {rgb[2]:.3f} rg"]
    current = -1
    for x, y, text in runs:
        out.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        for subset, shown in font.encode(text, doc):
            if subset != current:
                name = names.get(subset)
                if name is None:
                    name = names[subset] = font.subset_name(doc, subset)
                out.append(f"{name} {size:g} Tf")
                current = subset
            out.append(shown)
    out.append("ET Q")
    canv.addLiteral("\n".join(out))
