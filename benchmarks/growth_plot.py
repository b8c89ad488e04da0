"""The growth table as a picture: time against archive size, both axes logarithmic.

On such axes a cost that grows as nᵏ is a straight line of slope k, so a line steeper than the
dotted "linear" guide grows faster than the archive, and a flat one does not grow at all: the
exponents of the table, seen at a glance. Drawn with Qt (``QImage`` and ``QPainter``), which the
app already ships, rather than adding a plotting library for one picture.

``python -m benchmarks.growth_plot`` draws it again from the last run's per-size reports in
``benchmarks/results/growth-<size>.json``.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import sys
from pathlib import Path
from typing import Any

from benchmarks import growth

PICTURE = Path(__file__).resolve().parent / "growth.png"
RESULTS_DIR = Path(__file__).resolve().parent / "results"

# The rows drawn: what the user waits for, one line each (the table has every row).
DRAWN = (
    "cold start to first page",
    "unlock (keyring + open + first page)",
    "search as you type (store): p95",
    "search as you type (customer tab model): p95",
    "search while Today computes (store): p95",
    "tab open: payments",
    "row count in background: payments",
    "customer 360 view (widgets)",
    "Today view (every list's 200 most pressing items and exact counts)",
    "query mix (SQLCipher)",
    "backup of the whole database (verified)",
    "Excel export of all customers",
)
COLOURS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939",
)  # fmt: skip
WIDTH, HEIGHT = 1400, 820
LEFT, RIGHT, TOP, BOTTOM = 90, 560, 60, 80  # the plot's margins; the legend stands on the right
FLOOR_MS = 0.01  # figures below it (a kept count read by its key) sit on the bottom edge


def _ms(value: float, unit: str) -> float:
    return value * 1000 if unit == "s" else value


def series(runs: list[dict[str, Any]]) -> list[tuple[str, list[tuple[int, float]]]]:
    """(row name, [(customers, milliseconds) by size]) for each drawn row the runs hold."""
    found = {row["name"]: row for row in growth.rows(runs)}
    out = []
    for name in DRAWN:
        row = found.get(name)
        if row is None:
            continue
        points = [
            (entry["customers"], max(FLOOR_MS, _ms(entry["median"], row["unit"])))
            for entry in row["by_size"].values()
            if entry["median"]
        ]
        if len(points) >= 2:
            out.append((name, sorted(points)))
    return out


def draw(runs: list[dict[str, Any]], target: Path = PICTURE) -> Path:
    """Draw the drawn rows of *runs* (per-size reports, as ``run_growth`` keeps them) to *target*."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

    _app = QGuiApplication.instance() or QGuiApplication(["growth-plot"])  # fonts need an application
    lines = series(runs)
    if not lines:
        raise ValueError("no row has figures at two sizes")
    sizes = sorted({n for _, points in lines for n, _ in points})
    low = min(t for _, points in lines for _, t in points)
    high = max(t for _, points in lines for _, t in points)
    x0, x1 = math.log10(sizes[0]), math.log10(sizes[-1])
    y0, y1 = math.floor(math.log10(low)), math.ceil(math.log10(high))
    if x1 == x0:
        x1 = x0 + 1
    area = QRectF(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM)

    def at(n: float, ms: float) -> QPointF:
        x = area.left() + (math.log10(n) - x0) / (x1 - x0) * area.width()
        y = area.bottom() - (math.log10(ms) - y0) / (y1 - y0) * area.height()
        return QPointF(x, y)

    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont()
        font.setPixelSize(15)
        painter.setFont(font)
        painter.setPen(QPen(QColor("#dddddd"), 1))
        for decade in range(y0, y1 + 1):
            y = at(sizes[0], 10.0**decade).y()
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(QColor("#333333"))
            label = f"{10.0**decade:g} ms" if decade < 3 else f"{10.0 ** (decade - 3):g} s"
            painter.drawText(QRectF(0, y - 10, LEFT - 8, 20), Qt.AlignmentFlag.AlignRight, label)
            painter.setPen(QPen(QColor("#dddddd"), 1))
        for n in sizes:
            x = at(n, 10.0**y0).x()
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
            painter.setPen(QColor("#333333"))
            painter.drawText(QRectF(x - 80, area.bottom() + 8, 160, 20), Qt.AlignmentFlag.AlignHCenter, f"{n:,}")
            painter.setPen(QPen(QColor("#dddddd"), 1))
        painter.setPen(QColor("#333333"))
        painter.drawText(
            QRectF(area.left(), area.bottom() + 36, area.width(), 24),
            Qt.AlignmentFlag.AlignHCenter,
            "customers in the archive (log scale)",
        )
        title = "How each cost grows with the archive (median; p95 where named; log-log: slope = growth exponent)"
        painter.drawText(QRectF(LEFT, 16, WIDTH - LEFT, 28), Qt.AlignmentFlag.AlignLeft, title)
        painter.drawRect(area)
        # The linear guide: slope 1 from the middle of the lowest decade at the smallest size.
        guide = QPen(QColor("#888888"), 1.5, Qt.PenStyle.DotLine)
        painter.setPen(guide)
        start = 10.0 ** (y0 + 0.5)
        painter.drawLine(at(sizes[0], start), at(sizes[-1], start * sizes[-1] / sizes[0]))
        legend_y = TOP
        for (name, points), colour in zip(lines, COLOURS, strict=False):
            pen = QPen(QColor(colour), 2.5)
            painter.setPen(pen)
            painter.setBrush(QColor(colour))
            spots = [at(n, t) for n, t in points]
            for a, b in itertools.pairwise(spots):
                painter.drawLine(a, b)
            for spot in spots:
                painter.drawEllipse(spot, 4, 4)
            grow = growth.exponent(points[-2][1], points[-1][1], points[-2][0], points[-1][0])
            text = f"{name}  ({growth._exp(grow)} at the last step)"
            painter.drawLine(QPointF(WIDTH - RIGHT + 20, legend_y + 10), QPointF(WIDTH - RIGHT + 50, legend_y + 10))
            painter.setPen(QColor("#222222"))
            box = QRectF(WIDTH - RIGHT + 58, legend_y, RIGHT - 70, 200)
            used = painter.boundingRect(box, Qt.TextFlag.TextWordWrap, text)
            painter.drawText(box, Qt.TextFlag.TextWordWrap, text)
            legend_y += used.height() + 8
        painter.setPen(guide)
        painter.drawLine(QPointF(WIDTH - RIGHT + 20, legend_y + 10), QPointF(WIDTH - RIGHT + 50, legend_y + 10))
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(WIDTH - RIGHT + 58, legend_y, RIGHT - 64, 24), 0, "linear growth (slope 1)")
    finally:
        painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise OSError(f"could not write {target}")
    return target


def stored_runs(results_dir: Path = RESULTS_DIR) -> list[dict[str, Any]]:
    """The last growth run's per-size reports, smallest size first."""
    runs = [json.loads(p.read_text("utf-8")) for p in results_dir.glob("growth-*.json")]
    return sorted(runs, key=lambda run: run["size"])


def main(argv: list[str] | None = None) -> int:
    del argv
    runs = stored_runs()
    if len(runs) < 2:
        print(f"no growth run with two sizes in {RESULTS_DIR}: run `python -m benchmarks.run --sizes …` first")
        return 1
    print(draw(runs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
