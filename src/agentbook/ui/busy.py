"""Work that the next step waits for, done off the GUI thread with a progress dialog.

Some actions must finish before the window can go on (the archive the first-run wizard creates
is read by its next page), so they cannot simply run in the background. ``wait_for`` runs them
on a worker while a local event loop keeps the window painted, and shows a window-modal progress
dialog — with the step's name — once the work has taken longer than half a second: a frozen
window for a second reads as a crash, a dialog flashing for 50 ms as a glitch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from agentbook.ui.worker import Operation

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


def wait_for(parent: QWidget, title: str, labels: Sequence[str], work: Callable[[Step], T]) -> T:
    """Run *work* on a worker, its steps named by *labels*; return its result or raise its error."""
    dialog = QProgressDialog(labels[0] if labels else title, "", 0, max(len(labels), 1), parent)
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
