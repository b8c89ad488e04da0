"""Showing failures: known ones with their plain message, our own bugs as bugs (qutebrowser's split).

One way for every action the user starts: ``with reported(parent) as failure:`` runs it, shows a
failure in the user's language and swallows it (the store has already rolled back, so nothing is
half-done); ``if failure:`` afterwards tells the caller to stop. Background operations get the same
handling by default (``ui/worker.Operation`` with a parent)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from agentbook.domain.validation import ValidationError
from agentbook.store.errors import ArchiveClosedError, ArchiveLockedError, KnownError


def describe(exc: BaseException) -> str:
    """A failure in the user's language: known errors translate themselves; anything else is a bug."""
    if isinstance(exc, KnownError | ValidationError):
        return exc.text(QCoreApplication.translate)
    return QCoreApplication.translate("errors", "程序内部错误：{0}\n请把这条信息告诉开发者。").format(exc)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    if isinstance(exc, ArchiveLockedError | ArchiveClosedError):
        # Work cut short by the idle lock or by closing: the lock screen, or the window going
        # away, already says why; a box over it would only ask for a click (and block a closing
        # window's event loop).
        return
    known = isinstance(exc, KnownError | ValidationError)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if known else QMessageBox.Icon.Critical)
    box.setWindowTitle(title or QCoreApplication.translate("errors", "操作未完成"))
    box.setText(describe(exc))
    if isinstance(exc, KnownError) and exc.detail:
        box.setDetailedText(exc.detail)
    box.exec()


class Failure:
    """What ``reported`` caught: true when the action failed (and the user has been told)."""

    def __init__(self) -> None:
        self.error: BaseException | None = None

    def __bool__(self) -> bool:
        return self.error is not None


@contextmanager
def reported(parent: QWidget | None, title: str | None = None) -> Iterator[Failure]:
    """Run the body as one user action: any failure is shown to the user, then swallowed."""
    failure = Failure()
    try:
        yield failure
    except Exception as exc:  # the user is told; a bug is shown as a bug (describe)
        failure.error = exc
        show_error(parent, exc, title)
