"""Noun phrases with a relation word that name no one the client knows: what someone is ("ik ben de beste mama",
"die is zelf verpleegkundige", "werkt als kok"), what someone calls the client ("voor de flinkste vrouw van de
straat", "een buurvrouw als ik"), and nobody in particular ("weinig vriendinnen", "als je moeder je niet wil").
Used by :mod:`quez.extraction.persons`.
"""

from __future__ import annotations

from quez.extraction import lexicon as lx
from quez.extraction.quoting import in_quote, quote_colon
from quez.extraction.tokens import Token


def is_predicate(tokens: list[Token], start: int, rel_end: int, det: str) -> bool:
    """"ik ben de beste mama", "als moeder", "dat ik een zorgzame dochter ben", "vindt me de leukste papa":
    the client (or what someone is), not a person."""
    prev = tokens[start - 1].lower if start > 0 and tokens[start - 1].sentence == tokens[start].sentence else ""
    before2 = tokens[start - 2].lower if start > 1 else ""
    if det in lx.DETERMINERS_OTHER | lx.DETERMINERS_OWN and prev in lx.COPULAS and before2 in ("ik", "jij", "je", "u"):
        return True  # "Ik ben zijn peetoom", "jij bent mijn beste vriendin"
    if det in lx.DETERMINERS_OTHER | lx.DETERMINERS_OWN and prev in lx.SUBJECT_PRONOUNS and before2 in lx.COPULAS:
        return True  # "Vroeger was hij mijn grote broer": what he was, no second person
    if prev in lx.CLIENT_WORDS and before2 in lx.COPULAS:
        return True  # "Volgens haar ben ik een goeie mama"
    window = {t.lower for t in tokens[max(0, start - 5): start]}
    if det in lx.DETERMINERS_OTHER | {""} and window & {"me", "mij"} and window & lx.CALLING_VERBS:
        return True  # "Ze noemt me nu haar Nederlandse zus", "Hij noemt mij altijd baas"
    if det == "deze" and _quoted(tokens, start):
        return True  # "Ze zei tegen haar collega's: deze moeder is een leeuwin": the one spoken of, there
    if _likeness(tokens, start, det, prev, before2):
        return True  # "Hij is als mijn broer", "zij is meer een zus dan een vriendin", "waren we als broer en zus"
    if det in lx.DETERMINERS_OTHER and _client_then_copula(tokens, start, rel_end):
        return True  # "dat ik hun tweede moeder ben", "dat ze mij haar beste vriend noemt"
    if _praise_of_client(tokens, start, rel_end, det, prev):
        return True
    if det in lx.DETERMINERS_OWN or det in lx.DETERMINERS_OTHER:
        return False
    if det in ("de", "een") and adjective_before(tokens, start, rel_end) and prev not in _PREPOSITIONS \
            and _client_is_subject(tokens, start):
        return True  # "ik ben volgens mijn schoonmoeder de beste schoondochter"
    k = start - 1
    while k > 0 and (tokens[k].lower in BEFORE_WHAT_ONE_IS or tokens[k].lower in lx.NEGATORS):
        k -= 1  # "Die is zelf verpleegkundige", "jij bent nog steeds de baas", "u bent niet de eerste moeder"
    if k > 0 and tokens[k].lower in lx.SUBJECT_PRONOUNS | {"ik", "jij", "je", "u", "ge", "gij"} \
            and tokens[k - 1].lower in lx.COPULAS:
        k -= 1  # "Overdag ben ik gewoon moeder", "was hij ook chauffeur"
    if tokens[k].lower in lx.COPULAS and k >= 0 and tokens[k].sentence == tokens[start].sentence:
        return True
    if prev == "als" and (det in ("", "een") or adjective_before(tokens, start, rel_end)):
        return True  # "als moeder", "als de beste oma van de wereld"; not "als de kinderen spelen"
    if prev in ("zoals", "gelijk") and det == "een":
        return True  # "zoals een oma voor Yusuf" (not "zoals mama deed")
    nxt = tokens[rel_end + 1].lower if rel_end + 1 < len(tokens) else ""
    info = lx.relation_info(tokens[rel_end].lower) if det == "een" and nxt == "voor" else None
    if info is not None and info[1] == "family" and not info[3]:
        return True  # "meer een oma voor de kinderen", "echt een broer voor mij" (not "een psycholoog voor Dani")
    if det == "een" and (nxt in lx.COPULAS or nxt == "te"):
        return True
    if not det and nxt in lx.COPULAS and prev and lx.is_relation(prev):
        return True  # "dat haar grote zus verpleegkundige is"
    if det not in ("een", "de", "") or tokens[rel_end].lower in lx.PLURAL:
        return False
    return _what_the_client_is(tokens, start, rel_end, prev)


