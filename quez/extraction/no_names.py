"""Capitalised words that are no name because of the word before them: a place's or a club's name ("café De
Kroon", "in het Juliana", "de kantine van De Hoogstraat"), where someone works ("een hulpverlener van Youké"), a
kind of person or a people ("een koppige Brabander", "wij Koerden"). A step of :func:`quez.extraction.names.name_at`.
"""

from __future__ import annotations

from quez.extraction import lexicon as lx
from quez.extraction.roles import BEFORE_WHAT_ONE_IS
from quez.extraction.tokens import Token

#: places that go by a name of their own ("café De Kroon"); see also lexicon.INSTITUTIONS
_NAMED_PLACES = frozenset("kerk moskee buurthuis wijkcentrum ziekenhuis verpleeghuis verzorgingshuis zorgcentrum "
                          "bibliotheek café cafe restaurant winkel supermarkt bedrijf stichting kantine sportschool "
                          "zwembad camping".split())
#: prepositions before "het" + a capitalised word that make it a place or an organisation (not "ik wil het Esmee
#: vertellen": there "het" is the thing told)
_PLACE_PREPOSITIONS = frozenset("in naar van bij op uit voor achter naast tegenover aan".split())
_PLACE_ARTICLES = frozenset("de den het ter ten".split())


def _named_place(tokens: list[Token], i: int) -> bool:
    """A capitalised article after "in", "op" or "uit", or after "van" with a thing or a group before it, before a
    capitalised word: the name of a place or a club ("in De Lier", "de kantine van De Hoogstraat"); not "naar De
    Vries", "de zoon van De Vries", where a surname may start so."""
    if not (i > 1 and i + 1 < len(tokens) and tokens[i].lower in _PLACE_ARTICLES and tokens[i].text[:1].isupper()
            and tokens[i + 1].text[:1].isupper()):
        return False
    before = tokens[i - 2]
    return tokens[i - 1].lower in ("in", "op", "uit") or tokens[i - 1].lower == "van" and before.text.islower() \
        and not lx.is_relation(before.lower) and before.lower not in lx.TITLES


def after_a_word_for_no_name(tokens: list[Token], i: int, starts: set[int], prev: str, nxt: str) -> bool:
    """The word before a capitalised word makes it a place, an organisation or a kind of person, not a name."""
    low = tokens[i].lower
    named_place = prev in lx.INSTITUTIONS or prev.endswith(lx.INSTITUTION_SUFFIXES) or prev in _NAMED_PLACES
    if named_place and prev not in ("familie", "gezin") and not lx.is_first_name(low):
        return True  # "kinderopvang Dikkertje Dap", "basisschool De Regenboog", "café De Kroon": a place's name
    if prev == "zo" and nxt == "als":
        return True  # "zo Hollands als het maar kan"
    if prev in ("het", "'t") and i > 1 and tokens[i - 2].lower in _PLACE_PREPOSITIONS:
        return True  # "toen hij in het Juliana lag", "naar 't Antwerp kijken": a hospital, a club, a place
    if _named_place(tokens, i) or _named_place(tokens, i - 1) and prev in _PLACE_ARTICLES:
        return True  # "de kaarters van De Toekomst", "een pilsje in De Gouden Leeuw"
    if not lx.is_first_name(low) and (prev == "heel" or i > 1 and tokens[i - 2].lower in ("een", "echte") and (
            tokens[i - 1].text.islower() and tokens[i - 1].lower.endswith("e"))):
        return True  # "in heel Zaandam", "een koppige Brabander": a place, a kind of person
    if prev == "van" and i > 1 and not lx.is_first_name(low) and (
            tokens[i - 2].capitalised and (i - 2 not in starts or lx.is_first_name(tokens[i - 2].lower))
            or lx.is_relation(tokens[i - 2].lower)):
        return True  # "mevrouw Smit van Plangroep", "een hulpverlener van Youké": where she works
    if prev in ("gemeente", "via", "provincie", "stad", "dorp", "wijk", "buurt", "app", "site", "the") \
            and not lx.is_first_name(low):
        return True  # "de gemeente Westland", "via Magister"
    if prev == "of" and i > 1 and tokens[i - 2].capitalised and not lx.is_first_name(tokens[i - 2].lower) \
            and not lx.is_first_name(low):
        return True  # "de Church of Pentecost" (not "Jan of Piet")
    if "-" in low and not any(lx.is_first_name(part) for part in low.split("-")):
        return True  # "Blauw-Wit", a club; not "Gert-Jan"
    return not lx.is_first_name(low) and (_what_someone_is(tokens, i) or _a_people(tokens, i))


def _a_people(tokens: list[Token], i: int) -> bool:
    """"wij Koerden", "Bij ons Hindostanen is dat gewoon", "wij Indo's": a people, the client's own."""
    prev = tokens[i - 1].lower if i else ""
    before = tokens[i - 2].lower if i > 1 else ""
    we = prev in ("wij", "we", "jullie") or prev == "ons" and before in ("bij", "voor", "onder")
    return we and tokens[i].lower.endswith(("en", "ers", "'s", "’s"))


def _what_someone_is(tokens: list[Token], i: int) -> bool:
    """"Hij is ook Sudanees", "zij is Nederlands", "die is zelf Libanon-veteraan": what someone is (not "Dat is
    Els")."""
    j = i - 1
    while j > 0 and tokens[j].lower in BEFORE_WHAT_ONE_IS:
        j -= 1
    return j > 0 and tokens[j].lower in lx.COPULAS and tokens[j - 1].lower in lx.SUBJECT_PRONOUNS | {"die"}
