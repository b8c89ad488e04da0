"""Python's cycle collector during long steps that build many objects: one owner for the process.

Importing a sheet and printing a batch of sheets each allocate hundreds of thousands of objects,
and every collection those allocations trigger walks everything it tracks to find nothing to
free. Two ways out, for two kinds of work:

- ``paused``: an import's steps (reading, planning, writing a sheet) run with the collector off;
  what they make lives until the step ends anyway (~8 % of an import of 10,000 rows). When the
  last paused step ends, what it still holds goes to the oldest generation at once, not through
  the young ones, whose collections (the first due as soon as the collector is back) would walk
  all of it for nothing (0.1–0.3 s of such an import); cycles left among it are found by the
  next full collection, as any old garbage is.
- ``set_aside``: a batch of sheets runs with the collector on (a batch makes garbage as it
  goes), but the heap it started with is frozen, so the batch's collections look at its own
  objects only instead of walking the GUI and the store's caches each time (~0.3 s of a
  1,000-sheet PDF, more in a bigger process); it is handed back when the last batch ends.

Both act on the one process-wide collector, so they share one lock and know of each other: a
step ending during a batch adds what it keeps to the batch's frozen heap instead of handing the
batch's heap back early.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused = 0  # steps running with the collector off
_set_aside = 0  # batches running with the heap they started with frozen


@contextmanager
def paused() -> Iterator[None]:
    """The collector off for the block (nested and concurrent blocks too); left as it was after."""
    global _paused
    with _lock:
        ours = _paused > 0 or gc.isenabled()  # off by someone else's choice: theirs to turn on
        if ours:
            _paused += 1
            gc.disable()
    try:
        yield
    finally:
        if ours:
            with _lock:
                _paused -= 1
                if _paused == 0:
                    gc.freeze()
                    if _set_aside == 0:
                        gc.unfreeze()
                    gc.enable()


@contextmanager
def set_aside() -> Iterator[None]:
    """The heap as it is frozen for the length of the block (nested and concurrent blocks too)."""
    global _set_aside
    with _lock:
        _set_aside += 1
        gc.freeze()
    try:
        yield
    finally:
        with _lock:
            _set_aside -= 1
            if _set_aside == 0:
                gc.unfreeze()
