"""The store's change events as a Qt signal, delivered on the GUI thread.

The store announces each commit's :class:`~agentbook.store.db.changes.Change` on the thread that
committed, a worker's included. Emitting a signal of this GUI-thread object from there queues the
call to the receivers' thread, so views reload on the GUI thread whichever thread wrote.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from agentbook.store.api import Store
from agentbook.store.db.changes import EVERYTHING, Change

# What each view is made of: a change to any of these entities makes it reload.
TAB_ENTITIES: dict[str, frozenset[str]] = {
    "customers": frozenset({"customer", "policy", "payment", "setting", "paper_location", "consent_event"}),
    "policies": frozenset({"policy", "customer", "payment", "setting"}),
    "payments": frozenset({"payment", "policy", "customer", "setting"}),
    "claims": frozenset({"claim", "policy", "customer"}),
    "contacts": frozenset({"contact", "customer", "policy", "claim"}),
    "complaints": frozenset({"complaint", "customer", "policy", "setting"}),
}
TODAY_ENTITIES = frozenset(
    {"customer", "policy", "payment", "claim", "contact", "complaint", "loan", "setting", "subject_request"}
)
STATISTICS_ENTITIES = frozenset({"customer", "policy", "payment", "claim", "contact", "complaint", "setting"})
CUSTOMER_VIEW_ENTITIES = frozenset(
    {
        "customer",
        "policy",
        "payment",
        "claim",
        "contact",
        "complaint",
        "relationship",
        "consent_event",
        "subject_request",
        "attachment",
        "paper_location",
        "loan",
        "commission_rule",
        "commission_receipt",
        "policy_service",
        "setting",
    }
)


class StoreEvents(QObject):
    """Subscribes to the store for as long as this object lives."""

    changed = Signal(object)  # a Change

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._unsubscribe = store.changes.subscribe(self._forward)
        self.destroyed.connect(lambda *_args, stop=self._unsubscribe: stop())

    def _forward(self, change: Change) -> None:
        try:
            self.changed.emit(change)
        except RuntimeError:  # the Qt half of this object is gone (window closed): nothing to tell
            self._unsubscribe()

    def stop(self) -> None:
        """No more events (the window closes while the store stays open, e.g. in tests)."""
        self._unsubscribe()

    def announce_everything(self) -> None:
        """After a restore or an unlock the whole archive may differ."""
        self.changed.emit(EVERYTHING)


__all__ = [
    "CUSTOMER_VIEW_ENTITIES",
    "STATISTICS_ENTITIES",
    "TAB_ENTITIES",
    "TODAY_ENTITIES",
    "Change",
    "StoreEvents",
]
