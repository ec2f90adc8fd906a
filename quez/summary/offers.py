"""Persons that look like one: spelling variants with the same relation, and a name written as a short or pet form
of another ("Loes" and "Marloes"), offered to the worker as a merge.

"Jaimy" and "Jaimie", both "buurman", are probably one neighbour typed two
ways; the summary does not merge them by itself (two neighbours can have
similar names) but offers it, and one key accepts.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from quez.summary.model import PersonItem

#: at most this many letters differ ("Jaimy"/"Jaimie": 2) ...
MAX_EDITS = 2
#: ... and fewer than one in this many letters of the shorter name ("Jan"/"Jos" is not a variant)
LETTERS_PER_EDIT = 2
MIN_NAME_LENGTH = 3


def _relation_word(p: PersonItem) -> str | None:
    words = (p.relation or "").casefold().split()
    return words[-1] if words else None


def _close(a: str, b: str) -> bool:
    from rapidfuzz.distance import Levenshtein

    from quez.extraction.lexicon import fold

    a, b = fold(a), fold(b)
    if a == b or min(len(a), len(b)) < MIN_NAME_LENGTH:
        return False
    edits = Levenshtein.distance(a, b)
    return edits <= MAX_EDITS and edits * LETTERS_PER_EDIT < min(len(a), len(b))


def merge_offers(persons: list[PersonItem],
                 kept_apart: AbstractSet[tuple[str, str]] = frozenset()) -> list[tuple[str, str]]:
    """``(source, target)`` group ids: ``source`` looks like ``target`` (which ranks higher, and stays).

    Pairs the worker kept apart (folded names, see :func:`~quez.storage.persons.name_pair`) are not offered."""
    from quez.storage.persons import name_pair

    offers: list[tuple[str, str]] = []
    for i, target in enumerate(persons):
        relation = _relation_word(target)
        for source in persons[i + 1:]:
            if name_pair(source.name, target.name) in kept_apart:
                continue
            same = relation is not None and target.name.casefold() != relation and _relation_word(source) == relation
            if same and _close(source.name, target.name) or _short_form(source, target):
                offers.append((source.group_id, target.group_id))
    return offers


def _short_form(a: PersonItem, b: PersonItem) -> bool:
    """"Loes" and "Marloes", "Kader" and "Abdelkader", "Debs" and "Debbie": one written as a form of the other,
    and no relation that tells them apart."""
    from quez.extraction.lexicon import name_form_of

    ra, rb = _relation_word(a), _relation_word(b)
    if ra and rb and ra != rb or not (a.name[:1].isupper() and b.name[:1].isupper()):
        return False
    return min(len(a.name), len(b.name)) >= MIN_NAME_LENGTH and (name_form_of(a.name, b.name)
                                                                  or name_form_of(b.name, a.name))
