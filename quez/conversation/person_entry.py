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


#: first words of what a client says, not of a person's name ("Niemand, zegt hij eerst.")
_NOT_A_NAME = frozenset("niemand nee neen geen niets nooit ik wij we ze hij zij dat die het weet".split())


_TITLES = re.compile(r"\b(?:dr|drs|mr|mevr|mw|dhr|hr|ir|ing|prof|st|ds)\.", re.IGNORECASE)


def is_person_entry(name: str, relation: str) -> bool:
    """Whether a parsed entry names a person, or is a sentence typed into the name field.

    ``("Els", "tante")``, ``("de juf van Sam", "")`` and ``("mijn oudste zoon", "")`` are persons;
    ``("Niemand", "zegt hij eerst. Dan…")`` and ``("Ik weet het niet", "")`` are what the client said.
    """
    words = name.split()
    if not words or len(words) > 4 or len(relation.split()) > 4:
        return False
    if words[0].casefold().strip(".,!?") in _NOT_A_NAME:
        return False
    text = _TITLES.sub("", f"{name} {relation}".strip())  # "Dr. Jansen", "mevr. De Vries"
    if re.search(r"[.!?]\s*\S", text) or (not relation and re.search(r"\w[.!?]+$", text)):
        return False  # "Goed hoor." / "Niemand. Dan ...": what the client said
    return relation != "" or _looks_like_someone(name)


def _looks_like_someone(name: str) -> bool:
    """A capital, a known first name or a relation word: "Els", "fenna", "de buurvrouw"; not "goed hoor"."""
    from quez.extraction.lexicon import is_first_name, relation_info  # only when a person is added

    words = [w.strip(".,!?()") for w in name.split()]
    return any(w[:1].isupper() or is_first_name(w) or relation_info(w) is not None for w in words if w)


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
