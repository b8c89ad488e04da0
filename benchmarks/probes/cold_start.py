"""Cold start probe: process start → main window shown with the first page of customers.

Run as a fresh process by run.py, which times from spawning it to the READY line.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(db: str, key_hex: str) -> None:
    # In the app's own order: ``agentbook.app`` first, as ``python -m agentbook`` imports it.
    from agentbook.app import make_application

    from PySide6.QtCore import QSettings, QTimer  # isort: skip
    from agentbook.store.api import Store
    from agentbook.store.keys.memory_keyring import MemoryKeyring
    from agentbook.store.keys.vault import SERVICE, KeyVault, entry_name
    from agentbook.ui.app.main_window import MainWindow
    from agentbook.ui.i18n import Translation

    ring = MemoryKeyring()
    ring.set_password(SERVICE, entry_name(db), key_hex)

    app = make_application(["agentbook"])
    translation = Translation()
    translation.apply("zh_CN")
    store = Store.open(db, KeyVault(ring))
    settings = QSettings(str(Path(db).parent / "bench-settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, translation, settings)
    window.show()

    def ready() -> None:
        window.repaint()
        rows = window.tab_named("customers").model.rowCount()
        print(f"READY {rows}", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    app.exec()
    store.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