def _what_the_client_is(tokens: list[Token], start: int, rel_end: int, prev: str) -> bool:
    """The client, the noun, then a copula ("dat ik een zorgzame dochter ben", "dat ik de vetste opa van de straat
    ben"), or a calling verb with the client right before the noun ("vindt mij de leukste mama", "noemt me een held",
    "dat de juf me een goede moeder vindt")."""
    clause = tokens[start].clause
    before = {t.lower for t in tokens[:start] if t.clause == clause}
    if not before & lx.CLIENT_WORDS:
        return False
    after = [t.lower for t in tokens[rel_end + 1:] if t.clause == clause and t.is_word]
    if after[:1] == ["van"]:
        after = after[3:] if len(after) > 3 else []
    if any(w in lx.COPULAS for w in after[:3]):
        return True
    return prev in ("me", "mij", "je", "jou") and bool((before | set(after[:2])) & lx.CALLING_VERBS)


def _likeness(tokens: list[Token], start: int, det: str, prev: str, before2: str) -> bool:
    """What someone is like, after a copula or "zag ... als": "is als mijn broer", "die zag ik als mijn eigen broer",
    "waren we als broer en zus", "is meer een zus dan een vriendin" (not "als mijn zus belt": when she calls)."""
    if prev == "als" and det in lx.DETERMINERS_OWN | {""}:
        j = start - 2
        while j > 0 and tokens[j].lower in BEFORE_WHAT_ONE_IS:
            j -= 1
        if tokens[j].lower in lx.COPULAS:  # "Hij is als mijn broer" (not "ik ben net als mijn moeder": her mother)
            return j > 0 and tokens[j - 1].lower in lx.SUBJECT_PRONOUNS
        return tokens[j].lower in lx.SUBJECT_PRONOUNS | {"ik"} and j > 0 and tokens[j - 1].lower in _SEEING_AS
    return prev == "meer" and det in ("een", "") and before2 in lx.COPULAS


_SEEING_AS = frozenset("zie ziet zag zagen voel voelt voelde voelden beschouw beschouwt noem noemt behandel "
                       "behandelt".split())
_PREPOSITIONS = frozenset("met voor aan bij naar over van op tegen via door zonder om uit in".split())
BEFORE_WHAT_ONE_IS = frozenset("zelf ook nog wel al echt gewoon eigenlijk steeds altijd weer toch nu heus".split())
_LIKE_ME = frozenset("ik mij me jij jou".split())


def _praise_of_client(tokens: list[Token], start: int, rel_end: int, det: str, prev: str) -> bool:
    """What someone calls the client, no one else: "zegt: voor de flinkste vrouw van de straat", "zegt: mijn grote
    jongen", "blij met een buurvrouw als ik", "Als haar lieve kleinkind.", "als zn maatje."."""
    nxt = tokens[rel_end + 1].lower if rel_end + 1 < len(tokens) else "."
    if nxt == "als" and rel_end + 2 < len(tokens) and tokens[rel_end + 2].lower in _LIKE_ME and (
            rel_end + 3 >= len(tokens) or not tokens[rel_end + 3].is_word):
        return True  # "blij met een buurvrouw als ik." (not "aan de buurvrouw als ik een goed cijfer heb")
    ends = nxt in (".", "!", "?", ",", ";") or rel_end + 1 >= len(tokens)
    if prev == "als" and ends and det in lx.DETERMINERS_OTHER | {"een", "de", ""}:
        return True  # "Als haar lieve kleinkind.", "als zn maatje."
    if det == "een" and _described_in_quote(tokens, start):
        return True  # "Mijn zoon zou zeggen: een harde werker, een vader die nooit klaagt"
    praised = any(
        tokens[j].lower not in lx.DISTINGUISHING and (tokens[j].lower.endswith("ste") or tokens[j].lower in
                                                       lx.PRAISE_ADJECTIVES) for j in range(start, rel_end))
    return praised and det in ("de", "een", "mijn", "m'n", "mn") and _spoken(tokens, start) and (
        det not in lx.DETERMINERS_OWN or _quoted(tokens, start))


