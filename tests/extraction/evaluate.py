"""Scoring the extractor on ``cases.toml``: precision and recall of persons and opinions.

A predicted person matches an expected one when the expected string equals
its name, or (unnamed) its relation word, case-insensitively. Persons are
compared as sets per answer; opinions as the set of persons holding a
positive opinion in that answer (the person a follow-up was about counts
under its ``about`` name).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

CASES = Path(__file__).with_name("cases.toml")


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

    def add(self, expected: set[str], got: set[str], text: str) -> None:
        self.tp += len(expected & got)
        self.fp += len(got - expected)
        self.fn += len(expected - got)
        if expected != got:
            self.misses.append(f"{text!r}: expected {sorted(expected)}, got {sorted(got)}")

    def line(self, what: str) -> str:
        return (f"{what}: precision {self.precision:.2f}, recall {self.recall:.2f} "
                f"(tp {self.tp}, fp {self.fp}, fn {self.fn})")


def load_cases() -> tuple[dict, list[dict]]:
    data = tomllib.loads(CASES.read_text(encoding="utf-8"))
    return data["questions"], data["case"]


def person_id(mention) -> str:
    return (mention.name or mention.relation or "").lower()


def evaluate(questions: dict | None = None, cases: list[dict] | None = None) -> dict[str, Score]:
    from quez.extraction import extract
    from quez.extraction.opinions import ABOUT

    if questions is None or cases is None:
        questions, cases = load_cases()
    scores = {"persons": Score(), "positive opinions": Score(), "tensions": Score()}
    for case in cases:
        q = questions[case["question"]]
        result = extract(case["text"], q["elicits"], q["text"], about="about" in case)
        got_persons = {person_id(m) for m in result.mentions}
        scores["persons"].add({p.lower() for p in case["persons"]}, got_persons, case["text"])

        def holder(o, case=case, result=result) -> str:
            return case["about"].lower() if o.holder == ABOUT else person_id(result.mentions[o.holder])

        positive = {holder(o) for o in result.opinions if o.kind == "positive"}
        scores["positive opinions"].add({p.lower() for p in case["positive"]}, positive, case["text"])
        tensions = {holder(o) for o in result.opinions if o.kind == "tension"}
        scores["tensions"].add({p.lower() for p in case.get("tensions", [])}, tensions, case["text"])
    return scores


if __name__ == "__main__":
    for name, score in evaluate().items():
        print(score.line(name))
        for miss in score.misses:
            print("   ", miss)
