"""The structure of one answer that opinions are read from: who is where, who "hij" and "ze" are.

:class:`Answer` knows the persons found in the answer by token, the cue words, the
sentences and sub-clauses, and resolves pronouns and implied subjects:

- a pronoun is the most recent person named before it whose gender and number fit
  ("Thijs, mijn buddy. Hij ziet wat ik kan." → Thijs; "zij" skips "mijn broer");
- in the answer to a follow-up about one person, a pronoun with nobody fitting before it,
  and every mention of that person by name or relation, is that person (:data:`ABOUT`);
- two persons that fit equally well side by side ("mijn zus en mijn tante ... Ze zei")
  leave the pronoun unresolved rather than guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from quez.extraction import lexicon as lx
from quez.extraction.cues import CueHit, find_cues
from quez.extraction.grammar import (
    ABOUT,
    BEFORE_PRAISE,
    CLIENT,
    CLIENT_REFERENCES,
    OBJECT_PREPOSITIONS,
    PLURAL_VERBS,
    PREPOSITIONS,
    PRONOUN_FITS,
    SEGMENT_PUNCT,
    SUBORDINATORS,
)
from quez.extraction.namelists import nickname_of
from quez.extraction.pronouns import Pronouns
from quez.extraction.quoting import SPOKEN_TO, in_quote, quote_colon

#: words after a cue that aim it at someone ("trots op", "respect voor", "dankbaar aan", "opscheppen over")
_AT = frozenset("op voor aan over".split())
_HAVE = frozenset("heb hebt heeft had hadden hebben".split())

__all__ = ["ABOUT", "CLIENT", "PREPOSITIONS", "SUBORDINATORS", "Answer", "Referent", "names_someone"]


@dataclass(frozen=True)
class Referent:
    """A person the conversation already knows: the one a follow-up asks about, or one named before."""

    name: str | None = None
    relation: str | None = None

    @property
    def stem(self) -> str | None:
        """The relation's stem; for a person the worker wrote down by a relation alone ("moeder", "Mama",
        "de buurvrouw") that is their name."""
        relation = self.relation or self.name
        if not relation:
            return None
        words = [w for w in relation.casefold().split() if w not in lx.DETERMINERS_OWN | lx.DETERMINERS_PLAIN]
        info = lx.relation_info(" ".join(words)) or (lx.relation_info(words[-1]) if words else None)
        return info[0] if info else None

    @property
    def gender(self) -> str | None:
        return lx.relation_gender(self.stem) or (lx.name_gender(self.name) if self.name else None)

    def is_written_as(self, name: str) -> bool:
        """"Es" for Esther, "Jaimie" for Jaimy, "denis" for Dennis, "Jackie" for Jacqueline: their name, shortened,
        spelt another way or a nickname."""
        return bool(self.name) and (lx.name_form_of(name, self.name or "") or nickname_of(name, self.name or ""))

    def is_mentioned_by(self, mention) -> bool:
        """"Joyce", "joyce", or (unnamed) "mijn zus" when she is known as the client's zus."""
        if mention.name:
            return lx.fold(mention.name) == lx.fold(self.name) if self.name else False
        stem = self.stem
        own = mention.own or mention.qualifier.startswith("van ") and not mention.owner_word  # "de juf van Lieke"
        same = mention.stem == stem or any(stem in g and mention.stem in g for g in lx.ROLE_GROUPS)
        return bool(stem) and own and not mention.plural and same


def names_someone(tokens, m, about: bool = False) -> bool:
    """"mijn zus", "zus", "Karin": a way to name one person; not "een moeder" (anyone). In a follow-up about
    the juf, "de juf" is her too (``about``), but not "de andere juf"."""
    if m.name:
        return True
    if about and tokens[m.first].lower in ("de", "den") and (not m.qualifier or m.qualifier.startswith("van ")):
        from quez.extraction.relatives import ANOTHER

        return not any(t.lower in ANOTHER for t in tokens[m.first: m.last + 1])
    return tokens[m.first].lower not in ("een", "de", "die", "deze", "zo'n")


