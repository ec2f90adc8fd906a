"""Messengers: whose view a reported clause gives. "Mijn oom vertelde dat zij trots op me is" is her view,
not his; "zei dat Noa zo goed groeit" is the speaker's own word of Noa. A mixin of
:class:`~quez.extraction.reported.ReportedSpeech`, for the holders of what it has read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quez.extraction import lexicon as lx
from quez.extraction.confidence import CONFIDENCE_REPORTED, CONFIDENCE_REPORTED_PRONOUN
from quez.extraction.cues import MATRIX_VERBS
from quez.extraction.discourse import CLIENT
from quez.extraction.polarity import Polarity, said_of_someone_else
from quez.extraction.quoting import SPOKEN_TO
from quez.extraction.speakers import MESSENGER_VERBS

if TYPE_CHECKING:
    from quez.extraction.discourse import Answer
    from quez.extraction.mention import PersonMention
    from quez.extraction.tokens import Token

_SAYING = frozenset("zeggen zegt zei zeiden gezegd vertellen vertelt vertelde vertelden verteld".split())
#: verbs of talking about someone: the one who does it holds what is said next ("opschept dat ik ...")
TALKS_ABOUT = frozenset("begint begon opschept schept praat praatte opschepte spreekbeurt werkstuk toont "
                        "toonde".split())


class Messengers:
    """Who holds what a reported clause says: its speaker, or the one the speaker passes it on from."""

    a: Answer
    tokens: list[Token]
    mentions: list[PersonMention]
    not_the_speaker: list[tuple[int, int, frozenset[int]]]

    if TYPE_CHECKING:  # defined by _Finder
        def said_of_client(self, pol: Polarity, a: int, b: int) -> bool: ...

    def _reported_holders(self, holders, body_start: int, end: int, pol: Polarity,
                          verb: str = "") -> tuple[list[int], float]:
        """The messenger passes it on: "X vertelde dat zij trots op me is" is her opinion, not X's."""
        named = all(h >= 0 for h in holders)
        confidence = CONFIDENCE_REPORTED if named else CONFIDENCE_REPORTED_PRONOUN
        # "zei (laatst / tegen me) dat X ...", "zei: X vindt ...": where the reported clause starts
        opener = next((j for j in range(body_start - 1, min(body_start + 9, end + 1))
                       if self.tokens[j].lower in ("dat", "da", ":")), None)
        if pol.sign <= 0 or opener is None:
            return holders, confidence
        start = opener + 1
        named = next((t for t in range(start, min(start + 3, end + 1)) if t in self.a.at), None) is not None
        if pol.descriptive_only and named and not any(self.tokens[t].lower in MATRIX_VERBS | TALKS_ABOUT
                                                      for t in range(start, end + 1)):
            return holders, confidence  # "zei dat Noa zo goed groeit": said of Noa, the speaker's view
        own = self._own_subject(start, end, pol) or self._later_clause_subject(start, end, pol)
        if own and self._told_to(body_start, opener, own):
            return holders, confidence  # "zegt tegen haar dochter dat die zich aan mij een voorbeeld moet nemen"
        if own and set(own) <= set(holders) and self._tells_on(start, end):
            own = self._own_subject_not(start, holders)  # "Dave zei dat hij ... zat te vertellen dat ...": not Dave
            self.not_the_speaker.append((start, end, frozenset(holders)))
            if own is None:
                return [], confidence
        if own and not set(own) & set(holders) and not self._speakers_relative(own, holders):
            return own, CONFIDENCE_REPORTED_PRONOUN
        passed_on = self._passed_on(start, end, holders) if verb in MESSENGER_VERBS else None
        if passed_on is not None:
            return [passed_on], CONFIDENCE_REPORTED_PRONOUN
        if verb in MESSENGER_VERBS and self._someone_else(start, end, holders):
            return [], confidence  # "Astrid vertelde dat hij ...": not hers, and whose the answer leaves open
        return holders, confidence

    def _later_clause_subject(self, start: int, end: int, pol: Polarity) -> list[int] | None:
        """"zegt dat het goedkomt, dat hij trots op me is": the good word is in a second "dat" clause, whose
        subject holds it (the first says nothing of anyone)."""
        second = next((j for j in range(start + 1, end) if self.tokens[j].lower in ("dat", "da")
                       and self.tokens[j - 1].text == ","), None)
        if second is None or any(c.polarity for c in self.a.cues if start <= c.first < second) \
                or any(j in self.a.at for j in range(start, second)):
            return None
        return self._own_subject(second + 1, end, pol)

    def _someone_else(self, start: int, end: int, holders) -> bool:
        pronoun = self.a.pronoun_in(start, min(start + 3, end + 1))
        return pronoun is not None and not any(self.a.could_be(pronoun, h) for h in holders if h is not None)

    def _told_to(self, body_start: int, opener: int, own: list[int]) -> bool:
        """The one spoken of after "dat" is whom it is said to ("tegen haar dochter dat die ...")."""
        told = {self.a.at[x] for x in range(body_start - 1, opener) if x in self.a.at
                and self.tokens[x - 1].lower == "tegen"}
        if not told:
            return False
        if set(own) <= {self.a.holder(k) for k in told}:
            return True
        pronoun = self.a.pronoun_in(opener + 1, opener + 3)  # "dat die ...": the one told
        return pronoun is not None and any(self.a.could_be(pronoun, k) for k in told)

    def _tells_on(self, start: int, end: int) -> bool:
        """What is said has a saying of its own ("zei dat hij op de verjaardag zat te vertellen dat ...")."""
        return any(self.tokens[t].lower in _SAYING for t in range(start + 1, end + 1))

    def _own_subject_not(self, start: int, holders) -> list[int] | None:
        pronoun = self.a.pronoun_in(start, start + 3)
        if pronoun is None:
            return None
        other = self.a.resolve(pronoun, frozenset(h for h in holders if h is not None))
        return [other] if other is not None and other != CLIENT else None

    def _speakers_relative(self, own, holders) -> bool:
        """"ons dochter zegt da haar ma een sterke madam is": the speaker's mother is the client herself."""
        stems = {self.mentions[h].stem for h in holders if h is not None and h >= 0}
        return any(h >= 0 and self.mentions[h].owner_word and any(self.mentions[h].stem in lx.INVERSE.get(st or "", ())
                                                                   for st in stems) for h in own)

    def _passed_on(self, start: int, end: int, holders) -> int | None:
        """"Mijn vader. Mijn oom vertelde dat hij trots op me is.": who tells passes on someone else's view."""
        pronoun = self.a.pronoun_in(start, min(start + 3, end + 1))
        if pronoun is None:
            return self._subject_goes_on(start, end, holders)
        if any(j in self.a.at for j in range(start, pronoun)):
            return None
        other = self.a.resolve(pronoun, frozenset(h for h in holders if h is not None))
        return other if other is not None and other != CLIENT else None

    def _subject_goes_on(self, start: int, end: int, holders) -> int | None:
        """"vertelde dat mijn moeder stiekem vraagt ..., en dat ze blij is": the later clause's pronoun goes on with
        the first clause's subject, the client's own relation or a name (not "zijn schoonvader": whose is open)."""
        k = self.a.at.get(start)
        then = next((j for j in range(start + 2, end) if self.tokens[j].lower in ("dat", "da")
                     and self.tokens[j - 1].lower in ("en", ",")), None)
        if k is None or then is None or not any(then < c.first <= end and c.polarity for c in self.a.cues):
            return None
        m = self.mentions[k]
        if not (m.name or m.own and not m.owner_word) or self.a.holder(k) in holders:
            return None
        pronoun = self.a.pronoun_in(then + 1, min(then + 3, end + 1))
        if pronoun is None:
            return None
        other = self.a.resolve(pronoun, frozenset(h for h in holders if h is not None))
        return other if other == self.a.holder(k) else None

    def _own_subject(self, a: int, b: int, pol: Polarity) -> list[int] | None:
        """The third person a stretch ``a..b`` opens with, when what it says is about the client (and is said in
        that person's clause: not "zegt dat hij vrolijk is als ik bel en dat ik een topzus ben")."""
        own = self.a.first_subject_in(a, min(a + 4, b + 1, len(self.tokens)))
        opens = next((j for j in range(a, b + 1) if self.tokens[j].is_word and self.tokens[j].lower not in
                      lx.DETERMINERS_PLAIN | lx.DETERMINERS_OWN | lx.DETERMINERS_OTHER | {"dat", "da"}), a)
        if own and own[0] >= 0 and opens not in self.a.at and self.tokens[opens].lower not in lx.SUBJECT_PRONOUNS:
            return None  # "zei: God heeft Abena een goede vader gegeven": Abena is no subject there
        if own and CLIENT not in own and self.said_of_client(pol, a, b):
            next_that = next((j for j in range(a + 1, b + 1) if self.tokens[j].lower in ("dat", "da")
                              and self.tokens[j - 1].lower in ("en", ",")
                              or self.tokens[j - 1].text in ",;" and self.tokens[j].lower in SPOKEN_TO), b + 1)
            # "hij heeft het zelf verkloot, gij hebt niks misdaan": the next clause speaks to her
            # not a reproach of the subject itself: "dat mijn moeder overdrijft en dat ik juist sterk ben"
            own_cues = [c for c in self.a.cues if a <= c.first < next_that and c.polarity
                        and not said_of_someone_else(self.a, c, a)]
            # "Haar moeder vindt", "dat hij in elk gesprek over zijn moeder begint, dat ik zijn rots ben"
            judges = any(self.tokens[j].lower in MATRIX_VERBS | TALKS_ABOUT for j in range(a, next_that))
            if not own_cues and not judges or own_cues and all(c.descriptive for c in own_cues) and not judges \
                    and not self.a.mentions_client(a, next_that - 1):
                return None  # "zei dat Lisa vooruit gaat en dat dat aan mij te danken is": said of Lisa
            if not judges and any(c.credit for c in own_cues) and all(c.descriptive or c.credit for c in own_cues):
                return None  # "zei dat Jesse een fijne jongen is geworden dankzij mij": the speaker gives her credit
            return own
        return None
