"""People named by a noun for people rather than a relation: "de mevrouw van de Voedselbank", "die man van
beneden", and groups ("de dames van het buurthuis", "de Poolse jongens", "mijn jongens"). Steps of
:func:`quez.extraction.persons.find_persons`.
"""

from __future__ import annotations

from quez.extraction import lexicon as lx
from quez.extraction.mention import PersonMention
from quez.extraction.tokens import Token

DEMONSTRATIVES = frozenset("de die deze een".split())  # "de mevrouw van de Voedselbank": a noun, no title
#: what may follow "een vrouw", "die man", "de dame" to make them someone in particular
_PLACING = frozenset("van op in uit bij naast met die aan achter".split())


def placed_title(tokens: list[Token], i: int) -> PersonMention | None:
    """"de mevrouw van de Voedselbank", "die meneer op de hoek": a title used as a noun for someone."""
    low = tokens[i].lower
    if low not in ("mevrouw", "meneer") or i == 0 or tokens[i - 1].lower not in DEMONSTRATIVES:
        return None
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if nxt not in _PLACING:
        return None
    return PersonMention(name=None, relation=low, stem=low, category="other", closeness=None, own=True,
                         plural=False, qualifier="", start=tokens[i - 1].start, end=tokens[i].end, first=i - 1,
                         last=i, confidence=0.7)


def placed_person(tokens: list[Token], stem: str, det: str, rel_end: int) -> bool:
    """"een vrouw in de tram", "die man van beneden", "de dame van de bibliotheek": someone in particular."""
    nxt = tokens[rel_end + 1].lower if rel_end + 1 < len(tokens) else ""
    return stem in lx.PEOPLE_NOUNS and det in ("de", "die", "deze", "een") and nxt in _PLACING


def group_at(tokens: list[Token], i: int) -> PersonMention | None:
    """"de dames van het buurthuis", "die mannen uit de moskee", "de Poolse jongens", "mijn jongens": one concrete
    group of people."""
    det = tokens[i].lower
    if det not in ("de", "die", "deze") and det not in _GROUP_OWNERS or i + 2 >= len(tokens):
        return None
    before = tokens[i - 1].lower if i > 0 and tokens[i - 1].sentence == tokens[i].sentence else ","
    if det in ("zijn", "haar") and before not in _GROUP_BEFORE_OWNER:
        return None  # "Zo zijn Ghanese mannen": the verb
    if before == "voor" and {t.lower for t in tokens[max(0, i - 5): i]} & {"voorbeeld", "inspiratie"}:
        return None  # "als voorbeeld voor de jonge vrouwen": a kind of people
    k = i + 1
    while k < min(i + 3, len(tokens) - 1) and _group_adjective(tokens[k]):
        k += 1  # "de oude mannen", "de nieuwe meisjes", "de Antilliaanse jongens"
    noun = tokens[k]
    if noun.lower not in lx.GROUP_NOUNS or noun.sentence != tokens[i].sentence:
        return None
    if k > i + 1 or det in _GROUP_OWNERS:
        return PersonMention(name=None, relation=noun.lower, stem=noun.lower, category="other", closeness=None,
                             own=True, plural=True, qualifier="", start=tokens[i].start, end=noun.end, first=i,
                             last=k, confidence=0.7)
    if i + 3 >= len(tokens):
        return None
    place = tokens[i + 2]
    if noun.sentence != place.sentence:
        return None
    if place.lower in ("daar", "hier", "die"):  # "de mannen daar", "de dames die koffie maken"
        return PersonMention(name=None, relation=noun.lower, stem=noun.lower, category="other", closeness=None,
                             own=True, plural=True, qualifier="", start=tokens[i].start, end=noun.end, first=i,
                             last=i + 1, confidence=0.7)
    if place.lower not in lx.GROUP_PLACES:
        return None
    last = i + 3
    if tokens[last].lower in lx.DETERMINERS_PLAIN | lx.DETERMINERS_OWN and last + 1 < len(tokens):
        last += 1
    if not tokens[last].is_word or tokens[last].sentence != noun.sentence:
        return None
    return PersonMention(
        name=None, relation=noun.lower, stem=noun.lower, category="other", closeness=None, own=True, plural=True,
        qualifier="", start=tokens[i].start, end=tokens[last].end, first=i, last=last, confidence=0.7,
    )


def couple_at(tokens: list[Token], i: int) -> PersonMention | None:
    """"een jong stel op de hoek", "het jonge stel aan de overkant": a couple, one group of two (not "een stel
    jongens", "een stel papieren": a number of things)."""
    if tokens[i].lower not in ("een", "het", "dat", "dit") or i + 2 >= len(tokens) \
            or i > 0 and tokens[i - 1].lower == "van":
        return None  # "de trouwste van het stel": of the bunch
    k = i + 1
    if tokens[k].lower in _COUPLE_ADJECTIVES or tokens[k].capitalised and tokens[k].lower.endswith(("s", "se")):
        k += 1  # "een jong stel", "het Poolse stel"
    if tokens[k].lower != "stel" or k == i + 1 and tokens[i].lower == "een":
        return None  # "een stel" alone: a number of something
    after = tokens[k + 1].lower if k + 1 < len(tokens) else "."
    if after not in _AFTER_A_COUPLE or tokens[k + 1].sentence != tokens[k].sentence and after not in ".!?":
        return None
    return PersonMention(name=None, relation="stel", stem="stel", category="neighbours", closeness=None, own=True,
                         plural=True, qualifier="", start=tokens[i].start, end=tokens[k].end, first=i, last=k,
                         confidence=0.7)


_COUPLE_ADJECTIVES = frozenset("jong jonge oud oude ouder oudere nieuw nieuwe aardig aardige leuk leuke lief lieve "
                               "getrouwd getrouwde".split())
_AFTER_A_COUPLE = frozenset(". , ! ? op aan naast van uit met die en boven beneden hiernaast hier daar dat "
                            "tegenover".split())
_GROUP_OWNERS = frozenset("mijn m'n mn zijn z'n zn haar d'r onze ons hun".split())
_GROUP_BEFORE_OWNER = frozenset(", en met tegen bij voor van aan naar over door".split())
_GROUP_ADJECTIVES = frozenset("oude ouwe olde jonge nieuwe vaste oudere jongere lieve".split())  # not "andere"


def _group_adjective(tok: Token) -> bool:
    """"oude", "nieuwe", "Poolse", "Antilliaanse": a word that places a group ("de Poolse jongens")."""
    low = tok.lower
    if low in _GROUP_ADJECTIVES:
        return True
    return tok.capitalised and low.endswith(("se", "sche", "ese", "aanse")) and not lx.is_first_name(low)


#: words just before a lower-case first name that make it a name ("met fenna", "en bram")
