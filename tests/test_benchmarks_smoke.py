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

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_quick_benchmark_suite_runs_every_measurement(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--quick", "--runs", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = json.loads((ROOT / "benchmarks" / "results" / "10000.json").read_text("utf-8"))
    names = {m["name"] for m in report["measurements"]}
    assert {"cold start to first page", "search as you type (store)", "query mix (SQLCipher)"} <= names
    assert all(m["median"] > 0 for m in report["measurements"])
    assert report["counts"]["customer"] == 10_000
