"""Finding persons in a Dutch answer: relation words and first names.

``find_persons(tokens)`` returns :class:`PersonMention` objects with exact
character spans. Pronouns are not persons here (they are left unresolved);
the client (``ik``, "ik ben de beste mama", "als moeder") is never a person.
"""

from __future__ import annotations

from dataclasses import replace

from quez.extraction import lexicon as lx
from quez.extraction.groups import DEMONSTRATIVES, couple_at, group_at, placed_person, placed_title
from quez.extraction.lowernames import listed_lower_name, lower_case_name
from quez.extraction.mention import PersonMention, Setting
from quez.extraction.names import (
    coordinated_names,
    known_name_form,
    name_after_relation,
    name_at,
    name_like_after,
    named,
    titled_name_end,
)
from quez.extraction.phrases import relation_np_at
from quez.extraction.roles import is_generic as _is_generic
from quez.extraction.roles import is_predicate as _is_predicate
from quez.extraction.tokens import Token, sentence_starts

__all__ = ["PersonMention", "find_persons"]

_APPOSITION_STOP = frozenset(",.;:!?")


def find_persons(tokens: list[Token], setting: Setting | None = None) -> list[PersonMention]:
    """Persons in ``tokens``, read against ``setting`` (names the conversation already has are recognised in
    lower case too: "fenna"); the names the answer uses for the client go to ``setting.called``."""
    setting = setting or Setting()
    known_names = setting.known_names
    starts = sentence_starts(tokens)
    found: list[PersonMention] = []
    used: set[int] = set()
    i = 0
    while i < len(tokens):
        mention, nxt = (None, i + 1) if i in used else _mention_at(tokens, i, starts, known_names, used)
        if mention is not None:
            found.append(mention)
            used.update(range(i, nxt))
        i = nxt
    from quez.extraction.coreference import tidy

    return tidy(tokens, _split_plural_appositions(tokens, coordinated_names(tokens, found)), setting)


def _mention_at(tokens, i: int, starts, known_names, used) -> tuple[PersonMention | None, int]:
    """The person mentioned from token ``i`` on, and the token after it (or after what was skipped)."""
    np = relation_np_at(tokens, i)
    if np is not None and np[1] not in used:
        mention, last = _relation_mention(tokens, i, np, starts, known_names)
        if mention is None and last > i:  # the client ("ik ben de beste mama"), or a plain word
            return None, last + 1
        if mention is not None:
            # "de juf van Sam": the juf; Sam only qualifies her and is no mention of his own here
            poss = _possessor(tokens, mention, starts) if mention.qualifier == "van" else None
            if poss is not None:
                last = max(last, poss.last)
                mention = replace(mention, qualifier=f"van {poss.label}", own=False, closeness=None,
                                  last=last, end=tokens[last].end)
            elif mention.qualifier == "van":
                mention = replace(mention, qualifier="")
            return mention, last + 1
    group = group_at(tokens, i) or couple_at(tokens, i)
    if group is not None:
        return group, group.last + 1
    if _genitive(tokens, i):  # "Patricks moeder": his mother; Patrick is no mention of his own here
        np = relation_np_at(tokens, i + 1)
        found, last = _relation_mention(tokens, i + 1, np, starts) if np is not None else (None, i)
        if found is not None:
            found = replace(found, own=False, qualifier=f"van {_without_genitive(tokens[i].text)}", closeness=None,
                            first=i, start=tokens[i].start)
            return found, last + 1
    lower_name = lower_case_name(tokens, i, starts, known_names) or known_name_form(tokens, i, known_names, starts)
    if lower_name is not None:
        mention, last = _name_with_apposition(tokens, i, i, lower_name)
        return mention, last + 1
    placed = placed_title(tokens, i)
    if placed is not None:  # "de mevrouw van de Voedselbank"
        return placed, i + 1
    if tokens[i].lower in lx.TITLES and i + 1 < len(tokens) and not (i > 0 and tokens[i - 1].lower in DEMONSTRATIVES):
        end = titled_name_end(tokens, i + 1, starts)
        if end is not None:
            return named(tokens, i, end, " ".join(t.text for t in tokens[i: end + 1]).replace(" .", ".")), end + 1
    end = name_at(tokens, i, starts)
    if end is not None:
        name = " ".join(t.text for t in tokens[i: end + 1])
        if name[-2:] in ("'s", "’s") and len(name) > 4:
            name = name[:-2]  # "Nova's signalen": Nova
        mention, last = _name_with_apposition(tokens, i, end, name)
        return mention, last + 1
    return None, i + 1


