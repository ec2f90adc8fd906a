"""Dutch (and Flemish) words the extractor knows: relations, names, cues.

Plain data and small lookups, no third-party imports (the name and place lists and name comparison are in
:mod:`quez.extraction.namelists`, and reachable from here). Relation words map to a
canonical stem and a category for the network picture (family, friends,
neighbours, work_school, professionals, other) and a default closeness
(1 closest .. 3 further away).
"""

from __future__ import annotations

from functools import lru_cache

from quez.extraction.namelists import NON_PERSON_CAPS as NON_PERSON_CAPS
from quez.extraction.namelists import _name_genders as _name_genders
from quez.extraction.namelists import _place_words as _place_words
from quez.extraction.namelists import fold as fold
from quez.extraction.namelists import is_first_name as is_first_name
from quez.extraction.namelists import is_place as is_place
from quez.extraction.namelists import name_form_of as name_form_of
from quez.extraction.namelists import name_gender as name_gender
from quez.extraction.namelists import of_two_sexes as of_two_sexes
from quez.extraction.namelists import short_form_of as short_form_of

# stem -> (category, default closeness); plurals, diminutives and compounds
# are derived in :func:`relation_info`.
_RELATIONS: dict[str, tuple[str, int]] = {}


def _add(category: str, closeness: int, words: str) -> None:
    for word in words.split():
        _RELATIONS[word.replace("_", " ")] = (category, closeness)


_add("family", 1, "moeder mama mam mams moeke ma vader papa pap pa vake ouders partner man vrouw echtgenoot "
     "echtgenote zoon zoons zonen dochter dochters kind kinderen kids kindje baby")
_add("family", 2, "broer broers zus zussen zuster zusters opa oma opa's oma's grootmoeder grootvader grootouders "
     "bomma bompa moemoe meme pepe vava tweelingbroer tweelingzus kleinzoon kleindochter kleinkind kleinkinderen "
     "stiefvader stiefmoeder stiefzoon stiefdochter stiefbroer stiefzus halfbroer halfzus pleegmoeder pleegvader "
     "pleegouders pleegkind pleegzoon pleegdochter meter peter peetoom peettante gezin familie")
_add("family", 3, "tante tantes oom ooms nonkel neef neven nicht nichten kozijn kozijns kozijnen "
     "achterneef achternicht "
     "schoonmoeder schoonvader schoonouders schoonzus schoonzuster schoonbroer zwager zwagerin schoonzoon "
     "schoondochter ex ex-man ex-vrouw ex-partner ex-vriend ex-vriendin overgrootmoeder overgrootvader "
     "schoonma schoonpa schoonmama schoonpapa abla teyze amca hala dayı dayi yenge abi ağabey khalti khala "
     "khalto amo ammo tanta tant ome")
# kinship words from the languages and dialects clients speak at home (Frisian, Papiamento, Sarnami, Kurdish,
# Tigrinya, Moluccan Malay, Bosnian): what they are in Dutch is in SAME_AS
_add("family", 1, "heit mem bapa tata abba bavo dayê daye")
_add("family", 2, "beppe pake wela welo nani dadi usi bung")
_add("family", 3, "omke muoike mausi chacha chachi tio tia xaltî xalti teta")
# ... and from Somali, Dari, Portuguese (Cape Verde), Hindustani, Arabic (Moroccan, Syrian), Turkish, Polish,
# Ukrainian, Papiamento and Dutch dialects (Zeeuws, Limburgs, Gronings)
_add("family", 1, "baba aabo pedar padar pai hooyo madar mãe mae ummi umi zawjti zawji wief wuuf zeun bacha maman")
_add("family", 2, "ayeeyo awoowe avó avô babusya babushka babcia dziadek dede nene babaanne anneanne sitti jiddo "
     "bhai behen didi ukhti akhi khti khouya brat siostra walaal kardeş kleinzeun torun gelin")
