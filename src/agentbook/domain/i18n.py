"""Marking of translatable text in layers that must not import Qt.

The domain layer keeps its labels and messages in Simplified Chinese (the source language of
the whole application). ``QT_TRANSLATE_NOOP`` has the name Qt's ``lupdate`` looks for, so these
strings land in the ``.ts`` files; the UI translates them at display time with
``QCoreApplication.translate(context, text)``. Nothing here depends on Qt.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate needs this name
    """Return *text* unchanged; the call only marks it for extraction under *context*."""
    del context
    return text


ENUM_CONTEXT = "enum"
VALIDATION_CONTEXT = "validation"