_QUOTE_SUBJECTS = frozenset("ik jij je hij zij ze u we wij jullie die dat het".split())


def _described_in_quote(tokens: list[Token], i: int) -> bool:
    """A quote that only describes ("zou zeggen: een harde werker, een vader die ..."): no subject before ``i``."""
    colon = quote_colon(tokens, i)
    if colon is None or i - colon > 8:
        return False
    return not any(tokens[j].lower in _QUOTE_SUBJECTS for j in range(colon + 1, i))


def _quoted(tokens: list[Token], i: int) -> bool:
    s = tokens[i].sentence
    return any(t.sentence == s and t.text in ':"“‘' for t in tokens[:i])


def _client_is_subject(tokens: list[Token], start: int) -> bool:
    """"ik ben ...", "ben ik ..." earlier in the clause of token ``start``."""
    clause = tokens[start].clause
    words = [t.lower for t in tokens[:start] if t.clause == clause]
    pairs = zip(words, words[1:], strict=False)
    return any(a == "ik" and b in lx.COPULAS or a in lx.COPULAS and b == "ik" for a, b in pairs)


def _client_then_copula(tokens: list[Token], start: int, rel_end: int) -> bool:
    """The client is the subject ("dat ik ... ben") or object of a calling verb ("mij ... noemt") of the noun."""
    clause = tokens[start].clause
    before = [t.lower for t in tokens[max(0, start - 4): start] if t.clause == clause]
    after = [t.lower for t in tokens[rel_end + 1: rel_end + 3] if t.clause == clause and t.is_word]
    if "ik" in before and any(w in lx.COPULAS for w in after[:1]):
        return True
    return bool({"me", "mij"} & set(before)) and bool(set(after[:1]) & lx.CALLING_VERBS)


#: relation words said before a surname ("Dokter van Leeuwen", "meester de Boer"); not "hulpverlener van Youké"
def adjective_before(tokens: list[Token], start: int, rel_end: int) -> bool:
    return any(t.lower in lx.ADJECTIVES or t.lower.endswith("ste") for t in tokens[start + 1: rel_end])


