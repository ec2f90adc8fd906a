"""A client's network: the summary's persons with support, relation quality, ties and the plan.

What the questions elicited and what the answers said make a suggestion
(support kinds from the roles the summary found, "tense" from tensions and
from being named for a question about tension); the worker's choice, stored
in :mod:`quez.storage.network`, always wins. Plain Python, no textual.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from quez.conversation.follow_up_id import base_question_id, is_follow_up_id
from quez.storage.network import LAYOUTS, QUALITIES, SUPPORT_KINDS, Plan

SUPPORT_LETTERS = {"practical": "P", "company": "G", "advice": "A", "emotional": "E"}
SUPPORT_LABELS = {"practical": "praktische hulp", "company": "gezelschap", "advice": "advies",
                  "emotional": "emotionele steun"}
QUALITY_LABELS = {"positive": "positief", "tense": "gespannen", "broken": "verbroken"}
#: in a terminal and in print: warmth, tension and a broken contact read differently
QUALITY_MARKS = {"positive": "+", "tense": "≈", "broken": "×"}
#: what a question elicits -> the kind of support it points to
ELICIT_SUPPORT = {"support_practical": "practical", "support_emotional": "emotional", "understanding": "emotional",
                  "support_company": "company", "support_advice": "advice"}
LAYOUT_LABELS = {"netwerkcirkel": "netwerkcirkel (ringen en vakken)", "ringen": "alleen ringen"}

assert set(SUPPORT_LETTERS) == set(SUPPORT_KINDS) and set(QUALITY_LABELS) == set(QUALITIES)
assert set(LAYOUT_LABELS) == set(LAYOUTS)


@dataclass
class NetPerson:
    group_id: str
    name: str
    relation: str | None
    category: str
    closeness: int | None
    person_id: int | None
    support: tuple[str, ...]
    quality: str | None
    support_chosen: bool = False  # the worker chose (else: suggested by the answers)
    quality_chosen: bool = False
    item: object = None  # the summary's PersonItem

    @property
    def letters(self) -> str:
        return "".join(SUPPORT_LETTERS[k] for k in self.support)

    @property
    def mark(self) -> str:
        return QUALITY_MARKS.get(self.quality or "", "")

    # the picture reads these like the summary's persons
    @property
    def key(self) -> str:
        return self.group_id


@dataclass
class Network:
    client_id: int
    client_code: str
    client_label: str | None
    persons: list[NetPerson]
    ties: list[tuple[str, str]]  # group ids, each pair once
    tie_quality: dict[tuple[str, str], str]  # positive | tense | broken, where the worker said
    layout: str
    plan: Plan
    summary: object = None
    reciprocity: list[str] = field(default_factory=list)  # the client's answers to reciprocity questions

    def person(self, group_id: str) -> NetPerson | None:
        return next((p for p in self.persons if p.group_id == group_id), None)

    def by_person_id(self, person_id: int | None) -> NetPerson | None:
        return next((p for p in self.persons if p.person_id == person_id), None) if person_id else None

    def quality_of_tie(self, a: str, b: str) -> str | None:
        return self.tie_quality.get((min(a, b), max(a, b)))

    def tied_to(self, group_id: str) -> list[str]:
        return [b if a == group_id else a for a, b in self.ties if group_id in (a, b)]


def suggested_support(item, named_for: AbstractSet[str] = frozenset()) -> tuple[str, ...]:
    """Support kinds the summary's roles, the opinions and the questions the worker named them for point to."""
    from quez.summary_advice import ROLE_PHRASES

    phrase_kind = {ROLE_PHRASES[e]: kind for e, kind in ELICIT_SUPPORT.items() if e in ROLE_PHRASES}
    found = {phrase_kind[r] for r in item.roles if r in phrase_kind}
    found |= {ELICIT_SUPPORT[e] for e in named_for if e in ELICIT_SUPPORT}
    if any(o.kind == "advice" for o in item.others if o.status != "rejected"):
        found.add("advice")
    return tuple(k for k in SUPPORT_KINDS if k in found)


