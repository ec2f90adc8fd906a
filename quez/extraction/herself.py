"""The client speaking of herself as her grandchildren call her: "Imantje heeft een spreekbeurt gehouden. Over
oma die alleen naar Nederland kwam." A step of :func:`quez.extraction.coreference.tidy`.
"""

from __future__ import annotations

from quez.extraction import lexicon as lx
from quez.extraction.client import in_report
from quez.extraction.mention import Setting
from quez.extraction.quoting import in_quote

_GRANDPARENTS = lx.INVERSE["kleinzoon"]


def grandparent_is_client(tokens, found: list, m, setting: Setting) -> bool:
    """A bare "oma", "opa" in her own words, where she speaks of a grandchild of hers ("mijn kleindochter", or
    the follow-up's person): that is her ("spreekbeurt over oma", "bij oma woont"). Not in a sentence where she
    acts herself ("Dat ik oma nog elke dag aankleed": her husband's or her own grandmother), and not in what
    someone else says (other rules read those)."""
    if m.name or m.plural or m.stem not in _GRANDPARENTS or m.first != m.last:
        return False
    if in_quote(tokens, m.first) or in_report(tokens, m.first):
        return False
    if any(t.lower in ("ik", "'k", "ikke") for t in tokens if t.sentence == tokens[m.first].sentence):
        return False
    grandchildren = lx.INVERSE[m.stem]
    hers = {x.stem for x in found if x is not m and x.own and x.stem} | set(setting.about_stems)
    return bool(hers & grandchildren)
