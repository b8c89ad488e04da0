"""SQLCipher's own error log, quietened for a moment where an error is the expected outcome."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlcipher3


@contextmanager
def sqlcipher_quiet() -> Iterator[None]:
    """Lower SQLCipher's process-wide log level (a wrong key tried on purpose) and put it back."""
    probe = sqlcipher3.connect(":memory:")
    try:
        level = probe.execute("PRAGMA cipher_log_level").fetchone()[0]
        probe.execute("PRAGMA cipher_log_level = NONE")
        yield
    finally:
        probe.execute(f"PRAGMA cipher_log_level = {level}")
        probe.close()
