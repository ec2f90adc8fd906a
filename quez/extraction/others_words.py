"""Persons only in what someone else says, who are nobody the client knows: "een vader" in "Hanneke zegt dat ze
nog nooit een vader zo heeft zien sjouwen" is any father (or the client); "mijn moeder" in "Stijn zegt tegen
iedereen: mijn moeder is de baas van de koeien" is the speaker's mother, most often the client herself; "Emine" in
"Ze zei: die Emine, die klaagt nooit" is the client's own name. Steps of :func:`quez.extraction.coreference.tidy`.
"""

from __future__ import annotations

from quez.extraction import lexicon as lx
from quez.extraction.client import ABOUT_CLIENT, in_report
from quez.extraction.discourse import QUOTED_PEOPLE, SPOKEN_TO_WORDS
from quez.extraction.mention import Setting
from quez.extraction.quoting import (
    PREPOSITIONS,
    QUOTE_OPEN,
    SPOKEN_TO,
    client_speaks,
    in_quote,
    quote_colon,
    speaker_before_colon,
    spoken_to_after,
    word,
)

#: someone of the speaker's own who is the client's too, when the speaker is her brother or sister
_SIBLINGS = frozenset("zus broer zussen broers tweelingzus tweelingbroer zusje broertje".split())


def nobody_she_knows(tokens, found: list, setting: Setting) -> list:
    """``found`` without the persons who are only in someone else's words."""
    return [m for m in found if not _anyone(tokens, m) and not _speakers_own(tokens, found, m, setting)
            and not _their_parent_spoken_of(tokens, m) and not _kin_of_anyone(tokens, m)]


_ANYONE = frozenset("iemand niemand".split())
_EVERY = frozenset("elke iedere ieder geen zo'n".split())


def _kin_of_anyone(tokens, m) -> bool:
    """"een Turkse moeder stuurt haar kind niet weg", "jij bent de enige moeder die nooit klaagt over haar kind",
    "iemand die voor haar kind door het vuur gaat": the kin of any mother, not of someone the client knows. The
    owner is the nearest person word before it in its clause: "iemand", or a person word with "elke", "geen",
    "de enige", or with "een" in what someone says (not "mijn buurvrouw heeft een vriendin die haar moeder ...")."""
    if m.name or m.owner_word not in _THEIR:
        return False
    s = tokens[m.first].sentence
    for j in range(m.first - 1, -1, -1):
        w = word(tokens, j)
        named = tokens[j].text[:1].isupper() and j > 0 and tokens[j - 1].sentence == s
        if tokens[j].sentence != s or w in _CLAUSE_ENDS or w in lx.SUBJECT_PRONOUNS - {"die"} \
                or w in lx.CLIENT_PRONOUNS or named:
            return False  # "zei tegen een buurvrouw dat haar zoon ...", "ik", "Karin": someone known owns it
        if w in _ANYONE:
            return True
        if lx.is_relation(w) or w in _PERSON_NOUNS:
            before = [word(tokens, k) for k in range(max(0, j - 3), j) if tokens[k].sentence == s]
            if any(b in _EVERY for b in before) or before[-2:] == ["de", "enige"] or before[-3:-1] == ["de", "enige"]:
                return True
            said_of = set(before) | {word(tokens, k) for k in range(j + 1, m.first)}
            if said_of & lx.COPULAS:
                return False  # "dat ik een goede oma ben voor haar kinderen": what the client is, to their kin
            return any(b in ("een", "nen", "ne") for b in before) and (in_quote(tokens, j) or in_report(tokens, j))
    return False


_PERSON_NOUNS = frozenset("mens persoon ouder meid vent kerel".split())
_CLAUSE_ENDS = frozenset("dat da : ; , en maar".split())