_DAYS = frozenset("di wo do vr za zo t/m tot maandag".split())


def _bare_ma(tokens: list[Token], i: int) -> bool:
    """"boos op ma", "dat ma heeft gehuild": the mother, also without "mijn"; not "ma t/m vr" (Monday)."""
    if tokens[i].lower != "ma":
        return False
    near = {tokens[j].lower for j in range(max(i - 2, 0), min(i + 3, len(tokens)))}
    return not near & _DAYS and not any(tokens[j].text[:1].isdigit() for j in (i - 1, i + 1) if 0 <= j < len(tokens))


_SURNAME_TITLES = frozenset("dokter dokteres meester juf juffrouw pastoor dominee zuster broeder notaris advocaat "
                            "agent pater tante oom opa oma buurman buurvrouw huisarts wijkagent".split())


def _name_after_relation_np(tokens, rel_i: int, rel_end: int, det: str, plural: bool,
                            starts, known: frozenset[str] = frozenset()) -> tuple[str | None, int]:
    """The name that goes with a relation noun ("tante Els", "mijn zus Karin", "mijn leidinggevende, Petra,")
    and the last token of the two."""
    nxt = rel_end + 1
    if nxt >= len(tokens) or tokens[nxt].sentence != tokens[rel_i].sentence:
        return None, rel_end
    end = name_at(tokens, nxt, starts, allow_initial=True) if tokens[nxt].capitalised else None
    if end is None and (listed_lower_name(tokens[nxt]) or name_after_relation(tokens, nxt)
                        or tokens[nxt].text.islower() and lx.fold(tokens[nxt].lower) in known):  # "buurvrouw lies"
        return tokens[nxt].text[:1].upper() + tokens[nxt].text[1:], nxt  # "oom karim" is Karim
    institution = nxt + 1 < len(tokens) and tokens[nxt + 1].text in ("De", "Het", "'t")  # "van De Regenboog"
    if end is None and not det and tokens[nxt].lower in ("van", "de", "ter", "ten") and name_like_after(tokens, nxt) \
            and not institution and tokens[rel_end].lower in _SURNAME_TITLES:
        end = titled_name_end(tokens, nxt, starts)  # "Dokter van Leeuwen" (not "de juf van Noor")
    if end is not None:
        return " ".join(t.text for t in tokens[nxt: end + 1]), end
    if tokens[nxt].text == "," and nxt + 2 < len(tokens) and not plural and name_after_relation(tokens, nxt + 1) \
            and tokens[nxt + 2].text in _APPOSITION_STOP:
        return tokens[nxt + 1].text[:1].upper() + tokens[nxt + 1].text[1:], nxt + 1  # "mijn vriend, roy, de ..."
    if (tokens[nxt].text == "," and nxt + 2 < len(tokens) and not plural
            and tokens[nxt + 1].capitalised and lx.fold(tokens[nxt + 1].lower) not in lx.NON_PERSON_CAPS):
        # "mijn leidinggevende, Petra, zegt ..." (an apposition between commas or at the end)
        end = name_at(tokens, nxt + 1, starts, allow_initial=True)
        if end is not None and (end + 1 >= len(tokens) or tokens[end + 1].text in _APPOSITION_STOP):
            return " ".join(t.text for t in tokens[nxt + 1: end + 1]), end
    return None, rel_end


