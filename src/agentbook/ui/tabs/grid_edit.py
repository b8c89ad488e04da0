"""Editing a few fields in place in the tables, where one value can change without a form.

A follow-up date, whether it was done, a policy's or customer's status, the day an instalment
was paid, a remark of one line, a customer's tags: opening a dialog for them is most of the work.
Each edit goes through the record's repository like a dialog's save (the domain's validation,
the payment rules, the audit row, the change event that reloads the views); the last edit of a
tab is undone with Ctrl+Z.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from agentbook.domain import enums as E
from agentbook.domain.enums import LabeledEnum
from agentbook.domain.premiums import paid_errors
from agentbook.domain.validation import ValidationError
from agentbook.store.api import Store
from agentbook.ui.errors import reported
from agentbook.ui.tabs.editing import EDITORS

# (tab, list column) → the record field it shows; the list column keys are the field names here.
EDITABLE: frozenset[tuple[str, str]] = frozenset(
    {
        ("contacts", "follow_up_date"),
        ("contacts", "follow_up_done"),
        ("policies", "status"),
        ("customers", "lifecycle"),
        ("payments", "paid_date"),  # of an instalment already paid: the date is all that changes
        ("customers", "remarks"),
        ("customers", "tags"),  # typed as in the dialog: 、 , ; or spaces between tags
        ("policies", "remarks"),
    }
)


@dataclass(frozen=True, slots=True)
class Edit:
    record_id: int
    field: str
    old: Any
    new: Any


def editable(tab: str, key: str, status: Any = None, value: Any = None) -> bool:
    """Whether the cell can be edited in place (*status*: the row's status column, if any).
    A remark of several lines is the dialog's: a one-line editor would flatten it."""
    if (tab, key) not in EDITABLE:
        return False
    if key == "remarks":
        return "\n" not in (value or "")
    if tab == "payments":
        return status is E.PaymentStatus.PAID
    return True


def write_cell(store: Store, tab: str, record_id: int, field: str, value: Any) -> Edit | None:
    """Change one field of one record through its repository; None when nothing changed."""
    repo = getattr(store, EDITORS[tab][2])
    record = repo.get(record_id)
    old = getattr(record, field)
    if field == "tags" and isinstance(value, str):
        from agentbook.ui.dialogs.customer_dialog import split_tags  # the dialog loads PDF fonts

        value = split_tags(value)
    elif field == "remarks" and isinstance(value, str):
        value = value.strip()
    if old == value or (field == "tags" and sorted(old) == sorted(value)):
        return None
    setattr(record, field, value)
    if tab == "payments":
        errors = paid_errors(record, store.today())  # what the mark-paid dialog checks
        if errors:
            raise ValidationError(errors)
    repo.update(record)
    return Edit(record_id, field, old, value)


def edit_value(kind: str, value: Any) -> Any:
    """The value an editor starts from (a QDate for dates, so Qt's date editor opens)."""
    if kind == "date":
        return QDate(value.year, value.month, value.day) if isinstance(value, date) else QDate()
    if kind == "text":
        return value or ""
    return value


def from_editor(kind: str, value: Any) -> Any:
    if kind == "date":
        return value.toPython() if isinstance(value, QDate) and value.isValid() else None
    return value


class EnumDelegate(QStyledItemDelegate):
    """A drop-down of the coded values for a status column."""

    def __init__(self, enum: type[LabeledEnum], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enum = enum

    def createEditor(  # noqa: N802
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        box = QComboBox(parent)
        for member in self.enum:
            box.addItem(QCoreApplication.translate("enum", member.label), member.value)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(editor.findData(getattr(value, "value", value)))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, self.enum(editor.currentData()), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A date editor written the way the tables show dates, starting at today when empty."""

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = today  # the store's clock, asked when an editor opens

    def createEditor(  # noqa: N802
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QDateEdit(parent)
        editor.setDisplayFormat("yyyy-MM-dd")
        editor.setCalendarPopup(True)
        editor.setMinimumWidth(editor.sizeHint().width())  # wider than a narrow column: the whole date
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        today = self.today()
        editor.setDate(
            value if isinstance(value, QDate) and value.isValid() else QDate(today.year, today.month, today.day)
        )

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)


class GridEditing(QObject):
    """The in-place edits of one record tab: the editors, the writes, Ctrl+Z for the last one."""

    def __init__(self, tab: Any) -> None:
        super().__init__(tab)
        self.tab = tab
        self.last: Edit | None = None
        view, model = tab.view, tab.model
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        for i, column in enumerate(model.columns):
            if (tab.tab, column.key) not in EDITABLE:
                continue
            if column.kind == "enum" and column.enum is not None:
                view.setItemDelegateForColumn(i, EnumDelegate(column.enum, view))
            elif column.kind == "date":
                view.setItemDelegateForColumn(i, DateDelegate(tab.store.today, view))
        model.cellEdited.connect(self.write)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), view)
        undo.setContext(Qt.ShortcutContext.WidgetShortcut)
        undo.activated.connect(self.undo)

    def write(self, record_id: int, field: str, value: Any) -> None:
        with reported(self.tab):
            edit = write_cell(self.tab.store, self.tab.tab, record_id, field, value)
            if edit is not None:
                self.last = edit

    def undo(self) -> None:
        """Put back the value the last in-place edit replaced (itself a write, audited as such)."""
        edit, self.last = self.last, None
        if edit is None:
            return
        with reported(self.tab):
            write_cell(self.tab.store, self.tab.tab, edit.record_id, edit.field, edit.old)
