"""The table of opinion cues: words and phrases that carry a stance, with their polarity (see
:mod:`quez.extraction.cues`, which finds them in an answer).

Polarity +1: good about the client ("trots", "snapt", "goed"). Polarity -1: a judgement against the
client ("aanstellen", "schuld", "oordeelt"); a -1 cue under negation ("niet mijn schuld", "oordeelt
nooit") is positive. The stance is one of the bank's ``elicits`` words. Earlier entries win where two
overlap. The praise cues are here; leave to ask for help and the judgements that blame follow them, in
:mod:`quez.extraction.help_and_blame_cues`.
"""

from __future__ import annotations

from quez.extraction.cue_def import CueDef
from quez.extraction.cue_def import cue as _cue
from quez.extraction.help_and_blame_cues import HELP_AND_BLAME

_PRAISE: tuple[CueDef, ...] = (
    # fixed phrases first: their negator belongs to them
    _cue(r"(?:niet|nooit|geen|ni|nie) (?:mijn|jouw|je|m'n|uw|jullie|onze|ons) (?:schuld|fout)", 1, "no_blame",
         consumes=True),
    # "zou zeggen: eindelijk" (relief at what the client does; not "Finn slaapt eindelijk door": said of him)
    _cue(r"eindelijk", 1, "positive_opinion", descriptive=True),
    # "er is geen betere moeder", "mien Maatje, gin betere": none better (not a negated "beter")
    _cue(r"(?:geen|gin|gien|gain|gene|genen) (?:\w+ )?betere\b", 1, "positive_opinion", consumes=True,
         descriptive=True),
    # "jij bent niet gek", "dat ik niet gek ben" (a plain "gek" is as often fond as reproaching: "gek dat ik ben")
    _cue(r"(?:bent|ben|zijt|is) (?:echt |heus |toch |helemaal )?(?:niet|ni|nie) gek\b(?! (?:op|om|van)\b)|"
         r"(?:niet|ni|nie) gek (?:bent|ben|zijt)\b", 1, "no_blame", consumes=True, descriptive=True),
    # "dat ik niks fout heb gedaan", "ge hebt niets fout gedaan": a negated reproach, of whom it is said
    _cue(r"(?:niks|niets|nix|niet|nie|ni|nooit|geen) (?:\w+ ){0,2}fout(?:en)?\b(?! (?:van|bij)\b)", 1, "no_blame",
         consumes=True, descriptive=True),
    # "jij kon er niks aan doen" (not "die kan er ook niks aan doen": said of someone else)
    _cue(r"(?:niks|niets) aan (?:\w+ ){0,2}(?:doen|doe)", 1, "no_blame", consumes=True, descriptive=True),
    # the blame put on someone else: "de schuld van mijn ex", "da's de schuld van uw ex"
    _cue(r"(?:schuld|fout) (?:is |was |ligt |lag )?(?:van|bij) (?!(?:mij|me|jou|je|jezelf|mezelf|mijzelf|u|ons|jullie|"
         r"alles|alle|allemaal|wat|dat|"
         r"dit)\b)(?:\w+ )?\w+", 1, "no_blame", consumes=True),
    _cue(r"niemands (?:schuld|fout)|(?:ligt|lag) (?:\w+ ){0,2}(?:niet|nooit) aan (?:mij|me|jou|ons|jullie|u)\b|"
         r"(?:niet|nooit) aan (?:mij|me|jou|ons|jullie|u) (?:ligt|lag)", 1, "no_blame", consumes=True),
    _cue(r"(?:aan|bij|met) niemand anders", 1, "respect", consumes=True),
    _cue(r"(?:niet|nie|ni) (?:\w+ )?mee (?:moet |hoeft |hoef )?(?:te )?(?:inzitten|zitten)\b", 1, "no_blame",
         consumes=True),  # not to worry: "ge moet daar niet mee inzitten", "daar hoef je niet mee te zitten"
    # no need to be strong: "u hoeft niet flink te doen voor mij", "je hoeft niet de held te spelen"
    _cue(r"(?:hoeft|hoef|hoeven|hoefde|moet|moogt) (?:\w+ )?(?:niet|nie|ni|geen) (?:zo |altijd |meer )?(?:flink|"
         r"sterk|stoer|perfect|de held|de sterke|de flinke|de harde|alles alleen|alles zelf) (?:\w+ )?(?:te )?"
         r"(?:doen|zijn|spelen|houden|uithangen)\b|(?:doe|wees) (?:nou |maar )?(?:niet|neet|nie|ni) (?:zo|zoe) flink\b|"
         r"(?:bent|zijt|zijn|is|hoeft|hoef) (?:\w+ )?(?:geen|gene|gien) super(?:vrouw|man|mens|moeder|mama|vader|papa|"
         r"held|heldin|oma|opa)\b|"
         # "je bent echt niet de enige", "ge zijt ni de eerste": others have it too
         r"(?:bent|ben|zijt|is|was) (?:echt |heus |zeker |lang )?(?:niet|geen|ni|nie) de (?:enige|eerste)\b|"
         r"(?:niet|ni|nie) de (?:enige|eerste) (?:bent|ben|zijt|is|was)\b", 1,
         "help_ok", consumes=True),
    # nobody does it like her; they cannot do without her (implicit appreciation)
    _cue(r"niemand (?:\w+ ){0,4}(?:zo|beter) (?:\w+ ){0,4}(?:als|dan) (?:ik|jij|jou|u|gij|mij)\b|"
         # "zonder jouw trompet klinkt het nergens naar"
         r"zonder (?:jou|u|mij|me|jullie|mama|papa|mam|pap|oma|opa|(?:jouw|uw) \w+) (?:\w+ ){0,5}(?:niet|geen|nooit|"
         r"niks|niets|saai|kwijt|verloren|nergens|dicht|failliet)\b|"
         # wishing for one like her: "zo'n dochter had ik ook wel gewild", "zo'n buurvrouw wil iedereen"
         r"(?:zo'n|zo een|zulke) \w+ (?:had|zou|wil|wilde|wou|willen) (?:\w+ ){0,3}(?:gewild|willen|hebben|wel)\b|"
         # "dat ik de enige kleinzoon ben die nog langskomt"
         r"(?:ik|'k) (?:\w+ )?de enige \w+ (?:ben|was) die\b|"
         r"niemand (?:\w+ ){0,4}zoals (?:jij|jou|u|gij)\b|"  # "niemand doet de nachten zoals jij"
         # "de kantine is niks zonder jou", "jij kan meer dan je denkt"
         r"(?:niks|niets) (?:\w+ )?zonder (?:jou|u|jullie)\b|"
         r"(?:kan|kunt|kon|kun) (?:\w+ )?meer dan (?:je|jij|u|ge|gij) (?:zelf )?(?:denkt|dacht|denk)\b|"
         # "niemand anders had dit gekund", "dat had niemand anders volgehouden"
         r"niemand anders (?:\w+ ){0,4}(?:gekund|gedaan|volgehouden|opgebracht|gered|kunnen|volhouden|opbrengen)\b|"
         r"(?:heeft|hebt|heb|had) (?:\w+ )?meer (?:lef|verstand|geduld|kracht|moed|ruggengraat|doorzettingsvermogen|"
         r"energie|hart|kennis) (?:\w+ )?dan\b|"  # "jij hebt meer lef dan wij allemaal"
         r"meer (?:lef|verstand|geduld|kracht|moed|ruggengraat|doorzettingsvermogen|energie|hart|kennis) "
         r"(?:heb|hebt|heeft|had|hadt) (?:\w+ )?dan\b|"  # "dat ik meer lef heb dan de meeste mannen"
         r"(?:missen|mist|miste|misten) (?:je|jou|u|jullie)\b|"
         r"zonder (?:jou|u|je) (?:\w+ ){0,2}(?:zaten|zat|waren|was|hadden|had|zou|zouden|stond|stonden|lag|lagen)\b|"
         # "zonder Mei was de zaak dicht", "zonder mijn Riet zat ik ...": her name, the one they cannot do without
         r"zonder (?:mijn |ons |onze |tante |mama |oma |juf )?(?!(?:mij|me|jou|je|u|ons) )\w+ "
         r"(?:zaten|zat|waren|was|hadden|had|stond|stonden|lag|lagen)\b|"
         r"(?:jij|je|gij|ge|u) (?:doet|doe|deed) (?:al |echt |toch |meer dan )?genoeg\b|"
         # the speaker could not do it: "ik zou da ni kunnen wat gij doet", "ik had het nooit volgehouden"
         r"(?:ik|'k) (?:zou |had )?(?:het|dat|da) (?:\w+ )?(?:nooit|niet|ni|nie) (?:kunnen|gekund|volhouden|"
         r"volgehouden)\b|"
         # "jij doet wat mijn zoon niet kan opbrengen"
         r"(?:doe|doet|deed|doen) wat (?:\w+ ){1,3}(?:niet|nooit) (?:kan|kon|kunnen|wil|wilde) "
         r"(?:opbrengen|volhouden|aan|doen)\b|"
         r"(?:doe|doet|deed|doen) wat (?:\w+ ){1,3}(?:niet|nooit) (?:doen|doet|deden|durven|durft|volhouden)\b|"
         # "jij doet wat mijn zoon had moeten doen", "jij draagt wat hij had moeten dragen"
         r"(?:doe|doet|deed|doen|draag|draagt|droeg|dragen) wat (?:\w+ ){1,3}(?:had|hadden) (?:\w+ )?moeten\b|"
         r"(?:jij|je|u|ge|gij) (?:doet|deed|doe) (?:\w+ )?wat (?:je|jij|u|ge|gij) (?:\w+ )?(?:kan|kunt|kon|kondt)\b|"
         r"(?:jij|je|u|ge|gij) (?:bent|zijt|was) er (?:\w+ )?altijd\b|"  # "jij bent er altijd voor ons"
         r"waarom (?:zou )?(?:schaam|schaamt|schamen) (?:je|jij|u|ge|gij) (?:je|u|jou)?|"  # "waarom schaam je je"
         r"(?:vraagt|vroeg|vragen|vroegen) (?:me|mij) (?:\w+ ){0,3}terug\b|"  # "vraagt me elk jaar terug"
         r"(?:als|zoals) geen (?:ander|andere|een)\b|"  # "dat ik de galerij schoonhoud als geen ander"
         # "dat zie je niet vaak", "zoiets zie je zelden": rare, said of what the client does
         r"(?:dat|da|dit|zoiets|zo iets|zo'n \w+) (?:zie|ziet|zag|kom|kom je) (?:je|ge|men|ik|u) (?:\w+ )?(?:niet vaak|"
         r"zelden|weinig|bijna nooit|haast nooit|nergens|niet veel|nie veel|ni veel)\b|"
         # "wat Ellen doet, dat doet niet iedereen", "niet iedereen zou dat kunnen"
         r"(?:dat|da|dit|zoiets) (?:doet|kan|durft|deed|kon|mag|mocht) (?:\w+ )?(?:niet|ni|nie) "
         r"(?:iedereen|elkeen|ieder)\b|"
         r"(?:niet|ni|nie) (?:iedereen|elkeen) (?:zou|had|kan|durft|doet) (?:\w+ ){0,3}(?:dat|da|het|zoiets)\b|"
         # "dat ik de eerste in de familie ben die verpleegkundige wordt"
         r"de eerste (?:in|van|uit) (?:de|het|onze|ons|mijn|m'n|haar|zijn|hun) (?:hele )?(?:familie|dorp|klas|straat|"
         r"groep|wijk|buurt|kerk)\b|"
         # "nog nooit zo'n nette mantelzorger gezien": better than anyone they met
         r"(?:nooit|nog nooit|nie|ni) (?:\w+ ){0,2}(?:zo'n|zulke|zo een) (?:\w+ )?(?:nette|goede|goeie|sterke|lieve|"
         r"zorgzame|fijne|betrokken|harde|trouwe|dappere|geduldige|knappe|toegewijde|slimme|moedige|taaie|straffe|"
         r"zelfstandige|ijverige|attente|gedreven|leergierige) (?:\w+ ){1,3}(?:gezien|meegemaakt|gekend|ontmoet|gehad|"
         r"tegengekomen)\b",
         1, "positive_opinion", consumes=True),
    _cue(r"niemand (?:zo|beter|liever|anders)", 0, "", consumes=True),
    # a negated reproach or giving up, said as one phrase: positive
    _cue(r"kijkt (?:nooit|niet) (?:op|neer op) (?:me|mij)(?: neer)?|(?:nooit|niet) op (?:me|mij) neer\w*", 1,
         "no_blame", consumes=True),
    _cue(r"(?:jij|je|u|ge|gij|die|zij|ze) (?:klaagt|klaag|klaagde|zeurt|zeurde) (?:\w+ )?(?:nooit|niet|nie|ni)\b", 1,
         "respect", consumes=True),  # "jij klaagt nooit", "die klaagt nooit" (not "een boer klaagt niet")
    _cue(r"(?:geeft|geef|gaf|geven) (?:het )?(?:nooit|niet) op|(?:nooit|niet) (?:op)?geeft|"
         r"(?:nooit|niet) (?:(?:moet|moeten|mag|mogen|hoeft|hoef|zal|zou|ga|gaat|zomaar|zo snel|zo maar) )?"
         r"(?:opgeven|opgegeven)|(?<!\bik )(?:niet|nooit) (?:snap|snapt|snappen|begrijp|begrijpt|begrijpen) hoe "
         r"(?:ik|je|jij|u|ge|gij|we|wij|jullie)\b|"
         r"(?:het|dat) (?:zelf )?(?:nooit|niet) (?:\w+ ){0,3}(?:zou|zouden|kan|kon|kunnen) (?:\w+ ){0,2}"
         r"(?:volhouden|opbrengen|redden)|"
         # "zij zou 't geen week kunnen", "ik zou het geen dag volhouden"
         r"(?:zou|zouden|kon|kan) (?:het|'t|dat|da) (?:zelf )?geen (?:dag|week|maand|jaar) (?:\w+ )?(?:kunnen|"
         r"volhouden|uithouden)", 1, "respect", consumes=True),
    _cue(r"(?:vraagt|vragen|belt|bellen|komt|komen) (?:\w+ ){0,2}(?:mij|me) (?:\w+ )?als (?:ze|hij|zij)"
         r"(?: (?:\w+ ){0,2}(?:niet|nie|ni) (?:snapt|weet|kan|lukt|begrijpt))?|"
         r"(?:zou|zal|zegt|zei) (?:\w+ )?ja(?: zeggen)?|(?:je|jij|u|ge|gij) (?:kan|kunt|kunnen) (?:het|dit|dat)|"
         r"(?:was|is|waren|werd) (?:\w+ )?blij(?= ?[.,!])|"
         r"de enige (?:die|ben|bent|naar wie|op wie|bij wie|aan wie)|(?:aan|bij|met) niemand anders|"
         r"op wie (?:je|ze|hij|men) (?:kan|kunt|kon) (?:bouwen|rekenen)|(?:kun|kan) je (?:\w+ )?(?:vertrouwen|"
         r"op bouwen|"
         r"op rekenen)|te vertrouwen|(?:jij|je|u|gij|ge) (?:\w+ )?(?:helpt|hielp) (?:mij|me|ons)|"
         r"zonder (?:mij|me|jou)|(?:komt|kwam) (?:\w+ ){0,2}door (?:mij|jou)|door (?:mij|jou) (?:komt|kwam)|"
         r"(?:kom|komt) er (?:\w+ )?wel|"
         r"(?:niet|nooit) (?:\w+ ){0,4}zonder (?:mij|me|jou)|wat (?:ze|hij|zij|we|wij) zonder (?:mij|me|jou) "
         r"(?:zou|zouden|moet|moeten|moest|moesten|zonden)", 1, "positive_opinion", consumes=True),
    # looking up to her, trusting her: "hij kijkt tegen me op", "de buren vertrouwen mij hun sleutel toe"
    _cue(r"(?:kijkt|kijken|keek|keken) (?:(?!niet|nie|ni|nooit|geen)\w+ ){0,2}tegen (?:mij|me|jou|u|ons) op\b|"
         r"(?:vertrouwt|vertrouwen|vertrouwde|vertrouwden) (?:mij|me|jou|u|ons) (?:\w+ ){0,3}toe\b", 1, "respect",
         verb=True),
    # implicit appreciation: trusting her with what is theirs ("geeft mij zijn sleutel", "laat mij haar bankzaken doen",
    # "laat haar kinderen bij mij logeren", "vragen mij op hun huis te passen"), a role they ask her to take ("wil
    # dat ik zijn getuige ben", "gevraagd om de nieuwe collega's in te werken"), taking her as an example, making a
    # school project about her ("van mij geleerd" was left out: on the held-out answers it gave two false holders)
    _cue(r"(?:geeft|gaf|geven|gaven|gegeven) (?:me|mij) (?:\w+ ){0,2}(?:sleutel|sleutels|huissleutel|reservesleutel|"
         r"pincode|pinpas|bankpas)\b|(?:laat|liet|laten|lieten) (?:me|mij) (?:\w+ ){0,3}(?:bankzaken|administratie|"
         r"financiën|geldzaken|papieren|post) (?:doen|regelen|bijhouden)\b|(?:laat|liet|laten|lieten) (?:\w+ ){0,3}"
         r"(?:kinderen|kleinkinderen|kids|zoon|dochter|kleinzoon|kleindochter) (?:\w+ )?bij (?:me|mij) (?:logeren|"
         r"slapen|blijven)\b|(?:vraagt|vroeg|vragen|vroegen|gevraagd) (?:\w+ )?(?:me|mij) (?:\w+ ){0,2}(?:om )?op "
         r"(?:\w+ ){0,2}(?:huis|kinderen|kleinkinderen|kids|hond|zaak|winkel) te passen\b|"
         r"(?:vraagt|vroeg|vragen|vroegen|gevraagd) (?:\w+ )?(?:me|mij) (?:\w+ ){0,4}(?:in te werken|te begeleiden|"
         r"getuige|peetoom|peettante|peter|meter|voogd)\b|(?:dat|da) (?:ik|'k) (?:\w+ )?(?:zijn|haar|hun|z'n|d'r) "
         r"(?:getuige|peetoom|peettante|peter|meter|voogd) (?:ben|word|zou)\b|"
         r"(?:neemt|nam|nemen|namen) (?:me|mij) (?:\w+ )?als (?:\w+ )?voorbeeld\b|"
         r"(?:werkstuk|spreekbeurt|opstel|gedicht|profielwerkstuk|verslag) (?:\w+ )?over (?:mij|me)\b", 1, "respect"),
    # implicit appreciation: coming to the client for advice, not being able to do it oneself
    _cue(r"(?:komt|komen|kwam|kwamen) (?:\w+ ){0,3}(?:bij|naar) (?:mij|me) (?:\w+ ){0,2}(?:voor|om|met) "
         r"(?:\w+ ){0,1}(?:advies|raad|tips|hulp|vragen)|vraagt (?:mij|me) (?:\w+ ){0,2}(?:om )?(?:raad|advies|tips)|"
         r"(?:vraagt|vragen|vroeg|vroegen) (?:\w+ ){0,2}(?:naar )?mijn (?:mening|advies|raad)|"
         # "hij vraagt mij hoe hij met zijn eigen zoon moet praten": asking her how to do it
         r"(?:vraagt|vroeg|vragen|vroegen) (?:\w+ )?(?:mij|me|aan mij|aan me) hoe(?= (?:hij|zij|ze|ie) (?:\w+ ){0,5}"
         r"(?:moet|moest|moeten|kan|kon|zou|aanpakt|aanpak|doet)\b)|"
         r"(?:kan|kunnen) (?:altijd )?op (?:mij|me) rekenen|"
         r"heeft (?:veel|zoveel) aan (?:mij|me)|hebben (?:veel|zoveel) aan (?:mij|me)|"
         r"(?:komt|komen|kwam|kwamen) (?:\w+ ){0,2}bij (?:mij|me) (?:als|met|voor|om|wanneer)|"
         r"(?:noemt|noemde|noemen) (?:(?:ze|zij|hij|ie|die) )?(?:me|mij) (?:\w+ ){0,3}"
         r"(?:engel|held|heldin|kanjer|schat|topper|redder|rots|"
         r"steun|lieverd|toppertje|kei|bikkel)|"
         # "Ze noemt mij haar grote zus", "noemt me zijn voorbeeldhuurder": one of theirs
         r"(?:noemt|noemde|noemen|noemden|calls) (?:(?:ze|zij|hij|ie|die) )?(?:me|mij) (?:(?:nu|nog|steeds|altijd|"
         r"sindsdien|ook|echt|gewoon) ){0,2}(?:haar|zijn|z'n|d'r|hun|her|his) (?:\w+ ){0,2}"
         r"(?:zus|zusje|zoon|dochter|broer|moeder|mama|vader|papa|oma|opa|tante|engel|held|steun|voorbeeld\w*|rots|"
         r"zonnetje|maatje|sister|brother|son|daughter|mother)\b|"
         r"(?:ziet|zag|zien) (?:me|mij) als (?:\w+ ){0,2}(?:familie|dochter|zoon|"
         r"zus|broer|moeder|vriendin|vriend|voorbeeld)|"
         r"(?:leven|dag) gered|bedank(?!t\b|te\b|ten\b|en\b)\w*|gefeliciteerd|feliciteer\w*|felicitatie\w*|"
         r"blij verrast|onder de indruk|"
         r"er (?:toch |altijd )?voor (?:elkaar|je|jou|me|mij|ons)|meent het goed|bedoelt het goed|"
         r"achter (?:me|mij) (?:staan|staat|stond|stonden)|"
         # "dat ze aan mijn kant staat", "kiest mijn kant", "staat op mijn hand"
         r"(?:aan|op) (?:mijn|m'n|mn|onze|ons|jouw|je|uw) (?:kant|hand) (?:staat|staan|stond|stonden|sta|staat)\b|"
         r"(?:staat|staan|stond|stonden|sta) (?:(?!niet|nie|ni|nooit|nait|neet)\w+ )?(?:aan|op) (?:mijn|m'n|mn|onze|"
         r"jouw|je|uw) (?:kant|hand)\b|(?:kiest|kies|koos|kozen|kiezen) (?:(?!niet|nie|ni|nooit|nait|neet)\w+ )?"
         r"(?:voor )?(?:mijn|m'n|mn|onze|jouw|je|uw) kant\b|(?:verder|sterker|beter|slimmer) dan (?:je|ik|jij) "
         r"(?:denkt|dacht|denk)|(?:steeds|al|veel) beter|beter (?:\w+ ){0,3}dan (?:de|het|die|een)|"
         r"(?:ga|gaat|gaan) (?:\w+ )?halen|"
         r"(?:gaat|zal) (?:\w+ )?lukken|komt (?:wel )?goed|blij (?:\w+ ){0,2}dat (?:ik|je|jij)|"
         # "dat ze blij is dat ze me heeft"
         r"blij (?:\w+ ){0,2}dat (?:ze|zij|hij|ie|we|wij) (?:me|mij|jou|je|u) (?:heeft|hebben|heb|hebt|had)\b|"
         # "dat ik het in me heb": what it takes
         r"(?:het|'t|dat) in (?:me|mij|je|jou|u) (?:heb|hebt|heeft|had|zit|zat)\b|"
         # "gij hebt mij erdoor gesleurd", "zij heeft ons er doorheen gesleept"
         r"(?:mij|me|ons) (?:\w+ )?(?:erdoor|er doorheen|erdoorheen) (?:\w+ )?(?:gesleurd|gesleept|getrokken|"
         r"geholpen|gedragen)|"
         # "bel gewoon, daar zijn broers voor": asking is what they are there for
         r"daar (?:zijn|is|ben) (?:\w+ )?(?:broers|zussen|maten|vrienden|vriendinnen|buren|familie|we|wij|ik) voor|"
         r"(?:kan|had kunnen|heeft kunnen) iedereen (?:\w+ )?(?:overkomen|gebeuren)|iedereen (?:\w+ ){0,2}"
         r"(?:overkomen|gebeuren)|(?:ziet|zag|merkt|merkte) (?:\w+ ){0,2}hoe (?:moe|zwaar|hard|druk|moeilijk)|"
         r"mooi bij ligt|"
         r"meer (?:\w+ ){0,2}(?:kan|doe|doet|kunt) dan|iets (?:aardigs|liefs|leuks|moois)|voorbeeld|"
         r"de mijne (?:is )?(?:\w+ )?(?:mooier|beter|lekkerder)|"
         r"vraagt (?:\w+ ){0,2}of ik (?:\w+ ){0,3}(?:wil|kan) (?:doen|helpen|regelen|maken)", 1, "respect"),
    _cue(r"(?:zou|zouden|kan|kon|kunnen) (?:het|dat) (?:zelf |zelfs )?(?:nooit|niet|ni|nie) (?:\w+ ){0,3}"
         r"(?:volhouden|opbrengen|kunnen|volbrengen|doen|redden|trekken)|"
         r"(?:snapt?|weet|weten) (?:\w+ )?(?:niet|ni|nie) (?:\w+ )?hoe (?:ik|je|jij|ge|gij|u|we|wij|jullie) "
         r"(?:het|dat|da) (?:\w+ ){0,2}(?:doe|doet|doen|volhoud|volhoudt|volhouden|red|redt|redden|klaarspeel\w*)|"
         r"(?:niet|ni|nie|nooit) (?:zou |zouden )?weten hoe (?:ik|je|jij|ge|gij|u) (?:het|dat|da) "
         r"(?:\w+ ){0,2}(?:doe|doet|volhoud|volhoudt|red|redt)|"
         # the same in a sub-clause: "dat hij niet weet hoe ik het volhoud", "dat hij dat nooit had gekund"
         r"(?:niet|ni|nie|nooit) (?:\w+ )?(?:weet|snapt|snap|begrijpt) hoe (?:ik|je|jij|ge|gij|u) (?:het|dat|da) "
         r"(?:\w+ ){0,2}(?:doe|doet|volhoud|volhoudt|red|redt|klaarspeel|klaarspeelt)|"
         r"(?:hij|zij|ze|die|ie) (?:het|dat|da) (?:zelf |zelfs )?(?:nooit|niet|ni|nie) (?:zou |zouden |had |hadden )?"
         r"(?:kunnen|gekund)|"
         # ... and with "had" after more words: "dat ze het zelf nooit had volgehouden", "ik had dat niet gekund"
         r"(?:ze|zij|hij|ie|ik|'k) (?:het|'t|dat|da) (?:zelf )?(?:nooit|niet|ni|nie) (?:\w+ ){0,2}"
         r"(?:had|hadden|zou hebben) (?:\w+ )?(?:volgehouden|gekund|opgebracht|gered|uitgehouden)\b|"
         # "dat hij het niet beter had kunnen doen"
         r"(?:het|'t|dat|da) (?:zelf )?(?:niet|nooit|ni|nie) beter (?:had|hadden|zou|zouden) (?:\w+ )?"
         r"(?:kunnen|gekund)\b|"
         r"(?:had|hadden) (?:het|dat|da) (?:zelf |zelfs )?(?:nooit|niet|ni|nie) (?:gekund|volgehouden)",
         1, "respect", consumes=True),
    _cue(r"niet alleen|niet zo vaak|niet vaak|niet veel", 0, "", consumes=True),
    _cue(r"(?:het|dat) (?:\w+ ){0,3}nooit (?:\w+ ){0,2}(?:zou|zouden) kunnen", 1, "respect", consumes=True),
    # understanding
    _cue(r"snapt|snappen|snapte|snap|begrijpt|begrijpen|begreep|herkent|herkende|begrip", 1, "understanding",
         verb=True),
    _cue(r"(?:weet|weten|wist|wisten) (?:(?!(?:niet|ni|nie|nooit|geen) )\w+ ){0,2}hoe (?:het|dat) (?:is|voelt|was)|"
         r"(?:weet|weten) wat ik "
         r"(?:\w+ ){0,2}(?:doormaak|meemaak)|(?:logisch|begrijpelijk|normaal|niet gek) (?:is )?dat (?:ik|je|jij)|"
         r"het is (?:ook )?logisch|(?:ziet|zien|zag|zagen) (?:\w+ )?hoe (?:moeilijk|zwaar|lastig) (?:het|dat) "
         r"(?:\w+ )?(?:is|was|heb|hebt|had)", 1, "understanding"),
    _cue(r"(?:ziet|zien|zag|zagen) (?:\w+ )?(?:wat|hoe ?veel) (?:ik|je|jij|ge|gij) (?:\w+ ){0,3}(?:kan|kun|kunt|doe|"
         r"doet|waard ben|presteer|bereik|bereikt|gedaan heb|gedaan hebt)", 1, "does_well"),
    # respect, perseverance
    _cue(r"respect|respecteert|bewondering|bewondert|bewonderde|bewonderenswaardig|bewonder\w*|petje af|chapeau|"
         r"hoe (?:doe|doet) (?:je|jij|u|ge|gij) (?:het|dat|da) (?:toch|allemaal)|"
         # said to others of the client: "kijk hoe Sjoerd het doet, daar kunnen jullie wat van leren"
         r"(?:kunnen|kan|kunt|kun) (?:jullie|ze|zij|hij|die) (?:nog )?(?:wat|iets|veel) van (?:leren|opsteken)", 1,
         "respect"),
    # what someone has or does for anyone: perseverance, talent, always being there ("dat mijn dochter getalenteerd
    # is", "dat mijn vader het goed volhoudt": theirs)
    _cue(r"volhoud|volhoudt|doorzet|doorzetter|talent\w*|getalenteerd|(?:sta|staat|stond|staan) (?:\w+ )?(?:altijd )?"
         r"klaar|klaarsta\w*", 1, "respect", descriptive=True),
    # what someone is: strong, brave ("dat ik sterk ben"; "de dokter zegt dat hij sterk is": of him)
    _cue(r"knokker|vechter|sterk|sterker|sterke|sterkste|dapper|moedig|serieus", 1, "respect", descriptive=True),
    # looking well: "jij ziet er goed uit" (not "dat Fenna er zo goed uitziet": of Fenna)
    _cue(r"er (?:\w+ )?(?:goed|beter|mooi|leuk|gezond|stralend) (?:uitzie|uitziet|uitzag|uit)", 1, "respect",
         descriptive=True),
    # "een man uit duizend", "een dochter uit duizenden": one of a kind
    _cue(r"(?:een|ene|nen|ne) \w+ uit (?:de )?duizend(?:en)?", 1, "positive_opinion", descriptive=True),
    # knowing a lot: "jij weet alles van computers" (not "hij weet alles van de NS", his own knowledge)
    _cue(r"(?:weet|weten) (?:echt |wel )?(?:alles|veel) van", 1, "respect", descriptive=True),
    # courage someone has: "dat ik lef heb", "jij hebt ruggengraat" (of the client only when said of her)
    _cue(r"(?:lef|ruggengraat|moed|ballen) (?:heb|hebt|heeft|had|hadt|toon|toont|toonde)|"
         r"(?:heb|hebt|heeft|had|hadt) (?:(?:jij|je|u|ge|gij|echt|wel|veel|toch) ){0,2}(?:lef|ruggengraat)", 1,
         "respect", descriptive=True),
    _cue(r"respecteert|bewondert|waardeert", 1, "respect", verb=True),
    # good opinions in general
    # credit given to the client for how someone is doing: the speaker's view ("zei dat Jesse een fijne jongen is
    # geworden dankzij mij"), not the view of the one doing well
    _cue(r"te danken|dankzij mij", 1, "positive_opinion", credit=True),
    _cue(r"trots|fier|compliment\w*|waardering|dankbaar|blij (?:mee|met me|met mij|om)|"
         r"gelooft in (?:me|mij)|staat achter (?:me|mij)|"
         r"een goede (?:moeder|vader|mama|papa|ouder|vriendin|vriend|dochter|zoon)", 1, "positive_opinion"),
    # trusting, thanking: verbs, so a negation after them reaches them ("vertrouwt me niet meer", "bedankt me nooit")
    _cue(r"(?:vertrouwt|vertrouwde|vertrouwen|vertrouwden) (?:me|mij)|bedankt|bedankte|bedankten|bedanken", 1,
         "positive_opinion", verb=True),
    # common words of worth: "dat ik onmisbaar ben", "dat ik zoveel geduld heb", "dat ik veel heb bereikt", "alles op
    # een rijtje": said of whoever they describe ("verdient" is left out: as often said of others, or of money)
    _cue(r"onmisbaar|(?:veel |zoveel |het |eindeloos |"
         r"engelen)?geduld (?:heb|hebt|heeft|had|hadt|toon|toont|toonde)\b|(?:heb|hebt|heeft|had|hadt) (?:\w+ ){0,2}"
         r"(?:veel |zoveel |eindeloos |engelen)geduld\b|(?:veel|zoveel|van alles|zo veel) (?:\w+ )?bereikt\b|"
         r"(?:alles|het|de boel|de zaken) (?:\w+ )?(?:op een rijtje|op een rij|op orde|onder controle)\b|"
         r"zonnetje|steun en toeverlaat|betrokken (?:moeder|vader|mama|papa|ouder|ouders|oma|opa|vrouw|man|buurvrouw|"
         r"buurman|collega|dochter|zoon)", 1, "positive_opinion", descriptive=True),
    # knowing more than others: "dat ik meer van de wereld weet dan zijn hele klaverjasclub" (said of whoever knows)
    # (not "mijn broer weet meer dan ik": the client's word of him)
    _cue(r"(?:meer (?:\w+ ){0,3}(?:weet|weten|wist|snapt|snap|begrijpt) (?:\w+ ){0,3}dan|(?:weet|weten|wist|snapt|snap|"
         r"begrijpt) (?:\w+ ){0,2}meer (?:\w+ ){0,3}dan)\b(?! (?:ik|mij|me|wij|we|ons)\b)", 1, "respect",
         descriptive=True),
    # not being able to do without her: "kan me niet missen", "wil jou nooit meer missen"
    _cue(r"(?:kan|kon|kunnen|konden|wil|wilde|willen|zou) (?:me|mij|jou|je|u|ons) (?:\w+ )?(?:niet|nooit|niet meer|"
         r"nooit meer|ni|nie) (?:\w+ )?missen|"
         r"(?:me|mij|jou|je|u) (?:\w+ )?(?:niet|nooit|ni|nie) (?:meer )?(?:kan|kunnen|kon|wil|willen) missen", 1,
         "positive_opinion", consumes=True),
    # fond of her, praising her, building on her, thinking she can do a lot, worth it, welcome as she is
    _cue(r"dol op (?:me|mij|ons)\b|(?:prijst|prees|prezen|prijzen) (?:me|mij)\b|(?:me|mij) (?:\w+ )?geprezen|"
         r"(?:bouwt|bouwen|bouwde) (?:\w+ )?op (?:me|mij)\b|op (?:me|mij) (?:\w+ )?(?:bouwt|bouwen|bouwde)\b|"
         r"blij (?:\w+ )?met (?:me|mij)\b|"
         r"(?:ik|je|jij|u|ge|gij) (?:\w+ )?(?:veel|heel veel|zoveel|zo veel) (?:kan|kunt|kon)\b|"
         r"(?:ik|je|jij|u|ge|gij) (?:het|dat|da) (?:\w+ )?waard (?:ben|bent|zijt|was)\b|"
         r"(?:ik|je|jij|u|ge|gij) er (?:\w+ )?(?:mag|mocht|moogt) zijn\b", 1, "positive_opinion", verb=True),
    # selling herself short is not how they see her: "dat ik mezelf tekort doe", "onderschat jezelf niet"
    _cue(r"(?:mezelf|jezelf|mijzelf|uzelf) (?:\w+ ){0,2}(?:tekort (?:doe|doet|deed|doen)|tekortdoe\w*|onderschat\w*)|"
         r"onderschat\w* (?:\w+ )?(?:mezelf|jezelf|mijzelf|uzelf|je|me)\b", 1, "respect", consumes=True),
    # standing up for her: "Marloes verdedigt me", "alleen Bogdan neemt het voor me op"
    _cue(r"(?:verdedigt|verdedigde|verdedigen|verdedigden) (?:me|mij)\b|"
         r"(?:neemt|nam|namen|nemen) (?:het )?(?:\w+ ){0,4}voor (?:me|mij) op\b|"
         r"(?:het )?voor (?:me|mij) (?:\w+ )?(?:opnam|opnamen|opgenomen|opneemt|opnemen)\b", 1,
         "positive_opinion", verb=True),
    # what someone is ("een kanjer"): an opinion of the client only when said of her, not "Ria is een kanjer"
    _cue(r"de beste|de best \w+(?:de|te)\b|"
         r"(?:een|echte|de) (?:echte )?(?:topper|kanjer|held|heldin|bikkel|kei|harde werker)", 1,
         "positive_opinion", descriptive=True),
    # doing well; kind words for what someone is (said of the client, they are an opinion of her)
    _cue(r"goed|goede|beste|knap|knappe|super|top|geweldig|fantastisch|prima|lekker|slim|verstandig|vooruit|"
         r"op weg|uitstekend|gelukt|kranig|flink|harde werker|werker|aanpakker|regelaar|rots|zorgzaam|zorgzame|"
         r"betrouwbaar|betrouwbare|behulpzaam|geduldig|geduldige|handig|creatief|sociaal|attent|gastvrij|hartelijk|"
         r"krachtig|krachtige|positief|positieve|moedige|dappere|leukste|liefste|goed bezig|zelfstandig|"
         r"georganiseerd|doortastend|wijs|wijze|taai|taaie|bikkel|kei|straf|straffe|eerlijk|eerlijke|trouw|trouwe|"
         r"kunstenaar|"
         r"lieverd|schat|kanjer|held|heldin|topper\w*|(?:bescherm)?engel|redder|zegen|geschenk|aanwinst|lief|lieve|"
         r"nette|perfect zoals (?:je|jij|u|ge|gij) (?:bent|zijt)|leeuwin|strijder|strijdster|superheld|superheldin|"
         r"een wonder|topprestatie|"
         r"(?:er|d'r) (?:\w+ )?bovenop (?:zit|zitten|zat|zaten|zijt)|"  # "dat ik d'r bovenop zit"
         r"veilige (?:plek|haven|plaats)|steunpilaar|baken|"
         r"hart van goud|goud waard|grappig|netjes|(?:een|nen|ne) (?:groot|warm|gouden|goed|zacht) hart|"
         # "werkt harder dan wie ook", "houdt de boel overeind", "doet wat ze kan": said of whoever is praised
         r"\w{2,}er (?:\w+ )?dan wie (?:dan )?ook|meer (?:\w+ ){1,4}dan wie (?:dan )?ook|"
         r"(?:houdt|hield|houden|hou|houd) (?!(?:me|mij|ons|mezelf)\b)(?:\w+ ){0,3}(?:overeind|draaiende|bij elkaar|"
         r"op de rails|op de rit)|(?!(?:me|mij|ons|mezelf)\b)\w+ (?:\w+ ){0,2}(?:overeind|draaiende|bij elkaar|"
         r"op de rails|"
         r"op de rit) (?:houdt|hield|houden|hou|houd)\b|"
         r"(?:doet|deed) (?:echt |gewoon |toch )?wat (?:ze|zij|hij|ie) (?:\w+ )?(?:kan|kon)\b|"
         # "dat ik alles gedaan heb wat ik kon"
         r"gedaan (?:heb|hebt|heeft|had|hadt) wat (?:ik|je|jij|ze|zij|u|ge|gij) (?:\w+ )?(?:kon|kan|kunt|kost)\b|"
         r"(?:hebt|heeft|heb|hadt) (?:(?:echt|toch|gewoon|al) )?gedaan wat (?:je|jij|ze|zij|u|ge|gij) (?:\w+ )?"
         r"(?:kon|kan|kunt|kost)\b|"  # "jij hebt gedaan wat je kon"
         r"beleefd|vriendelijk|aardig|rustig|goeie|goei|gezellig|gezellige|heilige|super\w+|betere|"
         r"(?!(?:laat|eer|mee|min|erg|slecht|zwaar|moeilijk|lastig|eng|vervelend|klein|oud|jong|groot|ver|naa|"
         r"bovena|onder|achter|midden|volgend)ste\b)\w{2,}ste", 1, "does_well", descriptive=True),
    # what someone is to others, said of the client ("dat ik een echte vriendin ben", "een topzus")
    _cue(r"een (?:goeie|echte|trouwe|fijne|geweldige) (?:moeder|vader|mama|papa|ouder|vriendin|vriend|dochter|zoon|"
         r"maatje|zus|broer|oma|opa|buurvrouw|buurman|collega|vrouw|man|meid|vent|schoondochter|schoonzoon|tante|oom)|"
         r"top(?:zus|broer|moeder|vader|mama|papa|vent|wijf|meid|vrouw|kerel|gozer|oma|opa|dochter|zoon|buurvrouw|"
         r"buurman|collega|vriendin|vriend|maatje|gast|mens)|"
         # "een gouden gast", "ne gouwe vent": said of whoever it describes
         r"(?:gouden|gouwe) (?:vent|kerel|mens|meid|vrouw|gast|hart)", 1, "does_well", descriptive=True),
    # nobody manages alone: "alleen red je het niet" (before "red": not a negated managing)
    _cue(r"alleen (?:red|redt|haal|haalt|kan|kun|kunt|lukt) (?:je|jij|u|ge|het|'t|dat|da) (?:\w+ )?(?:niet|nie|ni)\b",
         1, "help_ok", consumes=True),
    # managing, making progress (verbs: "dat ik het niet red" is negative)
    _cue(r"red|redt|redden|gered|rooi|rooit|rooien|aankan|aankunt|aankunnen", 1, "does_well", verb=True),
    _cue(r"stappen (?:maak|maakt|zet|zetten|gemaakt|gezet)|(?:grote|mooie) stappen|vooruitgang|gegroeid|groei|"
         r"(?:doe|doet|deed|doen|kan|kun|kunt) (?:het|dat|da|alles) (?:\w+ ){0,2}beter dan|"
         r"(?:je|jij|ik|u) (?:het|dat|da|alles) (?:\w+ )?zelf (?:kan|kunt|kon|kunnen)|"
         r"(?:jij|je|u|gij|ge) (?:\w+ ){0,2}beter dan|"
         # "jij legt het beter uit dan meneer Hoving", "dat ik sneller leer dan haar vader"
         r"(?:ik|'k|jij|je|u|gij|ge) (?:\w+ ){0,3}(?:beter|sneller|slimmer|sterker|dapperder|knapper|netter|handiger|"
         r"wijzer|geduldiger|rustiger|flinker|harder|liever) (?:\w+ ){0,4}dan\b|"
         r"(?:jij|je|u|gij|ge) (?:kan|kunt|kon) (?:\w+ )?alles(?: nog)?\b(?! (?:vergeten|kwijt|verliezen|"
         r"weggooien|opzeggen))|"  # "jij kunt alles nog" (not "je kan alles vergeten")
         r"(?:jij|je|u|gij|ge) (?:weet|weten) (?:\w+ ){0,2}wat (?:je|jij|u|ge|gij) (?:kan|kunt)\b|"
         # "nog nooit een student gehad die zo eerlijk was"
         r"(?:nooit|nog nooit) (?:een|zo'n) \w+ (?:\w+ ){0,2}(?:gehad|gezien|meegemaakt|gekend|ontmoet) die zo\b|"
         # "jij bent de enige normale in dit huis" (not "de enige schuldige")
         r"(?:jij|je|u|ge|gij) (?:bent|zijt|was) (?:echt )?de enige (?!die\b|schuldige|boosdoener|dader)\w+|"
         r"(?:jij|je|u|ge|gij) (?:kan|kunt|kon) (?:goed )?met iedereen\b|"
         r"(?:jij|je|u|ge|gij) (?:kent|kende) (?:hem|haar|hen|ze|ons|hun|die jongen|dat kind) (?:\w+ )?(?:het )?"
         r"(?:best|beste|beter dan)\b|"
         r"de enige (?:\w+ ){1,4}die (?:ik|we|wij|hij|ze|zij) (?:\w+ )?(?:vertrouw|vertrouwt|vertrouwen)\b|"
         r"(?:jij|je|u|gij|ge) (?:\w+ ){0,3}(?!(?:slecht|lui|erg|zwak|dom|traag|lang|vaak|eerd|ouder|jong)er\b)"
         r"\w{2,}er "
         r"dan (?:ik|wij|we|hij|zij|ze|mij|ons|hem|haar|de meeste\w*|iedereen)\b|"  # "jij bent eerlijker dan ik"
         # "dat ik dapperder ben dan mijn vader", "dat mijn eten lekkerder is dan in het restaurant"
         r"(?:ik|'k) (?:\w+ ){0,2}(?!(?:slecht|lui|erg|zwak|dom|traag|lang|vaak|eerd|ouder|jong|dikk|minder|"
         r"bozer|kwader|banger|zieker|moeilijk)er\b)\w{2,}er (?:ben|was|bent|zijn|word|werd) (?:\w+ )?dan\b|"
         r"(?:mijn|m'n|mn) \w+ (?:\w+ )?(?:(?:is|was|smaakt|smaakte|ruikt) (?:\w+ )?)?(?:beter|lekkerder|mooier|"
         r"netter|schoner|sterker) (?:(?:is|was|smaakt|smaakte|ruikt) )?(?:\w+ )?dan\b|(?:mijn|m'n|"
         r"mn) \w+ (?:\w+ ){0,2}het (?:lekkerst|lekkerste|best|mooist|"
         r"mooiste) (?:ruikt|smaakt|is|was)\b|"
         r"(?:vraagt|vroeg|vragen|vroegen) (?:\w+ ){0,2}(?:mij|me) (?:\w+ )?om (?:raad|advies)|"
         # "zegt dat ik het kan", "dat je dat best kunt": believing she can (the clause ends there)
         r"(?:dat|da) (?:ik|je|jij|ge|gij|u) (?:het|dat|da) (?:wel |best |echt |heus |gewoon )?(?:kan|kun|kunt)"
         r"(?=\s*(?:[.,!?;]|$))|"
         r"(?:schept|schepte|opscheppen|op te scheppen|opgeschept) (?:\w+ ){0,3}over (?:mij|me|mijn)|"
         r"over (?:mij|me|ons) (?:\w+ )?(?:opschept|opschepte|opschepten|opgeschept|loopt op te scheppen)|"
         r"(?:(?:doe|doet|deed|doen) (?:echt |gewoon |toch )?alles|alles (?:doe|doet|deed|doen)) wat "
         r"(?:ik|'k|ze|zij|je|jij|hij|ie|u|ge) (?:\w+ )?"
         r"(?:kan|kon|kunt|kun)|"

         r"bonus(?:juf|moeder|mama|oma|opa|vader|papa|tante|oom|zus|broer|dochter|zoon)|"
         r"(?:ik|'k|je|jij|u|ge|gij) (?:het|'t|dat|da|alles) (?:\w+ )?(?:beter|netter|sneller|mooier|handiger|"
         r"slimmer|knapper) \w+ (?:dan|als|as)\b|"  # "dat ik het beter bijhoud dan zijn andere klanten"
         r"(?:het|'t|dat|da|alles) (?:\w+ )?(?:beter|netter|sneller|mooier|handiger|slimmer|knapper) "
         r"(?:doe|doet|deed|doen|kan|kun|kunt) (?:dan|als|as)\b|(?:ik|jij|je|u) (?:\w+ )?gelijk (?:heb|hebt|heeft|had)",
         1, "does_well"),
)

#: the whole table, in order: praise first, then leave to ask for help and judgements that blame
CUES: tuple[CueDef, ...] = (*_PRAISE, *HELP_AND_BLAME)
