"""The frozen program's entry point: PyInstaller needs a script, the package keeps the logic."""

import multiprocessing
import sys

from agentbook.__main__ import main

if __name__ == "__main__":
    # A spawned worker (archive sheets written on every core) starts this same executable; this
    # turns it into the worker instead of a second copy of the program.
    multiprocessing.freeze_support()
    sys.exit(main())
