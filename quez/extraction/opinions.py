"""Who thinks what of the client: opinions in an answer, attributed to persons.

Three sources, strongest first:

1. Text cues with a holder: "X zegt/vindt dat ... <cue>", "X is trots op me",
   "..., zegt mijn moeder", "volgens X ...". Negation flips a cue's polarity
   ("vindt niet dat ik het goed doe", "geen respect", "oordeelt nooit").
2. Contrast and exceptions: "mijn vader niet, mijn moeder wel",
   "X geeft me de schuld, Y niet", "niemand, behalve oma".
3. The question as a lever: an answer to "Wie snapt waar je mee worstelt?"
   names people who understand, unless negated or contrasted.

Pronouns are resolved only when there is exactly one candidate.
"""

from __future__ import annotations

from dataclasses import dataclass

from quez.extraction import lexicon as lx
from quez.extraction.cues import ADVERBS, ADVICE, MATRIX_VERBS, find_cues

#: elicits that make every person named in the answer an opinion holder
OPINION_ELICITS: tuple[str, ...] = ("understanding", "no_blame", "help_ok", "does_well", "respect",
                                    "positive_opinion")
ABOUT = -1  # holder index: the person a follow-up question was about
CLIENT = -2
_BOUNDARY_WORDS = frozenset("dat en omdat hoe als die wat".split())
_ANSWER_NEGATIVE = frozenset("niemand nee neen geen nope nooit".split())
_EXCEPTION = frozenset("behalve buiten".split())
_AGREEING = frozenset("ook wel net zo evengoed".split())  # "Mijn tante ook (wel)."
_LEADING = lx.DETERMINERS_OWN | lx.DETERMINERS_PLAIN | {"en"}


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


