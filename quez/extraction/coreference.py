"""Tidying the persons found in one answer: who is the same person, who is no person at all.

Runs after :func:`~quez.extraction.persons.find_persons` has found every candidate:

- appositions: "mijn coach bij het werkfit-traject, Samira" and "Dokter Peeters, mijn huisarts"
  are one person; "De buren links, Marc en Greet" are two; "mijn tante, zijn vrouw," is one;
- the same relation named again: "Juf Anke van groep 5. De juf zei ..." is Anke twice;
- qualifiers of things: "de klas van mijn dochter", "de school van Bram" mention nobody;
- the client herself: "papa, jij hebt ..." (she is spoken to) and "mijn opa zegt dat zijn
  kleindochter ..." (she is the granddaughter).
"""

from __future__ import annotations

from dataclasses import replace

from quez.extraction import lexicon as lx
from quez.extraction.relatives import diminutive_names, name_possessive, names_for_relations, partners_relatives

_CLAUSE_END = frozenset(".,!?;:)")
_PP = frozenset("voor van bij met uit".split())
_PREPOSITIONS = frozenset("aan voor van bij met uit naar op tegen over door zonder om".split())
_QUOTE_OPEN = frozenset(":\"“‘'")
_SPOKEN_TO = frozenset("jij je jou jouw u gij jullie".split())
_THANKS = frozenset("dankjewel bedankt dankuwel merci hoi hallo dag doei".split())
_APPOSITION_GAP = 6  # words allowed between a relation and its name ("mijn trainer bij de boksclub, Jamal")


def tidy(tokens, found: list, about_stems: frozenset[str] = frozenset()) -> list:
    found = sorted(found, key=lambda m: m.first)
    found = [m for m in found if not _qualifies_a_thing(tokens, m) and not _spoken_to(tokens, m)
             and not _qualifies_an_apposition(tokens, m, found) and not _named_client(tokens, m)
             and not _pet(tokens, m) and not _vocative(tokens, m) and not _speakers_kin_is_client(tokens, m, found)]
    found = _introduced_names(tokens, _nicknames(tokens, _relation_with_title(tokens, _corrected(tokens, found))))
    found = _variants(tokens, found)
    found = _described(tokens, found)
    found = [m for m in found if not _qualifies_a_name(tokens, m, found)]
    found = _relation_then_names(tokens, found)
    found = _name_then_relation(tokens, found)
    found = _fragments(tokens, found)
    found = _client_by_inverse(tokens, name_possessive(tokens, found), about_stems)
    return names_for_relations(tokens, diminutive_names(partners_relatives(found)))


def _word(tokens, i: int) -> str:
    return tokens[i].lower if 0 <= i < len(tokens) else ""


def _qualifies_a_thing(tokens, m) -> bool:
    """"de klas van mijn dochter", "het werk van mijn man": the person only says whose thing it is."""
    i = m.first
    if _word(tokens, i - 1) != "van" or i < 3:
        return False
    noun = tokens[i - 2]
    if noun.lower not in lx.INSTITUTIONS and not noun.lower.endswith(lx.INSTITUTION_SUFFIXES):
        return False  # "de klas van mijn dochter", "de voetbalclub van mijn zoon"; not "het graf van Truus"
    before = {_word(tokens, i - 3), _word(tokens, i - 4)}
    return bool(before & (lx.DETERMINERS_PLAIN | lx.DETERMINERS_OWN | lx.DETERMINERS_OTHER))


def _qualifies_an_apposition(tokens, m, found: list) -> bool:
    """"Joop, de begeleider van mijn broer": the broer says whose begeleider Joop is."""
    i = m.first
    if _word(tokens, i - 1) != "van" or i < 2 or not lx.is_relation(_word(tokens, i - 2)):
        return False
    if _word(tokens, i - 3) in ("de", "een") and _word(tokens, i - 4) in lx.COPULAS:
        return True  # "Bennie is de broer van mijn moeder"
    return any(other is not m and other.first <= i - 2 <= other.last for other in found)


