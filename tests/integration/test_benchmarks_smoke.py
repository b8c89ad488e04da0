"""CI runs the benchmark suite's quick mode as a smoke check: every measurement runs end to end.

No timing is asserted here (numbers come from ``python -m benchmarks.run``, see RESULTS.md);
what is checked is that each measurement produced a figure.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(1200)  # the subprocess's own limit (900 s) decides, not the suite's default
def test_quick_benchmark_suite_runs_every_measurement(tmp_path: Path) -> None:
    results, data = tmp_path / "results", tmp_path / "data"  # nothing is written into the source tree
    before = sorted(p.relative_to(ROOT) for p in (ROOT / "benchmarks").rglob("*") if "__pycache__" not in p.parts)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.run",
            "--quick",
            "--runs",
            "1",
            "--results-dir",
            str(results),
            "--data-dir",
            str(data),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = json.loads((results / "10000.json").read_text("utf-8"))
    names = {m["name"] for m in report["measurements"]}
    expected = {"cold start to first page", "search as you type (store)", "search while Today computes (store)"}
    assert expected | {"query mix (SQLCipher)"} <= names
    assert all(m["median"] > 0 for m in report["measurements"])
    assert report["counts"]["customer"] == 10_000
    after = sorted(p.relative_to(ROOT) for p in (ROOT / "benchmarks").rglob("*") if "__pycache__" not in p.parts)
    assert after == before
