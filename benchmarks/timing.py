"""Repeated timing with median/min/max, and results that carry their baseline and target."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Measurement:
    name: str
    unit: str
    median: float
    minimum: float
    maximum: float
    runs: int
    baseline: float | None = None  # median of the baseline measured in the same run
    baseline_name: str = ""
    target: str = ""
    met: bool | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # Median CPU time of this process per run, in *unit*: on a shared machine wall time alone
    # cannot tell a slower program from a busier neighbour.
    cpu: float | None = None

    @property
    def ratio(self) -> float | None:
        return self.median / self.baseline if self.baseline else None

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = self.ratio
        return data


def repeat(fn: Callable[[], Any], runs: int = 5, warmup: int = 1) -> list[float]:
    """Seconds per call, after *warmup* untimed calls."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def repeat_cpu(fn: Callable[[], Any], runs: int = 5, warmup: int = 1) -> tuple[list[float], list[float]]:
    """Wall seconds and CPU seconds (``time.process_time``, this process) per call, after *warmup*."""
    for _ in range(warmup):
        fn()
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return wall, cpu


def summarise(
    name: str, samples: list[float], unit: str = "ms", *, cpu: list[float] | None = None, **kw: Any
) -> Measurement:
    scale = 1000.0 if unit == "ms" else 1.0
    values = [s * scale for s in samples]
    result = Measurement(name, unit, statistics.median(values), min(values), max(values), len(values), **kw)
    if cpu:
        result.cpu = statistics.median(cpu) * scale
    return result


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]
