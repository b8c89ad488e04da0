"""The benchmark data set: built once per size and seed with the project's own generator.

100,000 customers (individual, family and enterprise, with relationships), ~250,000 policies
with beneficiaries, ~1.5 million payments, 30,000 claims and ~400,000 contact entries. The
encrypted file is keyed with a key derived from the seed (synthetic data only; a real archive's
key lives in the OS keyring), and a plain SQLite copy of the same rows is made for baselines.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import sqlcipher3

from agentbook.demo.generator import DemoGenerator, Scale
from agentbook.domain.clock import ManualClock
from agentbook.store.api import Store
from agentbook.store.db.connection import CACHE_KIB, SOFT_HEAP_LIMIT, RawKey
from agentbook.store.db.database import Database
from agentbook.store.db.migrations import migrate

DATA_DIR = Path(__file__).resolve().parent / "data"
TODAY = date(2026, 11, 23)
FULL_SIZE = 100_000
QUICK_SIZE = 10_000
# Proportions of the data set: 2.5 policies, 15 payments, 0.3 claims and 4 contacts per customer.
BENCH_SCALE = Scale(
    policies_per_customer=2.75,
    claims_per_customer=0.3,
    contacts_per_customer=4.0,
    payments_per_policy=6.0,
    max_payments_per_policy=60,  # monthly policies keep 5 years of instalments: ~1.5 M payments in all
)


@dataclass(frozen=True, slots=True)
class BenchData:
    size: int
    encrypted: Path
    plain: Path
    key: RawKey
    build_seconds: float | None
    counts: dict[str, int]


def key_for(seed: int) -> RawKey:
    return RawKey(hashlib.sha256(f"agentbook-benchmark-{seed}".encode()).hexdigest())


def open_store(data: BenchData) -> Store:
    return Store.open(data.encrypted, credentials=data.key, actor="benchmark", clock=ManualClock(TODAY))


def open_plain_store(data: BenchData) -> Store:
    """The same store code over the unencrypted copy: the difference is SQLCipher's cost.

    Every pragma the store's own connection sets, but the key: the same page cache, temporary
    storage, WAL with ordinary locking (exclusive locking would skip the shared-memory index the
    encrypted file reads), secure delete. ``cipher_memory_security`` is one switch for the whole
    process, so it is set off here too, explicitly: a baseline opened before any encrypted store
    would otherwise run under whatever the library's default is.
    """
    conn = sqlcipher3.connect(str(data.plain), check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA cipher_memory_security = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute(f"PRAGMA soft_heap_limit = {SOFT_HEAP_LIMIT}")  # the process's, shared with the encrypted side
    conn.execute("PRAGMA secure_delete = ON")
    migrate(conn)  # a copy made before a schema change gets the same migrations as the encrypted file
    return Store(Database(conn, data.plain, data.key, actor="benchmark", clock=ManualClock(TODAY)))


def build(size: int, seed: int = 2024, *, force: bool = False, data_dir: Path = DATA_DIR) -> BenchData:
    """The data set of *size* customers in *data_dir*, built unless a previous run left it there."""
    data_dir.mkdir(parents=True, exist_ok=True)
    encrypted = data_dir / f"bench-{size}-{seed}.db"
    plain = data_dir / f"bench-{size}-{seed}.plain.db"
    key = key_for(seed)
    seconds = None
    if force or not encrypted.exists() or not plain.exists():
        for path in (encrypted, plain):
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        start = time.perf_counter()
        dataset = DemoGenerator(TODAY, seed, BENCH_SCALE).generate(size)
        store = Store.open(encrypted, credentials=key, create=True, actor="benchmark", clock=ManualClock(TODAY))
        store.load_dataset(dataset, action="benchmark_data")
        with store.db.lock:
            store.db.conn.execute("ANALYZE")
            store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        seconds = time.perf_counter() - start
        with store.db.lock:  # an unencrypted copy of the same rows for the baselines
            store.db.conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
            store.db.conn.execute("SELECT sqlcipher_export('plain')")
            version = store.db.conn.execute("PRAGMA user_version").fetchone()[0]
            store.db.conn.execute(f"PRAGMA plain.user_version = {int(version)}")
            store.db.conn.execute("DETACH DATABASE plain")
        store.close()
    store = open_store(BenchData(size, encrypted, plain, key, None, {}))
    counts = store.counts()
    store.close()
    return BenchData(size, encrypted, plain, key, seconds, counts)
