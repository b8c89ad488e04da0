"""One PDF per customer, written on every core: worker processes render while the store is read.

Laying out and drawing a sheet is pure Python (reportlab), so threads would take turns on the
interpreter lock; processes do not. The caller reads each batch's data from the store (the
store stays in its own process) and hands sheets over in chunks; a worker registers the fonts
and seeds their fixed alphabet once, when it starts, then writes each chunk's files where it is
told. Workers are spawned, never forked: a fork of the GUI would copy Qt's threads and the
store's open connections into a process that must not touch them.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path

from agentbook.cores import usable_cores
from agentbook.exporters.pdf_fonts import pdf_font
from agentbook.exporters.pdf_sheet import SheetCancelledError, SheetOptions, write_sheets
from agentbook.store.api import Customer360

MIN_SHEETS = 40  # below this, starting the workers (≈ 0.5 s each) costs more than it saves
CHUNK = 20  # sheets per task: few enough to keep every worker busy to the end, enough to amortise
POLL_S = 0.1  # how often a wait looks at Cancel

Job = tuple[Customer360, Path]


def workers_for(count: int) -> int:
    """How many worker processes a batch of *count* files is worth (0: write them here)."""
    cores = usable_cores()
    return 0 if count < MIN_SHEETS or cores < 2 else min(cores, 4)


def _prepare() -> None:
    """Worker start: the fonts registered and their alphabet ready before the first sheet."""
    pdf_font()


def _write(jobs: list[tuple[Customer360, str]], options: SheetOptions) -> int:
    for data, path in jobs:
        write_sheets([data], Path(path), options)
    return len(jobs)


def write_files(
    jobs: Iterable[Job],
    options: SheetOptions,
    workers: int,
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write each (sheet, file) of *jobs* on *workers* processes; *progress* gets the files done.

    Raises ``SheetCancelledError`` soon after *cancelled* says so, with the sheets not yet started
    dropped; a worker's error is raised here. At most two chunks per worker wait at any time, so
    the data read ahead stays small however large the batch.
    """
    context = multiprocessing.get_context("spawn")
    done = 0
    pending: set[Future[int]] = set()

    def collect(block: bool) -> None:
        """Take in finished chunks: all of them (*block*), or until a worker has room again."""
        nonlocal done
        while pending and (block or len(pending) >= 2 * workers):
            finished, _ = wait(pending, timeout=POLL_S, return_when=FIRST_COMPLETED)
            for future in finished:
                pending.discard(future)
                done += future.result()
                if progress is not None:
                    progress(done)
            if cancelled is not None and cancelled():
                raise SheetCancelledError()

    with ProcessPoolExecutor(workers, mp_context=context, initializer=_prepare) as pool:
        try:
            chunk: list[tuple[Customer360, str]] = []
            for data, path in jobs:
                if cancelled is not None and cancelled():
                    raise SheetCancelledError()
                chunk.append((data, str(path)))
                if len(chunk) == CHUNK:
                    pending.add(pool.submit(_write, chunk, options))
                    chunk = []
                    collect(block=False)
            if chunk:
                pending.add(pool.submit(_write, chunk, options))
            collect(block=True)
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)  # no worker writes into a folder being removed
            raise
