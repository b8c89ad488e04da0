"""Showing failures: known ones with their plain message, our own bugs as bugs (qutebrowser's split)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from agentbook.domain.validation import ValidationError
from agentbook.store.errors import KnownError
from agentbook.ui.i18n import tr_store, tr_validation


def describe(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(e.text(tr_validation) for e in exc.errors)
    if isinstance(exc, KnownError):
        params = getattr(exc, "params", None)  # e.g. the attachment a duplicate file was saved as
        return tr_store(exc.message).format(**params) if params else tr_store(exc.message)
    return QCoreApplication.translate("errors", "程序内部错误：{0}\n请把这条信息告诉开发者。").format(exc)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    known = isinstance(exc, KnownError | ValidationError)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if known else QMessageBox.Icon.Critical)
    box.setWindowTitle(title or QCoreApplication.translate("errors", "操作未完成"))
    box.setText(describe(exc))
    if isinstance(exc, KnownError) and exc.detail:
        box.setDetailedText(exc.detail)
    box.exec()
