"""A table model that pages rows from the store as the view scrolls.

``canFetchMore``/``fetchMore`` load 200 rows at a time, so a 100,000-row tab opens at once;
``sort`` asks the store for a new ORDER BY instead of sorting in Python (a
QSortFilterProxyModel over 100k rows needs ~20 s and millions of ``data()`` calls).
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from agentbook.store.api import Store
from agentbook.store.queries.list_specs import ListColumn
from agentbook.store.queries.listing import ListQuery, ListRequest, Row
from agentbook.store.queries.search_match import Match, MatchReason
from agentbook.ui.formatting import display, masked, status_colours
from agentbook.ui.tabs.columns import header
from agentbook.ui.tabs.grid_edit import edit_value, editable, from_editor
from agentbook.ui.tabs.search_reasons import MatchesRole, header_text, plain_text
from agentbook.ui.worker import Operation

PAGE_SIZE = 200
RecordIdRole = Qt.ItemDataRole.UserRole + 1
RawValueRole = Qt.ItemDataRole.UserRole + 2
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_INDEX = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """Rows of one tab (``customers``, ``policies`` …) under the current filters and order.

    After the store's list columns comes one column of the model's own, ``match_column``: why a
    search found the row (shown by the tab only while a search is active)."""

    totalChanged = Signal(int)  # noqa: N815 - Qt signal naming
    cellEdited = Signal(int, str, object)  # noqa: N815 - record id, column key, new value (grid_edit)

    def __init__(
        self,
        store: Store,
        tab: str,
        parent: Any = None,
        *,
        count_in_background: bool = True,
        customer_column: str = "",
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._tab = tab
        self._customer_column = customer_column  # where a row names the customer a search found
        self._request = ListRequest()
        self._query: ListQuery = store.list_query(tab, self._request)
        self._columns: tuple[ListColumn, ...] = self._query.spec.columns
        self._rows: list[Row] = []
        self._total: int | None = 0
        self._count_in_background = count_in_background
        self._revealed: set[int] = set()
        self._fetch_pending = False
        self._generation = 0
        self.refresh()

    # --- state ---------------------------------------------------------------------------
    @property
    def tab(self) -> str:
        return self._tab

    @property
    def columns(self) -> tuple[ListColumn, ...]:
        return self._columns

    @property
    def request(self) -> ListRequest:
        return self._request

    @property
    def total(self) -> int:
        """The number of rows in the list; while it is being counted, the rows loaded so far."""
        return self._total if self._total is not None else len(self._rows)

    @property
    def total_known(self) -> bool:
        return self._total is not None

    @property
    def match_column(self) -> int:
        return len(self._columns)

    def matches(self, row: int) -> tuple[Match, ...]:
        """What the search matched for this row: a policy number it starts with, or what the
        store says about the row's customer."""
        found = self._request.matches
        if not found or not 0 <= row < len(self._rows):
            return ()
        quick = self._request.filters.get("quick")
        if quick and any(c.key == "policy_no" for c in self._columns):
            number, text = self.value(row, "policy_no"), quick[1].strip()
            if isinstance(number, str) and len(text) >= 3 and number.upper().startswith(text.upper()):
                return (Match(MatchReason.POLICY_NO, number, 0, len(text)),)
        if self._tab == "customers":
            customer_id = self._rows[row].id
        elif self._customer_column:
            customer_id = self.value(row, self._customer_column)
        else:
            return ()
        return found.get(customer_id, ())

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self._columns) if c.key == key)

    def set_request(self, request: ListRequest) -> None:
        self._request = request
        self.refresh()

    def refresh(self) -> None:
        """Run the query again from the first page (after a filter, sort or write).

        The first page comes at once (an indexed ORDER BY … LIMIT); the exact count of a large
        list is a full scan of decrypted pages (~0.3 s for 1.5 million payments), so it runs on
        a worker and arrives through ``totalChanged`` while the user already sees rows.
        """
        self.beginResetModel()
        self._generation += 1
        self._fetch_pending = False
        self._query = self._store.list_query(self._tab, self._request)
        self._rows = self._query.page(0, PAGE_SIZE)
        self._total = len(self._rows) if len(self._rows) < PAGE_SIZE else None
        self.endResetModel()
        if self._total is not None:
            self.totalChanged.emit(self._total)
        elif self._count_in_background:
            # Started from the event loop, after every tab has its first page: a count holds the
            # store's lock for up to half a second at 1.5 million rows and must not delay them.
            QTimer.singleShot(0, lambda generation=self._generation: self._start_count(generation))
        else:
            self._counted(self._generation, self._query.count())

    def _start_count(self, generation: int) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        query = self._query
        Operation(query.count).success(lambda n: self._counted(generation, n)).failure(
            lambda _exc, _trace: None
        ).run_in_background()

    def _counted(self, generation: int, total: int) -> None:
        if not shiboken6.isValid(self):  # the tab closed while its count was running
            return
        if generation == self._generation:
            self._total = total
            self.totalChanged.emit(total)

    def record_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int | None:
        for n, row in enumerate(self._rows):
            if row.id == record_id:
                return n
        return None

    def value(self, row: int, key: str) -> Any:
        return self._rows[row].values[self.column_index(key)]

    def reveal(self, record_id: int) -> None:
        """Show one record's sensitive columns in full (the caller logs the reveal)."""
        self._revealed.add(record_id)
        row = self.row_of(record_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def hide_revealed(self) -> None:
        self._revealed.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def has_sensitive_columns(self) -> bool:
        return any(c.sensitive for c in self._columns)

    # --- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns) + 1

    def canFetchMore(self, parent: _INDEX) -> bool:  # noqa: N802
        if parent.isValid():
            return False
        if self._total is None:  # still counting: a full last page means there may be more
            return len(self._rows) % PAGE_SIZE == 0 and bool(self._rows)
        return len(self._rows) < self._total

    def fetchMore(self, parent: _INDEX) -> None:  # noqa: N802
        """Load the next page on the next turn of the event loop.

        Views ask for more from inside other notifications (a reset, a scroll); inserting rows
        right there would nest one change inside another, which Qt's model tester rightly flags.
        """
        if parent.isValid() or self._fetch_pending:
            return
        self._fetch_pending = True
        QTimer.singleShot(0, lambda generation=self._generation: self._load_next_page(generation))

    def _load_next_page(self, generation: int) -> None:
        self._fetch_pending = False
        if generation != self._generation or (self._total is not None and len(self._rows) >= self._total):
            return  # the query changed meanwhile, or everything is loaded
        more = self._query.page(len(self._rows), PAGE_SIZE)
        if len(more) < PAGE_SIZE and self._total is None:
            self._counted(generation, len(self._rows) + len(more))
        if not more:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and section == len(self._columns):
            return header_text() if role == Qt.ItemDataRole.DisplayRole else None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return header(self._columns[section].key)
            if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].kind in ("money", "int"):
                return _RIGHT
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if index.column() == len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return plain_text(self.matches(index.row()))
            if role == MatchesRole:
                return self.matches(index.row())
            if role == RecordIdRole:
                return row.id
            return None
        column = self._columns[index.column()]
        value = row.values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = display(column.kind, value)
            if column.sensitive and row.id not in self._revealed:
                return masked(column.sensitive, text)
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("money", "int"):
            return _RIGHT
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole) and column.kind == "enum":
            fg, bg = status_colours(value)
            return fg if role == Qt.ItemDataRole.ForegroundRole else bg
        if role == Qt.ItemDataRole.ToolTipRole and column.kind == "text" and isinstance(value, str) and len(value) > 20:
            if column.sensitive and row.id not in self._revealed:
                return None
            return value
        if role == RecordIdRole:
            return row.id
        if role == RawValueRole:
            return value
        if role == Qt.ItemDataRole.EditRole and self._editable(index):
            return edit_value(column.kind, value)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool" and self._editable(index):
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        return None

    def _editable(self, index: _INDEX) -> bool:
        if index.column() >= len(self._columns):
            return False
        key = self._columns[index.column()].key
        status = self.value(index.row(), "status") if any(c.key == "status" for c in self._columns) else None
        return editable(self._tab, key, status, self._rows[index.row()].values[index.column()])

    def setData(self, index: _INDEX, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Hand the edit to the tab, which writes it through the store; the change event that
        follows reloads the rows, so nothing is changed here."""
        if not index.isValid() or not self._editable(index):
            return False
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        self.cellEdited.emit(self._rows[index.row()].id, column.key, from_editor(column.kind, value))
        return True

    def flags(self, index: _INDEX) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable(index):
            kind = self._columns[index.column()].kind
            flags |= Qt.ItemFlag.ItemIsUserCheckable if kind == "bool" else Qt.ItemFlag.ItemIsEditable
        return flags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or not self._columns[column].sortable:
            return
        self._request.sort = self._columns[column].key
        self._request.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def clear_sort(self) -> None:
        """Back to the tab's default order, or to search ranking while searching."""
        self._request.sort = None
        self.refresh()
