"""Who is who among the persons of one answer once they are found: a name that only qualifies a relation
("Joyce d'r man"), a partner's relatives ("zijn moeder" is her schoonmoeder), pet forms of a name
("Ansje" is Ans) and a relation named again ("Juf Anke ... De juf zei" is Anke). Steps of
:func:`quez.extraction.coreference.tidy`.
"""

from __future__ import annotations

from dataclasses import replace

from quez.extraction import lexicon as lx


def _word(tokens, i: int) -> str:
    return tokens[i].lower if 0 <= i < len(tokens) else ""


_POSSESSIVES = frozenset("d'r z'n zn zijn haar".split())


def _not_theirs(tokens, n, r) -> bool:
    """"Femke zijn": a woman's name and "his" (or a man's and "her"): not her relative."""
    gender = lx.name_gender(n.name or "")
    word = _word(tokens, r.first)
    return gender == "f" and word in ("zijn", "z'n", "zn") or gender == "m" and word in ("haar", "d'r")


def name_possessive(tokens, found: list) -> list:
    """"Joyce d'r man", "Sem z'n vriendin": the man and the vriendin; Joyce and Sem only qualify them (and
    are no mention of their own here unless named elsewhere in the answer)."""
    result = list(found)
    for n, r in zip(found, found[1:], strict=False):
        if not n.name or n.relation or r.first != n.last + 1 or _word(tokens, r.first) not in _POSSESSIVES:
            continue
        if _word(tokens, n.first - 1) in ("is", "was") and _not_theirs(tokens, n, r):
            # "daar is Femke zijn vaste begeleider": she is his (not "dat is Mandy haar zoontje")
            result[result.index(n)] = replace(n, relation=r.relation, stem=r.stem, category=r.category,
                                              last=r.last, end=r.end, own=False, owner_word=r.owner_word)
            result.remove(r)
            continue
        result[result.index(r)] = replace(r, qualifier=f"van {n.name}", own=False, closeness=None, owner_word="")
        if sum(1 for m in found if m.name and lx.fold(m.name) == lx.fold(n.name)) == 1:
            result.remove(n)
        else:  # named elsewhere too: here only the owner ("Ons Krijn z'n vrouw, Lianne. ... Krijn zelf zeit niks")
            result[result.index(n)] = replace(n, possessor=True)
    return result


_IN_LAW = {"moeder": "schoonmoeder", "vader": "schoonvader", "zus": "schoonzus", "broer": "zwager",
           "ouders": "schoonouders"}


def partners_relatives(found: list) -> list:
    """"Mijn schoonmoeder ... Mijn man zegt dat ik beter voor zijn moeder zorg": "zijn moeder" is her."""
    stems = {m.stem for m in found if m.stem}
    partners = stems & {"man", "vrouw", "partner", "vriend", "vriendin"}
    return [m for m in found if not (partners and m.owner_word in ("zijn", "haar") and not m.name
                                     and _IN_LAW.get(m.stem or "", "-") in stems)]


def diminutive_names(tokens, found: list) -> list:
    """"Mijn zus Ans. Ansje, zo noemde mijn moeder haar.": "Ansje" is Ans; not "Jan en kleine Jantje" (the little
    one) nor "Mijn man Jan. En ons zoontje Jantje." (two relations): two people."""
    from quez.extraction.lexicon import fold

    names = {fold(m.name): m.name for m in found if m.name}
    result = []
    for m in found:
        if m.name:
            folded = fold(m.name)
            base = next((names[folded[: -len(s)]] for s in ("tje", "je", "ke", "ie", "y") if folded.endswith(s)
                         and folded[: -len(s)] in names and len(folded) - len(s) >= 3), None)
            others = [x for x in found if base is not None and x.name and fold(x.name) == fold(base)]
            little = m.first > 0 and tokens[m.first - 1].lower in ("kleine", "klein", "kleintje")
            if base is not None and not little and not any(x.stem and m.stem and x.stem != m.stem for x in others):
                m = replace(m, name=base, alias=m.name)
        result.append(m)
    return result


ANOTHER = frozenset("andere ander tweede nieuwe vorige".split())  # "de andere juf": someone else


def names_for_relations(tokens, found: list) -> list:
    """"Juf Anke van groep 5. De juf zei ...": an unnamed relation that one named person has is them."""
    named: dict[tuple[str, str], set[str]] = {}
    for m in found:
        if m.name and m.stem:
            named.setdefault((m.stem, m.owner_word), set()).add(m.name)
    result = []
    for m in found:
        names = named.get((m.stem or "", m.owner_word), set())
        if not m.name and not m.plural and len(names) == 1 \
                and not any(_word(tokens, j) in ANOTHER for j in range(m.first, m.last + 1)):
            m = replace(m, name=next(iter(names)))
        result.append(m)
    return result
