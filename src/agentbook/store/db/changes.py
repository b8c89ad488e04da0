"""Change events: after each commit the store says what changed, so views reload only that.

Every write to the archive records an audit row with its entity, record id and the customers it
concerns (``Database.audit``), inside the write's transaction. The same call notes the change
here; when the outermost transaction commits, the collected :class:`Change` goes to every
subscriber, and a rolled-back transaction announces nothing. Subscribers are plain callables (the
store knows no Qt); the UI turns them into a signal delivered on the GUI thread. A subscriber runs
on the thread that committed, so it only hands the change on and never queries the store itself.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

# Audited events that change no record of the archive: reads, exports and session events.
NOT_CHANGES = frozenset(
    {
        "open",
        "lock",
        "unlock",
        "export",
        "export_excel",
        "branch_move",
        "export_report",
        "print",
        "reveal",
        "backup",
        "self_test",
        "audit_verify",
        "integrity_check",
        "recovery_key_shown",
        "recovery_key_print",
        "recovery_key_pdf",
        "recover",
        "key_change",
        "passphrase_change",
    }
)


@dataclass(frozen=True, slots=True)
class Change:
    """What one commit changed: entities ("customer", "policy", …), their ids, the customers
    concerned, and which entities changed in rows that concern no customer (settings, bulk loads).

    ``everything`` says the whole archive may differ (a restore, an unlock): every view reloads.
    """

    entities: frozenset[str] = frozenset()
    ids: dict[str, frozenset[int]] = field(default_factory=dict)
    customers: frozenset[int] = frozenset()
    unowned: frozenset[str] = frozenset()
    everything: bool = False

    def touches(self, entities: Iterable[str]) -> bool:
        """True when any of *entities* changed."""
        return self.everything or not self.entities.isdisjoint(entities)

    def concerns_customer(self, customer_id: int, entities: Iterable[str] = ()) -> bool:
        """True when the change may alter what a view of *customer_id* made of *entities* shows."""
        return self.everything or customer_id in self.customers or not self.unowned.isdisjoint(entities)


EVERYTHING = Change(everything=True)


class _Collector:
    """The changes of the transaction under way; the Database's lock serializes writers."""

    def __init__(self) -> None:
        self.clear()

    def note(self, entity: str, entity_id: int | None, customers: Iterable[int]) -> None:
        self.entities.add(entity)
        if entity_id is not None:
            self.ids.setdefault(entity, set()).add(entity_id)
        found = set(customers)
        self.customers |= found
        if not found:
            self.unowned.add(entity)

    def build(self) -> Change | None:
        if not self.entities:
            return None
        return Change(
            frozenset(self.entities),
            {entity: frozenset(ids) for entity, ids in self.ids.items()},
            frozenset(self.customers),
            frozenset(self.unowned),
        )

    def take(self) -> Change | None:
        change = self.build()
        self.clear()
        return change

    def clear(self) -> None:
        self.entities: set[str] = set()
        self.ids: dict[str, set[int]] = {}
        self.customers: set[int] = set()
        self.unowned: set[str] = set()


class ChangeFeed:
    """Collects a transaction's changes and announces them after its commit."""

    def __init__(self) -> None:
        self._pending = _Collector()
        self._subscribers: list[Callable[[Change], None]] = []
        self._guard = threading.Lock()

    def subscribe(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        """Call *callback* after every commit that changed something; returns the unsubscribe."""
        with self._guard:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._guard, contextlib.suppress(ValueError):
                self._subscribers.remove(callback)

        return unsubscribe

    def note(self, action: str, entity: str, entity_id: int | None, customers: Iterable[int]) -> None:
        if action not in NOT_CHANGES:
            self._pending.note(entity, entity_id, customers)

    def pending(self) -> Change | None:
        """What the transaction under way has changed so far (a branch sends it to the others)."""
        return self._pending.build()

    def committed(self) -> None:
        change = self._pending.take()
        if change is not None:
            self.announce(change)

    def rolled_back(self) -> None:
        self._pending.clear()

    def announce(self, change: Change) -> None:
        """Tell every subscriber; also used for changes made outside a transaction (a restore)."""
        with self._guard:
            subscribers = list(self._subscribers)
        for callback in subscribers:
            try:
                callback(change)
            except Exception:  # the commit stands whatever a listener does; say so in the log
                log.exception("a change listener failed")
