"""Database work off the GUI thread, results delivered back on it (Anki's CollectionOp idea).

The store serialises its own access with a lock, so a worker can query while the GUI thread
paints. Widgets are only touched in the callbacks, which run on the GUI thread.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from agentbook.ui.errors import show_error


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the caller's error callback on the GUI thread
            self.relay.failed.emit(exc, traceback.format_exc())
        else:
            self.relay.succeeded.emit(result)


class Operation:
    """``Operation(fn, parent).success(cb).run_in_background()``.

    Without a ``failure`` callback a failure is shown to the user over *parent* (in their
    language, ``ui/errors.show_error``), unless *parent* was closed meanwhile: the one default
    handling of background work. With neither, the exception is raised as our bug."""

    _alive: ClassVar[set[Operation]] = set()  # keeps running operations from being collected

    def __init__(self, fn: Callable[[], Any], parent: QWidget | None = None) -> None:
        self._fn = fn
        self._parent = parent
        self._relay = _Relay()
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[Exception, str], None] | None = None

    def success(self, callback: Callable[[Any], None]) -> Operation:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception, str], None]) -> Operation:
        self._on_failure = callback
        return self

    def run_in_background(self, pool: QThreadPool | None = None) -> None:
        Operation._alive.add(self)
        self._relay.succeeded.connect(self._done)
        self._relay.failed.connect(self._error)
        (pool or QThreadPool.globalInstance()).start(_Job(self._fn, self._relay))

    def _done(self, result: Any) -> None:
        Operation._alive.discard(self)
        # A result for a widget closed meanwhile has nowhere to go: its slots would touch deleted
        # C++ objects (a list model reset after its window closed).
        if self._on_success and (self._parent is None or isValid(self._parent)):
            self._on_success(result)

    def _error(self, exc: Exception, trace: str) -> None:
        Operation._alive.discard(self)
        if self._on_failure:
            self._on_failure(exc, trace)
        elif self._parent is not None:
            if isValid(self._parent):
                show_error(self._parent, exc)
        else:
            raise exc


class _Step(QObject):
    step = Signal(int, int)

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    @Slot(int, int)
    def show(self, done: int, total: int) -> None:
        if total > 0 and self.dialog.maximum() != total:  # a busy bar becomes a real one
            self.dialog.setMaximum(total)
        self.dialog.setValue(done)


class ProgressRelay:
    """Carries progress from a worker thread to a QProgressDialog through a queued signal."""

    def __init__(self, dialog: QProgressDialog) -> None:
        self._relay = _Step(dialog)
        self._relay.step.connect(self._relay.show, Qt.ConnectionType.QueuedConnection)

    def report(self, done: int, total: int) -> None:
        self._relay.step.emit(done, total)


# --- work the next step waits for ------------------------------------------------------------
# Some actions must finish before the window can go on (the archive the first-run wizard creates
# is read by its next page), so they cannot simply run in the background. ``wait_for`` runs them
# on a worker while a local event loop keeps the window painted, and shows a window-modal progress
# dialog — with the step's name — once the work has taken longer than half a second: a frozen
# window for a second reads as a crash, a dialog flashing for 50 ms as a glitch.

T = TypeVar("T")
Step = Callable[[int], None]  # the worker says which step it has reached (0-based)
SHOW_AFTER_MS = 500


class _Steps(QObject):
    reached = Signal(int)

    def __init__(self, dialog: QProgressDialog, labels: Sequence[str]) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.labels = list(labels)
        self.reached.connect(self.show_step, Qt.ConnectionType.QueuedConnection)

    @Slot(int)
    def show_step(self, step: int) -> None:
        if 0 <= step < len(self.labels):
            self.dialog.setLabelText(self.labels[step])
        self.dialog.setValue(min(step, self.dialog.maximum()))


def wait_for(parent: QWidget | None, title: str, labels: Sequence[str], work: Callable[[Step], T]) -> T:
    """Run *work* on a worker, its steps named by *labels*; return its result or raise its error."""
    # Several steps are counted; one has nothing to count, so its bar moves as a busy bar instead
    # of standing at 0 % until the end.
    dialog = QProgressDialog(labels[0] if labels else title, "", 0, len(labels) if len(labels) > 1 else 0, parent)
    dialog.setObjectName("busy_progress")
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)  # these steps cannot be stopped halfway
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setValue(0)
    steps = _Steps(dialog, labels)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result: T) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: Exception, _trace: str) -> None:
        outcome["error"] = exc
        loop.quit()

    Operation(lambda: work(steps.reached.emit)).success(done).failure(failed).run_in_background()
    if not outcome:
        loop.exec()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    result: T = outcome["result"]
    return result
