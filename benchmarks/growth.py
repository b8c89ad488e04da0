"""How each cost grows with the archive: ``python -m benchmarks.run --sizes 10000,100000,300000``.

The interactive measurements run at every size, one size after the other in one process; the
growth table gives each measurement's median at each size and its growth exponent between
consecutive sizes, log(t₂/t₁) / log(n₂/n₁) with n the customers counted in the data set:
about 0 is constant, about 1 linear, above 1 worse than linear. Where a measurement has a
baseline (measured in the same run at the same size) its figure and exponent stand beside it.

The table is written to ``benchmarks/GROWTH.md`` (which ``write_markdown`` puts into a full
RESULTS.md) and spliced into ``benchmarks/RESULTS.md`` in place of the previous one, with the
picture ``growth_plot`` draws of it (``benchmarks/growth.png``).
"""

from __future__ import annotations

import itertools
import math
import re
from pathlib import Path
from typing import Any

HEADING = "## How each cost grows with the archive"
MARKDOWN = Path(__file__).resolve().parent / "GROWTH.md"

# Run at every size unless --only says otherwise. Left out: "import" (it writes a 10,000-row sheet
# into an empty archive, so the archive's size does not enter it), "pdf" (1,000 sheets whatever
# the size), "restore" (two full copies and checks of the file per run: minutes at 300,000
# customers; ``--only restore`` runs it).
MEASURES = (
    "cold_start",
    "unlock",
    "search",
    "search_while_today",
    "tabs",
    "view_360",
    "today",
    "query_mix",
    "backup",
    "excel",
)
LEFT_OUT = {
    "import": "writes a 10,000-row sheet into an empty archive: the archive's size does not enter it",
    "pdf": "1,000 archive sheets whatever the size",
    "restore": "a full copy and check of the file and a verified backup per run, minutes at 300,000"
    " customers; `--only restore` runs it",
}
# Figures kept in a measurement's extras that get a growth row of their own.
EXTRA_ROWS = {"p95_ms": ("p95", "ms"), "peak_rss_mb": ("peak RSS", "MB")}
# Where a measurement keeps its baseline's CPU time (in the measurement's unit).
CPU_BASELINES = ("baseline_cpu_ms", "baseline_cpu_s", "bare_cpu_ms_median")


def parse_sizes(text: str) -> list[int]:
    """``"10000,100000,300000"`` → ``[10000, 100000, 300000]`` (sorted, at least two, each > 0)."""
    sizes = sorted({int(part.replace("_", "")) for part in text.split(",") if part.strip()})
    if len(sizes) < 2 or sizes[0] <= 0:
        raise ValueError(f"--sizes needs two or more positive customer counts, got {text!r}")
    return sizes


def exponent(t1: float | None, t2: float | None, n1: float, n2: float) -> float | None:
    """log(t2/t1) / log(n2/n1), or None where a figure is missing or not positive."""
    if not t1 or not t2 or t1 <= 0 or t2 <= 0 or n1 <= 0 or n2 <= 0 or n1 == n2:
        return None
    return math.log(t2 / t1) / math.log(n2 / n1)


def row_name(name: str) -> str:
    """A measurement's name without the count that changes with the size ("Excel export of 100,001 customers")."""
    return re.sub(r"\d[\d,]* customers", "all customers", name)


