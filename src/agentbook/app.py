"""Wiring: the QApplication, fonts and translations, opening the archive, the main window.

At first run the archive is created (its key goes to the OS keyring) and filled with a small
demo data set so a newcomer sees a working program; ``--empty`` starts with nothing.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from agentbook import APP_NAME, __version__
from agentbook.store.api import Store
from agentbook.store.errors import KnownError
from agentbook.store.keys.vault import KeyVault
from agentbook.ui.app.fonts import install_app_font
from agentbook.ui.app.icons import app_icon
from agentbook.ui.errors import describe, show_error
from agentbook.ui.i18n import Translation, chosen_language

DEMO_CUSTOMERS = 200


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    # The window icon, and the .desktop file Wayland shells match the window to
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_NAME)
    install_app_font()
    return app


def install_exception_hook() -> None:
    """Show unexpected errors in a dialog instead of vanishing (Vorta does the same)."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        traceback.print_exception(kind, exc, tb)
        if QApplication.instance() is not None:
            show_error(None, exc)

    sys.excepthook = hook


def open_archive(path: Path, vault: KeyVault, *, demo: bool, ask: bool = True) -> Store | None:
    """Open or create the archive; every keyring state and a damaged file is handled in
    ``ui.startup`` (passphrase, recovery key, retry, latest backup)."""
    from agentbook.ui.app.startup import Opener

    creating = not path.exists()
    store = Opener(path, vault, ask=ask).run()
    if store is not None and creating and demo:
        from agentbook.demo.generator import demo_dataset

        store.load_dataset(demo_dataset(DEMO_CUSTOMERS, seed=2024, today=store.today()), action="demo_data")
    return store


def run(db_path: Path, *, demo: bool = True, screenshot: Path | None = None) -> int:
    app = make_application()
    install_exception_hook()
    settings = QSettings()
    translation = Translation()
    translation.apply(chosen_language(settings))
    vault = KeyVault()
    # The first-run wizard when no archive exists yet.
    from agentbook.ui.first_run import wizard as first_run

    store: Store | None = None
    started: first_run.FirstRunResult | None = None
    db_path = first_run.archive_location(db_path, settings)
    if first_run.needs_first_run(db_path) and screenshot is None:
        started = first_run.run_first_run(
            db_path, vault, translation, settings, demo=demo, demo_customers=DEMO_CUSTOMERS
        )
        if started is None:
            return 1
        db_path, store = started.path, started.store
    try:
        if store is None:
            store = open_archive(db_path, vault, demo=demo, ask=screenshot is None)
    except KnownError as exc:
        if screenshot is not None:  # nobody can close a message box in an off-screen run
            print(describe(exc), file=sys.stderr)
            return 2
        QMessageBox.critical(None, QCoreApplication.translate("app", "无法打开档案"), describe(exc))
        return 2
    if store is None:
        return 1
    if started is not None and started.store is None:  # an existing archive chosen in the wizard
        first_run.write_identity(store, started.choices)
    store.use_agent_name()  # whoever opened it, the audit log names the agent from the settings
    if screenshot is None:
        from agentbook.ui.app.startup import confirm_recovery_key

        confirm_recovery_key(store)
    from agentbook.exporters.private_temp import VIEW_FILES
    from agentbook.ui.app.main_window import MainWindow

    VIEW_FILES.sweep_stale()  # decrypted view copies a crashed session left behind
    store.security.sweep_backup_leftovers()  # half-written copies a killed backup left behind
    window = MainWindow(store, translation, settings, vault)
    window.show()
    if screenshot is not None:

        def grab() -> None:
            window.grab().save(str(screenshot))
            print(QCoreApplication.translate("app", "截图已保存：{0}").format(screenshot))
            window.close()

        QTimer.singleShot(800, grab)
    code = app.exec()
    if screenshot is None:
        from agentbook.ui.security.backup_actions import backup_on_exit

        backup_on_exit(store)
    store.close()
    return code
