"""The QueZ export format (JSON), as pydantic models. Documented in README.md ("Export format").

One document holds clients; each client holds its persons and its sessions;
each session holds its bank snapshot, answers, mentions and notes. Rows are
identified by ``uuid`` (clients also by ``code``); answers by their session
and ``question_id``. Persons carry a ``ref`` (their number in the exporting
database) that answers, mentions and opinion verdicts point to with
``person_ref``, that a merged person points to with ``merged_into_ref``, and
that follow-up question ids (``<question>~<n>~<ref>``) contain. The worker's
person decisions travel too: a person's ``aliases`` (names found in answers
that the worker tied to them) and each session's ``opinions`` (verdicts).
Version 3 adds the summary corrections: a person's ``adult`` mark, opinions
``moved`` to another person (or to no one: an ``added`` opinion without a
person), and each session's ``splits`` (in this answer, the name found is
another person) and each client's ``kept_apart`` (two names offered as one
that the worker kept apart); and a client's ``network``: support kinds and
relation quality per person, who knows whom, the picture's layout and the
next-step plan; and a session's ``reopened_at``. Version 1 and 2 files are still read.

Bump :data:`FORMAT_VERSION` for any change an older QueZ could not read: as
the models forbid unknown fields, that includes every new field (an older QueZ
then says the file is from a newer version instead of naming the field).
"""

from __future__ import annotations

from typing import Any, Final, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, model_validator

from quez.vocabulary import AnswerStatusName, OpinionStatus, Quality, SessionStatusName, SupportKind

FORMAT_NAME: Final = "quez-export"
# 2: the worker's person decisions (merged_into_ref, aliases, opinions); 3: corrections, the client's network and
# a session's reopened_at
FORMAT_VERSION = 3

_UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
Uuid = Field(pattern=_UUID)
SessionStatus: TypeAlias = SessionStatusName
AnswerStatus: TypeAlias = AnswerStatusName


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PersonRecord(_Record):
    uuid: str = Uuid
    ref: int = Field(ge=1, description="the person's number in the exporting database")
    name: str = Field(min_length=1, max_length=500)
    relation: str | None = None
    category: str = "other"  # family | friends | neighbours | work_school | professionals | other
    closeness: int | None = Field(default=None, ge=1, le=3)
    confirmed: bool = False
    removed: bool = False
    merged_into_ref: int | None = Field(default=None, description="merged by the worker into this person")
    aliases: list[str] = Field(default=[], description="names found in answers that the worker tied to this person")
    adult: bool = Field(default=False, description="the worker marked this person as an adult (version 3)")
    created_at: str
    updated_at: str | None = None


class OpinionRecord(_Record):
    """The worker's verdict on an opinion found in an answer, or an opinion the worker added."""

    question_id: str = Field(min_length=1)
    person_ref: int | None = None
    person_key: str | None = None  # a person only found in text ("n:els")
    quote: str = ""
    text: str = ""
    kind: str = "positive"
    stance: str | None = None
    status: OpinionStatus
    created_at: str
    updated_at: str | None = None


class SplitRecord(_Record):
    """In the answer to ``question_id``, what was found under ``key`` is ``person_ref`` (version 3)."""

    question_id: str = Field(min_length=1)
    key: str = Field(min_length=1)
    person_ref: int
    created_at: str


class AnswerRecord(_Record):
    question_id: str = Field(min_length=1)
    phase_id: str | None = None
    question_text: str | None = None
    parent_question_id: str | None = None
    person_ref: int | None = None
    text: str = ""
    value: str | None = None
    status: AnswerStatus
    note: str = ""
    created_at: str
    updated_at: str | None = None


class MentionRecord(_Record):
    uuid: str = Uuid
    person_ref: int
    question_id: str = Field(min_length=1)
    source: str = "worker"
    quote: str | None = None
    created_at: str


class NoteRecord(_Record):
    uuid: str = Uuid
    question_id: str | None = None
    text: str = Field(min_length=1)
    added_later: bool = True
    created_at: str


class SessionRecord(_Record):
    uuid: str = Uuid
    bank_id: str = Field(min_length=1)
    bank_version: str = Field(min_length=1)
    bank_title: str | None = None
    bank_snapshot: dict[str, Any] | None = Field(
        default=None, description="the question bank exactly as it was when the session started"
    )
    status: SessionStatus
    current_question: str | None = None
    started_at: str
    updated_at: str | None = None
    ended_at: str | None = None
    elapsed_seconds: int = Field(default=0, ge=0)
    reopened_at: str | None = Field(default=None, description="when the finished conversation was last reopened")
    answers: list[AnswerRecord] = []
    mentions: list[MentionRecord] = []
    notes: list[NoteRecord] = []
    opinions: list[OpinionRecord] = []
    splits: list[SplitRecord] = []

    @model_validator(mode="after")
    def _unique_answers(self) -> SessionRecord:
        seen: set[str] = set()
        for answer in self.answers:
            if answer.question_id in seen:
                raise ValueError(f"vraag '{answer.question_id}' heeft twee antwoorden in één gesprek")
            seen.add(answer.question_id)
        return self