def rows(runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per measurement seen at any size: its medians and baselines by size, in first-seen order.

    *runs* are the per-size reports (``size``, ``customers``, ``measurements`` as ``Measurement.as_dict``).
    """
    table: dict[str, dict[str, Any]] = {}
    for run in runs:
        for m in run["measurements"]:
            entries = [(row_name(m["name"]), m["unit"], m["median"], m["baseline"], m.get("baseline_name", ""))]
            cpu = m.get("cpu") if m.get("cpu") is not None else m["extra"].get("cpu_ms_median")
            if isinstance(cpu, (int, float)):  # on a shared machine CPU time is the steadier figure
                base_cpu = next(
                    (m["extra"][k] for k in CPU_BASELINES if isinstance(m["extra"].get(k), (int, float))), None
                )
                entries.append((f"{row_name(m['name'])}: CPU", m["unit"], cpu, base_cpu, m.get("baseline_name", "")))
            for key, (label, unit) in EXTRA_ROWS.items():
                value = m["extra"].get(key)
                if isinstance(value, (int, float)):
                    base = m["extra"].get(f"baseline_{key}")
                    entries.append((f"{row_name(m['name'])}: {label}", unit, value, base, m.get("baseline_name", "")))
            for name, unit, median, base, base_name in entries:
                row = table.setdefault(name, {"name": name, "unit": unit, "baseline_name": "", "by_size": {}})
                row["by_size"][run["size"]] = {"median": median, "baseline": base, "customers": run["customers"]}
                if base:
                    row["baseline_name"] = base_name
    return list(table.values())


def _figure(value: float | None) -> str:
    if value is None:
        return "–"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _exp(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}".replace("-", "−")


def command(sizes: list[int], report: dict[str, Any]) -> str:
    text = f"python -m benchmarks.run --sizes {','.join(str(s) for s in sizes)}"
    if report["runs_per_measure"] != 5:
        text += f" --runs {report['runs_per_measure']}"
    if report.get("only"):
        text += " --only " + " ".join(report["only"])
    return text


def render(report: dict[str, Any], picture: str | None = None) -> str:
    """The growth section: how it was run, the table, and *picture* (``growth_plot``'s PNG, a
    path relative to the Markdown files) when one was drawn."""
    runs = report["runs"]
    sizes = [run["size"] for run in runs]
    lines = [
        HEADING,
        "",
        f"Run on {report['date']} with `{command(sizes, report)}`, one size after the other in one process.",
        "",
        "Machine: " + ", ".join(f"{k} {v}" for k, v in report["machine"].items()),
        "",
        "Data sets: "
        + "; ".join(
            f"{run['customers']:,} customers, {run['counts'].get('policy', 0):,} policies,"
            f" {run['counts'].get('payment', 0):,} payments, {run['counts'].get('contact', 0):,} contact entries"
            f" ({run['file_mb']:,.0f} MB"
            + (f", built in {run['build_seconds']:.0f} s" if run.get("build_seconds") else "")
            + ")"
            for run in runs
        )
        + ".",
        "",
        "Load average (1, 5, 15 min) at the start and end of each size — a shared 2-core machine, so"
        " trust the exponents of a baseline and its measurement taken in the same run over single"
        " absolute times: "
        + "; ".join(f"{run['customers']:,}: {run['load_start']} → {run['load_end']}" for run in runs)
        + ".",
        "",
        "Each cell is the median (of every query for search rows, p95 where the row says so; CPU rows:"
        " the process's CPU time, the probe's own for those run in a process of their own), with the"
        " baseline's median measured in the same run at the same size in brackets. Growth is"
        " log(t₂/t₁) / log(n₂/n₁) between neighbouring sizes, n the customers: about 0 constant,"
        " about 1 linear, above 1 worse than linear; the baseline's in brackets.",
        "",
    ]
    only = report.get("only") or []
    left_out = [f"{name} ({why})" for name, why in LEFT_OUT.items() if name not in only]
    if left_out:
        lines += ["Not run by `--sizes`: " + "; ".join(left_out) + ".", ""]
    header = ["measurement", "unit", *(f"{run['customers']:,}" for run in runs)]
    header += [f"growth {a['customers']:,} → {b['customers']:,}" for a, b in itertools.pairwise(runs)]
    header += ["baseline"]
    lines += ["| " + " | ".join(header) + " |", "|---|---|" + "---:|" * (len(header) - 3) + "---|"]
    for row in rows(runs):
        cells = [row["name"], row["unit"]]
        for run in runs:
            entry = row["by_size"].get(run["size"])
            if entry is None:
                cells.append("–")
                continue
            base = f" ({_figure(entry['baseline'])})" if entry["baseline"] else ""
            cells.append(_figure(entry["median"]) + base)
        for a, b in itertools.pairwise(runs):
            first, second = row["by_size"].get(a["size"]), row["by_size"].get(b["size"])
            if first is None or second is None:
                cells.append("–")
                continue
            grow = exponent(first["median"], second["median"], a["customers"], b["customers"])
            base_grow = exponent(first["baseline"], second["baseline"], a["customers"], b["customers"])
            cells.append(_exp(grow) + (f" ({_exp(base_grow)})" if base_grow is not None else ""))
        cells.append(row["baseline_name"])
        lines.append("| " + " | ".join(cells) + " |")
    if picture:
        alt = "Time against archive size, both axes logarithmic: a line's slope is its growth exponent"
        lines += ["", f"![{alt}]({picture})"]
    return "\n".join(lines) + "\n"


def splice(results_md: Path, section: str) -> None:
    """Put *section* into RESULTS.md in place of the previous growth section, or before the first
    section after the main table (the PostgreSQL figures, the analysis) if there is none yet."""
    text = results_md.read_text("utf-8") if results_md.exists() else "# agentbook benchmark results\n"
    lines = text.splitlines()
    block = section.rstrip("\n").splitlines()
    starts = [n for n, line in enumerate(lines) if line.strip() == HEADING]
    if starts:
        start = starts[0]
        end = next((n for n in range(start + 1, len(lines)) if lines[n].startswith("## ")), len(lines))
        lines[start:end] = [*block, ""] if end < len(lines) else block
    else:
        at = next((n for n, line in enumerate(lines) if line.startswith("## ")), None)
        if at is None:
            lines += ["", *block]
        else:
            lines[at:at] = [*block, ""]
    results_md.write_text("\n".join(lines) + "\n", encoding="utf-8")
