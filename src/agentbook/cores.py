"""How many processor cores this process may run on: the one answer that decides whether a
second process is worth starting (the PDF folder's workers, the import's name readings)."""

from __future__ import annotations

import os


def usable_cores() -> int:
    """The cores this process may be scheduled on (its affinity where the system has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity call
        return os.cpu_count() or 1
