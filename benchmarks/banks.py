"""Bank loading: the bundled banks plus 100 generated banks, read and validated.

The generated banks are variations of the bundled ones (new ids, shuffled
questions, reworded texts), written as TOML files into a user bank folder, so
the real path is timed: ``load_registry`` reads every file with tomli and
validates it with the pydantic models, as the app does at start (after the
first paint). Cold = a fresh Python process (imports of tomli and pydantic
included); warm = again in the same process.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import ROOT, Result, median

GOAL_MS = 200.0
GENERATED = 100

_LOAD = """
import sys, time
start = time.perf_counter()
from quez.banks.loader import load_registry
from quez.settings import bundled_banks_dir
from pathlib import Path
registry = load_registry([(bundled_banks_dir(), "bundled"), (Path(sys.argv[1]), "user")])
took = (time.perf_counter() - start) * 1000
assert not registry.errors, registry.errors
print(len(registry.sorted()), sum(b.question_count for b in registry.sorted()), round(took, 2))
"""


def generate(folder: Path, count: int = GENERATED, seed: int = 3) -> None:
    """``count`` valid banks, rewritten from the bundled TOML files."""
    from quez.settings import bundled_banks_dir

    rng = random.Random(seed)
    sources = sorted(bundled_banks_dir().glob("*.toml"))
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        text = sources[n % len(sources)].read_text(encoding="utf-8")
        lines = text.splitlines()
        for i, line in enumerate(lines):
            if line.startswith("id = ") and i < 10:  # the bank's own id, in [bank]
                lines[i] = f'id = "gegenereerd-{n:03d}"'
                break
        words = rng.choice(("echt", "eigenlijk", "nu", "soms", "vaak"))
        text = "\n".join(lines).replace("Wie ", f"Wie {words} ", rng.randint(1, 6))
        (folder / f"gegenereerd-{n:03d}.toml").write_text(text + "\n", encoding="utf-8")


def figures(quick: bool = False) -> list[Result]:
    from quez.banks.loader import load_registry
    from quez.settings import bundled_banks_dir

    repeat = 3 if quick else 7
    with tempfile.TemporaryDirectory(prefix="quez-bench-banks-") as tmp_name:
        folder = Path(tmp_name) / "banks"
        generate(folder)
        cold, counts = [], ""
        for _ in range(repeat):
            proc = subprocess.run([sys.executable, "-c", _LOAD, str(folder)], capture_output=True, text=True,
                                  cwd=ROOT, timeout=120)
            if proc.returncode != 0:
                return [Result("banks.load_cold", None, status="error", note=proc.stderr.strip()[-300:])]
            banks, questions, took = proc.stdout.split()
            cold.append(float(took))
            counts = f"{banks} banks, {questions} questions"
        sources = [(bundled_banks_dir(), "bundled"), (folder, "user")]
        load_registry(sources)  # imports done
        warm = []
        for _ in range(repeat):
            start = time.perf_counter()
            load_registry(sources)
            warm.append((time.perf_counter() - start) * 1000)
    return [
        Result("banks.load_cold", median(cold), goal=GOAL_MS, goal_text=f"< {GOAL_MS:g} ms",
               note=f"median of {repeat} fresh processes; {counts}; imports of tomli and pydantic included",
               details={"runs_ms": [round(t, 1) for t in cold]}),
        Result("banks.load_warm", median(warm), goal=GOAL_MS, goal_text=f"< {GOAL_MS:g} ms",
               note=f"median of {repeat}; the same in a process that has loaded banks before",
               details={"runs_ms": [round(t, 1) for t in warm]}),
    ]
