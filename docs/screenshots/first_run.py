#!/usr/bin/env python3
"""Regenerate the first-run and About screenshots offscreen: ``python docs/screenshots/first_run.py``.

Walks the real first-run wizard on a throw-away archive (key held by an in-memory keyring) and
saves ``first_run.png``: four of its pages side by side (language, location, empty or demo, where
the key lives). ``--pages DIR`` also keeps a PNG of every page and of the About dialog's two tabs,
for looking at each one.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=Path, help="also save every page here")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    from agentbook.app import make_application
    from agentbook.store.keys.memory_keyring import MemoryKeyring
    from agentbook.store.keys.vault import KeyringInfo, KeyVault
    from agentbook.ui.app.about_dialog import AboutDialog
    from agentbook.ui.first_run.wizard import FirstRunWizard, create_archive
    from agentbook.ui.i18n import Translation

    class DesktopVault(KeyVault):
        """Keeps the key in memory but names the keyring a Linux desktop has (GNOME Keyring)."""

        def info(self) -> KeyringInfo:
            return KeyringInfo("keyring.backends.SecretService.Keyring", True)

    app = make_application(["first_run"])
    translation = Translation()
    translation.apply("zh_CN")
    with tempfile.TemporaryDirectory() as folder:
        vault = DesktopVault(MemoryKeyring())
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        # The default path as an agent on Linux sees it, not this machine's or the temp folder's.
        shown_path = Path("/home/wang/.local/share/agentbook/agentbook.db")
        wizard = FirstRunWizard(
            shown_path, vault, translation, settings, demo=False, create=lambda c: create_archive(c, vault, 0)
        )
        wizard.show()
        grabs = {}
        while True:
            app.processEvents()
            page_id = wizard.currentId()
            if page_id == wizard.PAGE_LOCATION:
                grabs[page_id] = wizard.grab()
                wizard.location.path.setText(str(Path(folder) / "agentbook.db"))  # created here, for real
            if page_id == wizard.PAGE_IDENTITY:
                wizard.identity.agency.setText("平安路营业部")
                wizard.identity.agent.setText("王小明")
            if page_id == wizard.PAGE_KEY:  # the recovery key page (a keyring exists here)
                panel = getattr(wizard.key, "panel", None)
                (panel.stored if panel is not None else wizard.key.fallback.understood).setChecked(True)
                app.processEvents()
            grabs.setdefault(page_id, wizard.grab())
            if args.pages:
                args.pages.mkdir(parents=True, exist_ok=True)
                grabs[page_id].save(str(args.pages / f"first_run_{page_id}.png"))
            if page_id == wizard.PAGE_KEY:
                break
            wizard.next()
        store = wizard.store
        wizard.accept()

        chosen = [grabs[i] for i in (wizard.PAGE_WELCOME, wizard.PAGE_LOCATION, wizard.PAGE_DATA, wizard.PAGE_KEY)]
        w, h, gap = chosen[0].width(), chosen[0].height(), 12
        sheet = QImage(2 * w + 3 * gap, 2 * h + 3 * gap, QImage.Format.Format_RGB32)
        sheet.fill(QColor("#d5dbe1"))
        painter = QPainter(sheet)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for index, pixmap in enumerate(chosen):
            x, y = gap + (index % 2) * (w + gap), gap + (index // 2) * (h + gap)
            painter.drawPixmap(x, y, pixmap.scaled(w, h, Qt.AspectRatioMode.KeepAspectRatio))
        painter.end()
        sheet.save(str(HERE / "first_run.png"))

        if args.pages:
            about = AboutDialog(store, vault=vault)
            about.show()
            for tab in range(about.tabs.count()):
                about.tabs.setCurrentIndex(tab)
                app.processEvents()
                about.grab().save(str(args.pages / f"about_{tab}.png"))
            about.close()
        store.close()
    print(f"first_run.png: {(HERE / 'first_run.png').stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
