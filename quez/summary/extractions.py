"""Extraction per answer, cached (the lead's module: how ``extract`` is called)."""

from __future__ import annotations

import json

from quez.extraction import VERSION, Extraction, Referent
from quez.storage.persons import cached_extractions, save_extractions
from quez.summary.asked import _Asked

EXTRACTED_STATUSES = ("answered", "draft")
#: extractions read this run, so that a summary redone after a correction does not parse them again: (database,
#: answer id, when it changed, a hash of its text, what it was read knowing) -> extraction; in memory only
_READ: dict[tuple, Extraction] = {}
_READ_MAX = 50_000


def forget_read() -> None:
    """Drop the extractions kept in memory (the next summary reads them from the database or extracts again)."""
    _READ.clear()


def extractions_for(store, answers, asked: dict[int, _Asked],
                    persons: dict[int, Referent] | None = None) -> dict[int, Extraction]:
    """Extraction per answer id, from the cache when the answer (the person a follow-up is about, and the names
    the client's persons go by) did not change since. ``persons``: the client's stored persons by id: a follow-up
    is read knowing whom it is about, and every answer knowing their names ("fenna" is Fenna)."""
    wanted = [a for a in answers if a.status in EXTRACTED_STATUSES and a.text.strip()]
    result: dict[int, Extraction] = {}
    fresh = []
    from quez.extraction import extract

    known = sorted({p for p in (persons or {}).values() if p.name and p.name[:1].isupper()},
                   key=lambda p: (p.name or "", p.relation or ""))
    names = ",".join(sorted({p.name or "" for p in known}))
    database = str(store.path)
    contexts = {}
    for a in wanted:
        about = (persons or {}).get(a.person_id) or (a.person_id is not None)
        context = (f"{about.name}|{about.relation}" if isinstance(about, Referent) else "") + f"|{names}"
        contexts[a.id] = (about, context, (database, a.id, a.updated_at, hash(a.text), context, VERSION))
        read = _READ.get(contexts[a.id][2])
        if read is not None:
            result[a.id] = read
    missing = [a for a in wanted if a.id not in result]
    cached = cached_extractions(store, [a.id for a in missing]) if missing else {}
    for a in missing:
        about, context, key = contexts[a.id]
        hit = cached.get(a.id)
        found = None
        if hit is not None and hit.answer_updated_at == a.updated_at and hit.version == VERSION:
            data = json.loads(hit.data)
            if data.get("c", "") == context:
                found = Extraction.from_dict(data)
        if found is None:
            q = asked[a.id]
            found = extract(a.text, q.elicits, q.text, about=about, about_stance=q.fallback_stance, known=known)
            fresh.append((a.id, a.updated_at, VERSION, {**found.to_dict(), "c": context}))
        result[a.id] = found
        if len(_READ) >= _READ_MAX:
            _READ.clear()
        _READ[key] = found
    save_extractions(store, fresh)
    return result


def names_in_label(label: str | None) -> set[str]:
    """The names in the client's label ("Ivone Tavares", "mevr. Jansen"; not "gezin" or a title)."""
    from quez.extraction.lexicon import TITLES, fold

    words = (label or "").replace(".", " ").replace(",", " ").split()
    return {w for w in words if w[:1].isupper() and len(w) > 1 and fold(w) not in TITLES | _NOT_NAMES}


_NOT_NAMES = frozenset("gezin familie fam mw mvr".split())


def without_the_client(extractions: dict[int, Extraction], stored_names: set[str],
                       label_names: set[str] | frozenset[str] = frozenset()) -> dict[int, Extraction]:
    """A name one answer calls the client by ("Ronnie, jij bent mijn beste man", "Ton zegt goed gedaan Ronnie"),
    or a name in her label, is the client in every answer of hers ("die Ronnie, die werkt hard", "als Ivone er
    is, is het schoon"): such mentions go, with the opinions they hold. Not when any answer gives the name a
    relation or the worker wrote a person down by it."""
    from dataclasses import replace

    from quez.extraction.lexicon import fold

    called = {fold(n) for e in extractions.values() for n in e.client_names} | {fold(n) for n in label_names}
    if not called:
        return extractions
    related = {fold(m.name) for e in extractions.values() for m in e.mentions if m.name and m.relation}
    client = called - related - {fold(n) for n in stored_names}
    result = {}
    for answer_id, e in extractions.items():
        gone = {k for k, m in enumerate(e.mentions) if m.name and fold(m.name) in client}
        if not gone:
            result[answer_id] = e
            continue
        index = {old: new for new, old in enumerate(k for k in range(len(e.mentions)) if k not in gone)}
        opinions = tuple(replace(o, holder=index.get(o.holder, o.holder) if o.holder >= 0 else o.holder)
                         for o in e.opinions if o.holder not in gone)
        result[answer_id] = Extraction(tuple(m for k, m in enumerate(e.mentions) if k not in gone), opinions,
                                       e.version, e.extra)
    return result
