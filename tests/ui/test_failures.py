"""One way to fail in front of the user: errors translate themselves, ``reported`` shows and
swallows a failed action, and a background operation with a parent shows its failure the same way."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from agentbook.domain.validation import FieldError, ValidationError
from agentbook.importers.errors import FileTooLargeError
from agentbook.importers.execute import ImportRejectedError
from agentbook.store.errors import DiskFullError, NotFoundError
from agentbook.ui.errors import describe, reported
from agentbook.ui.worker import Operation


def _tagged(context: str, text: str) -> str:
    return f"<{context}>{text}"


def test_a_known_error_translates_itself_in_its_own_context_with_its_values() -> None:
    assert DiskFullError().text(_tagged) == f"<store>{DiskFullError.message}"
    too_big = FileTooLargeError(size=80, limit=50)
    assert too_big.text(_tagged) == "<importer>文件太大（80 MB），一次最多导入 50 MB。请把表格拆分成几个文件。"


def test_a_rejected_import_row_says_which_row_and_why_the_database_refused_it() -> None:
    cause = ValidationError([FieldError("mobile", "手机号码格式不正确")])
    text = ImportRejectedError(7, cause).text(_tagged)
    assert text.startswith("<importer>第 7 行未能写入数据库")
    assert text.endswith("<validation>手机号码格式不正确")


def test_an_unknown_failure_is_described_as_our_bug() -> None:
    assert "程序内部错误" in describe(ZeroDivisionError("division by zero"))


def _answer_next_box(seen: list[tuple[str, QMessageBox.Icon]]) -> None:
    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.text(), box.icon()))
            box.accept()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(0, close)


def test_reported_shows_a_known_failure_and_lets_the_caller_stop(qtbot, store) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[str, QMessageBox.Icon]] = []
    _answer_next_box(seen)
    with reported(parent) as failure:
        store.customers.get(987654)
    assert failure and isinstance(failure.error, NotFoundError)
    assert seen == [(QCoreApplication.translate("store", NotFoundError.message), QMessageBox.Icon.Warning)]


def test_reported_shows_a_bug_as_a_bug(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[str, QMessageBox.Icon]] = []
    _answer_next_box(seen)
    with reported(parent) as failure:
        raise KeyError("broken invariant")
    assert failure
    [(text, icon)] = seen
    assert "程序内部错误" in text and icon is QMessageBox.Icon.Critical


def test_reported_stays_silent_when_the_action_succeeds(qtbot, store) -> None:
    with reported(None) as failure:
        count = store.customers.count()
    assert not failure and count == 0


def test_a_background_operation_with_a_parent_shows_its_failure(qtbot, store) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[str, QMessageBox.Icon]] = []
    _answer_next_box(seen)
    Operation(lambda: store.customers.get(987654), parent).run_in_background()
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    assert seen == [(QCoreApplication.translate("store", NotFoundError.message), QMessageBox.Icon.Warning)]


def test_a_background_operation_whose_window_closed_fails_quietly(qtbot, store) -> None:
    parent = QWidget()
    finished: list[bool] = []
    operation = Operation(lambda: store.customers.get(987654), parent)
    operation.success(lambda _r: finished.append(True))
    operation.run_in_background()
    parent.deleteLater()
    QCoreApplication.sendPostedEvents(None, 0)
    qtbot.waitUntil(lambda: operation not in Operation._alive, timeout=30_000)  # its failure was delivered
    assert QApplication.activeModalWidget() is None and finished == []


def test_a_result_for_a_window_closed_meanwhile_is_dropped(qtbot, store) -> None:
    """The window is gone before the worker finishes: the work waits for the window's deletion,
    so a quick count cannot deliver while the window still stands."""
    parent = QWidget()
    delivered: list[object] = []
    closed = threading.Event()

    def count_once_closed() -> int:
        assert closed.wait(30)
        return store.customers.count()

    operation = Operation(count_once_closed, parent)
    operation.success(delivered.append)
    operation.run_in_background()
    parent.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(parent)
    closed.set()
    qtbot.waitUntil(lambda: operation not in Operation._alive, timeout=30_000)  # its result arrived
    assert delivered == []


@pytest.mark.parametrize("error", [DiskFullError(), NotFoundError()])
def test_describe_gives_the_same_text_as_the_error_itself(error) -> None:
    assert describe(error) == error.text(QCoreApplication.translate)
