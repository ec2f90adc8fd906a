"""What is said to someone else in a quote, and what that makes of "je vader", "jouw vrouw": said to the client's
child, "je vader" is the client; said to the client, "je moeder" is her own mother. Steps of
:func:`quez.extraction.coreference.tidy`.
"""

from __future__ import annotations

from dataclasses import replace

from quez.extraction import lexicon as lx
from quez.extraction.quoting import SPOKEN_TO, client_speaks, in_quote, quote_colon, word

ELDERS = lx.INVERSE["zoon"] | lx.INVERSE["kleinzoon"]
#: what a named person spoken to may call the client: her parent, grandparent or partner ("tegen Erkan: je vrouw")
_CALLED_BY_NAME = ELDERS | frozenset("vrouw man partner echtgenote echtgenoot broer zus".split())


def addressee_calls_client(tokens, found: list, m, about_stems: frozenset[str] = frozenset()) -> bool:
    """"Ze zei tegen Jayden: je vader is een goeie vent", "tegen mijn dochter: jouw moeder is een topper", asked
    about her daughter "Josh zei tegen haar: je moeder is een taaie": said to the client's child (or anyone the
    client is that to), "je vader" is the client."""
    yours = word(tokens, m.first) in SPOKEN_TO | _YOUR or m.owner_word in _YOUR or word(tokens, m.first - 1) in _YOUR
    if not yours or not in_quote(tokens, m.first):
        return False
    s = tokens[m.first].sentence
    colon = quote_colon(tokens, m.first) or 0  # a quote: the callers checked in_quote
    if _to_the_children(tokens, colon, s):  # "zegt tegen de kinderen: jullie mama is een kanjer"
        return m.stem in lx.INVERSE["kind"]
    addressee = next((a for a in found if a.first < colon and tokens[a.first].sentence == s
                      and word(tokens, a.first - 1) == "tegen"), None) or _called(tokens, found, colon, m)
    if addressee is None:  # "zei tegen haar:", "zijn broer zegt:": said to the follow-up's person
        to = next((j + 1 for j in range(colon - 1, -1, -1) if tokens[j].sentence == s and word(tokens, j) == "tegen"
                   and word(tokens, j + 1) in ("haar", "hem")), None)
        told = to is not None or _speaker_is_theirs(tokens, found, m)
        stems = about_stems if about_stems else frozenset({""})
        if to is not None and not about_stems:  # "Mijn broer ... Tante zei tegen hem: laat je zus met rust"
            fits = "m" if word(tokens, to) == "hem" else "f"
            before = [a for a in found
                      if a.last < to and a.stem and not a.plural and lx.relation_gender(a.stem) == fits]
            stems = frozenset({before[-1].stem}) if before else stems
        return told and any(m.stem in lx.INVERSE.get(st, _CALLED_BY_NAME) for st in stems)
    if addressee.stem in _PARTNERS and m.stem in _PARTNERS:
        return True  # "zei tegen mijn man: uw vrouw is goud waard": his wife, the client
    return m.stem in lx.INVERSE.get(addressee.stem or "", _CALLED_BY_NAME if addressee.name else frozenset())


def _called(tokens, found: list, colon: int, m):
    """The one the quote opens by calling, named and not the client: "zegt dan: Errol, jouw moeder ..."."""
    at = colon + 1
    if at >= m.first or not tokens[at].capitalised or word(tokens, at + 1) != ",":
        return None
    return next((a for a in found if a.name and lx.fold(a.name) == lx.fold(tokens[at].text)), None)


_YOUR = frozenset("je jouw uw jullie".split())
_PARTNERS = frozenset("man vrouw partner echtgenoot echtgenote".split())
#: said to these, "jullie mama" is the client: "tegen de kinderen", "tegen mijn dochters", "tegen de jongens"
_CHILDREN = frozenset("kinderen kids zonen zoons dochters jongens meiden meisjes kindjes kinders".split())


def _to_the_children(tokens, colon: int, s: int) -> bool:
    """The quote before ``colon`` is said "tegen de kinderen" or "tegen mijn dochters"."""
    to = next((j for j in range(colon - 1, -1, -1) if tokens[j].sentence == s and word(tokens, j) == "tegen"), None)
    if to is None:
        return False
    words = [word(tokens, j) for j in range(to + 1, colon)]
    return len(words) in (1, 2) and words[-1] in _CHILDREN and (
        len(words) == 1 or words[0] in lx.DETERMINERS_PLAIN | lx.DETERMINERS_OWN)


def told_to_the_children(tokens, m) -> bool:
    """"Mike zegt tegen de kinderen dat mama nooit thuis is", "ze vertelt de kinderen dat papa niet betaalt", "zegt
    tegen heur kinderen: kiek, oma is de sterkste": a parent or grandparent named bare in what is told to the
    children is the client (whoever tells it)."""
    if m.name or m.plural or m.first != m.last or m.stem not in lx.INVERSE["kind"] | lx.INVERSE["kleinkind"]:
        return False
    if word(tokens, m.first - 1) in lx.DETERMINERS_OWN | lx.DETERMINERS_OTHER | lx.DETERMINERS_PLAIN:
        return False
    s = tokens[m.first].sentence
    opener = next((j for j in range(m.first - 1, -1, -1) if tokens[j].sentence == s
                   and word(tokens, j) in ("dat", "da", ":")), None)
    if opener is None:
        return False
    told = [j for j in range(opener - 1, max(opener - 5, -1), -1) if tokens[j].sentence == s
            and word(tokens, j) in _CHILDREN]
    if not told:
        return False
    before = word(tokens, told[0] - 1)
    before = word(tokens, told[0] - 2) if before in lx.DETERMINERS_PLAIN | lx.DETERMINERS_OWN | _THEIR else before
    return before in ("tegen", *_TELLING)


_THEIR = frozenset("haar heur zijn z'n zn hun d'r".split())
_TELLING = frozenset("vertelt vertelde vertellen leert leerde wijsmaakt maakt".split())


def yours_in_quotes(tokens, found: list) -> list:
    """"Mijn broer zei: je moeder is trots op je", "Jef zegt: chapeau met uw vrouw": said to the client, her own
    mother and wife (not when said to someone else: "tegen Jayden: je vader", "zijn broer zegt: jouw vrouw")."""
    result = []
    for m in found:
        if m.owner_word in _YOUR and in_quote(tokens, m.first) and not _said_to_someone_else(tokens, found, m):
            m = replace(m, own=True, owner_word="")
        result.append(m)
    return result


def _said_to_someone_else(tokens, found: list, m) -> bool:
    s = tokens[m.first].sentence
    colon = quote_colon(tokens, m.first) or 0  # a quote: the callers checked in_quote
    told = any(word(tokens, j) == "tegen" for j in range(colon) if tokens[j].sentence == s)
    return told or client_speaks(tokens, m.first) or _speaker_is_theirs(tokens, found, m)


def _speaker_is_theirs(tokens, found: list, m) -> bool:
    """"Zijn broer Bassel zegt: jouw vrouw ...": a relative of someone else speaks, most likely to that one."""
    s = tokens[m.first].sentence
    colon = quote_colon(tokens, m.first) or 0  # a quote: the callers checked in_quote
    speaker = next((a for a in found if a.first < colon and tokens[a.first].sentence == s), None)
    return speaker is not None and speaker.owner_word in ("zijn", "z'n", "zn", "haar", "d'r", "hun")
