"""Choosing a customer or a policy by typing: a completer fed by the store's search."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

IdRole = Qt.ItemDataRole.UserRole + 1


class RecordPicker(QObject):
    """Attaches to an existing QLineEdit (from a .ui form): typing searches, choosing sets ``record_id``.

    With ``free_text`` the typed text stands on its own (a beneficiary who is not a customer).
    """

    changed = Signal()

    def __init__(
        self,
        edit: QLineEdit,
        search: Callable[[str], list[tuple[int, str]]],
        label: Callable[[int], str],
        *,
        free_text: bool = False,
    ) -> None:
        super().__init__(edit)
        self.edit = edit
        self._search = search
        self._label = label
        self.free_text = free_text
        self.record_id: int | None = None
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        edit.setCompleter(self.completer)
        edit.setClearButtonEnabled(True)
        self.completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]  # stubs: no overloads
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self._refresh)
        edit.textEdited.connect(self._typed)

    def set_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.edit.setText(self._label(record_id) if record_id else "")
        self.changed.emit()

    def text(self) -> str:
        return self.edit.text().strip()

    def _typed(self, _text: str) -> None:
        self.record_id = None
        self.changed.emit()
        self._timer.start()

    def _refresh(self) -> None:
        text = self.edit.text().strip()
        self.model.clear()
        if not text:
            return
        for record_id, label in self._search(text):
            item = QStandardItem(label)
            item.setData(record_id, IdRole)
            self.model.appendRow(item)
        if self.model.rowCount() and self.edit.hasFocus():
            self.completer.complete()

    def _chosen(self, index: QModelIndex) -> None:
        record_id = index.data(IdRole)
        if record_id is not None:
            self.record_id = int(record_id)
            QTimer.singleShot(0, lambda: self.edit.setText(self._label(self.record_id)) if self.record_id else None)
            self.changed.emit()

    def choose_first(self) -> bool:
        """Pick the best match of what is typed (used when Enter is pressed, and by tests)."""
        self._refresh()
        if not self.model.rowCount():
            return False
        self._chosen(self.model.index(0, 0))
        return True
