"""Words and names that stand for the client herself, not for someone she knows: her name called in what
someone says ("Ronnie, jij bent mijn beste man"), what she is called ("zegt: mijn meisje", "papa, jij ..."), a
relative of the speaker who is her ("Mijn bompa zegt dat zijn kleindochter ..."). Steps of
:func:`quez.extraction.coreference.tidy`.
"""

from __future__ import annotations

from quez.extraction import lexicon as lx
from quez.extraction.addressed import ELDERS, addressee_calls_client, told_to_the_children
from quez.extraction.mention import Setting
from quez.extraction.quoting import (
    PREPOSITIONS,
    QUOTE_OPEN,
    SPOKEN_TO,
    THANKS,
    client_speaks,
    in_quote,
    quote_colon,
    speaker_before_colon,
    spoken_to_after,
    word,
)


def named_client(tokens, m) -> bool:
    """"Ze zegt: Hans, jij hoeft je niet te schamen", "..., Ahmet, geen karakterfout": the client's name."""
    from quez.extraction.cues import MATRIX_VERBS

    if m.name and _called_me(tokens, m.first):
        return True  # "Hij noemt me tante Marga"
    if m.first == m.last and word(tokens, m.first - 1) in _SAYING and word(tokens, m.last + 1) == "tegen" \
            and word(tokens, m.last + 2) in ("mij", "me", "ons"):
        return True  # "Ze zeggen wela tegen mij", "hij zegt Riekje tegen me": what the client is called
    if not m.name or m.relation:
        return False
    if client_speaks(tokens, m.first):
        return False  # "Ik zei: Murat, ga slapen": the client speaks to him
    before, after = word(tokens, m.first - 1), word(tokens, m.last + 1)
    if _message_for(tokens, m.first):
        return True
    if after == "," and word(tokens, m.last + 2) in SPOKEN_TO and before not in PREPOSITIONS | {"mee"} \
            or before in THANKS or before in ("je", "u") and word(tokens, m.first - 2) == "dank":
        return True  # "Tomasz, jij bent de beste", "dankjewel Tim" (not "'t komt goed mee Jelle, jie bin ...")
    ends = after in (".", "!", "?", "") or m.last + 1 >= len(tokens)
    if ends and _said_without_dat(tokens, m.first) and before not in _NOT_BEFORE_A_CALLED_NAME \
            and before not in MATRIX_VERBS and tokens[m.first - 1].is_word:
        return True  # "Ton zegt goed gedaan Ronnie.", "hij zei heel langzaam: lieve Riek."
    if not m.name or m.relation or not in_quote(tokens, m.first):
        return False
    if after in SPOKEN_TO or before in QUOTE_OPEN and after == ",":
        return True
    if before in _OWNING and _praised_after(tokens, m):
        return True  # "die Saniye is de beste buurvrouw", "onze Nath, onze rots", "dit is mijn Ivone, mijn beste"
    if after == "," and word(tokens, m.last + 2) in SPOKEN_TO and before not in PREPOSITIONS | {"mee"}:
        return True
    return before == "," and (after == "," or ends)


_OWNING = frozenset("die deze onze ons mijn m'n mn mien".split())
_SAYING = frozenset("zeg zegt zei zeiden zeggen".split())
_PRAISE_NOUNS = frozenset("rots schat held heldin kanjer topper goud engel parel kei bikkel".split())


def _praised_after(tokens, m) -> bool:
    """Praise follows the name in its sentence: "is de beste", ", onze rots", ", mijn beste"."""
    s = tokens[m.first].sentence
    near = [t.lower for t in tokens[m.last + 1: m.last + 7] if t.sentence == s and t.is_word]
    if _family_word_in(near):
        return False  # "mijn moeder zegt: mijn Sanne is de liefste kleindochter": her granddaughter
    return any(w in _PRAISE_NOUNS or w in _PRAISE_WORDS or w.endswith("ste") and len(w) > 4 for w in near[:5])


