"""The 360 view on paper, as it is on screen: for a meeting, the page the agent was looking at.

The archive sheet is the formal record; this is the quick one — what the window shows, masked or
revealed as it is, scaled to a landscape A4 page. It is a print of personal data like any other,
so the customer's history records it, and whether sensitive fields were shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from agentbook.store.api import Store
from agentbook.ui.errors import reported


class PrintFailedError(RuntimeError):
    """The printer could not be opened."""


def render_to(printer: QPrinter, widget: QWidget) -> None:
    """Paint *widget* on one page of *printer*, as large as fits, keeping its proportions."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailedError(printer.printerName() or printer.outputFileName())
    try:
        page = painter.viewport()
        scale = min(page.width() / max(widget.width(), 1), page.height() / max(widget.height(), 1))
        painter.scale(scale, scale)
        widget.render(painter, QPoint(0, 0))
    finally:
        painter.end()


def print_view(store: Store, customer_id: int, widget: QWidget, printer: QPrinter, *, revealed: bool) -> None:
    render_to(printer, widget)
    target = printer.printerName() or printer.outputFileName()
    store.record_event(
        "print",
        "customer",
        customer_id,
        customer_id=customer_id,
        summary="360",
        details={"target": target, "revealed": revealed, "as_shown": True},
    )


def prepare_printer(printer: QPrinter) -> None:
    """A4 landscape: the window is wider than tall."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)


def ask_print(store: Store, customer_id: int, widget: QWidget, *, revealed: bool) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer)
    dialog = QPrintDialog(printer, widget)
    dialog.setWindowTitle(QCoreApplication.translate("Customer360View", "打印此页"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    with reported(widget) as failure:
        print_view(store, customer_id, widget, printer, revealed=revealed)
    return not failure
