"""Who says or thinks what is reported: the speaker half of :class:`~quez.extraction.reported.ReportedSpeech`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quez.extraction import lexicon as lx
from quez.extraction.cues import ADVERBS, MATRIX_VERBS
from quez.extraction.discourse import CLIENT

if TYPE_CHECKING:
    from quez.extraction.discourse import Answer
    from quez.extraction.mention import PersonMention
    from quez.extraction.tokens import Token

#: verbs of passing something on: "X vertelde dat hij ..." is more often someone else's view than X's own
MESSENGER_VERBS = frozenset("vertelt vertelde vertelden verteld hoorde hoorden gehoord".split())
_TOLD = frozenset("mij me ons hem haar hun jou je".split())
_SAYING_INFINITIVES = frozenset("zeggen vertellen opscheppen praten roepen".split())
_PERCEIVING = frozenset("hoorde hoorden hoor hoort gehoord zag zagen zie ziet gezien".split())
_SEEN_PRONOUNS = frozenset("hem haar ze hen hun".split())
#: what opens a sub-clause the sentence starts with ("Sinds we hier wonen vindt Karin ...")
_FRONTED = frozenset("als toen sinds omdat nadat voordat zodra wanneer terwijl hoewel doordat zolang dat".split())
_LEADING = frozenset("elke iedere keer ook en maar pas juist zelfs vooral".split())
#: finite verbs before a subject and the participle ("heeft Truus gezegd")
_AUXILIARIES = frozenset("heeft hebben had hadden is was zijn waren zal zou zullen zouden kan kon wil wou moet moest "
                         "gaat ging blijft bleef".split())


class Speakers:
    """Finds the one who says or thinks it, for the finder's reported-speech step."""

    a: Answer
    tokens: list[Token]
    mentions: list[PersonMention]
    not_the_speaker: list[tuple[int, int, frozenset[int]]]

    def _not_the_messenger(self, v: int, s0: int, holders: list[int]) -> list[int]:
        """"Mijn neef vertelde dat hij op de bruiloft zei dat ...": "hij" is not the neef who tells it."""
        told = next((j for j in range(s0, v) if self.tokens[j].lower in MESSENGER_VERBS), None)
        if told is None or not self.tokens[told + 1: v]:
            return holders
        pronoun = next((j for j in range(told + 1, v) if self.tokens[j].lower in lx.SUBJECT_PRONOUNS), None)
        messenger = self.a.subject_before(told, s0)
        if pronoun is None or not messenger or set(messenger) != set(holders) or CLIENT in holders:
            return holders
        other = self.a.resolve(pronoun, frozenset(messenger))
        return [other] if other is not None and other != CLIENT else holders

    def _tells_what_another_said(self, v: int, s1: int, holders: list[int]) -> bool:
        """Verb ``v`` passes on ("vertelde", "hoorde") what someone else then says or thinks; so does any verb of
        saying with "dat" and someone named who says it ("Taras schreef mij dat Oleh ... zegt: ...")."""
        messenger = self.tokens[v].lower in MESSENGER_VERBS
        that = next((j for j in range(v + 1, min(v + 4, s1 + 1)) if self.tokens[j].lower in ("dat", "da")), None)
        if not messenger and that is None:
            return False
        apposition = self._appositions(v + 1, s1)
        for j in range(v + 1, s1 + 1):
            if j in apposition:
                continue  # "zei da mijne pa, Allah yarhamou, altijd zei ..."
            if not messenger and (self.tokens[j].lower in ("maar", "want", ";", ",")
                                  or self.tokens[j].lower in lx.SUBJECT_PRONOUNS):
                return False  # "vindt dat ik me aanstel, maar de fysio zegt ...": a view of its own
            if self.tokens[j].lower in MATRIX_VERBS:
                inner = self.a.subject_before(j, v + 1) or []
                named = messenger or any(self.a.holder(self.a.at[x]) in inner for x in range((that or v) + 1, j)
                                         if x in self.a.at)  # "dat Oleh ... zegt", not "dat ... ze zeggen"
                return bool(inner) and named and CLIENT not in inner and not set(inner) & set(holders)
        return False

    def _appositions(self, first: int, last: int) -> set[int]:
        """Tokens set off by commas right after someone named ("Jorrit, haar man, ...", "mijne pa, Allah yarhamou,
        ..."): at most five words between the two commas, none of them a verb of saying."""
        skipped: set[int] = set()
        for m in self.mentions:
            opening = m.last + 1
            if not first <= opening <= last or self.tokens[opening].text != ",":
                continue
            closing = next((j for j in range(opening + 1, min(opening + 7, last + 1)) if self.tokens[j].text == ","),
                           None)
            if closing is not None and not any(self.tokens[j].lower in MATRIX_VERBS for j in range(opening, closing)):
                skipped.update(range(opening, closing + 1))
        return skipped

    def _speaker(self, v: int, s0: int) -> tuple[list[int] | None, int, bool]:
        """Who says or thinks it: before the verb, or right after it ("..., zegt mijn moeder")."""
        c0, _c1 = self.a.clause_range(v)
        apposition = self._appositions(s0, v) if c0 > s0 else set()
        if c0 - 1 in apposition:  # "mijne pa, Allah yarhamou, altijd zei": his clause
            c0 = next((m.first for m in self.mentions if m.last < c0 - 1
                       and all(j in apposition for j in range(m.last + 1, c0))), c0)
        overheard = self._overheard(v, c0)
        if overheard is not None:
            return overheard, v, False
        fronted = self._after_fronted_clause(v, s0)
        if fronted is not None:
            return fronted
        if v >= s0 + 4 and [t.lower for t in self.tokens[v - 3: v]] == [",", "om", "te"]:
            purpose = self.a.subject_before(v - 4, s0)  # "dat de buurvrouw had gebeld, om te zeggen dat ..."
            if purpose:
                return purpose, v, False
        if v > s0 and self.tokens[v - 1].lower == "en":  # "Hij laat me gaan als Finn ziek is en zegt dat ..."
            but = next((j for j in range(v - 2, s0, -1) if self.tokens[j].lower in ("maar", "mar", "mo")), s0)
            holders = self._reported_subject(s0, v) or self.a.first_subject_in(but, v)  # "..., maar Elly komt en zegt"
            if holders:
                return holders, v, False
        holders = self.a.subject_before(v, c0)
        if holders is not None:
            return holders, v, False
        after = self.a.subject_after(v)
        if after is not None:
            return after[0], after[1], True
        return self.a.subject_before(v, s0), v, False

    def _overheard(self, v: int, c0: int) -> list[int] | None:
        """"Anna hoorde amma aan de telefoon zeggen dat ...", "ik zag hem tegen de juf vertellen dat ...": the one
        heard or seen saying it."""
        if self.tokens[v].lower not in _SAYING_INFINITIVES:
            return None
        seen = next((j for j in range(v - 1, c0 - 1, -1) if self.tokens[j].lower in _PERCEIVING), None)
        if seen is None:
            return None
        if self.tokens[seen + 1].lower in _SEEN_PRONOUNS:  # "Anna hoorde haar ...": not Anna
            hearer = self.a.subject_before(seen, c0) or []
            own = self.a.resolve(seen + 1, frozenset(h for h in hearer if h is not None))
            return [own] if own is not None and own != CLIENT else None
        k = next((self.a.at[j] for j in range(seen + 1, v) if j in self.a.at), None)
        if k is None or self.tokens[self.mentions[k].first - 1].lower in ("tegen", "aan", "met", "van", "over"):
            return None
        return [self.a.holder(k)]

    def _after_fronted_clause(self, v: int, s0: int) -> tuple[list[int], int, bool] | None:
        """A sentence that opens with a sub-clause goes on with its verb and then its subject: "Sinds we hier
        wonen vindt Karin dat ...", "Toen ik ziek was heeft Truus gezegd dat ..." (not "Als mijn zus zegt ...")."""
        opener = next((j for j in range(s0, v) if self.tokens[j].lower not in _LEADING), None)
        if opener is None or self.tokens[opener].lower not in _FRONTED or v - opener < 3 \
                or any(self.tokens[j].text in ",;:" for j in range(opener, v)):
            return None
        after = self.a.subject_after(v)
        if after is not None and after[0]:
            return after[0], after[1], True
        j = v - 1
        while j > opener and self.tokens[j].lower in ADVERBS:
            j -= 1  # "heeft Truus ook gezegd"
        k = self.a.at.get(j)
        first = self.a.mentions[k].first if k is not None else (
            j if self.tokens[j].lower in lx.SUBJECT_PRONOUNS else None)
        if first is None or first - 1 <= opener or self.tokens[first - 1].lower not in _AUXILIARIES:
            return None
        holders = self.a.subject_before(v, first)
        return (holders, v, False) if holders else None

    def _reported_subject(self, s0: int, v: int) -> list[int] | None:
        """"Maarten zei dat zijn baas vroeg hoe het ging en zei dat ...": the "en zei" goes on with the one
        spoken of after "zei dat", not with the one who said it."""
        said = next((j for j in range(s0, v - 2) if self.tokens[j].lower in MATRIX_VERBS
                     and self.tokens[j + 1].lower in ("dat", "da")), None)
        if said is None:  # "Taras schreef mij dat Oleh ... en zegt"
            said = next((j + 1 for j in range(s0, v - 3) if self.tokens[j].lower in MATRIX_VERBS
                         and self.tokens[j + 1].lower in _TOLD and self.tokens[j + 2].lower in ("dat", "da")), None)
        if said is None:
            return None
        own = self.a.first_subject_in(said + 2, v - 1)
        return own if own and CLIENT not in own else None
