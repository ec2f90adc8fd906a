"""Persons named during a conversation, and who knows whom: what is stored, through the store.

Plain Python (no textual); used by :class:`quez.conversation.conversation.Conversation`. Each
function raises what the store raised.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from quez.conversation.person_entry import category_for

if TYPE_CHECKING:
    from quez.storage.store import Person


def named_at(store, session_id: int, question_id: str, known: Iterable[Person]) -> list[tuple[int, str, str | None]]:
    """``(id, name, relation)`` of the ``known`` persons mentioned at this question, in order."""
    by_id = {p.id: p for p in known}
    result, seen = [], set()
    for mention in store.mentions(session_id, question_id):
        person = by_id.get(mention.person_id)
        if person and person.id not in seen:
            seen.add(person.id)
            result.append((person.id, person.name, person.relation))
    return result


def add_person(store, client_id: int, session_id: int, question_id: str, name: str, relation: str,
               named_here: Sequence[int]) -> Person:
    """Store a named person (known to the client from now on) and mention them at this question
    unless they are among ``named_here``: the client's person of that name when there is one (their
    relation filled in when it was not known), else a new one."""
    person = store.find_person(client_id, name)
    if person is None:
        # "de buurvrouw" names no relation but still says where she belongs
        category = category_for(relation) if relation else category_for(name)
        person = store.add_person(client_id, name, relation or None, category)
    elif relation and not person.relation:
        person = store.update_person(person.id, relation=relation, category=category_for(relation))
    if person.id not in set(named_here):
        store.add_mention(person.id, session_id, question_id, "worker")
    return person


def remove_mention(store, session_id: int, question_id: str, person_id: int) -> None:
    """Take a person's mentions at this question away (they stay known to the client)."""
    for mention in store.mentions(session_id, question_id):
        if mention.person_id == person_id:
            store.remove_mention(mention.id)


def found(summarise: Callable, store, key) -> list[tuple[str, str | None]]:
    """(name, relation) of persons a summary (``summarise(store, key)``) found that the worker never
    added; nothing when the summary cannot be made (only suggestions are missed)."""
    try:
        summary = summarise(store, key)
    except Exception:  # noqa: BLE001 -- only suggestions are missed; the store's own errors show elsewhere
        return []
    # a person found only by relation ("de buurvrouw") is suggested as that word alone
    return [(p.name, None if p.relation == p.name else p.relation) for p in summary.persons if p.person_id is None]


# -- who knows whom ---------------------------------------------------------------------------
def naming_order(store, session_id: int) -> dict[int, int]:
    """Person id → the order they were first named in this conversation."""
    order: dict[int, int] = {}
    for mention in store.mentions(session_id):
        order.setdefault(mention.person_id, len(order))
    return order


def tie_persons(known: Sequence[Person], order: dict[int, int]) -> list[tuple[int, str]]:
    """``(id, name)`` of the persons named in this conversation so far, in that order; when none
    were, everyone the client named before."""
    here = sorted((p for p in known if p.id in order), key=lambda p: order[p.id]) or known
    return [(p.id, p.name) for p in here]


def ties(store, client_id: int) -> set:
    from quez.storage.network import NetworkStore

    return NetworkStore(store).ties(client_id)


def set_tie(store, client_id: int, a: int, b: int, present: bool) -> None:
    from quez.storage.network import NetworkStore

    NetworkStore(store).set_tie(client_id, a, b, present)
