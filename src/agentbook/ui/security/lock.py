"""The idle lock: after some minutes without input, on the OS screen lock, or on Ctrl+L.

Locking really locks: every other window is closed, the record tabs (and the rows they hold) are
destroyed, a lock screen covers the main window, copied secrets leave the clipboard, and the store
closes its connections and overwrites its copy of the key (SQLCipher wipes its own on close).
Unlocking fetches the key afresh from the keyring (or asks for the passphrase), after the app
password where one is set for a shared computer.
"""

from __future__ import annotations

import contextlib
import sys
import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from agentbook.store.api import Store
from agentbook.store.db.connection import Credentials, Passphrase, RawKey
from agentbook.store.errors import KnownError, WrongKeyError
from agentbook.store.keys.app_password import check_app_password
from agentbook.ui.errors import describe

# A window with this property set (record dialogs, 360 views) holds the user's work: the lock hides
# it without asking and shows it again after unlocking; every other window is closed.
KEEP_THROUGH_LOCK = "keepThroughLock"

DEFAULT_IDLE_MINUTES = 10
CHECK_EVERY_MS = 15_000
WATCH_AFTER_MS = 1_000
_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class ActivityFilter(QObject):
    """Remembers when the user last touched any window of the app."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last = time.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT:
            self.last = time.monotonic()
        return False


class LockScreen(QWidget):
    """Covers the whole main window (menus and toolbar too) while the archive is locked."""

    unlockRequested = Signal(str)  # noqa: N815 - the password typed (may be "")
    recoverRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lock_screen { background: #eceff1; }")
        title = QLabel(self.tr("agentbook 已锁定"), self)
        font = QFont(title.font())
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        title.setFont(font)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setMinimumWidth(460)
        self.password = QLineEdit(self)
        self.password.setObjectName("unlock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaximumWidth(320)
        self.password.returnPressed.connect(self._unlock)
        self.unlock_button = QPushButton(self.tr("解锁"), self)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.recover_button = QPushButton(self.tr("使用恢复密钥…"), self)
        self.recover_button.setObjectName("recover")
        self.recover_button.clicked.connect(self.recoverRequested)
        self.recover_button.hide()
        self.error = QLabel(self)
        self.error.setObjectName("lock_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (title, self.detail, self.password, self.unlock_button, self.recover_button, self.error):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def prepare(self, db_name: str, *, password_label: str, branch: bool = False) -> None:
        if branch:
            self.detail.setText(self.tr("与营业部服务器“{0}”的连接已关闭，口令已从内存中清除。").format(db_name))
        else:
            self.detail.setText(self.tr("数据库“{0}”已关闭，密钥已从内存中清除。").format(db_name))
        self.password.clear()
        self.password.setVisible(bool(password_label))
        self.password.setPlaceholderText(password_label)
        self.error.clear()
        self.recover_button.hide()

    def focus_first(self) -> None:
        """The password when one is asked, else the unlock button, so Enter unlocks at once."""
        if self.password.isVisibleTo(self):
            self.password.setFocus()
        else:
            self.unlock_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Not a dialog, so no default button: Enter anywhere on the screen means 解锁.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._unlock()
            return
        super().keyPressEvent(event)

    def _unlock(self) -> None:
        self.unlockRequested.emit(self.password.text())


class IdleLock(QObject):
    """Locks and unlocks one main window and its store.

    The lock owns the lock screen and the windows it hid; the main window owns its tabs and menus
    and rebuilds them itself on ``unlocked`` (and drops them on ``locked``), so neither reaches
    into the other.
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QWidget, store: Store, vault, clipboard=None) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.kept: list[tuple[QWidget, bool]] = []  # hidden windows, and whether each was modal
        self.vault = vault
        self.clipboard = clipboard
        self.mode = self.store.security.mode
        self.activity = ActivityFilter(self)
        # The filter sees every event of the app, and PySide builds the Python types of each widget
        # class it is first handed: at start that is the whole first paint, a fifth of the start-up's
        # CPU. Input in the first second cannot bring an idle lock closer, so the filter comes after it.
        QTimer.singleShot(WATCH_AFTER_MS, self, self._watch_activity)
        self.screen = LockScreen(window)
        self.screen.hide()
        self.screen.unlockRequested.connect(self.unlock)
        self.screen.recoverRequested.connect(self.recover)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_idle)
        self.minutes = DEFAULT_IDLE_MINUTES
        self.app_password: str | None = None
        self.reload_settings()
        self.timer.start()
        self.watcher = ScreenLockWatcher(self)
        self.watcher.screenLocked.connect(lambda: self.lock("screen"))
        window.installEventFilter(self)

    def _watch_activity(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.activity)

    @property
    def is_locked(self) -> bool:
        return self.store.security.is_locked

    def reload_settings(self) -> None:
        """Read the idle minutes and app password (kept in memory: needed while locked)."""
        if self.is_locked:
            return
        self.minutes = self.store.security.idle_minutes()
        self.app_password = self.store.security.app_password_record()

    def check_idle(self) -> None:
        if self.store.security.is_closed:  # its window lives on after the archive was closed
            self.timer.stop()
            return
        if self.minutes > 0 and not self.is_locked and time.monotonic() - self.activity.last >= self.minutes * 60:
            self.lock("idle")

    # --- locking -------------------------------------------------------------------------------
    def lock(self, reason: str = "manual") -> None:
        if self.is_locked or self.store.security.is_closed:
            return
        self.mode = self.store.security.mode
        self._hide_windows()
        if self.clipboard is not None:
            self.clipboard.clear_now()
        self.store.security.lock(reason)
        branch = self.store.branch
        self.screen.prepare(branch or self.store.path.name, password_label=self._password_label(), branch=bool(branch))
        self.screen.setGeometry(self.window.rect())
        self.screen.show()
        self.screen.raise_()
        self.locked.emit()  # the window drops its tabs, menus and counts
        self.screen.focus_first()

    def _hide_windows(self) -> None:
        """Hide the user's drafts at once, unasked; close every other window.

        Hiding a dialog ends its ``exec()``, so a question such as "discard changes?" no longer
        keeps the archive open; the dialog object, and what was typed into it, stays in memory.
        """
        others = [w for w in QApplication.topLevelWidgets() if w is not self.window and w.isVisible()]
        for widget in others:
            if not widget.property(KEEP_THROUGH_LOCK):
                widget.close()
        for widget in others:
            if widget.property(KEEP_THROUGH_LOCK) and widget.isVisible():
                self.kept.append((widget, widget.isModal()))
                widget.hide()

    def _show_windows(self) -> None:
        kept, self.kept = self.kept, []
        for widget, modal in kept:
            if not shiboken6.isValid(widget):
                continue
            if modal:  # its exec() ended when it was hidden: keep it in front of the window
                widget.setWindowModality(Qt.WindowModality.ApplicationModal)
            widget.show()
            widget.raise_()
            widget.activateWindow()

    def _password_label(self) -> str:
        if self.mode == "passphrase":
            return self.tr("数据库口令")
        if self.mode == "branch":
            return self.tr("营业部服务器口令")
        if self.app_password:
            return self.tr("应用密码")
        return ""

    # --- unlocking -----------------------------------------------------------------------------
    def unlock(self, password: str = "") -> bool:
        if not self.is_locked:
            return True
        try:
            if self.mode == "branch":  # the person's own login to the server opens it again
                if not password:
                    self.screen.error.setText(self.tr("请输入营业部服务器的口令。"))
                    return False
                self.store.security.unlock_branch(password)
                self._restore_window()
                return True
            credentials = self._credentials(password)
            if credentials is None:
                return False
            self.store.security.unlock(credentials)
        except WrongKeyError:
            wrong = self.tr("口令不正确。") if self.mode == "passphrase" else describe(WrongKeyError())
            self.screen.error.setText(wrong)
            return False
        except KnownError as exc:
            self.screen.error.setText(describe(exc))
            self.screen.recover_button.setVisible(self.mode == "keyring")
            return False
        self._restore_window()
        return True

    def _credentials(self, password: str) -> Credentials | None:
        if self.mode == "passphrase":
            if not password:
                self.screen.error.setText(self.tr("请输入数据库口令。"))
                return None
            return Passphrase(password)
        if self.app_password and not check_app_password(self.app_password, password):
            self.screen.error.setText(self.tr("应用密码不正确。"))
            return None
        key = self.vault.load(self.store.path)
        if key is None:
            self.screen.error.setText(self.tr("系统密钥环中没有这个数据库的密钥。请使用恢复密钥。"))
            self.screen.recover_button.show()
            return None
        return key

    def recover(self) -> None:
        from PySide6.QtWidgets import QDialog

        from agentbook.store.keys import recovery
        from agentbook.ui.security.recover_dialog import RecoverDialog

        if self.app_password and not check_app_password(self.app_password, self.screen.password.text()):
            self.screen.error.setText(self.tr("请先输入应用密码，再使用恢复密钥。"))
            return
        dialog = RecoverDialog(self.store.path.name, self.screen.error.text(), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        key: RawKey = recovery.decode(dialog.text())
        try:
            self.store.security.unlock(key)
        except KnownError as exc:
            self.screen.error.setText(describe(exc))
            return
        with contextlib.suppress(KnownError):  # unlocked for this session; start-up explains next time
            self.vault.store(self.store.path, key)
        self._restore_window()

    def _restore_window(self) -> None:
        self.screen.hide()
        self.activity.last = time.monotonic()
        self.reload_settings()
        self.unlocked.emit()  # the window rebuilds its tabs and menus first …
        self._show_windows()  # … then the drafts come back on top, ready to save

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.Resize and self.screen.isVisible():
            self.screen.setGeometry(self.window.rect())
        return False


class ScreenLockWatcher(QObject):
    """Emits ``screenLocked`` when the OS locks the screen, where the platform says so.

    Linux: the freedesktop/GNOME screensaver's ``ActiveChanged(true)`` on the session bus and
    logind's ``Lock`` on the system bus. Windows: ``WM_WTSSESSION_CHANGE`` / ``WTS_SESSION_LOCK``.
    macOS sends its lock notification through a channel Qt does not reach; the idle timer covers it.
    """

    screenLocked = Signal()  # noqa: N815

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []
        if sys.platform.startswith("linux"):
            self._connect_dbus()
        elif sys.platform == "win32":
            self._connect_windows()

    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus ships with PySide6-Essentials on Linux
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path, interface in (
                ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
            ):
                # the old-style SLOT string form: PySide6 accepts it, its stubs do not list it
                if session.connect("", path, interface, "ActiveChanged", self, "1on_active_changed(bool)"):  # type: ignore[call-overload]
                    self.sources.append(service)
        system = QDBusConnection.systemBus()
        if system.isConnected() and system.connect(
            "org.freedesktop.login1",
            "",
            "org.freedesktop.login1.Session",
            "Lock",
            self,
            "1on_lock()",  # type: ignore[call-overload]
        ):
            self.sources.append("org.freedesktop.login1")

    @Slot(bool)
    def on_active_changed(self, active: bool) -> None:
        if active:
            self.screenLocked.emit()

    @Slot()
    def on_lock(self) -> None:
        self.screenLocked.emit()

    def _connect_windows(self) -> None:  # pragma: no cover - exercised on Windows only
        from agentbook.ui.security.lock_windows import install

        if install(self.screenLocked.emit):
            self.sources.append("WTSRegisterSessionNotification")