def _in_quote(tokens, i: int) -> bool:
    """Token ``i`` comes after a colon in its sentence ("Ze zegt: Hans, jij ...")."""
    j = i - 1
    while j >= 0 and tokens[j].sentence == tokens[i].sentence:
        if tokens[j].text == ":":
            return True
        j -= 1
    return False


def _named_client(tokens, m) -> bool:
    """"Ze zegt: Hans, jij hoeft je niet te schamen", "..., Ahmet, geen karakterfout": the client's name."""
    from quez.extraction.cues import MATRIX_VERBS

    if not m.name or m.relation:
        return False
    if _client_speaks(tokens, m.first):
        return False  # "Ik zei: Murat, ga slapen": the client speaks to him
    before, after = _word(tokens, m.first - 1), _word(tokens, m.last + 1)
    if after == "," and _word(tokens, m.last + 2) in _SPOKEN_TO or before in _THANKS:
        return True  # "Tomasz, jij bent de beste", "dankjewel Tim"
    ends = after in (".", "!", "?", "") or m.last + 1 >= len(tokens)
    if ends and _said_without_dat(tokens, m.first) and before not in _NOT_BEFORE_A_CALLED_NAME \
            and before not in MATRIX_VERBS and tokens[m.first - 1].is_word:
        return True  # "Ton zegt goed gedaan Ronnie.", "hij zei heel langzaam: lieve Riek."
    if not m.name or m.relation or not _in_quote(tokens, m.first):
        return False
    if after in _SPOKEN_TO or before in _QUOTE_OPEN and after == ",":
        return True
    if after == "," and _word(tokens, m.last + 2) in _SPOKEN_TO:
        return True
    return before == "," and (after == "," or ends)


#: words before a name that make it the speaker or someone spoken of ("zegt ons Marleen", "vraag het aan Karin")
_NOT_BEFORE_A_CALLED_NAME = _PREPOSITIONS | lx.DETERMINERS_OWN | lx.DETERMINERS_OTHER | lx.DETERMINERS_PLAIN | \
    lx.TITLES | frozenset("en of dat da het zo'n die ook".split())


def _client_speaks(tokens, i: int) -> bool:
    """What token ``i`` is in is said by the client: "Ik zei: ...", "zei ik:"."""
    s = tokens[i].sentence
    colon = next((j for j in range(i - 1, -1, -1) if tokens[j].sentence == s and tokens[j].text == ":"), None)
    if colon is None:
        return False
    return any(tokens[j].lower in ("ik", "'k") for j in range(colon - 3, colon) if j >= 0 and tokens[j].sentence == s)


def _said_without_dat(tokens, i: int) -> bool:
    """Token ``i`` is in words someone says, quoted with or without a colon ("Ton zegt goed gedaan Ronnie")."""
    from quez.extraction.cues import MATRIX_VERBS

    s = tokens[i].sentence
    for j in range(i - 1, -1, -1):
        if tokens[j].sentence != s or tokens[j].lower in ("dat", "da", "of", "hoe", "wat"):
            return False
        if tokens[j].text == ":" or tokens[j].lower in ("zegt", "zei", "zeggen", "riep", "roept", "appt", "appte"):
            return True
    return False


def _vocative(tokens, m) -> bool:
    """"hij zegt: mijn meisje.", "Ze zei: mama, jij bent de liefste", "Oma zegt: mijn kind, je doet het goed": the
    quote opens by calling the client something; that is no one else."""
    if m.name or m.plural or _word(tokens, m.first - 1) not in _QUOTE_OPEN or not _in_quote(tokens, m.first):
        return False
    det = _word(tokens, m.first) if m.first < m.last else ""
    after = _word(tokens, m.last + 1)
    return det in ("", *lx.DETERMINERS_OWN) and (after in (".", "!", "") or after == "," and (
        _word(tokens, m.last + 2) in _SPOKEN_TO | lx.CLIENT_PRONOUNS or m.last + 2 >= len(tokens)))


