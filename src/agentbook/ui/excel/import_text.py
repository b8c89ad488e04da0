"""Translating the importer's messages, which carry their own context and placeholders."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agentbook.importers.errors import ImportFileError
from agentbook.ui.errors import describe


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate`` in the (context, text) shape the importer's messages take."""
    return QCoreApplication.translate(context, text)


def error_text(exc: BaseException) -> str:
    """A failure in the user's language: the importer's own errors carry their placeholders."""
    if isinstance(exc, ImportFileError):
        return exc.text(translate)
    return describe(exc)
