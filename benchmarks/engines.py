#!/usr/bin/env python3
"""The same measurements on both engines, side by side: ``python -m benchmarks.engines``.

The benchmark data set (``dataset.build``) is moved into a PostgreSQL database with the app's
own ``branch migrate`` path (timed), then search, the tab lists (first page, sort, count), the
360 view and Today are measured on the local encrypted file and on the branch server in the same
run, on the same rows. The server is a throwaway cluster on this machine (``tests/pg_server.py``)
unless ``--dsn`` names one; a server on the branch's network adds its round trips to each figure.

Writes ``benchmarks/results/engines-<size>.json`` and ``benchmarks/ENGINES.md``, which
``benchmarks/run.py`` appends to RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
for entry in (str(ROOT), str(ROOT / "src")):
    if entry not in sys.path:
        sys.path.insert(0, entry)

from benchmarks import dataset  # noqa: E402
from benchmarks.measures import qt_app, search_queries  # noqa: E402
from benchmarks.timing import percentile, repeat  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
MARKDOWN = Path(__file__).resolve().parent / "ENGINES.md"


def _median_ms(samples: list[float]) -> float:
    return percentile(samples, 0.5) * 1000


def measure(store: Any, queries: list[str], runs: int) -> dict[str, float]:
    """Each figure in milliseconds (medians, and the search's p95)."""
    from PySide6.QtCore import Qt, QThreadPool

    from agentbook.ui.tabs.table_model import PagedTableModel

    app = qt_app()
    pool = QThreadPool.globalInstance()
    out: dict[str, float] = {}
    samples: list[float] = []
    for q in queries:  # warm once, as a person's second keystroke is
        store.search(q)
    for _ in range(runs):
        for q in queries:
            start = time.perf_counter()
            store.search(q)
            samples.append(time.perf_counter() - start)
    out["search p50"] = percentile(samples, 0.5) * 1000
    out["search p95"] = percentile(samples, 0.95) * 1000
    for tab, key in (("customers", "name"), ("policies", "premium"), ("payments", "due_date")):
        opened = []
        for _ in range(runs):
            start = time.perf_counter()
            model = PagedTableModel(store, tab)
            opened.append(time.perf_counter() - start)
            pool.waitForDone()
            app.processEvents()
        out[f"tab open: {tab}"] = _median_ms(opened)
        column = model.column_index(key)
        sorted_ = []
        for n in range(runs):
            order = Qt.SortOrder.DescendingOrder if n % 2 else Qt.SortOrder.AscendingOrder
            start = time.perf_counter()
            model.sort(column, order)
            sorted_.append(time.perf_counter() - start)
            pool.waitForDone()
            app.processEvents()
        out[f"header sort: {tab} by {key}"] = _median_ms(sorted_)
        out[f"row count: {tab}"] = _median_ms(repeat(lambda tab=tab: store.list_query(tab).count(), runs))
    busiest = store.db.read_one(
        "SELECT policyholder_id, count(*) AS n FROM policy GROUP BY policyholder_id ORDER BY n DESC LIMIT 1"
    )[0]
    out["customer 360 data"] = _median_ms(repeat(lambda: store.customer_360(busiest), runs))
    out["Today view"] = _median_ms(repeat(store.today_lists, runs))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=dataset.QUICK_SIZE)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, default=dataset.DATA_DIR, help="where the data set is kept")
    parser.add_argument("--dsn", default=None, help="an empty database on a server (default: a throwaway cluster)")
    args = parser.parse_args(argv)

    from agentbook.domain.clock import ManualClock
    from agentbook.store.api import Store

    data = dataset.build(args.size, data_dir=args.data_dir)
    server = None
    dsn = args.dsn
    if dsn is None:
        from tests.pg_server import PostgresServer

        server = PostgresServer().start()
        dsn = server.new_database("bench")
    try:
        local = dataset.open_store(data)
        start = time.perf_counter()
        moved = local.move_to_branch(dsn, "benchmark")
        move_seconds = time.perf_counter() - start
        branch = Store.open_branch(dsn, actor="benchmark", clock=ManualClock(dataset.TODAY))
        branch.db.run_read(lambda conn: conn.execute("ANALYZE"))  # as autovacuum would after a load
        queries = search_queries(local)
        figures = {"file": measure(local, queries, args.runs), "postgresql": measure(branch, queries, args.runs)}
        branch.close()
        local.close()
    finally:
        if server is not None:
            server.stop()
    report = {
        "date": datetime.now().isoformat(timespec="seconds"),
        "size": args.size,
        "runs": args.runs,
        "move_seconds": move_seconds,
        "moved_rows": sum(moved.counts.values()),
        "figures": figures,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"engines-{args.size}.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), "utf-8")
    write_markdown(report)
    print(MARKDOWN.read_text("utf-8"))
    return 0


def write_markdown(report: dict[str, Any]) -> None:
    file, pg = report["figures"]["file"], report["figures"]["postgresql"]
    lines = [
        "## The same figures on a branch's PostgreSQL server",
        "",
        f"`python -m benchmarks.engines --size {report['size']}` on {report['date']}: {report['size']:,} customers,"
        f" medians of {report['runs']} runs (search: every query of the mix, each run), PostgreSQL on this machine.",
        f"Moving the archive into the branch (`branch migrate`, {report['moved_rows']:,} rows, counts and audit"
        f" chain checked): {report['move_seconds']:.1f} s.",
        "",
        "| measurement | local file (SQLCipher) | branch (PostgreSQL) | ratio |",
        "|---|---:|---:|---:|",
    ]
    for name, value in file.items():
        ratio = pg[name] / value if value else float("nan")
        lines.append(f"| {name} | {value:.1f} ms | {pg[name]:.1f} ms | {ratio:.2f}× |")
    MARKDOWN.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