_PARTNER = {"man": frozenset({"vrouw"}), "vrouw": frozenset({"man"}), "partner": frozenset({"partner"})}
_ABOUT_CLIENT = frozenset("ik me mij mijn m'n mn mezelf".split())


def _speakers_kin_is_client(tokens, m, found: list) -> bool:
    """"Astrid vertelde dat hij tegen iedereen zegt dat zijn zus een heilige is", "zei tegen zn vrienden dat zijn
    moeder de beste börek maakt": someone says of "his sister" what is praise of the client, who is that sister
    (not "vertelde dat zijn moeder zegt dat ik ...": his mother says it, of the client)."""
    from quez.extraction.cues import MATRIX_VERBS

    if m.name or m.plural or m.owner_word not in ("zijn", "haar", "z'n", "zn", "d'r") or m.category != "family":
        return False
    if _word(tokens, m.first - 1) not in ("dat", "da"):
        return False
    s = tokens[m.first].sentence
    said = next((j for j in range(m.first - 2, -1, -1) if tokens[j].sentence == s and (
        _word(tokens, j) in MATRIX_VERBS or _word(tokens, j) in ("dat", "da"))), None)
    if said is None or _word(tokens, said) in ("dat", "da"):
        return False  # "vertelt in de hele straat dat haar zoon ...": the nearest verb of saying, no "dat" between
    speaker = next((x for x in reversed(found) if x.last < said and tokens[x.first].sentence == s
                    and _word(tokens, x.first - 1) not in _PREPOSITIONS), None)  # not "op de verjaardag van oom Henk"
    if speaker is not None and any(_word(tokens, j) in lx.SUBJECT_PRONOUNS for j in range(speaker.last + 1, said)):
        speaker = None  # "Dave zei dat hij ... zat te vertellen": who "hij" is, is open
    fits = {"haar": "f", "d'r": "f", "zijn": "m", "z'n": "m", "zn": "m"}[m.owner_word]
    if speaker is not None and speaker.stem and lx.relation_gender(speaker.stem) == fits \
            and m.stem not in lx.INVERSE.get(speaker.stem, frozenset()) | _PARTNER.get(speaker.stem, frozenset()):
        return False  # "Mijn vrouw zegt dat haar zus zo'n man niet heeft": her sister is not the client
    rest = []
    for j in range(m.last + 1, len(tokens)):
        if tokens[j].sentence != tokens[m.first].sentence or _word(tokens, j) in (",", ";", ":", "dat", "omdat"):
            break
        rest.append(_word(tokens, j))
    return not set(rest) & (_ABOUT_CLIENT | MATRIX_VERBS) and bool(rest)


def _pet(tokens, m) -> bool:
    """"mijn hond Bowie", "Haar hond, Bobbie,", "Bobby, onze hond", "Haar hond heet Sjors" (not "die mevrouw met de
    hond, Bep")."""
    if not m.name or m.relation:
        return False
    i = m.first
    before = [_word(tokens, j) for j in range(i - 3, i)]
    owned = lx.DETERMINERS_OWN | lx.DETERMINERS_OTHER
    if before[-1] in lx.PETS and before[-2] in owned or before[-2:] == [before[-2], ","] and before[-2] in lx.PETS \
            and before[-3] in owned:
        return True
    if before[-1] == "heet" and before[-2] in lx.PETS:
        return True
    after = [_word(tokens, j) for j in range(m.last + 1, m.last + 4)]
    return after[0] == "," and after[1] in owned and after[2] in lx.PETS


_NICKNAME_CUES = (("zeggen", "we"), ("noemen", "we"), ("zeggen", "wij"), ("noemen", "wij"), ("bedoel", "ik"),
                  ("zeggen", "ze"), ("voor", "vrienden"), ("noemt", "iedereen"), ("zo", "noemt"), ("zo", "noemen"),
                  ("zoals", "iedereen"), ("zoals", "we"), ("zoals", "wij"), ("zeg", "ik"), ("noem", "ik"))


