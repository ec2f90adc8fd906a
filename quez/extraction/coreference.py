"""Tidying the persons found in one answer: who is the same person, who is no person at all.

Runs after :func:`~quez.extraction.persons.find_persons` has found every candidate:

- appositions: "mijn coach bij het werkfit-traject, Samira" and "Dokter Peeters, mijn huisarts"
  are one person; "De buren links, Marc en Greet" are two; "mijn tante, zijn vrouw," is one;
- the same relation named again: "Juf Anke van groep 5. De juf zei ..." is Anke twice;
- qualifiers of things: "de klas van mijn dochter", "de school van Bram" mention nobody;
- the client herself: "papa, jij hebt ..." (she is spoken to) and "mijn opa zegt dat zijn
  kleindochter ..." (she is the granddaughter);
- "oma" in her own words beside her grandchild: "spreekbeurt over oma";
- anyone at all, or the speaker's own, in what someone else says: "ze zei dat ze nog nooit een vader zo zag
  sjouwen", "Stijn zegt: mijn moeder is de baas".
"""

from __future__ import annotations

from dataclasses import replace

from quez.extraction import lexicon as lx
from quez.extraction.addressed import yours_in_quotes
from quez.extraction.appositions import children_then_names, fragments, name_then_relation, relation_then_names
from quez.extraction.client import (
    client_by_inverse,
    named_client,
    praised_in_quote,
    speakers_kin_is_client,
    spoken_to,
    vocative,
)
from quez.extraction.herself import grandparent_is_client, says_it_is_her
from quez.extraction.mention import Setting
from quez.extraction.others_words import could_not_do_without, named_in_quote, nobody_she_knows
from quez.extraction.quoting import word as _word
from quez.extraction.relatives import diminutive_names, name_possessive, names_for_relations, partners_relatives


def tidy(tokens, found: list, setting: Setting) -> list:
    """The persons of one answer, once who is who is settled; ``setting.called`` gets the names the answer uses
    for the client herself ("Ronnie, jij bent mijn beste man")."""
    found = sorted(found, key=lambda m: m.first)
    setting.called.extend(m.name for m in found if m.name and named_client(tokens, m))
    found = [m for m in found if not _qualifies_a_thing(tokens, m) and not spoken_to(tokens, m)
             and not _qualifies_an_apposition(tokens, m, found) and not named_client(tokens, m)
             and not _pet(tokens, m) and not vocative(tokens, m) and not speakers_kin_is_client(tokens, m, found)]
    found = _introduced_names(tokens, _nicknames(tokens, _relation_with_title(tokens, _corrected(tokens, found))))
    found = _short_forms(tokens, _variants(tokens, found))
    found = _described(tokens, found)
    found = [m for m in found if not _qualifies_a_name(tokens, m, found) and not _someone_described(tokens, m, found)]
    found = children_then_names(tokens, relation_then_names(tokens, found))
    found = name_then_relation(tokens, found)
    found = fragments(tokens, found)
    found = client_by_inverse(tokens, name_possessive(tokens, found), setting)
    found = nobody_she_knows(tokens, found, setting)
    found = [m for m in found if not grandparent_is_client(tokens, found, m, setting)]
    herself = {m.key() for m in found if says_it_is_her(tokens, found, m)}  # and every other mention of that word
    setting.called.extend(dict.fromkeys(m.name for m in found if m.name and m.key() in herself))
    found = [m for m in found if m.key() not in herself]
    praised = [m for m in found if praised_in_quote(tokens, m, setting) or named_in_quote(tokens, m, setting)
               or could_not_do_without(tokens, m)]
    setting.called.extend(m.name for m in praised)
    found = yours_in_quotes(tokens, [m for m in found if m not in praised])
    return names_for_relations(tokens, diminutive_names(tokens, partners_relatives(found)))


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


def _pet(tokens, m) -> bool:
    """"mijn hond Bowie", "Haar hond, Bobbie,", "Bobby, onze hond", "Bobby, de hond,", "Haar hond heet Sjors" (not
    "die mevrouw met de hond, Bep")."""
    if not m.name or m.relation:
        return False
    i = m.first
    before = [_word(tokens, j) for j in range(i - 4, i)]
    owned = lx.DETERMINERS_OWN | lx.DETERMINERS_OTHER
    if before[-1] in lx.PETS and before[-2] in owned or before[-2:] == [before[-2], ","] and before[-2] in lx.PETS \
            and before[-3] in owned:
        return True
    if before[-2:] == [before[-2], ","] and before[-2] in lx.PETS and before[-3] in ("de", "het") \
            and before[-4] not in ("met", "van", "zonder", "bij"):
        return True  # "En de hond, Bikkel." (not "die mevrouw met de hond, Bep")
    if before[-1] == "heet" and before[-2] in lx.PETS:
        return True
    after = [_word(tokens, j) for j in range(m.last + 1, m.last + 4)]
    return after[0] == "," and (after[1] in owned or after[1] in ("de", "het")) and after[2] in lx.PETS


