"""The application icon, from the PNGs rendered by ``packaging/icons.py`` (no SVG plugin needed)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from agentbook.assets import asset_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Every size of the icon, so title bars, task bars and Alt-Tab each get a crisp one."""
    icon = QIcon()
    for size in ICON_SIZES:
        try:
            icon.addFile(str(asset_path("icons", f"agentbook-{size}.png")))
        except FileNotFoundError:  # an incomplete checkout still starts, with the platform's default icon
            continue
    return icon
