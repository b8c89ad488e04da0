"""One action for all the selected rows of a tab: paid, reminded, followed up, tagged.

An agent ticks off the morning's bank statement or the afternoon's reminder calls as a batch,
not row by row. Each action is one store call (one transaction, an audit row per record) and is
offered in the row menu with the number of rows it will touch, so nothing happens by surprise.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import partial
from typing import TypeVar, cast

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QWidget,
)

from agentbook.domain import enums as E
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.api import Store
from agentbook.ui.errors import reported
from agentbook.ui.formatting import display
from agentbook.ui.worker import wait_for

T = TypeVar("T")


class BatchPaidDialog(QDialog):
    """The day and the way the selected instalments were paid; each is paid its amount due."""

    def __init__(self, store: Store, payment_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batch_paid_dialog")
        self.setWindowTitle(self.tr("批量标记已缴"))
        self.store = store
        payments = [store.payments.get(pid) for pid in payment_ids]
        self.payment_ids = [p.id for p in payments if p.id is not None and p.status is not E.PaymentStatus.PAID]
        total = sum((p.amount_due or Decimal(0) for p in payments if p.id in self.payment_ids), Decimal(0))
        self.saved: int | None = None
        today = store.today()
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setObjectName("paid_date")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.method = QComboBox(self)
        self.method.setObjectName("method")
        for member in E.PaymentMethod:
            self.method.addItem(QCoreApplication.translate("enum", member.label), member.value)
        skipped = len(payments) - len(self.payment_ids)
        summary = self.tr("%n 期，按应缴金额登记，合计 {0} 元", "", len(self.payment_ids)).format(
            display("money", total)
        )
        if skipped:
            summary += "\n" + self.tr("另有 %n 期已是已缴，不变", "", skipped)
        self.summary = QLabel(summary, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.payment_ids))
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.summary)
        form.addRow(self.tr("缴费日期"), self.date_edit)
        form.addRow(self.tr("缴费方法"), self.method)
        form.addRow(buttons)

    def apply(self) -> None:
        store, ids = self.store, self.payment_ids
        paid_date = cast(date, self.date_edit.date().toPython())
        method = E.PaymentMethod(self.method.currentData())
        with reported(self) as failure:
            done = _busy(
                self, self.tr("标记已缴"), lambda: store.mark_paid_many(ids, paid_date=paid_date, method=method)
            )
        if not failure:
            self.saved = len(done)
            self.accept()


def mark_paid(store: Store, ids: list[int], parent: QWidget) -> int | None:
    dialog = BatchPaidDialog(store, ids, parent)
    dialog.exec()
    return dialog.saved


def mark_reminded(store: Store, ids: list[int], parent: QWidget) -> int | None:
    """A 缴费提醒 in the contact log of each selected instalment's policyholder."""
    channels = list(E.ContactChannel)
    labels = [QCoreApplication.translate("enum", c.label) for c in channels]
    label, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("SelectionActions", "记录已提醒"),
        QCoreApplication.translate("SelectionActions", "%n 期缴费已提醒，提醒方式：", "", len(ids)),
        labels,
        0,
        False,
    )
    if not ok:
        return None
    channel = channels[labels.index(label)]
    summary = QCoreApplication.translate("SelectionActions", "已提醒缴费：保单 {policy} 第 {period} 期，应缴日 {due}")
    with reported(parent) as failure:
        created = _busy(
            parent,
            QCoreApplication.translate("SelectionActions", "记录已提醒"),
            lambda: store.record_reminders(ids, channel=channel, summary=summary),
        )
    return None if failure else len(created)


def follow_ups_done(store: Store, ids: list[int], parent: QWidget) -> int | None:
    with reported(parent) as failure:
        changed = _busy(
            parent, QCoreApplication.translate("SelectionActions", "跟进已完成"), lambda: store.follow_ups_done(ids)
        )
    return None if failure else changed


def add_tag(store: Store, ids: list[int], parent: QWidget) -> int | None:
    """A tag (负责人, 车险客户 …) added to every selected customer; existing tags are offered."""
    tag, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("SelectionActions", "添加标签"),
        QCoreApplication.translate("SelectionActions", "给所选 %n 位客户添加标签：", "", len(ids)),
        store.customers.all_tags(),
        0,
        True,
    )
    if not ok or not tag.strip():
        return None
    with reported(parent) as failure:
        changed = _busy(
            parent, QCoreApplication.translate("SelectionActions", "添加标签"), lambda: store.change_tag(ids, add=tag)
        )
    return None if failure else changed


def remove_tag(store: Store, ids: list[int], parent: QWidget) -> int | None:
    with reported(parent) as failure:
        tags = _busy(
            parent,
            QCoreApplication.translate("SelectionActions", "移除标签"),
            lambda: store.customers.tags_of(ids),
            QCoreApplication.translate("SelectionActions", "正在读取所选客户的标签…"),
        )
    if failure or not tags:
        return None
    tag, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("SelectionActions", "移除标签"),
        QCoreApplication.translate("SelectionActions", "从所选 %n 位客户移除标签：", "", len(ids)),
        tags,
        0,
        False,
    )
    if not ok:
        return None
    with reported(parent) as failure:
        changed = _busy(
            parent,
            QCoreApplication.translate("SelectionActions", "移除标签"),
            lambda: store.change_tag(ids, remove=tag),
        )
    return None if failure else changed


def _busy(parent: QWidget, title: str, work: Callable[[], T], label: str = "") -> T:
    """*work* on a worker, with progress after half a second: a selection may be the whole book."""
    label = label or QCoreApplication.translate("SelectionActions", "正在保存…")
    return wait_for(parent, title, [label], lambda _step: work())


def _t(text: str, n: int) -> str:
    return QCoreApplication.translate("SelectionActions", text, "", n)


def add_selection_actions(menu: QMenu, tab_name: str, store: Store, ids: list[int], parent: QWidget) -> None:
    """The batch entries that fit the tab, each saying how many rows it touches."""
    n = len(ids)
    entries: list[tuple[str, str, Callable[[Store, list[int], QWidget], int | None]]] = []
    if tab_name == "payments":
        entries = [
            ("batch_paid", _t(QT_TRANSLATE_NOOP("SelectionActions", "所选 %n 期标记已缴…"), n), mark_paid),
            (
                "batch_reminded",
                _t(QT_TRANSLATE_NOOP("SelectionActions", "所选 %n 期记录已提醒…"), n),
                mark_reminded,
            ),
        ]
    elif tab_name == "contacts":
        entries = [
            (
                "batch_follow_up_done",
                _t(QT_TRANSLATE_NOOP("SelectionActions", "所选 %n 条标记已跟进"), n),
                follow_ups_done,
            )
        ]
    elif tab_name == "customers":
        entries = [
            (
                "batch_add_tag",
                _t(QT_TRANSLATE_NOOP("SelectionActions", "给所选 %n 位客户添加标签…"), n),
                add_tag,
            ),
            (
                "batch_remove_tag",
                _t(QT_TRANSLATE_NOOP("SelectionActions", "从所选 %n 位客户移除标签…"), n),
                remove_tag,
            ),
        ]
    if not entries:
        return
    batch = menu.addMenu(_t(QT_TRANSLATE_NOOP("SelectionActions", "所选 %n 行"), n))
    batch.setObjectName("selection_menu")
    for name, text, action in entries:
        item = batch.addAction(text, partial(action, store, ids, parent))
        item.setObjectName(name)
