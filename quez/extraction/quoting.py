"""Where someone's words are quoted in an answer: the colon that opens a quote, who says it, who is spoken to, and
whether the client herself speaks. Shared by the steps that read who the client is (:mod:`quez.extraction.client`,
:mod:`quez.extraction.addressed`) and the opinion step.
"""

from __future__ import annotations

PREPOSITIONS = frozenset("aan voor van bij met uit naar op tegen over door zonder om".split())
QUOTE_OPEN = frozenset(":\"“‘'")
SPOKEN_TO = frozenset("jij je jou jouw u gij jullie".split())
THANKS = frozenset("dankjewel bedankt dankuwel merci hoi hallo dag doei".split())


def word(tokens, i: int) -> str:
    return tokens[i].lower if 0 <= i < len(tokens) else ""


def quote_colon(tokens, i: int) -> int | None:
    """The colon before token ``i`` in its sentence, if any ("Ze zegt: Hans, jij ...")."""
    s = tokens[i].sentence
    return next((j for j in range(i - 1, -1, -1) if tokens[j].sentence == s and tokens[j].text == ":"), None) \
        if 0 <= i < len(tokens) else None


def in_quote(tokens, i: int) -> bool:
    """Token ``i`` comes after a colon in its sentence ("Ze zegt: Hans, jij ...")."""
    return quote_colon(tokens, i) is not None


def client_speaks(tokens, i: int) -> bool:
    """What token ``i`` is in is said by the client: "Ik zei: ...", "zei ik:"."""
    s = tokens[i].sentence
    colon = quote_colon(tokens, i)
    if colon is None:
        return False
    return any(tokens[j].lower in ("ik", "'k") for j in range(colon - 3, colon) if j >= 0 and tokens[j].sentence == s)


def speaker_before_colon(tokens, found: list, i: int):
    """Who says the quote token ``i`` is in: the last person named before its colon, in the same sentence, not
    after a preposition ("Mijn zus zei: ...", not "Op de verjaardag van oom Henk zei ze: ...")."""
    colon = quote_colon(tokens, i)
    s = tokens[i].sentence
    return next((x for x in reversed(found) if colon is not None and x.last < colon
                 and tokens[x.first].sentence == s and word(tokens, x.first - 1) not in PREPOSITIONS), None)


def spoken_to_after(tokens, m) -> bool:
    """The quote speaks to the client in the clause after ``m``: "Mijn buurman zei: mijn vrouw vindt je een
    kanjer" (not "voor mijn tweede dochter, ik ben zo trots op je": she is spoken to after the comma)."""
    for t in tokens[m.last + 1:]:
        if t.sentence != tokens[m.first].sentence or t.lower in (",", ";", ":"):
            return False
        if t.lower in SPOKEN_TO:
            return True
    return False
