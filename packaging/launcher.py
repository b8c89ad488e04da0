"""The frozen program's entry point: PyInstaller needs a script, the package keeps the logic."""

import sys

from agentbook.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
