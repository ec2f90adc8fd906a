"""Polarity of a stretch of an answer: the cues in it, flipped by the negation that reaches them.

"vindt niet dat ik het goed doe" is negative, "verwijt me niks" and "oordeelt nooit" are
positive (a negated reproach), a critical remark with one kind word stays critical.
"""

from __future__ import annotations

from dataclasses import dataclass

from quez.extraction import lexicon as lx

_NEW_SUBCLAUSE = frozenset(", dat da omdat en".split())
#: sub-clauses a negation after a verb does not reach back from ("snapt me ook als mijn Nederlands niet goed is")
_AFTER_STOP = frozenset("als wanneer hoewel terwijl toen maar want zodat waarom".split())
_SOMEONE_ELSES = frozenset("zijn z'n zn haar d'r hun".split())
_SCARCELY = frozenset("weinig amper nauwelijks".split())
_MODALS = frozenset("moet moeten moest moesten mag mocht".split())
_HAD = frozenset("had hadden hadt".split())
#: "niet betekent dat", "niet waar dat", "niet zo dat", "moet niet denken dat ge 't slecht doet"
_MEANS = frozenset("betekent betekende waar zo denken denk denkt".split())


@dataclass(frozen=True)
class Polarity:
    sign: int  # +1 good about the client, -1 against, 0 none
    stance: str | None
    any_cue: bool
    descriptive_only: bool = False  # only adjectives such as "goed", "knap" (they may describe someone else)


def evaluate(answer, first: int, last: int, matrix_negations: int = 0) -> Polarity:
    """Polarity, stance and whether there was any cue in tokens ``first..last``."""
    cues = [c for c in answer.cues if first <= c.first and c.last <= last]
    contrast = [j for j in range(first, last + 1) if answer.tokens[j].lower == "maar"
                and j + 1 <= last and answer.tokens[j + 1].is_word]  # not "vraag maar, ..."
    if contrast and any(c.first > contrast[-1] and c.polarity for c in cues):
        # "ze bemoeit zich overal mee, maar ze meent het goed": what comes after "maar" counts
        first = contrast[-1] + 1
        cues = [c for c in cues if c.first >= first]
    consumed = {i for c in cues if c.consumes_negation for i in range(c.first, c.last + 1)}
    positive = negative = 0
    stance = None
    any_cue = False
    descriptive = True
    window_start = first
    for c in cues:
        if c.polarity == 0 or _wished(answer, c, window_start) or _clients_own(answer, c, window_start) \
                or positive and _condition(answer, c, window_start) or said_of_someone_else(answer, c, window_start):
            window_start = c.last + 1
            continue
        any_cue = True
        sign = _signed(answer, c, cues, window_start, last, consumed, matrix_negations)
        if sign == 0:
            window_start = c.last + 1
            continue
        if sign > 0:
            positive += 1
            stance = stance or (c.stance if c.polarity > 0 else "no_blame")  # "niet lui", "geen zwakte": no reproach
            descriptive = descriptive and c.descriptive
        else:
            negative += 1
            if stance is None or negative > positive:
                stance = c.stance if c.polarity > 0 else "tension"
        window_start = c.last + 1
    if negative and negative >= positive:  # a critical remark with a kind word is still critical
        return Polarity(-1, stance if stance != "does_well" else "tension", any_cue)
    if positive:
        return Polarity(1, stance, any_cue, descriptive)
    return Polarity(0, None, any_cue)


def _wished(answer, c, window_start: int) -> bool:
    """"Mijn man zou het moeten snappen": what should be, not what is."""
    words = {answer.tokens[j].lower for j in range(window_start, c.first)}
    return "zou" in words and bool(words & {"moeten", "moest"})


def _object_dat(answer, j: int) -> bool:
    """"Zeynep snapt dat nog niet": "dat" is what is understood (an object), no clause of its own."""
    words = []
    for t in answer.tokens[j + 1: j + 5]:
        if not t.is_word:
            break
        words.append(t.lower)
    return bool(words) and all(w in lx.NEGATORS or w in ("nog", "wel", "ook", "echt", "helemaal", "zo", "goed")
                               for w in words)