class _Answer:
    def __init__(self, text, tokens, mentions, about: bool):
        self.text, self.tokens, self.mentions, self.about = text, tokens, mentions, about
        self.at: dict[int, int] = {}
        for k, m in enumerate(mentions):
            for i in range(m.first, m.last + 1):
                self.at[i] = k
        self.cues = [c for c in find_cues(text, tokens) if not any(i in self.at for i in range(c.first, c.last + 1))]
        self.sentences: dict[int, tuple[int, int]] = {}
        for t in tokens:
            a, b = self.sentences.get(t.sentence, (t.index, t.index))
            self.sentences[t.sentence] = (min(a, t.index), max(b, t.index))

    def clause_range(self, i: int) -> tuple[int, int]:
        c = self.tokens[i].clause
        idx = [t.index for t in self.tokens if t.clause == c]
        return idx[0], idx[-1]

    def span(self, first: int, last: int) -> tuple[int, int]:
        while last > first and not self.tokens[last].is_word and self.tokens[last].text not in ".!?…":
            last -= 1
        return self.tokens[first].start, self.tokens[last].end

    # -- holders ---------------------------------------------------------------------------------
    def resolve(self, i: int) -> int | None:
        """A pronoun at token ``i``: the one candidate it can refer to, else None."""
        sentence = self.tokens[i].sentence
        for j in range(i - 1, self.sentences[sentence][0] - 1, -1):
            k = self.at.get(j)
            if k is not None and not self.mentions[k].possessor:
                return k
        earlier = {self.mentions[k].key() for j, k in self.at.items() if j < i and not self.mentions[k].possessor}
        if len(earlier) == 1:
            key = earlier.pop()
            return next(k for k, m in enumerate(self.mentions) if m.key() == key)
        if not earlier and self.about:
            return ABOUT
        return None

    def with_coordinated(self, k: int) -> list[int]:
        """"mijn mama en mijn papa vinden": both."""
        holders = [k]
        j = self.mentions[k].first - 1
        while j > 0 and self.tokens[j].lower in ("en", ",") and (j - 1) in self.at:
            prev = self.at[j - 1]
            if self.mentions[prev].possessor:
                break
            holders.insert(0, prev)
            j = self.mentions[prev].first - 1
        return holders

    def subject_before(self, i: int, stop: int) -> list[int] | None:
        for j in range(i - 1, stop - 1, -1):
            tok = self.tokens[j]
            if tok.lower in (";",) or tok.lower in ("maar", "want"):
                return None
            k = self.at.get(j)
            if k is not None and not self.mentions[k].possessor:
                return self.with_coordinated(k)
            if tok.lower in lx.CLIENT_PRONOUNS:
                return [CLIENT]
            if tok.lower in lx.SUBJECT_PRONOUNS:
                r = self.resolve(j)
                return [r] if r is not None else []
        return None

    def subject_after(self, i: int) -> tuple[list[int], int] | None:
        j = i + 1
        while j < len(self.tokens) and self.tokens[j].lower in ADVERBS:
            j += 1
        if j < len(self.tokens) and j in self.at and self.tokens[j].sentence == self.tokens[i].sentence:
            k = self.at[j]
            return [k], self.mentions[k].last
        if j < len(self.tokens) and self.tokens[j].lower in lx.CLIENT_PRONOUNS:
            return [CLIENT], j
        if j < len(self.tokens) and self.tokens[j].lower in lx.SUBJECT_PRONOUNS:
            r = self.resolve(j)
            return ([r] if r is not None else []), j
        return None

    # -- polarity --------------------------------------------------------------------------------------
    def evaluate(self, first: int, last: int, matrix_negations: int = 0) -> tuple[int, str | None, bool]:
        """Polarity, stance and whether there was any cue in tokens ``first..last``."""
        consumed: set[int] = set()
        score_pos = score_neg = 0
        stance = None
        any_cue = False
        cues = [c for c in self.cues if first <= c.first and c.last <= last]
        window_start = first
        for c in cues:
            if c.consumes_negation:
                consumed.update(range(c.first, c.last + 1))
        for c in cues:
            if c.polarity == 0:
                window_start = c.last + 1
                continue
            any_cue = True
            negs = matrix_negations + self._negators(window_start, c.first - 1, consumed)
            if c.verb:
                end = min(self.clause_range(c.first)[1], last)
                later = [d.first for d in cues if d.first > c.last]
                negs += self._negators(c.last + 1, min([end, *[x - 1 for x in later]]), consumed, after=True)
            polarity = c.polarity if negs % 2 == 0 else -c.polarity
            if polarity > 0:
                score_pos += 1
                stance = stance or c.stance
            else:
                score_neg += 1
                if stance is None or score_neg > score_pos:
                    stance = c.stance if c.polarity > 0 else "tension"
            window_start = c.last + 1
        if score_neg and score_neg >= score_pos:  # a critical remark with a kind word is still critical
            return -1, stance if stance != "does_well" else "tension", any_cue
        if score_pos:
            return 1, stance, any_cue
        return 0, None, any_cue

    def _negators(self, a: int, b: int, consumed: set[int], after: bool = False) -> int:
        """Negators in tokens ``a..b``: before a cue (the last sub-clause counts), or ``after`` a verb cue
        (up to the next sub-clause: "snapt het niet, zegt ze" is negated, "snapt het, niet dat..." is not)."""
        n = 0
        for j in range(max(a, 0), b + 1):
            tok = self.tokens[j]
            if tok.lower in (",", "dat", "omdat", "en") and j > a:
                if after:
                    break
                n = 0  # a new sub-clause: earlier negation does not reach the cue
            if tok.lower in lx.NEGATORS and j not in consumed:
                n += 1
        return n