def praised_in_quote(tokens, m, setting: Setting) -> bool:
    """Someone's quoted words praise a name nobody has given a relation: the praise is of the client, so the name is
    hers ("Die zou zeggen: die Rob gaat het redden", "zeggen ze: geef maar aan Ioana, zij leest het beter"); not
    who says it, who is spoken to ("zei tegen Mo: ...") or a name the conversation knows."""
    from quez.extraction.cues import MATRIX_VERBS

    if not m.name or m.relation or lx.fold(m.name) in setting.known_names or not in_quote(tokens, m.first) \
            or client_speaks(tokens, m.first) or word(tokens, m.first - 1) in ("tegen", "met", "van", "over"):
        return False
    s = tokens[m.first].sentence
    colon = quote_colon(tokens, m.first)
    if colon is not None and any(tokens[j].lower in SPOKEN_TO for j in range(colon + 1, m.first)):
        return False  # "zegt: jij kent Thijmen beter dan wie dan ook": the client is "jij", Thijmen someone else
    after = [t for t in tokens[m.last + 1:] if t.sentence == s]
    if after[:1] and after[0].lower in MATRIX_VERBS | {"vertelt", "vertelde", "hoorde"}:
        return False  # "..., Ma zegt ...": who speaks
    if _family_word_in(t.lower for t in after) and not _predicate_noun(after):
        return False  # "Yonas heeft een sterke moeder": the praise is of his mother (not "Ronny is de sterkste vent")
    return _cue_follows(tokens, m, _positive_cues(setting, tokens))


def _predicate_noun(after) -> bool:
    """What follows the name says what it is, with "vent", "vrouw" as the noun: "is de sterkste vent die ik ken"."""
    words = [t.lower for t in after if t.is_word]
    return bool(words) and words[0] in lx.COPULAS and len(words) > 2 and words[1] in ("de", "een", "nen", "ne") \
        and any(w in _SOMEONE for w in words[2:5])  # not "mijn Sanne is de liefste kleindochter": hers


_SOMEONE = frozenset("vent man vrouw meid jongen kerel gast mens wijf".split())


def _family_word_in(words) -> bool:
    return any((lx.relation_info(w) or ("", ""))[1] == "family" for w in words)


def _called_me(tokens, i: int) -> bool:
    """"Hij noemt me tante Marga", "noemt mij Robbie": what the client is called ("me" may open the mention, as
    in "me tante": "mijn tante")."""
    j = i if word(tokens, i) in ("me", "mij") else i - 1
    while j >= 0 and (tokens[j].lower in lx.TITLES or lx.is_relation(tokens[j].lower)) and i - j <= 2:
        j -= 1
    return word(tokens, j) in ("me", "mij") and word(tokens, j - 1) in lx.CALLING_VERBS | {"noemen", "noemde"}


def _message_for(tokens, i: int) -> bool:
    """"liet weten: zeg tegen Cengiz dat ...", "zeg maar tegen Rick dat ik hem bewonder": a message for the client,
    who tells it."""
    return word(tokens, i - 1) == "tegen" and (word(tokens, i - 2) == "zeg" or word(tokens, i - 3) == "zeg") \
        and in_quote(tokens, i)


#: words before a name that make it the speaker or someone spoken of ("zegt ons Marleen", "vraag het aan Karin")
_NOT_BEFORE_A_CALLED_NAME = PREPOSITIONS | lx.DETERMINERS_OWN | lx.DETERMINERS_OTHER | lx.DETERMINERS_PLAIN | \
    lx.TITLES | frozenset("en of dat da het zo'n die ook".split())


def _said_without_dat(tokens, i: int) -> bool:
    """Token ``i`` is in words someone says, quoted with or without a colon ("Ton zegt goed gedaan Ronnie")."""

    s = tokens[i].sentence
    for j in range(i - 1, -1, -1):
        if tokens[j].sentence != s or tokens[j].lower in ("dat", "da", "of", "hoe", "wat"):
            return False
        if tokens[j].text == ":" or tokens[j].lower in ("zegt", "zei", "zeggen", "riep", "roept", "appt", "appte"):
            return True
    return False


