"""The main window's commands on one record: open it (a customer in the 360 view, any other
record in its dialog), create, edit, delete, reveal masked fields, print and export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from agentbook.store.api import Store
from agentbook.ui.errors import reported
from agentbook.ui.tabs import editing
from agentbook.ui.tabs.record_tab import RecordTab

if TYPE_CHECKING:  # built when first opened: the 360 view loads PDF, Excel and charts
    from agentbook.ui.customer360.view import Customer360View

# The texts here are translated in the context "MainWindow", as ``MainWindow.tr`` does: the
# catalogues keep the window's texts together, whichever of its modules holds them.


class RecordCommands(QMainWindow):
    """The lowest layer of ``MainWindow``: what a row, a 360 view or a menu asks of one record."""

    store: Store
    views360: dict[int, Customer360View]  # the open 360 views by customer id
    record_tabs: list[RecordTab]  # the record tabs built so far, in tab order

    def open_record(self, tab: str, record_id: int) -> None:
        """A customer opens in the 360 view, any other record in its dialog."""
        if tab == "customers":
            self.open_customer(record_id)
        else:
            self.edit(tab, record_id, {})

    def open_customer(self, customer_id: int) -> Customer360View:
        view = self.views360.get(customer_id)
        if view is None:
            from agentbook.ui.customer360.view import Customer360View

            view = Customer360View(self.store, customer_id, self)
            view.editRequested.connect(self.edit)
            view.customerRequested.connect(self.open_customer)
            view.printRequested.connect(self.print_customer)
            view.finished.connect(lambda _r, cid=customer_id: self.views360.pop(cid, None))
            self.views360[customer_id] = view
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def new_record(self, tab: str) -> None:
        self.edit(tab, None, {})

    def edit(self, tab: str, record_id: int | None, context: dict) -> Any:
        with reported(self):
            return editing.edit_record(self.store, tab, record_id, self, **context)
        return None

    def delete_record(self, tab: str, record_id: int) -> None:
        with reported(self):  # the deletion's change event reloads the views
            editing.delete_record(self.store, tab, record_id, self)

    def reveal(self, tab: RecordTab, record_id: int) -> None:
        """Show one row's masked columns; a deliberate act, so it is logged."""
        entity = editing.ENTITY_OF_TAB[tab.tab]
        customer_id = tab.customer_id_of(record_id)
        self.store.record_event("reveal", entity, record_id, customer_id=customer_id, summary=tab.tab)
        tab.model.reveal(record_id)

    def hide_revealed(self) -> None:
        for tab in self.record_tabs:
            tab.model.hide_revealed()

    def print_customer(self, customer_id: int) -> None:
        from agentbook.ui.printing.sheet_actions import print_sheets  # reportlab: loaded when first used

        print_sheets(self.store, [customer_id], self)

    def export_workbook(self) -> None:
        from agentbook.ui.excel.actions import export_workbook  # xlsxwriter: loaded when first used

        export_workbook(self.store, self, self._exported)

    def _export_view(self, tab: RecordTab) -> None:
        from agentbook.ui.excel.actions import export_current_view

        export_current_view(self.store, tab, self, self._exported)

    def import_excel(self) -> None:
        from agentbook.ui.excel.import_wizard import open_import_wizard  # openpyxl: loaded when first used

        open_import_wizard(self.store, self, lambda _result: None)

    def _exported(self, path: Path) -> None:
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "已导出：{0}").format(path), 10000)
