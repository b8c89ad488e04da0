"""Excel export: agentbook against the bare writers, time and peak memory, each in its own process.

    python -m benchmarks.bench_excel --customers 10000 --runs 3

Builds (once, cached in ``benchmarks/data``) the benchmark archive of N customers, then runs each
measurement in a fresh process that reports its own peak RSS (``VmHWM``: ``ru_maxrss`` would
carry the parent's across fork and exec), so one measurement's memory never hides in another's:

``app``        agentbook's export of the whole customer sheet (rows streamed from the encrypted
               store, converted, masked, written with xlsxwriter constant_memory) — the probe
               ``python -m benchmarks.run excel`` uses, here at any N;
``app_half``   the same for the first half of the customers: peak memory must not grow with rows;
``payments_view`` the payments tab as a "current view" sorted by amount: every instalment of the
               archive in the view's own order (linear time, not OFFSET pages);
``branch``     the whole branch workbook (five record sheets and the 客户档案管理表);
``xlsxwriter`` the baseline: xlsxwriter constant_memory writing the same typed rows (numbers,
               dates, text, with the same formats), fetched before the clock starts;
``openpyxl``   openpyxl write_only writing the same typed rows the same way — the alternative
               writer, to see which one to use.

Prints a table (median of ``--runs`` per mode) and, with ``--json``, the raw numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from benchmarks.memory import peak_rss_mb

ROOT = Path(__file__).resolve().parents[1]
MODES = ("xlsxwriter", "openpyxl", "app", "app_half", "payments_view", "branch")


# --- the child process ---------------------------------------------------------------------------
def _typed_rows(store: Any, keys: list[str]) -> tuple[list[str], list[str], list[tuple]]:
    """The customer sheet's rows as the exporter writes them: headers, column kinds, cell values."""
    from agentbook.domain.enums import LabeledEnum
    from agentbook.domain.idnumbers import mask_by_kind
    from agentbook.domain.labels import HEADERS
    from agentbook.store.queries.list_specs import SPECS

    spec = SPECS["customers"]
    columns = [spec.column(k) for k in keys]
    index = [spec.columns.index(c) for c in columns]
    rows = []
    for row in store.list_query("customers").stream():
        out = []
        for i, column in zip(index, columns, strict=True):
            value = row.values[i]
            if value is None or value == "":
                value = None
            elif column.sensitive:
                value = mask_by_kind(column.sensitive, value)
            elif isinstance(value, Decimal):
                value = float(value)
            elif isinstance(value, LabeledEnum):
                value = value.label
            elif isinstance(value, datetime | date) and not isinstance(value, datetime):
                value = datetime(value.year, value.month, value.day)
            out.append(value)
        rows.append(tuple(out))
    return [HEADERS.get(k, k) for k in keys], [c.kind for c in columns], rows


def _write_xlsxwriter(target: Path, headers: list[str], kinds: list[str], rows: list[tuple]) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(target), {"constant_memory": True, "strings_to_formulas": False})
    bold = book.add_format({"bold": True})
    formats = {
        "date": book.add_format({"num_format": "yyyy-mm-dd"}),
        "datetime": book.add_format({"num_format": "yyyy-mm-dd hh:mm"}),
        "money": book.add_format({"num_format": "#,##0.00"}),
    }
    text = book.add_format({"num_format": "@"})
    sheet = book.add_worksheet("客户")
    sheet.freeze_panes(1, 0)
    for c, h in enumerate(headers):
        sheet.write_string(0, c, h, bold)
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values):
            if value is None:
                continue
            if isinstance(value, datetime):
                sheet.write_datetime(r, c, value, formats[kinds[c]] if kinds[c] in formats else formats["date"])
            elif isinstance(value, float | int):
                sheet.write_number(r, c, value, formats.get(kinds[c]))
            else:
                sheet.write_string(r, c, value, text)
    sheet.autofilter(0, 0, len(rows), len(headers) - 1)
    book.close()


