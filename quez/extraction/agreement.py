"""Agreeing and disagreeing with what was said before: "Zijn broer vindt dat ook", "Mijn moeder. Dat zegt ze elke
keer.", "Mijn zus zegt dat dat niet klopt". A mixin of :class:`~quez.extraction.reported.ReportedSpeech`: the
opinion of the sentence before (or what the question asks) is theirs too, or, against a reproach, its opposite.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quez.extraction import lexicon as lx
from quez.extraction.confidence import CONFIDENCE_AGREEING, CONFIDENCE_CONTRASTED
from quez.extraction.discourse import ABOUT, CLIENT

if TYPE_CHECKING:
    from quez.extraction.discourse import Answer
    from quez.extraction.opinions import Opinion
    from quez.extraction.tokens import Token

#: saying that a reproach made before is wrong: "zegt dat het niet waar is", "dat is onzin", "dat ze ernaast zit"
DISAGREEMENT = re.compile(
    r"(?<!\w)(?:(?:niet|nie|ni|helemaal niet|geen) (?:\w+ )?(?:waar|terecht|klopt|klopte)|"
    r"(?:klopt|klopte|klopten) (?:\w+ )?(?:niet|nie|ni|geen (?:bal|hout|fluit))|"
    r"(?:het|dat|da|dit|'t|da's|dat's) (?:\w+ ){0,2}(?:onzin|flauwekul|kletskoek|kul|quatsch|onterecht|larie)|"
    r"ernaast (?:zit|zat|zitten|zaten)|ongelijk (?:heeft|had|hebben|hadden)|"
    r"(?:ik|wij|we) (?:weet|weten|wist|wisten) (?:het |da |dat )?(?:wel |toch |heus )?beter|"  # "ik weet wel beter"
    r"(?:het|'t) (?:\w+ )?mis (?:heeft|had|hebben|hadden)|(?:heeft|had|hebben|hadden) (?:het|'t) (?:\w+ )?mis\b|"
    r"(?:niet|nie|ni) (?:\w+ ){0,2}"
    r"mee eens|oneens|(?:er|daar) (?:\w+ )?anders over|(?:niet|nie|ni) (?:hem|haar|jij|jou|u|gij|zij|mama|papa|"
    r"ma|pa|mam|pap)$)(?!\w)")

#: taking the client's side against a reproach made before by speaking of the one who made it or of the reproach:
#: "zegt dat hij overdrijft", "dat ze ouderwets is", "dat hij zijn mond moet houden", "laat hem maar kletsen",
#: "trek je er niks van aan". Only read against a reproach: after praise these words can mean anything.
DEFENCE = re.compile(
    r"(?<!\w)(?:(?<!\bje )(?<!\bjij )(?<!\bu )(?<!\bge )(?<!\bgij )(?:overdrijft|overdreef|overdrijven|zeurt|zeurde|"
    r"zeuren|zanikt|kletst|lult)|ouderwets|"
    r"(?:zijn|haar|z'n|zn|d'r|dr|hun|zen|zijne|heur) (?:\w+ )?(?:mond|kop|bek|waffel|snater) "
    r"(?:moet|moeten|moest|mag|kan) houden|"
    r"(?:hou|houd|houdt) (?:nou |toch |eens )?(?:op|je mond|je kop|u stil|je gedeisd)|"
    r"laat (?:hem|haar|ze|die|hen|mama|papa|mam|pap|ma|pa)(?: (?:nou|toch|maar|lekker))*"
    r"(?: (?:kletsen|praten|lullen|zeuren|zeggen|roepen|kakelen)|$)|laat (?:\w+ ){1,2}met rust|"
    r"(?:niks|niets|ni|niet|nie|nix) (?:\w+ ){0,3}aan (?:\w+ ){0,2}trekken|"
    r"(?:trek|trekt) (?:\w+ ){1,4}(?:niks|niets|ni|niet|nie|nix|nait|neet|nich) (?:\w+ )?(?:aan|an)|"
    r"(?:niks|niets|ni|niet|nie|nix|geen) (?:\w+ ){0,3}aantrekken|"
    # "negeer hem", "let maar niet op mijn vrouw", "tante praat maar": the one who reproached her
    r"negeer (?:hem|haar|ze|die|hen)|let (?:maar |nou |toch )?(?:niet|ni|nie|nait|neet) op|"
    r"(?:luister|luistert) (?:maar |nou |toch )?(?:niet|ni|nie|nait|neet) (?:naar|nor|noar)|"
    # "zij is alleen jaloers", "hij heeft er geen verstand van", "ge spreekt ni zo over Nancy"
    r"jaloers|(?:geen|gien|gain|gene) (?:\w+ )?verstand van|(?:spreekt|praat|spreek) (?:\w+ )?(?:niet|ni|nie) "
    r"zo over|"
    r"(?:praat|kletst|zeurt|roept|lult) (?:maar|mar|mer)$)(?!\w)")

_AGREEMENT_WORDS = frozenset("wel van ook dat da het 't zo net eigenlijk vroeger altijd over mij me vaak steeds nog "
                             "zeker hetzelfde trouwens echt soms weleens regelmatig nou nu toch er erbij "
                             "erachteraan meteen zelf".split())  # "zei erbij: dat zeg ik toch al weken"
#: "zei hetzelfde", "Ad zei 'tzelfde trouwens"
_THE_SAME = frozenset("hetzelfde 'tzelfde tzelfde zelfde".split())
_AGREEMENT_WORDS |= _THE_SAME
_LONG = frozenset("jaren maanden weken lang tijden".split())
#: telling on what someone said before: "Dat vertelde de juf me" (not "Dat zegt ze elke keer")
_TOLD_ON = frozenset("vertelt vertelde vertelden verteld".split())
#: "zei: dat vind ik ook", "zei: dat zien wij ook", "zei: dat zeg ik hem al weken"
_QUOTED_AGREEING = frozenset("ik wij we vind vinden denk denken zie zien zeg zeggen al hem haar jou".split()) | _LONG
_OFTEN = frozenset("soms vaak altijd weleens regelmatig steeds".split())
#: "zei: klopt", "zei: dat is waar", "zei: hij heeft gelijk, hoor"
_NODDED = frozenset("idem precies inderdaad klopt absoluut zeker helemaal ja mee eens dat is waar da's gelijk heeft "
                    "had hij zij ze hoor mag je u wel zeggen zo het".split())  # "dat mag je wel zeggen", "zo is het"
#: "zei dat het klopt", "zegt dat dat waar is": agreeing said without a colon
_THAT_IS_SO = frozenset("dat da het 't klopt waar is helemaal echt wel".split())
#: where or when it was said, after the agreeing words: "zei da ook op de verjaardag"
_SAID_WHERE = frozenset("op bij in tegen aan na tijdens onder".split())


class Agreement:
    """Reads "X ook", "X zegt dat wel", "dat klopt niet" against the opinion before."""

    a: Answer
    tokens: list[Token]
    elicits: tuple[str, ...]
    lever: str | None
    question_stance: str | None
    found: dict[tuple[int, int], Opinion]
    claimed: set[int]
    sentence_ref: dict[int, tuple[int, str | None]]
    agreeing_later: list[tuple[list[int], int]]

    if TYPE_CHECKING:  # defined by _Finder
        def record(self, holders, kind, stance, first, last, explicit, confidence, source="text") -> None: ...

    def disagrees(self, holders, first: int, last: int, s: int) -> bool:
        """"Hij zegt dat ik voortrek. Mijn dochter zegt dat het niet waar is": saying that someone else's reproach
        before is wrong takes the client's side; saying so of praise in the sentence before is a tension ("Ze zegt
        dat het de schuld is van Marco. Mijn moeder denkt daar anders over"). Defending the client against a reproach
        ("Mijn zus zegt dat hij overdrijft", "laat hem maar kletsen") is read only against a reproach."""
        said = " ".join(t.lower for t in self.tokens[first: last + 1] if t.is_word)
        defends = not DISAGREEMENT.search(said)
        if defends and not DEFENCE.search(said):
            return False
        at = self.tokens[first].start
        before = [(o.start, sentence, o.kind) for (_h, sentence), o in self.found.items()
                  if o.kind in ("positive", "tension") and o.holder not in holders and sentence <= s and o.start < at]
        _start, sentence, kind = max(before) if before else (0, -1, "")
        if kind == "positive" and sentence < s - 1:
            kind = ""
        if not kind and any(self.sentence_ref.get(x, (0, None))[0] < 0 and not self._held(x) for x in range(s)):
            kind = "tension"  # "Hij zegt dat ik voortrek": whoever "hij" is, it was a reproach
        reproached = None
        if not kind and ABOUT not in holders:  # asked about him: what he said just before was a reproach
            latest = max((x for (h, x) in self.found if x < s and h not in holders), default=None)
            if latest is not None and not self._tells_everyone(latest) and any(
                    h == ABOUT and o.kind == "neutral" for (h, x), o in self.found.items() if x == latest):
                reproached, kind = latest, "tension"
        if not kind or defends and kind != "tension":
            return False
        s0, s1 = self.a.sentences[s]
        if kind == "tension":
            self.record(holders, "positive", "no_blame", s0, s1, True, CONFIDENCE_CONTRASTED)
            if reproached is not None:
                r0, r1 = self.a.sentences[reproached]
                self.record([ABOUT], "tension", "tension", r0, r1, True, CONFIDENCE_CONTRASTED)
        else:
            self.record(holders, "tension", "tension", s0, s1, True, CONFIDENCE_CONTRASTED)
        self.claimed.update(range(first, last + 1))
        return True

    def _tells_everyone(self, s: int) -> bool:
        """"Hij vertelt aan iedereen op de markt dat ...": telling everyone something of her is bragging about her."""
        s0, s1 = self.a.sentences[s]
        return any(self.tokens[j].lower in ("iedereen", "overal", "rond", "rondvertellen") for j in range(s0, s1 + 1))

    def _held(self, s: int) -> bool:
        """Sentence ``s`` has an opinion with a known holder."""
        return any(sentence == s and o.kind in ("positive", "tension") for (_h, sentence), o in self.found.items())

    def _agrees(self, holders, body: list[int], s: int) -> bool:
        """"Zijn broer vindt dat ook", "mijn moeder zegt dat wel": the opinion of the sentence before."""
        commas = [t for t in range(body[0], body[-1] + 1) if self.tokens[t].text == ","] if body else []
        body = [t for t in body if not commas or t < commas[0]]  # "zegt da ook, dienen heeft zelf ..."
        too = next((i for i, t in enumerate(body) if self.tokens[t].lower == "ook"), None)
        if too is not None and too + 1 < len(body) and self.tokens[body[too + 1]].lower in _SAID_WHERE:
            body = body[: too + 1]  # "zei da ook op de verjaardag van Robbe"
        words = {self.tokens[t].lower for t in body}
        # "zei: dat vind ik ook", "zei erbij: dat zeg ik al weken"
        quoted = any(self.tokens[t - 1].text == ":" for t in body[:2]) if body else False
        # "zei: dat vind ik ook", "zei: dat zeg ik al maanden"
        allowed = _AGREEMENT_WORDS | (_QUOTED_AGREEING if quoted else set())
        content_before = s > 0 and self.tokens[self.a.sentences[s - 1][0]].lower in ("dat", "da")  # "Dat ik ..."
        # "mam zegt het soms", "Dat ik geduldig ben. Ineke zegt het"
        said_it = bool(words & {"het", "'t"}) and (bool(words & _OFTEN) or content_before) and self.tokens[
            body[0] - 1].lower in ("zegt", "zeggen") if body else False
        s0 = self.a.sentences[s][0]
        said_it = said_it or bool(words & {"dat", "da", "het"}) and any(  # "Zelfs mijn moeder zegt dat"
            self.tokens[j].lower == "zelfs" for j in range(s0, body[0] if body else s0))
        colon = next((t for t in body if self.tokens[t - 1].text == ":"), None) if body else None
        said = {self.tokens[t].lower for t in body if colon is not None and t >= colon}
        nods = bool(said) and said <= _NODDED  # "schreef eronder: idem!", "zei: klopt."
        nods = nods or not quoted and bool(words & {"klopt", "waar"}) and words <= _THAT_IS_SO  # "zei dat het klopt"
        # "zei: dat zeg ik al maanden", "zegt dat al jaren"
        said_long = "al" in words and bool(words & _LONG) and (quoted or bool(words & {"dat", "da", "het"}))
        same_way = {"net", "zo", "over"} <= words  # "denkt er net zo over"
        if not (words & _THE_SAME or nods or ({"ook", "wel"} & words or said_it or said_long or same_way)
                and words <= allowed | {"al"} | _LONG):
            return False
        ref = self.sentence_ref.get(s) or self.sentence_ref.get(s - 1) or self._question_ref()
        if ref and CLIENT not in holders:
            s0, s1 = self.a.sentences[s]
            kind = "positive" if ref[0] > 0 else "tension"
            self.record(holders, kind, ref[1], s0, s1, False, CONFIDENCE_AGREEING)
        elif self.a.about and CLIENT not in holders and ABOUT not in holders:
            self.agreeing_later.append((list(holders), s))  # agrees with what the person asked about thinks
        return True

    def _says_that(self, v: int, s: int, holders) -> bool:
        """"Mijn moeder. Dat zegt ze elke keer.": "dat" stands for the answer before, or what was asked."""
        s0, s1 = self.a.sentences[s]
        if v != s0 + 1 or self.tokens[s0].lower not in ("dat", "da's", "dit") or CLIENT in holders:
            return False
        ref = self.sentence_ref.get(s - 1) or self._question_ref()
        if any(self.tokens[t].lower in lx.NEGATORS for t in range(v + 1, s1 + 1)):
            return True  # "Dat zegt hij niet."
        if self.tokens[v].lower in _TOLD_ON and any(x == s - 1 and h not in holders for (h, x) in self.found):
            return True  # "... zei ze tegen haar begeleider. Dat vertelde die begeleider me.": he passes it on
        if ref and not self._passes_on(s, list(range(v, s1 + 1))):  # "Dat zegt haar man ook, Bert."
            self.record(holders, "positive" if ref[0] > 0 else "tension", ref[1], s0, s1, False,
                        CONFIDENCE_AGREEING)
        return bool(ref)

    def _passes_on(self, s: int, body: list[int]) -> bool:
        """"Zij heeft het me dan gezegd": the opinion of the sentence before, already held by someone."""
        if "ook" in {self.tokens[t].lower for t in body} or s == 0:
            return False
        return self._held(s - 1)

    def _question_ref(self) -> tuple[int, str | None] | None:
        """What agreeing means without an opinion before it: the question's stance ("Waar ben je goed in?")."""
        if self.lever:
            return 1, self.lever
        if self.a.about and self.question_stance:
            return 1, self.question_stance
        return (1, "does_well") if "strength" in self.elicits else None
