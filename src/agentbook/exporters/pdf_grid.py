"""The ruled table of the archive sheet: a section title, a shaded header row repeated on every
page the table runs over, wrapped cells, and label cells shaded like a paper form.

Why not reportlab's ``Table``: with a ``Paragraph`` in every cell (needed for wrapping) a typical
sheet took ~18 ms, and even plain-string cells ~4 ms, most of it per-cell bookkeeping. This
flowable lays its cells out once (``pdf_text.wrap``, remembered across a batch), splits only
between rows (or, for a single row taller than a quarter page, between lines), and draws each
table as one path of rules and one text object. That is what lets a batch reach hundreds of
sheets a second.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from agentbook.exporters.pdf_fonts import text_ops, text_width
from agentbook.exporters.pdf_text import wrap

FONT_SIZE = 8.0
LEADING = 10.2
PAD_X = 3.0
PAD_Y = 1.9
ASCENT = 0.765  # WenQuanYi Micro Hei's ascent in em; centres the glyphs in the line box
TITLE_SIZE = 10.0
TITLE_H = 17.0  # room above a table for its section title
BIG_ROW = 180.0  # a row taller than this may be split between its lines

INK = colors.HexColor("#1c2733")
RULE = colors.HexColor("#5d6974")
HEAD_FILL = colors.HexColor("#e3e9ef")
LABEL_FILL = colors.HexColor("#f3f5f7")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#6d7780")

Cell = tuple[tuple[float, str], ...]  # the lines of a cell, each with its offset from the cell's left edge
_layouts: dict[tuple[str, float, str], Cell] = {}


def _rgb(colour: colors.Color) -> tuple[float, float, float]:
    return colour.red, colour.green, colour.blue


def layout_cell(text: str, width: float, align: str) -> Cell:
    """*text* wrapped to a cell *width* wide (padding included) and aligned; remembered."""
    key = (text, width, align)
    cell = _layouts.get(key)
    if cell is None:
        inner = width - 2 * PAD_X
        lines = wrap(text, inner, FONT_SIZE)
        if align == "right":
            cell = tuple((width - PAD_X - text_width(line, FONT_SIZE), line) for line in lines)
        elif align == "center":
            cell = tuple(((width - text_width(line, FONT_SIZE)) / 2, line) for line in lines)
        else:
            cell = tuple((PAD_X, line) for line in lines)
        if len(_layouts) > 50_000:
            _layouts.clear()
        _layouts[key] = cell
    return cell


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its width in points and how its text sits in the cell."""

    width: float
    align: str = "left"  # left | center | right


class _Row(NamedTuple):
    """One laid-out row (a tuple: a sheet makes dozens of them, so they should cost no more)."""

    cells: tuple[Cell, ...]
    edges: tuple[float, ...]  # x of each cell's left edge, then the right edge of the last cell
    fills: tuple[colors.Color | None, ...]  # per cell
    height: float
    muted: bool = False

    def split_lines(self, keep: int) -> tuple[_Row, _Row]:
        """This row cut after *keep* lines; the rest continues as a row of its own."""
        first = tuple(cell[:keep] for cell in self.cells)
        rest = tuple(cell[keep:] for cell in self.cells)
        return (
            _Row(first, self.edges, self.fills, _height(first), self.muted),
            _Row(rest, self.edges, self.fills, _height(rest), self.muted),
        )


def _height(cells: Sequence[Cell]) -> float:
    return max(max(map(len, cells), default=1), 1) * LEADING + 2 * PAD_Y


# edges, widths, aligns and fills of a row with a given number of cells
_Shape = tuple[tuple[float, ...], tuple[float, ...], tuple[str, ...], tuple[colors.Color | None, ...]]


def _shape(
    columns: Sequence[Column], fills: Sequence[colors.Color | None], count: int, align: str | None = None
) -> _Shape:
    """Where the cells of a row of *count* texts go; a row with fewer cells than columns lets its
    last cell span the rest (and sets it left)."""
    edges = [0.0]
    for i in range(count - 1):
        edges.append(edges[-1] + columns[i].width)
    edges.append(sum(c.width for c in columns))
    spans = count < len(columns)
    aligns = tuple(align or ("left" if spans and i == count - 1 else columns[i].align) for i in range(count))
    widths = tuple(edges[i + 1] - edges[i] for i in range(count))
    return tuple(edges), widths, aligns, tuple(fills[:count])


