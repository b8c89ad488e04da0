#!/usr/bin/env python3
"""Run the performance suite: ``python -m benchmarks.run`` (100,000 customers) or ``--quick`` (10,000).

Builds the data set if missing (``benchmarks/data/``, not committed), runs every measurement
(median of ≥ 5 runs, min and max, with a baseline measured in the same run where one exists),
and writes ``benchmarks/results/<size>.json`` and ``benchmarks/RESULTS.md``. No assertion fails
the run on a missed target: targets are reported next to each figure.

``--sizes 10000,100000,300000`` runs the interactive measurements at each size instead and writes
how each grows (``benchmarks/growth.py``): ``benchmarks/results/growth-<size>.json`` per size and
the growth table in ``benchmarks/GROWTH.md`` and ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import sys
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
for entry in (str(ROOT), str(ROOT / "src")):
    if entry not in sys.path:
        sys.path.insert(0, entry)

from benchmarks import dataset, growth, growth_plot, measures  # noqa: E402
from benchmarks.timing import Measurement  # noqa: E402

RESULTS_DIR = Path(__file__).resolve().parent / "results"


def machine() -> dict[str, str]:
    cpu = platform.processor() or ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(meminfo.read_text().split()[1])
        memory = f"{kb / 1024 / 1024:.0f} GiB"
    import PySide6
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()
    return {
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": memory,
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "sqlcipher": cipher[0] if cipher else "",
        "sqlite": conn.execute("SELECT sqlite_version()").fetchone()[0],
    }


def write_markdown(path: Path, report: dict) -> None:
    lines = [
        "# agentbook benchmark results",
        "",
        f"Run on {report['date']} with `python -m benchmarks.run{' --quick' if report['quick'] else ''}`"
        f" — {report['size']:,} customers.",
        "",
        "Machine: " + ", ".join(f"{k} {v}" for k, v in report["machine"].items()),
        "",
        f"Data set: {', '.join(f'{v:,} {k}' for k, v in report['counts'].items())}; "
        f"file {report['file_mb']:.0f} MB"
        + (f"; built in {report['build_seconds']:.1f} s" if report.get("build_seconds") else " (built earlier)"),
        "",
        f"Load average (1, 5, 15 min) at the start: {report.get('load', '')}; CPU is this process's"
        " `time.process_time` per run (a probe's own, for the probes run in a process of their own).",
        "",
        "| measurement | median | CPU | min | max | baseline | ratio | target | met |",
        "|---|---:|---:|---:|---:|---|---:|---|:-:|",
    ]
    for m in report["measurements"]:
        base = f"{m['baseline']:.1f} {m['unit']} ({m['baseline_name']})" if m["baseline"] else ""
        ratio = f"{m['ratio']:.2f}×" if m["ratio"] else ""
        met = {True: "✅", False: "❌", None: ""}[m["met"]]
        extra = ", ".join(f"{k} {v:.1f}" if isinstance(v, float) else f"{k} {v}" for k, v in m["extra"].items())
        name = m["name"] + (f" ({extra})" if extra else "")
        cpu = f"{m['cpu']:.1f}" if m.get("cpu") is not None else ""
        lines.append(
            f"| {name} | {m['median']:.1f} {m['unit']} | {cpu} | {m['minimum']:.1f} | {m['maximum']:.1f} | {base} |"
            f" {ratio} | {m['target']} | {met} |"
        )
    if growth.MARKDOWN.exists():  # how each figure grows with the archive (``--sizes``), measured on its own
        lines += ["", growth.MARKDOWN.read_text("utf-8").rstrip()]
    engines = Path(__file__).resolve().parent / "ENGINES.md"
    if engines.exists():  # the same figures on PostgreSQL (``benchmarks.engines``), measured on its own
        lines += ["", engines.read_text("utf-8").rstrip()]
    analysis = Path(__file__).resolve().parent / "ANALYSIS.md"
    if analysis.exists():  # the profiles and reasoning behind missed targets, kept across runs
        lines += ["", analysis.read_text("utf-8").rstrip()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def load_average() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


def run_measures(data: dataset.BenchData, runs: int, only: list[str] | None) -> list[Measurement]:
    results: list[Measurement] = []
    for name, measure in measures.ALL.items():
        if only and name not in only:
            continue
        print(f"measuring {name}…", flush=True)
        for m in measure(data, runs):
            results.append(m)
            ratio = f" ratio {m.ratio:.2f}" if m.ratio else ""
            print(
                f"  {m.name}: median {m.median:.1f} {m.unit} (min {m.minimum:.1f}, max {m.maximum:.1f}){ratio}"
                f" target {m.target or '-'} {'' if m.met is None else ('met' if m.met else 'MISSED')}",
                flush=True,
            )
    return results


def _sizes(text: str) -> list[int]:
    try:
        return growth.parse_sizes(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def run_growth(args: argparse.Namespace) -> int:
    """Every size in turn (built if missing), then the growth table."""
    only = args.only or list(growth.MEASURES)
    runs = []
    for size in args.sizes:
        print(f"building or opening the {size:,}-customer data set…", flush=True)
        data = dataset.build(size, force=args.rebuild, data_dir=args.data_dir)
        if data.build_seconds:
            print(f"  built in {data.build_seconds:.1f} s: {data.counts}", flush=True)
        load_start = load_average()
        print(f"{size:,} customers, load average {load_start}", flush=True)
        results = run_measures(data, args.runs, only)
        run = {
            "size": size,
            "customers": data.counts.get("customer", size),
            "counts": data.counts,
            "file_mb": data.encrypted.stat().st_size / 1e6,
            "build_seconds": data.build_seconds,
            "load_start": load_start,
            "load_end": load_average(),
            "measurements": [m.as_dict() for m in results],
        }
        runs.append(run)
        if not args.no_write:  # per size, so that a later size's failure keeps the earlier figures
            args.results_dir.mkdir(parents=True, exist_ok=True)
            per_size = args.results_dir / f"growth-{size}.json"
            per_size.write_text(json.dumps(run, ensure_ascii=False, indent=2), "utf-8")
    report = {
        "date": datetime.now().isoformat(timespec="seconds"),
        "machine": machine(),
        "runs_per_measure": args.runs,
        "only": args.only,
        "runs": runs,
    }
    picture = None
    if not args.no_write:
        growth_plot.draw(runs)
        picture = growth_plot.PICTURE.name
    section = growth.render(report, picture)
    print(section, flush=True)
    if not args.no_write:
        growth.MARKDOWN.write_text(section, "utf-8")
        growth.splice(Path(__file__).resolve().parent / "RESULTS.md", section)
    return 0


def as_installed() -> None:
    """Let the processes the measurements spawn (cold-start probes, the PDF pool's workers) read
    bytecode, as an installed app does: pip and the desktop bundle ship it compiled, and a source
    checkout writes it on its first start. A shell with ``PYTHONDONTWRITEBYTECODE`` (this machine
    has one) would make every spawned process compile the app's source again: 0.3 s of a cold
    start's 1.2 s of CPU at 100,000 customers, charged to the app and not to its baseline."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.dont_write_bytecode = False
    for folder in (ROOT / "src" / "agentbook", ROOT / "benchmarks"):
        compileall.compile_dir(folder, quiet=1)


def main(argv: list[str] | None = None) -> int:
    as_installed()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="10,000 customers (the CI smoke check)")
    parser.add_argument("--size", type=int, default=None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", nargs="*", default=None, help=f"some of: {' '.join(measures.ALL)}")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--no-write", action="store_true", help="print only (CI smoke run)")
    parser.add_argument(
        "--results-dir", type=Path, default=RESULTS_DIR, help="where <size>.json goes (tests use a temp folder)"
    )
    parser.add_argument(
        "--data-dir", type=Path, default=dataset.DATA_DIR, help="where the data set is built and kept between runs"
    )
    parser.add_argument(
        "--sizes",
        type=_sizes,
        default=None,
        help="customer counts, e.g. 10000,100000,300000: the interactive measurements at each size and a growth"
        f" table (RESULTS.md, GROWTH.md); by default {' '.join(growth.MEASURES)}",
    )
    args = parser.parse_args(argv)
    if args.sizes:
        code = run_growth(args)
        _shutdown_qt()
        return code
    size = args.size or (dataset.QUICK_SIZE if args.quick else dataset.FULL_SIZE)
    print(f"building or opening the {size:,}-customer data set…", flush=True)
    data = dataset.build(size, force=args.rebuild, data_dir=args.data_dir)
    if data.build_seconds:
        print(f"  built in {data.build_seconds:.1f} s: {data.counts}", flush=True)
    load = load_average()  # the machine may be shared: say how busy
    results = run_measures(data, args.runs, args.only)
    report = {
        "date": datetime.now().isoformat(timespec="seconds"),
        "load": load,
        "quick": args.quick,
        "size": size,
        "machine": machine(),
        "counts": data.counts,
        "file_mb": data.encrypted.stat().st_size / 1e6,
        "build_seconds": data.build_seconds,
        "measurements": [m.as_dict() for m in results],
    }
    results_dir: Path = args.results_dir
    previous = results_dir / f"{size}.json"
    if args.only and previous.exists() and not args.no_write:
        # A partial run updates its own rows of the last complete report and keeps the others.
        fresh = {m["name"]: m for m in report["measurements"]}
        old_report = json.loads(previous.read_text("utf-8"))
        kept = [fresh.pop(m["name"], m) for m in old_report["measurements"]]
        report["measurements"] = kept + list(fresh.values())
        report["date"] = f"{old_report['date']} (updated {report['date']}: {' '.join(args.only)})"
    if not args.no_write:
        results_dir.mkdir(parents=True, exist_ok=True)
        (results_dir / f"{size}.json").write_text(json.dumps(report, ensure_ascii=False, indent=2), "utf-8")
        if not args.quick:
            write_markdown(Path(__file__).resolve().parent / "RESULTS.md", report)
        else:
            write_markdown(results_dir / f"{size}.md", report)
    _shutdown_qt()
    return 0


def _shutdown_qt() -> None:
    """Tear Qt down before the interpreter does (PySide otherwise crashes in finalisation)."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()
        app.shutdown()


if __name__ == "__main__":
    sys.exit(main())
