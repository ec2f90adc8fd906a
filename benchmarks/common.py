"""Shared pieces of the benchmarks: results, statistics, "not available yet".

Every figure is a function returning one or more :class:`Result`. A figure
whose code under test does not exist yet raises :class:`NotAvailable` (or
returns a result with ``status="n/a"``); the runner shows it as such and
carries on.
"""

from __future__ import annotations

import os
import statistics
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / ".cache"


class NotAvailable(Exception):
    """What this figure measures is not built yet (module, screen or function missing)."""


@dataclass
class Result:
    name: str  # "startup.home", "history.search[10k]", ...
    value: float | None  # in ``unit``; None when not measured
    unit: str = "ms"
    goal: float | None = None  # the value must stay at or below this
    goal_text: str = ""  # how the goal reads in the table ("≤ 1.3× bare", "< 16 ms")
    ratio: float | None = None  # e.g. quez / bare Textual app, or value / goal
    status: str = "ok"  # ok | n/a | error | info
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def passed(self) -> bool | None:
        if self.status != "ok" or self.goal is None:
            return None
        measured = self.ratio if self.goal_text.startswith("≤") and "×" in self.goal_text else self.value
        return measured is not None and measured <= self.goal

    def verdict(self) -> str:
        if self.status == "n/a":
            return "n/a"
        if self.status == "error":
            return "ERROR"
        passed = self.passed
        if passed is None:
            return "info"
        return "pass" if passed else "MISS"

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["verdict"] = self.verdict()
        return data


def not_available(name: str, why: str) -> Result:
    return Result(name, None, status="n/a", note=why)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def spread(values_ms: list[float]) -> dict[str, float]:
    return {
        "n": len(values_ms),
        "median": round(median(values_ms), 3),
        "p95": round(percentile(values_ms, 95), 3),
        "min": round(min(values_ms), 3) if values_ms else float("nan"),
        "max": round(max(values_ms), 3) if values_ms else float("nan"),
    }


def timed(fn, *args, repeat: int = 5, **kwargs) -> tuple[list[float], Any]:
    """Run ``fn`` ``repeat`` times; (times in ms, last result)."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        times.append((time.perf_counter() - start) * 1000)
    return times, result


def machine() -> dict[str, Any]:
    """What the figures were measured on (other work may have been running)."""
    import platform

    info: dict[str, Any] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }
    try:
        info["load_average"] = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        pass
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import textual

        info["textual"] = textual.__version__
    except Exception:
        pass
    return info


def module_exists(name: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False
