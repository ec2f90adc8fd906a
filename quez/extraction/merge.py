"""Merging mentions of the same person across answers and sessions of a client.

Mentions are grouped by key ("n:els", "r:tante", "o:haar man"):

1. The worker's decisions first: a key tied to a stored person (alias) goes
   there; a stored person's own name and relation find their mentions.
2. Names: the same name, or a spelling variant (rapidfuzz Jaro-Winkler),
   is the same person.
3. Relations without a name ("mijn tante") join the one person known with
   that relation ("tante Els"); with two aunts known they stay apart.

Each assignment has a confidence: 1.0 for the worker's decisions and exact
names, lower for variants and relation-only joins.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from quez.extraction import lexicon as lx

FUZZY_THRESHOLD = 0.9


@dataclass
class Known:
    """A stored person (from ``persons``)."""

    id: int
    name: str
    relation: str | None
    category: str
    closeness: int | None
    confirmed: bool
    removed: bool


@dataclass
class Group:
    """One person in a summary: a stored person and/or the keys found in text."""

    id: str  # "p12" (stored) or "k:n:els" (found in text only)
    name: str
    relation: str | None = None
    stem: str | None = None
    category: str = "other"
    closeness: int | None = None
    person_id: int | None = None
    confirmed: bool = False
    removed: bool = False
    keys: dict[str, str] = field(default_factory=dict)  # key -> label as found
    confidence: float = 1.0
    also: set[str] = field(default_factory=set)  # relations the answers give this name ("Sevim abla": zus)


def _stem(relation: str | None) -> str | None:
    if not relation:
        return None
    words = relation.casefold().split()
    while words and words[0] in lx.DETERMINERS_OWN | lx.DETERMINERS_PLAIN:
        words = words[1:]
    info = lx.relation_info(" ".join(words)) or (lx.relation_info(words[-1]) if words else None)
    return info[0] if info else None


def _own(g: Group) -> bool:
    """The group's relation is the client's own ("vrouw"), not someone else's ("zijn vrouw")."""
    return not g.relation or g.relation.casefold().split()[0] not in lx.DETERMINERS_OTHER


def _someone_elses(m) -> str:
    """"zijn vrouw", "zoon van Ton": a relation to someone else, as the summary shows it."""
    van = m.qualifier if m.qualifier.startswith("van ") else ""
    return " ".join(w for w in (m.owner_word, m.relation, van) if w)


