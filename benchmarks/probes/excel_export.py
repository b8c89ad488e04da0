"""Excel probe, run in its own process so peak RSS belongs to one export.

``app``: agentbook's customer sheet of the whole archive (rows streamed from the store).
``baseline``: bare xlsxwriter constant_memory writing the same rows, already fetched, as plain
values (the rows are read first and not counted in its time).
Prints ``seconds cpu_seconds peak_rss_mb rows`` (peak RSS of this process image: ``VmHWM``).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from benchmarks.memory import peak_rss_mb


def main(mode: str, db: str, key_hex: str) -> None:
    from agentbook.store.api import Store
    from agentbook.store.db.connection import RawKey
    from agentbook.store.queries.listing import ListRequest

    store = Store.open(Path(db), credentials=RawKey(key_hex), actor="benchmark")
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "out.xlsx"
        if mode == "app":
            from agentbook.exporters.excel_workbook import export_view
            from agentbook.store.queries.list_specs import SPECS

            keys = [c.key for c in SPECS["customers"].columns]
            start, cpu = time.perf_counter(), time.process_time()
            rows = export_view(store, "customers", ListRequest(), keys, target)
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        else:
            import xlsxwriter

            query = store.list_query("customers")
            data = [[str(v) if v is not None else "" for v in row.values] for row in query.stream()]
            start, cpu = time.perf_counter(), time.process_time()
            book = xlsxwriter.Workbook(str(target), {"constant_memory": True})
            sheet = book.add_worksheet("客户")
            for r, values in enumerate(data):
                for c, value in enumerate(values):
                    sheet.write_string(r, c, value)
            book.close()
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            rows = len(data)
    store.close()
    peak_mb = peak_rss_mb()
    print(f"{seconds:.3f} {cpu:.3f} {peak_mb:.1f} {rows}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
