"""Python's cycle collector during a batch of sheets: the heap the batch starts with is set aside.

Every full collection walks every object in the process; a batch allocates enough to trigger a
few of them, and each walked the whole application again (the GUI's objects, the store's caches)
to find nothing to free there: ~0.3 s of a 1,000-sheet PDF, more in a bigger process.
``gc.freeze`` moves what exists when the batch starts into a generation the collector skips, so
its collections look at the batch's own objects only, and still free the batch's garbage as they
go; the frozen objects are handed back when the last batch running ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_running = 0


@contextmanager
def older_objects_set_aside() -> Iterator[None]:
    """Freeze the heap as it is for the length of the block (nested and concurrent blocks too)."""
    global _running
    with _lock:
        _running += 1
        gc.freeze()
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0:
                gc.unfreeze()