def _write_openpyxl(target: Path, headers: list[str], kinds: list[str], rows: list[tuple]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{chr(64 + len(headers))}{len(rows) + 1}"
    bold = Font(bold=True)
    header = []
    for h in headers:
        cell = WriteOnlyCell(sheet, value=h)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    number_formats = {"date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm", "money": "#,##0.00"}
    for values in rows:
        out = []
        for c, value in enumerate(values):
            if value is None:
                out.append(None)
                continue
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, even when it starts with "="
                cell.number_format = "@"
            elif kinds[c] in number_formats:
                cell.number_format = number_formats[kinds[c]]
            out.append(cell)
        sheet.append(out)
    book.save(target)


def child(mode: str, db: str, key_hex: str) -> None:
    from agentbook.store.api import Store
    from agentbook.store.db.connection import RawKey
    from agentbook.store.queries.list_specs import SPECS
    from agentbook.store.queries.listing import ListRequest

    store = Store.open(Path(db), credentials=RawKey(key_hex), actor="benchmark")
    keys = [c.key for c in SPECS["customers"].columns]
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "out.xlsx"
        if mode in ("xlsxwriter", "openpyxl"):
            headers, kinds, rows = _typed_rows(store, keys)
            write = _write_xlsxwriter if mode == "xlsxwriter" else _write_openpyxl
            start = time.perf_counter()
            write(target, headers, kinds, rows)
            seconds, count = time.perf_counter() - start, len(rows)
        elif mode == "payments_view":
            from agentbook.exporters.excel_workbook import export_view

            keys = [c.key for c in SPECS["payments"].columns if not c.key.endswith("_id")]
            request = ListRequest(sort="amount_due", descending=True)
            start = time.perf_counter()
            count = export_view(store, "payments", request, keys, target)
            seconds = time.perf_counter() - start
        elif mode == "branch":
            from agentbook.exporters.excel_workbook import export_branch_workbook

            start = time.perf_counter()
            counts = export_branch_workbook(store, target)
            seconds, count = time.perf_counter() - start, sum(counts.values())
        else:
            from agentbook.exporters.excel_workbook import export_view

            request = ListRequest()
            if mode == "app_half":
                total = store.customers.count()
                request = ListRequest({"ids": range(1, total // 2 + 1)})
            start = time.perf_counter()
            count = export_view(store, "customers", request, keys, target)
            seconds = time.perf_counter() - start
        size = target.stat().st_size
    store.close()
    peak_mb = peak_rss_mb()
    print(json.dumps({"mode": mode, "seconds": seconds, "peak_mb": peak_mb, "rows": count, "bytes": size}))


# --- the parent ------------------------------------------------------------------------------
def measure(mode: str, db: Path, key_hex: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_excel", "--child", mode, str(db), key_hex],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", nargs=3, metavar=("MODE", "DB", "KEY"))
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    from benchmarks.dataset import build

    data = build(args.customers)
    modes = [m for m in args.modes.split(",") if m]
    results: dict[str, list[dict[str, Any]]] = {m: [] for m in modes}
    for _ in range(args.runs):  # interleaved, so a busy moment of the machine hits every mode alike
        for mode in modes:
            results[mode].append(measure(mode, data.encrypted, data.key.hex))
    if args.json:
        print(json.dumps(results, indent=2))
    base = statistics.median(r["seconds"] for r in results["xlsxwriter"]) if "xlsxwriter" in results else None
    print(f"\nExcel export, {data.counts['customer']:,} customers, median of {args.runs} (each in its own process)\n")
    print("| mode | rows | time | peak RSS | file | × xlsxwriter |")
    print("|---|---:|---:|---:|---:|---:|")
    for mode, runs in results.items():
        seconds = statistics.median(r["seconds"] for r in runs)
        peak = max(r["peak_mb"] for r in runs)
        ratio = f"{seconds / base:.2f}" if base else ""
        size = runs[0]["bytes"] / 1024 / 1024
        print(f"| {mode} | {runs[0]['rows']:,} | {seconds:.2f} s | {peak:.0f} MB | {size:.1f} MB | {ratio} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
