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
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from agentbook import APP_NAME, __version__
from agentbook.store.api import Store
from agentbook.store.errors import KnownError, PassphraseRequiredError, WrongKeyError
from agentbook.store.vault import KeyVault
from agentbook.ui.errors import describe, show_error
from agentbook.ui.fonts import install_app_font
from agentbook.ui.i18n import Translation, chosen_language
from agentbook.ui.refcount_guard import reserve_singleton_references

DEMO_CUSTOMERS = 200


def make_application(argv: list[str] | None = None) -> QApplication:
    reserve_singleton_references()  # PySide6 6.12 abi3 wheels under-count None on Python 3.11
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    install_app_font()
    return app  # type: ignore[return-value]


def install_exception_hook() -> None:
    """Show unexpected errors in a dialog instead of vanishing (Vorta does the same)."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        traceback.print_exception(kind, exc, tb)
        if QApplication.instance() is not None:
            show_error(None, exc)

    sys.excepthook = hook


def open_archive(path: Path, vault: KeyVault, *, demo: bool) -> Store | None:
    """Open or create the archive, asking for a passphrase where no keyring exists."""
    from agentbook.ui.unlock import PassphraseDialog

    creating = not path.exists()
    passphrase: str | None = None
    error = ""
    while True:
        try:
            store = Store.open(path, vault, create=creating, passphrase=passphrase)
            break
        except (PassphraseRequiredError, WrongKeyError) as exc:
            if isinstance(exc, WrongKeyError) and passphrase is None:
                raise
            error = describe(exc) if isinstance(exc, WrongKeyError) else ""
            dialog = PassphraseDialog(creating, path.name, None, error)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            passphrase = dialog.value()
    if creating and demo:
        from agentbook.demo.generator import demo_dataset

        store.load_dataset(demo_dataset(DEMO_CUSTOMERS, seed=2024, today=store.today()), action="demo_data")
    return store


def run(db_path: Path, *, demo: bool = True, screenshot: Path | None = None) -> int:
    app = make_application()
    install_exception_hook()
    settings = QSettings()
    translation = Translation()
    translation.apply(chosen_language(settings))
    try:
        store = open_archive(db_path, KeyVault(), demo=demo)
    except KnownError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("app", "无法打开档案"), describe(exc))
        return 2
    if store is None:
        return 1
    from agentbook.ui.main_window import MainWindow

    window = MainWindow(store, translation, settings)
    window.show()
    if screenshot is not None:

        def grab() -> None:
            window.grab().save(str(screenshot))
            print(QCoreApplication.translate("app", "截图已保存：{0}").format(screenshot))
            window.close()

        QTimer.singleShot(800, grab)
    code = app.exec()
    store.close()
    return code
