"""Baseline for cold start: a bare PySide6 window with one empty table, shown offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(["bare"])
    window = QMainWindow()
    view = QTableView(window)
    view.setModel(QStandardItemModel(0, 10, view))
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()

    def ready() -> None:
        window.repaint()
        print("READY 0", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    app.exec()


if __name__ == "__main__":
    main()
