"""Wiring: the QApplication, fonts and translations, opening the archive, the main window.

At first run the archive is created (its key goes to the OS keyring) and filled with a small
demo data set so a newcomer sees a working program; ``--empty`` starts with nothing.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

# The store (no Qt) comes before PySide6: once imported, PySide6 reads the source of every module
# imported after it to see whether it uses Qt (for ``from __feature__ import``), ~0.1 ms a module;
# the store, the domain and their libraries are some 280 of the 393 modules it read at a start.
from agentbook import APP_NAME, __version__
from agentbook.store.api import Store
from agentbook.store.errors import KnownError
from agentbook.store.keys.vault import KeyVault

from PySide6.QtCore import QCoreApplication, QSettings, QTimer  # isort: skip
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox  # isort: skip
from agentbook.ui.app import branch_session
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
    login = branch_session.saved_login(settings)
    if login is not None and screenshot is None:  # connected to a branch last time: work there
        store = branch_session.open_saved(login, vault, settings)
        if store is None and branch_session.saved_login(settings) is not None:
            return 1  # cancelled (choosing the local archive forgets the branch and goes on)
    if store is None and first_run.needs_first_run(db_path) and screenshot is None:
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
    if screenshot is None and store.branch is None:
        from agentbook.ui.app.startup import confirm_recovery_key

        confirm_recovery_key(store)
    from agentbook.exporters.private_temp import VIEW_FILES

    VIEW_FILES.sweep_stale()  # decrypted view copies a crashed session left behind
    if store.branch is None:
        store.security.sweep_backup_leftovers()  # half-written copies a killed backup left behind
    session = Session(store, db_path, vault, translation, settings)
    window = session.show(store)
    if screenshot is not None:

        def grab() -> None:
            window.grab().save(str(screenshot))
            print(QCoreApplication.translate("app", "截图已保存：{0}").format(screenshot))
            window.close()

        QTimer.singleShot(800, grab)
    code = app.exec()
    store = session.store
    if screenshot is None and store.branch is None:  # a branch server is backed up by the branch
        from agentbook.ui.security.backup_actions import backup_on_exit

        backup_on_exit(store)
    store.close()
    return code


class Session:
    """The window on the archive in use; the File menu switches between the local file and a
    branch server without a restart (the old window and archive are closed, a new window opens)."""

    def __init__(self, store: Store, db_path: Path, vault: KeyVault, translation: Translation, settings: QSettings):
        self.store, self.db_path, self.vault = store, db_path, vault
        self.translation, self.settings = translation, settings
        self.window: QMainWindow | None = None

    def show(self, store: Store) -> QMainWindow:
        from agentbook.ui.app.main_window import MainWindow
        from agentbook.ui.branch.overseer_window import OverseerWindow, needs_overseer_window

        self.store = store
        window: QMainWindow
        if needs_overseer_window(store):  # an auditor or archivist keeps no customers of their own
            window = OverseerWindow(store)
        else:
            window = MainWindow(store, self.translation, self.settings, self.vault)
        window.archiveChosen.connect(self.switch)
        window.show()
        old, self.window = self.window, window
        if old is not None:
            old.close()
            old.deleteLater()  # its tabs still hold the archive being closed
        return window

    def switch(self, chosen: Store | None) -> None:
        """*chosen*: the branch store just connected, or None for the local archive again."""
        old = self.store
        if chosen is None:
            try:
                chosen = open_archive(self.db_path, self.vault, demo=False)
            except KnownError as exc:
                show_error(self.window, exc)
                return
            if chosen is None:
                return
        self.show(chosen)
        if old.branch is None:
            from agentbook.ui.security.backup_actions import backup_on_exit

            backup_on_exit(old)
        old.close()