def _blames_another(answer, c) -> bool:
    """"Mijn moeder geeft haar vriend de schuld": the blame goes to someone named, not to the client."""
    c0 = answer.clause_range(c.first)[0]
    gives = next((j for j in range(c.first - 1, c0 - 1, -1) if answer.tokens[j].lower in ("geeft", "gaf", "geven",
                                                                                            "geef")), None)
    if gives is None:
        return False
    between = range(gives + 1, c.first)
    return any(j in answer.at for j in between) and not answer.mentions_client(gives + 1, c.first - 1)


def _condition(answer, c, window_start: int) -> bool:
    """"Zij snapt mij ook als mijn Nederlands niet goed is": after what someone thinks, a clause with "als" says
    when, not a second view."""
    for j in range(c.first - 1, window_start - 1, -1):
        low = answer.tokens[j].lower
        if low in ("als", "wanneer", "zelfs", "hoewel", "ookal"):
            return True
        if low in _NEW_SUBCLAUSE or low in (".", "!", "?", ";", "maar"):
            return False
    return False


_THIRD_PERSONS = frozenset("hij zij ze die hem".split())


def said_of_someone_else(answer, c, window_start: int) -> bool:
    """"Mijn zus zegt dat mijn moeder overdrijft en dat ik juist sterk ben": a reproach whose clause has someone
    else as its subject, and nothing of the client, is said of them."""
    if c.polarity >= 0 or c.stance != "tension":
        return False
    start = max((j + 1 for j in range(window_start, c.first) if answer.tokens[j].lower in _NEW_SUBCLAUSE),
                default=window_start)
    if start >= c.first or answer.mentions_client(start, c.last) or any(
            answer.tokens[j].text in ':"“' for j in range(start, c.first)):
        return False
    first = answer.tokens[start].lower
    if (start in answer.at or first in _THIRD_PERSONS) and answer.tokens[start - 1].lower in ("dat", "da"):
        return True
    # "de gokkast is slecht", "het systeem deugt niet": a thing, said to be bad
    return first in ("de", "het", "'t") and start + 1 < c.first and answer.tokens[start + 1].is_word \
        and start + 1 not in answer.at and any(answer.tokens[j].lower in lx.COPULAS
                                               for j in range(start + 2, answer.clause_range(c.first)[1] + 1))


def _clients_own(answer, c, window_start: int) -> bool:
    """"als ik iets niet snap", "dat ik het zelf niet begrijp": the client's understanding, nobody's view of her."""
    if not c.verb or c.stance != "understanding":
        return False
    s0 = answer.sentences[answer.tokens[c.first].sentence][0]
    if any(answer.tokens[j].text in ':"“' for j in range(s0, c.first)):
        return False  # "zegt ze: ik snap het": the speaker's "ik"
    for j in range(c.first - 1, window_start - 1, -1):
        low = answer.tokens[j].lower
        if low in lx.CLIENT_PRONOUNS:
            return True
        if low in _NEW_SUBCLAUSE or low in lx.SUBJECT_PRONOUNS or j in answer.at:
            return False
    return False


def _signed(answer, c, cues, window_start: int, last: int, consumed: set[int], matrix_negations: int) -> int:
    if c.stance == "no_blame" and c.first > 0 and answer.tokens[c.first - 1].lower in _SOMEONE_ELSES:
        return -c.polarity  # "dat het romano zn schuld is": someone else's fault, not hers
    if c.stance == "no_blame" and _blames_another(answer, c):
        return -c.polarity
    local = negators(answer, window_start, c.first - 1, consumed) + _inside(answer, c)
    negs = matrix_negations + local
    clause = max((j + 1 for j in range(window_start, c.first) if answer.tokens[j].lower in _NEW_SUBCLAUSE),
                 default=window_start)  # "dat ik grenzen mag stellen en dat dat geen falen is": not that "mag"
    if c.polarity < 0 and c.stance == "tension" and local \
            and any(answer.tokens[j].lower in _MODALS for j in range(clause, c.first)):
        # "dat ik me niet zo moet aanstellen" is still a reproach ("niet hoeven schamen" is not), and
        # "zegt nooit dat ik me niet moet aanstellen" denies it
        return -c.polarity if matrix_negations % 2 else c.polarity
    if c.verb:
        end = min(answer.clause_range(c.first)[1], last)
        later = [d.first for d in cues if d.first > c.last]
        stop = min([end, *[x - 1 for x in later]])
        negs += negators(answer, c.last + 1, stop, consumed, after=True)
        after = {answer.tokens[j].lower for j in range(c.last + 1, min(stop, c.last + 4) + 1)}
        if after & _SCARCELY and not negs:
            return -c.polarity  # "snapt er weinig van"
        if "minder" in after:
            return 0  # "Rob snapt er minder van": less than the others, no view of her either way
    return c.polarity if negs % 2 == 0 else -c.polarity