class Resolver:
    """``Resolver(known, aliases, merged_into)``; then :meth:`assign` each mention's key."""

    def __init__(self, known: Iterable[Known], aliases: dict[str, int], merged_into: dict[int, int]):
        self.groups: dict[str, Group] = {}
        self.owner: dict[str, tuple[str, float]] = {}  # key -> (group id, confidence)
        self.merged_into = merged_into
        for p in known:
            if p.id in merged_into:
                continue
            stem = _stem(p.relation) or _stem(p.name)
            g = Group(f"p{p.id}", p.name, p.relation or (p.name if stem and _stem(p.name) else None), stem,
                      p.category or "other", p.closeness, p.id, p.confirmed, p.removed)
            self.groups[g.id] = g
            self.owner.setdefault("n:" + lx.fold(p.name), (g.id, 1.0))
            if stem and _stem(p.name):  # "de buurvrouw" typed as a name
                self.owner.setdefault(f"r:{stem}", (g.id, 1.0))
        for key, person_id in aliases.items():
            gid = f"p{self.follow(person_id)}"
            if gid in self.groups:
                self.owner[key] = (gid, 1.0)

    def follow(self, person_id: int) -> int:
        seen = set()
        while person_id in self.merged_into and person_id not in seen:
            seen.add(person_id)
            person_id = self.merged_into[person_id]
        return person_id

    def group_of_person(self, person_id: int) -> Group | None:
        return self.groups.get(f"p{self.follow(person_id)}")

    def resolve(self, mentions: Iterable) -> dict[str, tuple[str, float]]:
        """Assign every distinct key of ``mentions`` (PersonMention-like) to a group."""
        by_key: dict[str, list] = {}
        aliases: dict[str, str] = {}  # "n:lieve" -> "n:godelieve": "mijn zus Godelieve, Lieve zeggen we"
        for m in mentions:
            by_key.setdefault(m.key(), []).append(m)
            if m.name and m.alias and lx.fold(m.alias) != lx.fold(m.name):
                aliases.setdefault("n:" + lx.fold(m.alias), m.key())
        # names first, longest first (so that "Loes" finds Marloes, wherever she came first), then the rest in order
        order = sorted(by_key, key=lambda k: (not k.startswith("n:"), -len(k) if k.startswith("n:") else 0))
        order = [k for k in order if k not in aliases] + [k for k in order if k in aliases]
        for key in order:
            ms = by_key[key]
            if key in aliases and key not in self.owner and aliases[key] in self.owner:
                self.owner[key] = self.owner[aliases[key]]  # another answer says "Lieve": her too
            if key in self.owner:
                g = self.groups[self.owner[key][0]]
                self._learn(g, key, ms)
                continue
            if key.startswith("n:"):
                match = self._fuzzy(key[2:])
                confidence = 0.8
                if match is None:
                    match, confidence = self._titled(key[2:]), 0.9
                if match is None:
                    match, confidence = self._short_form(key[2:]), 0.7
                if match is not None:
                    self.owner[key] = (match, confidence)
                    self._learn(self.groups[match], key, ms)
                    continue
            elif self._relation_joins(key, ms):
                continue
            self._new_group(key, ms)
        return self.owner

    def _relation_joins(self, key: str, ms: list) -> bool:
        """"mijn tante" joins the one aunt known by name; "de juf van Sam" and "de fysio van Wiebe" the one juf or
        fysio known by name."""
        m = ms[0]
        someone_elses_role = key.startswith("o:") and (m.stem in lx.CHILDRENS_ROLES or m.qualifier.startswith("van ")
                                                       and m.category in ("professionals", "work_school"))
        if m.plural or not (key.startswith("r:") or someone_elses_role):
            return False
        stem = key[2:].partition(":")[0] if key.startswith("r:") else m.stem
        candidates = [g for g in self.groups.values() if (g.stem == stem and _own(g) or stem in g.also)
                      and not g.removed and (g.person_id is not None or any(k.startswith("n:") for k in g.keys))]
        if len(candidates) != 1:
            return False
        confidence = 0.9 if stem in lx.UNIQUE and key.startswith("r:") else 0.7
        self.owner[key] = (candidates[0].id, confidence)
        self._learn(candidates[0], key, ms)
        return True

    def _fuzzy(self, folded: str) -> str | None:
        if len(folded) < 4:
            return self._initials(folded)
        from rapidfuzz.distance import JaroWinkler

        best, best_score = None, FUZZY_THRESHOLD
        for key, (gid, _c) in self.owner.items():
            if not key.startswith("n:"):
                continue
            other = key[2:]
            if len(other) < 4 or other[0] != folded[0]:
                continue
            score = JaroWinkler.similarity(folded, other)
            if score >= best_score:
                best, best_score = gid, score
        return best

    def _titled(self, folded: str) -> str | None:
        """"Mevrouw Jansen" for Jansen and back: one known name that is this one with or without a title."""
        bare = lx.without_title(folded)
        hits = {gid for key, (gid, _c) in self.owner.items() if key.startswith("n:") and key[2:] != folded
                and lx.without_title(key[2:]) == bare}
        return hits.pop() if len(hits) == 1 else None

    def _short_form(self, folded: str) -> str | None:
        """"Loes" for Marloes, "Kader" for Abdelkader, "Debs" for Debbie: one known name it is a form of; or the
        worker wrote down "Kader" and the answers say "Abdelkader"."""
        hits = {gid for key, (gid, _c) in self.owner.items() if key.startswith("n:") and len(key) > 2
                and lx.short_form_of(folded, key[2:])}
        if not hits:
            hits = {gid for key, (gid, _c) in self.owner.items() if key.startswith("n:") and len(key) > 2
                    and self.groups[gid].person_id is not None
                    and lx.short_form_of(key[2:], folded)}
        return hits.pop() if len(hits) == 1 else None

    def _initials(self, folded: str) -> str | None:
        """"GJ" for Gert-Jan, "AM" for Anne Marie: one known name with those initials."""
        if not 2 <= len(folded) <= 3 or not folded.isalpha():
            return None
        hits = {gid for key, (gid, _c) in self.owner.items() if key.startswith("n:")
                and "".join(part[:1] for part in key[2:].replace("-", " ").split()) == folded}
        return hits.pop() if len(hits) == 1 else None

    def _new_group(self, key: str, ms: list) -> None:
        m = next((x for x in ms if x.own and x.relation), ms[0])
        relation = m.relation if m.own else _someone_elses(m) or None
        category = m.category if m.own or m.category != "family" else "other"  # "zoon van Ton": not her family
        g = Group(f"k:{key}", m.label, relation, m.stem, category, m.closeness if m.own else None, confidence=0.9)
        if key.startswith("r:"):
            stem = key[2:].split(":")[0]
            if sum(1 for x in self.groups.values() if x.stem == stem) > 1:
                g.confidence = 0.4  # several people with this relation: which one is unclear
        self.groups[g.id] = g
        self.owner[key] = (g.id, 1.0)
        self._learn(g, key, ms)

    @staticmethod
    def _learn(g: Group, key: str, ms: list) -> None:
        g.keys.setdefault(key, ms[0].label)
        g.also.update(m.stem for m in ms if m.name and m.stem and m.own)
        if g.relation is None:
            # the client's own relation first; "haar man Ruud" is someone else's husband, not hers
            with_relation = next((m for m in ms if m.relation and m.own), None) or next(
                (m for m in ms if m.relation), None)
            if with_relation is not None and with_relation.own:
                g.relation, g.stem = with_relation.relation, with_relation.stem
                if g.category == "other":
                    g.category = with_relation.category
                if g.closeness is None and g.person_id is None:
                    g.closeness = with_relation.closeness
            elif with_relation is not None:
                g.relation = _someone_elses(with_relation)
