"""The client speaking of herself as others call her: as her grandchildren do ("Imantje heeft een spreekbeurt
gehouden. Over oma die alleen naar Nederland kwam."), or saying so ("Tas ben ik, Natasja", "Ons moeder, dè ben
ik"). Steps of :func:`quez.extraction.coreference.tidy`.
"""

from __future__ import annotations

from quez.extraction import lexicon as lx
from quez.extraction.client import in_report
from quez.extraction.mention import Setting
from quez.extraction.quoting import in_quote, word

_GRANDPARENTS = lx.INVERSE["kleinzoon"]


def grandparent_is_client(tokens, found: list, m, setting: Setting) -> bool:
    """A bare "oma", "opa" in her own words, where she speaks of a grandchild of hers ("mijn kleindochter", or
    the follow-up's person): that is her ("spreekbeurt over oma", "bij oma woont"). Not in a sentence where she
    acts herself ("Dat ik oma nog elke dag aankleed": her husband's or her own grandmother), and not in what
    someone else says (other rules read those)."""
    if m.name or m.plural or m.stem not in _GRANDPARENTS or m.first != m.last:
        return False
    grandchildren = lx.INVERSE[m.stem]
    hers = {x.stem for x in found if x is not m and x.own and x.stem} | set(setting.about_stems)
    if in_quote(tokens, m.first) or in_report(tokens, m.first):
        # in someone's words, when she speaks of her grandchild or the conversation knows one: "de juf zei: dat
        # komt door oma"
        return bool((hers | set(setting.known_stems.values())) & grandchildren)
    if any(t.lower in ("ik", "'k", "ikke") for t in tokens if t.sentence == tokens[m.first].sentence):
        return False
    return bool(hers & grandchildren)


_THAT = frozenset("dat dè da dit".split())
_CLOSING = frozenset(", . ! ? ; hè he hoor dus natuurlijk zelf".split()) | {""}


def says_it_is_her(tokens, found: list, m) -> bool:
    """"Tas ben ik, Natasja", "Ons moeder, dè ben ik, zo noemt ie me", "Dede, dat ben ik": she says the name or
    word is her, and so is a name she adds right after ("..., Natasja"). Not "Joke ben ik gaan helpen" (the
    sentence goes on: Joke is whom she helped) nor "daar ben ik trots op"."""
    def her_at(i: int) -> bool:
        j = i + 1
        if word(tokens, j) == ",":
            j += 1
        if word(tokens, j) in _THAT:
            j += 1
        return word(tokens, j) == "ben" and word(tokens, j + 1) in ("ik", "'k") and word(tokens, j + 2) in _CLOSING

    if her_at(m.last):
        return True
    before = m.first - 1
    if word(tokens, before) != "," or word(tokens, before - 1) not in ("ik", "'k") or word(tokens, before - 2) != "ben":
        return False
    said = next((x for x in found if x is not m and x.last < before - 2 and her_at(x.last)), None)
    return said is not None
