"""A client's timeline: how the network changed across sessions.

For each session: who was named for the first time, who came back, who was
named before but not this time ("gone quiet"), and the positive opinions of
others that were gathered. Three queries for the whole client, whatever the
number of sessions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quez.storage.store import Store

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
    text: str

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
    person_id: int
    name: str
    relation: str | None
    sessions: tuple[int, ...]  # indexes into Timeline.entries where the person was named

    @property
    def first(self) -> int:
        return self.sessions[0]

    @property
    def last(self) -> int:
        return self.sessions[-1]


@dataclass
class Timeline:
    client_code: str
    entries: list[TimelineEntry]
    persons: list[PersonHistory]

    def trend(self, person: PersonHistory) -> str:
        """``nieuw``, ``terugkerend``, ``stil geworden`` or ``eenmalig``, as of the latest session."""
        latest = len(self.entries) - 1
        if person.last < latest:
            return "stil geworden"
        if len(person.sessions) > 1:
            return "terugkerend"
        return "nieuw" if latest > 0 else "eenmalig"

    @property
    def opinions(self) -> list[Opinion]:
        return [o for e in self.entries for o in e.opinions]


def _opinion_questions(snapshot: str | None) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """question id -> (opinion kind, text, follow-up templates) from a bank snapshot."""
    if not snapshot:
        return {}
    try:
        bank = json.loads(snapshot)
    except ValueError:
        return {}
    out: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    for phase in bank.get("phases", ()):
        for q in phase.get("questions", ()):
            kinds = [e for e in q.get("elicits", ()) if e in OPINION_ELICITS]
            out[q["id"]] = (kinds[0] if kinds else "", q.get("text", ""), tuple(q.get("follow_ups", ())))
    return out


def client_timeline(store: Store, client_code: str) -> Timeline:
    """The timeline of one client, oldest session first."""
    client = store.client(client_code)
    if client is None:
        from quez.storage.db import StoreError

        raise StoreError(f"Er is geen cliënt met code '{client_code}'.")
    sessions = store._query(
        "select id, started_at, bank_title, status, bank_snapshot from sessions where client_id = ? "
        "order by started_at, id",
        [client.id],
    )
    index = {s["id"]: i for i, s in enumerate(sessions)}
    entries = [TimelineEntry(TimelineSession(s["id"], s["started_at"], s["bank_title"], s["status"])) for s in sessions]
    # who was named where: mentions, plus follow-ups asked about a person
    named = store._query(
        """
        select m.session_id, p.id as person_id, p.name, p.relation, m.question_id from mentions m
        join persons p on p.id = m.person_id join sessions s on s.id = m.session_id
        where s.client_id = ? and p.removed = 0
        union
        select a.session_id, p.id, p.name, p.relation, a.question_id from answers a
        join persons p on p.id = a.person_id join sessions s on s.id = a.session_id
        where s.client_id = ? and p.removed = 0 and a.status != 'draft'
        """,
        [client.id, client.id],
    )
    appearances: dict[int, set[int]] = {}
    info: dict[int, tuple[str, str | None]] = {}
    named_in: dict[tuple[int, str], list[str]] = {}
    for row in named:
        appearances.setdefault(row["person_id"], set()).add(index[row["session_id"]])
        info[row["person_id"]] = (row["name"], row["relation"])
        names = named_in.setdefault((row["session_id"], row["question_id"]), [])
        if row["name"] not in names:
            names.append(row["name"])
    persons = sorted(
        (PersonHistory(pid, info[pid][0], info[pid][1], tuple(sorted(idx))) for pid, idx in appearances.items()),
        key=lambda p: (p.first, p.name.lower()),
    )
    seen: set[int] = set()
    for i, entry in enumerate(entries):
        here = {p.person_id for p in persons if i in p.sessions}
        for p in persons:
            if p.person_id in here:
                (entry.recurring if p.person_id in seen else entry.new).append(p.name)
            elif p.person_id in seen:
                entry.quiet.append(p.name)
        seen |= here

    _add_opinions(store, client.id, sessions, entries, index, named_in)
    return Timeline(client_code=client.code, entries=entries, persons=persons)


def _add_opinions(store, client_id, sessions, entries, index, named_in) -> None:
    """Opinions from answers to opinion questions and from follow-ups about a person.

    Seam: once the worker's confirmed opinions are stored by the summary
    module, they should take precedence over this derivation.
    """
    questions = {s["id"]: _opinion_questions(s["bank_snapshot"]) for s in sessions}
    rows = store._query(
        """
        select a.session_id, a.question_id, a.parent_question_id, a.question_text, a.text, p.name as person
        from answers a join sessions s on s.id = a.session_id left join persons p on p.id = a.person_id
        where s.client_id = ? and a.status = 'answered' and trim(a.text) != '' order by a.id
        """,
        [client_id],
    )
    for row in rows:
        known = questions[row["session_id"]]
        parent = row["parent_question_id"]
        if parent:
            if not row["person"]:
                continue
            kind = (known.get(parent) or ("", "", ()))[0] or "positive_opinion"
            opinion = Opinion(row["session_id"], row["person"], kind, row["question_text"] or "", row["text"])
            entries[index[row["session_id"]]].opinions.append(opinion)
            continue
        kind, text, _ = known.get(row["question_id"], ("", "", ()))
        if not kind:
            continue
        people = named_in.get((row["session_id"], row["question_id"])) or [None]
        for person in people:
            opinion = Opinion(row["session_id"], person, kind, row["question_text"] or text, row["text"])
            entries[index[row["session_id"]]].opinions.append(opinion)