def _their_parent_spoken_of(tokens, m) -> bool:
    """"Lies vertelt haar vriendinnen dat haar moeder oma nooit alleen laat", "dat hij in elk gesprek over zijn
    moeder begint": the parent someone talks about to others is the client who tells it. Not whom it is said to
    ("zei tegen haar moeder"), a comparison ("beter dan haar vader"), nor a parent who says something herself
    ("dat haar moeder zegt ...")."""
    from quez.extraction.cues import MATRIX_VERBS

    if m.name or m.plural or m.stem not in _PARENTS or m.owner_word not in _THEIR:
        return False
    if word(tokens, m.first - 1) in ("tegen", "dan", "als", "met", "aan", "van", "bij"):
        return False
    s = tokens[m.first].sentence
    rest = [t.lower for t in tokens[m.last + 1:] if t.sentence == s]
    clause = rest[:next((k for k, w in enumerate(rest) if w in ("dat", "da", ":", ",")), len(rest))]
    if set(clause) & (MATRIX_VERBS | _SAYING_TOO):
        return False  # "dat d'r moeder op de verjaardag zei dat ...": she says it herself
    if set(clause) & (ABOUT_CLIENT | {"'k"}) and not set(clause) & _TALKING:
        return False  # "dat haar vader trots op me is": someone else, who thinks of the client
    that = next((j for j in range(m.first - 1, -1, -1) if tokens[j].sentence == s and tokens[j].lower in ("dat", "da")),
                m.first)
    if any(tokens[j].lower in lx.CLIENT_PRONOUNS | {"'k"} for j in range(that, m.first)):
        return False  # "zegt dat ik haar moeder te lang thuis heb gehouden": whom the client acts on
    about = word(tokens, m.first - 1) == "over" and any(
        t.lower in _TALKING for t in tokens if t.sentence == s and t.index != m.first - 1)
    return about or in_report(tokens, m.first) and not _client_reports(tokens, m.first)


_PARENTS = frozenset("moeder vader ma pa mama papa mam pap moeke vake".split())
_SAYING_TOO = frozenset("ook aanraadt aanbeveelt".split())
_THEIR = frozenset("zijn haar heur zn z'n d'r zien haren zijnen".split())
_TALKING = frozenset("vertelt vertelde vertellen praat praatte begint begon schept opschept opschepte spreekbeurt "
                     "werkstuk".split())


def _anyone(tokens, m) -> bool:
    """"esther zegt dat ze zelden een oma ziet die ...", "zei: zo'n moeder wil ik ook": in what someone else says,
    "een oma" is any grandmother, or the client, not someone she knows."""
    if m.name or m.plural or word(tokens, m.first) not in ("een", "nen", "ne", "zo'n"):
        return False
    if in_quote(tokens, m.first):
        return not client_speaks(tokens, m.first)
    return in_report(tokens, m.first) and not _client_reports(tokens, m.first)


def _client_reports(tokens, i: int) -> bool:
    """What token ``i`` is in is the client's own report: "Ik zei tegen de juf dat een buurvrouw ..."."""
    s = tokens[i].sentence
    that = next((j for j in range(i - 1, -1, -1) if tokens[j].sentence == s and tokens[j].lower in ("dat", "da")), i)
    return any(t.lower in ("ik", "'k", "wij", "we") for t in tokens[:that] if t.sentence == s)


def _speakers_own(tokens, found: list, m, setting: Setting) -> bool:
    """"mijn vader", "mijne pa" as what someone else's quote is about is theirs, most often the client: "Fem zei
    tegen haar vriend: mijn vader is de enige vent die ...", "deze jongen is mijn zoon". Not someone else the
    quote speaks of ("toen mijn vrouw wegging", "beter dan mijn kleinzoon") or who says something of her ("mijn
    vrouw vindt je een kanjer"), and not when the speaker is her brother or sister ("Mijn zus zei: mijn moeder zou
    trots zijn": theirs is hers)."""
    if m.name or word(tokens, m.first) not in lx.DETERMINERS_OWN or not in_quote(tokens, m.first) \
            or client_speaks(tokens, m.first) or not _what_the_words_are_of(tokens, m) or spoken_to_after(tokens, m):
        return False
    speaker = speaker_before_colon(tokens, found, m.first)
    if speaker is None and _client_says(tokens, m.first):
        return False  # "Ik zei tegen Ans: mijn moeder komt morgen."
    if m.category != "family":
        return True
    siblings = {speaker.stem} if speaker is not None and speaker.own else set(setting.about_stems)
    return not siblings & _SIBLINGS