_add("family", 3, "abti adeer eedo habaryar tanchi ciocia wujek")
# Tamil, Kurdish, English (Nigerian, Ghanaian homes), Bulgarian, Twents and Haags
_add("family", 1, "amma appa dayik mummy mommy daddy tatko moo pappa mamma mami papi koter koters")
_add("family", 2, "ate kuya")  # Filipino: older sister, older brother
_add("family", 2, "akka paati thatha thangachi thambi opoe")
_add("family", 3, "aunty")
_add("family", 2, "dadash baradar khahar abji")  # Persian, Dari: brother, sister
_add("family", 3, "tita")  # Filipino: aunt ("Tito" is a name too often)
_add("family", 2, "lola lolo savta")  # Filipino grandparents, Hebrew grandmother
_add("family", 1, "yemma")  # Moroccan Arabic: mother
_add("family", 3, "amoo amu khaleh ameh")  # Persian: uncle, aunts
_add("friends", 1, "lief")
_add("family", 1, "vent")  # Flemish "mijne vent": her husband
_add("friends", 2, "vriend vrienden vriendin vriendinnen vriendje vriendinnetje maat maatje maten kennis kennissen "
     "jeugdvriend jeugdvriendin studievriend studievriendin makker vriendengroep")
_add("neighbours", 3, "gebuur geburen noaber noabers buurman buurvrouw buren buurjongen buurmeisje overbuurman "
     "overbuurvrouw overburen buurtgenoot buurtgenoten buurtbewoner")
_add("work_school", 3, "collega collega's oud-collega baas bazin chef leidinggevende werkgever teamleider manager "
     "directeur juf juffrouw meester leraar lerares leerkracht docent docente mentor klasgenoot klasgenoten "
     "studiegenoot stagebegeleider trainer")
_add("other", 3, "jongen meisje dame heer")
_add("professionals", 3, "wijkzuster curator pandit rabbijn behandelaar")
_add("work_school", 3, "ervaringsdeskundige kollega vennoot compagnon zakenpartner uitvoerder schoolleider "
     "verhuurder verhuurster")
_add("professionals", 3, "brandweerman brandweervrouw ambulancebroeder predikant koster postbode postbezorger "
     "chauffeur buschauffeur conducteur gastouder gastmoeder schoonmaakster schoonmaker huishoudhulp diëtiste "
     "dietist dietiste ambtenaar bewaker directrice psych kinesist domine rector decaan dirigent penningmeester "
     "barman barvrouw melkboer handhaver visagiste invalkracht ploegleider aannemer eigenaar eigenaresse")
_add("professionals", 3, "fysio ouderling hoca taalmaatje assistente assistent apotheker ksiądz ksiadz coördinator "
     "coordinator logopediste logopedist")
_add("professionals", 3, "huisarts dokter arts psycholoog psychiater therapeut hulpverlener maatschappelijk_werker "
     "maatschappelijk_werkster wijkagent wijkverpleegkundige verpleegkundige verpleger verpleegster "
     "thuiszorgmedewerker bewindvoerder schuldhulpverlener casemanager consulent klantmanager begeleider "
     "woonbegeleider gezinsbegeleider gezinscoach jeugdconsulent coach ambulant_begeleider wijkcoach "
     "dominee pastoor pastor imam priester tandarts fysiotherapeut specialist zorgverlener advocaat "
     "vrijwilliger buddy mantelzorger verzorgster verzorgende jongerenwerker opbouwwerker "
     "huisdokter dokteres logopedist logopediste oppas oppasser zorgcoördinator coördinator orthopedagoog pedagoog "
     "diëtist verloskundige kraamverzorgster kinderverzorgster verzorger deurwaarder tolk jurist notaris "
     "maatschappelijk_werkster ib'er zorgcoordinator agent agente politieagent hulpverleenster psychologe "
     "sponsor voogd gezinsvoogd diaken rechter kapelaan apotheker apothekeres poh praktijkondersteuner "
     "begeleidster contactpersoon coordinator instructeur huismeester wijkbeheerder opzichter accountant "
    "boekhouder voorleesvrouw voorlezer voorleester vrijwilliger vrijwilligster")
_add("work_school", 3, "leidster leider groepsleider groepsleidster caissière caissiere kassière klant klanten "
     "ploegbaas ploegmaat ploegmaten teamgenoot teamgenoten voorzitter bewoner bewoners student studente cursist "
     "cursisten lotgenoot lotgenoten kapster kapper huisbaas huisbazin conciërge concierge trainster coach "
     "leerling leerlingen medeleerling werkgeefster opdrachtgever bazen bedrijfsleider filiaalmanager "
     "voorman voorvrouw stagiair stagiaire voorzitster")

#: words that are also ordinary words: a person only with a possessive
#: ("mijn man"), a name after them ("meester Bart") or a following "van".
NEEDS_OWNER = frozenset("lief man vrouw kind ma meter peter maat kennis zuster baby familie gezin jongen meisje dame "
                        "heer vent".split())