def vocative(tokens, m) -> bool:
    """"hij zegt: mijn meisje.", "Ze zei: mama, jij bent de liefste", "Oma zegt: mijn kind, je doet het goed": the
    quote opens by calling the client something; that is no one else."""
    if m.name or m.plural or word(tokens, m.first - 1) not in QUOTE_OPEN or not in_quote(tokens, m.first):
        return False
    det = word(tokens, m.first) if m.first < m.last else ""
    after = word(tokens, m.last + 1)
    return det in ("", *lx.DETERMINERS_OWN) and (after in (".", "!", "") or after == "," and (
        word(tokens, m.last + 2) in SPOKEN_TO | lx.CLIENT_PRONOUNS or m.last + 2 >= len(tokens)))


_WOULD = frozenset("zou zal zouden dan".split())
_PARTNER = {"man": frozenset({"vrouw"}), "vrouw": frozenset({"man"}), "partner": frozenset({"partner"}),
            "echtgenoot": frozenset({"vrouw", "echtgenote"}), "echtgenote": frozenset({"man", "echtgenoot"}),
            "vriend": frozenset({"vriendin", "vriend"}), "vriendin": frozenset({"vriend", "vriendin"})}
#: words that stand for the client in a clause about someone ("trots op me", "mijn")
ABOUT_CLIENT = frozenset("ik me mij mijn m'n mn mezelf".split())


def speakers_kin_is_client(tokens, m, found: list) -> bool:
    """"Astrid vertelde dat hij tegen iedereen zegt dat zijn zus een heilige is", "zei tegen zn vrienden dat zijn
    moeder de beste börek maakt": someone says of "his sister" what is praise of the client, who is that sister
    (not "vertelde dat zijn moeder zegt dat ik ...": his mother says it, of the client)."""
    from quez.extraction.cues import MATRIX_VERBS

    if m.name or m.plural or m.owner_word not in ("zijn", "haar", "z'n", "zn", "d'r") or m.category != "family":
        return False
    if word(tokens, m.first - 1) not in ("dat", "da"):
        return False
    s = tokens[m.first].sentence
    said = next((j for j in range(m.first - 2, -1, -1) if tokens[j].sentence == s and (
        word(tokens, j) in MATRIX_VERBS or word(tokens, j) in ("dat", "da"))), None)
    if said is None or word(tokens, said) in ("dat", "da"):
        return False  # "vertelt in de hele straat dat haar zoon ...": the nearest verb of saying, no "dat" between
    speaker = next((x for x in reversed(found) if x.last < said and tokens[x.first].sentence == s
                    and word(tokens, x.first - 1) not in PREPOSITIONS), None)  # not "op de verjaardag van oom Henk"
    if speaker is not None and any(word(tokens, j) in lx.SUBJECT_PRONOUNS for j in range(speaker.last + 1, said)):
        speaker = None  # "Dave zei dat hij ... zat te vertellen": who "hij" is, is open
    fits = {"haar": "f", "d'r": "f", "zijn": "m", "z'n": "m", "zn": "m"}[m.owner_word]
    if speaker is not None and speaker.stem and lx.relation_gender(speaker.stem) == fits \
            and m.stem not in lx.INVERSE.get(speaker.stem, frozenset()) | _PARTNER.get(speaker.stem, frozenset()):
        return False  # "Mijn vrouw zegt dat haar zus zo'n man niet heeft": her sister is not the client
    rest = []
    for j in range(m.last + 1, len(tokens)):
        if tokens[j].sentence != tokens[m.first].sentence or word(tokens, j) in (",", ";", ":", "dat", "omdat"):
            break
        rest.append(word(tokens, j))
    return not set(rest) & (ABOUT_CLIENT | MATRIX_VERBS) and bool(rest)


