"""Problems found while reading a sheet: one per cell or row, with the sheet's own row number.

A problem's message is Chinese source text in the ``importer`` translation context with
``{name}`` placeholders, filled after translation (the same shape as ``FieldError``), so the
wizard shows it in the user's language and the saved report matches what was on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from agentbook.domain.i18n import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]  # (context, source text) → text; QCoreApplication.translate fits


def untranslated(context: str, text: str) -> str:
    del context
    return text


# Placeholders whose value is itself source text (a field's name, a reason), translated too.
# Placeholders whose values are source text themselves, with the context they are translated in.
TRANSLATED_PARAMS = {"field": "importer", "why": "importer", "what": "importer", "rule": "enum"}


def fill(translate: Translate, context: str, message: str, params: tuple[tuple[str, str], ...]) -> str:
    """*message* translated, its placeholders filled (those in TRANSLATED_PARAMS translated first)."""
    template = translate(context, message)
    if not params:
        return template
    values = {k: translate(TRANSLATED_PARAMS[k], v) if k in TRANSLATED_PARAMS else v for k, v in params}
    return template.format(**values)


class Severity(StrEnum):
    """``error``: the row is not imported; ``warning``: imported, but look at it; ``info``: FYI."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def label(self) -> str:
        return SEVERITY_LABELS[self]


SEVERITY_LABELS = {
    Severity.ERROR: QT_TRANSLATE_NOOP("importer", "错误（该行不导入）"),
    Severity.WARNING: QT_TRANSLATE_NOOP("importer", "警告"),
    Severity.INFO: QT_TRANSLATE_NOOP("importer", "提示"),
}


@dataclass(frozen=True, slots=True)
class Problem:
    row: int  # the row number as Excel shows it (1-based)
    column: str  # the column's header text, or "" for the whole row
    message: str
    severity: Severity = Severity.ERROR
    params: tuple[tuple[str, str], ...] = ()
    letter: str = ""  # the column letter as Excel shows it (A, B, … AA)
    context: str = "importer"  # the translation context of ``message`` ("validation" for field rules)

    def text(self, translate: Translate = untranslated) -> str:
        return fill(translate, self.context, self.message, self.params)

    @property
    def where(self) -> str:
        return f"{self.letter} {self.column}".strip()


class CellError(ValueError):
    """Raised by a value parser: the cell cannot be read; carries the message and its params."""

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = tuple((k, str(v)) for k, v in params.items())
        super().__init__(message.format(**dict(self.params)) if self.params else message)


@dataclass(frozen=True, slots=True)
class Note:
    """A value was read, but not quite as written (rounded, read as text, defaulted …)."""

    message: str
    params: tuple[tuple[str, str], ...] = ()
    severity: Severity = Severity.WARNING
    context: str = "importer"


def note(message: str, severity: Severity = Severity.WARNING, **params: object) -> Note:
    return Note(message, tuple((k, str(v)) for k, v in params.items()), severity)
