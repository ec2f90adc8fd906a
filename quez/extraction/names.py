"""First names in an answer: capitalised, listed, known from the conversation, or joined to one in a list."""

from __future__ import annotations

from quez.extraction import lexicon as lx
from quez.extraction.lowernames import (
    INTERJECTIONS,
    NAME_VERBS,
    NOT_NAMES,
    OBJECT_PRONOUNS,
)
from quez.extraction.mention import PersonMention
from quez.extraction.no_names import after_a_word_for_no_name
from quez.extraction.phrases import relation_np_at
from quez.extraction.tokens import ABBREVIATIONS, Token, has_capitals

_PRONOUNS = frozenset("ik jij je hij zij ze wij we jullie u gij ge hun hen haar hem die".split())
#: words after "meneer"/"mevrouw van" that are a place, not a surname ("de mevrouw van beneden")
_PLACE_WORDS = frozenset("beneden boven hiernaast ernaast tegenover naast achter hier daar hoek overkant".split())
PARTICLES = frozenset("van de der den ter ten el al le la da du op".split())


#: how names of organisations end ("Marco van Reclassering", "Ingrid van Schuldhulpmaatje"); no surname does
_ORGANISATION_ENDINGS = ("werk", "zorg", "hulp", "maatje", "bank", "team", "punt", "plein", "huis", "groep",
                         "centrum", "raad", "dienst", "ering", "ting", "school", "kerk", "club", "bureau")
_ORGANISATION_STARTS = ("zorg", "welzijn", "jeugd", "wijk", "thuis", "buurt")  # "Femke van Zorgstroom"


def name_at(tokens: list[Token], i: int, starts: set[int], allow_initial: bool = False) -> int | None:
    """End index (inclusive) of a name starting at token ``i``, else None."""
    tok = tokens[i]
    if not tok.capitalised or not tok.is_word:
        return None
    low = tok.lower
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if _a_word_not_a_name(tokens, i, starts):
        return None
    if i + 1 < len(tokens) and tokens[i + 1].text == "-":
        return None
    if low.endswith(("se", "sche")) and not lx.is_first_name(low) and lx.is_relation(nxt):
        return None  # "de Arabische moeders", "een Poolse collega": an adjective
    if _continues_organisation(tokens, i, starts):
        return None  # "Bureau Sociaal Raadslieden", "het Wit-Gele Kruis"
    prev = tokens[i - 1].lower if i > 0 and tokens[i - 1].sentence == tok.sentence else ""
    if i in starts and not allow_initial:
        if not lx.is_first_name(low) and not _name_by_context(tokens, i) and not _named_again(tokens, i, starts):
            # "Mohammed, mijn neef": an unknown word made a name by its apposition
            if not _own_apposition(tokens, i):
                return None
    elif prev in ("de", "een", "der") and not _flemish_article(tokens, i, starts) or (
            prev in ("het", "in", "te", "uit", "vanuit", "richting", "naar", "bij", "op")
            and not lx.is_first_name(low) and not _own_apposition(tokens, i)):  # "bij Werkplein", "in Zwolle"
        return None
    if after_a_word_for_no_name(tokens, i, starts, prev, nxt):
        return None
    return _name_end(tokens, i)


_LANGUAGE_USE = frozenset("spreken spreekt spreek praten praat les lessen leren leert".split())

#: the commonest Dutch surnames after "van" that are no place ("van Dijk", "van Leeuwen"); most others are places
_VAN_SURNAMES = frozenset("dijk leeuwen vliet beek dam wijk veen berg bergen loon doorn rijn gils zanten vugt duin "
                          "vuuren oosten rooij kessel schaik lieshout velzen haren rossum dongen ommen hout meer laar "
                          "eijk eck gent wees hees tol kempen wel zon den beers es ham hal hulst hoek bommel".split())


