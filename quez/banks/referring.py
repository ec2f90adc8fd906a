"""How a follow-up ("doorvraag") refers to a person, so it reads as a person would say it.

Plain Python. A follow-up template may use (see docs/bank-format.md):

- ``{persoon}``: the person as the client named them: ``Sam``, ``Els``; a role word gets
  its article or ``je``: ``juf van Sam`` → ``de juf van Sam``, ``buurvrouw`` → ``de
  buurvrouw``, ``zus`` → ``je zus`` (``opa``, ``mama`` stay as they are);
- ``{relatie}``: what the person is to the client, as you say it to the client: ``je zoon``,
  ``de juf``; without a known relation the same as ``{persoon}``;
- ``{hem_haar}``: ``hem`` or ``haar`` when the relation (or role word) says so, else ``hem of haar``.
"""

from __future__ import annotations

import re

#: placeholders a follow-up may use
PLACEHOLDERS = ("persoon", "relatie", "hem_haar")

_ARTICLES = frozenset("de het een je jouw mijn m'n mn zijn haar onze ons jullie".split())
#: family words that are said like a name ("wat zei opa?")
_AS_NAME = frozenset("opa oma mama papa mam pap ma pa moeke vake bomma bompa moemoe meme pepe vava".split())
_FEMALE = ("vrouw", "moeder", "mama", "mam", "mams", "moeke", "dochter", "zus", "zuster", "oma", "tante", "nicht",
           "vriendin", "zwagerin", "meter", "peettante", "juf", "juffrouw", "lerares", "docente", "bazin",
           "verpleegster", "werkster", "verzorgster", "echtgenote", "meisje", "grootmoeder", "bomma", "moemoe",
           "meme", "mevrouw")
_MALE = ("man", "vader", "papa", "pap", "vake", "zoon", "broer", "opa", "oom", "nonkel", "neef", "vriend",
         "zwager", "peter", "peetoom", "meester", "echtgenoot", "jongen", "grootvader", "bompa", "pepe", "vava",
         "meneer", "verpleger", "dominee", "pastoor", "imam", "priester")
_MINE = {"mijn": "je", "m'n": "je", "mn": "je", "onze": "jullie", "ons": "jullie"}


def _role_word(text: str) -> str | None:
    """The relation word a phrase starts with (after an article), lower case; None for a name."""
    from quez.extraction.lexicon import relation_info

    words = text.split()
    while words and words[0].casefold() in _ARTICLES:
        words = words[1:]
    if not words:
        return None
    first = words[0]
    if first[:1].isupper() and len(text.split()) == 1 and first.casefold() not in _AS_NAME:
        # "Sam", "Els"; a capitalised single role word ("Juf") still counts below
        if relation_info(first.casefold()) is None:
            return None
    info = relation_info(first.casefold())
    return None if info is None else first.casefold()


def _category(word: str) -> str:
    from quez.extraction.lexicon import relation_info

    info = relation_info(word)
    return info[1] if info else "other"


#: said with "de" even as a relation: usually the child's ("de juf")
_SCHOOL = frozenset("juf juffrouw meester leraar lerares leerkracht docent docente mentor".split())


def _with_article(text: str, own: bool = False) -> str:
    """``juf van Sam`` → ``de juf van Sam``; ``zus`` → ``je zus``; ``mijn zoon`` → ``je zoon``.

    ``own``: said as the client's own (a relation): ``buurvrouw`` → ``je buurvrouw``."""
    words = text.split()
    if not words:
        return text
    first = words[0].casefold()
    if first in _MINE:
        return " ".join([_MINE[first], *words[1:]])
    if first in _ARTICLES:
        return text
    role = _role_word(text)
    if role is None or role in _AS_NAME:
        return text
    lowered = text[0].lower() + text[1:]
    mine = own and role not in _SCHOOL or _category(role) in ("family", "friends")
    if mine and " van " not in f" {text} ":
        return f"je {lowered}"
    return f"de {lowered}"


def gender(name: str, relation: str | None) -> str | None:
    """``"m"``, ``"f"`` or None, from the relation (else a role word used as the name)."""
    for text in (relation, name):
        if not text:
            continue
        role = _role_word(text)
        if role is None:
            continue
        stem = re.sub(r"(?:tje|etje|pje|je)$", "", role) if len(role) > 4 else role
        for word in (role, stem):
            if word.endswith(_FEMALE) or word in _FEMALE:
                return "f"
            if word.endswith(_MALE) or word in _MALE:
                return "m"
    return None


def person_words(name: str, relation: str | None = None) -> dict[str, str]:
    """What each placeholder becomes for this person."""
    persoon = _with_article(name.strip())
    relatie = _with_article(relation.strip(), own=True) if relation and relation.strip() else persoon
    g = gender(name, relation)
    return {"persoon": persoon, "relatie": relatie, "hem_haar": {"m": "hem", "f": "haar"}.get(g or "", "hem of haar")}


def is_personal(template: str) -> bool:
    """Whether a follow-up is asked once per person named (it uses a placeholder)."""
    return any("{" + p + "}" in template for p in PLACEHOLDERS)


def fill(template: str, name: str | None, relation: str | None = None) -> str:
    """The follow-up for this person (``…`` where nothing is known)."""
    words = person_words(name, relation) if name else {p: "…" for p in PLACEHOLDERS}
    for key, value in words.items():
        template = template.replace("{" + key + "}", value)
    return template
