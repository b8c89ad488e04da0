"""Read connections beside the writer, so that a reader never waits for another query.

The archive is in WAL mode: any number of connections may read the last committed state while
one connection writes. The writer keeps one connection behind the store's lock (writes stay
serialized, and a write transaction reads its own uncommitted rows there); every other read —
lists, counts, search, Today, statistics, exports — runs on a read connection of its own thread.
So a search typed on the GUI thread does not queue behind Today's counts running on a worker.

Each thread gets one connection, opened on first use with the archive's key and kept (Qt's
thread pool reuses its threads). The idle lock, a key change and closing the store close them
all; a reader in the middle of a query is waited for, never cut off.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import sqlcipher3

from agentbook.store.errors import KnownError

T = TypeVar("T")


class ReadersClosedError(KnownError):
    """The archive is locked or closed: there is nothing to read until it is opened again."""


class _Reader:
    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self.conn = conn
        self.busy = threading.Lock()  # held for each query; closing waits for it


class ReaderPool:
    def __init__(self, connect: Callable[[], sqlcipher3.Connection]) -> None:
        self._connect = connect
        self._local = threading.local()
        self._readers: list[_Reader] = []
        self._guard = threading.Lock()
        self._generation = 0
        self._open = True

    def run(self, work: Callable[[sqlcipher3.Connection], T]) -> T:
        """Run *work* on this thread's read connection (opened now if it has none)."""
        reader = self._reader()
        with reader.busy:
            return work(reader.conn)

    def read(self, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        return self.run(lambda conn: conn.execute(sql, params).fetchall())

    def close(self) -> None:
        """Close every read connection (waiting for running queries); none opens until reopen()."""
        with self._guard:
            self._open = False
            self._generation += 1
            readers, self._readers = self._readers, []
        for reader in readers:
            with reader.busy, contextlib.suppress(sqlcipher3.Error):
                reader.conn.close()

    def reopen(self, connect: Callable[[], sqlcipher3.Connection]) -> None:
        """Allow reads again, with *connect* (the archive's key may have changed)."""
        with self._guard:
            self._connect = connect
            self._open = True

    def _reader(self) -> _Reader:
        mine: tuple[int, _Reader] | None = getattr(self._local, "reader", None)
        with self._guard:
            if not self._open:
                raise ReadersClosedError("the archive is locked or closed")
            if mine is not None and mine[0] == self._generation:
                return mine[1]
            generation, connect = self._generation, self._connect
        reader = _Reader(connect())  # outside the guard: opening takes a moment, others read on
        with self._guard:
            if not self._open or generation != self._generation:  # closed while we opened
                with contextlib.suppress(sqlcipher3.Error):
                    reader.conn.close()
                raise ReadersClosedError("the archive is locked or closed")
            self._readers.append(reader)
        self._local.reader = (generation, reader)
        return reader
