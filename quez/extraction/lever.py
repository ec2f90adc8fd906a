"""Step 3 of the opinion finder: a person the answer names, and what the answer says of them besides a cue. A
bare "Mijn moeder niet." after a view (or asked "Wie geeft je niet de schuld?"), "Mijn tante ook." agreeing with
the sentence before, or only named in answer to a question that asks for an opinion (the question as a lever),
unless the checks of :class:`~quez.extraction.named.NamedChecks` find them contrasted, a messenger or only context.
Also step 5, plain words read by what was asked (:meth:`NamedPersons.recognition_default`,
:meth:`NamedPersons.described_default`, :meth:`NamedPersons.contrast_default`). A mixin of the finder in
:mod:`quez.extraction.opinions`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from quez.extraction import lexicon as lx
from quez.extraction.confidence import (
    CONFIDENCE_AGREEING,
    CONFIDENCE_CONTRASTED,
    CONFIDENCE_LEVER,
    CONFIDENCE_LEVER_HEDGED,
    CONFIDENCE_QUESTION_TENSION,
    CONFIDENCE_RECOGNITION,
)
from quez.extraction.cues import ADVERBS, MATRIX_VERBS
from quez.extraction.discourse import ABOUT
from quez.extraction.named import NamedChecks
from quez.extraction.polarity import evaluate
from quez.extraction.speakers import MESSENGER_VERBS

if TYPE_CHECKING:
    from quez.extraction.discourse import Answer
    from quez.extraction.mention import PersonMention
    from quez.extraction.opinions import Opinion
    from quez.extraction.tokens import Token

_EXCEPTION = frozenset("behalve buiten".split())
_HER = frozenset("ik jij je u ge gij".split())
_WRITES = frozenset("stuurde stuurt schreef schrijft appte appt".split())
#: words that make what she is no praise: too much, must, still, only, just
_NOT_PRAISE = frozenset("te moet moest moeten zou zal nog alleen maar gewoon".split())
_AGREEING = frozenset("ook wel net zo evengoed trouwens eigenlijk hoor natuurlijk zeker".split())  # "Mijn tante ook."
#: saying so too: "Haar moeder heeft dat ook eens gezegd.", "zei: dat vind ik ook", "knikte"
_NODS = frozenset("knikte knikt knikten beaamde beaamt klopt inderdaad idem precies absoluut eens na".split())
#: "Mijn oudste zoon was het met haar eens": agreeing with the one before
_AGREES_WITH = frozenset("was is waren het met haar hem hen hun eens ermee helemaal".split())
_SAID_SO = _NODS | frozenset("heeft hebben had hadden dat het da eens gezegd gevonden gezien zei zegt vindt vind "
                             "zie ziet ik erbij instemmend eronder geschreven schreef gezet mee helemaal "
                             "meteen direct gelijk erachteraan".split())  # "zei meteen: ik ook!"
#: being there, said of someone who nods: "Haar man Kees stond erachter en knikte" (not "zat er ook bij")
_THERE = frozenset("stond stonden stong zat zaten en achter erachter ernaast d'r er".split())
_LEADING = lx.DETERMINERS_OWN | lx.DETERMINERS_OTHER | lx.DETERMINERS_PLAIN | {"en", "vooral", "ook", "zeker", "maar"}
#: a person named with only a yes or no: "Merel niet, Caro niet.", "Anneke wel."
_YES_NO_WORDS = frozenset("niet nie ni ook wel en , . ! ? ; natuurlijk zeker".split())


class NamedPersons(NamedChecks):
    """Step 3 (see :class:`quez.extraction.opinions._Finder` for the state it uses)."""

    a: Answer
    tokens: list[Token]
    mentions: list[PersonMention]
    found: dict[tuple[int, int], Opinion]
    claimed: set[int]
    sentence_ref: dict[int, tuple[int, str | None]]
    said_plainly: set[tuple[int, int]]
    lever: str | None
    elicits: tuple[str, ...]
    question_negated: bool
    question_open: bool
    question_stance: str | None

    if TYPE_CHECKING:  # defined by _Finder and its other mixins
        def record(self, holders, kind, stance, first, last, explicit, confidence, source="text") -> None: ...
        def disagrees(self, holders, first: int, last: int, s: int) -> bool: ...
        def _question_ref(self) -> tuple[int, str | None] | None: ...
        def _after_but(self, s: int) -> bool: ...

    def named_person(self, k: int) -> None:
        m = self.mentions[k]
        h = self.a.holder(k)
        if m.possessor or m.first in self.claimed:
            return
        if self._holds_a_view(h):
            return
        s = self.tokens[m.first].sentence
        s0, s1 = self.a.sentences[s]
        c0, c1 = self.a.clause_range(m.first)
        before = [t.lower for t in self.tokens[c0: m.first] if t.lower not in ADVERBS]
        after = [t.lower for t in self.tokens[m.last + 1: c1 + 1] if t.lower not in ADVERBS and t.is_word]
        clause_has_cue = any(c0 <= c.first <= c1 for c in self.a.cues)
        ref = self.sentence_ref.get(s) or ((1, self.lever) if self.lever else None)
        echo = self.question_negated and ref is not None and s not in self.sentence_ref and self._bare(k)
        if not before and self.disagrees([h], m.last + 1, c1, s):
            return  # "Mijn schoonmoeder vindt me te streng. Mijn man is het daar niet mee eens."
        negated_here = bool(set(after[:5]) & lx.NEGATORS) or (before[-1:] and before[-1] in lx.NEGATORS)
        if ref is None and negated_here and set(after) <= lx.NEGATORS and not before:
            ref = self.sentence_ref.get(s - 1)  # "Rick denkt dat het aan mij ligt. Zijn moeder niet."
        if echo and ref and not clause_has_cue and set(before) <= {"en", "maar"} \
                and self.tokens[m.last + 1].lower == "wel":
            self.record([h], "tension", "tension", m.first, c1, False, CONFIDENCE_CONTRASTED)  # "Mijn broer wel."
            return
        if not clause_has_cue and negated_here:
            if ref and echo and set(before) <= {"en", "maar"}:
                self.record([h], "positive", ref[1], m.first, c1, False, CONFIDENCE_CONTRASTED)
            elif ref:
                kind = "negated" if ref[0] > 0 else "positive"
                stance = ref[1] if ref[0] > 0 else (ref[1] or "no_blame")
                self.record([h], kind, stance, m.first, c1, False, CONFIDENCE_CONTRASTED)
            return
        wel = m.last + 1 < len(self.tokens) and self.tokens[m.last + 1].lower == "wel"
        if not clause_has_cue and wel and self.question_negated \
                and set(before) <= {"en", "maar"} | lx.DETERMINERS_OWN | lx.DETERMINERS_PLAIN:
            # asked who does NOT blame her: "Ons ma wel, die zegt ..." is the one who does
            self.record([h], "tension", "tension", m.first, c1, False, CONFIDENCE_CONTRASTED)
            return
        if not clause_has_cue and self._agrees_with_before(k, s, c1):
            return
        said_too = [t.lower for t in self.tokens[m.last + 1: c1 + 1] if t.is_word]  # "ook" is an adverb
        cue_after = any(m.first <= c.first <= c1 for c in self.a.cues)
        if not cue_after and set(said_too) <= _AGREEING and "ook" in said_too and self.sentence_ref.get(s) \
                and (c0 > s0 or self.tokens[m.first - 1].lower == "en"):  # "Ravi snapt het, en Sharmila ook."
            ref = self.sentence_ref[s]
            self.record([h], "positive" if ref[0] > 0 else "tension", ref[1], m.first, c1, False, CONFIDENCE_AGREEING)
            return
        self._lever(k, s)

    def _bare(self, k: int) -> bool:
        """"Merel niet, Caro niet." or "Anneke wel.": the person and a yes or no, and nothing said of them after it
        (not "Bompa ni, die zegt da ik mijn geld verspil", not "Kevin wel. Die zegt: ...")."""
        m = self.mentions[k]
        s = self.tokens[m.first].sentence
        s1 = self.a.sentences[s][1]
        for j in range(m.last + 1, s1 + 1):
            if j in self.a.at:
                continue
            if self.tokens[j].lower not in _YES_NO_WORDS:
                return False
        nxt = self.a.sentences.get(s + 1)
        return nxt is None or self.tokens[nxt[0]].lower not in lx.SUBJECT_PRONOUNS

    def _agrees_with_before(self, k: int, s: int, c1: int) -> bool:
        """"De huisarts vindt dat ik het goed doe. Mijn tante ook." agrees with the sentence before."""
        m = self.mentions[k]
        s0, s1 = self.a.sentences[s]
        earlier = self.sentence_ref.get(s - 1)
        if earlier is None and s - 1 in self.a.sentences:  # "De gemeente geeft mij de schuld. En mijn broer ook."
            pol = evaluate(self.a, *self.a.sentences[s - 1])
            earlier = (pol.sign, pol.stance) if pol.sign else None
        if earlier is None and self.a.about:  # in a follow-up: agreeing with what was asked
            earlier = self._question_ref()
        rest = []
        if any(t.text == ":" for t in self.tokens[m.last + 1: c1 + 2]):
            c1 = s1  # "Henk had eronder geschreven: idem!"
        in_apposition = any(self.tokens[j].text == "," for j in range(m.first, m.last))
        if m.last + 2 <= s1 and self.tokens[m.last + 1].text == "," and (
                self.tokens[m.last + 2].lower in _NODS or in_apposition):
            c1 = s1  # "Haar collega, meester Rik, knikte erbij.", "De teamleider, Ruud, is het met haar eens."
        for t in self.tokens[m.last + 1: c1 + 1]:
            if t.lower in ("van", "uit", "bij", "op"):
                break  # "Vooral Gerrit van nummer 12."
            if t.is_word:
                rest.append(t.lower)
        leading = [t.lower for t in self.tokens[s0: m.first] if t.is_word]
        only_determiners = all(w in _LEADING for w in leading)
        stressed = bool(set(leading) & {"vooral", "ook", "zeker"})  # "Vooral Gerrit.", "Ook Rob."
        nods = bool(set(rest) & _NODS)  # "Mijn collega Anja knikte.", "De assistente zei: klopt."
        if "eens" in rest and set(rest) <= _AGREES_WITH:
            nods, rest = True, []  # "Mijn oudste zoon was het met haar eens."
        if earlier and only_determiners and ("ook" in rest or stressed or nods) \
                and set(rest) <= _AGREEING | _SAID_SO | (_THERE if nods else frozenset()):
            kind = "positive" if earlier[0] > 0 else "tension"
            self.record([self.a.holder(k)], kind, earlier[1], s0, s1, False, CONFIDENCE_AGREEING)
            return True
        return False

    def _lever(self, k: int, s: int) -> None:
        """Named in answer to a question that asks for an opinion (or a tension)."""
        m = self.mentions[k]
        s0, s1 = self.a.sentences[s]
        exception = any(t.lower in _EXCEPTION for t in self.tokens[max(s0, m.first - 3): m.first])
        if self.lever and (exception or not self._answer_negative(s)):
            if self._acted_on_by_client(k) or self._contrasted(k, s1) or self._only_context(k) \
                    or m.first in self.client_said:
                return
            if self._said_something_else(k) or self.a.holder(k) in self.said_of_others or self._praised(k):
                return
            if self._in_someone_elses_clause(k) or self._messenger(k) or self._says_otherwise(k) \
                    or self._does_not_know(k) or self._background_relative(k):
                return
            hedged = any(t.lower in lx.HEDGES or t.text == "?" for t in self.tokens)
            confidence = CONFIDENCE_LEVER_HEDGED if hedged else CONFIDENCE_LEVER
            self.record([self.a.holder(k)], "positive", self.lever, s0, s1, False, confidence, "question")
        elif "tension" in self.elicits:
            self.record([self.a.holder(k)], "tension", "tension", s0, s1, False, CONFIDENCE_QUESTION_TENSION,
                        "question")

    def recognition_default(self) -> None:
        """Asked what she achieved or is good at ("Wat is je de laatste tijd gelukt?"), whoever she tells said
        something of it, with no word of praise the rules know and no negation, recognised it: "De rijinstructeur
        zei dat ik een natuurtalent ben", "Iris zei: dit is het zwaarste stuk, en dat heb jij nu gedaan"."""
        if self.a.about or self.lever or "strength" not in self.elicits:
            return
        for (h, s), o in list(self.found.items()):
            if o.kind != "neutral" or h < 0 or (h, s) not in self.said_plainly:
                continue
            if self._holds_a_view(h):
                continue  # they said something else of it too: that counts
            self.found[(h, s)] = replace(o, kind="positive", stance="does_well", confidence=CONFIDENCE_RECOGNITION,
                                         source="question")

    def described_default(self) -> None:
        """Asked what someone thinks she does well (or of her), another person's plain words of what she is, with no
        word the rules know and no negation, are praise too: "Zijn vrouw Joke zegt dat ik een echte gentleman
        ben", "Haar vriendin Mo riep: jij bent de koning van de boot". Only who is named saying it there."""
        from quez.extraction.opinions import OPINION_ELICITS  # the finder's module, loaded by the time this runs

        if not self.a.about or self.question_open or self.question_stance not in OPINION_ELICITS:
            return
        for (h, s), o in list(self.found.items()):
            if o.kind != "neutral" or h < 0 or (h, s) not in self.said_plainly or self._holds_a_view(h):
                continue
            if self._says_what_she_is(s) and self._named_saying(h, s):
                self.found[(h, s)] = replace(o, kind="positive", stance=self.question_stance,
                                             confidence=CONFIDENCE_RECOGNITION, source="question")

    def _named_saying(self, h: int, s: int) -> bool:
        """``h`` is named in sentence ``s`` and says it there, passing nothing on: one verb of saying, and it is no
        "hoorde" or "vertelde" ("Mijn man hoorde haar zeggen dat ...", "ze zegt dat ...": someone else's words)."""
        s0, s1 = self.a.sentences[s]
        named = any(self.a.holder(self.a.at[j]) == h for j in range(s0, s1 + 1) if j in self.a.at)
        verbs = [t.lower for t in self.tokens[s0: s1 + 1] if t.lower in MATRIX_VERBS | MESSENGER_VERBS | _WRITES]
        return named and len(verbs) == 1 and verbs[0] not in MESSENGER_VERBS

    def _says_what_she_is(self, s: int) -> bool:
        """Sentence ``s`` says what the client is: "dat ik een echte gentleman ben", "jij bent een vechter"."""
        s0, s1 = self.a.sentences[s]
        words = [t.lower for t in self.tokens[s0: s1 + 1] if t.is_word]
        if set(words) & (lx.NEGATORS | _NOT_PRAISE):
            return False
        for i, w in enumerate(words):
            if w in _HER and any(x in ("ben", "bent", "zijt", "waart", "was") for x in words[i + 1: i + 8]):
                return True
        return False

    def contrast_default(self) -> None:
        """Asked about someone whose view of her is negative, another person's plain words set against it are on
        her side: "Die kijkt op mij neer. Maar Wannes zegt dan: papa, bompa is de sterkste."."""
        if not self.a.about:
            return
        against = [s for (h, s), o in self.found.items() if h == ABOUT and o.kind == "tension"]
        if not against:
            return
        first = min(against)
        for (h, s), o in list(self.found.items()):
            if o.kind != "neutral" or h < 0 or (h, s) not in self.said_plainly or s <= first:
                continue
            s0, s1 = self.a.sentences[s]
            words = [t.lower for t in self.tokens[s0: s1 + 1] if t.is_word]
            if not (self._after_but(s) or {"tegen"} & set(words) and {"hem", "haar"} & set(words)):
                continue
            if set(words) & lx.NEGATORS or sum(w in MATRIX_VERBS for w in words) > 1:
                continue  # "Zijn vrouw zegt daar niks over", "Haar dochter zegt dat ze dat tegen iedereen zegt"
            if self._holds_a_view(h):
                continue
            self.found[(h, s)] = replace(o, kind="positive", stance="no_blame", confidence=CONFIDENCE_CONTRASTED)

    def _holds_a_view(self, h: int) -> bool:
        """``h`` already holds an opinion of her (not only something neutral or advice)."""
        return any(h2 == h and o.kind not in ("neutral", "advice") for (h2, _), o in self.found.items())
