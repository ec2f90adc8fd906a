"""A past session as it reads afterwards: answers by phase, notes, parked and declined.

Built from the bank snapshot stored with the session, never from the bank
file as it is today: editing a bank does not change how a past session
reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quez.storage.notes import SessionNote, notes

if TYPE_CHECKING:
    from quez.banks.models import Bank
    from quez.storage.records import Answer, Client, SessionInfo
    from quez.storage.store import Store


@dataclass
class ViewedAnswer:
    """One question of the session with what was recorded (``status`` None: not asked)."""

    question_id: str
    question_text: str
    kind: str
    status: str | None = None
    text: str = ""
    value: str | None = None
    note: str = ""
    person: str | None = None  # the person a follow-up was about
    persons: list[str] = field(default_factory=list)  # persons named in this answer
    follow_ups: list[ViewedAnswer] = field(default_factory=list)
    later_notes: list[SessionNote] = field(default_factory=list)
    updated_at: str | None = None


@dataclass
class ViewedPhase:
    id: str
    title: str
    items: list[ViewedAnswer]

    @property
    def answered(self) -> int:
        return sum(1 for i in self.items if i.status == "answered")


@dataclass
class SessionView:
    info: SessionInfo
    client: Client
    bank: Bank | None
    phases: list[ViewedPhase]
    loose: list[ViewedAnswer]  # answers to questions missing from the snapshot
    session_notes: list[SessionNote]  # later notes about the whole session
    persons: list[tuple[str, int]]  # (name, number of answers naming them), most named first

    def items(self) -> list[ViewedAnswer]:
        out: list[ViewedAnswer] = []
        for phase in self.phases:
            for item in phase.items:
                out.append(item)
                out.extend(item.follow_ups)
        out.extend(self.loose)
        return out

    def with_status(self, status: str) -> list[ViewedAnswer]:
        return [i for i in self.items() if i.status == status]

    @property
    def parked(self) -> list[ViewedAnswer]:
        return self.with_status("parked")

    @property
    def declined(self) -> list[ViewedAnswer]:
        return self.with_status("declined")

    @property
    def later_notes(self) -> list[SessionNote]:
        notes_ = list(self.session_notes)
        for item in self.items():
            notes_.extend(item.later_notes)
        return sorted(notes_, key=lambda n: (n.created_at, n.id))


def _viewed(answer: Answer, question_text: str, kind: str, person: str | None = None) -> ViewedAnswer:
    return ViewedAnswer(
        question_id=answer.question_id,
        question_text=answer.question_text or question_text,
        kind=kind,
        status=answer.status,
        text=answer.text,
        value=answer.value,
        note=answer.note,
        person=person,
        updated_at=answer.updated_at or answer.created_at,
    )


def _follow_up_text(bank: Bank | None, question_id: str, follow_up_id: str, person: str | None) -> str:
    """The follow-up as it was asked, when the answer did not store its text."""
    from quez.conversation.follow_up_id import parse_follow_up_id

    question = bank.question(question_id) if bank else None
    parsed = parse_follow_up_id(follow_up_id)
    try:
        template = question.follow_ups[parsed[1]] if question and parsed else None
    except IndexError:
        template = None
    if template is None:
        return follow_up_id
    from quez.banks.referring import fill

    return fill(template, person)


def session_view(store: Store, session_id: int) -> SessionView:
    """Everything recorded in a session, laid out by the bank it was held with."""
    data = store.load_session(session_id)
    try:
        bank = data.bank()
    except ValueError:  # an unreadable snapshot: still show every answer, without the layout
        bank = None
    by_id = {p.id: p for p in store.persons(data.client.id, include_removed=True)}
    named, counts = _named_per_question(data.mentions, by_id)
    later: dict[str | None, list[SessionNote]] = {}
    for note in notes(store, session_id):
        later.setdefault(note.question_id, []).append(note)
    answers = sorted(data.answers.values(), key=lambda a: a.id)
    layout = _Layout(bank, by_id, named, later, answers)
    phases: list[ViewedPhase] = []
    if bank is not None:
        for phase in bank.phases:
            items = [layout.build(data.answers.get(q.id), q.id, q.text, q.kind) for q in phase.questions]
            phases.append(ViewedPhase(phase.id, phase.title, items))
    # answers the snapshot does not know (no snapshot, or an old bank): first
    # the top-level ones with their follow-ups, then any orphaned follow-up
    loose: list[ViewedAnswer] = []
    for top_level_only in (True, False):
        for a in answers:
            if a.question_id not in layout.placed and not (top_level_only and a.parent_question_id):
                loose.append(layout.build(a, a.question_id, a.question_text or a.question_id, "open"))
    name_of = {p.id: p.name for p in by_id.values()}
    persons = sorted(((name_of[pid], n) for pid, n in counts.items()), key=lambda x: (-x[1], x[0].lower()))
    return SessionView(
        info=data.session,
        client=data.client,
        bank=bank,
        phases=phases,
        loose=loose,
        session_notes=later.get(None, []),
        persons=persons,
    )


def _named_per_question(mentions, by_id: dict) -> tuple[dict[str, list[str]], dict[int, int]]:
    """The names each question brought up, and in how many questions each person came up."""
    named: dict[str, list[str]] = {}
    counts: dict[int, int] = {}
    for mention in mentions:
        person = by_id.get(mention.person_id)
        if person is None or person.removed:
            continue
        names = named.setdefault(mention.question_id, [])
        if person.name not in names:
            names.append(person.name)
            counts[person.id] = counts.get(person.id, 0) + 1
    return named, counts


class _Layout:
    """Builds each viewed answer with its follow-ups, and remembers which questions it placed."""

    def __init__(self, bank, by_id: dict, named: dict[str, list[str]],
                 later: dict[str | None, list[SessionNote]], answers: list[Answer]) -> None:
        self.bank, self.by_id, self.named, self.later = bank, by_id, named, later
        self.children: dict[str, list[Answer]] = {}
        for answer in answers:
            if answer.parent_question_id:
                self.children.setdefault(answer.parent_question_id, []).append(answer)
        self.placed: set[str] = set()

    def build(self, answer: Answer | None, question_id: str, text: str, kind: str) -> ViewedAnswer:
        item = _viewed(answer, text, kind) if answer else ViewedAnswer(question_id, text, kind)
        item.persons = self.named.get(question_id, [])
        item.later_notes = self.later.get(question_id, [])
        self.placed.add(question_id)
        for child in self.children.get(question_id, []):
            person = self.by_id.get(child.person_id) if child.person_id else None
            name = person.name if person else None
            sub = _viewed(child, _follow_up_text(self.bank, question_id, child.question_id, name), "open", name)
            sub.persons = self.named.get(child.question_id, [])
            sub.later_notes = self.later.get(child.question_id, [])
            item.follow_ups.append(sub)
            self.placed.add(child.question_id)
        return item
