"""What a session (or all sessions of a client) brought up: persons, opinions, roles.

``summarise_session(store, session_id)`` and ``summarise_client(store, code)``
return a :class:`Summary` (plain dataclasses; :mod:`quez.report` renders it).

Persons come from the worker (``mentions``, follow-ups about a person) and
from answer text (:mod:`quez.extraction`). Extraction runs once per answer and
is cached in ``extractions`` keyed on the answer's ``updated_at`` and the
extractor's version, so a summary only re-reads what changed. The worker's
decisions (:mod:`quez.storage.persons`) win over automatic merging.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache

from quez.extraction import VERSION, Extraction, Referent
from quez.extraction.merge import Known, Resolver
from quez.extraction.opinions import ABOUT, OPINION_ELICITS
from quez.storage.persons import PersonDecisions, PersonRef, cached_extractions, save_extractions
from quez.summary_advice import NAMED_ROLES, ROLE_PHRASES, suggestions

EXTRACTED_STATUSES = ("answered", "draft")


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
        return PersonRef(self.name, self.relation, self.category, self.closeness, self.person_id, dict(self.keys))


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

    @property
    def session(self) -> SessionItem | None:
        return self.sessions[0] if self.scope == "session" and self.sessions else None

    def person(self, group_id: str) -> PersonItem | None:
        return next((p for p in self.persons if p.group_id == group_id), None)


def summarise_session(store, session_id: int) -> Summary:
    data = store.load_session(session_id)
    return _summarise(store, "session", data.client, [data.session], {session_id: data.bank()})


def summarise_client(store, client_code: str) -> Summary:
    from quez.storage.db import StoreError

    client = store.client(client_code)
    if client is None:
        raise StoreError(f"Er is geen cliënt met code '{client_code}'. Kijk in 'quez' bij eerdere gesprekken.")
    sessions = sorted(store.sessions(client_code), key=lambda s: (s.started_at, s.id))
    snapshots = {r["id"]: r["bank_snapshot"] for r in store._query(
        "select id, bank_snapshot from sessions where client_id = ?", [client.id])}
    banks = {s.id: _bank(snapshots.get(s.id)) for s in sessions}
    return _summarise(store, "client", client, sessions, banks)


@lru_cache(maxsize=16)
def _bank(snapshot: str | None):
    if not snapshot:
        return None
    from quez.banks.models import Bank

    try:
        return Bank.model_validate_json(snapshot)
    except ValueError:
        return None


@dataclass
class _Asked:
    text: str
    phase_id: str
    phase_title: str
    elicits: tuple[str, ...]
    follow_up: bool
    fallback_stance: str | None


def _asked(bank, answer) -> _Asked:
    base = answer.question_id.split("~")[0]
    question = bank.question(base) if bank is not None else None
    phase = bank.phase_of(base) if bank is not None else None
    elicits = tuple(question.elicits) if question is not None else ()
    follow_up = "~" in answer.question_id
    return _Asked(
        answer.question_text or (question.text if question else answer.question_id),
        answer.phase_id or (phase.id if phase else ""),
        phase.title if phase else (answer.phase_id or ""),
        () if follow_up else elicits,
        follow_up,
        next((e for e in OPINION_ELICITS if e in elicits), None),
    )


def extractions_for(store, answers, asked: dict[int, _Asked],
                    persons: dict[int, Referent] | None = None) -> dict[int, Extraction]:
    """Extraction per answer id, from the cache when the answer (and the person a follow-up is about)
    did not change since. ``persons``: the client's stored persons by id, for follow-ups."""
    wanted = [a for a in answers if a.status in EXTRACTED_STATUSES and a.text.strip()]
    cached = cached_extractions(store, [a.id for a in wanted]) if wanted else {}
    result: dict[int, Extraction] = {}
    fresh = []
    from quez.extraction import extract

    for a in wanted:
        about = (persons or {}).get(a.person_id) or (a.person_id is not None)
        context = f"{about.name}|{about.relation}" if isinstance(about, Referent) else ""
        hit = cached.get(a.id)
        if hit is not None and hit[0] == a.updated_at and hit[1] == VERSION:
            data = json.loads(hit[2])
            if data.get("c", "") == context:
                result[a.id] = Extraction.from_dict(data)
                continue
        q = asked[a.id]
        found = extract(a.text, q.elicits, q.text, about=about, about_stance=q.fallback_stance)
        result[a.id] = found
        fresh.append((a.id, a.updated_at, VERSION, {**found.to_dict(), "c": context}))
    save_extractions(store, fresh)
    return result


