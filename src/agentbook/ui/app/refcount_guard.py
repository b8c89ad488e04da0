"""Keep ``None``, ``True`` and ``False`` alive under PySide6 wheels built for Python 3.12+.

The PySide6 6.12.0 abi3 wheels return ``None`` from every void method (``setText`` …) without
adding the reference the caller takes away — harmless on Python 3.12+, where ``None`` is immortal
(PEP 683), but on 3.11 each call drops ``None``'s count by one, and after a few thousand widget
calls the interpreter aborts with "none_dealloc: deallocating None". The same header skew broke
other abi3 extensions (vllm-project/vllm#49950). Giving these singletons a reserve of references,
as 3.12 does by making them immortal, keeps the process alive; on 3.12+ this does nothing.
Call it once, before the first widget is made (app start-up, test session).
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # at 10,000 void calls a second, enough for three years of continuous use


def reserve_singleton_references() -> bool:
    """Add a large reserve to the counts of None/True/False on CPython < 3.12; True if it did."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False  # immortal already, or a debug build whose object header differs
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt is the first field of PyObject
        count.value += RESERVE
    return True
