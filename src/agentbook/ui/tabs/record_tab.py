"""One tab of records: search box, filter bar, paged table, column chooser, remembered layout."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentbook.store.api import Store
from agentbook.store.queries.listing import ListRequest
from agentbook.ui.tabs.column_layout import column_menu, default_columns, show_columns, size_columns, visible_columns
from agentbook.ui.tabs.empty_result import EmptyResultPanel
from agentbook.ui.tabs.filter_bar import FilterBar
from agentbook.ui.tabs.grid_edit import GridEditing
from agentbook.ui.tabs.row_actions import build_row_menu
from agentbook.ui.tabs.saved_views import SavedView
from agentbook.ui.tabs.search_reasons import MatchDelegate
from agentbook.ui.tabs.table_model import PagedTableModel
from agentbook.ui.tabs.view_bar import ViewBar
from agentbook.ui.worker import Operation

SEARCH_DELAY_MS = 250

# Strings here are translated in the "RecordTab" context by name: in a base class PySide's
# ``self.tr`` would look them up under the subclass's name, where lupdate never put them.


class RecordTab(QWidget):
    """Subclasses set ``tab`` (the store's list name) and build their filters in ``add_filters``."""

    tab = ""
    openRequested = Signal(int)  # noqa: N815 - record id
    newRequested = Signal()  # noqa: N815
    deleteRequested = Signal(int)  # noqa: N815
    countChanged = Signal(int)  # noqa: N815
    revealRequested = Signal(int)  # noqa: N815
    exportRequested = Signal()  # noqa: N815
    customerRequested = Signal(int)  # noqa: N815 - open this customer's 360 view
    editRequested = Signal(str, object, dict)  # noqa: N815 - tab, record id or None, dialog context
    # the list column holding the id of the row's customer (the customers tab: the row itself)
    customer_column = ""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName(f"tab_{self.tab}")
        self._search_generation = 0
        self._search_text = ""

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("search")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.search_placeholder())
        self.search_box.setMinimumWidth(260)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._run_search)
        self.search_box.textChanged.connect(lambda _t: self._debounce.start())
        self.search_box.returnPressed.connect(self._run_search_now)

        self.filters = FilterBar(self)
        self.add_filters(self.filters)
        self.filters.finish()
        self.filters.changed.connect(self._apply_filters)

        self.reset_button = QPushButton(QCoreApplication.translate("RecordTab", "清除筛选"), self)
        self.reset_button.clicked.connect(self.reset_filters)
        self.columns_button = QPushButton(QCoreApplication.translate("RecordTab", "显示列…"), self)
        self.columns_button.setObjectName("columns_button")
        self.columns_button.clicked.connect(
            lambda: self._column_menu().exec(self.columns_button.mapToGlobal(QPoint(0, self.columns_button.height())))
        )
        self.save_view_button = QPushButton(QCoreApplication.translate("RecordTab", "保存视图…"), self)
        self.save_view_button.setObjectName("save_view_button")
        self.save_view_button.setToolTip(
            QCoreApplication.translate("RecordTab", "把当前的筛选、排序和列保存为一个有名字的视图，下次一点即到")
        )
        self.count_label = QLabel(self)

        self.model = PagedTableModel(store, self.tab, self, customer_column=self.customer_column)
        self.model.totalChanged.connect(self._total_changed)
        self.view = QTableView(self)
        self.view.setObjectName("table")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(self.model.match_column, MatchDelegate(self.view))
        self.grid = GridEditing(self)
        self.view_bar = ViewBar(self, self)
        self.save_view_button.clicked.connect(self.view_bar.save_current)
        self.empty_result = EmptyResultPanel(self)
        self.empty_result.newCustomerRequested.connect(self._new_customer_from_search)
        self.empty_result.newRecordRequested.connect(self.newRequested.emit)
        self.empty_result.resetRequested.connect(self.reset_filters)
        # Widths measured on an empty list fit only the headings (KH202600…): measure again when
        # the first rows arrive, unless the user's own layout was restored. Connected after the
        # view's own slots, so the view already knows the new rows.
        self._widths_from_rows = False
        self.model.modelReset.connect(self._size_on_first_rows)
        self.model.rowsInserted.connect(self._size_on_first_rows)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        # Indicator first: enabling sorting sorts by the indicator's column at once.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.verticalHeader().setVisible(False)
        head = self.view.horizontalHeader()
        head.setSectionsMovable(True)
        head.setStretchLastSection(True)
        head.setSortIndicatorShown(True)
        head.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        head.customContextMenuRequested.connect(lambda pos: self._column_menu().exec(head.mapToGlobal(pos)))
        self.view.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._row_menu)
        for sequence, slot in (
            (QKeySequence(Qt.Key.Key_Return), self.open_current),
            (QKeySequence(Qt.Key.Key_Enter), self.open_current),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_current),
        ):
            shortcut = QShortcut(sequence, self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        top = QHBoxLayout()
        top.addWidget(self.search_box)
        top.addWidget(self.filters, 1)
        top.addWidget(self.reset_button)
        top.addWidget(self.columns_button)
        top.addWidget(self.save_view_button)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.view_bar)
        layout.addWidget(self.empty_result)
        layout.addWidget(self.view, 1)
        self._apply_default_columns()
        self._total_changed(self.model.total)

    # --- for subclasses --------------------------------------------------------------------
    def add_filters(self, bar: FilterBar) -> None:
        """Add this tab's filters to *bar*."""

    def search_placeholder(self) -> str:
        return QCoreApplication.translate("RecordTab", "搜索客户姓名、拼音、手机尾号、保单号…")

    def extra_actions(self, menu: QMenu, record_id: int) -> None:
        """Add tab-specific entries to the row context menu."""

    # --- behaviour -----------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.view.selectionModel().selectedRows()})

    def selected_ids(self) -> list[int]:
        return [rid for rid in (self.model.record_id(r) for r in self.selected_rows()) if rid is not None]

    def customer_id_of(self, record_id: int) -> int | None:
        """The customer a listed record belongs to (policyholder, claimant, contact's customer)."""
        if not self.customer_column:
            return None
        row = self.model.row_of(record_id)
        return None if row is None else self.model.value(row, self.customer_column)

    def policy_id_of(self, record_id: int) -> int | None:
        """The policy a listed record is about, when it is about one."""
        return None

    def open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._open_row(index.row())

    def delete_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.deleteRequested.emit(record_id)

    def _open_row(self, row: int) -> None:
        record_id = self.model.record_id(row)
        if record_id is not None:
            self.openRequested.emit(record_id)

    def reload(self) -> None:
        """Re-read after a write, keeping the current record selected if it is still listed."""
        current = self.current_id()
        self.model.refresh()
        self.view_bar.refresh_counts()
        if current is not None:
            row = self.model.row_of(current)
            if row is not None:
                self.view.selectRow(row)

    def reset_filters(self) -> None:
        self.search_box.clear()
        self.filters.reset()

    def visible_column_keys(self) -> list[str]:
        return [key for key, _width in visible_columns(self.view, self.model)]

    def capture_view(self, name: str) -> SavedView:
        """What the tab shows now, as a named view (the search text is not part of it)."""
        request = self.model.request
        columns = visible_columns(self.view, self.model)
        return SavedView(name, self.filters.values(), request.sort, request.descending, columns)

    def apply_view(self, view: SavedView | None, layout: QByteArray | None = None) -> None:
        """Show *view*; None shows the tab unfiltered, in *layout* (the header state) if given."""
        head = self.view.horizontalHeader()
        if view is None:
            if layout is not None and head.restoreState(layout):
                self.view.setColumnHidden(self.model.match_column, not self._search_text.strip())
            column, order = head.sortIndicatorSection(), head.sortIndicatorOrder()
            known = 0 <= column < len(self.model.columns)
            self.model.request.sort = self.model.columns[column].key if known else None
            self.model.request.descending = order == Qt.SortOrder.DescendingOrder
            self.filters.set_values({})
            return
        show_columns(self.view, self.model, view.columns)
        self._widths_from_rows = True  # the view's widths: never measured over
        keys = [c.key for c in self.model.columns]
        column = keys.index(view.sort) if view.sort in keys else -1
        order = Qt.SortOrder.DescendingOrder if view.descending else Qt.SortOrder.AscendingOrder
        head.blockSignals(True)  # the filters below query once, in this order
        head.setSortIndicator(column, order)
        head.blockSignals(False)
        head.viewport().update()
        self.model.request.sort = view.sort if column >= 0 else None
        self.model.request.descending = view.descending
        self.filters.set_values(view.filters)

    def current_request(self) -> ListRequest:
        return self.model.request

    def _apply_filters(self) -> None:
        base = ListRequest(self.filters.values(), self.model.request.sort, self.model.request.descending)
        self._start_search(base)

    def _run_search_now(self) -> None:
        """Enter in the search box: search now, then go to the results, as a search page would."""
        self._debounce.stop()
        self._results_wanted = True
        if not self._run_search():
            self._go_to_results()

    def _go_to_results(self) -> None:
        """To the first row; with nothing found, to the offer of a new customer (Enter again takes it)."""
        self._results_wanted = False
        if self.model.rowCount() > 0:
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.view.selectRow(0)
        elif self.empty_result.isVisible() and self.empty_result.new_button.isVisible():
            self.empty_result.new_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_search_state(self) -> None:
        """The 匹配依据 column while a search is active, first in view; the empty-result panel
        when the search found nothing."""
        searching = bool(self._search_text.strip())
        column = self.model.match_column
        head = self.view.horizontalHeader()
        if searching and head.isSectionHidden(column):
            head.moveSection(head.visualIndex(column), 0)
        self.view.setColumnHidden(column, not searching)
        if searching and self.model.rowCount() > 0:
            self.view.resizeColumnToContents(column)
            head.resizeSection(column, min(max(head.sectionSize(column), 120), 360))
        if searching and self.model.total_known and self.model.total == 0:
            self.empty_result.show_for(self._search_text.strip(), offer_new=self.offers_new_customer())
        elif self.model.total_known and self.model.total == 0:
            filtered = any(v is not None for v in self.model.request.filters.values())
            self.empty_result.show_empty(self.tab, filtered=filtered)
        else:
            self.empty_result.hide()

    def offers_new_customer(self) -> bool:
        """An empty search offers 新建客户 where people look customers up."""
        return self.tab == "customers"

    def _new_customer_from_search(self, context: dict) -> None:
        self.editRequested.emit("customers", None, context)
        self._apply_filters()  # search again: the new customer may be what was typed

    def _run_search(self) -> bool:
        """Start a search when the text or filters changed; False when the results are current."""
        text = self.search_box.text()
        if text == self._search_text and self.model.request.filters == self._with_quick(self.filters.values()):
            return False
        self._apply_filters()
        return True

    def _with_quick(self, filters: dict) -> dict:
        quick = self.model.request.filters.get("quick")
        return {**filters, "quick": quick} if quick is not None else filters

    def _start_search(self, base: ListRequest) -> None:
        """Search runs on a worker (ranking can take a few ms at 100k); the newest answer wins."""
        self._search_generation += 1
        generation = self._search_generation
        text = self.search_box.text()

        def done(request: ListRequest) -> None:
            if generation != self._search_generation:
                return
            self._search_text = text
            # a heading clicked while the search ran: its order is the newer wish
            request.sort, request.descending = self.model.request.sort, self.model.request.descending
            if text.strip() and self.tab == "customers" and request.sort is None:
                self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.model.set_request(request)
            self._show_search_state()
            if getattr(self, "_results_wanted", False):
                self._go_to_results()

        Operation(lambda: self.store.apply_search(self.tab, base, text), self).success(done).run_in_background()

    def _total_changed(self, total: int) -> None:
        if self.model.total_known:
            self.count_label.setText(QCoreApplication.translate("RecordTab", "共 %n 条", "", total))
        else:
            self.count_label.setText(QCoreApplication.translate("RecordTab", "正在统计…"))
        self._show_search_state()
        self.countChanged.emit(total)

    # --- columns and layout --------------------------------------------------------------
    def _size_on_first_rows(self, *_args: object) -> None:
        if not self._widths_from_rows and self.model.rowCount() > 0:
            self._size_columns()

    def _apply_default_columns(self) -> None:
        default_columns(self.view, self.model)
        self.view.setColumnHidden(self.model.match_column, not self._search_text.strip())
        self._size_columns()

    def _size_columns(self) -> None:
        self._widths_from_rows = self.model.rowCount() > 0
        size_columns(self.view, self.model)

    def _column_menu(self) -> QMenu:
        return column_menu(self, self.view, self.model, self._restore_default_order, self.view_bar.save_current)

    def _restore_default_order(self) -> None:
        head = self.view.horizontalHeader()
        for logical in range(self.model.columnCount()):
            head.moveSection(head.visualIndex(logical), logical)
        self._apply_default_columns()
        self.model.clear_sort()
        head.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def _row_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        record_id = self.model.record_id(index.row())
        if record_id is None:
            return
        build_row_menu(self, record_id).exec(self.view.viewport().mapToGlobal(pos))

    def save_state(self, settings: QSettings) -> None:
        """The layout of 全部 (not of a named view being shown: that one keeps its own)."""
        settings.setValue(f"tabs/{self.tab}/header", self.view_bar.own_layout())

    def restore_state(self, settings: QSettings) -> None:
        self.view_bar.load(settings)
        state = settings.value(f"tabs/{self.tab}/header")
        if not state:
            return
        head = self.view.horizontalHeader()
        if head.restoreState(state):
            self._widths_from_rows = True  # the user's widths: never measured over
            column, order = head.sortIndicatorSection(), head.sortIndicatorOrder()
            if 0 <= column < self.model.columnCount():
                self.model.sort(column, order)
            head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            self.view.setColumnHidden(self.model.match_column, not self._search_text.strip())
