"""Change events between the people of a branch: what one app commits, the others' views reload.

On the local file the change feed (``changes.py``) only hears its own process. On a branch
server each commit also sends its :class:`Change` with PostgreSQL's ``NOTIFY``, which the server
delivers to every listening connection only if, and when, the transaction commits. Each app
listens on a connection of its own (a daemon thread) and hands what others changed to its feed,
so the Today view, the tabs and open 360 views of a colleague reload what concerns them without
a restart, exactly as after their own saves. A change too large for one notification (a bulk
load) is announced as "everything".
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from typing import Any

import psycopg

from agentbook.store.db.changes import EVERYTHING, Change, ChangeFeed

log = logging.getLogger(__name__)

CHANNEL = "agentbook_changes"
_MAX_PAYLOAD = 7000  # PostgreSQL refuses a payload of 8000 bytes or more


def payload(change: Change) -> str:
    """*change* as the text of one notification."""
    text = json.dumps(
        {
            "entities": sorted(change.entities),
            "ids": {k: sorted(v) for k, v in change.ids.items()},
            "customers": sorted(change.customers),
            "unowned": sorted(change.unowned),
        },
        separators=(",", ":"),
    )
    return text if len(text.encode()) < _MAX_PAYLOAD else json.dumps({"everything": True})


def parse(text: str) -> Change:
    data = json.loads(text)
    if data.get("everything"):
        return EVERYTHING
    return Change(
        frozenset(data["entities"]),
        {k: frozenset(v) for k, v in data["ids"].items()},
        frozenset(data["customers"]),
        frozenset(data["unowned"]),
    )


def send(conn: Any, change: Change) -> None:
    """Queue *change* for the others, inside the transaction that made it (sent at its commit)."""
    conn.execute("SELECT pg_notify(?, ?)", (CHANNEL, payload(change)))


class Listener:
    """A thread that hears other apps' commits on *dsn* and announces them on *feed*."""

    def __init__(self, dsn: str, feed: ChangeFeed, own_backend: int) -> None:
        self._dsn = dsn
        self._feed = feed
        self._own = own_backend  # this app's writer: its changes were announced at its commit
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="agentbook-branch-changes", daemon=True)
        self.ready = threading.Event()  # listening (tests wait for it before changing anything)

    def start(self) -> Listener:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._dsn, autocommit=True, connect_timeout=10) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.ready.set()
                    while not self._stop.is_set():
                        # Short waits: closing the archive waits for this thread to see the stop.
                        for note in conn.notifies(timeout=0.1, stop_after=50):
                            if note.pid != self._own:
                                self._announce(note.payload)
            except psycopg.Error:
                # The server went away: views go on showing what they have; listen again soon.
                log.warning("branch change listener lost its connection; retrying", exc_info=True)
                self._stop.wait(5)

    def _announce(self, text: str) -> None:
        with contextlib.suppress(ValueError, KeyError, TypeError):
            self._feed.announce(parse(text))
