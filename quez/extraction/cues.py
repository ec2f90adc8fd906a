"""Opinion cues found in an answer: where the words and phrases of :mod:`quez.extraction.cue_table` stand,
as token spans, and the stance a question asks for. Also the verbs and adverbs of reported speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quez.extraction.cue_table import CUES

#: verbs that introduce what someone thinks or says ("X zegt dat ...")
MATRIX_VERBS = frozenset(
    """zeg zegt zei zeiden zeggen gezegd vind vindt vond vonden vinden gevonden denkt dacht dachten denken
    vertelt vertelde vertellen verteld noemt noemde merkt merkte ziet zag gelooft geloofde schrijft schreef
    appt appte roept riep benadrukt liet laat beweert beweerde beweren beweerd schreeuwt schreeuwde herhaalt
    herhaalde meent meende fluistert fluisterde benadrukte gezet zette postte gepost deelde gedeeld""".split()
)
#: adverbs between a verb and its subject ("zegt ook de juf")
ADVERBS = frozenset(
    """ook altijd vaak wel nog zelf eigenlijk trouwens laatst soms allemaal allebei dan echt zeker natuurlijk
    gewoon steeds weleens wel eens juist heel erg toen nu vooral al elke dag""".split()
)
#: words of advice ("je moet ...", "zou beter ...")
ADVICE = re.compile(r"(?<!\w)(?:moet|moeten|moest|zou|zouden|beter)(?!\w)")


@dataclass(frozen=True)
class CueHit:
    first: int  # token span
    last: int
    polarity: int
    stance: str
    verb: bool
    consumes_negation: bool
    descriptive: bool = False
    credit: bool = False


def find_cues(text: str, tokens) -> list[CueHit]:
    """All cue hits in ``text`` as token spans; overlapping hits keep the earlier definition."""
    lowered, starts, ends = _as_read(text, tokens)
    taken: set[int] = set()
    hits: list[CueHit] = []
    for cue in CUES:
        for m in cue.pattern.finditer(lowered):
            first, last = starts.get(m.start()), ends.get(m.end())
            if first is None or last is None:
                continue
            span = set(range(first, last + 1))
            if span & taken:
                continue
            taken |= span
            hits.append(CueHit(first, last, cue.polarity, cue.stance, cue.verb, cue.consumes_negation,
                               cue.descriptive, cue.credit))
    hits.sort(key=lambda h: h.first)
    return hits


def _as_read(text: str, tokens) -> tuple[str, dict[int, int], dict[int, int]]:
    """The answer as its tokens read it (lower case, dialect as the standard word: "zeet" is "zegt"), with where
    each token starts and ends in that text."""
    parts: list[str] = []
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    at = previous = 0
    for t in tokens:
        gap = text[previous: t.start]
        parts.append(gap)
        at += len(gap)
        starts[at] = t.index
        parts.append(t.lower)
        at += len(t.lower)
        ends[at] = t.index
        previous = t.end
    return "".join(parts), starts, ends


def stance_of_question(text: str) -> str | None:
    """The stance a question asks for, read from its own words ("Wat vindt {persoon} dat je goed doet?")."""
    from quez.extraction.tokens import tokenize

    tokens = tokenize(text)
    for hit in find_cues(text, tokens):
        if hit.polarity > 0 and hit.stance:
            return hit.stance
    return None