def spoken_to(tokens, m) -> bool:
    """"papa, jij hebt nooit opgegeven", "zegt: oma, bij jou ...", "hou vol, trainer.": the client addressed."""
    if m.name or word(tokens, m.first) in lx.DETERMINERS_OWN | lx.DETERMINERS_OTHER | lx.DETERMINERS_PLAIN:
        return False
    if word(tokens, m.first - 1) in THANKS - {"dag"}:
        return True  # "ze zegt gewoon hoi pap", "dankjewel oma" (not "elke dag mama wassen")
    end = m.last + 1
    if end + 1 < len(tokens) and tokens[end].is_word and tokens[end].text.islower() and not lx.is_relation(
            tokens[end].lower) and not tokens[end].lower.endswith("en") \
            and word(tokens, end + 1) in (".", "!", "?", "") and in_quote(tokens, m.first):
        end += 1  # "mijn held, mama grandi."
    if in_quote(tokens, m.first) and word(tokens, end) in (".", "!", "?", "") \
            and word(tokens, m.first - 1) not in PREPOSITIONS:
        return True  # "een hart met: beste papa.", "appen: hou vol, trainer.", "eindelijk mam!"
    if word(tokens, m.first - 1) in QUOTE_OPEN and word(tokens, m.first).endswith("ste") \
            and word(tokens, m.last + 1) == "van":
        return True  # "op een kaartje: beste papa van de wereld"
    from quez.extraction.cues import MATRIX_VERBS

    before = word(tokens, m.first - 1)
    if word(tokens, m.last + 1) in SPOKEN_TO and (before in MATRIX_VERBS or before in QUOTE_OPEN):
        return True  # "Hij zei mam je moet echt iemand bellen"
    after_saying = before in MATRIX_VERBS or before in _BETWEEN_SAYING and word(tokens, m.first - 2) in MATRIX_VERBS
    nxt = word(tokens, m.last + 1)
    if after_saying and not m.plural and (nxt in SPOKEN_TO | _CALLED_THEN or nxt in ("het", "'t", "t")
                                  and word(tokens, m.last + 2) in lx.COPULAS):
        return True  # "kim zegt dan pap hou op", "die zegt mam het was corona", "ze zegt alleen papa jij ..."
    if word(tokens, m.last + 1) in SPOKEN_TO and word(tokens, m.last + 2) in lx.COPULAS | {"zijt"} \
            and before not in PREPOSITIONS:
        return True  # "zei laatst mama jij bent de beste"
    s = tokens[m.first].sentence
    if before == "," and word(tokens, end) in (".", "!", "?", "") and any(
            word(tokens, j) in SPOKEN_TO for j in range(m.first - 1, -1, -1) if tokens[j].sentence == s):
        return True  # "Jij bent mijn held, pap."
    if word(tokens, m.last + 1) != ",":
        return False
    said = next((j for j in range(m.last + 2, m.last + 5) if word(tokens, j) in MATRIX_VERBS), None)
    if said is not None and m.first <= 1 and all(word(tokens, j) in _WOULD | lx.SUBJECT_PRONOUNS
                                                 for j in range(m.last + 2, said)):
        return True  # "Tuurlijk buurman, zou hij zeggen." (not "Oma, ook al zegt ze het niet")
    after = {word(tokens, j) for j in range(m.last + 2, m.last + 6)}
    return before in QUOTE_OPEN or bool(after & SPOKEN_TO)


#: a word between a verb of saying and the one called ("zegt dan pap ...") and what follows a call ("mam hou op")
_BETWEEN_SAYING = frozenset("dan alleen ook altijd gewoon nog meteen toen".split())
_CALLED_THEN = frozenset("ik hou kom ga stop wees doe luister rust".split())


