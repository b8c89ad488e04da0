"""Which columns a tab's table shows, in which order and how wide: read, set and chosen.

The header itself keeps the layout between runs (``QHeaderView.saveState`` in the settings);
these helpers give a named view its columns by key, so a view still opens when a later version
lists a column more or one fewer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from agentbook.ui.tabs.columns import HIDDEN_BY_DEFAULT, header
from agentbook.ui.tabs.table_model import PagedTableModel


def visible_columns(view: QTableView, model: PagedTableModel) -> list[tuple[str, int]]:
    """(key, width) of the store's columns shown, in the order the user sees them."""
    head = view.horizontalHeader()
    ordered = sorted(range(len(model.columns)), key=head.visualIndex)
    return [(model.columns[i].key, head.sectionSize(i)) for i in ordered if not head.isSectionHidden(i)]


def show_columns(view: QTableView, model: PagedTableModel, columns: list[tuple[str, int]]) -> None:
    """Show exactly *columns*, in that order and width; keys this version does not list are skipped."""
    head = view.horizontalHeader()
    logical = {c.key: i for i, c in enumerate(model.columns)}
    wanted = [(logical[key], width) for key, width in columns if key in logical]
    if not wanted:
        return
    shown = {i for i, _w in wanted}
    for i in range(len(model.columns)):
        view.setColumnHidden(i, i not in shown)
    for position, (i, width) in enumerate(wanted):
        head.moveSection(head.visualIndex(i), position)
        if width > 0:
            head.resizeSection(i, width)


def default_columns(view: QTableView, model: PagedTableModel) -> None:
    for i, column in enumerate(model.columns):
        view.setColumnHidden(i, column.key in HIDDEN_BY_DEFAULT)


def size_columns(view: QTableView, model: PagedTableModel) -> None:
    """Widths from the headings and the first rows, kept between 80 and 260 pixels."""
    head = view.horizontalHeader()
    # Measuring a few rows is enough for widths; measuring all 200 × 5 tabs cost 0.4 s of start-up.
    head.setResizeContentsPrecision(25)
    view.resizeColumnsToContents()
    for i in range(model.columnCount()):
        head.resizeSection(i, min(max(head.sectionSize(i), 80), 260))


def column_menu(
    parent: QWidget,
    view: QTableView,
    model: PagedTableModel,
    restore_default: Callable[[], None],
    save_view: Callable[[], object],
) -> QMenu:
    """Tick the columns to show; drag a heading to move it, its edge to size it."""
    menu = QMenu(parent)
    head = view.horizontalHeader()
    for i, column in enumerate(model.columns):
        action = QAction(header(column.key), menu, checkable=True)
        action.setChecked(not head.isSectionHidden(i))
        action.toggled.connect(lambda on, i=i: view.setColumnHidden(i, not on))
        menu.addAction(action)
    menu.addSeparator()
    hint = menu.addAction(QCoreApplication.translate("RecordTab", "拖动列标题可调整顺序，拖动边线可调整宽度"))
    hint.setEnabled(False)
    menu.addAction(QCoreApplication.translate("RecordTab", "恢复默认顺序"), restore_default)
    menu.addAction(QCoreApplication.translate("RecordTab", "保存当前筛选为视图…"), save_view)
    return menu
