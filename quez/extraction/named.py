"""Whether a person the answer names takes the question's stance: not when the client acts on them, when they
are contrasted, only the circumstance, a messenger, praised by the client, or spoken of in someone else's
clause. A mixin of the finder in :mod:`quez.extraction.opinions` (step 3).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quez.extraction import lexicon as lx
from quez.extraction.cues import MATRIX_VERBS
from quez.extraction.discourse import CLIENT, SUBORDINATORS
from quez.extraction.polarity import evaluate
from quez.extraction.speakers import MESSENGER_VERBS

if TYPE_CHECKING:
    from quez.extraction.discourse import Answer
    from quez.extraction.mention import PersonMention
    from quez.extraction.opinions import Opinion
    from quez.extraction.tokens import Token

_THIRD_OWNERS = frozenset("zijn z'n zn haar d'r hun heur".split())
_ANSWER_NEGATIVE = frozenset("niemand nee neen geen nope nooit nergens".split())
_BARE_WORDS = frozenset("en ook wel dan misschien denk ik eigenlijk vooral natuurlijk zeker toch nog vaak altijd "
                        "echt gewoon ja nee nou hoor zo die".split())
_NO_APPOSITION = frozenset("dat da : . ! ? en maar want die wie".split()) | frozenset(SUBORDINATORS)
_CONTEXT_OPENERS = frozenset("toen als omdat terwijl nadat doordat sinds wanneer zodat hoewel waar".split())
_NAMING_VERBS = frozenset("denk dacht geloof gok noem zeg zou vind kies hoop weet".split())
#: words opening a clause in which a person is what is spoken of, not who answers ("zei dat Noa ...")
_SUBORDINATE = frozenset("dat da omdat als hoe wat waar wanneer terwijl hoewel zodat doordat toen".split())


class NamedChecks:
    """Step 3's checks (see :class:`quez.extraction.opinions._Finder` for the state it uses)."""

    a: Answer
    tokens: list[Token]
    mentions: list[PersonMention]
    found: dict[tuple[int, int], Opinion]
    client_said: set[int]
    said_of_others: set[int]

    def _background_relative(self, k: int) -> bool:
        """"Mijn khala Zarmina. Zij is ook weduwe, haar man is dood in de oorlog.": after the one who answers the
        question, her relative in a clause of his own is what is told about her, not a second answer (not "Mijn
        buurvrouw en haar man.")."""
        m = self.mentions[k]
        s = self.tokens[m.first].sentence
        if m.own or m.name or m.owner_word not in _THIRD_OWNERS or s == 0:
            return False
        earlier = any(o.kind == "positive" and sentence < s for (h, sentence), o in self.found.items() if h != k)
        rest = [t for t in self.tokens[m.last + 1: self.a.sentences[s][1] + 1] if t.is_word]
        return earlier and len(rest) >= 2

    def _in_someone_elses_clause(self, k: int) -> bool:
        """Only who answers the question gets its stance, not who is spoken of in another's clause: "Ze zei
        dat Noa zo goed groeit", "Die heeft het meegemaakt met mijne pa", "zegt tegen haar vriendinnen",
        "Gerrit, die mijn zoon begeleidt"."""
        m = self.mentions[k]
        s0 = self.a.sentences[self.tokens[m.first].sentence][0]
        seg = self.a.segment_start(m.first)
        if len(self.a.with_coordinated(k)) > 1 or m.first > s0 and self.tokens[m.first - 1].lower in ("en", ",", "of"):
            return False  # "mijn moeder en mijn tante", "mijn coach bij het UWV en mijn vriend Marco"
        after = []
        for t in self.tokens[m.last + 1: m.last + 7]:
            if t.lower in SUBORDINATORS or not t.is_word:
                break
            after.append(t.lower)
        if set(after) & MATRIX_VERBS:
            return False  # "... dat meneer Hendriks van de overkant vindt dat ...": the one who says it
        if seg == m.first and seg > s0 and self.tokens[seg - 1].lower in _SUBORDINATE:
            before = {t.lower for t in self.tokens[s0: seg - 1]}
            return not (before & _NAMING_VERBS and before & lx.CLIENT_PRONOUNS)  # "ik denk dat mijn zus"
        subject = self.a.subject_before(m.first, seg)
        if subject is None and seg > s0 and self.tokens[seg - 1].lower in _SUBORDINATE:
            subject = self.a.first_subject_in(s0, seg)  # "Die heeft da zelf meegemaakt met mijne pa"
        if subject is None:
            return False
        if not subject:
            return True  # "Ze zei tegen Jayden: ...": someone (who, the answer leaves open) says it to him
        return CLIENT not in subject and self.a.holder(k) not in subject

    def _does_not_know(self, k: int) -> bool:
        """"de buurvrouw, maar die weet het niet", "mn broers? die weten van niks": who does not know what is
        going on has no view on it."""
        m = self.mentions[k]
        s = self.tokens[m.first].sentence
        s1 = self.a.sentences[s][1]
        nxt = self.a.sentences.get(s + 1)
        if nxt is not None and self.tokens[nxt[0]].lower in ("nee", "die", "ze", "zij", "hij", "maar"):
            s1 = nxt[1]  # "mn broers? nee joh die weten van niks"
        words = [t.lower for t in self.tokens[m.last + 1: s1 + 1] if t.is_word]
        for i, w in enumerate(words):
            subject = i == 0 or words[i - 1] in ("die", "ze", "zij", "hij")  # not "ik weet niet wat er is"
            if subject and w in ("weet", "weten", "wist", "wisten") and set(words[i + 1: i + 4]) & {
                    "niet", "niks", "niets", "nergens", "nie", "ni"}:
                return True
        return False

    def _says_otherwise(self, k: int) -> bool:
        """"Rob snapt er minder van", "Mijn man zou het moeten snappen": a cue of their own that is no yes."""
        m = self.mentions[k]
        c1 = self.a.clause_range(m.first)[1]
        if not any(m.last < c.first <= c1 and c.polarity for c in self.a.cues):
            return False
        pol = evaluate(self.a, m.last + 1, c1)
        return pol.sign == 0 and pol.any_cue

    def _messenger(self, k: int) -> bool:
        """"mijn broer Dave vertelde dat hij ... opschept": Dave passes on someone else's opinion; so does
        "mijn vrouw" in "Mijn dochter is trots op me, zegt mijn vrouw."."""
        m = self.mentions[k]
        s = self.tokens[m.first].sentence
        s0, s1 = self.a.sentences[s]
        if self._conduit(m, s1):
            return True
        says = next((j for j in range(m.first - 1, max(s0, m.first - 3) - 1, -1)
                     if self.tokens[j].lower in MATRIX_VERBS), None)
        if says is not None and says > s0 and self.tokens[says - 1].text == "," and any(
                sentence == s and o.kind == "positive" and holder != self.a.holder(k)
                for (holder, sentence), o in self.found.items()):
            return True  # "Mijn schoonvader, zegt Murat."
        if says is not None and says > s0 and self.tokens[says - 1].text == "," and self._of_another(k, s0, says):
            return True  # "Dat doet hij nooit, zegt zijn vrouw.": she tells what he does
        verb = self._own_verb(k, s1)
        if verb is None:
            return False
        opener = next((j for j in range(verb + 1, min(verb + 6, s1 + 1)) if self.tokens[j].lower in ("dat", "da")),
                      None)
        if opener is None:
            return False
        inner = next((j for j in range(opener + 1, min(opener + 4, s1 + 1)) if j in self.a.at), None)
        if inner is not None and self.a.at[inner] != k and any(
                self.tokens[j].lower in MATRIX_VERBS
                for j in range(self.mentions[self.a.at[inner]].last + 1, min(self.mentions[self.a.at[inner]].last + 8,
                                                                               s1 + 1))):
            return True  # "Mijn bewindvoerder vertelde dat de rechter bij de zitting zei dat ...": the rechter's view
        if inner is not None and self.a.at[inner] != k and self._named_before(self.a.at[inner], s0):
            return True  # "Kayleigh. Bert zei dat Kay op school een werkstuk over mij heeft gemaakt": about her
        pronoun = self.a.pronoun_in(opener + 1, min(opener + 4, s1 + 1))
        if pronoun is None or any(j in self.a.at for j in range(opener + 1, pronoun)):
            return False  # "zei dat Lisa vooruit gaat": Lisa is spoken of, the speaker holds it
        told = self.tokens[verb].lower in MESSENGER_VERBS
        own = self.a.resolve(pronoun, frozenset({self.a.holder(k)}) if told else frozenset())
        if own is None:
            return told  # "Kiano. Tijs vertelde dat hij ...": someone else, whoever the answer means
        return own != self.a.holder(k)

    def _of_another(self, k: int, s0: int, says: int) -> bool:
        """What comes before "..., zegt X" has a subject pronoun for someone other than X ("Dat doet hij nooit")."""
        pronoun = self.a.pronoun_in(s0, says - 1)
        if pronoun is None or self.tokens[pronoun].lower not in ("hij", "ie", "zij", "ze"):
            return False
        other = self.a.resolve(pronoun, frozenset({self.a.holder(k)}))
        return other is not None and other != self.a.holder(k)

    def _own_verb(self, k: int, s1: int) -> int | None:
        """The verb of saying right after mention ``k``, past an apposition or a "van" phrase ("Sharon, zijn vrouw,
        vertelde", "Hanneke van de zorgboerderij vertelde"); not past someone else or a clause of its own."""
        for j in range(self.mentions[k].last + 1, min(self.mentions[k].last + 8, s1 + 1)):
            if self.tokens[j].lower in MATRIX_VERBS:
                return j
            if (j in self.a.at and self.a.at[j] != k) or self.tokens[j].lower in _NO_APPOSITION:
                return None
        return None

    def _named_before(self, j: int, s0: int) -> bool:
        """Mention ``j`` is someone the answer named before sentence ``s0`` (the one it answers with)."""
        h = self.a.holder(j)
        return any(self.a.holder(x) == h for x in range(len(self.mentions)) if self.mentions[x].last < s0)

    def _conduit(self, m, s1: int) -> bool:
        """"Dat hoorde Eva van de juf", "Meester Paul liet het mij zien", "De trainer vertelde het mij", "Mijn
        kleinzoon vertelde: op school heeft de meester gezegd ...": heard, shown or told, someone else's view."""
        after = [t.lower for t in self.tokens[m.last + 1: min(m.last + 5, s1 + 1)] if t.is_word]
        before = [t.lower for t in self.tokens[max(0, m.first - 3): m.first] if t.is_word]
        heard = {"hoorde", "hoort", "gehoord"} & set(after[:1] + before[-2:])
        if heard or after[:2] in (["kreeg", "het"], ["liet", "het"], ["liet", "me"], ["liet", "mij"]):
            return True
        s0 = self.a.sentences[self.tokens[m.first].sentence][0]
        if set(before[-2:]) & MESSENGER_VERBS and self.tokens[s0].lower in ("dat", "da", "dit") and s0 < m.first - 1:
            return True  # "Dat vertelde de juf me bij het hek": she tells what the sentence before says
        verb = m.last + 1
        if verb > s1 or self.tokens[verb].lower not in MESSENGER_VERBS:
            return False
        if after[1:2] == ["het"]:
            return True  # "De trainer vertelde het mij": what someone else said
        colon = verb + 1 if verb + 1 <= s1 and self.tokens[verb + 1].text == ":" else None
        return colon is not None and any(j in self.a.at for j in range(colon + 1, s1 + 1))

    def _said_something_else(self, k: int) -> bool:
        """The question only speaks for someone the answer just names ("Mijn zus Karin.", "Mijn broer, die
        helpt me"); what the answer says of them otherwise ("Mijn broer wil dat ik zijn geld terugbetaal")
        counts only when the answer says nothing explicit of anyone."""
        if not any(o.explicit and o.kind == "positive" for o in self.found.values()):
            return False
        m = self.mentions[k]
        c0, c1 = self.a.clause_range(m.first)
        named = {j for o in self.mentions for j in range(o.first, o.last + 1)}  # "Fleur en Isa.": only names
        rest = []
        for t in self.tokens[c0: c1 + 1]:
            if t.lower in ("van", "uit", "bij", "op", "om") and t.index > m.last:
                break  # "Dennis van hiernaast": a qualifier, still just a name
            if t.is_word and t.index not in named:
                rest.append(t)
        # "marco zegt dat." still just names him
        own = {m.first - 1} if m.first and self.tokens[m.first - 1].lower in lx.DETERMINERS_OWN else set()
        itself = {m.last + 1} if m.last + 1 < len(self.tokens) and self.tokens[m.last + 1].lower == "zelf" else set()
        return any(t.lower not in _BARE_WORDS and t.lower not in MATRIX_VERBS for t in rest
                   if t.index not in own | itself)  # "Ons Sofie.", "Marien zelf."

    def _praised(self, k: int) -> bool:
        """"Mijn moeder doet het goed, die zorgt voor ons allemaal", "vooral met amina, die is grappig": the
        client's praise of her, no opinion of the client."""
        m = self.mentions[k]
        s1 = self.a.sentences[self.tokens[m.first].sentence][1]
        for c in self.a.cues:
            if not (c.descriptive and m.last < c.first <= s1):
                continue
            subject = self.a.subject_before(c.first, m.first)
            seg = self.a.segment_start(c.first)  # "regelt mijn post, daar is hij goed in": that clause alone
            clause = seg if seg > m.last + 1 and self.tokens[seg - 1].text == "," else m.last + 1
            if subject and self.a.holder(k) in subject and not self.a.mentions_client(clause, c.last) \
                    and not self._said_in_passing(c.first):
                return True
        return False

    def _said_in_passing(self, i: int) -> bool:
        """Praise set off by a comma, without a verb: "Sevda, de parkinsonverpleegkundige, een kanjer." names her
        as the answer and says in passing what she is."""
        j = i - 1
        while j > 0 and self.tokens[j].lower in _IN_PASSING:
            j -= 1
        return self.tokens[j].text == ","

    def _answer_negative(self, s: int) -> bool:
        """"Niemand." / "Nee, mijn vader niet": the answer starts by saying no (for that sentence)."""
        first_word = next((t.lower for t in self.tokens if t.is_word), "")
        negative = first_word in _ANSWER_NEGATIVE or (
            first_word == "eigenlijk" and any(t.lower == "niemand" for t in self.tokens[:3]))
        return negative and s == self.tokens[0].sentence

    def _acted_on_by_client(self, k: int) -> bool:
        """"dat ik voor mijn vader kook", "ik bel mijn zus elke dag": the client acts, the person undergoes."""
        m = self.mentions[k]
        start = self.a.segment_start(m.first)
        words = [t.lower for t in self.tokens[start: m.first]]
        if not set(words) & lx.CLIENT_PRONOUNS:
            return False
        return not set(words) & _NAMING_VERBS

    def _only_context(self, k: int) -> bool:
        """"toen mijn man in het ziekenhuis lag": named as the circumstance, not as an answer."""
        m = self.mentions[k]
        if m.first > 0 and self.tokens[m.first - 1].lower == "via":  # "via mijn zus hoor ik dat ..."
            return True
        start = self.a.segment_start(m.first)
        return start > self.a.sentences[self.tokens[m.first].sentence][0] \
            and self.tokens[start - 1].lower in _CONTEXT_OPENERS

    def _contrasted(self, k: int, s1: int) -> bool:
        """"mijn vader zegt er niks van, maar mijn oma ...": the one before "maar" is the other side; so is who only
        tries ("Mama probeert het wel, maar ze durft niks tegen hem te zeggen")."""
        m = self.mentions[k]
        for j in range(m.last + 1, s1 + 1):
            if self.tokens[j].lower == "maar":
                before = {t.lower for t in self.tokens[m.last + 1: j]}
                if before & _TRIES and ("wel" in before or before <= _TRIES | _JUST_TRYING):
                    return True  # "Anja probeert het wel, maar ...", "Maarten probeert het, maar hij is er nooit"
                nxt = self.tokens[j + 1].lower if j + 1 <= s1 else ""
                return nxt not in ("ook", "vooral", "zeker") and any(i in self.a.at for i in range(j + 1, s1 + 1))
        return False

#: trying, conceded before "maar": it did not come off
_TRIES = frozenset("probeert probeerde probeerden proberen probeer probeere".split())
_JUST_TRYING = frozenset("het 't , ook echt nog zijn haar best".split())  # not "probeert me te helpen, maar ..."

#: words between the comma and praise said in passing: ", een echte kanjer", ", zo'n schat"
_IN_PASSING = frozenset("een echt echte zo'n zo de het heel".split())
