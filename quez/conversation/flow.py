"""The order of a conversation: bank questions plus the follow-ups taken.

Plain Python (no textual, no pydantic at import time) so it can be tested on
its own. A :class:`Step` is one thing the worker asks; its ``id`` is the
``question_id`` its answer is stored under; a follow-up ("doorvraag") is stored
under an id from :mod:`quez.conversation.follow_up_id` (a follow-up without a person in it:
no ``{persoon}``, ``{relatie}``, ``{hem_haar}``, has no person in its id).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from quez.conversation.follow_up_id import follow_up_id, parse_follow_up_id

if TYPE_CHECKING:
    from quez.banks.models import Bank, Question
    from quez.storage.store import Answer

#: statuses that mean "the worker decided something about this question"
FINAL_STATUSES = ("answered", "skipped", "declined", "parked")


@dataclass(frozen=True)
class Step:
    """One question as asked in this session."""

    id: str
    question: Question  # the bank question (the parent, for a follow-up)
    phase_index: int
    text: str
    parent_id: str | None = None
    person_id: int | None = None
    follow_up_index: int | None = None

    @property
    def is_follow_up(self) -> bool:
        return self.parent_id is not None

    @property
    def kind(self) -> str:
        return "open" if self.is_follow_up else self.question.kind

    @property
    def hint(self) -> str | None:
        return None if self.is_follow_up else self.question.hint


@dataclass(frozen=True)
class Offer:
    """A follow-up the worker may take after a persons question."""

    id: str
    text: str
    n: int
    person_id: int | None


@dataclass(frozen=True)
class Progress:
    phase_no: int
    phase_count: int
    phase_title: str
    question_no: int
    question_count: int
    follow_up_no: int = 0
    follow_up_count: int = 0

    def label(self) -> str:
        """``Fase 2 van 3 · vraag 4 van 9`` (plus ``· doorvraag 1 van 2``)."""
        text = f"Fase {self.phase_no} van {self.phase_count} · vraag {self.question_no} van {self.question_count}"
        if self.follow_up_count:
            text += f" · doorvraag {self.follow_up_no} van {self.follow_up_count}"
        return text


class Flow:
    """The steps of one session, in order."""

    def __init__(self, bank: Bank, answers: Iterable[Answer] = ()):
        self.bank = bank
        follow_ups: dict[str, list[Any]] = {}
        for answer in sorted(answers, key=lambda a: a.id):
            if answer.parent_question_id:
                follow_ups.setdefault(answer.parent_question_id, []).append(answer)
        self.steps: list[Step] = []
        for pi, phase in enumerate(bank.phases):
            for question in phase.questions:
                self.steps.append(Step(question.id, question, pi, question.text))
                for answer in follow_ups.get(question.id, []):
                    parsed = parse_follow_up_id(answer.question_id)
                    self.steps.append(
                        Step(
                            answer.question_id,
                            question,
                            pi,
                            answer.question_text or question.text,
                            parent_id=question.id,
                            person_id=answer.person_id,
                            follow_up_index=parsed[1] if parsed else None,
                        )
                    )

    def __len__(self) -> int:
        return len(self.steps)

    def index_of(self, step_id: str | None) -> int | None:
        for i, step in enumerate(self.steps):
            if step.id == step_id:
                return i
        return None

    def step(self, step_id: str) -> Step | None:
        i = self.index_of(step_id)
        return None if i is None else self.steps[i]

    def phase_id(self, step: Step) -> str:
        return self.bank.phases[step.phase_index].id

    def is_phase_start(self, index: int) -> bool:
        return index == 0 or self.steps[index - 1].phase_index != self.steps[index].phase_index

    # -- follow-ups ---------------------------------------------------------------
    def offers(self, question: Question, persons: Sequence[tuple]) -> list[Offer]:
        """Follow-ups of ``question`` for the named ``persons`` ``(id, name[, relation])`` not taken yet;
        a follow-up without a person in it is offered once, as is (any kind of question)."""
        from quez.banks.referring import is_personal

        taken = {s.id for s in self.steps if s.parent_id == question.id}
        offers: list[Offer] = []
        for n, template in enumerate(question.follow_ups):
            if is_personal(template):
                for person_id, name, *rest in persons:
                    oid = follow_up_id(question.id, n, person_id)
                    if oid not in taken:
                        text = question.follow_up_for(template, name, rest[0] if rest else None)
                        offers.append(Offer(oid, text, n, person_id))
            else:
                oid = follow_up_id(question.id, n, None)
                if oid not in taken:
                    offers.append(Offer(oid, template, n, None))
        return offers

    def add_follow_ups(self, parent_id: str, offers: Sequence[Offer]) -> list[Step]:
        """Insert taken follow-ups right after ``parent_id`` and its earlier follow-ups."""
        index = self.index_of(parent_id)
        if index is None:
            raise KeyError(parent_id)
        parent = self.steps[index]
        at = index + 1
        while at < len(self.steps) and self.steps[at].parent_id == parent_id:
            at += 1
        new = [
            Step(o.id, parent.question, parent.phase_index, o.text, parent_id=parent_id, person_id=o.person_id,
                 follow_up_index=o.n)
            for o in offers
            if self.index_of(o.id) is None
        ]
        self.steps[at:at] = new
        return new

    # -- where we are -------------------------------------------------------------------
    def progress(self, index: int) -> Progress:
        step = self.steps[index]
        base = [s for s in self.steps if not s.is_follow_up]
        root_id = step.parent_id or step.id
        question_no = next(i for i, s in enumerate(base, start=1) if s.id == root_id)
        follow_no = follow_count = 0
        if step.is_follow_up:
            siblings = [s for s in self.steps if s.parent_id == step.parent_id]
            follow_count = len(siblings)
            follow_no = next(i for i, s in enumerate(siblings, start=1) if s.id == step.id)
        return Progress(
            phase_no=step.phase_index + 1,
            phase_count=len(self.bank.phases),
            phase_title=self.bank.phases[step.phase_index].title,
            question_no=question_no,
            question_count=len(base),
            follow_up_no=follow_no,
            follow_up_count=follow_count,
        )

    def resume_index(self, current: str | None, answers: dict[str, Answer]) -> int:
        """Where a resumed session continues: its stored position, else the first open step."""
        index = self.index_of(current)
        if index is not None:
            return index
        for i, step in enumerate(self.steps):
            answer = answers.get(step.id)
            if answer is None or answer.status not in FINAL_STATUSES:
                return i
        return max(0, len(self.steps) - 1)

    def parked_round(self, index: int, answers: dict[str, Answer]) -> list[str] | None:
        """Resuming on a parked question after every question had its turn: the round of parked
        questions from there on (as when it was interrupted); else None."""
        current = answers.get(self.steps[index].id)
        if current is None or current.status != "parked":
            return None
        if any((a := answers.get(s.id)) is None or a.status not in FINAL_STATUSES for s in self.steps):
            return None
        return [s.id for s in self.steps[index:] if answers[s.id].status == "parked"]

    def with_status(self, answers: dict[str, Answer], status: str) -> list[Step]:
        return [s for s in self.steps if (a := answers.get(s.id)) is not None and a.status == status]