def client_by_inverse(tokens, found: list, setting: Setting) -> list:
    """"Mijn bompa zegt dat zijn kleindochter ...", "geluk met zo'n schoondochter": that is the client; so is
    "mijn vader" when Kevin, known as her son, says it."""
    about_stems = setting.about_stems
    elders = {m.stem for m in found if m.stem}
    elders |= {setting.known_stems.get(lx.fold(m.name), "") for m in found if m.name and not m.stem} - {""}
    result = []
    for m in found:
        det = word(tokens, m.first)
        quoted = det in lx.DETERMINERS_OWN and in_quote(tokens, m.first)  # "hij zegt: mijn dochter is ..."
        # parents and children only in quotes: "haar moeder" from a daughter may be the client's wife
        spoken_of = quoted or det == "zo'n" or (
            (m.owner_word in ("zijn", "haar", "hun") or det in ("die", "deze")) and m.stem not in lx.PARENT_CHILD)
        # the follow-up's person's "zijn kleinzoon" (not "haar pleegmoeder", "zijn moeder": someone else may be meant)
        his = m.owner_word in ("zijn", "haar", "z'n", "zn", "d'r") and not m.plural and m.stem not in lx.PARENT_CHILD \
            and not (m.stem or "").startswith(("pleeg", "stief"))
        sources = elders | (set(about_stems) if quoted or his else set())
        if not m.name and spoken_of and m.stem and any(m.stem in lx.INVERSE.get(e, ()) for e in sources):
            continue
        bare = det not in lx.DETERMINERS_OWN | lx.DETERMINERS_OTHER | lx.DETERMINERS_PLAIN
        if not m.name and m.stem and (bare or quoted) and _bare_kin_is_client(tokens, m, setting, elders, bare):
            continue
        if not m.name and bare and _written_of_the_parent(tokens, found, m):
            continue
        if not m.name and m.stem and (addressee_calls_client(tokens, found, m, about_stems)
                                      or told_to_the_children(tokens, m)):
            continue
        if not m.name and quoted and _partner_speaks(tokens, found, m):
            continue  # "Tesfay, mijn man. Hij zegt tegen zijn broer: mijn vrouw is een leeuw"
        if not m.name and quoted and m.category == "family" and not m.plural and _could_be_speakers(tokens, found, m) \
                and (_praise_follows(tokens, m) or _cue_follows(tokens, m, _positive_cues(setting, tokens))) \
                and not spoken_to_after(tokens, m):
            continue  # "Yonas zei: mijn moeder is de sterkste vrouw die ik ken": reported because it is about her
        result.append(m)
    return result


def _could_be_speakers(tokens, found: list, m) -> bool:
    """The client can be what the quote's speaker calls "mijn ..." (not "Mijn zus zei: mijn dochter is een kanjer":
    her sister's daughter is not the client)."""
    speaker = speaker_before_colon(tokens, found, m.first)
    if speaker is None or not speaker.stem or speaker.category != "family" or not speaker.own:
        return True
    return m.stem in lx.INVERSE.get(speaker.stem, frozenset()) | _PARTNER.get(speaker.stem, frozenset())


def _partner_speaks(tokens, found: list, m) -> bool:
    """In the words of the client's own partner, "mijn vrouw" (or "mijn man", "mijn vriendin") is the client; the
    speaker is named before the colon, or is "hij"/"zij" for the last one named in the sentence before."""
    if m.plural or word(tokens, m.first) not in lx.DETERMINERS_OWN:
        return False
    colon = quote_colon(tokens, m.first)
    s = tokens[m.first].sentence
    if colon is None:
        return False
    before = [x for x in found if x.last < colon and tokens[x.first].sentence == s
              and word(tokens, x.first - 1) not in PREPOSITIONS]
    if not before and any(word(tokens, j) in ("hij", "zij", "ze", "die") and tokens[j].sentence == s
                          for j in range(colon)):
        before = [x for x in found if tokens[x.first].sentence == s - 1 and not x.plural][-1:]
    speaker = before[0] if before else None
    return speaker is not None and speaker.own and m.stem in _PARTNER.get(speaker.stem or "", frozenset())


def _bare_kin_is_client(tokens, m, setting: Setting, elders: set[str], bare: bool) -> bool:
    """A family word without "mijn" (or a quoted "mijn ...") that is what the speaker calls the client, praised in
    what someone says: asked about her grandson, "Opa is de sterkste!" or "zegt: mama is de taaiste"; asked about
    her granddaughter, "zou zeggen dat oma streng is maar lief"; asked about someone whose relation is not known,
    "zegt dat oma de lekkerste msemmen bakt"."""
    about = setting.about_stems
    quote, report = in_quote(tokens, m.first), in_report(tokens, m.first)
    if bare and any(m.stem in lx.INVERSE.get(e, ()) for e in about | elders) and (quote or _praised_as(tokens, m)):
        return True
    if bare and any(m.stem in lx.INVERSE.get(e, ()) for e in about) and report and _praise_follows(tokens, m):
        return True
    if about or m.stem not in ELDERS or not (report or quote):
        return False
    if setting.follow_up:
        return _praise_follows(tokens, m) or _cue_follows(tokens, m, _positive_cues(setting, tokens))
    return _praised_as_herself(tokens, m, setting)


_WRITTEN = frozenset("verslag rapport rapportage dossier magister berichtje mail brief schreef schrijft geschreven "
                     "las lees notitie evaluatie pleitnota".split())


