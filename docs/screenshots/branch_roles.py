#!/usr/bin/env python3
"""Screenshots of one branch as each of its people sees it: ``python docs/screenshots/branch_roles.py``.

Starts a throw-away PostgreSQL server (as the tests do: ``tests/pg_server.py``), puts the demo
archive on it with three agents, an archivist, a manager and an auditor (``tests/branch_people``),
then opens the real window as an agent, the archivist and the manager and saves what each sees
next to this file (``branch_agent.png``, ``branch_archivist.png``, ``branch_manager.png``).
"""

from __future__ import annotations

import copy
import os
import sys
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]


def main() -> None:
    from PySide6.QtCore import QSettings, QThreadPool
    from tests.branch_people import as_login, build
    from tests.pg_server import PostgresServer

    from agentbook.app import make_application
    from agentbook.demo.generator import demo_dataset
    from agentbook.domain.clock import ManualClock
    from agentbook.store.api import Store
    from agentbook.ui.app.main_window import MainWindow
    from agentbook.ui.branch.overseer_window import OverseerWindow, needs_overseer_window
    from agentbook.ui.i18n import Translation

    today = date(2026, 11, 23)
    app = make_application(["capture"])
    Translation().apply("zh_CN")
    server = PostgresServer().start()
    try:
        template = "demo_template"
        start = datetime.combine(today, datetime.min.time()).replace(hour=9)
        owner = Store.open_branch(server.new_database(template), actor="经理", clock=ManualClock(start))
        owner.load_dataset(copy.deepcopy(demo_dataset(200, seed=7, today=today)), action="demo_data")
        owner.close()
        dsn, _thirds = build(server, template, "branch", today)
        for login, shot in (("wang", "branch_agent"), ("zhao", "branch_archivist"), ("boss", "branch_manager")):
            store = Store.open_branch(as_login(dsn, login), clock=ManualClock(start.replace(hour=10)))
            settings = QSettings(str(server.folder / f"{login}.ini"), QSettings.Format.IniFormat)
            window = OverseerWindow(store) if needs_overseer_window(store) else MainWindow(store, settings=settings)
            window.resize(1280, 780)
            window.show()
            for _ in range(4):
                app.processEvents()
                QThreadPool.globalInstance().waitForDone()
            if isinstance(window, MainWindow):
                window.tabs.setCurrentWidget(window.tab_named("customers"))
                for _ in range(4):
                    app.processEvents()
                    QThreadPool.globalInstance().waitForDone()
            window.grab().save(str(HERE / f"{shot}.png"))
            window.close()
            QThreadPool.globalInstance().waitForDone()
            store.close()
    finally:
        server.stop()
    print("saved to", HERE)


if __name__ == "__main__":
    main()