def _inside(answer, c) -> int:
    """Negators a cue's own words let in: "staat nooit klaar", "komt nooit bij mij voor advies", "ziet niet wat ik
    doe" (a phrase whose negator is part of it consumes it; one that opens with it, "nooit zo'n ... gezien", keeps
    it)."""
    if c.consumes_negation or c.polarity < 0 and any(answer.tokens[j].lower in _MODALS | _HAD
                                                     for j in range(c.first, c.last + 1)):
        return 0  # "had niet moeten vluchten" is still a reproach
    return sum(answer.tokens[j].lower in lx.NEGATORS for j in range(c.first + 1, c.last + 1))


def negators(answer, a: int, b: int, consumed: set[int], after: bool = False) -> int:
    """Negators in tokens ``a..b``: before a cue (the last sub-clause counts), or ``after`` a verb cue
    (up to the next sub-clause: "snapt het niet, zegt ze" is negated, "snapt het, niet dat..." is not)."""
    n = 0
    for j in range(max(a, 0), b + 1):
        tok = answer.tokens[j]
        if after and j == a and tok.lower in ("dat", "omdat") and not _object_dat(answer, j):
            break  # "snapt dat het thuis even niet gaat": the negation is in what is understood
        if (tok.lower in _NEW_SUBCLAUSE or after and tok.lower in _AFTER_STOP) and j > a:
            if after:
                break
            if tok.lower == "dat" and answer.tokens[j - 1].lower in _MEANS:
                continue  # "het betekent niet dat je dom bent": the negation reaches into the clause
            if tok.lower == "omdat" and answer.tokens[j - 1].lower in lx.NEGATORS:
                continue  # "niet omdat je zwak bent, maar ...": the reason is denied
            n = 0  # a new sub-clause: earlier negation does not reach the cue
        if tok.lower in lx.NEGATORS and j not in consumed and not _never_seen_so(answer, j) \
                or _instead_of(answer.tokens, j):
            n += 1
    return n


def _instead_of(t, j: int) -> bool:
    """"in plaats van te klagen", "zonder te zeuren": what she does not do."""
    word = t[j].lower
    nxt = t[j + 1].lower if j + 1 < len(t) else ""
    return word == "plaats" and j > 0 and t[j - 1].lower == "in" and nxt == "van" or word == "zonder" and nxt == "te"


#: having seen or met someone: "nog nooit zo ... gezien" is praise of how she is, not a denial
_SEEN = frozenset("gezien zien zag meegemaakt gehoord gekend ontmoet tegengekomen".split())


def _never_seen_so(answer, j: int) -> bool:
    """"ik heb je nog nooit zo rustig gezien", "nog nooit iemand zo snel ... zien maken": "nooit" with "zo" and a
    verb of seeing says how much, it denies nothing."""
    t = answer.tokens
    if t[j].lower != "nooit":
        return False
    end = answer.clause_range(j)[1]
    near = [t[k].lower for k in range(j + 1, min(j + 4, end) + 1)]
    return bool({"zo", "zo'n", "zoiets", "zulke"} & set(near)) \
        and any(t[k].lower in _SEEN for k in range(j + 1, end + 1))
