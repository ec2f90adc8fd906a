"""Precision and recall of persons and positive-opinion holders on labelled Dutch answers.

Two sets, both printed per error kind at the end of every test run:

- development: ``cases.toml`` and ``holdout.toml`` (the first build's sets) and ``corpus/dev*.toml``
  (single answers and whole conversations written in the voice of home visits by someone who did not
  see the extractor). The rules are tuned on these; their floors guard against regressions.
- held-out: ``corpus/holdout*.toml``, written with the development corpus but never used for tuning
  (nobody changing the rules reads its misses). It estimates quality on answers the rules were not
  shaped on. Its floors sit a little under the figures measured when the rules were last changed, so
  that moving a case or two does not fail the run but a real regression does. The targets the product
  aims for (persons F1 0.95, opinion holders precision 0.95 and recall 0.85) are printed next to them.

Whole conversations are also run through the real summary (stored in SQLite, summarised): the persons
it lists after merging, and who holds a positive opinion.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extraction.conversations import evaluate_conversations
from tests.extraction.evaluate import CASES, CORPUS, HERE, Report, evaluate_file, load

SETS = {
    "development": [CASES, HERE / "holdout.toml", *sorted(CORPUS.glob("dev*.toml"))],
    "held-out": sorted(CORPUS.glob("holdout*.toml")),
}
# set: {measure: (floor on precision, floor on recall, floor on F1)}
FLOORS = {
    "development": {"persons": (0.92, 0.94, 0.93), "positive opinions": (0.91, 0.87, 0.89)},
    "held-out": {"persons": (0.90, 0.93, 0.92), "positive opinions": (0.88, 0.82, 0.85)},
}
CONVERSATION_FLOORS = {
    "development": {"persons": (0.86, 0.94, 0.90), "positive opinions": (0.87, 0.86, 0.87)},
    "held-out": {"persons": (0.89, 0.94, 0.92), "positive opinions": (0.86, 0.84, 0.85)},
}
TARGETS = "targets: persons F1 >= 0.95; positive holders P >= 0.95, R >= 0.85"


def _report_lines(name: str, report: Report) -> list[str]:
    lines = [f"{name}: {report.answers} answers"]
    lines += [f"  {report.overall[m].line(m)}" for m in ("persons", "positive opinions", "tensions")]
    for kind in sorted(report.by_kind):
        persons, positive = report.by_kind[kind]["persons"], report.by_kind[kind]["positive opinions"]
        lines.append(f"    {kind:24} persons F1 {persons.f1:.2f} | positive holders P {positive.precision:.2f} "
                     f"R {positive.recall:.2f} (n={positive.tp + positive.fn})")
    return lines


def _check(report: Report, floors: dict) -> list[str]:
    problems = []
    for measure, (p_floor, r_floor, f_floor) in floors.items():
        score = report.overall[measure]
        if score.precision < p_floor or score.recall < r_floor or score.f1 < f_floor:
            problems.append(f"{score.line(measure)} is under the floor P>={p_floor} R>={r_floor} F1>={f_floor}")
    return problems


@pytest.mark.slow
@pytest.mark.parametrize("which", list(SETS))
def test_precision_and_recall_floors(which, pytestconfig):
    report = Report()
    for path in SETS[which]:
        evaluate_file(path, report)
    lines = pytestconfig.__dict__.setdefault("quez_extraction_report", {})
    lines[which] = "\n".join(_report_lines(which, report) + ([f"  ({TARGETS})"] if which == "held-out" else []))
    problems = _check(report, FLOORS[which])
    if which == "development":  # the misses help whoever tunes the rules; the held-out ones are not shown
        problems += [f"  {m}" for m in report.overall["positive opinions"].misses[:40]] if problems else []
    assert not problems, "\n".join(problems)


@pytest.mark.slow
@pytest.mark.parametrize("which", list(SETS))
def test_whole_conversations_through_the_summary(which, tmp_path: Path, pytestconfig):
    paths = SETS[which]
    report = evaluate_conversations(paths, tmp_path)
    lines = pytestconfig.__dict__.setdefault("quez_extraction_report", {})
    lines[f"conversations/{which}"] = "\n".join(
        [f"{which} whole conversations through the summary: {report.answers} conversations"]
        + [f"  {report.overall[m].line(m)}" for m in ("persons", "positive opinions")])
    assert report.answers >= 4
    problems = _check(report, CONVERSATION_FLOORS[which])
    assert not problems, "\n".join(problems)


def test_case_sets_are_big_and_varied_enough():
    singles = conversations = turns = follow_ups = 0
    kinds: dict[str, int] = {}
    texts: list[str] = []
    for path in [p for paths in SETS.values() for p in paths]:
        data = load(path)
        answers = data.get("case", []) + [t for c in data.get("conversation", []) for t in c["turn"]]
        singles += len(data.get("case", []))
        conversations += len(data.get("conversation", []))
        turns += sum(len(c["turn"]) for c in data.get("conversation", []))
        follow_ups += sum(1 for a in answers if a.get("about"))
        texts += [a["text"] for a in data.get("case", [])]
        for a in answers:
            for kind in a.get("kinds", []):
                kinds[kind] = kinds.get(kind, 0) + 1
    assert singles + turns >= 300 and conversations >= 10 and follow_ups >= 100
    assert len(set(texts)) == len(texts), "a single answer is there twice"
    assert all(n >= 10 for n in kinds.values()), kinds
    assert len(SETS["held-out"]) >= 2