def _name_end(tokens: list[Token], i: int) -> int:
    """The last token of the name that starts at ``i``: more capitalised words, "Petra de Vries"."""
    tok = tokens[i]
    end = i
    j = i + 1
    while j < len(tokens) and tokens[j].sentence == tok.sentence:
        following = tokens[j]
        if (following.capitalised and not lx.is_relation(following.lower)
                and lx.fold(following.lower) not in lx.NON_PERSON_CAPS):
            end = j
            j += 1
        elif (following.lower in PARTICLES and j + 1 < len(tokens) and tokens[j + 1].capitalised
              and following.text.islower() and not (following.lower == "van" and lx.is_first_name(tokens[j + 1].lower)
                                                    and j + 2 < len(tokens) and not tokens[j + 2].capitalised)
              and not tokens[j + 1].lower.endswith(_ORGANISATION_ENDINGS)
              and not tokens[j + 1].lower.startswith(_ORGANISATION_STARTS)
              and not _first_name_of_somewhere(tokens, i, j)):
            # "Petra de Vries" (not "Sarah van de sportschool", not "juf Marieke van Emre": Emre's juf)
            j += 1
        else:
            break
    return end


def _first_name_of_somewhere(tokens: list[Token], i: int, j: int) -> bool:
    """"Anja van Carinova", "Sanne van Nidos": a first name alone, then "van" and one capitalised word, is someone
    of an organisation (or of someone: "Wendy van Johnny"); not "Petra van der Meer", "dokter Van Leeuwen"."""
    if j != i + 1 or tokens[j].lower != "van" or not lx.is_first_name(tokens[i].lower) \
            or i > 0 and tokens[i - 1].lower in lx.TITLES or tokens[j + 1].lower in PARTICLES:
        return False
    after = lx.fold(tokens[j + 1].lower)
    return not (after in _VAN_SURNAMES or lx.is_place(after))  # "Jan van Dijk", "Petra van Dongen"


def _a_word_not_a_name(tokens: list[Token], i: int, starts: set[int]) -> bool:
    """The capitalised word at ``i`` is a word, whatever follows: a pronoun, "PostNL", "Mien wief", "Lieve mensen",
    a relation, a title, a place ("in Goes"; not "diaken Bos")."""
    tok = tokens[i]
    low = tok.lower
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if low in _PRONOUNS or any(c.isupper() for c in tok.text[1:]) and "-" not in tok.text:
        return True  # "Jij bent ...", "PostNL", "DigiD"
    if low in lx.LANGUAGE_NAMES and (i > 0 and tokens[i - 1].lower == "het" or nxt in _LANGUAGE_USE):
        return True  # "in het Frans", "Frans spreken"; Frans the man elsewhere
    if lx.SHOP_NAMES.get(low) == nxt:
        return True  # "de Albert Heijn"
    if low in lx.DETERMINERS_OWN and i + 1 < len(tokens) and tokens[i + 1].is_word and tokens[i + 1].text.islower() \
            and (lx.is_relation(nxt) or i + 2 < len(tokens) and lx.is_relation(tokens[i + 2].lower)
                 or nxt not in lx.STOP_WORDS and not nxt.endswith("t")):
        return True  # "Mien wief", "Mien olle kollega", "Mien wicht": my (not "Mien zegt")
    if low in lx.STOP_WORDS and (i in starts or low in lx.CLIENT_PRONOUNS) \
            and not (lx.is_first_name(low) and low not in lx.CLIENT_PRONOUNS and nxt in NAME_VERBS):
        return True  # "Lieve mensen" is no name; "Lieve wil wel mee" is
    # "Peter" is a name; "peter" is a godfather only with "mijn" ("mijne peter", "ons Peter" is a name too)
    owned = i > 0 and tokens[i - 1].lower in lx.DETERMINERS_OWN - {"ons", "onze"}
    relation_word = lx.is_relation(low) and not (low in lx.NEEDS_OWNER and lx.is_first_name(low) and not owned)
    after_title = i > 0 and (tokens[i - 1].lower in lx.TITLES or lx.is_relation(tokens[i - 1].lower))
    return lx.fold(low) in lx.NON_PERSON_CAPS or low in lx.NON_PERSON_CAPS or relation_word or low in lx.TITLES \
        or lx.is_place(low) and not after_title


