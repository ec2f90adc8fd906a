"""Putting a summary together, one step at a time.

1. Read the answers and what each question asked (:mod:`quez.summary.asked`).
2. Extract persons and opinions per answer, cached (:mod:`quez.summary.extractions`).
3. Resolve every mention to a person: the worker's decisions first, then
   names, spelling variants and relations (:class:`quez.extraction.merge.Resolver`).
4. Collect where each person came up: in answer text, named by the worker,
   asked about in a follow-up, or (client scope) on record.
5. Place the opinions, with the worker's verdicts applied (:mod:`quez.summary.opinions`).
6. Roles, order, questions set aside, suggestions.
"""

from __future__ import annotations

from quez.extraction import Referent
from quez.extraction.merge import Known, Resolver
from quez.storage.persons import PersonDecisions
from quez.summary.asked import _asked, bank_from_snapshot
from quez.summary.extractions import EXTRACTED_STATUSES, extractions_for, names_in_label, without_the_client
from quez.summary.model import PersonItem, QuestionItem, SessionItem, Summary
from quez.summary.offers import merge_offers
from quez.summary.opinions import place_opinions
from quez.summary.roles import give_roles
from quez.summary.wishes import collect_notes, collect_wishes
from quez.summary_advice import suggestions_with_basis

#: answer statuses whose follow-up person counts as having come up (asked about, even if skipped)
ASKED_ABOUT_STATUSES = EXTRACTED_STATUSES + ("skipped",)


def summarise_session(store, session_id: int) -> Summary:
    data = store.load_session(session_id)
    return _summarise(store, "session", data.client, [data.session], {session_id: data.bank()})


def summarise_client(store, client_code: str) -> Summary:
    from quez.storage.db import StoreError

    client = store.client(client_code)
    if client is None:
        raise StoreError(f"Er is geen cliënt met code '{client_code}'. Kijk in 'quez' bij eerdere gesprekken.")
    sessions = sorted(store.sessions(client_code), key=lambda s: (s.started_at, s.id))
    snapshots = store.bank_snapshots(s.id for s in sessions)
    banks = {s.id: bank_from_snapshot(snapshots.get(s.id)) for s in sessions}
    return _summarise(store, "client", client, sessions, banks)


def _summarise(store, scope: str, client, sessions, banks: dict) -> Summary:
    summary = Summary(scope, client.id, client.code, client.label,
                      [SessionItem(s.id, s.bank_title, s.started_at, s.status, s.elapsed_seconds) for s in sessions])
    if sessions:
        _Assembly(store, scope, client.id, [s.id for s in sessions], banks, client.label).fill(summary)
    offered = suggestions_with_basis(summary)
    summary.suggestions = [s.worded(scope == "client") for s in offered]
    summary.suggestion_basis = [s.basis for s in offered]
    return summary