def _relation_mention(tokens, i, np, starts, known: frozenset[str] = frozenset()) -> tuple[PersonMention | None, int]:
    rel_i, rel_end, det, adjective = np
    rel_words = " ".join(t.lower for t in tokens[rel_i: rel_end + 1])
    info = lx.relation_info(rel_words) or lx.relation_info(tokens[rel_i].lower)
    if info is None:
        return None, i
    stem, category, closeness, plural = info
    if _is_predicate(tokens, i, rel_end, det) or _is_generic(tokens, i, rel_i, plural, adjective, det):
        return None, rel_end
    verb_use = stem in _ALSO_VERBS and i > 0 and tokens[i - 1].lower in _PRONOUN_SUBJECTS
    if det == "het" and stem not in lx.NEUTER or verb_use:
        return None, rel_end  # "van het oppassen", "de kinderen die ik oppas": the word, not a person
    if stem in lx.COLLECTIVES:
        return None, rel_end
    name, last = _name_after_relation_np(tokens, rel_i, rel_end, det, plural, starts, known)
    qualifier = adjective if adjective in lx.DISTINGUISHING else ""
    if name is None and last + 2 < len(tokens) and tokens[last + 1].lower == "van":
        # "de juf van Sam", "de kinderen van mijn buurvrouw"
        owner = tokens[last + 2]
        with_det = tokens[last + 3] if owner.lower in lx.DETERMINERS_OWN and last + 3 < len(tokens) else None
        if (owner.capitalised or relation_np_at(tokens, last + 2) is not None or listed_lower_name(owner)
                or (with_det is not None and (with_det.capitalised or listed_lower_name(with_det)))):
            qualifier = "van"
    needs_owner = (stem in lx.NEEDS_OWNER or tokens[rel_i].lower in lx.NEEDS_OWNER) and not _bare_ma(tokens, rel_i)
    if needs_owner and not name and det not in lx.DETERMINERS_OWN | lx.DETERMINERS_OTHER and qualifier != "van" \
            and not placed_person(tokens, stem, det, rel_end):
        return None, rel_end
    own = det not in lx.DETERMINERS_OTHER and qualifier != "van"
    mention = PersonMention(
        name=name,
        relation=" ".join(t.lower for t in tokens[rel_i: rel_end + 1]),
        stem=stem,
        category=category,
        closeness=closeness if own else None,
        own=own,
        plural=plural and name is None,
        qualifier=qualifier,
        start=tokens[i].start,
        end=tokens[last].end,
        first=i,
        last=last,
        owner_word=det if det in lx.DETERMINERS_OTHER else "",
        confidence=0.95 if name else 0.85,
    )
    return mention, last


_PRONOUN_SUBJECTS = frozenset("ik je jij we wij hij zij ze u".split())
_ALSO_VERBS = frozenset("oppas coach".split())  # "de kinderen die ik oppas"


def _without_genitive(text: str) -> str:
    """"Patrick" for "Patricks", "Danny" for "Danny's"."""
    return text[:-2] if text.endswith(("'s", "’s")) else text[:-1]


def _genitive(tokens, i: int) -> bool:
    """"Patricks", "Noors", "Erkans" before a relation word: a first name with the genitive s."""
    low = tokens[i].lower
    return tokens[i].capitalised and low.endswith("s") and len(low) > 3 and i + 1 < len(tokens) \
        and lx.is_relation(tokens[i + 1].lower) and not lx.is_relation(low) and lx.fold(low) not in lx.NON_PERSON_CAPS