class KeptApartRecord(_Record):
    """Two names (folded) the worker said are different persons, not one spelled twice (version 3)."""

    a: str = Field(min_length=1)
    b: str = Field(min_length=1)
    created_at: str


class NetworkPersonRecord(_Record):
    """The worker's choice of support kinds and relation quality for one person (null: not chosen)."""

    person_ref: int
    support: list[SupportKind] | None = None
    quality: Quality | None = None
    created_at: str
    updated_at: str | None = None


class TieRecord(_Record):
    """Two of the client's persons know each other."""

    person_refs: tuple[int, int]
    quality: Quality | None = None
    created_at: str
    updated_at: str | None = None

    @model_validator(mode="after")
    def _two(self) -> TieRecord:
        if self.person_refs[0] == self.person_refs[1]:
            raise ValueError("een verbinding is tussen twee verschillende personen")
        return self


class PlanPersonRecord(_Record):
    person_ref: int
    could_do: str = ""


class NetworkRecord(_Record):
    """A client's network as the worker shaped it, and the next step (version 3)."""

    layout: Literal["netwerkcirkel", "ringen"] | None = None
    first_person_ref: int | None = None
    first_ask: str = ""
    gives_back: str = ""
    involve: list[PlanPersonRecord] = []
    persons: list[NetworkPersonRecord] = []
    ties: list[TieRecord] = []
    created_at: str | None = None
    updated_at: str | None = None

    def refs(self) -> list[int]:
        return ([self.first_person_ref] if self.first_person_ref is not None else []) + [
            p.person_ref for p in self.involve] + [p.person_ref for p in self.persons] + [
            r for t in self.ties for r in t.person_refs]


class ClientRecord(_Record):
    uuid: str = Uuid
    code: str = Field(min_length=1, max_length=200)
    label: str | None = None
    created_at: str
    persons: list[PersonRecord] = []
    sessions: list[SessionRecord] = []
    kept_apart: list[KeptApartRecord] = []
    network: NetworkRecord | None = None

    @model_validator(mode="after")
    def _persons_known(self) -> ClientRecord:
        refs = [p.ref for p in self.persons]
        if len(set(refs)) != len(refs):
            raise ValueError("twee personen hebben dezelfde ref")
        known = set(refs)
        merged = sorted({p.merged_into_ref for p in self.persons if p.merged_into_ref is not None} - known)
        if merged:
            raise ValueError(f"een persoon is samengevoegd met een onbekende persoon (ref {merged[0]})")
        for session in self.sessions:
            wanted = [a.person_ref for a in session.answers] + [m.person_ref for m in session.mentions] + [
                o.person_ref for o in session.opinions] + [s.person_ref for s in session.splits]
            missing = sorted({r for r in wanted if r is not None and r not in known})
            if missing:
                raise ValueError(f"gesprek {session.uuid} verwijst naar onbekende persoon (ref {missing[0]})")
        if self.network is not None:
            missing = sorted(set(self.network.refs()) - known)
            if missing:
                raise ValueError(f"het netwerk (network) verwijst naar onbekende persoon (ref {missing[0]})")
        return self


class ExportDocument(_Record):
    format: Literal["quez-export"] = FORMAT_NAME
    format_version: int = FORMAT_VERSION
    exported_at: str
    app_version: str
    scope: Literal["all", "client", "session"] = "all"
    clients: list[ClientRecord] = []

    @model_validator(mode="after")
    def _unique_clients(self) -> ExportDocument:
        codes = [c.code for c in self.clients]
        if len(set(codes)) != len(codes):
            raise ValueError("een cliëntcode komt twee keer voor")
        sessions = [s for c in self.clients for s in c.sessions]
        for what, uuids in (
            ("cliënt", [c.uuid for c in self.clients]),
            ("persoon", [p.uuid for c in self.clients for p in c.persons]),
            ("gesprek", [s.uuid for s in sessions]),
            ("vermelding", [m.uuid for s in sessions for m in s.mentions]),
            ("notitie", [n.uuid for s in sessions for n in s.notes]),
        ):
            seen: set[str] = set()
            for uuid in uuids:
                if uuid.lower() in seen:
                    raise ValueError(f"uuid {uuid} komt twee keer voor (bij een {what})")
                seen.add(uuid.lower())
        return self

    def counts(self) -> dict[str, int]:
        sessions = [s for c in self.clients for s in c.sessions]
        return {
            "clients": len(self.clients),
            "sessions": len(sessions),
            "answers": sum(len(s.answers) for s in sessions),
            "persons": sum(len(c.persons) for c in self.clients),
            "notes": sum(len(s.notes) for s in sessions),
            "decisions": sum(len(p.aliases) + (p.merged_into_ref is not None) for c in self.clients for p in c.persons)
            + sum(len(s.opinions) + len(s.splits) for s in sessions)
            + sum(len(c.kept_apart) for c in self.clients),
            "network": sum(len(c.network.persons) + len(c.network.ties) + (c.network.updated_at is not None)
                           for c in self.clients if c.network is not None),
        }
