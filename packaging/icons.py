#!/usr/bin/env python3
"""Render the app icon into every file a platform wants: ``python packaging/icons.py``.

``resources/icons/agentbook.svg`` is the one drawing (``agentbook-small.svg`` is the same
picture with fewer, thicker strokes for 16–32 px, where the large one turns to mush). From
them this script writes:

- ``agentbook-<size>.png`` for 16…512 px: the window icon (``ui/app/icons.py``) and the Linux
  hicolor theme (``packaging/linux/install.sh``);
- ``agentbook.ico`` (Windows: executable, installer, shortcuts) and ``agentbook.icns`` (macOS
  ``.app``), assembled by Pillow, which reportlab already brings in.

The outputs are committed, so building the bundle needs neither this script nor Qt's SVG renderer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_UP_TO = 32
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"agentbook-{size}.png"


def render_pngs() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        source = ICONS / ("agentbook-small.svg" if size <= SMALL_UP_TO else "agentbook.svg")
        renderer = QSvgRenderer(str(source))
        if not renderer.isValid():
            raise SystemExit(f"cannot read {source}")
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        if not image.save(str(png_path(size)), "PNG"):
            raise SystemExit(f"cannot write {png_path(size)}")


def write_ico_and_icns() -> None:
    from PIL import Image

    images = {size: Image.open(png_path(size)).convert("RGBA") for size in SIZES}
    # Pillow scales the largest image down for each ICO size; hand it the crisp small ones instead.
    largest = images[max(ICO_SIZES)]
    largest.save(
        ICONS / "agentbook.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    images[512].save(ICONS / "agentbook.icns", format="ICNS", append_images=[images[s] for s in (16, 32, 64, 128, 256)])


def main() -> int:
    ICONS.mkdir(parents=True, exist_ok=True)
    render_pngs()
    write_ico_and_icns()
    total = sum(p.stat().st_size for p in ICONS.iterdir())
    print(f"icons written to {ICONS.relative_to(ROOT)} ({total // 1024} KiB in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
