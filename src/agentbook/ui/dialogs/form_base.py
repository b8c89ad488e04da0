"""The one shape of every form dialog: validate as the user types, Save only while valid, a failed
save keeps the dialog and everything typed.

``RecordDialog`` (the Designer forms of the main records) and ``SimpleFormDialog`` (short forms
built in code: paper files, loans, commissions, consent and data-subject requests) both stand on
it, so a refusal looks and behaves the same everywhere: the message under its field, the rest
above the buttons, in the user's language.
"""

from __future__ import annotations

from collections.abc import Container
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from agentbook.domain.validation import FieldError, ValidationError
from agentbook.store.errors import KnownError, StaleRecordError
from agentbook.ui.errors import describe
from agentbook.ui.i18n import tr_validation

ERROR_STYLE = "color: #c62828; font-size: 90%;"
INVALID_STYLE = "border: 1px solid #c62828;"
VALIDATE_DELAY_MS = 120  # long enough to skip the keystrokes of one word, short enough to feel live


class FormDialog(QDialog):
    """Subclasses say how the record is read from the form (``current_errors``), how messages are
    shown (``show_errors``, ``say``) and how the record is written (``write``)."""

    buttons: QDialogButtonBox

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved: Any = None
        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self.validate_now)

    # --- what a form says ------------------------------------------------------------------
    def current_errors(self) -> tuple[Any, list[FieldError]]:
        """The record read from the form (None when it cannot be read) and what is wrong with it."""
        raise NotImplementedError

    def show_errors(self, errors: list[FieldError]) -> None:
        raise NotImplementedError

    def say(self, text: str) -> None:
        """A message that belongs to no one field (a refusal of the database, say)."""
        raise NotImplementedError

    def write(self, record: Any) -> Any:
        """Store the record through the store; returns what was saved."""
        raise NotImplementedError

    def after_save(self) -> None:
        """Called after a successful write, before the dialog closes."""

    def show_newer(self, exc: StaleRecordError) -> None:
        """The record was saved elsewhere meanwhile; forms that can show the newer version do."""
        self.say(describe(exc))

    # --- the shared behaviour --------------------------------------------------------------
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def schedule_validation(self, *_args: Any) -> None:
        self._validate_timer.start()

    def validate_now(self, *_args: Any) -> bool:
        self._validate_timer.stop()
        _record, errors = self.current_errors()
        self.show_errors(errors)
        self.save_button().setEnabled(not errors)
        return not errors

    def save(self) -> None:
        if not self.validate_now():
            return
        record, _errors = self.current_errors()
        try:
            self.saved = self.write(record)
        except ValidationError as exc:  # the store checks again: show its reasons in place
            self.show_errors(exc.errors)
            return
        except StaleRecordError as exc:
            self.show_newer(exc)
            return
        except KnownError as exc:
            self.say(describe(exc))
            return
        self.after_save()
        store = getattr(self, "store", None)
        if store is not None and store.branch is not None:  # guarded changes filed for approval
            from agentbook.ui.branch.menu import tell_held

            tell_held(self, store)
        self.accept()

    @staticmethod
    def by_field(errors: list[FieldError], fields: Container[str]) -> tuple[dict[str, list[str]], list[str]]:
        """Translated messages of the fields the form shows, and the rest (shown above the buttons).

        A message about ``beneficiaries[2].share`` belongs to the ``beneficiaries`` field."""
        mine: dict[str, list[str]] = {}
        general: list[str] = []
        for error in errors:
            text = error.text(tr_validation)
            key = error.field.split("[")[0].split(".")[0]
            if key in fields:
                mine.setdefault(key, []).append(text)
            else:
                general.append(text)
        return mine, general
