#!/usr/bin/env python3
"""Compile ``forms/*.ui`` into ``src/agentbook/ui/forms_generated/ui_<name>.py`` with pyside6-uic.

The generated modules are committed so an installed wheel needs no ``uic`` on PATH (the
approach PySide6's documentation prefers over ``loadUiType``); ``tests/test_forms_in_sync.py``
fails when a ``.ui`` file changed and this script was not run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
TARGET = ROOT / "src" / "agentbook" / "ui" / "forms_generated"


def uic() -> str:
    candidate = Path(sys.executable).parent / "pyside6-uic"
    return str(candidate) if candidate.exists() else "pyside6-uic"


def compile_all(target: Path = TARGET) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    (target / "__init__.py").write_text(
        '"""Modules generated from forms/*.ui by forms/build_forms.py; do not edit."""\n'
    )
    written = []
    for ui in sorted(FORMS.glob("*.ui")):
        out = target / f"ui_{ui.stem}.py"
        subprocess.run([uic(), "--from-imports", "-g", "python", str(ui), "-o", str(out)], check=True)
        written.append(out)
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(path.relative_to(ROOT))