def is_generic(tokens: list[Token], start: int, rel_i: int, plural: bool, adjective: str, det: str = "") -> bool:
    """"weinig vriendinnen", "geen vrienden", "andere moeders", "de hele familie": nobody in particular."""
    if adjective in lx.GENERIC_ADJECTIVES:
        return True
    prev = tokens[start - 1].lower if start > 0 else ""
    k = start - 1
    while k > 0 and start - k <= 2 and tokens[k].text.islower() and tokens[k].lower.endswith("e") \
            and tokens[k].lower not in ("de", "die", "deze"):
        k -= 1  # "geen slechte moeder"
    if not det and k >= 0 and tokens[k].lower == "geen":  # "had geen oppas", "jij bent geen slechte moeder"
        return True
    if det == "een" and prev == "van" and start > 2 and tokens[start - 3].lower == "een":
        return True  # "een kanjer van een moeder", "een voorbeeld van een vader": what she is
    if det == "zo'n" and not plural:  # "nog nooit zo'n nette mantelzorger gezien": a kind of person
        return True
    after = tokens[rel_i + 1].lower if rel_i + 1 < len(tokens) else ""
    if plural and not det and after == "voor" and prev in ("zijn", "zijt") and start > 1 \
            and tokens[start - 2].lower in ("daar", "daarvoor", "ervoor", "er"):
        return True  # "daar zijn buren voor": what neighbours are for
    if prev in ("elke", "iedere", "ieder") or prev == "enkele" and start > 1 and tokens[start - 2].lower == "geen":
        return True  # "niet aan elke stagiaire", "geen enkele man in de familie"
    example = {t.lower for t in tokens[max(0, start - 4): start - 1]} & {"voorbeeld", "inspiratie"}
    if plural and det == "de" and start > 1 and tokens[start - 1].lower == "voor" and example \
            and tokens[rel_i].lower in lx.GROUP_NOUNS:
        return True  # "een voorbeeld voor de jonge moeders": a kind of people
    info = lx.relation_info(tokens[rel_i].lower) if det == "de" and prev == "naar" else None
    if info is not None and info[1] == "professionals" and in_quote(tokens, start):
        return True  # "zei: de enige vent die zelf naar de dokter stapt": anyone's visit (hers is her doctor)
    if plural and start == rel_i - 1 and tokens[start].lower in lx.NUMERALS:  # "met drie kinderen"
        return True
    if not det and (prev == "als" or prev == "voor" and info_of(tokens[rel_i].lower) == "professionals"):
        return True  # "werkt als kok", "als moeder wil je ...", "studeert voor verpleegkundige": a role
    if det == "een" and prev == "als":
        return True  # "ze is als een moeder voor me"
    if det == "een" and start + 1 < len(tokens) and tokens[start + 1].lower == "soort":
        return True  # "Rob regelt mijn geld, een soort bewindvoerder": what he is like, no second person
    if det in ("een", "ne", "nen") and not plural and _kind_of_one(tokens, start, rel_i):
        return True  # "een man die voor mij kookt", "een ex die niet betaalt": a kind of person, no one she knows
    if det in ("je", "jouw", "jullie", "uw") and info_of(tokens[rel_i].lower) == "family" \
            and not _spoken(tokens, start):
        return True  # "hoe het is als je moeder je niet wil": anyone's mother
    if plural and not det and not (start > 0 and tokens[start - 1].lower in (",", "en")):
        return True  # "Vrienden heb ik niet veel", "nieuwe collega's": no determiner, nobody in particular
    clause = tokens[rel_i].clause
    later = {t.lower for t in tokens[rel_i + 1: rel_i + 8] if t.clause == clause}
    partitive = start > 0 and tokens[start - 1].lower == "van"
    if plural and partitive and later & {"niemand", "geen", "weinig"}:
        return True  # "Van mijn vrienden van vroeger is bijna niemand over"
    prev = tokens[start - 1].lower if start > 0 and tokens[start - 1].sentence == tokens[start].sentence else ""
    before = {tokens[k].lower for k in range(start, rel_i)}
    return plural and bool(({prev} | before) & lx.QUANTIFIERS)


#: "heeft zelf ook een zoon die ...": someone's own, a real person
_HAVING = frozenset("heeft heb hebt had hadden hebben".split())


def _kind_of_one(tokens: list[Token], start: int, rel_i: int) -> bool:
    """"een man die kookt": an indefinite relation with a defining "die" right after it says what kind, not who
    (not "Ria heeft zelf ook een zoon die niet meer belt": hers)."""
    if rel_i + 1 >= len(tokens) or tokens[rel_i + 1].lower != "die":
        return False
    return not any(tokens[k].lower in _HAVING for k in range(max(0, start - 3), start))


def info_of(word: str) -> str | None:
    info = lx.relation_info(word)
    return info[1] if info else None


def _spoken(tokens: list[Token], i: int) -> bool:
    """Token ``i`` is in what someone says: after a colon or a quote mark, or after a verb of saying."""
    from quez.extraction.cues import MATRIX_VERBS

    s = tokens[i].sentence
    return any(t.sentence == s and (t.text in ':"“‘\'' or t.lower in MATRIX_VERBS) for t in tokens[:i])
