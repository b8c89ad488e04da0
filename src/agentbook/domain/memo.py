"""Answers of a pure function kept for one caller that asks the same questions again and again.

An import reads every telephone and ID number of a sheet several times over (the cell, the
plan's checks, the stored form, the repository's validation, the search key). A ``Remembered``
keeps the answers while such a caller asks for it (``remembering``), per thread, so no other
work sees or keeps them; the caller holds those numbers anyway, and the memo goes with it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Remembered(Generic[K, V]):
    def __init__(self) -> None:
        self._local = threading.local()

    @contextmanager
    def remembering(self, memo: dict[K, V] | None = None) -> Iterator[dict[K, V]]:
        """Within, answers are kept in *memo* (a new one when None); a caller that keeps *memo*
        across blocks (one import, step after step) pays for each question once."""
        memo = {} if memo is None else memo
        outer = getattr(self._local, "memo", None)
        self._local.memo = memo
        try:
            yield memo
        finally:
            self._local.memo = outer

    @property
    def memo(self) -> dict[K, V] | None:
        """The memo of the block this thread is in, or None outside any."""
        memo: dict[K, V] | None = getattr(self._local, "memo", None)
        return memo