def find_opinions(text, tokens, mentions, elicits=(), question_stance: str | None = None,
                  about: bool = False) -> list[Opinion]:
    a = _Answer(text, tokens, mentions, about)
    lever = next((e for e in OPINION_ELICITS if e in elicits), None)
    found: dict[tuple[int, int], Opinion] = {}  # (holder, sentence) -> opinion
    claimed: set[int] = set()
    cue_tokens = {i for c in a.cues for i in range(c.first, c.last + 1)}

    def record(holders, kind, stance, first, last, explicit, confidence, source="text"):
        start, end = a.span(first, last)
        for h in holders:
            if h in (None, CLIENT):
                continue
            key = (h, tokens[first].sentence)
            if key not in found or (found[key].kind in ("neutral", "advice") and kind not in ("neutral", "advice")):
                found[key] = Opinion(h, kind, stance, start, end, explicit, confidence, source)

    sentence_ref: dict[int, tuple[int, str | None]] = {}
    for s, (s0, s1) in sorted(a.sentences.items()):
        # 1. "X zegt dat ...", "..., zegt X", "volgens X ..."
        for v in range(s0, s1 + 1):
            low = tokens[v].lower
            if low == "volgens":
                after = a.subject_after(v)
                if after:
                    holders, h_end = after
                    pol, stance, _ = a.evaluate(h_end + 1, s1)
                    if pol:
                        record(holders, "positive" if pol > 0 else "tension", stance, s0, s1, True, 0.85)
                        sentence_ref[s] = (pol, stance)
                    claimed.update(range(h_end + 1, s1 + 1))
                continue
            if low not in MATRIX_VERBS or v in cue_tokens:
                continue
            c0, _c1 = a.clause_range(v)
            holders = a.subject_before(v, c0)
            inverted = False
            h_end = v
            if holders is None:
                after = a.subject_after(v)
                if after is not None:
                    holders, h_end = after
                    inverted = True
                else:
                    holders = a.subject_before(v, s0)
            if not holders:
                continue
            # the complement: to the end of the clause chain, until a new subject or "maar"
            end = v
            j = v + 1
            while j <= s1:
                tok = tokens[j]
                if tok.lower in (";", "maar", "want"):
                    break
                if tokens[j - 1].text == "," and (j in a.at or tok.lower in lx.SUBJECT_PRONOUNS) and j > h_end:
                    break
                end = j
                j += 1
            matrix_neg = 0
            j = h_end + 1 if inverted else v + 1
            while j <= end and tokens[j].lower not in ("dat", "het", "om") and tokens[j].lower in lx.NEGATORS | ADVERBS:
                matrix_neg += tokens[j].lower in lx.NEGATORS
                j += 1
            body = [t for t in range((h_end if inverted else v) + 1, end + 1) if tokens[t].is_word]
            pol, stance, any_cue = a.evaluate(j, end, matrix_neg) if body else (0, None, False)
            q0, q1 = s0, s1
            if not any_cue:
                words = {tokens[t].lower for t in body}
                if words & {"wel"} and words <= {"wel", "van", "ook", "dat"}:
                    ref = sentence_ref.get(s, (1, lever)) if lever else sentence_ref.get(s)
                    if ref:
                        record(holders, "positive" if ref[0] > 0 else "tension", ref[1], s0, s1, False, 0.75)
                    continue
                if inverted or words <= {"dat", "het", "ook", "altijd", "vaak", "nog", "laatst", "zo", "wel", "dan"}:
                    # the content came before: "Ik kan goed luisteren, zeggen mijn vrienden." / "zegt dat."
                    if v > s0 and tokens[v - 1].lower != "dat" or (v - 1 > s0):
                        pol, stance, any_cue = a.evaluate(s0, v - 1)
                    if not any_cue and s > 0:
                        p0, p1 = a.sentences[s - 1]
                        pol, stance, any_cue = a.evaluate(p0, p1)
                        q0 = p0
            if CLIENT in holders:
                continue
            claimed.update(t for t in range(v + 1, end + 1) if t not in range(v, h_end + 1))
            if pol:
                record(holders, "positive" if pol > 0 else "tension", stance, q0, q1, True,
                       0.85 if all(h >= 0 and h in range(len(mentions)) for h in holders) else 0.7)
                sentence_ref[s] = (pol, stance)
            elif ADVICE.search(" ".join(tokens[t].lower for t in body)):
                record(holders, "advice", None, q0, q1, True, 0.6)
            else:
                record(holders, "neutral", None, q0, q1, True, 0.5)

        # 2. direct cues: "mijn broer is trots op me", "zij oordeelt nooit"
        for c in a.cues:
            if not (s0 <= c.first <= s1) or c.first in claimed or c.polarity == 0:
                continue
            holders = a.subject_before(c.first, a.clause_range(c.first)[0]) or a.subject_before(c.first, s0)
            if not holders or CLIENT in holders:
                continue
            h_last = max((mentions[h].last for h in holders if h >= 0), default=s0)
            pol, stance, _ = a.evaluate(h_last + 1, a.clause_range(c.first)[1])
            if pol == 0:
                continue
            record(holders, "positive" if pol > 0 else "tension", stance, s0, s1, True, 0.8)
            sentence_ref.setdefault(s, (pol, stance))

    # 3. contrast and exceptions; 4. the question as a lever
    first_word = next((t.lower for t in tokens if t.is_word), "")
    answer_negative = first_word in _ANSWER_NEGATIVE or (
        first_word == "eigenlijk" and any(t.lower == "niemand" for t in tokens[:3]))
    hedged = any(t.lower in lx.HEDGES or t.text == "?" for t in tokens)
    for k, m in enumerate(mentions):
        if m.possessor or m.first in claimed:
            continue
        s = tokens[m.first].sentence
        s0, s1 = a.sentences[s]
        if any(h == k and o.kind not in ("neutral", "advice") for (h, _), o in found.items()):
            continue
        c0, c1 = a.clause_range(m.first)
        before = [t.lower for t in tokens[c0: m.first] if t.lower not in ADVERBS]
        after = [t.lower for t in tokens[m.last + 1: c1 + 1] if t.lower not in ADVERBS and t.is_word]
        clause_has_cue = any(c0 <= c.first <= c1 for c in a.cues)
        ref = sentence_ref.get(s) or ((1, lever) if lever else None)
        exception = any(t.lower in _EXCEPTION for t in tokens[max(s0, m.first - 3): m.first])
        negated_here = (after[:1] and after[0] in lx.NEGATORS) or (before[-1:] and before[-1] in lx.NEGATORS)
        if not clause_has_cue and negated_here:
            if ref:
                kind = "negated" if ref[0] > 0 else "positive"
                record([k], kind, ref[1] if ref[0] > 0 else (ref[1] or "no_blame"), m.first, c1, False, 0.7)
            continue
        if not clause_has_cue and after[:1] == ["wel"] and ref:
            record([k], "positive" if ref[0] > 0 else "tension", ref[1], m.first, c1, False, 0.75)
            continue
        earlier = sentence_ref.get(s - 1)
        rest = [t.lower for t in tokens[m.last + 1: c1 + 1] if t.is_word]
        only_determiners = all(t.lower in _LEADING for t in tokens[s0: m.first] if t.is_word)
        if not clause_has_cue and earlier and only_determiners and "ook" in rest and set(rest) <= _AGREEING:
            # "De huisarts vindt dat ik het goed doe. Mijn tante ook." agrees with the sentence before
            record([k], "positive" if earlier[0] > 0 else "tension", earlier[1], s0, s1, False, 0.75)
            continue
        if lever and (exception or not answer_negative):
            record([k], "positive", lever, s0, s1, False, 0.5 if hedged else 0.7, "question")
        elif "tension" in elicits:
            record([k], "tension", "tension", s0, s1, False, 0.6, "question")

    # 5. a follow-up about one person: the answer is what they think
    if about and question_stance and not any(h == ABOUT for h, _ in found):
        words = [t.lower for t in tokens if t.is_word]
        if len(words) >= 2 and words[0] not in ("niks", "niets", "weet", "geen", "nee") and tokens:
            pol, _stance, _ = a.evaluate(0, len(tokens) - 1)
            if pol >= 0:
                start, end = a.span(0, len(tokens) - 1)
                found[(ABOUT, 0)] = Opinion(ABOUT, "positive", question_stance, start, end, True, 0.7, "question")
    return sorted(found.values(), key=lambda o: (o.start, o.holder))