#: relations of which a client normally has one (merging "mijn moeder" is safe)
UNIQUE = frozenset("moeder mama mam mams moeke ma vader papa pap pa vake partner man vrouw echtgenoot echtgenote "
                   "huisarts schoonmoeder schoonvader stiefvader stiefmoeder bewindvoerder meter peter "
                   "leidinggevende baas".split())

PLURAL = frozenset("ouders zoons zonen dochters kinderen kids broers zussen zusters opa's oma's grootouders "
                   "kleinkinderen pleegouders tantes ooms neven nichten kozijns kozijnen schoonouders vrienden "
                   "vriendinnen maten kennissen buren overburen buurtgenoten collega's klasgenoten familie gezin "
                   "vriendengroep ploegmaten teamgenoten klanten cursisten lotgenoten bewoners leerlingen bazen "
                   "onderburen bovenburen geburen".split())

#: suffixes that make a professional ("jeugdzorgmedewerker", "kinderarts")
_PRO_SUFFIXES = ("loog", "iater", "medewerker", "medewerkster", "verpleegkundige", "begeleider", "begeleidster",
                 "consulent", "consulente", "hulpverlener", "werker", "werkster", "coach", "arts", "therapeut", "agent",
                 "instructeur", "assistente", "assistent", "vrijwilliger", "vrijwilligster", "mentor",
                 "adviseur", "bemiddelaar", "voorlezer", "voorleester", "leraar", "lerares", "verpleegster",
                 "deskundige", "ambtenaar", "inspecteur", "inspectrice")
_PREFIXES = ("ex-", "oud-", "schoon", "stief", "half", "pleeg", "over", "achter", "groot", "onder", "boven")

DETERMINERS_OWN = frozenset("mijn m'n mn m’n onze ons mijne me mien miene os".split())  # Limburgs: "mien", "os"
#: kinship words written after the name ("Hatice abla", "Nurten teyze", "Elvira tanta"): that person's relation
POSTPOSED_KIN = frozenset("abla teyze amca hala dayı dayi yenge abi ağabey khalti khala khalto amo ammo tanta".split())
DETERMINERS_OTHER = frozenset("zijn z'n zn haar d'r hun je jouw uw haren zijnen uwen".split())  # Flemish "haren vent"
DETERMINERS_PLAIN = frozenset("de het een die deze den zo'n".split())
ADJECTIVES = frozenset(
    "oudste jongste oudere jongere oude jonge beste goede lieve grote kleine eigen enige echte vaste nieuwe vorige "
    "eerste tweede derde twee drie vier vijf zes allerbeste allerliefste liefste dierbare trouwe overleden wijlen "
    "gestorven".split()
)
#: adjectives that tell two relatives apart (kept in the merge key)
#: kind words for what someone is to someone ("mijn grote jongen", "haar lieve kleinkind")
PRAISE_ADJECTIVES = frozenset("lieve grote beste goeie goede flinke knappe trouwe fijne dappere sterke".split())
DISTINGUISHING = frozenset("oudste jongste oudere jongere eerste tweede derde".split())
COPULAS = frozenset("ben bent is was waren zijn word wordt werd blijf blijft bleef lijk lijkt wezen da's dat's "
                    "zijt".split())
TITLES = frozenset("meneer mevrouw mevr mevr. dhr dhr. mr madame mijnheer monsieur pater ksiądz ksiadz dr drs prof ds "
                   "pani pan auntie uncle miss mister mamosta sheikh sjeik".split())

SUBJECT_PRONOUNS = frozenset("hij zij ze die diegene dieje ie".split())
CLIENT_PRONOUNS = frozenset("ik we wij ikzelf ikke".split())
#: with dialect forms: Flemish "ni", "nie", "nikske", "gene"; Low Saxon "nich"; Limburgs "neet"
NEGATORS = frozenset("niet geen nooit niks niets nergens niemand allerminst ni nie nikske niemendal gene nich "
                     "neet".split())
HEDGES = frozenset("misschien denk geloof wellicht mogelijk eventueel".split())

#: words before a plural that make it generic, not concrete people ("weinig vriendinnen", "andere moeders")
QUANTIFIERS = frozenset("weinig veel geen sommige andere meer minder genoeg enkele diverse verschillende "
                        "meeste zoveel allerlei niemand iedereen alle al".split())
