"""Extraction per answer, cached (the lead's module: how ``extract`` is called)."""

from __future__ import annotations

import json

from quez.extraction import VERSION, Extraction, Referent
from quez.storage.persons import cached_extractions, save_extractions
from quez.summary.asked import _Asked

EXTRACTED_STATUSES = ("answered", "draft")


def extractions_for(store, answers, asked: dict[int, _Asked],
                    persons: dict[int, Referent] | None = None) -> dict[int, Extraction]:
    """Extraction per answer id, from the cache when the answer (the person a follow-up is about, and the names
    the client's persons go by) did not change since. ``persons``: the client's stored persons by id: a follow-up
    is read knowing whom it is about, and every answer knowing their names ("fenna" is Fenna)."""
    wanted = [a for a in answers if a.status in EXTRACTED_STATUSES and a.text.strip()]
    cached = cached_extractions(store, [a.id for a in wanted]) if wanted else {}
    result: dict[int, Extraction] = {}
    fresh = []
    from quez.extraction import extract

    known = sorted({p for p in (persons or {}).values() if p.name and p.name[:1].isupper()},
                   key=lambda p: (p.name or "", p.relation or ""))
    names = ",".join(sorted({p.name or "" for p in known}))
    for a in wanted:
        about = (persons or {}).get(a.person_id) or (a.person_id is not None)
        context = (f"{about.name}|{about.relation}" if isinstance(about, Referent) else "") + f"|{names}"
        hit = cached.get(a.id)
        if hit is not None and hit.answer_updated_at == a.updated_at and hit.version == VERSION:
            data = json.loads(hit.data)
            if data.get("c", "") == context:
                result[a.id] = Extraction.from_dict(data)
                continue
        q = asked[a.id]
        found = extract(a.text, q.elicits, q.text, about=about, about_stance=q.fallback_stance, known=known)
        result[a.id] = found
        fresh.append((a.id, a.updated_at, VERSION, {**found.to_dict(), "c": context}))
    save_extractions(store, fresh)
    return result


def without_the_client(extractions: dict[int, Extraction], stored_names: set[str]) -> dict[int, Extraction]:
    """A name one answer calls the client by ("Ronnie, jij bent mijn beste man", "Ton zegt goed gedaan Ronnie") is
    the client in every answer of hers ("die Ronnie, die werkt hard"): such mentions go, with the opinions they
    hold. Not when any answer gives the name a relation or the worker wrote a person down by it."""
    from dataclasses import replace

    from quez.extraction.lexicon import fold

    called = {fold(n) for e in extractions.values() for n in e.client_names}
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
