"""Fast person entry ("Els — tante"): parsing and a first guess at the category.

Plain Python, no textual. The category guess is deliberately simple; the
extraction package may refine categories later.
"""

from __future__ import annotations

import re

SEPARATOR = " — "

_SPLIT = re.compile(r"\s*(?:—|–|\s-\s|,|:|/|\()\s*")

_CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "family": (
        "moeder", "mama", "ma", "vader", "papa", "pa", "ouder", "broer", "zus", "zuster", "tante", "oom",
        "opa", "oma", "neef", "nicht", "zoon", "dochter", "kind", "kinderen", "kleinzoon", "kleindochter",
        "partner", "man", "vrouw", "echtgenoot", "echtgenote", "schoonmoeder",
        "schoonvader", "zwager", "schoonzus", "stiefvader", "stiefmoeder", "familie", "pleegmoeder",
        "pleegvader", "ex",
    ),
    "friends": ("vriend", "vriendin", "maat", "kennis", "vrienden", "beste vriend", "beste vriendin"),
    "neighbours": ("buurman", "buurvrouw", "buren", "buurjongen", "buurmeisje", "overbuurman", "overbuurvrouw"),
    "work_school": (
        "collega", "baas", "leidinggevende", "chef", "juf", "meester", "leraar", "lerares", "docent",
        "mentor", "klasgenoot", "studiegenoot", "werkgever", "stagebegeleider",
    ),
    "professionals": (
        "huisarts", "dokter", "arts", "hulpverlener", "maatschappelijk werker", "wijkagent", "therapeut",
        "psycholoog", "begeleider", "coach", "wijkverpleegkundige", "verpleegkundige", "schuldhulp",
        "bewindvoerder", "casemanager", "consulent", "dominee", "pastor", "imam",
    ),
}


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
    """A first guess: family, friends, neighbours, work_school, professionals or other."""
    if not relation:
        return "other"
    words = relation.lower().strip()
    for prefix in ("mijn ", "m'n ", "de ", "het ", "een "):
        if words.startswith(prefix):
            words = words[len(prefix):]
    for category, names in _CATEGORY_WORDS.items():
        if words in names:
            return category
    for category, names in _CATEGORY_WORDS.items():
        if any(re.search(rf"\b{re.escape(n)}\b", words) for n in names if len(n) > 2):
            return category
    return "other"