_NICKNAME_CUES = (("zeggen", "we"), ("noemen", "we"), ("zeggen", "wij"), ("noemen", "wij"), ("bedoel", "ik"),
                  ("zeggen", "ze"), ("voor", "vrienden"), ("noemt", "iedereen"), ("zo", "noemt"), ("zo", "noemen"),
                  ("zoals", "iedereen"), ("zoals", "we"), ("zoals", "wij"), ("zeg", "ik"), ("noem", "ik"),
                  ("noeme", "we"), ("zegge", "we"), ("noeme", "wij"), ("zegge", "wij"))  # "Rokkie noeme we 'm"


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
        if _short_form_in_apposition(tokens, first, second) and len(second.name) >= len(first.name) + 2:
            short = lx.fold(first.name)  # "de Kris, Kristof, mijne schoonbroer": Kristof, called Kris
            result = [replace(m, name=second.name, relation=m.relation or second.relation, alias=m.name)
                      if m.name and lx.fold(m.name) == short else m for m in result]
            continue
        if after in _NICKNAME_CUES or (after[0] == "," and after_comma in _NICKNAME_CUES) \
                or (_word(tokens, second.first - 1) == "(" and "eigenlijk" in after) \
                or _short_form_in_apposition(tokens, first, second):
            result[result.index(second)] = replace(second, name=first.name, relation=second.relation or first.relation,
                                                   alias=second.name)
            nick = lx.fold(second.name)  # "Jackie voor vrienden. Jackie snapt het": every later Jackie is her
            result = [replace(m, name=first.name, alias=m.name) if m.name and lx.fold(m.name) == nick else m
                      for m in result]
    return result


def _short_form_in_apposition(tokens, first, second) -> bool:
    """"Marjolein, Jolein, mijn vriendin": the short form right after the name, set off by commas (not "Jan, Janneke
    en Piet": a list, nor two names of different sexes)."""
    if second.first != first.last + 2 or _word(tokens, first.last + 1) != "," or len(second.name) == len(first.name):
        return False
    end = second.first + len(second.name.split())  # the name's own words: the mention may go on ("Jolein, mijn ...")
    if _word(tokens, end) not in (",", ".", "") or _word(tokens, end + 1) in ("en", "of"):
        return False
    short, full = sorted((first.name, second.name), key=len)  # "Dani, Daniël" too: the full name after it
    return lx.name_form_of(short, full) and not lx.of_two_sexes(first.name, second.name)


_NAME_ENDS = frozenset(", . ! ? ) die".split()) | {""}
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


def _short_forms(tokens, found: list) -> list:
    """"De gebuur, Lutgarde. Lut is een engel.", "Met Gini. Wagini, de zus van Harjo.": a short form of a name the
    answer writes in full in another sentence is that person (not "Jan en Janneke", named together)."""
    names = [m for m in found if m.name]
    full = {}
    for m in names:
        longer = [n for n in names if len(n.name) > len(m.name) and lx.short_form_of(m.name, n.name)
                  and not lx.of_two_sexes(m.name, n.name)]  # not "Lien ... Lientje", not "Janneke ... Jan"
        together = any(_listed_together(tokens, n, x) for n in longer for x in names
                       if lx.fold(x.name) == lx.fold(m.name))  # "Jan en Janneke"
        if len({lx.fold(n.name) for n in longer}) == 1 and not together:
            full[id(m)] = longer[0]
    return [replace(m, name=full[id(m)].name, relation=m.relation or full[id(m)].relation,
                    stem=m.stem or full[id(m)].stem, alias=m.name) if id(m) in full else m for m in found]


