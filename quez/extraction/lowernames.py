"""First names written in lower case ("fenna", "kim, demi en priscilla", "eudia uit de kerk zei ..."): a name the
conversation knows, or a listed first name where only a name fits. Used by :mod:`quez.extraction.persons`; its word
lists also by :mod:`quez.extraction.names`."""

from __future__ import annotations

from quez.extraction import lexicon as lx
from quez.extraction.tokens import Token, has_capitals

INTERJECTIONS = frozenset("oh o ach allez nou ja nee tja goh och jee jeetje ok oké okay hmm ehm eh nja haha "
                          "hé hè hey hoi".split())
OBJECT_PRONOUNS = frozenset("mij me mezelf hem haar hen hun jou jullie ons u elkaar iedereen".split())
LIST_ADVERBS = frozenset("soms ook nog vooral eigenlijk natuurlijk zeker misschien".split())
NOT_NAMES = frozenset("beneden boven hiernaast ernaast tegenover naast achter hier daar ook nog wel niet zelf "
                      "allebei samen toen nu".split()) | frozenset(
    # how it goes, said as a whole first sentence: "slecht. ze vindt dat ...", "rustig. ze belt elke dag."
    "goed slecht rustig prima matig wisselend moeilijk lastig zwaar redelijk beter slechter stil druk raar "
    "leuk fijn lief streng boos verdrietig blij trots positief negatief kritisch afstandelijk koel warm "
    "stroef gespannen hartelijk eerlijk normaal gewoon super top".split())

NAME_CONTEXT = frozenset("en met bij van aan voor door of zoals dan ook alleen behalve buiten maar via ons onze "
                         "tegen zonder is heet".split())
#: verbs after a lower-case first name that make it one ("sandra moet bellen", "ferry belt soms")
NAME_VERBS = frozenset("moet kan wil heeft had komt kwam belt helpt doet weet gaat ging zal zou snapt begrijpt zij "
                       "vindt zegt zei is was".split())


def listed_lower_name(tok: Token) -> bool:
    folded = lx.fold(tok.text)
    return (tok.is_word and tok.text.islower() and lx.is_first_name(folded) and folded not in lx.WORDS
            and folded not in lx.STOP_WORDS and not lx.is_relation(folded))


def lower_case_name(tokens: list[Token], i: int, starts: set[int], known: frozenset[str]) -> str | None:
    """A name written in lower case: one the conversation knows, or a listed first name where a name fits."""
    tok = tokens[i]
    if not tok.is_word or not tok.text.islower() or len(tok.text) < 2:
        return None
    folded = lx.fold(tok.text)
    if folded in known and folded not in lx.STOP_WORDS:
        return tok.text[:1].upper() + tok.text[1:]
    if tok.lower != tok.text.casefold().replace("’", "'"):
        return None  # read as a dialect word: Flemish ", mo ons Lieselot" is "maar"
    prev_word = tokens[i - 1].lower if i > 0 else ""
    if prev_word in ("heet", "heette", "heten") and tok.text.isalpha() and folded not in lx.STOP_WORDS \
            and tok.lower not in lx.TITLES:
        return tok.text[:1].upper() + tok.text[1:]  # "die heet rian"
    if tok.lower in lx.DETERMINERS_OWN:
        return None  # Gronings "voor mien", "mien wief": not Mien
    if _named_with_a_relation(tokens, i, starts):
        return tok.text[:1].upper() + tok.text[1:]
    if not listed_lower_name(tok):
        return _ambiguous_lower_name(tokens, i, starts) or _unlisted_lower_name(tokens, i, starts) \
            or _told_lower_name(tokens, i)
    prev = tokens[i - 1].lower if i > 0 and tokens[i - 1].sentence == tok.sentence else ""
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    from quez.extraction.cues import MATRIX_VERBS

    before_prev = tokens[i - 2].lower if i > 1 else ""
    if (i in starts or prev in NAME_CONTEXT or prev == "," or nxt in MATRIX_VERBS or nxt in NAME_VERBS
            or (prev in LIST_ADVERBS and before_prev in NAME_CONTEXT | {","})):  # "en soms noah"
        return tok.text[:1].upper() + tok.text[1:]
    return None


