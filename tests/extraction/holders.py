"""Who holds the opinions of an extraction, as the tests write it: "ABOUT" for the person a follow-up asks about,
else the holder's name or, unnamed, the relation word."""

from __future__ import annotations

from quez.extraction.opinions import ABOUT


def holder_label(result, opinion) -> str:
    if opinion.holder == ABOUT:
        return "ABOUT"
    mention = result.mentions[opinion.holder]
    return mention.name or mention.relation


def holders(result, kind: str = "positive") -> set[str]:
    """The holders of ``result``'s opinions of one ``kind``."""
    return {holder_label(result, o) for o in result.opinions if o.kind == kind}
