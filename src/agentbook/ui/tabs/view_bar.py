"""The named views of one record tab, as a bar of tabs with the number of records in each.

An agent looks at the same few slices every week (本月到期车险, 逾期缴费): saving the filters, the
order and the columns under a name turns four or five clicks into one. The first tab, 全部, is the
tab without filters in the user's own column layout; each saved view is closed (deleted) with the
cross on its tab or from its menu. Counts run on a worker and are asked again after each change
the tab reloads for, so a number in the bar is never older than the rows below it.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLineEdit, QMenu, QMessageBox, QTabBar, QTableView, QWidget
from shiboken6 import isValid

from agentbook.store.api import Store
from agentbook.store.queries.listing import ListRequest
from agentbook.ui.tabs.saved_views import MAX_NAME, SavedView, load_views, store_views
from agentbook.ui.worker import Operation


class ViewedTab(Protocol):
    """What the bar needs of ``record_tab.RecordTab`` (which holds the bar, so no import)."""

    tab: str
    store: Store
    view: QTableView

    def capture_view(self, name: str) -> SavedView: ...
    def apply_view(self, view: SavedView | None, layout: QByteArray | None = None) -> None: ...


class ViewBar(QWidget):
    """Tabs 全部 | saved views…, each titled with its count; hidden until a view is saved."""

    viewsChanged = Signal()  # noqa: N815 - a view was saved, changed or deleted
    # The records in the named view shown, once counted; -1 while 全部 is shown or the count runs.
    # The window puts it in the record tab's title, so it is said only after the count arrives.
    shownCountChanged = Signal(int)  # noqa: N815

    def __init__(self, tab: ViewedTab, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("view_bar")
        self.tab = tab
        self.views: list[SavedView] = []
        self.counts: dict[int, int] = {}  # bar index → records in that view
        self._settings: QSettings | None = None
        self._own_layout: QByteArray | None = None  # the header of 全部, kept while a view is shown
        self._generation = 0
        self.bar = QTabBar(self)
        self.bar.setObjectName("views")
        self.bar.setDocumentMode(True)
        self.bar.setExpanding(False)
        self.bar.setTabsClosable(True)
        self.bar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.bar.customContextMenuRequested.connect(self._menu)
        self.bar.tabCloseRequested.connect(self._close_requested)
        self.bar.currentChanged.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        self._rebuild()

    # --- persistence ---------------------------------------------------------------------
    def load(self, settings: QSettings) -> None:
        self._settings = settings
        self.views = load_views(settings, self.tab.tab, self.tab.store.today())
        self._rebuild()

    def _store(self) -> None:
        if self._settings is not None:
            store_views(self._settings, self.tab.tab, self.views, self.tab.store.today())
        self.viewsChanged.emit()

    def own_layout(self) -> QByteArray:
        """The header state of 全部: the one kept between runs while a named view is shown."""
        return self._own_layout if self._own_layout is not None else self.tab.view.horizontalHeader().saveState()

    # --- the bar ---------------------------------------------------------------------------
    def current_view(self) -> SavedView | None:
        index = self.bar.currentIndex()
        return self.views[index - 1] if index >= 1 else None

    def _rebuild(self, current: int = 0) -> None:
        self.bar.blockSignals(True)
        while self.bar.count():
            self.bar.removeTab(0)
        self.bar.addTab("")
        for view in self.views:
            self.bar.addTab("")
            self.bar.setTabToolTip(self.bar.count() - 1, view.name)
        for side in (QTabBar.ButtonPosition.RightSide, QTabBar.ButtonPosition.LeftSide):
            self.bar.setTabButton(0, side, None)  # 全部 cannot be deleted
        self.bar.setCurrentIndex(min(current, self.bar.count() - 1))
        self.bar.blockSignals(False)
        self.counts = {}
        self._title()
        self._announce()
        self.setVisible(bool(self.views))
        self.refresh_counts()

    def _title(self) -> None:
        names = [self.tr("全部")] + [v.name for v in self.views]
        for index, name in enumerate(names):
            count = self.counts.get(index)
            self.bar.setTabText(index, name if count is None else f"{name}  {count:,}")

    def shown_count(self) -> int | None:
        """The count of the named view shown; None for 全部 or before its count arrives."""
        index = self.bar.currentIndex()
        return self.counts.get(index) if index >= 1 else None

    def _announce(self) -> None:
        count = self.shown_count()
        self.shownCountChanged.emit(-1 if count is None else count)

    def refresh_counts(self) -> None:
        """Count every view on a worker; the newest round of answers wins."""
        if not self.views:
            return
        self._generation += 1
        generation = self._generation
        store, tab = self.tab.store, self.tab.tab
        requests = [ListRequest()] + [ListRequest(dict(v.filters)) for v in self.views]

        def count_all() -> list[int]:
            return [store.list_query(tab, request).count() for request in requests]

        def done(counts: list[int]) -> None:
            if isValid(self) and generation == self._generation:
                self.counts = dict(enumerate(counts))
                self._title()
                self._announce()

        Operation(count_all).success(done).failure(lambda _exc, _trace: None).run_in_background()

    # --- actions -------------------------------------------------------------------------
    def save_current(self) -> SavedView | None:
        """Ask a name and save what the tab shows now (a name already used is replaced)."""
        shown = self.current_view()
        name, ok = QInputDialog.getText(
            self.parentWidget(),
            self.tr("保存为视图"),
            self.tr("视图名称（如 本月到期车险）："),
            QLineEdit.EchoMode.Normal,
            shown.name if shown else "",
        )
        name = name.strip()[:MAX_NAME]
        if not ok or not name:
            return None
        return self.save_as(name)

    def save_as(self, name: str) -> SavedView:
        view = self.tab.capture_view(name)
        existing = next((i for i, v in enumerate(self.views) if v.name == name), None)
        if existing is None:
            self.views.append(view)
            index = len(self.views)
        else:
            self.views[existing] = view
            index = existing + 1
        self._store()
        if self.bar.currentIndex() == 0:
            self._own_layout = self.tab.view.horizontalHeader().saveState()
        self._rebuild(index)
        return view

    def update_current(self) -> None:
        view = self.current_view()
        if view is not None:
            self.save_as(view.name)

    def delete(self, index: int) -> None:
        if not 1 <= index <= len(self.views):
            return
        del self.views[index - 1]
        self._store()
        showing = self.bar.currentIndex()
        self._rebuild(0 if showing == index else showing - (showing > index))
        if showing == index:
            self._show_all()

    def _close_requested(self, index: int) -> None:
        name = self.views[index - 1].name
        answer = QMessageBox.question(
            self.parentWidget(), self.tr("删除视图"), self.tr("删除视图“{0}”？记录不受影响。").format(name)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(index)

    def _menu(self, pos: QPoint) -> None:
        index = self.bar.tabAt(pos)
        menu = QMenu(self)
        menu.addAction(self.tr("保存当前筛选为视图…"), self.save_current)
        if index >= 1:
            self.bar.setCurrentIndex(index)
            menu.addAction(self.tr("用当前筛选、排序和列更新此视图"), self.update_current)
            menu.addAction(self.tr("删除此视图…"), lambda: self._close_requested(index))
        menu.exec(self.bar.mapToGlobal(pos))

    def _picked(self, index: int) -> None:
        self._announce()
        if index <= 0:
            self._show_all()
            return
        if self._own_layout is None:
            self._own_layout = self.tab.view.horizontalHeader().saveState()
        self.tab.apply_view(self.views[index - 1])

    def _show_all(self) -> None:
        layout, self._own_layout = self._own_layout, None
        self.tab.apply_view(None, layout)
