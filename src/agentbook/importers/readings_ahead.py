"""The pinyin of a large sheet's names, read on a second process while the preview is planned.

Every new customer's search document holds the pinyin of their name (``domain/names.py``), and
pypinyin reading ten thousand names is pure Python: about a tenth of a large import's time, all of
it on the interpreter lock. The names are known once the rows are parsed, well before anything is
written, so a spawned process reads them while this one plans the preview (and the user looks at
it); the write finds them in the session's memo. The process is never waited for: whatever it has
not finished when the write needs it is read here as before, so it can only make an import faster.
Spawned, never forked: a fork of the GUI would copy Qt's threads and the store's connections.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor

from agentbook.cores import usable_cores
from agentbook.domain import names

MIN_NAMES = 3000  # below this, reading them here (≈ 0.1 s) costs less than starting a process

log = logging.getLogger(__name__)


class ReadingsAhead:
    """One batch of names being read on a second process; ``take`` hands over what is done."""

    def __init__(self, future: Future[dict[str, tuple[tuple[str, str], ...]]]) -> None:
        self._future = future

    @classmethod
    def start(cls, candidates: Iterable[str], memo: names.Memo) -> ReadingsAhead | None:
        """Start reading those of *candidates* that *memo* has not read yet, when there are enough
        of them and a second core to read them on; None otherwise."""
        todo = list(dict.fromkeys(n for n in candidates if n and n not in memo.read))
        if len(todo) < MIN_NAMES or usable_cores() < 2:
            return None
        try:
            pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            future = pool.submit(names.readings_of_many, todo)
            pool.shutdown(wait=False)  # the process ends with its one task
        except (OSError, RuntimeError) as exc:  # no process to be had: the write reads the names itself
            log.warning("names not read ahead: %s", exc)
            return None
        return cls(future)

    def done(self) -> bool:
        """Whether the process has finished (or failed): ``take`` would hand over all it has."""
        return self._future.done()

    def take(self, memo: names.Memo) -> int:
        """Put the readings into *memo* if they are ready; how many names that was (0 while the
        process is still at work, or when it failed: the caller reads those names itself).
        Never waits: a process still at work is left to finish on its own."""
        future = self._future
        if not future.done():
            future.cancel()  # not started yet (no process to be had so far): it never will
            return 0
        if future.cancelled():  # its CancelledError is no Exception: asked before result()
            return 0
        failure = future.exception()
        if failure is not None:  # a broken worker costs speed, never the import
            log.warning("names read ahead were lost: %s", failure)
            return 0
        read = future.result()
        for name, readings in read.items():
            memo.read.setdefault(name, readings)
        return len(read)
