"""Reported speech: "X zegt dat ...", "..., zegt mijn moeder", "volgens X ...", messengers and agreement.

The first step of :mod:`quez.extraction.opinions`, as a mixin of its finder: it reads who says or
thinks something of the client, passes an opinion on from a messenger to the person whose opinion
it is ("mijn schoonvader vertelde dat zij trots op me is"). Agreeing and disagreeing with what came
before ("X vindt dat ook", "dat klopt niet") is :mod:`quez.extraction.agreement`; whose view a reported
clause gives, the speaker's or one passed on, is :mod:`quez.extraction.messengers`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quez.extraction import lexicon as lx
from quez.extraction.agreement import Agreement
from quez.extraction.confidence import (
    CONFIDENCE_ADVICE,
    CONFIDENCE_NEUTRAL,
    CONFIDENCE_REPORTED,
)
from quez.extraction.cues import ADVERBS, ADVICE, MATRIX_VERBS
from quez.extraction.discourse import CLIENT
from quez.extraction.messengers import Messengers
from quez.extraction.polarity import Polarity, evaluate
from quez.extraction.speakers import MESSENGER_VERBS, Speakers

if TYPE_CHECKING:
    from quez.extraction.discourse import Answer
    from quez.extraction.mention import PersonMention
    from quez.extraction.opinions import Opinion
    from quez.extraction.tokens import Token

_AFTER_ZEI = frozenset("dat da : je jij me mij tegen laatst altijd ooit nog gisteren ook wel mama papa".split())
_UNSURE = ("weet ik niet", "weet ik eigenlijk niet", "weet ik echt niet", "geen idee", "weet niet", "vraag ik me af",
           "weet ik nie", "weet ik ni")
#: sending words that open a quote of what was sent or said on the phone
_SENDING = frozenset("stuurt stuurde stuurden sturen gestuurd belt belde belden bellen gebeld mailt mailde mailden "
                     "smst smste whatsappt whatsappte".split())
_HEARD = frozenset("hoorde hoor hoort hoorden gehoord".split())
#: the word that aims praise at someone else in a reported clause: "trots op haar kleinzoon" (not "voor": "een goede
#: vader voor zijn kinderen" is for them, and of the client)
_AIMED_BY = frozenset({"op"})
_FILLER = frozenset("dat het ook altijd vaak nog laatst zo wel dan".split())
#: what a question opens with: "ben jij wel sterk genoeg, denk je?" is no statement
_ASKS = frozenset("wie wat waar waarom hoe wanneer welke welk ben bent is zijn heb hebt heeft kan kun kunt wil "
                  "wilt zou zal ga gaat doe doet moet mag weet snap zie".split())


class ReportedSpeech(Speakers, Agreement, Messengers):
    """Step 1 of the finder (see :class:`quez.extraction.opinions._Finder` for the state it uses)."""

    # The finder's state, set in _Finder.__init__ (declared here so the steps are type-checked).
    a: Answer
    tokens: list[Token]
    mentions: list[PersonMention]
    elicits: tuple[str, ...]
    question_stance: str | None
    lever: str | None
    found: dict[tuple[int, int], Opinion]
    claimed: set[int]
    not_the_speaker: list[tuple[int, int, frozenset[int]]]
    client_said: set[int]
    said_of_others: set[int]
    said_plainly: set[tuple[int, int]]
    sentence_ref: dict[int, tuple[int, str | None]]
    cue_tokens: set[int]

    if TYPE_CHECKING:  # defined by _Finder
        def record(self, holders, kind, stance, first, last, explicit, confidence, source="text") -> None: ...

        def record_polarity(self, holders, pol: Polarity, s: int, first: int, last: int,
                            confidence: float) -> None: ...

        def said_of_client(self, pol: Polarity, a: int, b: int) -> bool: ...

    def is_question(self, s: int) -> bool:
        """"Of zij mij waardeert? Geen idee.", "Of zij trots is op mij, dat weet ik niet": the client wonders,
        nobody says it."""
        s0, s1 = self.a.sentences[s]
        if self.tokens[s1].text == "?":
            return not self._tag_question(s0, s1)
        words = " ".join(t.lower for t in self.tokens[s0: s1 + 1] if t.is_word)
        return words.startswith("of ") and any(x in words for x in _UNSURE)

    def _tag_question(self, s0: int, s1: int) -> bool:
        """"zei: uw dochter is goud waard, weet u dat?", "zei: jij bent een kanjer, hè?": a quoted statement with a
        short question tagged on after a comma."""
        colon = next((j for j in range(s0, s1) if self.tokens[j].text == ":"), None)
        comma = next((j for j in range(s1 - 1, s0, -1) if self.tokens[j].text == ","), None)
        if colon is None or comma is None or comma < colon:
            return False
        tag = [t for t in self.tokens[comma + 1: s1] if t.is_word]
        said = [t for t in self.tokens[colon + 1: comma] if t.is_word]
        return 1 <= len(tag) <= 4 and len(said) >= 3 and said[0].lower not in _ASKS

    def reported_speech(self, s: int) -> None:
        s0, s1 = self.a.sentences[s]
        if self.is_question(s):
            return
        for v in range(s0, s1 + 1):
            low = self.tokens[v].lower
            if low == "volgens":
                self._volgens(v, s)
            elif (low in MATRIX_VERBS or self._typed_for_zei(v)) and v not in self.cue_tokens \
                    and not self._let_alone(v):
                self._reported(v, s)
            elif low in _HEARD:
                self._heard_from(v, s)
            elif low in _SENDING and self._quote_follows(v, s1):
                self._reported(v, s)  # "die stuurde een appje: ik ben zo trots op je", "belde laatst: ..."

    def _quote_follows(self, v: int, s1: int) -> bool:
        """A colon opens what is sent within a few words of the verb ("stuurde me een kaartje met erbij: ..."), and
        what follows has a word of praise or blame and no saying of its own ("Mijn zus belde: baba ... zei tegen de
        buren: ...": read at "zei")."""
        colon = next((j for j in range(v + 1, min(v + 9, s1 + 1)) if self.tokens[j].text == ":"), None)
        if colon is None or any(self.tokens[j].lower in MATRIX_VERBS for j in range(colon + 1, s1 + 1)):
            return False
        return any(c.polarity and colon < c.first <= s1 for c in self.a.cues)  # not "stuurde een foto: ze lacht"

    def _let_alone(self, v: int) -> bool:
        """"laat haar, jij bent perfect": "laat" opening a quote tells someone to let another be; it says nothing."""
        return self.tokens[v].lower in ("laat", "liet") and v > 0 and self.tokens[v - 1].text in ":,"

    def _typed_for_zei(self, v: int) -> bool:
        """"ricardo zij dat ze trots is", "ze zij je moet je niet schamen": "zei" typed as it sounds."""
        if self.tokens[v].lower != "zij" or v == 0 or v + 1 >= len(self.tokens):
            return False
        before, after = self.tokens[v - 1], self.tokens[v + 1].lower
        speaker = (v - 1) in self.a.at or before.lower in lx.SUBJECT_PRONOUNS
        return speaker and before.is_word and (after in _AFTER_ZEI or after in lx.CLIENT_PRONOUNS)

    def _heard_from(self, v: int, s: int) -> None:
        """"Thea hoorde van de juf dat ik het goed doe", "Van mijn moeder hoor ik dat ...": the one heard from holds
        it (unless the clause has its own speaker: "hoorde van Thea dat de juf zei ...", read at "zei")."""
        s0, s1 = self.a.sentences[s]
        source = None
        for j in (v + 1, v + 2, v - 3, v - 2):  # "hoorde (ik) van X", "van X hoorde ik"
            if s0 <= j < s1 and self.tokens[j].lower == "van" and (j + 1) in self.a.at:
                k = self.a.at[j + 1]
                m = self.mentions[k]
                if m.first == j + 1 or self.tokens[j + 1].lower in lx.DETERMINERS_PLAIN | lx.DETERMINERS_OWN:
                    source = k
                    break
        if source is None:
            return
        m = self.mentions[source]
        that = next((j for j in range(max(v, m.last) + 1, s1 + 1) if self.tokens[j].lower in ("dat", "da", ":")), None)
        if that is None:
            return
        end = self._complement_end(that, that, s1)
        if any(self.tokens[j].lower in MATRIX_VERBS | MESSENGER_VERBS for j in range(that + 1, end + 1)):
            return
        pol = evaluate(self.a, that + 1, end)
        if pol.sign and self.said_of_client(pol, that + 1, end):
            holders, confidence = self._reported_holders([self.a.holder(source)], that + 1, end, pol, "hoorde")
            self.record_polarity(holders, pol, s, s0, s1, confidence)
            self.claimed.update(range(that + 1, end + 1))

    def _volgens(self, v: int, s: int) -> None:
        s0, s1 = self.a.sentences[s]
        after = self.a.subject_after(v)
        if not after:
            return
        holders, h_end = after
        inner = next((j for j in range(h_end + 1, min(h_end + 3, s1) + 1) if self.tokens[j].lower in MATRIX_VERBS),
                     None)
        if inner is not None:  # "Volgens Piotr zegt de huisbaas dat ...": Piotr passes on what the huisbaas says
            return
        pol = evaluate(self.a, h_end + 1, s1)
        if pol.sign and self.said_of_client(pol, h_end + 1, s1):
            self.record_polarity(holders, pol, s, s0, s1, CONFIDENCE_REPORTED)
            self.sentence_ref[s] = (pol.sign, pol.stance)
        self.claimed.update(range(h_end + 1, s1 + 1))

    def _reported(self, v: int, s: int) -> None:
        s0, s1 = self.a.sentences[s]
        holders, h_end, inverted = self._speaker(v, s0)
        if not holders:
            return
        holders = self._not_the_messenger(v, s0, holders)
        if self._tells_what_another_said(v, s1, holders):
            return  # "Een klant vertelde me dat Sytske tegen haar zei: ...": Sytske's words, read at "zei"
        if any(a <= v <= b and set(holders) <= others for a, b, others in self.not_the_speaker):
            return  # "Dave zei dat hij ... zat te vertellen dat ...": whoever tells it there, not Dave
        end = self._complement_end(v, h_end, s1)
        body_start = (h_end if inverted else v) + 1
        j, matrix_neg = self._leading_negators(body_start, end)
        if not inverted:  # "Hij heeft nog nooit gezegd dat hij trots is"
            matrix_neg += self._negators_before(v)
        body = [t for t in range(body_start, end + 1) if self.tokens[t].is_word]
        if body and self.disagrees(holders, body[0], end, s):  # "Mijn zus zegt dat het niet klopt"
            return
        pol = self._said_polarity(j, end, matrix_neg) if body else Polarity(0, None, False)
        if pol.sign and self._judges_another(body_start, end):
            return  # "Mijn zus zei: Kees is lui": what she thinks of Kees, not of the client
        if pol.sign > 0 and self._aimed_elsewhere(j, end):
            self.said_of_others.update(h for h in holders if h >= 0)
            return  # "Haar moeder zegt dat ze trots is op haar kleinzoon"
        q0 = s0
        if not pol.any_cue:
            if self._agrees(holders, body, s) or self._says_that(v, s, holders):
                return
            says_after = inverted and self.tokens[body_start].lower in ("dat", ":") if body_start <= end else False
            if (inverted and not says_after) or {self.tokens[t].lower for t in body} <= _FILLER:
                if not inverted and self._passes_on(s, body):
                    return
                pol, q0 = self._content_before(v, s)
                if not pol.any_cue and inverted and self._agrees(holders, body, s):
                    return
                if pol.sign and q0 == s0 and inverted:
                    holders = self._own_subject(s0, v, pol) or holders
                if pol.sign and inverted:
                    holders = self._subject_before_speaker(s0, v, holders)
                    if not holders:
                        return  # "Hij is een toffe gast, zei de meester": said of him, not of the client
        if CLIENT in holders:  # "Ik vind dat mijn zoon het goed doet": the client's view, nobody else's
            self.client_said.update(range(v + 1, end + 1))
            return
        words = {self.tokens[t].lower for t in body if t not in self.a.at}  # not "tegen haar vriendinnen"
        if words & {"haar", "hem", "hun"} and not self.a.mentions_client(body_start, end) and not pol.sign:
            self.said_of_others.update(h for h in holders if h != CLIENT)  # "zo noemde mijn moeder haar"
            return
        self.claimed.update(t for t in range(v + 1, end + 1) if t not in range(v, h_end + 1))
        speakers = holders
        holders, confidence = self._reported_holders(holders, body_start, end, pol, self.tokens[v].lower)
        if pol.sign > 0 and set(holders) != set(speakers):
            self.said_of_others.update(h for h in speakers if h >= 0)  # "Kevin zei: Ton vindt jou de beste"
        self._record_said(holders, pol, (s, q0, s1), confidence, (body_start, end, body), matrix_neg)

    def _said_polarity(self, j: int, end: int, matrix_neg: int) -> Polarity:
        """What tokens ``j..end`` say of the client, under the negation of the saying; after "zegt niet dat ..., maar:"
        what follows "maar" ("zegt niet dat ik moet stoppen, maar: mam, je doet het goed")."""
        pol = evaluate(self.a, j, end, matrix_neg)
        instead = self._but_instead(j, end) if matrix_neg else None
        if instead is not None:
            said = evaluate(self.a, instead + 1, end)
            pol = said if said.sign else evaluate(self.a, j, instead - 1, matrix_neg)
        return pol

    def _record_said(self, holders, pol: Polarity, where: tuple[int, int, int], confidence: float,
                     said: tuple[int, int, list[int]], matrix_neg: int) -> None:
        """Record what was said (tokens ``start..end``, their words ``body``, in sentence ``s``, quoted from ``q0`` to
        ``s1``): praise or blame, advice, or a neutral saying (a plain one, without negation, is remembered: "zei dat
        ik een natuurtalent ben")."""
        s, q0, s1 = where
        start, end, body = said
        if pol.sign and self.said_of_client(pol, start, end) or pol.sign < 0:
            self.record_polarity(holders, pol, s, q0, s1, confidence)
            self.sentence_ref[s] = (pol.sign, pol.stance)
        elif ADVICE.search(" ".join(self.tokens[t].lower for t in body)):
            self.record(holders, "advice", None, q0, s1, True, CONFIDENCE_ADVICE)
        else:
            self.record(holders, "neutral", None, q0, s1, True, CONFIDENCE_NEUTRAL)
            if not matrix_neg:  # not "zei niet eens dank je"
                self.said_plainly.update((h, s) for h in holders)

    def _aimed_elsewhere(self, start: int, end: int) -> bool:
        """Every word of praise in tokens ``start..end`` is aimed at someone named ("zegt dat ze trots is op haar
        kleinzoon", "zei: ik ben zo trots op je broer"; not "een goede vader voor zijn kinderen": for them, of her)."""
        praise = [c for c in self.a.cues if start <= c.first <= end and c.polarity > 0]
        return bool(praise) and all(self.a.aimed_at_someone(c, _AIMED_BY) for c in praise)

    def _judges_another(self, start: int, end: int) -> bool:
        """What is said opens with someone else and what they are, and says nothing of the client: "zei: Kees is
        lui", "zegt dat die Kees een slechte vader is"."""
        j = start
        while j < end and self.tokens[j].lower in (":", "dat", "da", "die", "deze"):
            j += 1
        k = self.a.at.get(j)
        if k is None or self.mentions[k].possessor or self.mentions[k].first != j:
            return False
        after = self.mentions[k].last + 1
        return after <= end and self.tokens[after].lower in lx.COPULAS and not self.a.mentions_client(after, end)

    def _complement_end(self, v: int, h_end: int, s1: int) -> int:
        """What is said: to the end of the clause chain, until a new subject or "maar"."""
        end = v
        quoted = next((j for j in range(v + 1, min(v + 6, s1 + 1)) if self.tokens[j].text == ":"), None) is not None
        for j in range(v + 1, s1 + 1):
            tok = self.tokens[j]
            if tok.lower == ";" or tok.lower == "want" or (tok.lower == "maar" and not self._continues(j)):
                break
            if self.tokens[j - 1].text == "," and (j in self.a.at or tok.lower in lx.SUBJECT_PRONOUNS) and j > h_end \
                    and not (tok.lower == "die" and lx.fold(self.tokens[j - 2].text) in self.a.client_names) \
                    and not (quoted and self.a.mentions_client(j, j)):
                break  # a new subject; not "zegt: die Marieke, die houdt ...", where "die" is the client again, or
                # "zei tegen hem: laat je zus met rust, zij is de slimste": the quote goes on about her
            if tok.lower == "en" and self._too(j + 1, s1):
                break  # "Ze vindt dat ik het goed doe, en mijn vader ook."
            end = j
        return end

    def _too(self, j: int, s1: int) -> bool:
        """From ``j`` the sentence is only someone and "ook" ("mijn vader ook"): the same said of them too."""
        k = self.a.at.get(j)
        if k is None or self.mentions[k].first != j:
            return False
        rest = [t.lower for t in self.tokens[self.mentions[k].last + 1: s1 + 1] if t.is_word]
        return rest[:1] == ["ook"] and len(rest) <= 2

    def _negators_before(self, v: int) -> int:
        """Negators between the speaker and the verb ("heeft nog nooit gezegd")."""
        n = 0
        for t in range(v - 1, self.a.clause_range(v)[0] - 1, -1):
            low = self.tokens[t].lower
            if t in self.a.at or low in lx.SUBJECT_PRONOUNS or low in lx.CLIENT_PRONOUNS:
                break
            n += low in lx.NEGATORS
        return n

    def _continues(self, j: int) -> bool:
        """"maar" that goes on with what is said ("..., maar dat ze het knap vindt") or is a particle
        ("vraag maar, daar zijn buren voor"), not a turn to someone else."""
        nxt = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
        if nxt is None or nxt.lower == "dat" or not nxt.is_word:
            return True
        # a particle after a verb: "zegt ik zit maar thuis en doe niks" (not "..., maar mijn zus", "maar ze ...")
        return self.tokens[j - 1].is_word and j + 1 not in self.a.at and nxt.lower not in _OPENS_A_CLAUSE

    def _but_instead(self, j: int, end: int) -> int | None:
        """"maar" (Flemish "mo", "mar") opening what is said instead of what is denied: "zegt nie dat 'k moet
        stoppen mar: mam, je doet 't goed"."""
        return next((k for k in range(j + 1, end) if self.tokens[k].lower in ("maar", "mar", "mo", "mer")), None)

    def _leading_negators(self, j: int, end: int) -> tuple[int, int]:
        """"zegt nooit dat ...": negators between the verb and what is said."""
        negations = 0
        while j <= end and self.tokens[j].lower not in ("dat", "het", "om") \
                and self.tokens[j].lower in lx.NEGATORS | ADVERBS:
            negations += self.tokens[j].lower in lx.NEGATORS
            j += 1
        return j, negations

    def _subject_before_speaker(self, s0: int, v: int, speakers: list[int]) -> list[int]:
        """"Hij heeft het aan de hele klas verteld, zei de meester.": what comes before the speaker opens with
        someone else, so the speaker passes on their doing (or, when it only says what they are, nobody's view
        of the client)."""
        opens = next((j for j in range(s0, v) if self.tokens[j].is_word), None)
        if opens is not None and self.tokens[opens].lower in ("dat", "dit", "da") and opens + 2 < v \
                and self.tokens[opens + 2].lower in ("hij", "ie", "zij", "ze") \
                and self.tokens[opens + 1].lower not in lx.COPULAS \
                and not any(self.tokens[j].text in ",:;" for j in range(opens, v - 1)):  # one clause, not a copula
            opens += 2  # "Dat zegt hij niet tegen iedereen, zegt Filmon.": what he does, told by Filmon
        if opens is None or self.tokens[opens].lower not in lx.SUBJECT_PRONOUNS:
            return speakers
        other = self.a.resolve(opens, frozenset(h for h in speakers if h is not None))
        if other is None or other == CLIENT or other in speakers:
            return speakers
        own_cues = [c for c in self.a.cues if s0 <= c.first < v and c.polarity]
        return [] if own_cues and all(c.descriptive for c in own_cues) else [other]

    def _content_before(self, v: int, s: int) -> tuple[Polarity, int]:
        """"Ik kan goed luisteren, zeggen mijn vrienden." / "... zegt dat.": what came before (and, for
        "Een koppige vent, zou ze zeggen, maar met een hart van goud.", what goes on after the speaker)."""
        s0, s1 = self.a.sentences[s]
        pol = Polarity(0, None, False)
        if v > s0 and self.tokens[v - 1].lower != "dat" or (v - 1 > s0):
            pol = evaluate(self.a, s0, v - 1)
            rest = next((j for j in range(v + 1, s1 + 1) if self.tokens[j].lower == "maar"), None)
            if rest is not None:
                after = evaluate(self.a, rest + 1, s1)
                pol = after if after.sign else pol
        if not pol.any_cue and s > 0:
            p0, p1 = self.a.sentences[s - 1]
            return evaluate(self.a, p0, p1), p0
        return pol, s0


#: words that open the clause after a "maar" that turns to someone or something else
_OPENS_A_CLAUSE = lx.SUBJECT_PRONOUNS | lx.CLIENT_PRONOUNS | lx.DETERMINERS_OWN | lx.DETERMINERS_OTHER | \
    lx.DETERMINERS_PLAIN | frozenset("ik 'k jij je gij ge u als toen nu niet ni nie ook wel zelf".split())
