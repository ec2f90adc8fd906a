"""Memory: peak resident set size of a real ``quez`` process.

Launched in a pseudo-terminal (as a worker starts it) on a copy of the
largest synthetic history, then: the review screen (first page of sessions),
a full-text search, the first session found (read-only), its summary, and the
summary over all sessions of that client. The peak RSS (``VmHWM`` from ``/proc``) is read before
the app quits. For comparison: the same for the bare Textual app with one
Label, and ``quez`` on an empty database (home screen only).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from benchmarks.common import Result, not_available
from benchmarks.startup import BARE_APP, BARE_MARKER, CTRL_Q, LOADED, quez_argv
from benchmarks.terminal import PtyProcess

ENTER = "\r"


def _peak(proc: PtyProcess) -> float | None:
    kb = proc.peak_rss_kb()
    return None if kb is None else kb / 1024


def _quez_session(data: Path, walk: bool) -> float | None:
    with PtyProcess(quez_argv(), env={"QUEZ_DATA_DIR": str(data), "QUEZ_DB": ""}) as proc:
        proc.wait_for(LOADED, timeout=120)
        if walk:
            mark = len(proc.plain)
            proc.send("e")  # Eerdere gesprekken
            proc.wait_for("gesprekken", timeout=60, since=mark)
            proc.drain(0.5)
            mark = len(proc.plain)
            proc.send("/")
            proc.drain(0.2)
            proc.send("schamen" + ENTER)  # full-text search
            proc.wait_for(" van ", timeout=60, since=mark)  # "50 van N gesprekken"
            proc.drain(0.5)
            mark = len(proc.plain)
            proc.send(ENTER)  # the first session found, read-only
            proc.wait_for("Gesprek met", timeout=60, since=mark)
            mark = len(proc.plain)
            proc.send("s")  # its summary
            proc.wait_for("Samenvatting", timeout=60, since=mark)
            mark = len(proc.plain)
            proc.send("k")  # over all sessions of that client
            proc.wait_for("alle gesprekken", timeout=60, since=mark)
            proc.drain(0.5)
        peak = _peak(proc)
        proc.send(CTRL_Q)
        proc.wait_exit(60)
    return peak


def figures(quick: bool = False) -> list[Result]:
    from benchmarks import synth

    if not Path("/proc/self/status").exists():
        return [not_available("memory", "needs /proc (Linux)")]
    label = "3k" if quick else "10k"
    source = synth.cached(3000 if quick else 10000)
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="quez-bench-memory-") as tmp_name:
        tmp = Path(tmp_name)
        with PtyProcess([sys.executable, str(BARE_APP)]) as proc:
            proc.wait_for(BARE_MARKER)
            bare = _peak(proc)
            proc.send(CTRL_Q)
            proc.wait_exit()
        empty = tmp / "empty"
        empty.mkdir()
        small = _quez_session(empty, walk=False)
        large = tmp / "large"
        large.mkdir()
        shutil.copyfile(source, large / "quez.db")
        _quez_session(large, walk=False)  # untimed: the day's automatic backup
        peak = _quez_session(large, walk=True)
    size_mb = source.stat().st_size / 1e6
    results.append(Result("memory.bare_textual", bare, unit="MB", status="info",
                          note="peak RSS of a Textual app with one Label"))
    results.append(Result("memory.quez_empty", small, unit="MB", status="info",
                          note="peak RSS of quez on a new database, home screen"))
    results.append(Result(f"memory.quez_large[{label}]", peak, unit="MB", status="info",
                          ratio=round(peak / bare, 2) if peak and bare else None,
                          note=f"peak RSS with {label} sessions ({size_mb:.0f} MB file): review, search, "
                          "a session, its client's summary; ratio = / bare Textual"))
    return results
