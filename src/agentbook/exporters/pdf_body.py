"""A sheet's sections as one flowable: laid out and split the way a frame would lay them out one by one.

A sheet is ten ruled sections and the signature lines. Handed to platypus one by one, each costs
the document template and the frame their per-flowable bookkeeping (space before and after,
background checks, the canvas state saved, moved and restored), about a tenth of a 1,000-sheet
batch. Stacked in one flowable they go through it once per page: a section that does not fit is
asked to split at the room left, exactly as the frame would ask it, and what is left starts the
next page. Sections draw with PDF literals only (``pdf_grid``), so moving them to their place is
one ``cm`` each and nothing of the canvas's own state needs saving.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.rl_accel import fp_str
from reportlab.platypus import Flowable

from agentbook.exporters.pdf_grid import Grid, Signatures

FUZZ = 1e-6  # the frame's own tolerance (platypus.frames._FUZZ)


class SheetBody(Flowable):
    """Sections drawn one under the other, without space between them."""

    def __init__(self, parts: Sequence[Flowable], width: float) -> None:
        super().__init__()
        self.parts = list(parts)
        self.width = width
        self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        self.height = sum(part.wrap(availWidth, availHeight)[1] for part in self.parts)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        used = 0.0
        for i, part in enumerate(self.parts):
            _, height = part.wrap(availWidth, availHeight - used)
            if used + height <= availHeight + FUZZ:
                used += height
                continue
            pieces = part.split(availWidth, availHeight - used) if availHeight - used > 0 else []
            if len(pieces) >= 2:
                head, *tail = pieces
                return [self._body([*self.parts[:i], head]), self._body([*tail, *self.parts[i + 1 :]])]
            if i == 0:
                return []  # nothing fits here: the frame moves the whole body on, as it would the section
            return [self._body(self.parts[:i]), self._body(self.parts[i:])]
        return [self]

    def _body(self, parts: Sequence[Flowable]) -> SheetBody:
        return SheetBody(parts, self.width)

    def draw(self) -> None:
        canv = self.canv
        y = self.height
        for part in self.parts:
            y -= part.height
            if isinstance(part, Grid | Signatures):
                part.canv = canv
                canv.addLiteral(f"q 1 0 0 1 0 {fp_str(y)} cm")
                part.draw()
                canv.addLiteral("Q")
                del part.canv
            else:
                part.drawOn(canv, 0, y)