def _possessor(tokens, head: PersonMention, starts) -> PersonMention | None:
    """The owner in "de juf van Sam" / "de kinderen van mijn buurvrouw Fatma"; fixes the head's label."""
    j = head.last + 2
    np = relation_np_at(tokens, j)
    genitive = np is None and _genitive(tokens, j)
    if genitive:  # "de vrouw van Erkans broer": his brother owns her
        np = relation_np_at(tokens, j + 1)
    if np is not None:
        owner, _ = _relation_mention(tokens, np[0], np, starts)
        if owner is not None and genitive:
            owner = replace(owner, own=False, qualifier=f"van {_without_genitive(tokens[j].text)}", first=j,
                            start=tokens[j].start)
    else:
        if tokens[j].lower in lx.DETERMINERS_OWN and j + 1 < len(tokens):  # "van onze Mats"
            j += 1
        end = name_at(tokens, j, starts, allow_initial=True) if tokens[j].capitalised else (
            j if listed_lower_name(tokens[j]) else None)
        owner = named(tokens, j, end, " ".join(t.text for t in tokens[j: end + 1])) if end is not None else None
    if owner is None:
        return None
    commas = [t.index for t in tokens[owner.first: owner.last + 1] if t.text == ","]
    if commas:  # "de vrouw van mijn broer, Ilona": the name after the comma is hers, not his
        owner = replace(owner, name=None, last=commas[0] - 1, end=tokens[commas[0] - 1].end)
    return replace(owner, possessor=True)


_APPOSITION_ADVERBS = frozenset(
    "eigenlijk echt gewoon ook al bijna zo'n beetje".split())


def _name_with_apposition(tokens, i, end, name) -> tuple[PersonMention, int]:
    """"Mohammed, mijn neef", "Els (tante)", "Els is mijn buurvrouw": the relation joins the name."""
    j = end + 1
    if j < len(tokens) and tokens[j].lower in lx.POSTPOSED_KIN:  # "Hatice abla", "Nurten teyze"
        stem, category, closeness, _plural = lx.relation_info(tokens[j].lower) or ("", "family", 3, False)
        return PersonMention(name=name, relation=tokens[j].lower, stem=stem, category=category, closeness=closeness,
                             own=True, plural=False, qualifier="", start=tokens[i].start, end=tokens[j].end,
                             first=i, last=j, confidence=0.9), j
    while j + 1 < len(tokens) and tokens[j].lower in ("eigenlijk", "natuurlijk") and tokens[j + 1].text == ",":
        j += 1  # "Bij Anke eigenlijk, de fysio van Wiebe"
    if j + 2 < len(tokens) and tokens[j].lower == "van":  # "Femke van Zorgstroom, de wijkzuster", "Hessel van de
        at = j + 2 if tokens[j + 1].lower in ("de", "het") else j + 1  # Jellinek, mijn behandelaar": where she works
        if at + 1 < len(tokens) and tokens[at].capitalised and tokens[at + 1].text == ",":
            j = at + 1
    shape = _apposition_shape(tokens, j)
    if shape is None:
        return named(tokens, i, end, name), end
    at, joiner = shape
    np = relation_np_at(tokens, at, own_only=joiner != "")
    if np is None and joiner == ",":
        np = _definite_apposition(tokens, at)
    if np is None:
        return named(tokens, i, end, name), end
    rel_i, rel_end, det, adjective = np
    rel = " ".join(t.lower for t in tokens[rel_i: rel_end + 1])
    info = lx.relation_info(rel) or lx.relation_info(tokens[rel_i].lower)
    assert info is not None, "relation_np_at finds relation words only"
    stem, category, closeness, _plural = info
    closed = joiner == "(" and rel_end + 1 < len(tokens) and tokens[rel_end + 1].text == ")"
    last = rel_end + (1 if closed else 0)
    whose = _whose_relative(tokens, rel_end + 1) if category == "family" and det not in lx.DETERMINERS_OWN else ""
    return PersonMention(
        name=name, relation=rel, stem=stem, category=category, closeness=closeness, own=not whose,
        plural=False, qualifier=whose or (adjective if adjective in lx.DISTINGUISHING else ""),
        start=tokens[i].start, end=tokens[last].end, first=i, last=last, confidence=0.95,
    ), last


def _apposition_shape(tokens: list[Token], j: int) -> tuple[int, str] | None:
    """Where a relation joined to the name before ``j`` would start, and what joins them: a comma, a bracket,
    "is"/"was" (past an adverb: "Ineke is eigenlijk mijn zus geworden"), or nothing ("Sjaak de loonwerker")."""
    if j < len(tokens) and tokens[j].lower in (",", "(", "is", "was"):
        at = j + 1
        while tokens[j].lower in ("is", "was") and at < len(tokens) and tokens[at].lower in _APPOSITION_ADVERBS:
            at += 1
        return at, tokens[j].lower
    return (j, "") if _close_apposition(tokens, j) else None


