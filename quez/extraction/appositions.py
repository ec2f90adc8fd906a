"""Appositions: a relation and the name it goes with are one person ("mijn coach bij het werkfit-traject, Samira",
"Dokter Peeters, mijn huisarts", "Theo. Mijn sponsor bij de AA."). Steps of
:func:`quez.extraction.coreference.tidy`.
"""

from __future__ import annotations

from dataclasses import replace

from quez.extraction import lexicon as lx
from quez.extraction.quoting import word as _word

_CLAUSE_END = frozenset(".,!?;:)")
_PP = frozenset("voor van bij met uit".split())
_APPOSITION_GAP = 6  # words allowed between a relation and its name ("mijn trainer bij de boksclub, Jamal")


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


def relation_then_names(tokens, found: list) -> list:
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
            result[result.index(n)] = replace(n, **_relation_of(r),
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
    comma = first.first - (2 if _word(tokens, first.first - 1) in ("de", "den", "d'n") else 1)  # "Mijn gebuur, de Jef"
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


_AFTER_APPOSITION = frozenset("die dat zij ze hij knikte knikt knikten beaamde beaamt".split()) | frozenset(
    # a singular verb after the closing comma: one subject ("Hun mama, mijn dochter Nadège, ligt in de kliniek"),
    # not a list ("mijn man, mijn zoon Kacper, en mijn mama"; "..., komen ook": plural)
    "ligt lag woont woonde werkt werkte zit zat heeft had komt kwam belt belde doet deed staat stond gaat ging kan kon "
    "wil wilde moet moest weet wist helpt hielp snapt snapte".split())


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


def _relation_of(r) -> dict:
    """What a relation phrase gives the name it describes; "Bas, de zoon van Ton" is Ton's son, not hers (but "de
    mentor van mijn zoon" is in her network all the same)."""
    given = {"relation": r.relation, "stem": r.stem, "category": r.category}
    if not r.own and r.category == "family":
        given |= {"own": False, "owner_word": r.owner_word, "qualifier": r.qualifier}
    return given


def name_then_relation(tokens, found: list) -> list:
    """"Dokter Peeters, mijn huisarts." / "mijn tante, zijn vrouw, zou zeggen": the second describes the first."""
    result: list = []
    for m in found:
        prev = result[-1] if result else None
        comma = _comma_after_name(tokens, prev, found) if prev is not None else None
        if (prev is not None and not m.name and not m.plural and not (prev.plural and not prev.name)
                and (m.first == (comma or -9) + 1 and _closes(tokens, m.last + 1)
                     or _unmarked(tokens, prev, m))
                and not _two_own_relatives(tokens, prev, m)):
            if prev.relation is None or not prev.own and m.own and not m.qualifier:
                result[-1] = replace(prev, **_relation_of(m), closeness=m.closeness)  # "Zijn vrouw, mijn zus, ..."
            continue
        result.append(m)
    return result


def _comma_after_name(tokens, prev, found: list) -> int | None:
    """The comma that sets off what comes after ``prev``: right after it, or after a short "van" or "bij" phrase
    naming where they are from ("Katrien van de CM, de maatschappelijk werkster")."""
    if _word(tokens, prev.last + 1) == ",":
        return prev.last + 1
    if prev.name and _word(tokens, prev.last + 1) in _ASIDE and _word(tokens, prev.last + 2) == ",":
        return prev.last + 2  # "nana natuurlijk, mijn man", "Ingrid nog, zijn zus"
    if not prev.name or _word(tokens, prev.last + 1) not in _WHERE_FROM or prev.last + 2 >= len(tokens) \
            or _word(tokens, prev.last + 2) not in ("de", "het", "'t") and not tokens[prev.last + 2].capitalised:
        return None  # "Katrien van de CM", "Mo van Amaryllis"
    comma = next((j for j in range(prev.last + 3, min(prev.last + 6, len(tokens))) if tokens[j].text == ","), None)
    if comma is None or any(m.first in range(prev.last + 1, comma) for m in found):
        return None
    return comma if _between_is_apposition(tokens, prev.last + 1, comma) else None


_WHERE_FROM = frozenset("van bij uit in".split())  # "Katrien van de CM, ...", "tante Lin in Hongkong, ..."
#: a word between a name and the comma of its apposition ("Ingrid nog, zijn zus")
_ASIDE = frozenset("natuurlijk nog eigenlijk ook zelf dus trouwens vooral".split())


def _closes(tokens, i: int) -> bool:
    """The apposition ends at ``i``, perhaps after "daar" or "hier" ("Esther, de begeleider daar.")."""
    if _word(tokens, i) in ("daar", "hier", "toen", "nu"):
        i += 1
    return _ends_clause(tokens, i) and _word(tokens, i) != "en" or _word(tokens, i) == "die"


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


def fragments(tokens, found: list) -> list:
    """"Theo. Mijn sponsor bij de AA.", "Met mijn zus. Linda.": a name and the client's own relation, each a
    sentence of its own, one after the other, are one person; so are someone else's relation and the name that
    follows it ("Zijn zus. Giselle."; but "Karim. Zijn vrouw." is Karim's wife)."""
    result = list(found)
    for a, b in zip(found, found[1:], strict=False):
        if a not in result or b not in result or tokens[b.first].sentence != tokens[a.first].sentence + 1:
            continue
        name, rel = (a, b) if a.name and not b.name else (b, a) if b.name and not a.name else (None, None)
        if name is None or rel is None or name.relation or not (rel.own or rel is a) or rel.plural \
                or rel.qualifier.startswith("van") or not (_fragment(tokens, a) and _fragment(tokens, b)):
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


#: a word for the children as a group, and what each of them is to the client
_CHILDREN = {"kinderen": "kind", "kids": "kind", "kind": "kind", "kleinkinderen": "kleinkind"}
#: what may stand between the names that count the children off: "Rayan is dertien, Imane tien en Anas ..."
_COUNTING_OFF = frozenset(", en is van wordt werd net pas bijna al jaar jaren oud ons onze de die".split())


def _group_clause_end(tokens, found: list, g) -> int | None:
    """The ":" or "." that ends what is said of the group, with no one else named on the way ("Met de kinderen.",
    "Mijn vrouw en de kinderen zijn nog in Islamabad."; not "De kinderen van mijn dochter Ruthmila.")."""
    if _word(tokens, g.last + 1) in (":", "."):
        return g.last + 1
    s = tokens[g.first].sentence
    end = next((j for j in range(g.last + 1, len(tokens)) if tokens[j].text in (":", ".") or tokens[j].sentence != s),
               None)
    if end is None or tokens[end].sentence != s or any(g.last < m.first < end for m in found) \
            or _word(tokens, g.last + 1) == "van":
        return None
    return end


def children_then_names(tokens, found: list) -> list:
    """"Met de kinderen. Rayan is dertien, Imane tien.", "de kinderen: Jasper van zestien en Floor van dertien",
    "De kinderen zijn de deur uit: Ronny woont in Zuid, Jolanda hier", "Mijn twee dochters. Noor belt elke dag. Fleur
    ...": the names that count the children off, or open each part of what follows, are the children, and the group
    is no one else (not "Met de kinderen. Sandra zegt dat Kees ...": one name that does something; not "Mijn moeder.
    Mijn zus Karin": a relation of her own; not "En voor Gerda": someone else)."""
    result = list(found)
    for g in found:
        children = g.stem in _CHILDREN and (g.plural or g.stem != "kind")
        if g.name or not (children or g.plural and g.category == "family"):
            continue
        end = _group_clause_end(tokens, found, g)
        if end is None or end + 1 >= len(tokens):
            continue
        names = _counted_off(tokens, found, end + 1) or _members(tokens, found, g, end)
        if len(names) < 2:
            continue
        if g.own and not g.qualifier:  # "De kinderen van mijn dochter Ruthmila. Jurensley ...": no children of hers
            stem = _CHILDREN.get(g.stem or "", g.stem)
            for n in names:
                result[result.index(n)] = replace(n, relation=stem if g.stem in _CHILDREN else g.relation, stem=stem,
                                                  category=g.category, closeness=g.closeness)
        result.remove(g)
    return result


def _counted_off(tokens, found: list, start: int) -> list:
    """Names right at ``start`` with only ages and "en" between them: "Rayan is dertien, Imane tien en Anas ..."."""
    names = [n for n in found if n.first >= start and tokens[n.first].sentence == tokens[start].sentence]
    if len(names) < 2 or names[0].first != start or any(n.relation for n in names):
        return []
    between = [t.lower for n, o in zip(names, names[1:], strict=False) for t in tokens[n.last + 1: o.first]]
    return names if all(w in _COUNTING_OFF or w.isdigit() or w in lx.AGES for w in between) else []


#: words that may close a fragment naming a group ("Mijn kinderen natuurlijk.", "De kleinkinderen, denk ik.")
_GROUP_TAIL = frozenset("natuurlijk eigenlijk vooral hoor denk ik allemaal".split())


def _members(tokens, found: list, g, end: int) -> list:
    """The names that open each part after the group: after its colon, in its sentence; after a fragment that names
    only the group ("Mijn drie kinderen natuurlijk."), in the next sentences (each with no relation or place of its
    own, and not "En voor Marc, ...")."""
    s = tokens[g.last].sentence
    if tokens[end].text == ":":
        start, stop = end + 1, next((j for j in range(end, len(tokens)) if tokens[j].sentence != s), len(tokens))
    elif all(t.lower in _GROUP_TAIL or t.lower.isdigit() or not t.is_word for t in tokens[g.last + 1: end]):
        start, stop = end + 1, next((j for j in range(end, len(tokens)) if tokens[j].sentence > s + 3), len(tokens))
    else:
        return []
    members: list = []
    for x in found:
        if x.first < start:
            continue
        after = _word(tokens, x.last + 1)
        if x.first >= stop or not x.name or x.relation or x.possessor or after in ("van", "uit", "bij") \
                or x.name in {y.name for y in members} or not _opens_part(tokens, x, members[-1:], start):
            break
        members.append(x)
    return members


def _opens_part(tokens, x, previous: list, start: int) -> bool:
    """``x`` opens the list ("ons Elise"), a sentence of its own, or follows the one before in its sentence after a
    few words and a comma or "en" (not "En de kat, Poekie")."""
    first = x.first - 1 if x.first > 0 and tokens[x.first - 1].lower in lx.DETERMINERS_OWN else x.first
    if first == start or tokens[first - 1].sentence != tokens[first].sentence:
        return True
    if not previous or tokens[previous[0].last].sentence != tokens[first].sentence:
        return False
    between = [t.lower for t in tokens[previous[0].last + 1: first] if t.is_word]
    return (tokens[first - 1].text == "," or between[-1:] == ["en"]) and len(between) <= 4 \
        and not set(between) & {"de", "het", "een", "voor", "met"}
