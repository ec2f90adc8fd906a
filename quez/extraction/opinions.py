"""Who thinks what of the client: opinions in an answer, attributed to persons.

Five steps, strongest first (:class:`_Finder`):

1. Reported speech with a holder: "X zegt/vindt dat ... <cue>", "..., zegt mijn moeder",
   "volgens X ...". When the reported clause has a subject of its own, that person holds
   the opinion ("mijn schoonvader vertelde dat zij trots op me is": she does).
2. Direct cues: "mijn broer is trots op me", "zij oordeelt nooit". Adjectives such as
   "goed" or "knap" count only when they are said of the client, not of the person
   ("mijn neef regelt mijn post, daar is hij goed in" is the client's praise of him).
3. Contrast, exceptions and the question as a lever: an answer to "Wie snapt waar je mee
   worstelt?" names people who understand, unless negated, contrasted or only named as
   someone the client does something for.
4. A follow-up about one person: what the answer says, where nobody else says it, is theirs.
5. Plain words read by what was asked: asked what she achieved, what someone said of it is
   recognition; asked about someone who blames her, another who speaks up is on her side.

Negation flips a cue's polarity ("vindt niet dat ik het goed doe", "verwijt me niks").
Pronouns and implied subjects are resolved by :class:`~quez.extraction.discourse.Answer`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quez.extraction import lexicon as lx
from quez.extraction.confidence import (
    CONFIDENCE_AGREEING,
    CONFIDENCE_DIRECT,
    CONFIDENCE_FOLLOW_UP,
)
from quez.extraction.discourse import ABOUT, CLIENT, Answer, Referent
from quez.extraction.grammar import CLIENT_REFERENCES
from quez.extraction.lever import NamedPersons
from quez.extraction.polarity import Polarity, evaluate
from quez.extraction.quoting import SPOKEN_TO, quote_colon
from quez.extraction.reported import ReportedSpeech

__all__ = ["ABOUT", "CLIENT", "OPINION_ELICITS", "Opinion", "Referent", "find_opinions"]

#: elicits that make every person named in the answer an opinion holder
OPINION_ELICITS: tuple[str, ...] = ("understanding", "no_blame", "help_ok", "does_well", "respect",
                                    "positive_opinion")

_THEN = frozenset("vroeger eerst toen".split())  # "Vroeger zei ze ...": what she thought then


_FINDS = frozenset("vindt vond vinden vonden".split())
#: nouns for praise someone gives ("complimenten van ...")
_GIVEN_NOUNS = ("compliment", "waardering", "bewondering", "respect", "erkenning")


@dataclass(frozen=True)
class Opinion:
    holder: int  # index into the mentions, or ABOUT
    kind: str  # positive | tension | negated | advice | neutral
    stance: str | None
    start: int  # exact quote: text[start:end]
    end: int
    explicit: bool  # the quote itself says it (else the answer only names the person)
    confidence: float
    source: str  # text | question

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def find_opinions(text, tokens, mentions, elicits=(), question_stance: str | None = None,
                  about: bool = False, about_ref: Referent | None = None, cues=None,
                  client_names: frozenset[str] = frozenset(), question_text: str = "") -> list[Opinion]:
    """The opinions in one answer; ``cues`` are its cue hits when the caller has read them already,
    ``client_names`` the (folded) names the answer calls the client by; ``question_text`` says whether a follow-up
    asks what the person thinks or says of the client."""
    answer = Answer(text, tokens, mentions, about, about_ref, cues, client_names)
    finder = _Finder(answer, tuple(elicits), question_stance, question_text)
    for s in sorted(answer.sentences):
        finder.reported_speech(s)
        finder.direct_cues(s)
    for k in range(len(mentions)):
        finder.named_person(k)
    finder.follow_up_default()
    finder.recognition_default()
    finder.described_default()
    finder.contrast_default()
    finder.drop_what_changed()
    return sorted(finder.found.values(), key=lambda o: (o.start, o.holder))


#: a follow-up that asks how someone sees it, whichever way: the answer says; the question gives no stance
#: (the bank's template "{persoon}" or, in a conversation, the person's name in its place)
_OPEN_QUESTION = re.compile(r"^\W*hoe (?:kijkt|keek|reageerde|reageert|denkt|dacht)\b")
_SAYS_NOTHING_VERBS = frozenset("zegt zei zeggen zou zal vindt vond vinden weet".split())
#: a question asked with a negation ("Wie geeft jullie niet de schuld?"): "Merel niet" agrees with it
_NEGATED_QUESTION = frozenset("niet geen nooit niets niks".split())
_VIEW_VERBS = frozenset("omschrijven omschrijft beschrijven zeggen zegt zei vindt vinden vond denkt denken dacht ziet "
                        "zien zag kijkt kijken noemen noemt".split())
_ABOUT_YOU = frozenset("jou je jij over erover ervan daarvan".split())


def asks_their_view(question_text: str) -> bool:
    """"Hoe zou {persoon} jou omschrijven?", "Wat zegt {persoon} erover?": the answer tells what they think."""
    words = set(re.findall(r"\w+", question_text.lower()))
    means = re.search(r"\bbetekent (?:het|jij|je|u) (?:\w+ )?voor \S+", question_text.lower())
    if means and words & {"jij", "je", "u"}:
        return True  # "Wat betekent het voor {persoon} dat jij er bent?": what she is to them
    return bool(words & _VIEW_VERBS) and bool(words & _ABOUT_YOU)


class _Finder(ReportedSpeech, NamedPersons):
    def __init__(self, answer: Answer, elicits: tuple[str, ...], question_stance: str | None, question_text: str = ""):
        self.a, self.tokens, self.mentions = answer, answer.tokens, answer.mentions
        self.elicits, self.question_stance = elicits, question_stance
        asked = question_text.lower()
        about = answer.about
        # the follow-up asks what they think or say of the client
        self.asks_their_view = bool(about) and asks_their_view(question_text)
        # the question itself says "niet": "Merel niet" is the answer it asks for
        self.question_negated = not about and bool(set(re.findall(r"\w+", asked)) & _NEGATED_QUESTION)
        # "Hoe kijkt {persoon} naar wat er gebeurd is?": only the answer gives a stance
        self.question_open = bool(about) and bool(_OPEN_QUESTION.search(asked))
        self.lever = next((e for e in OPINION_ELICITS if e in elicits), None)
        self.found: dict[tuple[int, int], Opinion] = {}  # (holder, sentence) -> opinion
        self.claimed: set[int] = set()
        self.client_said: set[int] = set()
        self.said_of_others: set[int] = set()
        self.said_plainly: set[tuple[int, int]] = set()  # (holder, sentence): said something, no cue, no negation
        self.not_the_speaker: list[tuple[int, int, frozenset[int]]] = []  # (first, last, holders) of a report
        self.sentence_ref: dict[int, tuple[int, str | None]] = {}
        self.agreeing_later: list[tuple[list[int], int]] = []  # "Haar man zegt het ook", before anything to agree with
        self.cue_tokens = {i for c in answer.cues for i in range(c.first, c.last + 1)}

    def record(self, holders, kind, stance, first, last, explicit, confidence, source="text") -> None:
        start, end = self.a.span(first, last)
        for h in holders:
            if h in (None, CLIENT):
                continue
            key = (h, self.tokens[first].sentence)
            old = self.found.get(key)
            if old is None or (old.kind in ("neutral", "advice") and kind not in ("neutral", "advice")):
                self.found[key] = Opinion(h, kind, stance, start, end, explicit, confidence, source)

    def record_polarity(self, holders, pol: Polarity, s: int, first: int, last: int, confidence: float) -> None:
        self.record(holders, "positive" if pol.sign > 0 else "tension", pol.stance, first, last, True, confidence)
        self.sentence_ref.setdefault(s, (pol.sign, pol.stance))

    def said_of_client(self, pol: Polarity, a: int, b: int) -> bool:
        """Kind adjectives ("goed", "knap") are about the client only when nobody else is their subject."""
        return not pol.descriptive_only or self.a.mentions_client(a, b) or not self.a.third_person_in(a, b)

    # -- 2. direct cues ----------------------------------------------------------------------------------
    def direct_cues(self, s: int) -> None:
        s0, s1 = self.a.sentences[s]
        if self.is_question(s):
            return
        for c in self.a.cues:
            if not (s0 <= c.first <= s1) or c.first in self.claimed or c.polarity == 0:
                continue
            holders = self.a.subject_before(c.first, s0) or self._quote_speaker(c, s0)
            if not holders or CLIENT in holders:
                holders = self._quote_goes_on(s) or holders  # "Hij zei: ... . Jij was de beste monteur."
            fronted = None if holders else self._subject_after_fronted(c, s0) or self._inverted_subject(c)
            holders = holders or fronted
            given_by = self._given_by(c)
            if given_by is not None:  # "Ik krijg complimenten van de buurvrouw", not "Mijn zus krijgt ..."
                to_other = any(j in self.a.at for j in range(self.a.segment_start(c.first), c.first))
                holders = given_by if holders and CLIENT in holders and not to_other else None
            if not holders or CLIENT in holders:
                continue
            h_last = c.first - 1 if given_by or fronted else max(
                (self.mentions[h].last for h in holders if h >= 0), default=s0)
            clause_end = self.a.clause_range(c.first)[1]
            pol = evaluate(self.a, h_last + 1, clause_end)
            if pol.sign == 0:
                continue
            segment = self.a.segment_start(c.first)
            if pol.descriptive_only and (not self._client_in_clause(c, segment, clause_end)
                                         or self.a.describes_subject(c.first)):
                continue  # "daar is hij goed in", "ze is mn rots": said of him or her, not of the client
            if self.a.aimed_at_someone(c):
                if self.tokens[c.last + 1].lower == "op":  # "trots op mijn broer", not "advies over de kinderen"
                    self.said_of_others.update(h for h in holders if h >= 0)
                continue  # "Mijn vader was trots op mijn broer": someone else is meant
            self.record_polarity(holders, pol, s, s0, s1, CONFIDENCE_DIRECT)

    def _client_in_clause(self, c, a: int, b: int) -> bool:
        """The client is spoken of in tokens ``a..b``, not counting a relative clause after the praise that only says
        whose measure it is ("de liefste vrouw die ik ken", "de beste neef die je kan hebben")."""
        rel = next((j for j in range(c.last + 1, min(c.last + 4, b)) if self.tokens[j].lower in ("die", "dat")), None)
        if rel is None or self.tokens[rel + 1].lower not in CLIENT_REFERENCES:
            return self.a.mentions_client(a, b)
        end = next((j for j in range(rel + 1, b + 1) if self.tokens[j].text in ",;:"), b + 1)
        return self.a.mentions_client(a, rel - 1) or self.a.mentions_client(end, b)

    def _quote_speaker(self, c, s0: int) -> list[int] | None:
        """"Clarisse stuurde mij: zonder u zaten ...": words after a colon are the one's before it."""
        colon = quote_colon(self.tokens, c.first)
        return self.a.subject_before(colon, s0) if colon is not None and colon > s0 else None

    def _quote_goes_on(self, s: int) -> list[int] | None:
        """Sentence ``s`` opens with "jij" or "u" right after a sentence that quotes someone, and quotes no one
        itself: the quote goes on ("Ruud zegt: Nelson, ze hebben je eruit gegooid. Jij was de beste monteur.")."""
        s0, s1 = self.a.sentences[s]
        if s == 0 or self.tokens[s0].lower not in SPOKEN_TO or any(t.text == ":" for t in self.tokens[s0: s1 + 1]):
            return None
        p0, p1 = self.a.sentences[s - 1]
        colon = quote_colon(self.tokens, p1)
        return self.a.subject_before(colon, p0) if colon is not None and colon > p0 else None

    def _subject_after_fronted(self, c, s0: int) -> list[int] | None:
        """"Trots is ze, mijn moeder.", "Knap vond hij het": the praise opens the sentence, its subject follows the
        verb."""
        v = c.last + 1
        if c.first != s0 or v >= len(self.tokens) or self.tokens[v].lower not in lx.COPULAS | _FINDS:
            return None
        after = self.a.subject_after(v)
        if not after or not after[0]:
            return None
        c1 = self.a.sentences[self.tokens[c.first].sentence][1]
        others = {self.a.holder(self.a.at[j]) for j in range(v, c1 + 1) if j in self.a.at} - set(after[0])
        return None if others else after[0]  # not "Trots is ze op mijn broer, mijn moeder"

    def _inverted_subject(self, c) -> list[int] | None:
        """"Sindsdien noemt ze mij haar broer": the cue opens with its verb, and its subject follows the verb."""
        if c.first + 1 > c.last or self.tokens[c.first + 1].lower not in lx.SUBJECT_PRONOUNS:
            return None
        after = self.a.subject_after(c.first)
        return after[0] if after and after[0] and CLIENT not in after[0] else None

    def _given_by(self, c) -> list[int] | None:
        """Who gives the client the praise a noun names ("complimenten van de buurvrouw", "respect van mijn baas")."""
        if not self.tokens[c.last].lower.startswith(_GIVEN_NOUNS) or c.last + 2 >= len(self.tokens) \
                or self.tokens[c.last + 1].lower != "van":
            return None
        k = self.a.at.get(c.last + 2)
        return [self.a.holder(k)] if k is not None and not self.mentions[k].possessor else None

    # -- step 3 (named persons: contrast, agreement, the question as a lever) is NamedPersons in lever.py ---
    def drop_what_changed(self) -> None:
        """"Vroeger zei ze dat ik de beste schoondochter was. Nu vindt ze ...": what someone thinks now counts."""
        for (h, s), o in list(self.found.items()):
            if o.kind != "positive" or self.tokens[self.a.sentences[s][0]].lower not in _THEN:
                continue
            if any(h2 == h and s2 > s and o2.kind == "tension" for (h2, s2), o2 in self.found.items()):
                del self.found[(h, s)]

    def _passes_on_about(self, s: int) -> bool:
        """"Mar zijn juf zegt da hij ...": sentence ``s`` tells what the follow-up's person does or says."""
        s0, s1 = self.a.sentences[s]
        return any(self.tokens[j].lower in lx.SUBJECT_PRONOUNS and self.tokens[j - 1].lower in ("dat", "da")
                   and self.a.resolve(j) == ABOUT for j in range(s0 + 1, s1 + 1))

    def _after_but(self, s: int) -> bool:
        """Sentence ``s`` opens with a contrast ("Maar Yaw zei ...", "Mar Gerrit zelf zeg ...")."""
        s0 = self.a.sentences[s][0]
        return self.tokens[s0].lower in ("maar", "mar", "mer", "mo")

    # -- 4. a follow-up about one person -------------------------------------------------------------------
    def follow_up_default(self) -> None:
        if not self.a.about:
            return
        held = next((o for (h, _), o in self.found.items() if h == ABOUT and o.kind == "positive"), None)
        if held is not None:
            self._agreeing_with(held.stance)
        if any(h == ABOUT and o.kind not in ("neutral", "advice") for (h, _), o in self.found.items()):
            return
        for key in [key for key in self.found if key[0] == ABOUT]:
            del self.found[key]  # "Ze vindt dat ik ...": what she thinks, said without a cue word
        if any(h >= 0 and self._after_but(s) and s > 0 and (o.kind == "positive" or o.kind == "neutral"
                                                            and not self._passes_on_about(s))
               for (h, s), o in self.found.items()):
            return  # "Hij denkt dat ik makkelijk leef. Maar zijn vrouw zei: ...": the good word is hers, not his
        taken = {s for (h, s), o in self.found.items() if h >= 0 and o.kind in ("positive", "tension")}
        free = [s for s in sorted(self.a.sentences) if s not in taken]
        if self.question_open:  # "Dadash denkt dat ik egoïstisch ben. Maar mijn zus zei tegen hem: ...": hers
            free = [s for s in free if not self._names_someone_else(s)]
            if not free:
                return
        words = [t.lower for t in self.tokens if t.is_word and t.sentence in free]
        if len(words) < 2 or words[0] in ("niks", "niets", "weet", "geen", "nee") or " ".join(words[:4]).startswith(
                ("dat weet ik niet", "weet ik niet", "geen idee", "ik weet het niet", "dat weet ik niet")):
            return
        first, last = self.a.sentences[free[0]][0], self.a.sentences[free[-1]][1]
        pol = evaluate(self.a, first, last)
        negated = bool(set(words) & lx.NEGATORS)  # "Lieke zegt er zelf niet veel over"
        stance = self.question_stance
        if stance is None and self.asks_their_view and (pol.sign > 0 or pol.sign == 0 and not negated):
            # "Hoe zou Bet jou omschrijven?" "Die zou zeggen: dat is een lieve meid." / "Als een moeder voor de straat."
            stance = pol.stance or "positive_opinion"
        if self.question_open and pol.sign > 0:
            stance = pol.stance or stance
        if pol.sign < 0 or not stance or pol.sign == 0 and (self.question_open or self._says_nothing(free[0])):
            return  # a follow-up that asks no stance ("Hoe is het contact?") gives none
        start, end = self.a.span(first, last)
        self.found[(ABOUT, free[0])] = Opinion(ABOUT, "positive", stance, start, end, True, CONFIDENCE_FOLLOW_UP,
                                                "question")
        self._agreeing_with(stance)

    def _names_someone_else(self, s: int) -> bool:
        """Sentence ``s`` names someone other than the person asked about."""
        s0, s1 = self.a.sentences[s]
        return any(k not in self.a.is_about and not self.mentions[k].possessor
                   for k in {self.a.at[j] for j in range(s0, s1 + 1) if j in self.a.at})

    def _says_nothing(self, s: int) -> bool:
        """"Agata zegt niks", "Die zou het maar niks vinden": the answer opens with someone saying or thinking
        nothing (good) of it."""
        s0, s1 = self.a.sentences[s]
        words = [t.lower for t in self.tokens[s0: s1 + 1] if t.is_word]
        verb = next((i for i, w in enumerate(words) if w in _SAYS_NOTHING_VERBS), None)
        if verb is None or {"tegen", "aan"} & set(words[:verb]):
            return False  # "Tegen mij zegt ze niks": she says it elsewhere
        after = words[verb + 1: verb + 4]
        return bool(set(after) & {"niks", "niets", "nix"}) and not set(after) & {"dat", "da", "verkeerds", "slechts"}

    def _agreeing_with(self, stance: str | None) -> None:
        """Who said "X zegt het ook" in a follow-up before the person asked about had a view of their own agrees
        with theirs ("Die zegt: jij hebt hem erdoorheen gesleept. Haar man Frank zegt het ook.")."""
        for holders, s in self.agreeing_later:
            s0, s1 = self.a.sentences[s]
            self.record(holders, "positive", stance, s0, s1, False, CONFIDENCE_AGREEING)
        self.agreeing_later.clear()
