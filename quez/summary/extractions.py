"""Extraction per answer, cached (the lead's module: how ``extract`` is called)."""

from __future__ import annotations

import json

from quez.extraction import VERSION, Extraction, Referent
from quez.storage.persons import cached_extractions, save_extractions
from quez.summary.asked import _Asked

EXTRACTED_STATUSES = ("answered", "draft")


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
        if hit is not None and hit.answer_updated_at == a.updated_at and hit.version == VERSION:
            data = json.loads(hit.data)
            if data.get("c", "") == context:
                result[a.id] = Extraction.from_dict(data)
                continue
        q = asked[a.id]
        found = extract(a.text, q.elicits, q.text, about=about, about_stance=q.fallback_stance)
        result[a.id] = found
        fresh.append((a.id, a.updated_at, VERSION, {**found.to_dict(), "c": context}))
    save_extractions(store, fresh)
    return result
