"""Deleting a record: confirm first; a customer who is a policy party is offered 已终止 instead."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.api import Store
from agentbook.store.errors import CustomerIsPartyError


class Outcome(Enum):
    CANCELLED = "cancelled"
    DELETED = "deleted"
    TERMINATED = "terminated"
    KEPT = "kept"

    def __bool__(self) -> bool:  # truthy when the database changed
        return self in (Outcome.DELETED, Outcome.TERMINATED)


ENTITY_NAMES = {
    "customer": QT_TRANSLATE_NOOP("deletion", "客户"),
    "policy": QT_TRANSLATE_NOOP("deletion", "保单"),
    "payment": QT_TRANSLATE_NOOP("deletion", "缴费记录"),
    "claim": QT_TRANSLATE_NOOP("deletion", "理赔"),
    "contact": QT_TRANSLATE_NOOP("deletion", "沟通记录"),
    "relationship": QT_TRANSLATE_NOOP("deletion", "客户关系"),
    "complaint": QT_TRANSLATE_NOOP("deletion", "投诉"),
}
Ask = Callable[[QWidget | None, str, str, bool], bool]


def ask_with_message_box(parent: QWidget | None, title: str, text: str, destructive: bool) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def _repository(store: Store, entity: str):
    return {
        "customer": store.customers,
        "policy": store.policies,
        "payment": store.payments,
        "claim": store.claims,
        "contact": store.contacts,
        "relationship": store.relationships,
        "complaint": store.complaints,
    }[entity]


def confirm_and_delete(
    store: Store, entity: str, record_id: int, parent: QWidget | None = None, ask: Ask = ask_with_message_box
) -> Outcome:
    """Ask, delete through the store (audit-logged), and explain when the archive forbids it."""
    kind = QCoreApplication.translate("deletion", ENTITY_NAMES[entity])
    if not ask(
        parent,
        QCoreApplication.translate("deletion", "删除"),
        QCoreApplication.translate("deletion", "确定删除这条{0}吗？此操作会记入操作日志，且无法撤销。").format(kind),
        True,
    ):
        return Outcome.CANCELLED
    try:
        _repository(store, entity).delete(record_id)
    except CustomerIsPartyError:
        question = QCoreApplication.translate(
            "deletion",
            "该客户是保单的投保人、被保险人、受益人或理赔申请人，档案必须保留，不能删除。\n\n是否将其标记为“已终止”？",
        )
        if ask(parent, QCoreApplication.translate("deletion", "不能删除"), question, False):
            store.customers.terminate(record_id)
            return Outcome.TERMINATED
        return Outcome.KEPT
    return Outcome.DELETED