def _nicknames(tokens, found: list) -> list:
    """"Godelieve, Lieve zeggen we", "Geertruida. Truus bedoel ik": the second name is the first person."""
    result = list(found)
    for k in range(1, len(found)):
        first, second = found[k - 1], found[k]
        if not (first.name and second.name) or _word(tokens, second.first - 1) not in (",", ".", "(", "of"):
            continue  # "Akosua, of Akos zoals iedereen haar noemt"
        if second.first - first.last > (3 if _word(tokens, second.first - 1) == "of" else 2):
            continue
        after = (_word(tokens, second.last + 1), _word(tokens, second.last + 2))
        after_comma = (_word(tokens, second.last + 2), _word(tokens, second.last + 3))
        if after in _NICKNAME_CUES or (after[0] == "," and after_comma in _NICKNAME_CUES) \
                or (_word(tokens, second.first - 1) == "(" and "eigenlijk" in after):
            result[result.index(second)] = replace(second, name=first.name, relation=second.relation or first.relation,
                                                   alias=second.name)
            nick = lx.fold(second.name)  # "Jackie voor vrienden. Jackie snapt het": every later Jackie is her
            result = [replace(m, name=first.name, alias=m.name) if m.name and lx.fold(m.name) == nick else m
                      for m in result]
    return result


_VARIANT_WORDS = frozenset("of eigenlijk zeggen zegt noemen noemt heet schrijf schrijft schrijven".split())
_VARIANT_GAP = 8  # tokens between two ways of writing one name ("Jaimie, de buurman links. Of Jaimy")


def _alike(a: str, b: str) -> bool:
    """Two ways of writing one name: "Jaimie"/"Jaimy", "Anne-Marie"/"Annemarie", "Jo"/"Jolanda", "Bas"/
    "Sebastiaan", "Riet"/"Marietje"."""
    from rapidfuzz.distance import JaroWinkler

    a, b = (lx.fold(x).replace("-", "").replace(" ", "") for x in (a, b))
    short, long_ = sorted((a, b), key=len)
    return JaroWinkler.similarity(a, b) >= 0.85 or len(short) >= 2 and long_.startswith(short) \
        or len(short) >= 3 and short in long_


def _variants(tokens, found: list) -> list:
    """"Anne-Marie, of Annemarie", "Jolanda, maar iedereen zegt Jo", "Mo heet hij, Mohammed eigenlijk",
    "demi... of eigenlijk demie": one person written two ways, named by the first (a correction: the second)."""
    result, renamed = list(found), {}
    for k in range(len(result) - 1):
        first, second = result[k], result[k + 1]
        if not (first.name and second.name) or second.first - first.last > _VARIANT_GAP \
                or lx.fold(first.name) == lx.fold(second.name):
            continue
        between = [t.lower for t in tokens[first.last + 1: second.first] if t.is_word]
        after = [t.lower for t in tokens[second.last + 1: second.last + 4] if t.is_word]
        if {"schrijf", "schrijft", "schrijven", "spel", "spelt"} & {t.lower for t in tokens[second.last + 1:
                                                                       second.last + 9] if t.sentence ==
                                                                      tokens[second.last].sentence}:
            after = ["of", *after]  # "Dewi, Dewie, ik weet nooit hoe je dat schrijft": one name, two spellings
        nickname = between[:1] == ["maar"] and between[-1:] and between[-1] in ("zeggen", "zegt", "noemen", "noemt")
        if not nickname and (not (set(between) | set(after[:2])) & _VARIANT_WORDS
                             or not _alike(first.name, second.name)):
            continue  # "Wilhelmina, maar we zeggen Mien"
        corrected = "eigenlijk" in between or after[:1] == ["eigenlijk"] or bool({"schrijf", "schrijft"} & set(after[:3]))
        keep, drop = (second, first) if corrected else (first, second)
        renamed[lx.fold(drop.name)] = keep
    return [replace(m, name=renamed[lx.fold(m.name)].name, relation=m.relation or renamed[lx.fold(m.name)].relation,
                    stem=m.stem or renamed[lx.fold(m.name)].stem, alias=m.name)
            if m.name and lx.fold(m.name) in renamed else m
            for m in result]


