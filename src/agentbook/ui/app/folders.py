"""Where file dialogs start: the user's Documents folder.

A bare file name or an empty folder makes Qt start in the working directory, which for an
installed program is its own folder: exports landed next to the executable.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home())


def in_documents(name: str) -> str:
    """*name* in the Documents folder, as the start of a save dialog."""
    return str(documents_folder() / name)