def _answers(store, session_ids: list[int]):
    from quez.storage.records import Answer, _row

    marks = ", ".join("?" for _ in session_ids)
    rows = store._query(f"select * from answers where session_id in ({marks}) order by session_id, id", session_ids)
    return [_row(Answer, r) for r in rows]


def _summarise(store, scope: str, client, sessions, banks: dict) -> Summary:
    session_ids = [s.id for s in sessions]
    summary = Summary(scope, client.id, client.code, client.label,
                      [SessionItem(s.id, s.bank_title, s.started_at, s.status, s.elapsed_seconds) for s in sessions])
    if not session_ids:
        summary.suggestions = suggestions(summary)
        return summary
    answers = _answers(store, session_ids)
    asked = {a.id: _asked(banks.get(a.session_id), a) for a in answers}
    known = [Known(r["id"], r["name"], r["relation"], r["category"] or "other", r["closeness"],
                   bool(r["confirmed"]), bool(r["removed"]))
             for r in store._query("select * from persons where client_id = ?", [client.id])]
    extractions = extractions_for(store, answers, asked, {p.id: Referent(p.name, p.relation) for p in known})

    decisions = PersonDecisions(store)
    resolver = Resolver(known, decisions.aliases(client.id), decisions.merged_into(client.id))
    owner = resolver.resolve(m for e in extractions.values() for m in e.mentions)
    groups = resolver.groups
    items: dict[str, PersonItem] = {}

    def item(gid: str) -> PersonItem | None:
        g = groups.get(gid)
        if g is None or g.removed:
            return None
        if gid not in items:
            items[gid] = PersonItem(gid, g.name, g.relation, g.category, g.closeness, g.person_id, g.confirmed,
                                    g.confidence, g.keys)
        return items[gid]

    phases: dict[str, set[str]] = {}

    def came_up(p: PersonItem, answer, source: str) -> None:
        base = answer.question_id
        p.answers.add((answer.session_id, base))
        p.sources.add(source)
        title = asked[answer.id].phase_title
        if title and title not in p.phases:
            p.phases.append(title)
        phases.setdefault(p.group_id, set()).add(title)

    by_id = {a.id: a for a in answers}
    for answer_id, found in extractions.items():
        answer = by_id[answer_id]
        for m in found.mentions:
            p = item(owner[m.key()][0])
            if p is not None:
                came_up(p, answer, "text")
                p.confidence = min(p.confidence, owner[m.key()][1])
    answers_by_q = {(a.session_id, a.question_id): a for a in answers}
    worker_named: dict[str, set[tuple[int, str]]] = {}  # where the worker named the person as an answer
    for row in store._query(
            f"select * from mentions where session_id in ({', '.join('?' for _ in session_ids)})", session_ids):
        g = resolver.group_of_person(row["person_id"])
        p = item(g.id) if g else None
        answer = answers_by_q.get((row["session_id"], row["question_id"]))
        if p is not None:
            if row["source"] == "worker":
                worker_named.setdefault(p.group_id, set()).add((row["session_id"], row["question_id"]))
            if answer is not None:
                came_up(p, answer, "worker")
            else:
                p.answers.add((row["session_id"], row["question_id"]))
                p.sources.add("worker")
    for answer in answers:
        if answer.person_id is not None and answer.status in EXTRACTED_STATUSES + ("skipped",):
            g = resolver.group_of_person(answer.person_id)
            p = item(g.id) if g else None
            if p is not None:
                came_up(p, answer, "about")
    if scope == "client":
        for g in groups.values():
            if g.person_id is not None and not g.removed and g.confirmed:
                item(g.id)

    _opinions(summary, items, extractions, by_id, asked, owner, resolver, decisions.verdicts(client.id, session_ids))
    for p in items.values():
        _roles(p, asked, answers_by_q, worker_named.get(p.group_id, set()))
    summary.persons = sorted(
        items.values(),
        key=lambda p: (-len(p.questions), -len(phases.get(p.group_id, ())), -p.mentions, -len(p.opinions),
                       p.name.casefold()))
    for answer in answers:
        if answer.status in ("parked", "declined"):
            q = asked[answer.id]
            entry = QuestionItem(answer.session_id, answer.question_id, q.text, q.phase_title, answer.status)
            (summary.parked if answer.status == "parked" else summary.declined).append(entry)
    summary.suggestions = suggestions(summary)
    return summary


