"""The CJK font of the printed sheets: registered with reportlab once per process, measured, and
drawn fast.

WenQuanYi Micro Hei is a TrueType collection, which reportlab can embed as a subset: the PDF
carries the glyphs it uses and prints the same on any machine. (reportlab cannot embed CFF/OpenType
outlines such as Noto CJK, and its built-in ``STSong-Light`` is not embedded at all, so a reader
without that font prints boxes.) The same file is the UI's font (``ui/app/fonts.py``).

Names hold characters WenQuanYi lacks (𠮷 and 𡘙 of CJK Extension B, 䶮 of Extension A): text
is split into runs by the first font that has each character — WenQuanYi, then the HanaMin
fallbacks, registered only when a document first needs them. A character no font has is drawn
as 〓 (the geta mark typesetters use for a missing glyph), never left out; ``missing_glyphs``
tells the app which characters those are before a record is saved.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from agentbook.assets import FALLBACK_FONT_FILES, FONT_FILE, asset_path
from agentbook.exporters.pdf_font_cache import SheetFont

FONT = "WQYMicroHei"
FALLBACK_FONTS = ("HanaMinA-rare", "HanaMinB")
MISSING_MARK = "\u3013"  # 〓
_lock = threading.Lock()
_widths: dict[int, float] = {}  # main font first, then what the fallbacks add once loaded
_main_codes: set[int] = set()
_main_chars: set[str] = set()  # the same, as characters: a whole string is checked in one set call
_fallback_codes: list[tuple[str, frozenset[int]]] = []
_width_cache: dict[tuple[str, float], float] = {}
_runs_cache: dict[str, list[tuple[str, str]]] = {}
# per PDF document: text → its (subset font name, operator) pairs; gone with the document
_shown: WeakKeyDictionary = WeakKeyDictionary()


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
            _main_codes.update(widths)
            _main_chars.update(map(chr, widths))
            widths[-1] = float(font.face.defaultWidth)
            _widths.update(widths)
    return FONT


def _fallbacks() -> list[tuple[str, frozenset[int]]]:
    """Register the fallback fonts on first need (0.1 s together); their names and coverage."""
    if _fallback_codes:
        return _fallback_codes
    pdf_font()
    with _lock:
        if not _fallback_codes:
            loaded = []
            for name, parts in zip(FALLBACK_FONTS, FALLBACK_FONT_FILES, strict=True):
                font = SheetFont(name, str(asset_path(*parts)))
                pdfmetrics.registerFont(font)
                codes = frozenset(c for c in font.face.charWidths if c not in _main_codes)
                for code in codes:
                    _widths.setdefault(code, float(font.face.charWidths[code]))
                loaded.append((name, codes))
            _fallback_codes.extend(loaded)
    return _fallback_codes


def _plain(text: str) -> bool:
    """Whether the main font has every character of *text* (nearly always)."""
    return text.isascii() or _main_chars.issuperset(text)


def font_runs(text: str) -> list[tuple[str, str]]:
    """*text* as (font name, piece) runs, each character in the first font that has it; one no
    font has becomes ``MISSING_MARK`` in the main font."""
    pdf_font()
    if _plain(text):
        return [(FONT, text)]
    runs = _runs_cache.get(text)
    if runs is not None:
        return runs
    fallbacks = _fallbacks()
    runs = []
    for ch in text:
        code = ord(ch)
        name = FONT if code in _main_codes else next((n for n, codes in fallbacks if code in codes), None)
        if name is None:
            name, ch = FONT, MISSING_MARK
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + ch)
        else:
            runs.append((name, ch))
    if len(_runs_cache) > 10_000:
        _runs_cache.clear()
    _runs_cache[text] = runs
    return runs


def missing_glyphs(text: str) -> list[str]:
    """The characters of *text* that no shipped font can draw, in order, each once (controls and
    whitespace aside: they draw nothing anyway)."""
    pdf_font()
    if _plain(text):
        return []
    covered = [codes for _n, codes in _fallbacks()]
    found: dict[str, None] = {}
    for ch in text:
        code = ord(ch)
        if ch.isspace() or code < 0x20 or code in _main_codes or any(code in c for c in covered):
            continue
        found.setdefault(ch, None)
    return list(found)


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
        font = pdf_font()
        if _plain(text):
            width = pdfmetrics.stringWidth(text, font, size)
        else:
            width = sum(pdfmetrics.stringWidth(piece, name, size) for name, piece in font_runs(text))
        _width_cache[key] = width
    return width


def show_text(canv: Canvas, runs: Iterable[tuple[float, float, str]], size: float, rgb: tuple[float, ...]) -> None:
    """Draw many short strings, each at its own (x, y), as one PDF text object.

    These are the operators ``canvas.drawString`` writes (subset font selection, ``Tj``) without
    the per-call bookkeeping of reportlab's text object, which was a quarter of a sheet's time.
    Bracketed by ``q``/``Q`` so the canvas's idea of the current colour stays true.
    """
    canv.addLiteral(text_ops(canv._doc, runs, size, rgb))


def text_ops(doc: object, runs: Iterable[tuple[float, float, str]], size: float, rgb: tuple[float, ...]) -> str:
    """The operators ``show_text`` adds to a page, for a caller that places them itself."""
    shown = _shown.get(doc)
    if shown is None:
        shown = _shown[doc] = {}
    font_size = f" {size:g} Tf\n"
    out = [f"q BT {rgb[0]:.3f} {rgb[1]:.3f} {rgb[2]:.3f} rg"]
    append = out.append
    current = ""
    for x, y, text in runs:
        pieces = shown.get(text)
        if pieces is None:
            pieces = shown[text] = _pieces(text, doc)
        if len(pieces) == 1:  # nearly every string: one font subset, one operator
            name, operator = pieces[0]
            if name == current:
                append(f"1 0 0 1 {x:.2f} {y:.2f} Tm\n{operator}")
            else:
                append(f"1 0 0 1 {x:.2f} {y:.2f} Tm\n{name}{font_size}{operator}")
                current = name
            continue
        append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        for name, operator in pieces:
            if name != current:
                append(f"{name}{font_size}{operator}")
                current = name
            else:
                append(operator)
    append("ET Q")
    return "\n".join(out)


def _pieces(text: str, doc: object) -> tuple[tuple[str, str], ...]:
    """*text* as (subset font name, ``Tj`` operator) pairs in *doc*: what ``show_text`` writes for
    it, worked out once per document (a batch repeats labels, dates and amounts on every sheet)."""
    main = pdfmetrics.getFont(pdf_font())
    if text.isascii() and text.isprintable() and _ascii_in_place(main):
        # Policy numbers, dates and amounts: printable ASCII is code for code in the first subset.
        return ((main.subset_name(doc, 0), f"({escapePDF(text.encode('ascii'))}) Tj"),)
    out: list[tuple[str, str]] = []
    for font_name, piece in [(FONT, text)] if _plain(text) else font_runs(text):
        font = main if font_name == FONT else pdfmetrics.getFont(font_name)
        out.extend((font.subset_name(doc, subset), operator) for subset, operator in font.encode(piece, doc))
    return tuple(out)


@functools.cache
def _ascii_in_place(font: SheetFont) -> bool:
    """Whether reportlab gives *font* printable ASCII as itself in subset 0 of every document (it
    does when the font has those characters and "ASCII readable" subsets are on, the default)."""
    readable = font._asciiReadable if font._asciiReadable is not None else rl_config.ttfAsciiReadable
    return bool(readable) and all(code in font.face.charToGlyph for code in range(32, 127))