#: parents, children, siblings: which of them the client is depends on her gender ("haar moeder" from her
#: daughter may be the client's wife), so only in the speaker's own words ("zegt: mijn zus is de beste")
PARENT_CHILD = frozenset("vader moeder dochter zoon kind kinderen ouders zus broer".split())
#: relation words that take "het" ("het kind"); others with "het" are the thing or the verb ("het oppassen")
NEUTER = frozenset("kind kindje baby meisje jongetje zoontje dochtertje zusje broertje gezin".split())
NUMERALS = frozenset("twee drie vier vijf zes zeven acht negen tien".split())
#: animals: a name after them is a pet ("mijn hond Bowie")
PETS = frozenset("hond hondje kat katje poes poesje konijn paard cavia vogel parkiet kater kanarie hamster "
                 "schildpad goudvis".split())
#: nouns for someone by sex or age: a person with a determiner and something that places them
#: ("een vrouw in de tram", "die man van beneden", "de dame van de bibliotheek")
PEOPLE_NOUNS = frozenset("man vrouw jongen meisje dame heer meneer mevrouw".split())
#: places a person is "of" that make the person's name only a qualifier ("de juf van de klas van Sam")
INSTITUTIONS = frozenset("school klas club werk groep team ploeg crèche creche opvang kinderopvang vereniging "
                         "familie gezin praktijk afdeling dagbesteding".split())
INSTITUTION_SUFFIXES = ("club", "school", "opvang", "team", "groep", "afdeling", "besteding", "vereniging")
#: collective words that are never one person or group in the summary ("mijn familie", "het gezin")
COLLECTIVES = frozenset("familie gezin families".split())
#: words inside a noun phrase before the relation: "een soort tweede moeder"
NP_FILLERS = frozenset("soort".split())
#: adjectives that make a collective generic ("de hele familie")
GENERIC_ADJECTIVES = frozenset("hele gehele halve".split())
#: plural nouns for people that are a concrete group only with a place ("de dames van het buurthuis")
GROUP_NOUNS = frozenset("dames heren mannen vrouwen meiden meisjes jongens leden moeders vaders "
                        "ouders vrijwilligers medewerkers gasten jonges broeders".split())
GROUP_PLACES = frozenset("van uit bij op in".split())
#: client pronouns that make a relation word in the same clause a description of the client
CLIENT_WORDS = frozenset("ik jij je me mij u".split())
#: verbs with which someone calls the client something ("vindt me een goede moeder", "noemt me een held")
CALLING_VERBS = frozenset("vind vindt vond vonden noem noemt noemde noemden zie ziet zag".split())

#: first names that are also ordinary words: in lower case they are the word ("een roos", "de mees")
WORDS = frozenset("roos iris mark bas rob lief hoop storm zon dag bo lot kim ben will wil fleur mees an els jet "
                  "lies said rosa bob guy pol tuur ward stien tine fien hanna pien gea ina ton max "
                  "hein".split())  # Flemish "..., hein" (is it not?)

#: languages that are also first names: the language only after "het" or before "spreken" ("in het Frans")
LANGUAGE_NAMES = frozenset("frans".split())
#: first names that are also the first word of a shop's name: "bij de Albert Heijn" (Albert the man elsewhere)
SHOP_NAMES = {"albert": "heijn"}


#: words that open sentences and are not names, though some are names too
STOP_WORDS = frozenset(
    """ie hee zee ni nie nit twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien
    zestien zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd
    sindsdien daarom vandaar inmiddels ondertussen ineens opeens plots bovendien zelfs gelukkig trouwens
    aan al alle alleen allebei als altijd ander anderen bij daar daarna dan dat de deze die dit doe doet door
    dus echt een eigenlijk en er geen gisteren goed haar had heb heeft het hier hij hoe hun ik in is ja je jij jullie
    kan kon laatst maar me meer met mijn misschien morgen na naar natuurlijk nee niemand niet niets niks nog nooit
    nou nu of ok oké om ook op over samen sinds soms toch toen tot u uit van vandaag veel voor vooral waar wanneer
    want wat we wel wie wij wil zal ze zeker zelf zij zo zonder zou zij iedereen ach tja goh haha hm hmm
    ben dan wil hoop lieve mag moet mooi zeg zegt vind vindt weet zwaar koken elke iedere ieder da da's dat's
    vroeger later eerst thuis vanochtend vanavond vanmiddag gisteravond eergisteren onlangs pas meestal vaak
    eens daarom toch zelfs iemand tenminste straks gewoon inderdaad alles iets weinig""".split()
)