def _relation_with_title(tokens, found: list) -> list:
    """"Mijn buurvrouw mevrouw Peeters": the relation right before a titled name is hers."""
    result = list(found)
    for k in range(len(found) - 1):
        r, n = found[k], found[k + 1]
        if not r.name and not r.plural and n.name and not n.relation and n.first == r.last + 1 \
                and _word(tokens, n.first) in lx.TITLES:
            result[result.index(n)] = replace(n, relation=r.relation, stem=r.stem, category=r.category,
                                              closeness=r.closeness, start=r.start, first=r.first)
            result.remove(r)
    return result


def _qualifies_a_name(tokens, m, found: list) -> bool:
    """"Gerrit van de noabers", "Marco van het darten": the group only says where Gerrit is from."""
    j = m.first
    if _word(tokens, j) in lx.DETERMINERS_PLAIN:
        j -= 1
    else:
        return False
    if _word(tokens, j) != "van" or not m.plural:
        return False
    return any(other.name and other.last == j - 1 for other in found)


def _corrected(tokens, found: list) -> list:
    """"Ellen... nee, Elly": the first name was a slip."""
    result = list(found)
    for k in range(len(found) - 1):
        first, second = found[k], found[k + 1]
        between = [t.lower for t in tokens[first.last + 1: second.first] if t.text not in ".…,"]
        if first.name and second.name and between in (["nee"], ["of", "nee"], ["ik", "bedoel"], ["sorry"]):
            result.remove(first)
    return result


def _described(tokens, found: list) -> list:
    """"Volgens Maaike, da's mijn coach", "Esther ... zij was mijn kraamverzorgster en nu een vriendin",
    "hij is mijn beste vriend": a relation said of someone already there is no one new."""
    result: list = []
    for m in found:
        before = [t.lower for t in tokens[max(0, m.first - 3): m.first]]
        described = (not m.name and len(before) >= 2 and before[-1] in lx.COPULAS and before[-2] in _DESCRIBED
                     and (m.owner_word or _word(tokens, m.first) in lx.DETERMINERS_OWN | {"een", "de"}))
        continued = not m.name and result and before[-2:] in (["en", "nu"], ["en", "ook"]) and \
            _word(tokens, m.first) == "een"
        if described or continued:
            prev = next((x for x in reversed(result) if x.name), None)
            if prev is not None and prev.relation is None and described:
                result[result.index(prev)] = replace(prev, relation=m.relation, stem=m.stem, category=m.category)
            continue
        result.append(m)
    return result


_DESCRIBED = frozenset("hij zij ze die dat da's , hier".split())  # "hij is mijn beste vriend"


def _introduced_names(tokens, found: list) -> list:
    """"Mijn begeleider. Die heet Sanne." / "Mijn chef is Robbie.": the relation and the name are one."""
    result = list(found)
    for k, r in enumerate(found):
        if r.name or r.plural or k + 1 >= len(found):
            continue
        n = found[k + 1]
        if not n.name or n.relation:
            continue
        between = [t.lower for t in tokens[r.last + 1: n.first]]
        if between in (["is"], ["heet"], [".", "die", "heet"], [".", "hij", "heet"], [".", "zij", "heet"],
                       [".", "ze", "heet"], ["die", "heet"], [",", "die", "heet"]):
            result[result.index(n)] = replace(n, relation=r.relation, stem=r.stem, category=r.category,
                                              closeness=r.closeness)
            result.remove(r)
    return result


