"""The summary's items: plain dataclasses that every view renders (screen, reports, timeline)."""

from __future__ import annotations

from dataclasses import dataclass, field

from quez.storage.persons import OpinionRef, PersonRef


@dataclass
class OpinionItem:
    person: str
    group_id: str
    text: str  # the quote when it says it, else the stance in words
    quote: str  # exact text from the answer
    question_id: str
    question_text: str
    session_id: int
    kind: str  # positive | tension | negated | advice | neutral
    stance: str | None
    confidence: float
    source: str  # text | question | worker
    explicit: bool
    person_id: int | None = None
    status: str | None = None  # the worker's verdict: confirmed | rejected | added
    key: str | None = None  # the key its holder was found under ("n:els"); None: the follow-up's person
    added_id: int | None = None  # added (or moved here) by the worker: its row

    def ref(self) -> OpinionRef:
        return OpinionRef(self.session_id, self.question_id, self.quote, self.person_id, self.key, self.text,
                          self.kind, self.stance, self.added_id)

    @property
    def shown(self) -> str:
        """In quotation marks when these are the client's words; else what being named here means."""
        if self.explicit or self.status == "added":
            return f"“{self.text}”"
        return f"(genoemd bij deze vraag: {self.text})"


@dataclass
class PersonItem:
    group_id: str
    name: str
    relation: str | None
    category: str
    closeness: int | None
    person_id: int | None
    confirmed: bool
    confidence: float
    keys: dict[str, str]
    sources: set[str] = field(default_factory=set)
    answers: set[tuple[int, str]] = field(default_factory=set)  # (session, question)
    phases: list[str] = field(default_factory=list)
    opinions: list[OpinionItem] = field(default_factory=list)
    tensions: list[OpinionItem] = field(default_factory=list)
    others: list[OpinionItem] = field(default_factory=list)  # negated, advice, neutral, rejected
    roles: list[str] = field(default_factory=list)
    adult: bool = False  # the worker marked this person as an adult

    @property
    def mentions(self) -> int:
        return len(self.answers)

    @property
    def questions(self) -> list[str]:
        return sorted({q for _s, q in self.answers})

    @property
    def sessions(self) -> list[int]:
        return sorted({s for s, _q in self.answers})

    def ref(self) -> PersonRef:
        return PersonRef(self.name, self.relation, self.category, self.closeness, self.person_id, dict(self.keys),
                         self.adult)


@dataclass
class SessionItem:
    id: int
    bank_title: str
    started_at: str
    status: str
    elapsed_seconds: int


@dataclass
class QuestionItem:
    session_id: int
    question_id: str
    text: str
    phase: str
    status: str
    answer: str = ""  # the client's words (answered questions only)


@dataclass
class NoteItem:
    """A note of the worker: on an answer (``question_id``), or on the session (``question_id`` None)."""

    session_id: int
    question_id: str | None
    question_text: str  # empty for a note on the whole session
    text: str
    added_later: bool  # written while looking back, after the conversation
    created_at: str


@dataclass
class Summary:
    scope: str  # session | client
    client_id: int
    client_code: str
    client_label: str | None
    sessions: list[SessionItem]
    persons: list[PersonItem] = field(default_factory=list)
    opinions: list[OpinionItem] = field(default_factory=list)
    tensions: list[OpinionItem] = field(default_factory=list)
    parked: list[QuestionItem] = field(default_factory=list)
    declined: list[QuestionItem] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    #: per suggestion, the answers it rests on: (session id, question id, question text)
    suggestion_basis: list[list[tuple[int, str, str]]] = field(default_factory=list)
    #: every question answered in words, in order (what the worker can read an opinion in)
    answered: list[QuestionItem] = field(default_factory=list)
    #: the client's own words about what she wants next (answers to wish-type questions)
    wishes: list[QuestionItem] = field(default_factory=list)
    #: the worker's notes, during the conversation and afterwards
    notes: list[NoteItem] = field(default_factory=list)
    #: opinions the worker moved to no one in particular ("niemand")
    unattributed: list[OpinionItem] = field(default_factory=list)
    #: (person, person) pairs that look like one person (spelling variants with the same relation)
    merge_offers: list[tuple[str, str]] = field(default_factory=list)

    @property
    def session(self) -> SessionItem | None:
        return self.sessions[0] if self.scope == "session" and self.sessions else None

    def person(self, group_id: str) -> PersonItem | None:
        return next((p for p in self.persons if p.group_id == group_id), None)