def _named_with_a_relation(tokens: list[Token], i: int, starts: set[int]) -> bool:
    """In an answer typed without capitals, a listed first name that opens a sentence and is followed by what she
    calls them ("bas mn mentor.") or by "van de" and a place ("ton van de garage", "kim van de kamertraining"), or
    that follows a Flemish "ons" ("ons fien."), is a name."""
    tok = tokens[i]
    low = lx.fold(tok.text)
    if has_capitals(tokens) or not tok.text.isalpha() or len(low) < 3 or low in lx.STOP_WORDS or low in INTERJECTIONS \
            or lx.is_relation(low) or low in NOT_NAMES or low in lx.TITLES or low in OBJECT_PRONOUNS:
        return False
    nxt = [t.lower for t in tokens[i + 1: i + 4]] + ["", "", ""]
    if i in starts and nxt[0] in lx.DETERMINERS_OWN and lx.is_relation(nxt[1]):
        return lx.is_first_name(low)  # "bas mn mentor", not "denk mijn oom", "via mn nicht"
    if i in starts and nxt[0] == "van" and nxt[1] in ("de", "het", "'t") and lx.is_first_name(low):
        return True  # "ton van de garage", "marjan van het gastgezin"
    prev = tokens[i - 1].lower if i > 0 else ""
    return prev in ("ons", "onze") and i - 1 in starts and lx.is_first_name(low) and nxt[0] in (".", ",", "en", "")


_NOT_SAYERS = frozenset("werk school kerk moskee thuis niks niets alles iemand men elk ieder mensen".split())
_SAYS = frozenset("zegt zei vindt vond vertelde vertelt appt appte snapt weet zij".split())
_SUBJECTS_AFTER_NAME = frozenset("die zij ze hij".split())


def _unlisted_lower_name(tokens: list[Token], i: int, starts: set[int]) -> str | None:
    """In an answer typed without capitals, an unlisted word that opens a sentence is a name when someone is
    what follows needs: "eudia uit de kerk zei ...", "gail zegt dat ...", "kayleigh. die zegt ..."."""
    tok = tokens[i]
    low = lx.fold(tok.text)
    if i not in starts or not tok.text.isalpha() or not 3 <= len(low) <= 12 or low in lx.STOP_WORDS \
            or low in INTERJECTIONS \
            or low in lx.WORDS or lx.is_relation(low) or low in OBJECT_PRONOUNS or low in NOT_NAMES \
            or low in lx.TITLES or low in lx.INSTITUTIONS or low.endswith(lx.INSTITUTION_SUFFIXES) \
            or low in _NOT_SAYERS or has_capitals(tokens):
        return None  # not "school vindt het goed", "werk zegt niks"
    j = i + 1
    if j < len(tokens) and tokens[j].lower in ("uit", "van") and tokens[j].sentence == tok.sentence:
        j = next((k for k in range(j + 1, min(j + 4, len(tokens))) if tokens[k].lower in _SAYS), j)
    nxt = tokens[j].lower if j < len(tokens) else ""
    if nxt in _SAYS and j < len(tokens) and tokens[j].sentence == tok.sentence:
        return tok.text[:1].upper() + tok.text[1:]
    alone = nxt in (".", ",") and j + 2 < len(tokens) and tokens[j + 1].lower in _SUBJECTS_AFTER_NAME \
        and tokens[j + 2].lower in _SAYS | NAME_VERBS
    return tok.text[:1].upper() + tok.text[1:] if alone else None


def _told_lower_name(tokens: list[Token], i: int) -> str | None:
    """In an answer typed without capitals, the one something is said to ("zegt tegen abena dat ...", "zei tegen
    yassine: ...") is a person: an unlisted word after "tegen", with "dat" or a colon right after it."""
    tok = tokens[i]
    low = lx.fold(tok.text)
    if has_capitals(tokens) or i == 0 or tokens[i - 1].lower != "tegen" or not tok.text.isalpha() \
            or not 3 <= len(low) <= 12 or low in lx.STOP_WORDS or low in lx.WORDS or lx.is_relation(low) \
            or low in OBJECT_PRONOUNS or low in NOT_NAMES or low in lx.TITLES or low in INTERJECTIONS:
        return None
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return tok.text[:1].upper() + tok.text[1:] if nxt.lower() in ("dat", "da", ":") else None


_LOWER_LIST_BEFORE = frozenset(", en bij met vooral ook of".split())
_LOWER_LIST_AFTER = frozenset(", . en die denk zegt zei zij vindt vind snapt niet wel ook".split())  # "roos niet."


def _ambiguous_lower_name(tokens: list[Token], i: int, starts: set[int]) -> str | None:
    """"kim, demi en priscilla", "bij kim denk ik": in an answer typed without capitals, a first name that is
    also a word ("kim", "roos", "sem") is a name where only a name fits: in a list, after "bij"/"met"."""
    tok = tokens[i]
    folded = lx.fold(tok.text)
    if len(folded) < 3 or not lx.is_first_name(folded) or folded in lx.STOP_WORDS or lx.is_relation(folded):
        return None
    if has_capitals(tokens):
        return None
    prev = tokens[i - 1].lower if i > 0 and tokens[i - 1].sentence == tok.sentence else ""
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else "."
    if (i in starts or prev in _LOWER_LIST_BEFORE) and nxt in _LOWER_LIST_AFTER:
        return tok.text[:1].upper() + tok.text[1:]
    return None
