"""A copied ID or mobile number leaves the clipboard again after a short while.

Whatever widget the copy came from (a table cell, a label in the 360 view, a dialog's field),
the app watches its own clipboard writes: text holding an ID number or a mobile number is
re-published marked as a secret for clipboard managers (KDE's ``x-kde-passwordManagerHint``,
Windows' history and cloud-sync opt-outs) and cleared after ``SECONDS`` — but only if the
clipboard still holds it, so something the user copied since is never thrown away.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QWidget

SECONDS = 30
# An 18-character resident ID (or a 15-digit old one), a mainland mobile number.
_SENSITIVE = re.compile(r"(?<!\d)(?:\d{17}[\dXx]|\d{15}|1[3-9]\d{9})(?![\dXx])")
_WINDOWS_NO_HISTORY = {
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\x01\x00\x00\x00",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\x00\x00\x00\x00",
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\x00\x00\x00\x00",
}


def _ours(clipboard: QClipboard) -> bool:
    """Did this app write the clipboard? Off-screen platforms cannot tell, but there only this
    process can write it."""
    return clipboard.ownsClipboard() or QGuiApplication.platformName() in ("offscreen", "minimal")


def is_sensitive(text: str) -> bool:
    return bool(text) and _SENSITIVE.search(text) is not None


def secret_mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    mime.setData("x-kde-passwordManagerHint", b"secret")
    for kind, value in _WINDOWS_NO_HISTORY.items():
        mime.setData(kind, value)
    return mime


class SecretClipboard(QObject):
    """Installed once per application; ``clear_now`` is called by the idle lock."""

    def __init__(self, parent: QObject | None = None, seconds: float = SECONDS) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._secret: str | None = None
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_unchanged)
        QGuiApplication.clipboard().dataChanged.connect(self._changed)

    @property
    def holding(self) -> str | None:
        return self._secret

    def copy(self, text: str) -> None:
        """Put *text* on the clipboard as a secret that clears itself."""
        self._busy = True
        try:
            QGuiApplication.clipboard().setMimeData(secret_mime(text), QClipboard.Mode.Clipboard)
        finally:
            self._busy = False
        self._secret = text
        self._timer.start(int(self.seconds * 1000))

    def _changed(self) -> None:
        if self._busy:
            return
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text()
        if not _ours(clipboard) or not is_sensitive(text):
            return  # another program's copy, or nothing personal in it
        mime = clipboard.mimeData()
        if mime is not None and mime.hasFormat("x-kde-passwordManagerHint") and text == self._secret:
            return
        self.copy(text)

    def clear_if_unchanged(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._secret is not None and clipboard.text() == self._secret:
            self._busy = True
            try:
                clipboard.clear(QClipboard.Mode.Clipboard)
            finally:
                self._busy = False
        self._secret = None

    def clear_now(self) -> None:
        self._timer.stop()
        self.clear_if_unchanged()


def copy_text(text: str, widget: QWidget) -> None:
    """Copy *text* for the user: an ID or mobile number goes through the window's guard, which
    marks it secret for clipboard managers and clears it again; anything else is plain text."""
    guard = widget.window().findChild(SecretClipboard)
    if guard is not None and is_sensitive(text):
        guard.copy(text)
    else:
        QGuiApplication.clipboard().setText(text, QClipboard.Mode.Clipboard)
