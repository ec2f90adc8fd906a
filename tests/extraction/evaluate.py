"""Scoring the extractor on labelled answers: precision and recall of persons and opinion holders.

Case files (TOML) hold ``[questions.<key>]`` (text, elicits), ``[[case]]`` single answers and
``[[conversation]]`` whole conversations of ``[[conversation.turn]]``; their header comments give the
labelling conventions. A predicted person matches an expected one by name (folded; a title such as
"mevrouw" is ignored) or, unnamed, by its relation word or its stem ("zoon" for "zoontje").
Persons are compared as sets per answer; opinions as the set of persons holding a positive opinion in
that answer (the person a follow-up was about counts under its ``about`` name).

Every case and turn is scored overall and under each error kind it lists (``kinds``), so a gain in
one kind can't hide a loss in another. Run ``python -m tests.extraction.evaluate [FILE...]`` for the
misses.
"""

from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
CASES = HERE / "cases.toml"
MEASURES = ("persons", "positive opinions", "tensions")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, expected: set[str], got: set[str], text: str) -> None:
        self.tp += len(expected & got)
        self.fp += len(got - expected)
        self.fn += len(expected - got)
        if expected != got:
            self.misses.append(f"{text!r}: expected {sorted(expected)}, got {sorted(got)}")

    def line(self, what: str) -> str:
        return (f"{what}: precision {self.precision:.2f}, recall {self.recall:.2f}, F1 {self.f1:.2f} "
                f"(tp {self.tp}, fp {self.fp}, fn {self.fn})")


@dataclass
class Report:
    overall: dict[str, Score] = field(default_factory=lambda: {m: Score() for m in MEASURES})
    by_kind: dict[str, dict[str, Score]] = field(default_factory=dict)
    answers: int = 0

    def add(self, measure: str, kinds: list[str], expected: set[str], got: set[str], text: str) -> None:
        self.overall[measure].add(expected, got, text)
        for kind in kinds:
            self.by_kind.setdefault(kind, {m: Score() for m in MEASURES})[measure].add(expected, got, text)


def load(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def load_cases() -> tuple[dict, list[dict]]:
    data = load(CASES)
    return data["questions"], data["case"]


def _fold(text: str) -> str:
    from quez.extraction.lexicon import TITLES, fold

    words = [w for w in fold(text).split() if w.rstrip(".") not in {t.rstrip(".") for t in TITLES}]
    return " ".join(words)


def person_id(mention, expected: set[str] | None = None) -> str:
    """How a predicted mention is written in the labels: its name (or the other name the extractor found it
    under, "Noor" for "Noortje", as the summary and the conversation scoring also match it), else its relation
    word (or stem)."""
    if mention.name:
        alias = _fold(mention.alias) if getattr(mention, "alias", None) else None
        return alias if alias and expected is not None and alias in expected else _fold(mention.name)
    for candidate in (mention.relation, mention.stem, (mention.relation or "").split("-")[-1]):
        if candidate and expected is not None and candidate.lower() in expected:
            return candidate.lower()
    return (mention.relation or mention.stem or "").lower()


def referent(label: str, relation: str | None = None):
    """The person a label stands for: "Karin" is a name, "zus" a relation."""
    from quez.extraction import Referent

    return Referent(label, relation) if label[:1].isupper() else Referent(None, relation or label)


def score_answer(report: Report, question: dict, case: dict, known=(), about_relation: str | None = None):
    """Extract one answer and add its persons, positive holders and tensions to ``report``."""
    from quez.extraction import extract
    from quez.extraction.opinions import ABOUT, OPINION_ELICITS

    about = referent(case["about"], case.get("about_relation") or about_relation) if case.get("about") else False
    elicits, stance = question["elicits"], None
    if about:  # as the summary asks a follow-up: no elicits of its own, the parent's stance as fallback
        elicits, stance = [], next((e for e in OPINION_ELICITS if e in question["elicits"]), None)
    result = extract(case["text"], elicits, question["text"], about=about, about_stance=stance, known=known)
    expected_persons = {_fold(p) if p[:1].isupper() else p.lower() for p in case["persons"]}
    got_persons = {person_id(m, expected_persons) for m in result.mentions}
    kinds = [*case.get("kinds", []), "= follow-up answers" if case.get("about") else "= other answers"]
    report.answers += 1
    report.add("persons", kinds, expected_persons, got_persons, case["text"])

    def holder(o) -> str:
        if o.holder == ABOUT:
            return _fold(case["about"]) if case["about"][:1].isupper() else case["about"].lower()
        return person_id(result.mentions[o.holder], expected_persons)

    for measure, kind, key in (("positive opinions", "positive", "positive"), ("tensions", "tension", "tensions")):
        expected = {_fold(p) if p[:1].isupper() else p.lower() for p in case.get(key, [])}
        report.add(measure, kinds, expected, {holder(o) for o in result.opinions if o.kind == kind}, case["text"])
    return result


def evaluate_file(path: Path, report: Report | None = None) -> Report:
    """Every single answer and every conversation turn of one case file."""
    report = report or Report()
    data = load(path)
    questions = data.get("questions") or load(CASES)["questions"]
    for case in data.get("case", []):
        known = [referent(k["name"], k.get("relation")) if k.get("name") else referent(k["relation"])
                 for k in case.get("known", [])]
        score_answer(report, questions[case["question"]], case, known)
    for conversation in data.get("conversation", []):
        _evaluate_conversation(report, questions, conversation)
    return report


def _evaluate_conversation(report: Report, questions: dict, conversation: dict) -> None:
    """Turns in order; a follow-up knows its person as the worker would have typed them (name and the
    relation the answers gave), and every person named before is known."""
    relations: dict[str, str] = {}
    known: dict[str, object] = {}
    for turn in conversation["turn"]:
        about_relation = relations.get(_fold(turn["about"])) if turn.get("about") else None
        result = score_answer(report, questions[turn["question"]], turn, list(known.values()), about_relation)
        for m in result.mentions:
            if m.name and m.relation:
                relations.setdefault(_fold(m.name), m.stem or m.relation)
            if m.name:
                known.setdefault(_fold(m.name), referent(m.name, m.relation))


def evaluate(questions: dict | None = None, cases: list[dict] | None = None) -> dict[str, Score]:
    """The first case set (``cases.toml``), or the given questions and cases."""
    report = Report()
    if questions is None or cases is None:
        questions, cases = load_cases()
    for case in cases:
        score_answer(report, questions[case["question"]], case)
    return report.overall


def print_report(report: Report, misses: bool = True) -> None:
    print(f"{report.answers} answers")
    for measure, score in report.overall.items():
        print(score.line(measure))
        for miss in score.misses if misses else ():
            print("   ", miss)
    for kind in sorted(report.by_kind):
        persons, positive = report.by_kind[kind]["persons"], report.by_kind[kind]["positive opinions"]
        print(f"  {kind:24} persons F1 {persons.f1:.2f} | positive P {positive.precision:.2f} "
              f"R {positive.recall:.2f} (n={positive.tp + positive.fn})")


if __name__ == "__main__":
    paths = [Path(p) for p in sys.argv[1:] if not p.startswith("-")]
    paths = paths or [CASES, HERE / "holdout.toml", *sorted(CORPUS.glob("dev*.toml"))]
    total = Report()
    for p in paths:
        evaluate_file(p, total)
    try:
        print_report(total, misses="-q" not in sys.argv)
    except BrokenPipeError:  # "... | head": the reader has what it wants
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - the interpreter flushes it at exit
