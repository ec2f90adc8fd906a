"""Run the QueZ speed benchmarks: ``python benchmarks/run.py [--quick] [--only NAME[,NAME]]``.

Prints a table (figure, result, goal, ratio, verdict) and writes JSON
(``benchmarks/results.json`` unless ``--json`` says otherwise). Figures whose
code does not exist yet show as ``n/a``; a figure that crashes shows as
``ERROR`` and the others still run. ``--markdown`` also prints the table as
Markdown (for the README).

Groups: startup, interaction, history, banks, memory. Timings are wall-clock
on whatever machine runs this; other work running at the same time shows.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, NotAvailable, Result, machine, not_available

GROUPS = ("banks", "history", "interaction", "startup", "memory")


def run_group(group: str, quick: bool) -> list[Result]:
    try:
        module = importlib.import_module(f"benchmarks.{group}")
        return list(module.figures(quick=quick))
    except NotAvailable as exc:
        return [not_available(group, str(exc))]
    except Exception as exc:  # one broken figure must not hide the others
        last = traceback.format_exception_only(type(exc), exc)[-1].strip()
        print(traceback.format_exc(), file=sys.stderr)
        return [Result(group, None, status="error", note=last[:300])]


def _value(result: Result) -> str:
    if result.value is None:
        return "—"
    if result.unit == "ms":
        return f"{result.value:.1f} ms" if result.value < 100 else f"{result.value:.0f} ms"
    if result.unit == "MB":
        return f"{result.value:.0f} MB"
    return f"{result.value:g} {result.unit}"


def rows(results: list[Result]) -> list[tuple[str, str, str, str, str, str]]:
    out = []
    for r in results:
        goal = r.goal_text or ("" if r.goal is None else f"≤ {r.goal:g} {r.unit}")
        ratio = "" if r.ratio is None else f"{r.ratio:.2f}×"
        out.append((r.name, _value(r), goal, ratio, r.verdict(), r.note))
    return out


HEADER = ("figure", "result", "goal", "ratio", "verdict", "note")


def format_table(results: list[Result], width: int = 60) -> str:
    table = [HEADER, *((*row[:5], row[5][:width]) for row in rows(results))]
    widths = [max(len(row[i]) for row in table) for i in range(len(HEADER))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)).rstrip() for row in table]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def format_markdown(results: list[Result]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    for row in rows(results):
        lines.append("| " + " | ".join(cell.replace("|", "/") for cell in row) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="QueZ speed benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions and smaller databases (~2 min)")
    parser.add_argument("--only", metavar="NAME", help=f"comma-separated groups: {', '.join(GROUPS)}")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results.json", metavar="PATH")
    parser.add_argument("--markdown", action="store_true", help="also print the table as Markdown")
    args = parser.parse_args(argv)
    groups = GROUPS
    if args.only:
        wanted = [g.strip() for g in args.only.split(",") if g.strip()]
        unknown = [g for g in wanted if g not in GROUPS]
        if unknown:
            parser.error(f"unknown group(s) {', '.join(unknown)}; choose from {', '.join(GROUPS)}")
        groups = tuple(g for g in GROUPS if g in wanted)
    began = time.perf_counter()
    info = machine()
    results: list[Result] = []
    for group in groups:
        start = time.perf_counter()
        print(f"… {group}", file=sys.stderr, flush=True)
        found = run_group(group, args.quick)
        results.extend(found)
        print(f"  {group}: {len(found)} figure(s) in {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    info["load_average_after"] = machine().get("load_average")
    print(format_table(results))
    if args.markdown:
        print()
        print(format_markdown(results))
    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "groups": list(groups),
        "seconds": round(time.perf_counter() - began, 1),
        "machine": info,
        "results": [r.as_dict() for r in results],
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    missed = [r.name for r in results if r.verdict() in ("MISS", "ERROR")]
    print(f"\n{len(results)} figures, {len(missed)} missed or failed; JSON in {args.json} "
          f"({report['seconds']:.0f} s; load average {info.get('load_average')} → {info.get('load_average_after')})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