def _what_the_words_are_of(tokens, m) -> bool:
    """``m`` is what the quote is about, its subject or what someone is called: "zei: mijn vader is ...", "deze
    jongen is mijn zoon" (not "ik neem mijn neef mee", "toen mijn vrouw wegging", "voor mijn dochter")."""
    before, after = word(tokens, m.first - 1), word(tokens, m.last + 1)
    if before in QUOTE_OPEN or before == "," and in_quote(tokens, m.first - 1):
        return True  # "zei: mijn vader is ...", "kijk, mijn moeder is ..."
    if before in lx.COPULAS or word(tokens, m.first - 2) in lx.COPULAS and tokens[m.first - 1].is_word:
        return True  # "is mijn zoon", "blijft altijd mijn dokter"
    return after in lx.COPULAS and before not in PREPOSITIONS


def named_in_quote(tokens, m, setting: Setting) -> bool:
    """The client's own name in what someone says of her: called with her title or relation ("oom Roy, jij bent
    de enige", "madame Katrien, ge moet ..."), or spoken of as the one the quote is about ("zei: die Emine, die
    klaagt nooit", "zou zeggen: Dilan is een vulkaan"). Not a name the conversation knows, not what the client
    says herself, and not someone spoken ill of ("zei: Kees is een slechte vader")."""
    if not m.name or lx.fold(m.name) in setting.known_names or not in_quote(tokens, m.first) \
            or client_speaks(tokens, m.first) or _client_says(tokens, m.first):
        return False
    colon = quote_colon(tokens, m.first)
    j = m.first - 1
    while colon is not None and j > colon and (tokens[j].lower in lx.TITLES | QUOTED_PEOPLE
                                               or lx.is_relation(tokens[j].lower)):
        j -= 1
    opens = j == colon  # the name, after a title or relation, opens the quote
    after = word(tokens, m.last + 1)
    titled = m.relation or j < m.first - 1
    spoken_to = any(word(tokens, k) in SPOKEN_TO_WORDS for k in range(m.last + 2, m.last + 5))
    if opens and titled and after == "," and spoken_to:
        return True
    if not m.relation and word(tokens, m.first - 1) in _LOOK and after == ",":
        return True  # "zegt tegen de andere mannen: kijk Fadi, hij werkt, hij leert": the example to follow
    if _spoken_ill_of(tokens, m, setting):
        return False
    if not m.relation and _the_one_to_go_to(tokens, m):
        return True
    if word(tokens, j) == "naar" and any(word(tokens, k) in _LOOK for k in (j - 1, j - 2)):
        return True  # "kijk naar Karam, die traint harder dan jullie allemaal", "kijk naar tante Lula": the example
    if m.relation or _a_child(tokens, m):
        return False
    if word(tokens, m.first - 1) in ("die", "deze") and word(tokens, m.first - 2) in QUOTE_OPEN:
        return True
    s = tokens[m.first].sentence
    what = word(tokens, m.last + 2)
    compared = what.endswith("er") and "dan" in (word(tokens, m.last + 3), word(tokens, m.last + 4))
    return opens and after in lx.COPULAS and (what in ("een", "nen", "ne", "de", "het", "iemand") or compared) \
        and not any(t.lower in SPOKEN_TO for t in tokens[m.last + 1:] if t.sentence == s)


_LOOK = frozenset("kijk kijkt kijken".split())
_ASK = frozenset("vraag vraagt vragen".split())


def _the_one_to_go_to(tokens, m) -> bool:
    """"zeggen: als Ivone er is, is het schoon", "zegt tegen de nieuwe: vraag het maar aan Demi": the one whose being
    there counts, the one to ask, in someone's words, is the client."""
    before = [word(tokens, k) for k in range(m.first - 4, m.first)]
    if before[-1] == "als" and word(tokens, m.last + 1) == "er":
        return True
    return before[-1] == "aan" and bool(set(before[:-1]) & _ASK)


