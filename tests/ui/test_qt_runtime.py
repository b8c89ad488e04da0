"""The Qt binding the app runs on keeps Python's reference counts whole.

PySide6 6.12's abi3 wheels give back ``None`` from void methods without the reference the caller
drops; on Python 3.11 (where ``None`` is not immortal) a few thousand widget calls later the
interpreter aborts. pyproject.toml keeps 3.11 below 6.12; this test fails if that ever slips.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_leave_the_count_of_none_unchanged(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):  # each call under the broken wheels takes one reference away
        label.setText("张三")
        label.setToolTip("")
    assert sys.getrefcount(None) - before > -1000  # the broken wheels take 4000; other threads a few
