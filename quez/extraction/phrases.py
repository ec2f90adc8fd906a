"""Relation noun phrases in Dutch: "mijn beste vriendin", "de juf", "een zorgzame dochter"."""

from __future__ import annotations

from quez.extraction import lexicon as lx
from quez.extraction.tokens import Token

_BEFORE_VERB_ZIJN = frozenset("daar er hier wij we ze zij jullie die dat dit het".split())


def _his_one(tokens: list[Token], i: int) -> bool:
    """"zei dat zijn baas vroeg": "zijn" before one person after "dat"/"die" is "his" (the verb wants more)."""
    info = lx.relation_info(tokens[i + 1].lower) if i + 1 < len(tokens) else None
    return tokens[i - 1].lower in ("dat", "die") and info is not None and not info[3]


def relation_np_at(tokens: list[Token], i: int, own_only: bool = False) -> tuple[int, int, str, str] | None:
    """``(relation index, relation end, determiner, adjective)`` of a noun phrase at ``i``."""
    if i >= len(tokens):
        return None
    det = ""
    j = i
    if tokens[j].lower in lx.DETERMINERS_OWN | lx.DETERMINERS_OTHER | lx.DETERMINERS_PLAIN:
        det = tokens[j].lower
        j += 1
        if det == "zijn" and i > 0 and tokens[i - 1].lower in _BEFORE_VERB_ZIJN and not _his_one(tokens, i):
            return None  # "wij zijn buren", "daar zijn vrienden voor": the verb, not "his"
    if own_only and det not in lx.DETERMINERS_OWN:
        return None
    if det and j < len(tokens) and tokens[j].lower in lx.NP_FILLERS:  # "een soort tweede moeder"
        j += 1
    adjective = ""
    while j < len(tokens) and tokens[j].sentence == tokens[i].sentence and _adjective_at(tokens, j, det):
        adjective = adjective or tokens[j].lower
        j += 1
    if j >= len(tokens) or tokens[j].sentence != tokens[i].sentence:
        return None
    low = tokens[j].lower
    for words in lx.MULTIWORD.get(low, ()):
        parts = words.split()
        if [t.lower for t in tokens[j: j + len(parts)]] == parts:
            return j, j + len(parts) - 1, det, adjective
    if low in ("ex", "oud") and j + 1 < len(tokens) and lx.is_relation(f"{low} {tokens[j + 1].lower}") \
            and tokens[j + 1].sentence == tokens[j].sentence:
        return j, j + 1, det, adjective  # "mijn ex mentor": one person, a former mentor
    if lx.is_relation(low):
        return j, j, det, adjective
    return None


def _adjective_at(tokens: list[Token], j: int, det: str) -> bool:
    """A listed adjective, or (after a determiner) an inflected one before the noun: "een zorgzame dochter"."""
    low = tokens[j].lower
    if low in lx.ADJECTIVES or low in lx.GENERIC_ADJECTIVES:
        return True
    if not det or not tokens[j].is_word or not tokens[j].text.islower() or len(low) < 4 or lx.is_relation(low):
        return False
    if not (low.endswith("e") or low.endswith("ste")) or low in lx.STOP_WORDS:
        return False
    nxt = j + 1
    return nxt < len(tokens) and (lx.is_relation(tokens[nxt].lower) or tokens[nxt].lower in lx.ADJECTIVES)
