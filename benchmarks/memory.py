"""Peak resident memory of this process image alone.

``resource.getrusage(RUSAGE_SELF).ru_maxrss`` is not that: Linux carries the high-water mark
across fork and exec, so a probe started from a benchmark that had grown to 1.4 GB reports
1.4 GB whatever it did itself. ``VmHWM`` in ``/proc/self/status`` belongs to the address space,
which exec replaces, so it counts only what the probe touched after it started.
"""

from __future__ import annotations

import resource
from pathlib import Path


def peak_rss_mb() -> float:
    """This process image's peak RSS in MiB (``VmHWM``; ``ru_maxrss`` where /proc is missing)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
