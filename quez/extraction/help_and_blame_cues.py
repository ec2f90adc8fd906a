"""The last part of the table of opinion cues (:mod:`quez.extraction.cue_table`): leave to ask for help ("vraag
toch hulp", "geen schande", "je bent geen last") and the judgements that blame ("schuld", "aanstellen", "lui",
"roddelt"), positive when negated. They come after the praise cues: earlier entries win where two overlap.
"""

from __future__ import annotations

from quez.extraction.cue_def import CueDef
from quez.extraction.cue_def import cue as _cue

HELP_AND_BLAME: tuple[CueDef, ...] = (
    _cue(r"vraag (?:toch|gewoon|maar|nou) (?:\w+ )?hulp|(?:iedereen|ieder mens) heeft (?:\w+ ){0,2}hulp nodig|"
         r"(?:moet|moest|mag|mocht) (?:\w+ ){0,2}iemand (?:bellen|vragen)|(?:eerder|vaker) (?:mogen|moeten) "
         r"(?:komen|bellen|vragen)|daar zijn (?:\w+ )?(?:buren|vrienden|we|wij|familie|mensen|ze) voor|"
         r"(?:vindt|vond|vinden) helpen (?:\w+ )?(?:gewoon|normaal)|(?:niks|niets) mis mee|"
         r"(?:geen|gien|gain|gin|gene|genen|ginne) schande|"
         r"(?:niet|ni|nie) (?:\w+ ){0,3}alleen (?:dragen|doen|oplossen|hoeft|hoeven|hoef|te)\b|"
         # "ge moet u ni schamen om hulp te vragen"
         r"(?:niet|nie|ni|nooit) (?:\w+ ){0,2}(?:schamen|schaamt|schaam) (?:om|voor|over) (?:\w+ ){0,2}hulp|"
         # no burden: "je bent geen last", "dat ik geen last ben" (not "ik wil niet tot last zijn": her own worry)
         r"(?:je|jij|u|ge|gij) (?:bent|zijt) (?:\w+ )?(?:geen|gene|gin) last\b|"
         r"(?:dat|da) (?:ik|'k|je|jij|u|ge|gij) (?:\w+ )?(?:geen|gene|gin) last (?:ben|bent|zijt)\b",
         1, "help_ok", consumes=True),
    _cue(r"te weinig (?:hulp )?(?:vraag|vragen|vraagt)|(?:mag|moet|moest) (?:\w+ ){0,2}(?:vaker|meer) "
         r"(?:\w+ )?(?:vragen|bellen|aankloppen|zeggen)", 1, "help_ok"),
    # asking for help is good
    _cue(r"hulp (?:te )?(?:moet |moest |mag |zou )?(?:vragen|zoeken|vraag|te vragen|aannemen|aanvaarden)|"
         r"(?:moet|moest|mag|zou) (?:\w+ ){0,2}hulp (?:\w+ ){0,1}(?:vragen|zoeken|nemen)", 1, "help_ok"),
    # help is a right, not begging: "dat ik niet hoef te bedelen om hulp, dat het mijn recht is"
    _cue(r"(?:niet|nie|ni) (?:\w+ )?(?:hoef|hoeft|hoeven|hoefde) te (?:bedelen|smeken|schamen)|"
         r"(?:is|was) (?:\w+ )?(?:mijn|je|jouw|uw|ons) (?:goed )?recht|(?:mijn|je|jouw|uw) recht is", 1, "help_ok",
         consumes=True),
    # leave to be weak for a while: "nu mag je even zwak zijn", "ge moogt ook eens moe zijn"
    _cue(r"(?:(?:je|jij|u|ge|gij) (?:mag|mocht|moogt)|(?:mag|mocht|moogt) (?:je|jij|u|ge|gij)) (?:\w+ ){0,3}"
         r"(?:(?:zwak|moe|verdrietig|kwetsbaar) (?:zijn|wezen|zijt)|huilen|janken)", 1, "help_ok"),
    # judgements that blame (positive when negated)
    _cue(r"schuld|schuldige|schuldig (?=ben|bent|is|was|zijn)|kwalijk|verwijt\w*|oordeelt|oordelen|oordeel|domheid|"
         r"stommiteit|onkunde|luiheid|"
         r"veroordeelt|veroordelen|veroordeeld|veroordeelde|misdaan|schande|"
         r"(?:schamen|schaam|schaamt)(?! (?:me |mij |zich |ons )?(?:voor|over) (?:hem|haar|hen)\b)",
         -1, "no_blame", verb=True),  # not "ik schaam me voor hem": ashamed of someone else
    # judgements against the client
    _cue(r"aanstel\w*|overdrijf\w*|overdrijven|zeur\w*|gezeur|faal|faalt|falen|mislukkeling|loser|sukkel|nietsnut|slappeling|probleemgeval|lastpak|lui|zwak|zwakte|"
         r"onzin|verwaarloos\w*|slecht\w*(?! (?:dag|dagen|nacht|nachten|tijd|tijden|moment|momenten|week|weken|"
         r"periode|nieuws|weer|dromen)\b)|stom|dom|egoïstisch|klaag\w*|klagen|bemoeit|misgaat|mis gaat|kritiek|"
         r"(?:boos|kwaad|woedend) (?:\w+ )?op (?:me|mij)|ruzie|verkeerd|zot(?! (?:worden|word|wordt|werd))|te snel|"
         r"te veel|te vaak|(?:zelf|"
         r"alleen) (?:\w+ ){0,2}(?:moeten|moet) (?:oplossen|doen)|"
         r"roddel\w*|zwartmaken|zwart (?:maakt|maken|maakte|gemaakt)|(?:maakt|maken|maakte) (?:me|mij) (?:\w+ )?zwart|"
         r"kwaadspreken|"
         r"scheldt|uitgescholden|afgekraakt|negatief|zielig|verpest\w*|verknoei\w*|niks waard|niets waard|"
         r"waardeloos|tekort(?:schiet|schieten|geschoten)|schiet (?:\w+ ){0,2}tekort|mislukt|laat (?:me|mij) vallen|"
         r"in de steek|(?:kijkt|keek|kijken) (?:\w+ ){0,3}neer|neerkijk\w*|(?:geeft|gaf|geef) (?:het )?(?:snel )?op|"
         r"opgeeft|opgeven|eigen boontjes|eigen broek|alleen (?:maar )?aan (?:mezelf|zichzelf|jezelf) denk\w*|"
         r"egoïst\w*|weggejaagd|weggepest|kapotgemaakt|(?:alles|het|de boel) kapot (?:\w+ )?(?:gemaakt|maakt|maak|"
         r"maken)|vuile was|(?:regel|regelt|los|lost|doe) (?:je|jij|"
         r"het) (?:\w+ )?zelf|eigen problemen|"
         r"weggegooid|verspild|verbrast|over de balk|verkwist|(?:moeilijk|lastig) (?:over )?"
         r"(?:doen|doet|deed)|doet (?:\w+ ){0,2}moeilijk|rotopmerking\w*|opmerkingen|(?:zelf|eigen) (?:\w+ ){0,2}"
         r"gezocht|eigen schuld|had (?:\w+ ){0,3}moeten|beter had|had beter|"
         r"aan (?:mij|me|mijn (?:opvoeding|karakter|houding|gedrag|manier)) (?:ligt|lag)|"  # "aan mijn opvoeding ligt"
         r"(?:ligt|lag) (?:\w+ ){0,2}aan (?:mij|me|mijn (?:opvoeding|karakter|houding|gedrag|manier))\b|"
         r"punt van (?:\w+ )?(?:maken|gemaakt|maakt)|inzitten|inzit|"
         r"expres|met opzet|opzettelijk|profiteur|uitvreter|klaploper|parasiet|gold ?digger|een heks|"
         # "dat ik alles fout doe", "dat ik iets fout heb gedaan" (not "niks fout": a negated reproach)
         r"(?:alles|iets|veel|van alles) (?:\w+ )?fout (?:doe|doet|deed|deden|gedaan|heb|hebt|heeft|had|zou)\b|"
         # "dat ik te koppig ben", "dat wij thuis te toegeeflijk zijn", "te trots om hulp te vragen"
         r"(?:ik|'k|we|wij|je|jij|u|ge|gij) (?:\w+ ){0,3}te (?!veel\b|weinig\b|laat\b|vroeg\b)\w+ "
         r"(?:ben|bent|zijn|was|waren|zijt|om)\b", -1,
         "tension"),
)