def _close_apposition(tokens: list[Token], j: int) -> bool:
    """"Sjaak de loonwerker doet ...", "bas mn mentor": the relation right after the name, without a comma (one
    person; not "Ik gaf Sjaak de sleutel")."""
    np = relation_np_at(tokens, j)
    if np is None or tokens[j].sentence != tokens[j - 1].sentence:
        return False
    rel_i, rel_end, det, _adjective = np
    info = lx.relation_info(tokens[rel_i].lower)
    if info is None or info[3] or det not in lx.DETERMINERS_OWN | {"de"}:
        return False
    return det != "de" or info[1] in ("professionals", "work_school", "neighbours", "other")


def _whose_relative(tokens: list[Token], i: int) -> str:
    """"van de buren" in "Lisa, de dochter van de buren": she is their daughter, not the client's."""
    if i >= len(tokens) or tokens[i].lower != "van":
        return ""
    words = []
    for t in tokens[i + 1: i + 4]:
        if not t.is_word:
            break
        words.append(t.text)
    return "van " + " ".join(words) if words else ""


def _definite_apposition(tokens: list[Token], i: int) -> tuple[int, int, str, str] | None:
    """"Anouk, de coach van de zwemclub": a singular relation with "de" set off by a comma, not a list item."""
    np = relation_np_at(tokens, i)
    if np is None or np[2] not in ("de", "het"):
        return None
    rel_i, rel_end, _det, _adjective = np
    info = lx.relation_info(tokens[rel_i].lower)
    if info is None or info[3]:
        return None
    after = tokens[rel_end + 1].lower if rel_end + 1 < len(tokens) else "."
    return np if after in (",", ".", "!", "?", ";", ")", "van", "uit", "bij", "op", "in") else None


def _split_plural_appositions(tokens: list[Token], found: list[PersonMention]) -> list[PersonMention]:
    """"mijn kleindochters, Emma en Julia": the names carry the relation; the plural goes."""
    dropped = {k for k, m in enumerate(found) if m.plural and not m.name and _names_before(tokens, found, k)}
    result: list[PersonMention] = []
    for k, m in enumerate(found):
        if k in dropped:
            continue
        if m.plural and not m.name:
            named_after = [x for x in found[k + 1: k + 4] if x.name and not x.relation and x.first - m.last <= 4]
            listed = len(named_after) >= 2 and m.category == "family" and m.last + 1 < len(tokens) \
                and tokens[m.last + 1].text in (".", ":")
            some = named_after and named_after[-1].last + 1 < len(tokens) \
                and tokens[named_after[-1].last + 1].lower in ("vooral", "bijvoorbeeld")  # "..., Hub en Wiel vooral"
            if named_after and named_after[0].first == m.last + 2 and (tokens[m.last + 1].text == "," or listed) \
                    and not some:
                for x in named_after:
                    pos = found.index(x)
                    found[pos] = replace(x, relation=m.relation, stem=m.stem, category=m.category,
                                         closeness=m.closeness)
                continue
        result.append(m)
    return result


def _names_before(tokens: list[Token], found: list[PersonMention], k: int) -> bool:
    """"Hans en Trees, de overburen": the names right before take the plural relation, which goes (not "Sjra
    en de jongens van mijn ploeg": a group of its own)."""
    m = found[k]
    names: list[int] = []
    j = k - 1
    while j >= 0 and found[j].name and not found[j].relation and m.first - found[j].last <= 4 + 2 * len(names):
        names.insert(0, j)
        j -= 1
    if len(names) < 2 or found[names[-1]].last + 2 != m.first or tokens[m.first - 1].text != ",":
        return False
    for n in names:
        found[n] = replace(found[n], relation=m.relation, stem=m.stem, category=m.category, closeness=m.closeness)
    return True
