"""A client's timeline: how the network changed across sessions.

For each session: who was named for the first time, who came back, who was
named before but not this time although a question where they came up before
was asked again ("gone quiet"; a short visit that never got there says nothing
about them), and the positive opinions of others that were gathered. Built from the client's summary, so the persons are
the same as there: found in the answers as well as named by the worker,
spellings merged, the worker's decisions (merge, rename, remove) applied, and
opinions found by the same extraction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quez.conversation.follow_up_id import base_question_id

if TYPE_CHECKING:
    from quez.storage.store import Store

#: ``PersonHistory.first`` of a person never named in a session (sorted after everyone else)
NEVER = 1 << 30
#: What a question brings up that counts as someone's opinion of the client.
OPINION_ELICITS = ("understanding", "no_blame", "help_ok", "does_well", "respect", "positive_opinion")
OPINION_LABELS = {
    "understanding": "begrijpt waar de cliënt mee worstelt",
    "no_blame": "geeft de cliënt niet de schuld",
    "help_ok": "vindt hulp vragen goed",
    "does_well": "vindt dat de cliënt het goed doet",
    "respect": "heeft respect voor hoe de cliënt volhoudt",
    "positive_opinion": "denkt positief over de cliënt",
}


@dataclass(frozen=True)
class TimelineSession:
    id: int
    started_at: str
    bank_title: str | None
    status: str


@dataclass(frozen=True)
class Opinion:
    session_id: int
    person: str | None
    kind: str  # one of OPINION_ELICITS
    question: str
    text: str  # the client's words; empty when the person was named for an opinion question
    explicit: bool = True

    @property
    def label(self) -> str:
        return OPINION_LABELS.get(self.kind, self.kind)


@dataclass
class TimelineEntry:
    session: TimelineSession
    new: list[str] = field(default_factory=list)
    recurring: list[str] = field(default_factory=list)
    quiet: list[str] = field(default_factory=list)  # named in an earlier session, not in this one
    opinions: list[Opinion] = field(default_factory=list)


@dataclass(frozen=True)
class PersonHistory:
    key: str  # the summary's person (group) id: spellings merged, the worker's decisions applied
    name: str
    relation: str | None
    sessions: tuple[int, ...]  # indexes into Timeline.entries where the person was named
    quiet: tuple[int, ...] = ()  # entries where a question they came up at was asked, and they did not

    @property
    def first(self) -> int:
        """Index of the first session they were named in (past the last one when never: on record only)."""
        return self.sessions[0] if self.sessions else NEVER

    @property
    def last(self) -> int:
        return self.sessions[-1] if self.sessions else -1


@dataclass
class Timeline:
    client_code: str
    entries: list[TimelineEntry]
    persons: list[PersonHistory]
    plan: list[str] = field(default_factory=list)  # the next step agreed with the client (the network map)

    def trend(self, person: PersonHistory) -> str:
        """``nieuw``, ``terugkerend``, ``stil geworden``, ``niet gevraagd`` (not named since, but the
        questions where they came up were not asked since either) or ``eenmalig``, as of the latest session."""
        latest = len(self.entries) - 1
        if not person.sessions:
            return "niet genoemd"
        if person.last < latest:
            return "stil geworden" if any(i > person.last for i in person.quiet) else "niet gevraagd"
        if len(person.sessions) > 1:
            return "terugkerend"
        return "nieuw" if latest > 0 else "eenmalig"

    @property
    def opinions(self) -> list[Opinion]:
        return [o for e in self.entries for o in e.opinions]


def client_timeline(store: Store, client_code: str) -> Timeline:
    """The timeline of one client, oldest session first, from the client's summary."""
    from quez.summary import summarise_client

    summary = summarise_client(store, client_code)
    sessions = sorted(summary.sessions, key=lambda s: (s.started_at, s.id))
    index = {s.id: i for i, s in enumerate(sessions)}
    entries = [TimelineEntry(TimelineSession(s.id, s.started_at, s.bank_title, s.status)) for s in sessions]
    persons = []  # everyone in the summary (the same count), also a person on record never named in a session
    for item in summary.persons:
        where = tuple(sorted({index[sid] for sid, _question in item.answers if sid in index}))
        persons.append(PersonHistory(item.group_id, item.name, item.relation, where))
    persons.sort(key=lambda p: (p.first, p.name.casefold()))
    named_at = {item.group_id: {(sid, base_question_id(q)) for sid, q in item.answers} for item in summary.persons}
    asked = _asked(store, [s.id for s in sessions])
    seen: dict[str, set[str]] = {}  # person -> the questions they came up at so far
    quiet: dict[str, list[int]] = {}
    for i, entry in enumerate(entries):
        sid = entry.session.id
        here = {p.key for p in persons if i in p.sessions}
        for p in persons:
            if p.key in here:
                (entry.recurring if p.key in seen else entry.new).append(p.name)
            elif p.key in seen and seen[p.key] & asked.get(sid, set()):
                entry.quiet.append(p.name)
                quiet.setdefault(p.key, []).append(i)
        for p in persons:
            if p.key in here:
                seen.setdefault(p.key, set()).update(q for s, q in named_at.get(p.key, ()) if s == sid)
    persons = [PersonHistory(p.key, p.name, p.relation, p.sessions, tuple(quiet.get(p.key, ()))) for p in persons]
    for o in summary.opinions:
        if o.session_id in index:
            entries[index[o.session_id]].opinions.append(
                Opinion(o.session_id, o.person, o.stance if o.stance in OPINION_LABELS else "positive_opinion",
                        o.question_text, o.quote if o.explicit else "", o.explicit))
    from quez.network.plan import stored_plan_lines

    return Timeline(client_code=summary.client_code, entries=entries, persons=persons,
                    plan=stored_plan_lines(store, summary.client_id))


def _asked(store: Store, session_ids: list[int]) -> dict[int, set[str]]:
    """Per session, the bank questions that got an answer (a follow-up counts for its question):
    answered, or a draft with something in it."""
    asked: dict[int, set[str]] = {}
    for a in store.answers_in(session_ids) if session_ids else ():
        if a.status == "answered" or (a.status == "draft" and ((a.text or "").strip(" ") or a.value is not None)):
            asked.setdefault(a.session_id, set()).add(base_question_id(a.question_id))
    return asked