def _opinions(summary, items, extractions, by_id, asked, owner, resolver, verdicts) -> None:
    verdict = {(v["session_id"], v["question_id"], v["person_id"], v["person_key"], v["quote"]): v for v in verdicts}
    for answer_id, found in extractions.items():
        answer = by_id[answer_id]
        for o in found.opinions:
            if o.holder == ABOUT:
                g = resolver.group_of_person(answer.person_id) if answer.person_id is not None else None
                gid, key = (g.id if g else None), None
            else:
                key = found.mentions[o.holder].key()
                gid = owner[key][0]
            p = items.get(gid) if gid else None
            if p is None:
                continue
            quote = answer.text[o.start: o.end]
            q = asked[answer_id]
            stance_words = ROLE_PHRASES.get(o.stance or "", "")
            text = quote if o.explicit or not stance_words else stance_words
            item = OpinionItem(p.name, p.group_id, text, quote, answer.question_id, q.text, answer.session_id,
                               o.kind, o.stance, o.confidence, o.source, o.explicit, p.person_id)
            v = (verdict.get((answer.session_id, answer.question_id, p.person_id, None, quote))
                 or verdict.get((answer.session_id, answer.question_id, None, key, quote)))
            if v is not None:
                item.status = v["status"]
                item.confidence = 1.0
            _place(summary, p, item)
    for v in verdicts:
        if v["status"] == "added":
            g = resolver.group_of_person(v["person_id"]) if v["person_id"] is not None else None
            p = items.get(g.id) if g else None
            if p is not None:
                q_text = next((asked[a.id].text for a in by_id.values()
                               if a.session_id == v["session_id"] and a.question_id == v["question_id"]), "")
                _place(summary, p, OpinionItem(p.name, p.group_id, v["text"] or v["quote"], v["quote"] or "",
                                               v["question_id"], q_text, v["session_id"], v["kind"] or "positive",
                                               v["stance"], 1.0, "worker", True, p.person_id, "added"))


def _place(summary, p: PersonItem, item: OpinionItem) -> None:
    if item.status == "rejected":
        p.others.append(item)
    elif item.kind == "positive":
        p.opinions.append(item)
        summary.opinions.append(item)
    elif item.kind == "tension":
        p.tensions.append(item)
        summary.tensions.append(item)
    else:
        p.others.append(item)


def _roles(p: PersonItem, asked, answers_by_q, worker_named: set[tuple[int, str]]) -> None:
    """Roles from the opinions found, and from what the questions the person answered elicit.

    Named by the worker as the answer to "Wie snapt waar je mee worstelt?", a person
    gets that question's role; merely mentioned in free text, only support and
    closeness roles follow (a name in a story is not yet an answer to "who").
    """
    roles: list[str] = []
    for o in p.opinions:
        phrase = ROLE_PHRASES.get(o.stance or "")
        if phrase and phrase not in roles:
            roles.append(phrase)
    tensed = {(t.session_id, t.question_id) for t in p.tensions}
    for session_id, question_id in sorted(p.answers):
        answer = answers_by_q.get((session_id, question_id))
        if answer is None or (session_id, question_id) in tensed:
            continue
        named = (session_id, question_id) in worker_named
        for e in asked[answer.id].elicits:
            phrase = ROLE_PHRASES.get(e) if named or e in NAMED_ROLES else None
            if phrase and phrase not in roles:
                roles.append(phrase)
    p.roles = roles