def _written_of_the_parent(tokens, found: list, m) -> bool:
    """"moeder", "vader" without an article in what a professional writes or says of the client: "Laatst nog:
    complimenten aan vader", "in het verslag dat moeder goed meewerkt" (not "Mijn zus zegt: moeder is ziek")."""
    if m.relation not in ("moeder", "vader") or not (in_quote(tokens, m.first) or in_report(tokens, m.first)):
        return False
    s = tokens[m.first].sentence
    near = {t.lower for t in tokens if s - 1 <= t.sentence <= s}
    professional = any(x.category == "professionals" and tokens[x.first].sentence in (s - 1, s) and x.last < m.first
                       for x in found)
    return bool(near & _WRITTEN) or professional


def _praised_as_herself(tokens, m, setting: Setting) -> bool:
    """What follows "oma" in someone's words praises what she is or does, and names no one else and nothing the
    client does ("zei dat oma heel goed voor haar zorgt"; not "dat opa ... zei dat ik de slimste ben", "dat ma op
    haar verjaardag zat op te scheppen over mijn diploma", "dat mama trots is")."""
    from quez.extraction.cues import MATRIX_VERBS

    s = tokens[m.first].sentence
    rest = [t for t in tokens[m.last + 1:] if t.sentence == s]
    if any(t.lower in ABOUT_CLIENT | MATRIX_VERBS | {"tegen"} or lx.is_relation(t.lower) and t.lower != m.relation
           for t in rest):  # "oma kan er niks aan doen, oma is de dapperste": oma again is no one else
        return False
    if _praise_follows(tokens, m):
        return True
    return any(h.polarity > 0 and h.descriptive and h.first > m.last and tokens[h.first].sentence == s
               for h in setting.cue_hits(tokens))


_PRAISE_WORDS = lx.PRAISE_ADJECTIVES | frozenset("lief sterk knap goed slim taai geweldig fantastisch top".split())


def _praise_follows(tokens, m) -> bool:
    """What follows the family word in its clause praises and says what she is ("... dat oma streng is maar lief",
    "dat papa de rustigste papa is"): no one else acted on ("dat ik beter voor pa zorg")."""
    rest = []
    for t in tokens[m.last + 1:]:
        if t.sentence != tokens[m.first].sentence or t.lower in (",", ";", "en", "want"):
            break
        rest.append(t.lower)
    return any(w in lx.COPULAS for w in rest) and any(w.endswith("ste") or w in _PRAISE_WORDS for w in rest)


def _cue_follows(tokens, m, praise_at: frozenset[int]) -> bool:
    """A word of praise (``praise_at``: where positive cues start) follows the family word in its sentence
    ("mijne vent is nen harde, die geeft nooit op")."""
    s = tokens[m.first].sentence
    return any(m.last < j and tokens[j].sentence == s for j in praise_at)


def _positive_cues(setting: Setting, tokens) -> frozenset[int]:
    """Where the answer's positive cues start: read once per answer, only when a rule needs it."""
    if setting.praise_at is None:
        setting.praise_at = frozenset(h.first for h in setting.cue_hits(tokens) if h.polarity > 0)
    return setting.praise_at


def in_report(tokens, i: int) -> bool:
    """Token ``i`` is in what someone says ("Lieks zegt dat papa de rustigste papa is", "zou zeggen dat oma ...")."""
    from quez.extraction.cues import MATRIX_VERBS

    s = tokens[i].sentence
    j = i - 1
    while j > 0 and tokens[j].sentence == s:
        if tokens[j].lower in ("dat", "da") and any(tokens[k].lower in MATRIX_VERBS and tokens[k].sentence == s
                                                    for k in range(max(0, j - 4), j)):
            return True  # "zegt dat", "schreef in het verslag dat"
        j -= 1  # "zou zeggen dat oma streng is ... en dat oma de lekkerste msemmen bakt"
    return False


def _praised_as(tokens, m) -> bool:
    """"Opa is de sterkste", "Papa is een held": a bare family word with a predicate that praises."""
    return word(tokens, m.last + 1) in ("is", "was", "bent") and word(tokens, m.last + 2) in ("de", "een", "echt",
                                                                                              "zo", "de allerbeste")