#: what a child is called: "Noor is een slimme meid" said by the juf is of her daughter, not of her
_CHILD = frozenset("jongen jongetje meid meisje kind knul ventje mannetje leerling kleuter puber baby".split())


def _a_child(tokens, m) -> bool:
    """What follows ``m`` in its sentence calls them a child or speaks of them as "hij"/"zij": "Jayden is een
    andere jongen sinds hij bij oma woont"."""
    s = tokens[m.first].sentence
    rest = [t.lower for t in tokens[m.last + 1:] if t.sentence == s]
    return any(w in _CHILD or w in ("hij", "zij", "ie") for w in rest)


def _client_says(tokens, i: int) -> bool:
    """The quote token ``i`` is in is the client's: "Ik zei tegen de dokter: ...", "zei ik tegen hem: ..." (not
    "Ik hoorde dat hij tegen Anouk gezegd heeft: ...")."""
    from quez.extraction.cues import MATRIX_VERBS

    colon = quote_colon(tokens, i)
    verb = next((j for j in range(colon - 1, -1, -1) if tokens[j].sentence == tokens[i].sentence
                 and tokens[j].lower in MATRIX_VERBS), None) if colon is not None else None
    return verb is not None and any(word(tokens, j) in ("ik", "'k") for j in (verb - 1, verb + 1))


def _spoken_ill_of(tokens, m, setting: Setting) -> bool:
    """What follows ``m`` in its sentence is a reproach, or speaks of "hem", "haar": "Kees is een slechte vader",
    "Kees is een klootzak, laat hem"."""
    s = tokens[m.first].sentence
    rest = [t.lower for t in tokens[m.last + 1:] if t.sentence == s]
    if any(w in ("hem", "haar", "'m") for w in rest) or any(_reproach_before_a_noun(w) for w in rest):
        return True
    return any(h.polarity < 0 and h.first > m.last and tokens[h.first].sentence == s and not _negated(tokens, h)
               for h in setting.cue_hits(tokens))


def _negated(tokens, hit) -> bool:
    """A negator right around the cue: "die klaagt nooit", "is geen slappeling"."""
    s = tokens[hit.first].sentence
    return any(t.lower in lx.NEGATORS for t in tokens[max(0, hit.first - 2): hit.last + 3] if t.sentence == s)


def _reproach_before_a_noun(word_: str) -> bool:
    """"luie" in "een luie donder", "stomme" in "die stomme vent": a reproach the cues know, inflected."""
    from quez.extraction.cues import find_cues
    from quez.extraction.tokens import tokenize

    if len(word_) < 4 or not word_.endswith("e"):
        return False
    base = word_[:-1]
    if len(base) > 3 and base[-1] == base[-2]:
        base = base[:-1]  # "stomme": "stom"
    return any(h.polarity < 0 for h in find_cues(base, tokenize(base)))


def could_not_do_without(tokens, m) -> bool:
    """"zegt tegen de klanten: zonder Mei was de zaak allang dicht", "zei: zonder mijn Riet zat ik ...": whom
    someone says they could not do without, in their words, is the client (not "zonder Gerard en mij", not "het
    huis is zo stil zonder Frans")."""
    if not m.name:
        return False
    j = m.first - 1
    if word(tokens, j) in _OWNING_WORDS or lx.is_relation(word(tokens, j)) or word(tokens, j) in lx.TITLES:
        j -= 1  # "zonder mijn Riet", "zonder tante Marva", "zonder mama Béa"
    if word(tokens, j) != "zonder" or not (in_quote(tokens, m.first) or in_report(tokens, m.first)):
        return False
    rest = [t.lower for t in tokens[m.last + 1: m.last + 5] if t.sentence == tokens[m.first].sentence]
    return rest[:1] != ["en"] and any(w in _AS_IT_WOULD_BE or w in lx.NEGATORS for w in rest)


#: what would have been without her: "zonder Mei was de zaak dicht", "zonder Laura lag ik ...", "kan ik niet"
_AS_IT_WOULD_BE = frozenset("was waren zat zaten lag lagen stond stonden had hadden zou zouden kan kon".split())
_OWNING_WORDS = frozenset("die deze onze ons mijn m'n mn mien".split())