def _continues_organisation(tokens: list[Token], i: int, starts: set[int]) -> bool:
    """A capitalised word after a capitalised word that is no name, title, relation or particle, in mid
    sentence: the rest of an organisation's name."""
    j = i - 1
    if j >= 0 and tokens[j].text == "-":
        j -= 1
    if j < 0 or j in starts or tokens[j].sentence != tokens[i].sentence or not tokens[j].capitalised:
        return False
    low = tokens[j].lower
    return not (lx.is_first_name(low) or low in lx.TITLES or lx.is_relation(low) or low in PARTICLES
                or low in _PRONOUNS)


def _own_apposition(tokens: list[Token], i: int) -> bool:
    """"Mohammed, mijn neef", "bij Kwame, mijn collega": an unknown word made a name by its apposition."""
    comma = i + 1 < len(tokens) and tokens[i + 1].text == ","
    if not comma:
        return False
    if relation_np_at(tokens, i + 2, own_only=True) is not None:
        return True
    np = relation_np_at(tokens, i + 2)  # "Jorien, de behandelaar.": one who is that to her
    info = lx.relation_info(tokens[np[0]].lower) if np is not None and np[2] == "de" else None
    after = tokens[np[1] + 1].text if np is not None and np[1] + 1 < len(tokens) else "."
    return info is not None and info[1] in ("professionals", "work_school") and not info[3] and after in ".,;!?"


def _flemish_article(tokens: list[Token], i: int, starts: set[int]) -> bool:
    """"de Jef van hiernaast", "Mijn gebuur, de Jef,": a first name with the article, as Flemish speakers say it."""
    if not lx.is_first_name(tokens[i].lower) or tokens[i - 1].lower not in ("de", "den"):
        return False
    return i - 1 in starts or i > 1 and (tokens[i - 2].text in ",:" or tokens[i - 2].lower in ("en", "met", "bij"))


def _named_again(tokens: list[Token], i: int, starts: set[int]) -> bool:
    """"Ineke haar kat was weg. ... Ineke was blij.", "Ronnie heeft ... Dat zei Ronnie": an unknown capitalised
    word opening a sentence is a name when the answer writes it so again, mid-sentence (not as a place:
    "in Zwolle") or opening another sentence before a verb of saying or a possessive (not "Werk is zwaar.
    Werk was ...")."""
    from quez.extraction.cues import MATRIX_VERBS

    text = tokens[i].text
    for j, tok in enumerate(tokens):
        if j == i or tok.text != text:
            continue
        prev = tokens[j - 1].lower if j > 0 else ""
        nxt = tokens[j + 1].lower if j + 1 < len(tokens) else ""
        if j not in starts and prev not in _PLACE_BEFORE:
            return True
        if j in starts and (nxt in MATRIX_VERBS or nxt in ("haar", "zijn", "d'r", "z'n")):
            return True
    return False


_PLACE_BEFORE = frozenset("de het een der in te op uit vanuit richting naar bij om".split())  # "in Zwolle"