def without_title(name: str) -> str:
    """``'mevrouw jansen'`` → ``'jansen'``, ``'madame Katrien'`` → ``'Katrien'``: a name without the courtesy
    titles before it."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in TITLES:
        words = words[1:]
    return " ".join(words)


#: relation stems by grammatical gender of the person (for pronouns: "zij" -> zus, "hij" -> broer)
_FEMALE = frozenset("""moeder mama mam mams moeke ma vrouw echtgenote dochter zus zuster oma grootmoeder bomma moemoe
    meme tweelingzus kleindochter stiefmoeder stiefdochter stiefzus halfzus pleegmoeder pleegdochter meter peettante
    tante nicht schoonmoeder schoonzus schoonzuster zwagerin schoondochter ex-vrouw ex-vriendin vriendin vriendinnetje
    buurvrouw overbuurvrouw buurmeisje bazin juf juffrouw lerares docente verpleegster verzorgster
    overgrootmoeder jeugdvriendin studievriendin""".split())
_MALE = frozenset("""vader papa pap pa vake man echtgenoot zoon broer opa grootvader bompa pepe vava tweelingbroer
    kleinzoon stiefvader stiefzoon stiefbroer halfbroer pleegvader pleegzoon peter peetoom oom nonkel neef kozijn
    schoonvader schoonbroer zwager schoonzoon ex-man ex-vriend vriend vriendje buurman overbuurman buurjongen meester
    verpleger overgrootvader jeugdvriend studievriend achterneef""".split())


#: what the client is to someone of that relation: "mijn opa ... zijn kleindochter" is the client
_INVERSE_GROUPS = (
    ("opa oma bompa bomma grootvader grootmoeder pepe meme moemoe vava overgrootmoeder overgrootvader",
     "kleinkind kleindochter kleinzoon kleinkinderen achterkleinkind"),
    ("vader moeder papa mama pa ma pap mam vake moeke ouders stiefvader stiefmoeder pleegvader pleegmoeder",
     "dochter zoon kind kinderen stiefdochter stiefzoon pleegdochter pleegzoon pleegkind"),
    ("oom tante nonkel", "nicht neef"),
    ("schoonvader schoonmoeder schoonouders", "schoondochter schoonzoon"),
    ("meter peter peetoom peettante", "petekind metekind petekindje"),
)
INVERSE: dict[str, frozenset[str]] = {"zus": frozenset({"zus", "broer"}), "broer": frozenset({"zus", "broer"})}
for _elders, _young in _INVERSE_GROUPS:
    for _w in _elders.split():
        INVERSE[_w] = frozenset(_young.split())
    for _w in _young.split():
        INVERSE[_w] = frozenset(_elders.split())


#: roles one person may be called by in a follow-up about her ("mijn maatje" for the buddy, "de baas" for the werkgever)
ROLE_GROUPS = tuple(frozenset(g.split()) for g in (
    "buddy maatje taalmaatje", "baas werkgever chef leidinggevende teamleider", "juf lerares docent docente "
    "leerkracht mentor", "huisarts dokter", "meester leraar docent leerkracht mentor", "zoon jongen"))

#: roles an adult client meets through her children: "de juf van Sam" is most likely the juf she names elsewhere
CHILDRENS_ROLES = frozenset("juf meester mentor leraar lerares leerkracht docent docente".split())

#: words for the same relation: "pa", "papa" and "vader" are one person to merge
SAME_AS = {w: canonical for canonical, words in (
    ("vader", "pa papa pap paps vake"), ("moeder", "ma mama mam mams moeke"),
    ("opa", "bompa grootvader pepe vava"), ("oma", "bomma grootmoeder meme moemoe"),
    ("oom", "nonkel amca dayı dayi amo ammo ome"), ("neef", "kozijn"), ("huisarts", "huisdokter dokter"),
    ("juf", "juffrouw"),
    ("zus", "abla"), ("broer", "abi ağabey"), ("schoonzus", "yenge"), ("fysiotherapeut", "fysio"),
    ("pastoor", "ksiądz ksiadz"), ("collega", "kollega"),
    ("tante", "teyze hala khalti khala khalto tanta tant"), ("buurman", "gebuur"),
    ("schoonmoeder", "schoonma schoonmama"),
    ("schoonvader", "schoonpa schoonpapa"), ("buren", "geburen"),
    ("vader", "heit bapa tata abba bavo"), ("moeder", "mem dayê daye"), ("oma", "beppe wela nani dadi"),
    ("opa", "pake welo"), ("zus", "usi"), ("broer", "bung"), ("oom", "omke chacha tio"),
    ("tante", "muoike mausi chachi tia xaltî xalti teta"),
    ("vader", "baba aabo pedar padar pai"), ("moeder", "hooyo madar mãe mae ummi umi maman"),
    ("oma", "ayeeyo avó babusya babushka babcia nene babaanne anneanne sitti"),
    ("opa", "awoowe avô dziadek dede jiddo"),
    ("broer", "bhai akhi khouya brat"), ("zus", "behen didi ukhti khti siostra"), ("oom", "abti adeer wujek"),
    ("tante", "eedo habaryar tanchi ciocia"), ("vrouw", "zawjti wief wuuf"), ("man", "zawji"), ("zoon", "zeun"),
    ("kleinzoon", "kleinzeun"), ("kleinkind", "torun"), ("schoondochter", "gelin"), ("kind", "bacha koter"),
    ("moeder", "amma dayik mummy mommy moo mamma mami"), ("vader", "appa daddy tatko pappa papi"),
    ("zus", "akka thangachi ate"), ("broer", "thambi kuya"), ("oma", "paati opoe"), ("opa", "thatha"),
    ("tante", "aunty khaleh ameh"), ("kinderen", "koters"), ("broer", "dadash baradar"), ("zus", "khahar abji"),
    ("oom", "amoo amu"), ("tante", "tita"), ("oma", "lola savta"), ("opa", "lolo"), ("moeder", "yemma"),
) for w in words.split()}


def relation_gender(stem: str | None) -> str | None:
    if not stem:
        return None
    word = stem.split()[-1]
    return "f" if word in _FEMALE else "m" if word in _MALE else None


@lru_cache(maxsize=4096)
def relation_info(word: str) -> tuple[str, str, int, bool] | None:
    """``(stem, category, closeness, plural)`` for a relation word, else None.

    Knows the listed words, their diminutives ("zusje", "broertje"), regular
    plurals ("tantes", "zussen"), compounds ("overbuurvrouw", "ex-schoonzus")
    and professional suffixes ("jeugdzorgmedewerker").
    """
    w = word.casefold().replace("’", "'")
    if w.startswith(("ex ", "oud ")) and " " not in w[4:]:
        w = w.replace(" ", "-", 1)  # "mijn ex mentor": "ex-mentor"
    if w in _RELATIONS:
        category, closeness = _RELATIONS[w]
        return SAME_AS.get(w, w), category, closeness, w in PLURAL
    for suffix in ("tje", "je", "etje", "pje", "atje", "tjes", "jes", "etjes", "pjes"):  # "broertjes", "omaatje"
        stem = w[: -len(suffix)] if w.endswith(suffix) else ""
        if stem in _RELATIONS and len(stem) > 2:
            category, closeness = _RELATIONS[stem]
            return stem, category, closeness, suffix.endswith("s")
    for suffix, add in (("'s", ""), ("s", ""), ("en", ""), ("nen", ""), ("sen", ""), ("ren", ""), ("n", "")):
        stem = w[: -len(suffix)] + add if w.endswith(suffix) else ""
        if stem in _RELATIONS and len(stem) > 2 and stem not in NEEDS_OWNER:
            category, closeness = _RELATIONS[stem]
            return stem, category, closeness, True
    for prefix in _PREFIXES:
        if w.startswith(prefix) and len(w) > len(prefix) + 2:
            inner = relation_info(w[len(prefix):])
            if inner is not None and inner[0] not in NEEDS_OWNER:
                return w, inner[1], 3 if prefix in ("ex-", "oud-") else inner[2], inner[3]
    if "-" in w and not w.startswith(("ex-", "oud-")):  # "aa-sponsor", "jeugd-coach"
        inner = relation_info(w.rsplit("-", 1)[1])
        if inner is not None and inner[0] not in NEEDS_OWNER:
            return inner
    for suffix in _PRO_SUFFIXES:
        if w.endswith(suffix) and len(w) >= len(suffix) + 3 and "-" not in w:
            return w, "professionals", 3, False
    return None


def is_relation(word: str) -> bool:
    return relation_info(word) is not None


def multiword_relations() -> dict[str, list[str]]:
    """First word → full multi-word relations starting with it."""
    table: dict[str, list[str]] = {}
    for words in _RELATIONS:
        if " " in words:
            table.setdefault(words.split()[0], []).append(words)
    return table


#: ages in words: "Shanaya is negen, Dion zes"
AGES = frozenset("twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
                  "zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig"
                  .split())

MULTIWORD = multiword_relations()
