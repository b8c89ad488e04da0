"""Console output for the windowed Windows build.

The Windows executable is built without a console (a console window behind the app would puzzle
agents), so ``sys.stdout`` is None there and ``agentbook --version`` or ``--self-test`` typed in
``cmd.exe`` would print nothing — or crash. Attaching to the parent process's console, when
there is one, makes those commands work as on Linux and macOS.
"""

from __future__ import annotations

import sys
from pathlib import Path


def attach_parent_console() -> bool:
    """On a frozen windowed Windows build started from a console, print into that console."""
    if sys.platform != "win32" or not getattr(sys, "frozen", False) or sys.stdout is not None:
        return False
    import ctypes

    attach_parent_process = -1
    if not ctypes.windll.kernel32.AttachConsole(attach_parent_process):
        return False  # started from Explorer: no console to write to
    console = Path("CONOUT$")  # the attached console's output device
    sys.stdout = console.open("w", encoding="utf-8", buffering=1)  # kept open for the life of the process
    sys.stderr = console.open("w", encoding="utf-8", buffering=1)
    return True
