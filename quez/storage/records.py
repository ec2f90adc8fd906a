"""Plain records read from the database (no sqlite-utils, no pydantic)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from quez.vocabulary import AnswerStatusName, OpinionStatus, Quality, SessionStatusName


@dataclass(frozen=True)
class Client:
    id: int
    code: str
    label: str | None
    created_at: str

    @property
    def display(self) -> str:
        return f"{self.code} ({self.label})" if self.label else self.code


@dataclass(frozen=True)
class SessionInfo:
    id: int
    client_id: int
    client_code: str
    bank_id: str
    bank_version: str
    bank_title: str
    status: str
    current_question: str | None
    started_at: str
    updated_at: str | None
    ended_at: str | None
    elapsed_seconds: int
    reopened_at: str | None = None  # when a finished conversation was last reopened


@dataclass(frozen=True)
class Answer:
    id: int
    session_id: int
    question_id: str
    phase_id: str | None
    question_text: str | None
    parent_question_id: str | None
    person_id: int | None
    text: str
    value: str | None
    status: AnswerStatusName
    note: str
    created_at: str
    updated_at: str | None


@dataclass(frozen=True)
class Person:
    id: int
    client_id: int
    name: str
    relation: str | None
    category: str
    closeness: int | None
    confirmed: bool
    removed: bool


@dataclass(frozen=True)
class Mention:
    id: int
    person_id: int
    session_id: int
    question_id: str
    source: str
    quote: str | None


@dataclass
class SessionData:
    """A session with everything recorded in it."""

    session: SessionInfo
    client: Client
    answers: dict[str, Answer] = field(default_factory=dict)
    persons: list[Person] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    bank_snapshot: str | None = None

    def bank(self):
        """The bank exactly as it was when the session started."""
        from quez.banks.models import Bank

        if not self.bank_snapshot:
            return None
        return Bank.model_validate_json(self.bank_snapshot)


# -- whole rows, every column as stored (flags as the integers they are) ---------------------------------


@dataclass(frozen=True)
class StoredClient:
    id: int
    uuid: str
    code: str
    label: str | None
    created_at: str


@dataclass(frozen=True)
class StoredSession:
    id: int
    uuid: str
    client_id: int
    bank_id: str
    bank_version: str
    bank_title: str
    bank_snapshot: str | None
    status: SessionStatusName
    current_question: str | None
    started_at: str
    updated_at: str | None
    ended_at: str | None
    elapsed_seconds: int | None
    reopened_at: str | None


@dataclass(frozen=True)
class StoredPerson:
    id: int
    uuid: str
    client_id: int
    name: str
    relation: str | None
    category: str | None
    closeness: int | None
    confirmed: int | None
    removed: int | None
    merged_into: int | None
    adult: int | None
    created_at: str
    updated_at: str | None


@dataclass(frozen=True)
class StoredMention:
    id: int
    uuid: str
    person_id: int
    session_id: int
    question_id: str
    source: str
    quote: str | None
    created_at: str


@dataclass(frozen=True)
class StoredOpinion:
    """The worker's verdict on an opinion (or one the worker added)."""

    id: int
    client_id: int
    session_id: int
    question_id: str
    person_id: int | None
    person_key: str | None
    quote: str | None
    text: str | None
    kind: str | None
    stance: str | None
    status: OpinionStatus
    created_at: str
    updated_at: str | None


@dataclass(frozen=True)
class StoredSplit:
    """A person split off by answer: ``key`` found in that answer is ``person_id``."""

    id: int
    client_id: int
    session_id: int
    question_id: str
    key: str
    person_id: int
    created_at: str


@dataclass(frozen=True)
class StoredAlias:
    """A name (folded key, "n:els") tied to a person by the worker's decision."""

    id: int
    client_id: int
    person_id: int
    key: str
    created_at: str


@dataclass(frozen=True)
class KeptApart:
    """Two folded names the worker said are different persons."""

    id: int
    client_id: int
    a: str
    b: str
    created_at: str


@dataclass(frozen=True)
class StoredNetworkPerson:
    """The worker's choice of support kinds (comma-separated, as stored) and relation quality for a person."""

    id: int
    client_id: int
    person_id: int
    support: str | None
    quality: Quality | None
    created_at: str
    updated_at: str | None


@dataclass(frozen=True)
class StoredTie:
    id: int
    client_id: int
    person_a: int
    person_b: int
    quality: Quality | None
    created_at: str
    updated_at: str | None


@dataclass(frozen=True)
class StoredPlan:
    id: int
    client_id: int
    layout: str | None
    first_person_id: int | None
    first_ask: str | None
    gives_back: str | None
    created_at: str
    updated_at: str | None


@dataclass(frozen=True)
class StoredPlanPerson:
    """A person the plan would involve, with what they could do."""

    id: int
    client_id: int
    person_id: int
    could_do: str | None
    position: int | None
    updated_at: str | None


def record(cls, row: dict[str, Any]):
    """A database row (a dict from a query) as the record ``cls``: its fields by name, stored flags as bools."""
    names = cls.__dataclass_fields__
    values = {k: row.get(k) for k in names}
    if cls is Person:
        values["confirmed"] = bool(row.get("confirmed"))
        values["removed"] = bool(row.get("removed"))
        values["category"] = row.get("category") or "other"
    if cls is Answer:
        values["text"] = row.get("text") or ""
        values["note"] = row.get("note") or ""
    if cls is SessionInfo:
        values["elapsed_seconds"] = row.get("elapsed_seconds") or 0
    return cls(**values)