#: words for whom a quote speaks to ("zei: oom Gerard, gij hebt ...")
SPOKEN_TO_WORDS = SPOKEN_TO | frozenset({"uw", "ge"})
#: people nouns that, after "die" in someone's quoted words, may stand for the client ("die madam is proper")
QUOTED_PEOPLE = frozenset("madam madame vrouw man jongen jong meid meisje vent mevrouw meneer dame kerel gast "
                          "vrouwke manneke".split())


class Answer(Pronouns):
    def __init__(self, text, tokens, mentions, about: bool, about_ref: Referent | None = None,
                 cues: list[CueHit] | None = None, client_names: frozenset[str] = frozenset()):
        self.text, self.tokens, self.mentions, self.about = text, tokens, mentions, about
        self.client_names = client_names  # folded names the answer calls the client by ("die Marieke, ...")
        self.about_ref = about_ref
        self.at: dict[int, int] = {}
        for k, m in enumerate(mentions):
            for i in range(m.first, m.last + 1):
                self.at[i] = k
        hits = find_cues(text, tokens) if cues is None else cues
        self.cues = [c for c in hits if not any(i in self.at for i in range(c.first, c.last + 1))
                     or self._blamed_in_cue(c)]
        self.sentences: dict[int, tuple[int, int]] = {}
        for t in tokens:
            a, b = self.sentences.get(t.sentence, (t.index, t.index))
            self.sentences[t.sentence] = (min(a, t.index), max(b, t.index))
        self.is_about = {k for k, m in enumerate(mentions)
                         if about and about_ref and about_ref.is_mentioned_by(m) and names_someone(tokens, m, True)}

    def _blamed_in_cue(self, c) -> bool:
        """"de schuld is van die Marco": the cue names whom the blame goes to; a person inside a cue otherwise
        means the words were about them ("zonder mama ...")."""
        inside = next(i for i in range(c.first, c.last + 1) if i in self.at)
        return c.stance == "no_blame" and c.polarity > 0 \
            and any(self.tokens[j].lower in ("van", "bij") for j in range(c.first, inside))

    # -- where things are ------------------------------------------------------------------------------
    def clause_range(self, i: int) -> tuple[int, int]:
        c = self.tokens[i].clause
        idx = [t.index for t in self.tokens if t.clause == c]
        return idx[0], idx[-1]

    def segment_start(self, i: int) -> int:
        """First token of the sub-clause holding token ``i`` (after "dat", "omdat", a comma ...)."""
        s0 = self.sentences[self.tokens[i].sentence][0]
        for j in range(i - 1, s0 - 1, -1):
            low = self.tokens[j].lower
            if low in SUBORDINATORS or low in SEGMENT_PUNCT:
                return j + 1
            if low == "en" and j + 1 < i and self._new_subject_after_and(j):
                return j + 1
        return s0

    def _new_subject_after_and(self, j: int) -> bool:
        """"... en zij snapt het", "... laten komen en mijn advocaat zegt": "en" opens a clause of its own
        (not "mijn broer en mijn zus vinden")."""
        nxt = self.tokens[j + 1].lower
        if nxt in lx.SUBJECT_PRONOUNS | lx.CLIENT_PRONOUNS:
            return True
        return (j + 1) in self.at and (j - 1) not in self.at and self.tokens[j - 1].is_word

    def span(self, first: int, last: int) -> tuple[int, int]:
        while last > first and not self.tokens[last].is_word and self.tokens[last].text not in ".!?…":
            last -= 1
        return self.tokens[first].start, self.tokens[last].end

    def mentions_client(self, a: int, b: int) -> bool:
        """"ik", "me", "jij" ... in tokens ``a..b`` (not "mijn" in "mijn dochter": that names her); also a
        relative that is no mention ("zegt dat zijn zus een heilige is": the client is that sister)."""
        return any(j not in self.at and (self.tokens[j].lower in CLIENT_REFERENCES or self._kin_for_client(j)
                                         or self.client_names and lx.fold(self.tokens[j].text) in self.client_names
                                         or self._that_one_quoted(j) or self._she_spoken_of(j))
                   for j in range(max(a, 0), b + 1))

    def _she_spoken_of(self, j: int) -> bool:
        """"zei tegen hem: laat je zus met rust, zij is de slimste", "Mark zei: mam, hou op, zij doet het beter":
        "zij" in words said to someone else, with no one in the quote before it, is the client."""
        t = self.tokens
        if t[j].lower not in ("zij", "ze", "hij") or j + 1 >= len(t) or t[j + 1].lower in PLURAL_VERBS:
            return False
        s = t[j].sentence
        colon = quote_colon(t, j)
        if colon is None:
            return False
        if any(x in self.at and self.mentions[self.at[x]].own and not self.mentions[self.at[x]].owner_word
               for x in range(colon + 1, j)):
            return False  # someone of hers named in the quote before it
        told = any(t[x].lower == "tegen" for x in range(colon - 1, -1, -1) if t[x].sentence == s)
        called = colon + 2 < j and t[colon + 2].text == "," and t[colon + 1].is_word \
            and t[colon + 1].lower not in CLIENT_REFERENCES  # "mam, hou op, zij ..."
        return told or called

    def _that_one_quoted(self, j: int) -> bool:
        """"zegt: die madam is proper", "zei: die jongen doet wat hij kan": someone's words about "that woman",
        "that boy" with nothing to place them, in an answer about the client, are about her."""
        t = self.tokens
        if t[j].lower not in QUOTED_PEOPLE or j == 0 or t[j - 1].lower not in ("die", "deze", "dieje", "diene"):
            return False
        if j + 1 < len(t) and t[j + 1].lower in ("van", "die", "uit", "bij", "met", "in", "op"):
            return False  # "die vrouw van hiernaast", "die man die ..."
        return in_quote(t, j)

    def _kin_for_client(self, j: int) -> bool:
        info = lx.relation_info(self.tokens[j].lower) if self.tokens[j].is_word else None
        return info is not None and info[1] == "family" and j > 0 \
            and self.tokens[j - 1].lower in lx.DETERMINERS_OTHER | lx.DETERMINERS_OWN and (j - 1) not in self.at

    def aimed_at_someone(self, c, words: frozenset[str] = _AT) -> bool:
        """The cue ``c`` is aimed at a person named right after it (after one of ``words``: "trots op mijn broer",
        "respect voor zijn vader") or, at the end of a sub-clause, right before it after its subject ("dat ze haar
        man bewondert"): not at the client."""
        after = c.last + 1
        if after < len(self.tokens) and self.tokens[after].lower in lx.COPULAS | _HAVE:
            after += 1  # "dat ze trots is op haar dochter", "dat hij respect heeft voor zijn broer"
        if after < len(self.tokens) and self.tokens[after].lower in words:
            return after + 1 in self.at or after + 2 in self.at
        ends = c.last + 1 >= len(self.tokens) or not self.tokens[c.last + 1].is_word
        if c.first - 1 not in self.at or not ends:
            return False
        m = self.mentions[self.at[c.first - 1]]
        return m.first > 0 and self.tokens[m.first - 1].lower in lx.SUBJECT_PRONOUNS

    def describes_subject(self, i: int) -> bool:
        """The praise at token ``i`` says what a third person is: "ze is mn rots", "Ria is een kanjer", "Ze is
        echt de grappigste persoon" (not "jij bent een kanjer", "dat ik de beste ben")."""
        j = i - 1
        while j > 0 and self.tokens[j].lower in BEFORE_PRAISE:
            j -= 1
        if j < 1 or self.tokens[j].lower not in lx.COPULAS:
            return False
        subject = j - 1
        return subject in self.at or self.tokens[subject].lower in ("hij", "zij", "ze", "die", "dat")

    def third_person_in(self, a: int, b: int) -> bool:
        """A person other than the client named or referred to in tokens ``a..b``."""
        return any(j in self.at or self.tokens[j].lower in PRONOUN_FITS for j in range(max(a, 0), b + 1))

    # -- who is meant ------------------------------------------------------------------------------------
    def with_coordinated(self, k: int) -> list[int]:
        """"mijn mama en mijn papa vinden": both."""
        holders = [self.holder(k)]
        prev = self._joined_before(self.mentions[k].first)
        while prev is not None and not self.mentions[prev].possessor:
            holders.insert(0, self.holder(prev))
            prev = self._joined_before(self.mentions[prev].first)
        return holders

    def _joined_after(self, last: int, i: int) -> int | None:
        """The person joined after the one ending at ``last``, before token ``i``."""
        return next((self.at[x] for x in range(last + 2, min(last + 4, i)) if x in self.at
                     and self.mentions[self.at[x]].first == x and self._joined_before(x) == self.at[last]), None)

    def _joined_before(self, first: int) -> int | None:
        """The person joined to the one starting at ``first``: "mijn broer en mijn zus", "zowel Jan als Piet",
        "niet alleen mijn zus maar ook mijn broer"."""
        j = first - 1
        if j > 0 and self.tokens[j].lower == "ook" and self.tokens[j - 1].lower == "maar":
            j -= 1
            return self.at.get(j - 1) if any(self.tokens[x].lower == "alleen" for x in range(max(0, j - 6), j)) \
                else None
        if j > 0 and self.tokens[j].lower == "als" and (j - 1) in self.at:
            prev = self.at[j - 1]
            return prev if self.tokens[self.mentions[prev].first - 1].lower == "zowel" else None
        return self.at.get(j - 1) if j > 0 and self.tokens[j].lower in ("en", ",") else None

    def subject_before(self, i: int, stop: int) -> list[int] | None:
        """The subject of the sub-clause that token ``i`` is in: its first person, pronoun or "ik"; when that
        sub-clause opens with its verb after an apposition ("mijn nicht Loubna, haar dochter, snapt het"),
        the subject of the sentence."""
        start = max(self.segment_start(i), stop)
        found = self._first_subject(start, i)
        if found is None and start > stop and self.tokens[start - 1].text == ",":
            found = self._first_subject(stop, start)
        return found

    def first_subject_in(self, start: int, end: int) -> list[int] | None:
        """The first person, pronoun or "ik" from ``start`` up to the next sub-clause or ``end``."""
        for j in range(start, end):
            if self.tokens[j].lower in SUBORDINATORS or self.tokens[j].lower in SEGMENT_PUNCT:
                end = j
                break
        return self._first_subject(start, end)

    def _first_subject(self, start: int, i: int) -> list[int] | None:
        said = self._said_without_subject(start)
        if said is not None:
            return said
        objects: set[int] = set()  # "Tegen mijn man zei ze ...": whoever follows "tegen" is spoken to
        for j in range(start, i):
            tok = self.tokens[j]
            k = self.at.get(j)
            if k is not None and (k in objects or j == self.mentions[k].first and j > start
                                  and self.tokens[j - 1].lower in OBJECT_PREPOSITIONS):
                objects.add(k)
                continue
            if k is not None and self._called(k):
                continue  # "zei: oom Gerard, gij hebt ...": who is spoken to is no subject
            if k is not None and not self.mentions[k].possessor:
                last = self.mentions[k].last
                while (nxt := self._joined_after(last, i)) is not None:  # "mijn broer en mijn zus vinden"
                    last = self.mentions[nxt].last
                return self.with_coordinated(self.at[last])
            if tok.lower in lx.CLIENT_PRONOUNS:
                return [CLIENT]
            if tok.lower in lx.SUBJECT_PRONOUNS:
                group = self.counted(j)
                if group:
                    return group
                r = self.resolve(j, self._spoken_to_after(j))
                return [r] if r is not None else self.pair_before(j)
        return None

    def _called(self, k: int) -> bool:
        """Mention ``k`` opens a quote and is spoken to: "zei: oom Gerard, gij ...", "zegt: pa, Ronny is ..."."""
        m = self.mentions[k]
        t = self.tokens
        if m.first == 0 or t[m.first - 1].text != ":" or m.last + 2 >= len(t) or t[m.last + 1].text != ",":
            return False
        return t[m.last + 2].lower in SPOKEN_TO_WORDS or (m.last + 2) in self.at

    def _said_without_subject(self, start: int) -> list[int] | None:
        """"Zijn vrouw Trudy belde. Zei: Gerard, ik ...": a sentence that opens with its verb of saying goes on
        with the subject of the sentence before (and the "ik" in what she said is she)."""
        from quez.extraction.cues import MATRIX_VERBS

        if start >= len(self.tokens):
            return None  # an answer that stops at "zei dat"
        s = self.tokens[start].sentence
        s0 = self.sentences[s][0]
        if s == 0 or start != s0 or self.tokens[start].lower not in MATRIX_VERBS \
                or start + 1 >= len(self.tokens) or self.tokens[start + 1].text not in (":", ","):
            return None
        p0, p1 = self.sentences[s - 1]
        before = self.first_subject_in(p0, p1 + 1)
        return before if before and CLIENT not in before else None

    def _spoken_to_after(self, j: int) -> frozenset[int]:
        """Who the clause of the pronoun at ``j`` speaks to ("Hij heeft tegen Murat gezegd": he is not Murat)."""
        c1 = self.clause_range(j)[1]
        told = {self.mentions[self.at[x]].key() for x in range(j + 1, c1) if x in self.at
                and self.tokens[x - 1].lower == "tegen" and x == self.mentions[self.at[x]].first}
        return frozenset(self.holder(k) for k, m in enumerate(self.mentions) if m.key() in told)

    def pair_before(self, j: int) -> list[int]:
        """"Mijn zoon en schoondochter. Ze zeggen ...": a plural pronoun after two people named together."""
        nxt = self.tokens[j + 1].lower if j + 1 < len(self.tokens) else ""
        if self.tokens[j].lower not in ("ze", "zij", "die") or nxt not in PLURAL_VERBS:
            return []
        last = next((self.at[x] for x in range(j - 1, -1, -1) if x in self.at), None)
        group = self.with_coordinated(last) if last is not None else []
        return group if len(group) > 1 else []

    def counted(self, j: int) -> list[int]:
        """"Die twee zeggen allebei", "Allebei zeggen ze", "Ze willen alle drie": the last two (three) named."""
        near = [self.tokens[x].lower for x in range(max(0, j - 2), min(len(self.tokens), j + 4))]
        n = 3 if "drie" in near else 2 if set(near) & {"allebei", "beiden", "beide", "twee"} else 0
        if not n:
            return []
        before: list[int] = []
        for x in range(j - 1, -1, -1):
            k = self.at.get(x)
            if k is not None and k not in before and not self.mentions[k].possessor:
                before.append(k)
        return [self.holder(k) for k in reversed(before[:n])] if len(before) >= n else []

    def subject_after(self, i: int) -> tuple[list[int], int] | None:
        """"..., zegt mijn moeder", "volgens hem": the person right after token ``i``."""
        from quez.extraction.cues import ADVERBS

        j = i + 1
        while j < len(self.tokens) and self.tokens[j].lower in ADVERBS:
            j += 1
        if j >= len(self.tokens) or self.tokens[j].sentence != self.tokens[i].sentence:
            return None
        if j in self.at:
            k = self.at[j]
            return [self.holder(k)], self.mentions[k].last
        if self.tokens[j].lower in lx.CLIENT_PRONOUNS:
            return [CLIENT], j
        if self.tokens[j].lower in lx.SUBJECT_PRONOUNS | {"hem", "haar"}:
            group = self.counted(j)
            if group:
                return group, j
            r = self.resolve(j)
            return ([r] if r is not None else []), j
        return None