def _listed_together(tokens, a, b) -> bool:
    """Two names side by side in a list ("Jan en Janneke", "Jan, Janneke en Piet"): two people."""
    first, second = sorted((a, b), key=lambda m: m.first)
    between = [t.lower for t in tokens[first.last + 1: second.first]]
    return tokens[first.first].sentence == tokens[second.first].sentence and len(between) <= 2 \
        and set(between) <= {"en", ",", "of", "&"}


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
        nickname = nickname or _really_called(tokens, first, second) or between == ["eigenlijk"] and _word(
            tokens, first.last + 1) == "," and _word(tokens, second.last + 1) in _NAME_ENDS  # "Rino, eigenlijk Rinaldo"
        if not nickname and (not (set(between) | set(after[:2])) & _VARIANT_WORDS
                             or not _alike(first.name, second.name)):
            continue  # "Wilhelmina, maar we zeggen Mien"
        corrected = "eigenlijk" in between or after[:1] == ["eigenlijk"] \
            or bool({"schrijf", "schrijft"} & set(after[:3]))
        keep, drop = (second, first) if corrected else (first, second)
        renamed[lx.fold(drop.name)] = keep
    return [replace(m, name=renamed[lx.fold(m.name)].name, relation=m.relation or renamed[lx.fold(m.name)].relation,
                    stem=m.stem or renamed[lx.fold(m.name)].stem, alias=m.name)
            if m.name and lx.fold(m.name) in renamed else m
            for m in result]


def _really_called(tokens, first, second) -> bool:
    """"Appie, Albert eigenlijk, ...", "Sunny ... . Sunil eigenlijk, maar iedereen zegt Sunny": the second name,
    with "eigenlijk" right after it, is the first one's real name: set off by commas right after it, or followed
    by "maar iedereen zegt" and the first name again."""
    if _word(tokens, second.last + 1) != "eigenlijk":
        return False
    if second.first == first.last + 2 and _word(tokens, first.last + 1) == ",":
        return True
    rest = [_word(tokens, j) for j in range(second.last + 2, second.last + 7)]
    said = next((i for i, w in enumerate(rest) if w in ("zegt", "zeggen", "noemt", "noemen")), None)
    return said is not None and "maar" in rest[:said] and lx.fold(rest[said + 1] if said + 1 < len(rest) else "") \
        == lx.fold(first.name)


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
    """"Gerrit van de noabers", "Marco van het darten": the group only says where Gerrit is from; "juf Marieke van
    Emre": Emre only says whose juf she is (and is no mention of his own here)."""
    if m.name and not m.relation and _word(tokens, m.first - 1) == "van" and any(
            other.name and other.relation and other.last == m.first - 2 for other in found):
        return sum(1 for x in found if x.name == m.name) == 1
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


def _someone_described(tokens, m, found: list) -> bool:
    """"Aziz, een man uit mijn dorp", "Haar collega, een man met een baard,", "een jonge vrouw met een baby, Jolien",
    "een schat, de liefste vrouw die ik ken": "man", "vrouw" describing someone else named, or praising, no one new."""
    if m.name or m.stem not in lx.PEOPLE_NOUNS or _word(tokens, m.first) in lx.DETERMINERS_OWN | lx.DETERMINERS_OTHER:
        return False
    if any(tokens[j].lower.endswith("ste") for j in range(m.first + 1, m.last)):
        return True  # "de liefste vrouw die ik ken", "de dapperste man van Amsterdam"
    if _word(tokens, m.first) != "een":
        return False  # "Buurvrouw Ineke, de meneer met de hond, en ...": a list
    before = next((x for x in found if x is not m and x.last == m.first - 2), None)
    if before is not None and _word(tokens, m.first - 1) == ",":
        return True
    clause_end = next((j for j in range(m.last + 1, len(tokens)) if tokens[j].text in ".!?;"), len(tokens))
    after = next((x for x in found if x.name and m.last < x.first < clause_end and _word(tokens, x.first - 1) == ","),
                 None)
    return after is not None and all(tokens[j].is_word or tokens[j].text == "," for j in range(m.last + 1, after.first))


_DESCRIBED = frozenset("hij zij ze die dat da's , hier".split())  # "hij is mijn beste vriend"


_INTRO_ADVERBS = frozenset("daar hier nu toen eigenlijk trouwens".split())  # "mijn begeleider daar is Ingrid"


def _introduced_names(tokens, found: list) -> list:
    """"Mijn begeleider. Die heet Sanne." / "Mijn chef is Robbie.": the relation and the name are one."""
    result = list(found)
    for k, r in enumerate(found):
        if r.name or r.plural or k + 1 >= len(found):
            continue
        n = found[k + 1]
        if not n.name or n.relation:
            continue
        between = [t.lower for t in tokens[r.last + 1: n.first] if t.lower not in _INTRO_ADVERBS]
        if between in (["is"], ["heet"], [".", "die", "heet"], [".", "hij", "heet"], [".", "zij", "heet"],
                       [".", "ze", "heet"], ["die", "heet"], [",", "die", "heet"]):
            result[result.index(n)] = replace(n, relation=r.relation, stem=r.stem, category=r.category,
                                              closeness=r.closeness)
            result.remove(r)
    return result