def _spoken_to(tokens, m) -> bool:
    """"papa, jij hebt nooit opgegeven", "zegt: oma, bij jou ...", "hou vol, trainer.": the client addressed."""
    if m.name or _word(tokens, m.first) in lx.DETERMINERS_OWN | lx.DETERMINERS_OTHER | lx.DETERMINERS_PLAIN:
        return False
    if _in_quote(tokens, m.first) and _word(tokens, m.last + 1) in (".", "!", "?", "") \
            and _word(tokens, m.first - 1) not in _PREPOSITIONS:
        return True  # "een hart met: beste papa.", "appen: hou vol, trainer.", "eindelijk mam!"
    if _word(tokens, m.first - 1) in _QUOTE_OPEN and _word(tokens, m.first).endswith("ste") \
            and _word(tokens, m.last + 1) == "van":
        return True  # "op een kaartje: beste papa van de wereld"
    from quez.extraction.cues import MATRIX_VERBS

    before = _word(tokens, m.first - 1)
    if _word(tokens, m.last + 1) in _SPOKEN_TO and (before in MATRIX_VERBS or before in _QUOTE_OPEN):
        return True  # "Hij zei mam je moet echt iemand bellen"
    if _word(tokens, m.last + 1) in _SPOKEN_TO and _word(tokens, m.last + 2) in lx.COPULAS | {"zijt"} \
            and before not in _PREPOSITIONS:
        return True  # "zei laatst mama jij bent de beste"
    if _word(tokens, m.last + 1) != ",":
        return False
    if {_word(tokens, j) for j in range(m.last + 2, m.last + 5)} & MATRIX_VERBS and m.first <= 1:
        return True  # "Tuurlijk buurman, zou hij zeggen."
    after = {_word(tokens, j) for j in range(m.last + 2, m.last + 6)}
    return before in _QUOTE_OPEN or bool(after & _SPOKEN_TO)


def _between_is_apposition(tokens, a: int, b: int) -> bool:
    """Tokens ``a..b`` (exclusive of the comma at ``b``) are a short prepositional phrase or adverbs."""
    words = [tokens[j] for j in range(a, b)]
    if len(words) > _APPOSITION_GAP or any(t.sentence != tokens[b].sentence for t in words):
        return False
    from quez.extraction.cues import MATRIX_VERBS

    return not any(t.lower in MATRIX_VERBS or t.lower in lx.COPULAS or t.lower in ("en", "maar")
                   for t in words)


def _ends_clause(tokens, i: int) -> bool:
    return i >= len(tokens) or tokens[i].text in _CLAUSE_END or tokens[i].lower in ("en", "van")


def _relation_then_names(tokens, found: list) -> list:
    """"mijn coach bij het werkfit-traject, Samira" / "De buren links, Marc en Greet"."""
    result = list(found)
    for k, r in enumerate(found):
        if r.name or r not in result:
            continue
        head = found[k - 1] if k > 0 else None
        if head is not None and not head.name and head in result and _word(tokens, r.first - 1) in _PP \
                and head.last == r.first - 2:
            r = head  # "Een jeugdhulpverlener voor mijn zoon, Femke": Femke is the hulpverlener
        names = _names_after_comma(tokens, found, k)
        if not names or (len(names) > 1 and not r.plural):
            continue
        for n in names:
            if n.relation:  # "de moeder van roy, tante ilse": she keeps her own relation word
                result[result.index(n)] = replace(n, start=r.start, first=r.first)
                continue
            result[result.index(n)] = replace(n, relation=r.relation, stem=r.stem, category=r.category,
                                              closeness=r.closeness if n.closeness is None else n.closeness,
                                              start=r.start if len(names) == 1 else n.start,
                                              first=r.first if len(names) == 1 else n.first)
        result.remove(r)
    return result


