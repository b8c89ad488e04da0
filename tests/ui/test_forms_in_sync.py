"""The committed modules in ui/forms_generated match forms/*.ui (so the wheel needs no uic)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _strip(text: str) -> str:
    # uic writes its own version in a header comment; compare the code only.
    return "\n".join(line for line in text.splitlines() if not line.startswith("##"))


def test_generated_forms_match_the_designer_files(tmp_path):
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "forms" / "build_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = module.compile_all(tmp_path)
    assert fresh, "no .ui files found"
    committed = ROOT / "src" / "agentbook" / "ui" / "forms_generated"
    for path in fresh:
        mine = committed / path.name
        assert mine.exists(), f"{mine.name} missing: run python forms/build_forms.py"
        assert _strip(mine.read_text()) == _strip(path.read_text()), f"{mine.name} is stale"
