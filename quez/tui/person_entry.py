"""Fast person entry ("Els — tante"): parsing and a first guess at the category.

Plain Python, no textual. The category comes from the same Dutch and Flemish
relation lexicon the summary's extraction uses.
"""

from __future__ import annotations

import re

SEPARATOR = " — "

_SPLIT = re.compile(r"\s*(?:—|–|\s-\s|,|:|/|\()\s*")

def parse_entry(text: str) -> tuple[str, str]:
    """``"Els — tante"`` → ``("Els", "tante")``; a bare name has an empty relation.

    Accepts an em or en dash, `` - ``, a comma, a colon, a slash or
    parentheses between name and relation.
    """
    text = text.strip()
    if not text:
        return "", ""
    parts = _SPLIT.split(text, maxsplit=1)
    name = parts[0].strip()
    relation = parts[1].strip().rstrip(")").strip() if len(parts) > 1 else ""
    return name, relation


def entry_text(name: str, relation: str | None) -> str:
    return f"{name}{SEPARATOR}{relation}" if relation else name


def category_for(relation: str | None) -> str:
    """family, friends, neighbours, work_school, professionals or other, from the extractor's lexicon.

    ``"tante"``, ``"mijn oudste zoon"``, ``"juf van Sam"``, ``"meter"``, ``"jeugdzorgmedewerker"``:
    the whole phrase first, then its words from left to right.
    """
    if not relation:
        return "other"
    from quez.extraction.lexicon import relation_info  # only when a person is added

    words = [w for w in re.split(r"[\s,]+", relation.strip()) if w]
    while words and words[0].casefold() in ("mijn", "m'n", "mn", "de", "het", "een", "onze", "ons"):
        words = words[1:]
    if not words:
        return "other"
    whole = relation_info(" ".join(words))
    if whole is not None:
        return whole[1]
    for word in words:
        info = relation_info(word)
        if info is not None:
            return info[1]
    return "other"
