"""What a database layer costs per statement: the decision between SQLAlchemy Core and our own
thin layer (``store/db``), measured on the benchmark data set.

    python -m benchmarks.probes.engine_overhead --size 10000 [--data-dir DIR]

SQLAlchemy is not a dependency of agentbook; install it into the environment to run this probe
(``pip install 'sqlalchemy>=2.0'``). Every variant runs the same SQL on the same encrypted file
with warm caches; the figure is the median time per statement over many random ids, and the
overhead is that median minus the bare driver's.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from agentbook.store.db.connection import open_encrypted
from benchmarks import dataset

ONE_ROW = "SELECT id, name, archive_no, mobile, id_number, birth_date FROM customer WHERE id = ?"
PAGE = (
    "SELECT id, name, archive_no, mobile, id_number, birth_date FROM customer"
    " WHERE id > ? ORDER BY id LIMIT 100"
)


def _median_us(run: Callable[[int], object], ids: list[int], repeat: int = 3) -> float:
    samples = []
    for _ in range(repeat):
        for cid in ids:
            start = time.perf_counter_ns()
            run(cid)
            samples.append(time.perf_counter_ns() - start)
    return statistics.median(samples) / 1000


def measure(data: dataset.BenchData, statements: int = 2000) -> dict[str, dict[str, float]]:
    import sqlalchemy as sa
    from sqlalchemy.pool import StaticPool

    store = dataset.open_store(data)
    raw = open_encrypted(data.encrypted, data.key, create=False, owner=False)
    engine = sa.create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
    sa_conn = engine.connect()
    customer = sa.Table(
        "customer",
        sa.MetaData(),
        *(sa.Column(n) for n in ("id", "name", "archive_no", "mobile", "id_number", "birth_date")),
    )
    one_core = sa.select(customer).where(customer.c.id == sa.bindparam("id"))
    page_core = sa.select(customer).where(customer.c.id > sa.bindparam("id")).order_by(customer.c.id).limit(100)
    one_text, page_text = sa.text(ONE_ROW.replace("?", ":id")), sa.text(PAGE.replace("?", ":id"))

    top = store.customers.count()
    rng = random.Random(7)
    ids = [rng.randint(1, top) for _ in range(statements)]
    variants: dict[str, dict[str, Callable[[int], object]]] = {
        "one row by id": {
            "sqlcipher3 (bare driver)": lambda i: raw.execute(ONE_ROW, (i,)).fetchall(),
            "agentbook Database.read": lambda i: store.db.read(ONE_ROW, (i,)),
            "agentbook repository get (→ dataclass)": lambda i: store.customers.get(i),
            "SQLAlchemy Core text()": lambda i: sa_conn.execute(one_text, {"id": i}).fetchall(),
            "SQLAlchemy Core select()": lambda i: sa_conn.execute(one_core, {"id": i}).fetchall(),
        },
        "a page of 100 rows": {
            "sqlcipher3 (bare driver)": lambda i: raw.execute(PAGE, (i,)).fetchall(),
            "agentbook Database.read": lambda i: store.db.read(PAGE, (i,)),
            "SQLAlchemy Core text()": lambda i: sa_conn.execute(page_text, {"id": i}).fetchall(),
            "SQLAlchemy Core select()": lambda i: sa_conn.execute(page_core, {"id": i}).fetchall(),
        },
    }
    out: dict[str, dict[str, float]] = {}
    for shape, runs in variants.items():
        for run in runs.values():  # warm every page cache and SQLAlchemy's compiled cache first
            for cid in ids[:200]:
                run(cid)
        out[shape] = {name: _median_us(run, ids) for name, run in runs.items()}
    sa_conn.close()
    store.close()
    raw.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=dataset.QUICK_SIZE)
    parser.add_argument("--data-dir", type=Path, default=dataset.DATA_DIR)
    args = parser.parse_args()
    data = dataset.build(args.size, data_dir=args.data_dir)
    for shape, figures in measure(data).items():
        bare = figures["sqlcipher3 (bare driver)"]
        print(f"\n{shape} — {args.size:,} customers, median per statement")
        for name, us in figures.items():
            print(f"  {name:42s} {us:8.1f} µs   overhead {us - bare:+7.1f} µs  ({us / bare:4.2f}×)")


if __name__ == "__main__":
    main()