def suggested_quality(item, named_for: AbstractSet[str] = frozenset()) -> str | None:
    if item.tensions or "tension" in named_for:
        return "tense"
    if item.opinions or item.roles or any(e in ELICIT_SUPPORT for e in named_for):
        return "positive"
    return None


def _named_for(store, summary) -> dict[int, set[str]]:
    """Person id -> what the questions elicit that the worker named them for (as the answer to "who")."""
    from quez.summary.asked import bank_from_snapshot

    ids = [s.id for s in summary.sessions]
    if not ids:
        return {}
    snapshots = store.bank_snapshots(ids)
    found: dict[int, set[str]] = {}
    for mention in store.mentions_in(ids):
        if mention.source != "worker":
            continue
        bank = bank_from_snapshot(snapshots.get(mention.session_id))
        question = bank.question(base_question_id(mention.question_id)) if bank else None
        if question is not None and not is_follow_up_id(mention.question_id):
            found.setdefault(mention.person_id, set()).update(question.elicits)
    return found


def _reciprocity(store, summary) -> list[str]:
    """What the client said in answer to questions about giving back (oldest first)."""
    from quez.summary.asked import bank_from_snapshot

    ids = [s.id for s in summary.sessions]
    if not ids:
        return []
    snapshots = store.bank_snapshots(ids)
    out = []
    for answer in store.answers_in(ids):
        if answer.status != "answered" or not answer.text:
            continue
        bank = bank_from_snapshot(snapshots.get(answer.session_id))
        question = bank.question(answer.question_id) if bank else None
        if question is not None and "reciprocity" in question.elicits:
            out.append(" ".join(answer.text.split()))
    return out


def build_network(store, client_code: str) -> Network:
    """The network of all conversations with the client, with the worker's choices applied."""
    from quez.storage.network import NetworkStore
    from quez.storage.persons import PersonDecisions
    from quez.summary import summarise_client

    summary = summarise_client(store, client_code)
    network_store = NetworkStore(store)
    choices = network_store.choices(summary.client_id)
    merged = PersonDecisions(store).merged_into(summary.client_id)

    def follow(person_id: int) -> int:
        seen = set()
        while person_id in merged and person_id not in seen:
            seen.add(person_id)
            person_id = merged[person_id]
        return person_id

    named_for: dict[int, set[str]] = {}
    for person_id, elicits in _named_for(store, summary).items():
        named_for.setdefault(follow(person_id), set()).update(elicits)
    persons = []
    for item in summary.persons:
        choice = choices.get(item.person_id) if item.person_id is not None else None
        named = named_for.get(item.person_id, set()) if item.person_id is not None else set()
        support = choice.support if choice and choice.support is not None else suggested_support(item, named)
        quality_chosen = bool(choice and choice.quality is not None)
        quality = choice.quality if choice is not None and choice.quality is not None \
            else suggested_quality(item, named)
        persons.append(NetPerson(item.group_id, item.name, item.relation, item.category, item.closeness,
                                 item.person_id, support, quality, bool(choice and choice.support is not None),
                                 quality_chosen, item))
    by_id = {p.person_id: p.group_id for p in persons if p.person_id is not None}
    ties = set()
    tie_quality: dict[tuple[str, str], str] = {}
    qualities = network_store.tie_qualities(summary.client_id)
    for a, b in network_store.ties(summary.client_id):
        ga, gb = by_id.get(follow(a)), by_id.get(follow(b))
        if ga and gb and ga != gb:
            pair = (min(ga, gb), max(ga, gb))
            ties.add(pair)
            if (a, b) in qualities:
                tie_quality[pair] = qualities[(a, b)]
    plan = network_store.plan(summary.client_id)
    plan.involve = {follow(k): v for k, v in plan.involve.items()}
    if plan.first_person_id:
        plan.first_person_id = follow(plan.first_person_id)
    return Network(summary.client_id, summary.client_code, summary.client_label, persons, sorted(ties), tie_quality,
                   plan.layout if plan.layout in LAYOUTS else LAYOUTS[0], plan, summary,
                   _reciprocity(store, summary))
