"""The growth table of ``python -m benchmarks.run --sizes``: exponents, rows across sizes, RESULTS.md splice."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from benchmarks import growth


def _run(size: int, excel_seconds: float, baseline: float) -> dict:
    return {
        "size": size,
        "customers": size + 1,
        "counts": {"customer": size + 1, "policy": 3 * size, "payment": 15 * size},
        "file_mb": size / 100,
        "build_seconds": None,
        "load_start": "1.00 1.00 1.00",
        "load_end": "2.00 1.00 1.00",
        "measurements": [
            {
                "name": f"Excel export of {size + 1:,} customers",
                "unit": "s",
                "median": excel_seconds,
                "baseline": baseline,
                "baseline_name": "xlsxwriter",
                "extra": {"peak_rss_mb": 100.0, "baseline_peak_rss_mb": 200.0},
            },
            {"name": "tab open: customers", "unit": "ms", "median": 2.0, "baseline": None, "extra": {}},
        ],
    }


def test_exponent_is_zero_for_constant_and_one_for_linear() -> None:
    assert growth.exponent(5.0, 5.0, 10_000, 100_000) == pytest.approx(0.0)
    assert growth.exponent(1.0, 10.0, 10_000, 100_000) == pytest.approx(1.0)
    assert growth.exponent(1.0, 2.0, 1, 4) == pytest.approx(0.5)
    assert growth.exponent(0.0, 1.0, 1, 2) is None
    assert growth.exponent(None, 1.0, 1, 2) is None


def test_sizes_are_sorted_and_need_two() -> None:
    assert growth.parse_sizes("300000,10000,100_000") == [10_000, 100_000, 300_000]
    with pytest.raises(ValueError):
        growth.parse_sizes("10000")


def test_rows_join_sizes_under_one_name_with_baselines_and_extras(tmp_path: Path) -> None:
    report = {
        "date": "2026-12-04T10:00:00",
        "machine": {"cores": "2"},
        "runs_per_measure": 5,
        "only": None,
        "runs": [_run(10_000, 1.0, 0.9), _run(100_000, 10.0, 9.0)],
    }
    rows = {row["name"]: row for row in growth.rows(report["runs"])}
    assert set(rows) == {
        "Excel export of all customers",
        "Excel export of all customers: peak RSS",
        "tab open: customers",
    }
    assert rows["Excel export of all customers: peak RSS"]["by_size"][100_000]["baseline"] == 200.0
    section = growth.render(report)
    excel_line = next(line for line in section.splitlines() if line.startswith("| Excel export of all customers |"))
    expected = math.log(10.0) / math.log(100_001 / 10_001)
    assert f"+{expected:.2f} (+{expected:.2f})" in excel_line
    assert "1.00 (0.90)" in excel_line and "10.0 (9.00)" in excel_line
    assert "| tab open: customers | ms | 2.00 | 2.00 | +0.00 |" in section

    results = tmp_path / "RESULTS.md"
    results.write_text("# results\n\n| table |\n\n## Analysis\n\ntext\n", "utf-8")
    growth.splice(results, section)
    once = results.read_text("utf-8")
    assert once.index(growth.HEADING) < once.index("## Analysis")
    growth.splice(results, section)  # a second run replaces the section, it does not add one
    assert results.read_text("utf-8") == once


def test_the_picture_draws_each_row_as_a_line_and_the_section_shows_it(tmp_path: Path, qapp) -> None:
    from benchmarks import growth_plot
    from PySide6.QtGui import QColor, QImage

    runs = [_run(10_000, 1.0, 0.9), _run(100_000, 10.0, 9.0), _run(300_000, 30.0, 27.0)]
    picture = growth_plot.draw(runs, tmp_path / "growth.png")
    image = QImage(str(picture))
    assert (image.width(), image.height()) == (growth_plot.WIDTH, growth_plot.HEIGHT)
    excel = QColor(growth_plot.COLOURS[0])  # the first drawn row these runs hold
    coloured = sum(
        image.pixelColor(x, y) == excel
        for x in range(growth_plot.LEFT, growth_plot.WIDTH - growth_plot.RIGHT, 3)
        for y in range(growth_plot.TOP, growth_plot.HEIGHT - growth_plot.BOTTOM, 3)
    )
    assert coloured > 50  # a line across the plot, not a legend swatch alone
    assert [name for name, _ in growth_plot.series(runs)] == ["Excel export of all customers"]
    report = {"date": "2026-12-04T10:00:00", "machine": {}, "runs_per_measure": 5, "only": None, "runs": runs}
    assert growth.render(report, "growth.png").rstrip().endswith("(growth.png)")
    assert "growth.png" not in growth.render(report)