_shapes: dict[tuple[int, tuple[int, ...], int, bool], tuple[tuple[Column, ...], _Shape]] = {}


def _shape_of(columns: tuple[Column, ...], labels: tuple[int, ...], count: int, *, head: bool = False) -> _Shape:
    """``_shape`` of a body row (label cells shaded) or of the header row (all shaded, centred),
    remembered by the columns' identity: a sheet's sections pass the same column tuples every time."""
    key = (id(columns), labels, count, head)
    found = _shapes.get(key)
    if found is not None and found[0] is columns:  # the tuple is held below, so its id is not reused
        return found[1]
    if head:
        shape = _shape(columns, [HEAD_FILL] * len(columns), count, "center")
    else:
        shape = _shape(columns, [LABEL_FILL if i in labels else None for i in range(len(columns))], count)
    if len(_shapes) > 1_000:
        _shapes.clear()
    _shapes[key] = (columns, shape)
    return shape


def _make_row(texts: Sequence[str], shape: _Shape, *, muted: bool = False) -> _Row:
    """Lay *texts* out in the cells of *shape*."""
    edges, widths, aligns, fills = shape
    cells = tuple(map(layout_cell, texts, widths, aligns))
    return _Row(cells, edges, fills, _height(cells), muted)


class Grid(Flowable):
    """A titled, ruled table; see the module docstring for why it is not ``Table``."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Iterable[Sequence[str]],
        *,
        title: str = "",
        note: str = "",
        header: Sequence[str] | None = None,
        label_cells: Iterable[int] = (),
        empty: str = "无记录",
    ) -> None:
        super().__init__()
        self.columns = tuple(columns)
        self.width = sum(c.width for c in self.columns)
        labels = tuple(label_cells)
        self.head: _Row | None = None
        if header:
            self.head = _make_row(header, _shape_of(self.columns, labels, len(header), head=True))
        self.rows = [_make_row(texts, _shape_of(self.columns, labels, len(texts))) for texts in rows]
        if not self.rows:  # say so, in a box where the table would be
            self.rows = [_make_row([empty], _shape((Column(self.width),), [None], 1, "center"), muted=True)]
            self.head = None
        self.title = title + note  # the note ("（共 8 份）") is left off the continuation's title
        self.continued = f"{title}（续）" if title else ""
        self._measure()

    @classmethod
    def _part(cls, whole: Grid, rows: list[_Row], title: str) -> Grid:
        part = cls.__new__(cls)
        Flowable.__init__(part)
        part.columns, part.width, part.head = whole.columns, whole.width, whole.head
        part.rows, part.title, part.continued = rows, title, whole.continued
        part._measure()
        return part

    def _measure(self) -> None:
        self._fixed = (TITLE_H if self.title else 0.0) + (self.head.height if self.head else 0.0)
        self.height = self._fixed + sum(r.height for r in self.rows)

    # --- Platypus protocol ---------------------------------------------------------------
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        room = availHeight - self._fixed
        used, fit = 0.0, 0
        for row in self.rows:
            if used + row.height > room + 1e-6:
                break
            used += row.height
            fit += 1
        if fit == len(self.rows):
            return [self]
        if fit == 0:
            first = self.rows[0]
            keep = int((room - 2 * PAD_Y) // LEADING)
            if first.height <= BIG_ROW or keep < 3 or first.muted:
                return []  # the row moves whole to the next page
            top, rest = first.split_lines(keep)
            return [Grid._part(self, [top], self.title), Grid._part(self, [rest, *self.rows[1:]], self.continued)]
        return [
            Grid._part(self, self.rows[:fit], self.title),
            Grid._part(self, self.rows[fit:], self.continued),
        ]

    def draw(self) -> None:
        """Title, fills, rules and text as one literal: one path for the rules, in which a column
        rule runs unbroken down the rows that share it, and one text object per colour."""
        doc = self.canv._doc
        top = self.height
        width = self.width
        out: list[str] = []
        ops = ["q"]
        if self.title:
            r, g, b = _rgb(ACCENT)
            out.append(text_ops(doc, [(6.5, top - TITLE_H + 4.6, self.title)], TITLE_SIZE, (r, g, b)))
            ops.append(f"{r:.3f} {g:.3f} {b:.3f} rg 0 {top - TITLE_H + 3.6:.2f} 2.6 {TITLE_SIZE + 0.4:.2f} re f")
            top -= TITLE_H
        rows = [self.head, *self.rows] if self.head else self.rows
        fills: dict[int, tuple[colors.Color, list[str]]] = {}  # by identity: a Color hashes in Python
        rules: list[str] = []
        ink: list[tuple[float, float, str]] = []
        muted: list[tuple[float, float, str]] = []
        drop = (LEADING - FONT_SIZE) / 2 + ASCENT * FONT_SIZE + 0.4
        running: dict[float, float] = {}  # column rules being drawn: x → the y they started at
        edges: tuple[float, ...] = ()
        y = top
        for row in rows:
            height = row.height
            bottom = y - height
            rules.append(f"0 {y:.2f} m {width:.2f} {y:.2f} l")
            if row.edges is not edges:
                edges = row.edges
                inner = edges[1:-1]
                for x in [x for x in running if x not in inner]:
                    rules.append(f"{x:.2f} {running.pop(x):.2f} m {x:.2f} {y:.2f} l")
                for x in inner:
                    running.setdefault(x, y)
            texts = muted if row.muted else ink
            for i, cell in enumerate(row.cells):
                left = edges[i]
                fill = row.fills[i]
                if fill is not None:
                    fills.setdefault(id(fill), (fill, []))[1].append(
                        f"{left:.2f} {bottom:.2f} {edges[i + 1] - left:.2f} {height:.2f} re"
                    )
                line_y = y - (height - len(cell) * LEADING) / 2 - drop
                for dx, line in cell:
                    if line:
                        texts.append((left + dx, line_y, line))
                    line_y -= LEADING
            y = bottom
        for x, start in running.items():
            rules.append(f"{x:.2f} {start:.2f} m {x:.2f} {y:.2f} l")
        for fill, rects in fills.values():
            r, g, b = _rgb(fill)
            ops += [f"{r:.3f} {g:.3f} {b:.3f} rg", *rects, "f"]
        r, g, b = _rgb(RULE)
        ops += [f"{r:.3f} {g:.3f} {b:.3f} RG 0.45 w", *rules, "S"]
        ops += [f"0.9 w 0 {y:.2f} {width:.2f} {top - y:.2f} re S", "Q"]
        out.append("\n".join(ops))
        if ink:
            out.append(text_ops(doc, ink, FONT_SIZE, _rgb(INK)))
        if muted:
            out.append(text_ops(doc, muted, FONT_SIZE, _rgb(MUTED)))
        self.canv.addLiteral("\n".join(out))


class TextBlock(Grid):
    """A titled box of free text (remarks, consent) that wraps and splits like a one-column grid."""

    def __init__(self, width: float, text: str, *, title: str, empty: str = "无") -> None:
        super().__init__([Column(width)], [[text]] if text.strip() else [], title=title, empty=empty)


class Signatures(Flowable):
    """The closing lines of the form: the customer's confirmation and three signature fields."""

    def __init__(self, width: float, statement: str) -> None:
        super().__init__()
        self.width = width
        self.height = 19 * mm
        self.statement = statement

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        """The statement and labels as one text object and the three lines as one path, drawn
        like the grids' (the canvas's own ``drawString`` costs several times as much)."""
        base = 8.0
        runs = [(0.0, self.height - 11, self.statement)]
        rules = []
        for label, at in (("客户签字：", 0.0), ("经办人：", 0.37), ("日期：", 0.70)):
            x = at * self.width
            runs.append((x, base, label))
            start, end = x + text_width(label, 9) + 2, min(x + 0.29 * self.width, self.width)
            rules.append(f"{fp_str(start, base - 2)} m {fp_str(end, base - 2)} l")
        r, g, b = _rgb(INK)
        lines = "\n".join([f"q {r:.3f} {g:.3f} {b:.3f} RG 0.6 w", *rules, "S Q"])
        self.canv.addLiteral(text_ops(self.canv._doc, runs, 9, (r, g, b)) + "\n" + lines)
