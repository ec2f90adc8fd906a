"""Splitting an answer into tokens, sentences and clauses (with character offsets)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+(?:['’]\w+)*(?:-\w+)*|['’]\w+|[^\w\s]", re.UNICODE)
SENTENCE_END = frozenset(".!?…")
CLAUSE_PUNCT = frozenset(",;:()—–-\"“”‘’")
#: abbreviations whose full stop ends no sentence ("Dr. Yilmaz", "mevr. De Vries")
ABBREVIATIONS = frozenset("dr drs mevr dhr mr ir prof st ds".split())
CLAUSE_WORDS = frozenset("maar want dus terwijl hoewel al".split())
#: words after "al" that make it "already", not "although" ("vertrouwt me al jaren niet", "al zeg ik het zelf")
_ALREADY = frozenset("jaren jaar lang maanden maand weken week dagen dag tijden tijd eeuwen sinds vanaf zolang zo heel "
                     "weer eens twee drie vier vijf zes tien twintig dertig veertig vijftig".split())
#: dialect forms (Limburgs, Zeeuws, Brabants, Gronings, Flemish) read as the standard word they can only be;
#: the token keeps its text ("Hae zeet" reads as "hij zegt")
DIALECT = {
    "zeit": "zegt", "zeet": "zegt", "zeej": "zei", "zeide": "zei", "vint": "vindt", "vunt": "vindt",
    "dinkt": "denkt", "dink": "denk", "hae": "hij", "heej": "hij", "hai": "hij", "dij": "die", "ich": "ik",
    "iech": "ik", "mich": "mij", "dich": "jou", "heur": "haar", "häör": "haar", "höör": "haar", "ouch": "ook",
    "oos": "ons", "neet": "niet", "nit": "niet", "gin": "geen", "mar": "maar", "bin": "ben", "bint": "bent",
    "uut": "uit", "bie": "bij", "veur": "voor", "nao": "naar", "mit": "met", "altied": "altijd", "as": "als",
    "dae": "die", "miech": "mij", "diech": "jou", "good": "goed", "oek": "ook", "jie": "jij", "teugen": "tegen",
    "dieje": "die", "zunder": "zonder", "nait": "niet", "nich": "niet", "nig": "niet", "mor": "maar",
    "gain": "geen", "zeid": "zei",
}
#: Limburgs "zie" is "zij" at the start of a clause, before its verb ("Zie zeet", not "Zie je wel", "ik zie")
_CLAUSE_OPENERS = frozenset(", : ; en mer mar maar want dan dus".split())
#: Zeeuws and Flemish "ma" opening a clause before a subject or possessive is "maar" ("ma ze zei", "Ma heur
#: dochter belde"), not "Ma zegt"
_AFTER_MA_MAAR = frozenset("ze zij hij ie ik 'k we wij jij je ge gij heur haar z'n zijn zn m'n mijn mn dat da hun "
                           "ons onze".split())  # not "Ma wel, die belt", "Ma die altijd klaarstaat"
_NOT_AFTER_ZIE = frozenset("je jij ge gij u het 't da dat de die wel maar eens ens er".split())


@dataclass(frozen=True)
class Token:
    text: str
    lower: str
    start: int
    end: int
    index: int
    sentence: int
    clause: int

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum() or self.text[:1] in "'’" and self.text[1:2].isalnum()

    @property
    def capitalised(self) -> bool:
        t = self.text
        return t[:1].isupper() and any(c.islower() for c in t) and not any(c.isdigit() for c in t)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    sentence = clause = 0
    found = list(_TOKEN.finditer(text))
    for i, m in enumerate(found):
        word = m.group()
        low = word.casefold().replace("’", "'")
        low = DIALECT.get(low, low) if word != "joe" else "jou"  # Gronings "voor joe" (written "Joe": a name)
        if low in CLAUSE_WORDS and tokens and tokens[-1].sentence == sentence \
                and not (low == "al" and i + 1 < len(found) and found[i + 1].group().casefold() in _ALREADY):
            clause += 1
        tokens.append(Token(word, low, m.start(), m.end(), i, sentence, clause))
        if word in SENTENCE_END and not (word == "." and len(tokens) > 1 and tokens[-2].lower in ABBREVIATIONS):
            sentence += 1
            clause += 1
        elif word in CLAUSE_PUNCT:
            clause += 1
    return _in_context(tokens)


def _in_context(tokens: list[Token]) -> list[Token]:
    """Dialect words read by their place: Flemish "mo" after a comma is "maar" (elsewhere it may be Mo), so is
    "ma" before a subject ("ma ze zei"); Limburgs "zie" opening a clause before its verb is "zij"."""
    for i, tok in enumerate(tokens):
        if tok.text == "mo" and i and tokens[i - 1].text == "," or _flemish_mo(tokens, i):
            tokens[i] = Token(tok.text, "maar", tok.start, tok.end, tok.index, tok.sentence, tok.clause)
        elif tok.lower == "ma" and i + 1 < len(tokens) and (tokens[i + 1].lower in _AFTER_MA_MAAR and (
                i == 0 or tokens[i - 1].sentence != tok.sentence or tokens[i - 1].text in ",;")
                or tokens[i + 1].lower == "die" and i > 0 and tokens[i - 1].text == ","):  # ", ma die zeit ..."
            tokens[i] = Token(tok.text, "maar", tok.start, tok.end, tok.index, tok.sentence, tok.clause)
        if tok.lower != "zie" or i + 1 >= len(tokens):
            continue
        before = tokens[i - 1] if i else None
        opens = before is None or before.sentence != tok.sentence or before.lower in _CLAUSE_OPENERS
        nxt = tokens[i + 1]
        if opens and nxt.is_word and nxt.sentence == tok.sentence and nxt.lower not in _NOT_AFTER_ZIE:
            tokens[i] = Token(tok.text, "zij", tok.start, tok.end, tok.index, tok.sentence, tok.clause)
    return tokens


def _flemish_mo(tokens: list[Token], i: int) -> bool:
    """"Mo ons Rita zeit ...", "mo die ligt nog ...", "Mo 'k klaag nie": Flemish "mo" opening a clause before a
    subject, a possessive or a name is "maar" (not "Mo zegt", "Mo van hiernaast", "Mo, die ...")."""
    tok = tokens[i]
    if tok.lower != "mo" or i + 1 >= len(tokens) or tokens[i + 1].sentence != tok.sentence:
        return False
    if i and tokens[i - 1].sentence == tok.sentence and tokens[i - 1].text not in ",;":
        return False
    nxt = tokens[i + 1]
    return nxt.lower in _AFTER_MA_MAAR | _AFTER_MO_MAAR or nxt.capitalised and nxt.is_word


_AFTER_MO_MAAR = frozenset("de den die zijne mijne 'k k da's 't nie ni niet nooit".split())


def sentence_starts(tokens: list[Token]) -> set[int]:
    """Indexes of the first word of each sentence (also after an opening quote)."""
    starts: set[int] = set()
    previous_sentence = -1
    for tok in tokens:
        if tok.sentence != previous_sentence and tok.is_word:
            starts.add(tok.index)
            previous_sentence = tok.sentence
        elif tok.is_word and tok.index > 0 and tokens[tok.index - 1].text in "\"“‘'(":
            starts.add(tok.index)
        elif tok.is_word and tok.index - 1 in starts and tokens[tok.index - 1].text[:1] in "'’":
            starts.add(tok.index)  # "'k Heb", "'t Gaat", "'s Avonds": the word after a clipped one opens it too
    return starts


_LAST_CASED: tuple[object, bool] = (None, False)


def has_capitals(tokens: list[Token]) -> bool:
    """Whether the answer has any capital letter (an answer typed without them reads its names in lower case);
    remembered for the last answer, as the name steps ask it for every word."""
    global _LAST_CASED
    last = _LAST_CASED
    if last[0] is tokens:
        return last[1]
    value = any(c.isupper() for t in tokens for c in t.text)
    _LAST_CASED = (tokens, value)
    return value