def _name_by_context(tokens: list[Token], i: int) -> bool:
    """An unknown capitalised word opening a sentence is a name when a name fits after it:
    "Denis zegt ...", "Marco van het darten", "Denis van hiernaast"."""
    from quez.extraction.cues import MATRIX_VERBS

    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    after = tokens[i + 2].lower if i + 2 < len(tokens) else ""
    # "Denis zegt", not "Mensen zeggen" nor "Knap vindt ze het" (the verb's subject follows it)
    singular = nxt in MATRIX_VERBS and not nxt.endswith("en") and after not in lx.SUBJECT_PRONOUNS | lx.CLIENT_PRONOUNS
    # "Kiara hoort dat", "Marij zou zeggen", "Kiano zelf, al zou hij ...", "Aaf stond erbij"; not "Verder snapt
    # niemand het", "Boven woont een oude man", "Helemaal zelf,": a word before the verb, its subject after it
    does = nxt in _A_PERSON_DOES and after not in lx.SUBJECT_PRONOUNS | lx.CLIENT_PRONOUNS | _SUBJECTS_AFTER \
        or nxt == "zelf" and after in (",", ".", "!", "?", "") \
        or nxt in ("stond", "zat", "kwam", "liep") and after in ("erbij", "ernaast", "naast", "bij")
    singular = singular or does and tokens[i].lower not in _NOT_SOMEONE
    # "Shanaya is negen, Dion zes": an age
    aged = nxt in ("is", "wordt", "werd") and (after.isdigit() or after in lx.AGES)
    singular = singular or aged and tokens[i].lower not in _NOT_SOMEONE
    listed = nxt in ("en", ",", "of") and i + 2 < len(tokens) and tokens[i + 2].capitalised \
        and lx.fold(after) not in lx.NON_PERSON_CAPS and not lx.is_relation(after) and after not in lx.STOP_WORDS \
        and tokens[i].lower not in INTERJECTIONS  # "Kwame en Ama", "Kofi, Ama en Yaw"; not "Oh en Bobby"
    other_form = nxt == "," and after == "of" and i + 3 < len(tokens) and tokens[i + 3].capitalised  # "Akosua, of Akos"
    is_my = nxt in ("is", "was") and any(  # "Ineke is (eigenlijk) mijn buurvrouw", not "Trots is ze, mijn moeder"
        tokens[j].lower in lx.DETERMINERS_OWN and lx.is_relation(tokens[j + 1].lower)
        and all(tokens[x].lower in _BETWEEN_IS_AND_MY for x in range(i + 2, j))
        for j in range(i + 2, min(i + 5, len(tokens) - 1)))
    other_form = other_form or is_my or nxt in lx.POSTPOSED_KIN  # "Sevim abla, ..."
    placed = nxt == "van" and after in ("hiernaast", "de", "het", "mijn", "m'n", "mn", "boven", "beneden", "driehoog",
                                        "om")
    return singular or listed or other_form or placed


_BETWEEN_IS_AND_MY = frozenset("eigenlijk echt ook gewoon al nog altijd".split())
#: what only a person does, said of the word before it: "Kiara hoort dat", "Marij zou zeggen", "Gerrit belt"
_A_PERSON_DOES = frozenset("hoort hoorde zou weet wist snapt snapte begrijpt begreep belt belde appt vraagt vroeg "
                           "lacht lachte huilt huilde kookt woont knikte knikt".split())
_SUBJECTS_AFTER = lx.DETERMINERS_PLAIN | lx.DETERMINERS_OWN | {"niemand", "iedereen", "er", "d'r", "geen", "nooit"}
_NOT_SOMEONE = frozenset("helemaal verder boven beneden rechts links naast achter daar hier thuis samen alleen "
                         "vroeger later eerst soms".split())


_LIST_OPENERS = frozenset("met bij voor aan van en of zoals mijn".split())
_LIST_CLOSERS = frozenset("en zijn waren hebben komen vaker ook allebei samen".split())


