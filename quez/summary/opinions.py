"""Placing opinions on persons, with the worker's verdicts applied.

An opinion found in an answer is identified by its session, question, quote
and holder (a stored person, or the key it was found under). The worker's
verdict on it wins: ``confirmed``, ``rejected``; and ``added`` opinions are
the worker's own, typed with their quote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quez.extraction.opinions import ABOUT
from quez.summary.model import OpinionItem, PersonItem, Summary
from quez.summary_advice import ROLE_PHRASES

if TYPE_CHECKING:
    from quez.storage.records import StoredOpinion

#: how sure the summary is of an opinion the worker confirmed, moved or added
WORKER_CONFIDENCE = 1.0
#: what an opinion the worker added is, when the worker said nothing else
ADDED_KIND = "positive"
#: who holds an opinion the worker gave to no one in particular
NO_ONE = "niemand"


def place_opinions(summary: Summary, build) -> None:
    """Found opinions (with verdicts), then the opinions the worker added."""
    verdicts = build.decisions.verdicts(build.client_id, build.session_ids)
    by_identity = {(v.session_id, v.question_id, v.person_id, v.person_key, v.quote): v
                   for v in verdicts if v.status != "added"}
    for answer_id, found in build.extractions.items():
        answer = build.by_id[answer_id]
        for o in found.opinions:
            _place_found(summary, build, answer, found, o, by_identity)
    for v in verdicts:
        if v.status == "added":
            _place_added(summary, build, v)


def _holder(build, answer, found, o) -> tuple[PersonItem | None, str | None]:
    """The person an opinion belongs to, and the key it was found under (None: the follow-up's person)."""
    if o.holder == ABOUT:
        return build.item_of_person(answer.person_id), None
    key = found.mentions[o.holder].key()
    return build.items.get(build.group_for(answer, key)), key


def _place_found(summary: Summary, build, answer, found, o, by_identity: dict) -> None:
    p, key = _holder(build, answer, found, o)
    if p is None:
        return
    quote = answer.text[o.start: o.end]
    stance_words = ROLE_PHRASES.get(o.stance or "", "")
    # the client's words say it, or agree with what was said ("Haar man Kees zegt dat ook.", "Merel niet."): shown
    # as a quote; only named in answer to a question that asks for an opinion: shown as what the question meant
    said = o.explicit or o.source == "text"
    text = quote if said or not stance_words else stance_words
    item = OpinionItem(p.name, p.group_id, text, quote, answer.question_id, build.asked[answer.id].text,
                       answer.session_id, o.kind, o.stance, o.confidence, o.source, said, p.person_id)
    v = ((by_identity.get((answer.session_id, answer.question_id, p.person_id, None, quote))
          if p.person_id is not None else None)
         or by_identity.get((answer.session_id, answer.question_id, None, key, quote)))
    item.key = key
    if v is not None:
        if v.status == "moved":
            return  # the worker gave it to someone else (or to no one): placed with the added ones
        item.status = v.status
        item.confidence = WORKER_CONFIDENCE
    place(summary, p, item)


def _question_text(build, session_id: int, question_id: str) -> str:
    answer = build.answers_by_q.get((session_id, question_id))
    return build.asked[answer.id].text if answer is not None else ""


def _place_added(summary: Summary, build, v: StoredOpinion) -> None:
    """The worker's own opinion (or one moved): with its person, or with no one ("niemand")."""
    p = build.item_of_person(v.person_id)
    if p is None and v.person_id is not None:
        return  # its person was removed
    item = OpinionItem(p.name if p else NO_ONE, p.group_id if p else "", v.text or v.quote or "", v.quote or "",
                       v.question_id, _question_text(build, v.session_id, v.question_id), v.session_id,
                       v.kind or ADDED_KIND, v.stance, WORKER_CONFIDENCE, "worker", True,
                       p.person_id if p else None, "added", added_id=v.id)
    if p is None:
        summary.unattributed.append(item)
    else:
        place(summary, p, item)


def place(summary: Summary, p: PersonItem, item: OpinionItem) -> None:
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
