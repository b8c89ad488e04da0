#!/usr/bin/env python3
"""Regenerate ``archive_sheet.png``: page 1 of the archive sheet of the customer shown in
``customer_360.png`` (same demo archive as ``capture.py``), rendered with ``pdftoppm`` when it is
installed (poppler, as a reader would see it) and with QtPdf otherwise."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
DPI = 100


def main() -> None:
    from agentbook.demo.generator import demo_dataset
    from agentbook.exporters.archive_sheets import AGENCY_SETTING, export_sheet
    from agentbook.store.api import Store
    from agentbook.store.keys.memory_keyring import MemoryKeyring
    from agentbook.store.keys.vault import KeyVault

    today = date(2026, 11, 23)
    target = HERE / "archive_sheet.png"
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        store = Store.open(work / "demo.db", KeyVault(MemoryKeyring()), create=True, today=lambda: today)
        store.load_dataset(demo_dataset(200, seed=2024, today=today), action="demo_data")
        store.db.set_setting(AGENCY_SETTING, "阳光保险代理有限公司 朝阳营业部")
        busiest = store.db.read_one(
            "SELECT p.policyholder_id FROM policy p JOIN claim k ON k.policy_id = p.id"
            " GROUP BY p.policyholder_id ORDER BY count(DISTINCT p.id) DESC LIMIT 1"
        )[0]
        pdf = export_sheet(store, busiest, work / "sheet.pdf")
        store.close()
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(target.with_suffix(""))], check=True)  # fmt: skip
        else:
            from PySide6.QtCore import QSize
            from PySide6.QtGui import QGuiApplication
            from PySide6.QtPdf import QPdfDocument

            app = QGuiApplication([])
            document = QPdfDocument()
            document.load(str(pdf))
            size = document.pagePointSize(0)
            document.render(0, QSize(round(size.width() * DPI / 72), round(size.height() * DPI / 72))).save(str(target))
            del app
    print("saved", target, f"{target.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