def coordinated_names(tokens: list[Token], found: list[PersonMention]) -> list[PersonMention]:
    """"djayden en naomi": an unknown lower-case word joined by "en" to a name is a name too."""
    at = {i for m in found for i in range(m.first, m.last + 1)}
    extra = []
    for m in found:
        if not m.name or m.relation:
            continue
        for j, link in ((m.first - 2, m.first - 1), (m.last + 2, m.last + 1)):
            if not (0 <= j < len(tokens)) or j in at or tokens[link].lower != "en":
                continue
            if j < m.first and not (j == 0 or tokens[j - 1].text in ",:" or tokens[j - 1].lower in _LIST_OPENERS):
                continue  # "is weer geweest en Ryan": a verb, not a name
            if j > m.last and j + 1 < len(tokens) and not (tokens[j + 1].text in ".,!?;" or
                                                           tokens[j + 1].lower in _LIST_CLOSERS):
                continue
            tok = tokens[j]
            low = lx.fold(tok.text)
            if (tok.is_word and tok.text.isalpha() and tok.text.islower() and 2 <= len(low) <= 12
                    and low not in lx.STOP_WORDS and low not in lx.WORDS and not lx.is_relation(low)
                    and low not in lx.CLIENT_PRONOUNS | lx.SUBJECT_PRONOUNS | OBJECT_PRONOUNS  # "van mij en nova"
                    and low not in lx.DETERMINERS_OWN | lx.DETERMINERS_OTHER | lx.DETERMINERS_PLAIN):
                extra.append(named(tokens, j, j, tok.text[:1].upper() + tok.text[1:]))
                at.add(j)
    return sorted(found + extra, key=lambda x: x.first)


def named(tokens, i, end, name) -> PersonMention:
    return PersonMention(
        name=name, relation=None, stem=None, category="other", closeness=None, own=True, plural=False,
        qualifier="", start=tokens[i].start, end=tokens[end].end, first=i, last=end, confidence=0.8,
    )


def name_like_after(tokens: list[Token], j: int) -> bool:
    """A particle that starts a surname: "van Leeuwen", "de Boer" (a capital after the particles)."""
    k = j
    while k < len(tokens) and tokens[k].lower in PARTICLES:
        k += 1
    return k < len(tokens) and tokens[k].capitalised


def titled_name_end(tokens: list[Token], j: int, starts: set[int]) -> int | None:
    """The name after "meneer"/"mevrouw": "De Wit", "de Boer", "van der Meer", "el amrani", "koster"."""
    k = j
    while k < len(tokens) and tokens[k].lower in PARTICLES and tokens[k].sentence == tokens[j].sentence:
        k += 1
    if k < len(tokens) and tokens[k].text == "." and k + 1 < len(tokens) and j > 0 \
            and tokens[j - 1].lower in ABBREVIATIONS:  # "Dr. Yilmaz", "ds. Van Ommen"
        k += 1
        while k < len(tokens) and tokens[k].lower in PARTICLES:
            k += 1
    if k >= len(tokens) or not tokens[k].is_word or tokens[k].sentence != tokens[j].sentence:
        return None
    if tokens[k].capitalised and lx.fold(tokens[k].lower) in lx.NON_PERSON_CAPS:
        return None  # "de mevrouw van de Voedselbank"
    if tokens[k].capitalised:  # "De Wit", "de Boer": after a title, capitals are the surname
        while k + 1 < len(tokens) and tokens[k + 1].capitalised and tokens[k + 1].sentence == tokens[k].sentence:
            k += 1
        return k
    low = tokens[k].lower
    from quez.extraction.cues import MATRIX_VERBS

    if low in lx.STOP_WORDS or lx.is_relation(low) or low in lx.COPULAS or not tokens[k].text.isalpha() \
            or low in _PLACE_WORDS or low in MATRIX_VERBS or low in NAME_VERBS:
        return None  # not "Ksiądz zei"
    return k  # "meneer koster": after a title a lower-case word is the surname


