#!/usr/bin/env python3
"""Regenerate the README screenshots offscreen: ``python docs/screenshots/capture.py``.

Builds a throw-away demo archive in a temp folder (key held by an in-memory keyring), opens
the real windows with the shipped font and saves PNGs next to this file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))


def settle(app: QApplication) -> None:  # noqa: F821 - imported lazily
    from PySide6.QtCore import QThreadPool

    for _ in range(3):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone()
    app.processEvents()


def save_small(pixmap: QPixmap, path: Path) -> None:  # noqa: F821 - imported lazily
    """Screens are mostly flat colour: a 256-colour palette keeps them sharp and small."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    try:
        from PIL import Image
    except ImportError:  # Pillow is a development convenience here; Qt's own palette works too
        image = pixmap.toImage().convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.AvoidDither)
        image.save(str(path), "PNG")
        return
    raw = HERE / (path.stem + ".tmp.png")
    pixmap.save(str(raw), "PNG")
    with Image.open(raw) as full:
        full.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
            path, optimize=True
        )
    raw.unlink()


def main() -> None:
    from PySide6.QtCore import QSettings

    from agentbook.app import make_application
    from agentbook.demo.generator import demo_dataset
    from agentbook.domain.clock import ManualClock
    from agentbook.store.api import Store
    from agentbook.store.keys.memory_keyring import MemoryKeyring
    from agentbook.store.keys.vault import KeyVault
    from agentbook.ui.app.main_window import MainWindow
    from agentbook.ui.dialogs.policy_dialog import PolicyDialog
    from agentbook.ui.i18n import Translation

    today = date(2026, 11, 23)
    app = make_application(["capture"])
    Translation().apply("zh_CN")
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "demo.db", KeyVault(MemoryKeyring()), create=True, clock=ManualClock(today))
        store.load_dataset(demo_dataset(200, seed=2024, today=today), action="demo_data")
        window = MainWindow(store, settings=QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        window.resize(1280, 780)
        window.show()
        settle(app)  # row counts and the Today report arrive from workers
        window.tabs.setCurrentWidget(window.today_tab)
        settle(app)
        save_small(window.grab(), HERE / "today.png")
        window.resize(1720, 1230)  # three columns of charts, all nine of them
        window.tabs.setCurrentWidget(window.statistics_tab)
        settle(app)  # the figures are computed when the tab is first shown
        save_small(window.grab(), HERE / "statistics.png")
        window.resize(1280, 780)
        window.tabs.setCurrentWidget(window.tab_named("customers"))
        settle(app)
        window.grab().save(str(HERE / "customers_tab.png"))
        busiest = store.db.read_one(
            "SELECT p.policyholder_id FROM policy p JOIN claim k ON k.policy_id = p.id"
            " GROUP BY p.policyholder_id ORDER BY count(DISTINCT p.id) DESC LIMIT 1"
        )[0]
        view = window.open_customer(busiest)
        view.resize(1180, 720)
        app.processEvents()
        view.grab().save(str(HERE / "customer_360.png"))
        view.close()
        policy = store.db.read_one("SELECT policy_id FROM beneficiary GROUP BY policy_id HAVING count(*) = 2")[0]
        dialog = PolicyDialog(store, store.policies.get(policy), window)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(HERE / "policy_dialog.png"))
        dialog.done(0)
        capture_merge_dialog(store, app)
        window.close()
        store.close()
    print("saved to", HERE)


def capture_merge_dialog(store: Store, app: QApplication) -> None:  # noqa: F821 - imported lazily
    """工具 ▸ 查找重复客户…: a demo customer entered a second time (same name and mobile, as a
    prospect with an e-mail address), shown side by side with the original."""
    import dataclasses

    from agentbook.domain import enums as E
    from agentbook.ui.tools.merge_dialog import DuplicatesDialog

    original_id = store.db.read_one(
        "SELECT c.id FROM customer c JOIN policy p ON p.policyholder_id = c.id"
        " WHERE c.kind = 'individual' AND c.mobile <> '' GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1"
    )[0]
    original = store.customers.get(original_id)
    twin = dataclasses.replace(
        original,
        id=None,
        archive_no="",
        lifecycle=E.Lifecycle.PROSPECT,
        id_type=None,
        id_number="",
        email=original.email or "second.entry@example.com",
        address="",
        tags=("转介绍",),
        retention_until=None,
    )
    twin = store.customers.create(twin)
    dialog = DuplicatesDialog(store)
    dialog.resize(1240, 760)
    for row in range(dialog.model.rowCount()):
        if twin.id in (dialog.model.row_object(row).candidate.low_id, dialog.model.row_object(row).candidate.high_id):
            dialog.pairs.selectRow(row)
            break
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(HERE / "merge_dialog.png"))
    dialog.done(0)


if __name__ == "__main__":
    main()