def _names_after_comma(tokens, found: list, k: int) -> list:
    r = found[k]
    if k + 1 >= len(found):
        return []
    first = found[k + 1]
    own_family = first.relation == "familie"  # "Mijn buren, de familie Yilmaz"
    comma = first.first - (2 if _word(tokens, first.first - 1) in ("de", "den") else 1)  # "Mijn gebuur, de Jef"
    if not first.name or (first.relation and r.plural and not own_family) or _word(tokens, comma) != ",":
        return []
    if first.relation and not _apposition_closes(tokens, first.last + 1):
        return []  # "Mijn man, mijn zoon Kacper, en mijn mama": a list, not "de moeder van roy, tante ilse."
    if _two_own_relatives(tokens, r, first):
        return []  # "Ons ma, ons pa, mijn broer Stijn.": nobody is both her father and her brother
    if not _between_is_apposition(tokens, r.last + 1, comma):
        return []
    names = [first]
    j = k + 2
    while j < len(found) and found[j].name and not found[j].relation and found[j].first == names[-1].last + 2 \
            and _word(tokens, names[-1].last + 1) in ("en", ","):
        names.append(found[j])
        j += 1
    return names if _ends_clause(tokens, names[-1].last + 1) else []


_AFTER_APPOSITION = frozenset("die dat zij ze hij".split())


def _apposition_closes(tokens, i: int) -> bool:
    """The phrase ends at token ``i``: the sentence ends, or a comma and the clause goes on ("De huisarts van
    ma, dokter Bakker, zei ...", "De buurvrouw hiernaast, tante Joyce, die ...")."""
    from quez.extraction.cues import MATRIX_VERBS

    if _word(tokens, i) in (".", "!", "?", ""):
        return True
    after = _word(tokens, i + 1)
    return _word(tokens, i) == "," and (after in MATRIX_VERBS or after in lx.COPULAS or after in _AFTER_APPOSITION)


def _two_own_relatives(tokens, a, b) -> bool:
    """"ons pa, mijn broer": two different family relations of the client herself are two people."""
    owned = all(_word(tokens, m.first) in lx.DETERMINERS_OWN and m.relation for m in (a, b))
    return owned and a.category == b.category == "family" and a.stem != b.stem


def _name_then_relation(tokens, found: list) -> list:
    """"Dokter Peeters, mijn huisarts." / "mijn tante, zijn vrouw, zou zeggen": the second describes the first."""
    result: list = []
    for m in found:
        prev = result[-1] if result else None
        if (prev is not None and not m.name and not m.plural and not (prev.plural and not prev.name)
                and (m.first == prev.last + 2 and _word(tokens, prev.last + 1) == ","
                     and _ends_clause(tokens, m.last + 1) and _word(tokens, m.last + 1) != "en"
                     or _unmarked(tokens, prev, m))
                and not _two_own_relatives(tokens, prev, m)):
            if prev.relation is None:
                result[-1] = replace(prev, relation=m.relation, stem=m.stem, category=m.category,
                                     closeness=m.closeness)
            continue
        result.append(m)
    return result


_FRAGMENT_LEAD = frozenset("met bij voor".split())  # not "en", "ook": "Femke. En mijn moeder." are two
_FRAGMENT_TAIL = frozenset("bij van uit op in de het den".split())


def _fragment(tokens, m) -> bool:
    """``m`` is a sentence of its own: "Theo.", "Met Dennis.", "Mijn sponsor bij de AA.", "Linda."."""
    s = tokens[m.first].sentence
    before = [t for t in tokens[:m.first] if t.sentence == s and t.is_word]
    after = [t for t in tokens[m.last + 1:] if t.sentence == s and t.is_word]
    if len(before) > 1 or before and before[0].lower not in _FRAGMENT_LEAD:
        return False
    return not after or after[0].lower in _FRAGMENT_TAIL and len(after) <= 4 and not any(
        t.lower in lx.COPULAS for t in after)


def _fragments(tokens, found: list) -> list:
    """"Theo. Mijn sponsor bij de AA.", "Met mijn zus. Linda.": a name and the client's own relation, each a
    sentence of its own, one after the other, are one person."""
    result = list(found)
    for a, b in zip(found, found[1:], strict=False):
        if a not in result or b not in result or tokens[b.first].sentence != tokens[a.first].sentence + 1:
            continue
        name, rel = (a, b) if a.name and not b.name else (b, a) if b.name and not a.name else (None, None)
        if name is None or rel is None or name.relation or not rel.own or rel.plural or rel.qualifier.startswith(
                "van") or not (_fragment(tokens, a) and _fragment(tokens, b)):
            continue
        result[result.index(name)] = replace(name, relation=rel.relation, stem=rel.stem, category=rel.category,
                                             closeness=rel.closeness)
        result.remove(rel)
    return result


