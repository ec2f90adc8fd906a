"""Who "hij", "ze" and "die" are: the pronoun half of :class:`~quez.extraction.discourse.Answer`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quez.extraction import lexicon as lx
from quez.extraction.grammar import (
    ABOUT,
    CLEFT_ADVERBS,
    CLEFT_HEADS,
    PLURAL_VERBS,
    PREPOSITIONS,
    PRONOUN_FITS,
    SINGULAR_VERBS,
    TITLE_GENDER,
)
from quez.extraction.quoting import in_quote

if TYPE_CHECKING:
    from quez.extraction.discourse import Referent


class Pronouns:
    """Resolves pronouns over the tokens, mentions and sentences of an answer (mixed into ``Answer``)."""

    tokens: list
    mentions: list

    if TYPE_CHECKING:  # defined by Answer
        def subject_before(self, i: int, stop: int) -> list[int] | None: ...

    at: dict[int, int]
    sentences: dict[int, tuple[int, int]]
    about: bool
    about_ref: Referent | None
    is_about: set[int]

    def holder(self, k: int) -> int:
        """The holder a mention stands for: the follow-up's person when it names them."""
        return ABOUT if k in self.is_about else k

    def _coordinated_with(self, k: int) -> list[int]:
        m = self.mentions[k]
        j = m.first - 1
        if j > 0 and self.tokens[j].lower in ("en", ",") and (j - 1) in self.at:
            return [self.at[j - 1]]
        return []

    def gender(self, k: int) -> str | None:
        m = self.mentions[k]
        if m.plural:
            return "pl"
        title = self.tokens[m.first].lower
        if title in TITLE_GENDER:
            return TITLE_GENDER[title]  # "meneer Visser"
        return lx.relation_gender(m.stem) or (lx.name_gender(m.name) if m.name else None)

    def resolve(self, i: int, skip: frozenset[int] = frozenset()) -> int | None:
        """The person the pronoun at token ``i`` refers to (a mention, :data:`ABOUT`), else None; ``skip``: who it
        is not ("mijn oom vertelde dat hij ...": the one who tells passes on someone else's view)."""
        pronoun = self.tokens[i].lower
        fits = set(PRONOUN_FITS.get(pronoun, {"f", "m", None, "pl"}))
        nxt = self.tokens[i + 1].lower if i + 1 < len(self.tokens) else ""
        if pronoun in ("ze", "die") and nxt in PLURAL_VERBS:
            fits = {"pl"}
        elif pronoun in ("ze", "zij", "die") and (nxt.endswith("t") or nxt in SINGULAR_VERBS):
            fits.discard("pl")  # "ze zegt", "ze is": one person
        same = self._continued_subject(i, fits, skip)
        if same is None:
            same = self._coordinated_subject(i, fits, skip)
        if same is not None:
            return same
        after = self._dislocated(i) if pronoun != "die" else self._cleft(i)
        if after is not None and self._fits(after, fits) and self.holder(after) not in skip:
            return after
        candidates: list[int] = []
        for j in range(i - 1, -1, -1):
            k = self.at.get(j)
            if k is not None and k not in candidates and not self.mentions[k].possessor and self.holder(k) not in skip:
                candidates.append(k)
        # someone named inside an earlier sentence's quote comes after the rest: "Wim zegt: mijn broer had ook
        # schulden. Hij zegt dat ik dapper ben." is Wim
        quoted = [k for k in candidates if self._in_earlier_quote(k, i)]
        candidates = [k for k in candidates if k not in quoted] + quoted
        # subjects first: "Ze legt uit wat er met Lieve gebeurt. En ze zegt ..." is not Lieve
        for pass_objects in (False, True):
            seen: list[int] = []
            for k in candidates:
                if self._after_preposition(k) and not pass_objects and not self._that_one(i, k):
                    continue  # but "het aan tante Joke verteld, en die stuurde ...": "die" is the one just named
                seen.append(k)
                if self._fits(k, fits):
                    return self._unambiguous(k, seen, fits)
            if not pass_objects and self.about and self._about_fits(fits):
                return ABOUT
        return None

    def _that_one(self, i: int, k: int) -> bool:
        """"die" at token ``i`` outside any quote, with mention ``k`` named just before it in its sentence."""
        first = self.mentions[k].first
        return self.tokens[i].lower == "die" and self.tokens[first].sentence == self.tokens[i].sentence \
            and not in_quote(self.tokens, i) and not in_quote(self.tokens, first) and i - self.mentions[k].last <= 6

    def _in_earlier_quote(self, k: int, i: int) -> bool:
        """Mention ``k`` is in a quote (after a colon) of a sentence before the one of token ``i``."""
        first = self.mentions[k].first
        return self.tokens[first].sentence < self.tokens[i].sentence and in_quote(self.tokens, first)

    def _dislocated(self, i: int) -> int | None:
        """"Trots is ze, mijn moeder.", "Knap vindt ze het, mijn zus, dat ik ...": the person named after a comma at
        the end of the pronoun's sentence is who it is."""
        s = self.tokens[i].sentence
        s1 = self.sentences[s][1]
        for j in range(i + 1, s1 + 1):
            k = self.at.get(j)
            if k is None or self.mentions[k].first != j or self.tokens[j - 1].text != "," \
                    or self.mentions[k].possessor:
                continue
            rest = [t for t in self.tokens[self.mentions[k].last + 1: s1 + 1]]
            if all(not t.is_word for t in rest) or rest[0].text == "," and rest[1:2] and rest[1].lower == "dat":
                return k
        return None

    def _cleft(self, i: int) -> int | None:
        """"De enige die zegt dat ik het goed doe is mijn oma", "Degene die me steunt is Fatima": who "die" is
        comes after "is"."""
        if i == 0 or self.tokens[i - 1].lower not in CLEFT_HEADS:
            return None
        s1 = self.sentences[self.tokens[i].sentence][1]
        for j in range(i + 1, s1):
            if self.tokens[j].lower in ("is", "was"):
                x = j + 1
                while x <= s1 and self.tokens[x].lower in CLEFT_ADVERBS:
                    x += 1
                k = self.at.get(x)
                if k is not None and self.mentions[k].first == x:
                    return k
        return None

    def _continued_subject(self, i: int, fits: set, skip: frozenset[int]) -> int | None:
        """"Ze neemt Zeynep mee naar de speeltuin. En ze zegt ...": a pronoun opening a sentence goes on with the
        pronoun that opened the one before, not with someone that sentence only spoke of."""
        s = self.tokens[i].sentence
        if not (self._opens(i) or self._after_fronted_verb(i)) or s == 0:
            return None
        p0, p1 = self.sentences.get(s - 1, (0, -1))
        earlier = next((j for j in range(p0, p1 + 1) if self.tokens[j].is_word and self.tokens[j].lower
                        not in ("maar", "mar", "en")), None)
        if earlier is not None and earlier in self.at:  # "Zijn moeder niet. Die belde ...": she, not "zijn"
            return self._passed_on_subject(p0, p1, fits, skip)
        if earlier is None or not self._opens(earlier) or self.tokens[earlier].lower not in PRONOUN_FITS:
            return None
        if not set(PRONOUN_FITS[self.tokens[earlier].lower]) & fits - {None}:
            return None
        return self._same_one(earlier, fits, skip)

    def _same_one(self, j: int, fits: set, skip: frozenset[int]) -> int | None:
        """Whom the pronoun at token ``j`` stands for, when that one fits ``fits`` too and is not in ``skip``."""
        r = self.resolve(j, skip)
        if r is None or r in skip or (r >= 0 and not self._fits(r, fits)) \
                or (r == ABOUT and not self._about_fits(fits)):
            return None
        return r

    def _coordinated_subject(self, i: int, fits: set, skip: frozenset[int]) -> int | None:
        """"Die kent Kiano beter dan wie ook, en hij zegt ...": a pronoun opening a main clause after "en" goes on
        with the subject the sentence opened with (a pronoun, or someone named), not with whom it spoke of."""
        if i == 0 or self.tokens[i - 1].lower != "en" or i + 1 >= len(self.tokens) \
                or not _finite(self.tokens[i + 1].lower):
            return None
        s0 = self.sentences[self.tokens[i].sentence][0]
        first = next((j for j in range(s0, i - 1) if self.tokens[j].is_word
                      and self.tokens[j].lower not in ("maar", "mar", "en", "ook", "dan")), None)
        if first is None or first == i:
            return None
        if first in self.at and self.mentions[self.at[first]].first == first:
            k = self.at[first]
            verb = self.mentions[k].last + 1
            if verb < i and _finite(self.tokens[verb].lower) and self._fits(k, fits) and self.holder(k) not in skip:
                return self.holder(k)
            return None
        if self.tokens[first].lower not in PRONOUN_FITS or not self._opens(first):
            return None
        return self._same_one(first, fits, skip)

    def _passed_on_subject(self, p0: int, p1: int, fits: set, skip: frozenset[int]) -> int | None:
        """"Maar mijn zus vertelde dat ze tegen de buren zegt ... Knap vindt ze het.": after a sentence that passes
        on what someone says, a pronoun goes on with that one, not with the messenger."""
        from quez.extraction.speakers import MESSENGER_VERBS

        for j in range(p0, p1 - 1):
            if self.tokens[j].lower in MESSENGER_VERBS and self.tokens[j + 1].lower in ("dat", "da") \
                    and self.tokens[j + 2].lower in PRONOUN_FITS:
                messenger = frozenset(self.subject_before(j, p0) or ())  # who tells it is not who is told of
                r = self.resolve(j + 2, skip | messenger)
                if r is not None and r not in skip and (r == ABOUT and self._about_fits(fits)
                                                        or r >= 0 and self._fits(r, fits)):
                    return r
        return None

    def _after_fronted_verb(self, i: int) -> bool:
        """"Knap vindt ze het", "Trots is ze": the subject right after a fronted word and its verb."""
        s0 = self.sentences[self.tokens[i].sentence][0]
        before = [t.lower for t in self.tokens[s0:i] if t.is_word]
        if len(before) == 2 and before[1] in lx.COPULAS | {"vindt", "vond", "zegt", "zei"}:
            return True
        # "En op de ledenvergadering zei hij ...": a fronted phrase with no one in it, then the verb
        return 2 < len(before) <= 6 and before[-1] in _SAYING_VERBS and before[0] in ("en", "maar", "toen", "op",
                                                                                       "in", "bij", "gisteren") \
            and not any(j in self.at or self.tokens[j].text == "," for j in range(s0, i))

    def _opens(self, i: int) -> bool:
        """Token ``i`` is the subject a sentence opens with ("Ze ...", "En ze ...", "Maar hij ...")."""
        s0 = self.sentences[self.tokens[i].sentence][0]
        before = [t.lower for t in self.tokens[s0:i] if t.is_word]
        return before in ([], ["en"], ["maar"], ["dan"], ["ook"])

    def pronoun_in(self, first: int, stop: int) -> int | None:
        """The first third-person subject pronoun in tokens ``first`` up to (not including) ``stop``."""
        return next((j for j in range(first, min(stop, len(self.tokens)))
                     if self.tokens[j].lower in lx.SUBJECT_PRONOUNS), None)

    def could_be(self, i: int, k: int) -> bool:
        """Whether the pronoun at token ``i`` can stand for mention ``k`` (gender and number)."""
        fits = set(PRONOUN_FITS.get(self.tokens[i].lower, {"f", "m", None, "pl"}))
        return k < 0 or self._fits(k, fits)

    def _after_preposition(self, k: int) -> bool:
        first = self.mentions[k].first
        return first > 0 and self.tokens[first - 1].lower in PREPOSITIONS

    def _fits(self, k: int, fits: set) -> bool:
        g = self.gender(k)
        if g is None:
            return bool(fits & {"f", "m", None})
        return g in fits

    def _about_fits(self, fits: set) -> bool:
        g = self.about_ref.gender if self.about_ref else None
        return g in fits or (g is None and bool(fits & {"f", "m", None}))

    def _unambiguous(self, k: int, seen: list[int], fits: set) -> int | None:
        """``k``, unless a person coordinated with it fits as well ("mijn zus en mijn tante")."""
        m = self.mentions[k]
        for other in seen[:-1] + [x for x in self._coordinated_with(k) if x not in seen]:
            if other != k and self._fits(other, fits) and abs(self.mentions[other].first - m.first) <= 6 \
                    and self.tokens[self.mentions[other].first].sentence == self.tokens[m.first].sentence \
                    and self.mentions[other].key() != m.key():
                return None
        return self.holder(k)


def _finite(word: str) -> bool:
    """A singular finite verb, roughly: "zegt", "belde", "zei" (not "de", "het")."""
    return word in SINGULAR_VERBS or len(word) > 3 and word.endswith(("t", "de", "te")) and word not in _NOT_VERBS


_SAYING_VERBS = frozenset("zei zegt vond vindt vertelde vertelt schreef riep belde appte".split())
_NOT_VERBS = frozenset("niet echt dat wat het eigenlijk gisteren laatst altijd ooit mijnheer meneer".split())