def known_name_form(tokens: list[Token], i: int, known: frozenset[str], starts: set[int]) -> str | None:
    """"Marjo belt", "ron vindt", "Fleurtje zei": a short, pet or other spelling of a name the conversation
    knows (the follow-up's person above all), written as the client wrote it."""
    tok = tokens[i]
    if not known or not tok.is_word or len(tok.text) < 2 or not (tok.capitalised or tok.text.islower()):
        return None
    folded = lx.fold(tok.text)
    if folded in lx.STOP_WORDS or folded in _PRONOUNS or lx.is_relation(folded) \
            or tok.lower in lx.TITLES or lx.fold(tok.lower) in lx.NON_PERSON_CAPS:
        return None
    if folded in known:  # "Mariska belt altijd": a name the conversation knows, also opening a sentence
        return tok.text if tok.capitalised else None
    if tok.text.islower():  # "ron vindt", "lot zegt" typed without capitals; not "de kat", "hij belt"
        from quez.extraction.cues import MATRIX_VERBS

        nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        opens = i in starts and nxt.isalpha() and nxt not in lx.STOP_WORDS  # "elifje zet foto's", "kimmie stuurt"
        if nxt not in NAME_VERBS and nxt not in MATRIX_VERBS and not opens \
                or has_capitals(tokens):
            return None
    if not any(lx.name_form_of(folded, k) for k in known):
        return None
    return tok.text[:1].upper() + tok.text[1:]


def name_after_relation(tokens: list[Token], j: int) -> bool:
    """"mijn tante hiba en mn oom omar", "mijn vriendin els.": a lower-case word right after a relation and
    before the end of the phrase is a name, listed or not (not a word the extractor knows as something else)."""
    tok = tokens[j]
    low = tok.lower
    if not tok.is_word or not tok.text.isalpha() or not tok.text.islower() or not 2 <= len(low) <= 12:
        return False
    if has_capitals(tokens):
        return False  # only in answers typed without capitals: elsewhere a name after "tante" has one
    if low in lx.STOP_WORDS or lx.is_relation(low) or low in lx.COPULAS or low in lx.DETERMINERS_OWN:
        return False
    if low in NOT_NAMES or (low.endswith(("en", "t", "d", "ig", "lijk")) and not lx.is_first_name(low)):
        return False  # "voor mama zorgen.", "De buurvrouw beneden,"
    from quez.extraction.cues import MATRIX_VERBS

    nxt = tokens[j + 1].lower if j + 1 < len(tokens) else "."
    if nxt in (".", ",", "!", "?", ")") or j + 1 >= len(tokens) or not lx.is_first_name(low):
        if _ends_a_clause_with_a_subject(tokens, j):
            return False  # "dat ik het mn moeder aandoe", "dat ik voor pap kies tegen haar": the clause's verb
    said = nxt in MATRIX_VERBS and not nxt.endswith("en")  # "neef dwayne zegt altijd ..."
    placed = nxt in ("van", "uit", "bij", "die")  # "mn maat sem van de bouw", "mijn zus anouk die ..."
    placed = placed or nxt in _AFTER_A_NAME  # "me baas ton tegen haar", "mijn buurvrouw els heeft ..."
    return low not in MATRIX_VERBS and (nxt in (".", ",", "!", "?", "en", ")") or said or placed
                                        or j + 1 >= len(tokens))


#: a verb a lower-case name may go before (not "zal", "zou", "is", the verbs of saying: read elsewhere), or "tegen"
_AFTER_A_NAME = NAME_VERBS - frozenset("zal zou zij is was vindt zegt zei".split()) | {"tegen"}
_CLAUSE_SUBJECTS = frozenset("ik 'k k je jij ge gij u we wij hij zij ze".split())


def _ends_a_clause_with_a_subject(tokens: list[Token], j: int) -> bool:
    """Token ``j`` closes a sub-clause that has its subject ("dat ik het mn moeder aandoe"): there, the last word
    is the verb."""
    from quez.extraction.grammar import SUBORDINATORS

    for k in range(j - 1, -1, -1):
        if tokens[k].sentence != tokens[j].sentence or tokens[k].text in ",;:":
            return False
        if tokens[k].lower in SUBORDINATORS:  # "dat ik", not "dat hoorde ik van juf kim"
            return k + 1 < j and tokens[k + 1].lower in _CLAUSE_SUBJECTS
    return False
