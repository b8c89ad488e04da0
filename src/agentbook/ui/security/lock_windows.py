"""Windows' screen lock: ``WTSRegisterSessionNotification`` delivers ``WM_WTSSESSION_CHANGE``
with ``WTS_SESSION_LOCK`` to a window; a native event filter passes it on to the idle lock."""

from __future__ import annotations

import ctypes
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication
from PySide6.QtWidgets import QWidget

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0
_filters: list[QAbstractNativeEventFilter] = []  # Qt does not own the filter; keep it alive


class _SessionFilter(QAbstractNativeEventFilter):
    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self.on_lock = on_lock

    def nativeEventFilter(self, event_type, message):  # noqa: N802
        if event_type == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                self.on_lock()
        return False, 0


def install(on_lock: Callable[[], None]) -> bool:
    """Register a hidden window for session notifications; False where that is not possible."""
    try:
        wtsapi = ctypes.windll.wtsapi32  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return False
    anchor = QWidget()
    anchor.setObjectName("session_notifications")
    hwnd = int(anchor.winId())
    if not wtsapi.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION):
        return False
    session_filter = _SessionFilter(on_lock)
    app = QCoreApplication.instance()
    assert app is not None, "the session watch is installed by the running application"
    app.installNativeEventFilter(session_filter)
    _filters.append(session_filter)
    anchor.setProperty("keep", True)
    _filters.append(anchor)  # type: ignore[arg-type]
    return True
