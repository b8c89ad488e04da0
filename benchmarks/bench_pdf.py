"""Archive-sheet speed: real sheets from an encrypted demo store against bare reportlab.

    python -m benchmarks.bench_pdf [--customers 1000] [--runs 3]

Builds a demo archive of ``--customers`` customers (the project's generator, ~2.5 policies and
4 contact entries each: a typical customer) in a temporary folder, then measures, in one run:

* **baseline** — bare reportlab: ``SimpleDocTemplate.build`` of one page per customer with two
  plain-string ``Table``s (basic fields, policies), data already in memory;
* **one PDF** — ``export_batch``: every customer fetched from the store, laid out with all
  sections, header, QR code and outline, written through a temp file and audit-logged;
* **folder** — ``export_folder``: one PDF per customer, named by archive number.

Targets: ≥ 300 sheets/s into one PDF and at most 3× the baseline, and 1,000 one-file-per-customer
sheets in ≤ 6 s (``benchmarks/measures.py`` ``pdf`` measures the same against its own baseline).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

from agentbook.demo.generator import demo_dataset
from agentbook.exporters.archive_sheets import AGENCY_SETTING, export_batch, export_folder
from agentbook.exporters.pdf_fonts import pdf_font
from agentbook.store.api import Customer360, Store
from agentbook.store.db.connection import RawKey

TODAY_KEY = RawKey("ab" * 32)  # synthetic data only


def baseline(sheets: list[Customer360], path: Path) -> None:
    """The least a sheet can be: two tables of plain strings per page, nothing else."""
    font = pdf_font()
    style = TableStyle([("FONT", (0, 0), (-1, -1), font, 8), ("GRID", (0, 0), (-1, -1), 0.4, "#666666")])
    story: list = []
    for data in sheets:
        c = data.customer
        basic = [
            ["姓名", c.name, "档案编号", c.archive_no],
            ["证件号码", c.id_number, "手机", c.mobile],
            ["地址", c.address, "职业", c.occupation],
            ["工作单位", c.employer, "来源", c.source_channel],
        ]
        policies = [["保单号", "保险公司", "产品", "险种", "保额", "保费", "生效", "到期", "状态"]]
        policies += [
            [p.policy_no, p.insurer, p.product, p.business_line.label, str(p.sum_insured), str(p.premium),
             str(p.effective_date or ""), str(p.expiry_date or ""), p.status.label]
            for p in data.policies[:12]
        ]  # fmt: skip
        story += [Table(basic, style=style), Table(policies, style=style, repeatRows=1), PageBreak()]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm).build(story)


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    """The first (cold: font registration, empty caches) run, then *runs* warm ones."""
    samples = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="agentbook-bench-pdf-") as tmp:
        work = Path(tmp)
        store = Store.open(work / "bench.db", credentials=TODAY_KEY, create=True, actor="benchmark")
        try:
            started = time.perf_counter()
            store.load_dataset(demo_dataset(args.customers, seed=11, today=store.today()))
            store.db.set_setting(AGENCY_SETTING, "阳光保险代理有限公司 朝阳营业部")
            ids = [row[0] for row in store.db.read("SELECT id FROM customer ORDER BY archive_no")][: args.customers]
            counts = store.counts()
            print(f"demo store: {len(ids):,} customers, {counts['policy']:,} policies, {counts['contact']:,} contacts"
                  f" (built in {time.perf_counter() - started:.1f} s)")  # fmt: skip
            print(f"machine: {platform.platform()}, {os.cpu_count()} cpus, python {platform.python_version()}")
            sheets = [store.customer_360(i, contact_limit=21) for i in ids]
            base = timed(lambda: baseline(sheets, work / "baseline.pdf"), args.runs)
            one = timed(lambda: export_batch(store, ids, work / "batch.pdf"), args.runs)
            folder = timed(lambda: export_folder(store, ids, work / "folder"), args.runs)
            pages = _pages(work / "batch.pdf")
        finally:
            store.close()
    n = len(ids)
    cold_one, cold_folder = one[0], folder[0]
    base, one, folder = base[1:], one[1:], folder[1:]
    b, o, f = statistics.median(base), statistics.median(one), statistics.median(folder)
    print(f"baseline, bare reportlab ({n} one-page sheets, two tables): {b:.2f} s = {n / b:.0f} sheets/s")
    print(f"one PDF, real sheets from the store ({pages} pages): {o:.2f} s = {n / o:.0f} sheets/s"
          f"  [target ≥ 300/s: {'met' if n / o >= 300 else 'MISSED'}]")  # fmt: skip
    print(f"ratio real / bare reportlab: {o / b:.2f}×  [target ≤ 3×: {'met' if o / b <= 3 else 'MISSED'}]")
    print(f"folder, one PDF per customer: {f:.2f} s = {n / f:.0f} files/s"
          f"  [target 1,000 in ≤ 6 s: {'met' if f * 1000 / n <= 6 else 'MISSED'}]")  # fmt: skip
    print(f"(median of {args.runs} runs after a first, cold run; min/max one PDF {min(one):.2f}/{max(one):.2f} s)")
    print(f"first run in a fresh process: one PDF {cold_one:.2f} s = {n / cold_one:.0f} sheets/s,"
          f" folder {cold_folder:.2f} s")  # fmt: skip
    return 0


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


if __name__ == "__main__":
    raise SystemExit(main())