def _unmarked(tokens, prev, m) -> bool:
    """"youssef mijn broer zei ...": a name and its relation typed without the comma, the clause going on."""
    from quez.extraction.cues import MATRIX_VERBS

    return bool(prev.name) and not prev.relation and m.first == prev.last + 1 \
        and _word(tokens, m.first) in lx.DETERMINERS_OWN and _word(tokens, m.last + 1) in MATRIX_VERBS


def _client_by_inverse(tokens, found: list, about_stems: frozenset[str]) -> list:
    """"Mijn bompa zegt dat zijn kleindochter ...", "geluk met zo'n schoondochter": that is the client."""
    elders = {m.stem for m in found if m.stem}
    result = []
    for m in found:
        det = _word(tokens, m.first)
        quoted = det in lx.DETERMINERS_OWN and _in_quote(tokens, m.first)  # "hij zegt: mijn dochter is ..."
        # parents and children only in quotes: "haar moeder" from a daughter may be the client's wife
        spoken_of = quoted or det == "zo'n" or (
            (m.owner_word in ("zijn", "haar", "hun") or det in ("die", "deze")) and m.stem not in lx.PARENT_CHILD)
        # the follow-up's person's "zijn kleinzoon" (not "haar pleegmoeder", "zijn moeder": someone else may be meant)
        his = m.owner_word in ("zijn", "haar", "z'n", "zn", "d'r") and not m.plural and m.stem not in lx.PARENT_CHILD \
            and not (m.stem or "").startswith(("pleeg", "stief"))
        sources = elders | (set(about_stems) if quoted or his else set())
        if not m.name and spoken_of and m.stem and any(m.stem in lx.INVERSE.get(e, ()) for e in sources):
            continue
        bare = det not in lx.DETERMINERS_OWN | lx.DETERMINERS_OTHER | lx.DETERMINERS_PLAIN
        if not m.name and bare and m.stem and any(m.stem in lx.INVERSE.get(e, ()) for e in about_stems | elders) \
                and (_in_quote(tokens, m.first) or _praised_as(tokens, m)):
            continue  # asked about her grandson: "Opa is de sterkste!", "zegt: mama is de taaiste"
        if not m.name and m.stem and _addressee_calls_client(tokens, found, m):
            continue
        result.append(m)
    return result


_ELDERS = lx.INVERSE["zoon"] | lx.INVERSE["kleinzoon"]


def _praised_as(tokens, m) -> bool:
    """"Opa is de sterkste", "Papa is een held": a bare family word with a predicate that praises."""
    return _word(tokens, m.last + 1) in ("is", "was", "bent") and _word(tokens, m.last + 2) in ("de", "een", "echt",
                                                                                              "zo", "de allerbeste")


def _addressee_calls_client(tokens, found: list, m) -> bool:
    """"Ze zei tegen Jayden: je vader is een goeie vent", "tegen mijn dochter: jouw moeder is een topper": said to
    the client's child (or anyone the client is that to), "je vader" is the client."""
    if _word(tokens, m.first) not in _SPOKEN_TO or not _in_quote(tokens, m.first):
        return False
    s = tokens[m.first].sentence
    colon = next(j for j in range(m.first - 1, -1, -1) if tokens[j].text == ":")
    addressee = next((a for a in found if a.first < colon and tokens[a.first].sentence == s
                      and _word(tokens, a.first - 1) == "tegen"), None)
    if addressee is None:
        return False
    return m.stem in lx.INVERSE.get(addressee.stem or "", _ELDERS if addressee.name else frozenset())