class _Assembly:
    """The state of one summary being assembled: answers, extractions, resolved persons."""

    def __init__(self, store, scope: str, client_id: int, session_ids: list[int], banks: dict,
                 label: str | None = None) -> None:
        self.store, self.scope, self.client_id, self.session_ids = store, scope, client_id, session_ids
        self.answers = store.answers_in(session_ids)
        self.asked = {a.id: _asked(banks.get(a.session_id), a) for a in self.answers}
        self.by_id = {a.id: a for a in self.answers}
        self.answers_by_q = {(a.session_id, a.question_id): a for a in self.answers}
        self.decisions = PersonDecisions(store)
        #: the client's stored persons (before extraction: a follow-up's answer is read knowing whom it is about)
        self.known = [Known(p.id, p.name, p.relation, p.category, p.closeness, p.confirmed, p.removed)
                      for p in store.all_persons(client_id)]
        referents = {p.id: Referent(p.name, p.relation) for p in self.known}
        self.extractions = without_the_client(extractions_for(store, self.answers, self.asked, referents),
                                              {p.name for p in self.known}, names_in_label(label))
        self.resolver = Resolver(self.known, self.decisions.aliases(client_id),
                                 self.decisions.merged_into(client_id))
        self.owner = self.resolver.resolve(m for e in self.extractions.values() for m in e.mentions)
        self.splits = self.decisions.splits(client_id, session_ids)
        self.adults = self.decisions.adults(client_id)
        self.items: dict[str, PersonItem] = {}
        self.phases: dict[str, set[str]] = {}
        self.worker_named: dict[str, set[tuple[int, str]]] = {}  # where the worker named the person as an answer

    def fill(self, summary: Summary) -> None:
        self.persons_from_text()
        self.persons_named_by_worker()
        self.persons_asked_about()
        if self.scope == "client":
            self.persons_on_record()
        place_opinions(summary, self)
        for p in self.items.values():
            give_roles(p, self.asked, self.answers_by_q, self.worker_named.get(p.group_id, set()))
        summary.persons = self.ordered()
        summary.merge_offers = merge_offers(summary.persons, self.decisions.kept_apart(self.client_id))
        self.questions_set_aside(summary)
        collect_wishes(summary, self)
        collect_notes(summary, self)

    # -- persons ----------------------------------------------------------------------------------
    def item(self, gid: str | None) -> PersonItem | None:
        g = self.resolver.groups.get(gid) if gid else None
        if gid is None or g is None or g.removed:
            return None
        if gid not in self.items:
            self.items[gid] = PersonItem(gid, g.name, g.relation, g.category, g.closeness, g.person_id,
                                         g.confirmed, g.confidence, g.keys, adult=g.person_id in self.adults)
        return self.items[gid]

    def group_for(self, answer, key: str) -> str:
        """The person (group id) a key found in this answer is: a split by the worker wins."""
        split = self.splits.get((answer.session_id, answer.question_id, key))
        if split is not None:
            return f"p{self.resolver.follow(split)}"
        return self.owner[key][0]

    def item_of_person(self, person_id: int | None) -> PersonItem | None:
        g = self.resolver.group_of_person(person_id) if person_id is not None else None
        return self.item(g.id) if g else None

    def came_up(self, p: PersonItem, answer, source: str) -> None:
        p.answers.add((answer.session_id, answer.question_id))
        p.sources.add(source)
        title = self.asked[answer.id].phase_title
        if title and title not in p.phases:
            p.phases.append(title)
        self.phases.setdefault(p.group_id, set()).add(title)

    def persons_from_text(self) -> None:
        for answer_id, found in self.extractions.items():
            answer = self.by_id[answer_id]
            for m in found.mentions:
                p = self.item(self.group_for(answer, m.key()))
                if p is not None:
                    self.came_up(p, answer, "text")
                    p.confidence = min(p.confidence, self.owner[m.key()][1])

    def persons_named_by_worker(self) -> None:
        for mention in self.store.mentions_in(self.session_ids):
            p = self.item_of_person(mention.person_id)
            if p is None:
                continue
            where = (mention.session_id, mention.question_id)
            if mention.source == "worker":
                self.worker_named.setdefault(p.group_id, set()).add(where)
            answer = self.answers_by_q.get(where)
            if answer is not None:
                self.came_up(p, answer, "worker")
            else:
                p.answers.add(where)
                p.sources.add("worker")

    def persons_asked_about(self) -> None:
        for answer in self.answers:
            if answer.person_id is not None and answer.status in ASKED_ABOUT_STATUSES:
                p = self.item_of_person(answer.person_id)
                if p is not None:
                    self.came_up(p, answer, "about")

    def persons_on_record(self) -> None:
        """Over all sessions of a client, a person the worker confirmed is listed even when not named again."""
        for g in self.resolver.groups.values():
            if g.person_id is not None and not g.removed and g.confirmed:
                self.item(g.id)

    def ordered(self) -> list[PersonItem]:
        """Most questions first, then most phases, mentions, opinions; then by name."""
        return sorted(
            self.items.values(),
            key=lambda p: (-len(p.questions), -len(self.phases.get(p.group_id, ())), -p.mentions, -len(p.opinions),
                           p.name.casefold()))

    # -- questions --------------------------------------------------------------------------------
    def questions_set_aside(self, summary: Summary) -> None:
        for answer in self.answers:
            if answer.status in EXTRACTED_STATUSES and answer.text.strip():
                q = self.asked[answer.id]
                summary.answered.append(QuestionItem(answer.session_id, answer.question_id, q.text, q.phase_title,
                                                     answer.status, answer.text))
            if answer.status in ("parked", "declined"):
                q = self.asked[answer.id]
                entry = QuestionItem(answer.session_id, answer.question_id, q.text, q.phase_title, answer.status)
                (summary.parked if answer.status == "parked" else summary.declined).append(entry)
