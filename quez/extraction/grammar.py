"""Word classes the reading of an answer rests on: who is the client, what opens a sub-clause, which pronoun fits
whom."""

from __future__ import annotations

ABOUT = -1  # holder index: the person a follow-up question was about
CLIENT = -2

#: "De enige die ... is mijn oma": the head of a cleft
CLEFT_HEADS = frozenset("enige enigste degene diegene persoon".split())
CLEFT_ADVERBS = frozenset("toch echt gewoon eigenlijk wel nog altijd".split())
#: words that open a sub-clause with a subject of its own ("dat ik ...", "omdat zij ...")
SUBORDINATORS = frozenset("dat da omdat als hoe wat wie waar wanneer terwijl hoewel zodat doordat toen of "
                          "want maar dus".split())
#: words before a person that make them an object, not a subject ("met Lieve", "via mijn zus")
PREPOSITIONS = frozenset("met voor aan bij naar over van op tegen via door zonder om uit".split())
#: prepositions whose person is never the subject ("Tegen mijn man zei ze", "Met mijn zus kan ik lachen");
#: not "van", "voor", "door" ("Van mijn moeder hoor ik ...", "Voor mijn vader ben ik ...")
OBJECT_PREPOSITIONS = frozenset("tegen over met naar bij zonder om aan op volgens via".split())
SEGMENT_PUNCT = frozenset(",;:()\"“”")
#: words between a copula and the praise ("is echt de grappigste", "is mn rots")
BEFORE_PRAISE = frozenset("een de het echt zo heel erg super nog wel ook altijd gewoon mijn mn m'n me onze ons "
                           "zijn z'n haar d'r hun nen ne e n".split())
#: words that refer to the client, the client's family ("ons gezin") or, in quoted speech, "jij"
CLIENT_REFERENCES = frozenset("ik me mij mijn m'n mn we wij ons onze jij je jou jouw u gij ge da'k 'k".split())
#: pronouns for a third person and the gender/number they allow
PRONOUN_FITS: dict[str, set[str | None]] = {
    "hij": {"m", None}, "hem": {"m", None}, "zijn": {"m", None},
    "zij": {"f", None, "pl"}, "ze": {"f", None, "pl"}, "haar": {"f", None},
    "die": {"f", "m", None, "pl"}, "diegene": {"f", "m", None}, "dieje": {"f", "m", None},
    "ie": {"m", None}, "hun": {"pl"}, "hen": {"pl"},
}
TITLE_GENDER = {"meneer": "m", "mijnheer": "m", "monsieur": "m", "dhr": "m", "mevrouw": "f", "mevr": "f",
                "madame": "f", "pater": "m"}
PLURAL_VERBS = frozenset("zeggen zeiden vinden vonden denken dachten zijn waren hebben hadden snappen "
                          "begrijpen staan stonden weten wisten komen kwamen".split())
SINGULAR_VERBS = frozenset("is was zei vond dacht snapte begreep stond wist kwam had kan kon wil zal zou".split())
