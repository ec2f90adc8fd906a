"""Start-up: launching ``quez`` in a pseudo-terminal until its first screen is usable.

Compared in the same run (runs interleaved, median of several) against
``python -c pass`` and a bare Textual app that shows one Label (the floor for
any Textual app). Markers on the home screen:

* painted: the tagline is on screen (the menu has focus and takes keys);
* loaded: the status line that replaces "Even laden…" once the store is open
  and the banks are validated (every menu item works).

Each launch uses its own ``QUEZ_DATA_DIR`` with a database that already
exists (created by an untimed first launch), as on a worker's laptop.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import ROOT, Result, median, not_available
from benchmarks.terminal import PtyProcess, TerminalTimeout

BARE_APP = ROOT / "benchmarks" / "bare_app.py"
BARE_MARKER = "Kaal Textual-venster klaar"
PAINTED = "Gespreksleidraad"
LOADED = "blijft op deze computer"
HEAVY = ("pydantic", "sqlite_utils", "tomli", "tomlkit", "rapidfuzz", "dateutil", "click", "pluggy")
GOAL_RATIO = 1.3
CTRL_Q = "\x11"


def quez_argv() -> list[str]:
    script = Path(sys.executable).with_name("quez")
    return [str(script)] if script.exists() else [sys.executable, "-m", "quez"]


def _launch_quez(data_dir: Path, *extra: str, markers=(PAINTED, LOADED)) -> dict[str, float]:
    with PtyProcess([*quez_argv(), *extra], env={"QUEZ_DATA_DIR": str(data_dir), "QUEZ_DB": ""}) as proc:
        times = {}
        for marker in markers:
            times[marker] = proc.wait_for(marker, timeout=60)
        proc.send(CTRL_Q)
        proc.wait_exit(60)
    return times


def _launch_bare() -> float:
    with PtyProcess([sys.executable, str(BARE_APP)]) as proc:
        seen = proc.wait_for(BARE_MARKER)
        proc.send(CTRL_Q)
        proc.wait_exit()
    return seen


def _python_pass() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - start


def _first_question_marker() -> str:
    """The start of the first question of the first bundled bank, as the start screen lists them."""
    from quez.banks.loader import load_registry
    from quez.settings import bundled_banks_dir

    banks = load_registry([(bundled_banks_dir(), "bundled")]).sorted()
    if not banks or not banks[0].questions:
        raise LookupError("no bundled bank")
    return banks[0].questions[0].text[:18]


def _launch_to_question(data_dir: Path, marker: str, code: str) -> float:
    """Seconds from choosing the bank (the last Enter on the start screen) to the first question on screen.

    Launches, presses n, types a new client code, Enter (to the label), Enter
    (to the banks), each after the screen reacted, then the timed Enter.
    """
    with PtyProcess(quez_argv(), env={"QUEZ_DATA_DIR": str(data_dir), "QUEZ_DB": ""}) as proc:
        proc.wait_for(LOADED, timeout=60)
        mark = len(proc.plain)
        proc.send("n")
        proc.wait_for("Cliëntcode", timeout=30, since=mark)
        mark = len(proc.plain)
        proc.send(code)
        proc.wait_for("Nieuwe cliënt", timeout=30, since=mark)
        for _ in range(2):  # focus moves by a message: give each Enter time to land
            proc.send("\r")
            proc.drain(0.3)
        mark = len(proc.plain)
        start = time.perf_counter()
        proc.send("\r")
        seen = proc.wait_for(marker, timeout=30, since=mark)
        elapsed = seen - (start - proc.started)
        proc.send(CTRL_Q)
        proc.wait_exit(60)
    return elapsed


def _prepared_data_dir(tmp: Path, name: str, db: Path | None = None) -> Path:
    data = tmp / name
    data.mkdir()
    if db is not None:
        shutil.copyfile(db, data / "quez.db")
    _launch_quez(data)  # untimed: creates (or migrates) the DB and makes the first automatic backup
    return data


def figures(repeat: int = 7, quick: bool = False) -> list[Result]:
    repeat = 3 if quick else repeat
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="quez-bench-start-") as tmp_name:
        tmp = Path(tmp_name)
        data = _prepared_data_dir(tmp, "small")
        _launch_bare()  # warm the OS file cache for both
        python, bare, painted, loaded = [], [], [], []
        for _ in range(repeat):  # interleaved, so background load hits all alike
            python.append(_python_pass())
            bare.append(_launch_bare())
            times = _launch_quez(data)
            painted.append(times[PAINTED])
            loaded.append(times[LOADED])
        floor = median(bare)
        results.append(Result("startup.python_pass", median(python) * 1000, status="info",
                              note="python -c pass", details={"runs_ms": _ms(python)}))
        results.append(Result("startup.bare_textual", floor * 1000, status="info",
                              note="Textual app with one Label, until the label is on screen",
                              details={"runs_ms": _ms(bare)}))
        for name, runs, note in (
            ("startup.home_painted", painted, "home screen on screen, menu focused"),
            ("startup.home_loaded", loaded, "store open, banks validated, every menu item enabled"),
        ):
            value = median(runs)
            results.append(Result(name, value * 1000, goal=GOAL_RATIO, goal_text=f"≤ {GOAL_RATIO}× bare",
                                  ratio=round(value / floor, 2), note=note, details={"runs_ms": _ms(runs)}))

        try:
            marker = _first_question_marker()
        except Exception as exc:  # no bundled bank yet
            results.append(not_available("startup.first_question", f"no bundled bank to start ({exc})"))
        else:
            runs = []
            try:
                for i in range(max(2, repeat // 2)):
                    fresh = tmp / f"question-{i}"  # no interrupted session from the run before
                    shutil.copytree(data, fresh)
                    runs.append(_launch_to_question(fresh, marker, f"START-{i}"))
                value = median(runs)
                results.append(Result("startup.first_question", value * 1000, status="info",
                                      note="start screen: from Enter on the bank to its first question on screen "
                                      "(session stored, bank snapshot written)", details={"runs_ms": _ms(runs)}))
            except TerminalTimeout as exc:
                results.append(Result("startup.first_question", None, status="error", note=str(exc)[:300]))
        results.extend(_large_db(tmp, floor, quick))
    results.extend(import_figures())
    return results


def _large_db(tmp: Path, floor: float, quick: bool) -> list[Result]:
    """Start-up with years of history (10k sessions): quick_check, and the daily automatic backup."""
    from benchmarks import synth

    source = synth.cached(3000 if quick else 10000)
    label = "3k" if quick else "10k"
    data = tmp / "large"
    data.mkdir()
    shutil.copyfile(source, data / "quez.db")
    # first launch of the day: an automatic backup is due before the app opens
    first = _launch_quez(data)
    runs = [_launch_quez(data) for _ in range(2 if quick else 3)]
    loaded = median([r[LOADED] for r in runs])
    size_mb = source.stat().st_size / 1e6
    return [
        Result(f"startup.home_loaded[{label}]", loaded * 1000, goal=GOAL_RATIO, goal_text=f"≤ {GOAL_RATIO}× bare",
               ratio=round(loaded / floor, 2), note=f"database with {label} sessions ({size_mb:.0f} MB)",
               details={"runs_ms": _ms([r[LOADED] for r in runs]),
                        "painted_ms": _ms([r[PAINTED] for r in runs])}),
        Result(f"startup.home_painted_backup_due[{label}]", first[PAINTED] * 1000, status="info",
               ratio=round(first[PAINTED] / floor, 2),
               note="first start of the day: automatic backup runs before the app appears",
               details={"loaded_ms": round(first[LOADED] * 1000, 1)}),
    ]


def _ms(runs: list[float]) -> list[float]:
    return [round(r * 1000, 1) for r in runs]


# -- what start-up imports --------------------------------------------------------------

#: what the ``quez`` command imports before ``App.run()`` paints the first screen
PRE_PAINT = (
    "import quez.cli; quez.cli.build_parser(); "
    "from quez.commands.safety import guard_start; import quez.services, quez.tui.app"
)
_LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")


def importtime(code: str) -> list[tuple[str, int, int, int]]:
    """(module, self µs, cumulative µs, depth) for every import ``code`` makes."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-500:])
    rows = []
    for line in proc.stderr.splitlines():
        found = _LINE.match(line)
        if found:
            rows.append((found.group(4), int(found.group(1)), int(found.group(2)), (len(found.group(3)) - 1) // 2))
    return rows


def import_figures() -> list[Result]:
    try:
        rows = importtime(PRE_PAINT)
    except Exception as exc:
        return [Result("startup.imports", None, status="error", note=str(exc)[:300])]
    total = sum(r[1] for r in rows) / 1000
    by_package: dict[str, int] = {}
    for name, self_us, _cum, _depth in rows:
        top = name.split(".")[0]
        by_package[top] = by_package.get(top, 0) + self_us
    heaviest = sorted(by_package.items(), key=lambda kv: -kv[1])[:12]
    quez_modules = sorted(((n, c) for n, _s, c, _d in rows if n.startswith("quez")), key=lambda kv: -kv[1])[:10]
    loaded = {name.split(".")[0] for name, *_ in rows}
    heavy = [m for m in HEAVY if m in loaded]
    return [
        Result("startup.import_time", total, status="info",
               note="python -X importtime of what quez imports before the first paint (self times summed)",
               details={"by_package_ms": {k: round(v / 1000, 1) for k, v in heaviest},
                        "quez_cumulative_ms": {k: round(v / 1000, 1) for k, v in quez_modules}}),
        Result("startup.heavy_imports", float(len(heavy)), unit="modules", goal=0, goal_text="none",
               note=("heavy before first paint: " + ", ".join(heavy)) if heavy else
               "none of " + ", ".join(HEAVY) + " before the first paint", details={"heavy": heavy}),
    ]
