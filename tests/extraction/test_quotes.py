"""What is said in quotes: who says it, and whether it praises the client."""

from __future__ import annotations

import pytest

from quez.extraction import Referent, extract
from quez.extraction.opinions import ABOUT
from tests.extraction.holders import holders


def _holders(text: str, kind: str = "positive") -> set[str]:
    result = extract(text, ["persons"])
    return holders(result, kind)


@pytest.mark.parametrize("text, holders", [
    ("Mijn maatje Bart zegt: jij werkt harder dan zij.", {"Bart"}),
    ("Ferry zegt: Mark, jij bent eerlijker dan ik was in mijn eerste jaar.", {"Ferry"}),
    ("Joke zegt altijd: jij bent geduldiger dan de meeste ouders die ik ken.", {"Joke"}),
    ("Joke zegt: jij bent slechter dan ik.", set()),
])
def test_being_better_at_something_than_the_speaker_is_praise(text, holders):
    assert _holders(text) == holders


def test_a_quote_that_opens_with_its_verb_is_said_by_the_one_before():
    text = "Zijn vrouw Trudy belde later stiekem. Zei: Gerard, ik schaam me voor hem, jij doet het kranig."
    assert _holders(text) == {"Trudy"}


def test_ashamed_of_someone_else_is_no_judgement_of_the_client():
    assert _holders("Trudy zei: ik schaam me voor hem, jij bent een kanjer.") == {"Trudy"}
    assert _holders("Trudy zegt dat ik me nergens voor hoef te schamen.") == {"Trudy"}


@pytest.mark.parametrize("text, holders", [
    ("Mijn zus zegt dat niemand zo goed kookt als ik.", {"zus"}),
    ("Wanda zegt: zonder jou kan ik niet werken.", {"Wanda"}),
    ("Mijn moeder zegt dat het zonder mij niet gaat.", {"moeder"}),
])
def test_nobody_like_her_and_not_without_her_is_praise(text, holders):
    assert _holders(text) == holders


@pytest.mark.parametrize("text, expected", [
    ("Hij noemt me tante Marga, en hij zegt dat ik de coolste buurvrouw ben.", []),
    ("Ze noemt mij Robbie.", []),
    ("Me tante Marga helpt.", ["Marga"]),
    ("Hij liet via Jolien weten: zeg tegen Cengiz dat hij de enige is.", ["Jolien"]),
    ("Ik zei tegen Rick dat hij moest komen.", ["Rick"]),
])
def test_what_the_client_is_called_and_a_message_for_her_name_no_one(text, expected):
    assert [m.name for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, holders", [
    ("Ria is een kanjer.", set()),
    ("Bij Naomi. Ze is mn rots.", set()),
    ("Met Shanaira. Ze is echt de grappigste persoon die ik ken.", set()),
    ("Ria zegt dat ik een kanjer ben.", {"Ria"}),
    ("Ria zegt: jij bent mijn rots.", {"Ria"}),
])
def test_what_the_client_says_someone_is_is_no_opinion_of_theirs(text, holders):
    assert _holders(text) == holders


def test_the_client_proud_of_someone_and_unsure_of_the_reverse_gives_them_no_opinion():
    text = "Ikzelf ben fier op ons Marleen. Of zij fier is op mij, da weet ik nie."
    result = extract(text, ["persons", "positive_opinion"], "Wie is er trots op je?")
    assert not [o for o in result.opinions if o.kind == "positive"]


def test_her_family_word_praised_in_a_quote_is_the_client():
    for text in ("Mia zei: mijne vent is nen harde, die geeft nooit op.",
                 "Ze zette op facebook: mijn oom is de liefste man die ik ken."):
        assert [m.relation for m in extract(text, []).mentions if m.relation] == [], text


@pytest.mark.parametrize("text", [
    "Dat hoorde Eva van de juf.",
    "Meester Paul liet het mij zien.",
    "De trainer vertelde het mij na de training.",
    "Geeske kreeg het te horen van de buurvrouw.",
])
def test_who_heard_showed_or_passed_it_on_gets_no_opinion_for_being_named(text):
    result = extract(text, ["persons", "positive_opinion"], "Wie is er trots op je?")
    assert not [o for o in result.opinions if o.kind == "positive"], text


def test_who_is_named_in_answer_to_the_question_still_gets_its_stance():
    result = extract("Meester Paul.", ["persons", "positive_opinion"], "Wie is er trots op je?")
    assert [o.kind for o in result.opinions] == ["positive"]


def test_in_a_follow_up_the_good_word_after_but_is_someone_elses():
    asked = dict(question_text="Hoe kijkt {persoon} naar wat er gebeurd is?", about=Referent("Hassan", "zwager"),
                 about_stance="no_blame")
    text = "Hij denkt dat ik hier makkelijk leef. Maar zijn vrouw Rusul heeft gezegd: jij hebt het goed gedaan."
    found = extract(text, [], **asked)
    assert holders(found) == {"Rusul"}
    alone = extract("Hij denkt dat ik hier makkelijk leef.", [], **asked)
    # asked how he sees it, the question presumes no stance: "makkelijk leven" is no word of praise
    assert [o.holder for o in alone.opinions if o.kind == "positive"] == []


@pytest.mark.parametrize("text, holders", [
    ("Sytske. Een klant vertelde me dat Sytske tegen haar zei: dat meisje geeft de beste adviezen.", {"Sytske"}),
    ("Noor vertelde dat haar juf zei dat ik heel goed voor haar zorg.", {"juf"}),
    ("Via mijn vrouw hoorde ik dat de dokter zei dat ik de snelste vooruitgang heb.", {"dokter"}),
])
def test_who_tells_what_someone_else_said_holds_nothing(text, holders):
    found = extract(text, ["persons", "positive_opinion"], "Wie ziet wat je allemaal doet en waardeert dat?")
    assert {found.mentions[o.holder].name or found.mentions[o.holder].relation
            for o in found.opinions if o.kind == "positive"} == holders


@pytest.mark.parametrize("text, holders", [
    ("Hassan. Ria is een kanjer trouwens, de buurvrouw, maar die weet het niet.", {"Hassan"}),
    ("Alleen mn maat Danny. Mn broers? Nee joh, die weten van niks.", {"Danny"}),
    ("Johan eigenlijk. Hij zei: ik weet niet wat er met je is, maar je bent een topper.", {"Johan"}),
])
def test_who_does_not_know_what_is_going_on_has_no_view_on_it(text, holders):
    found = extract(text, ["persons", "no_blame"], "Wie geeft jullie niet de schuld van het probleem?")
    assert {found.mentions[o.holder].name or found.mentions[o.holder].relation
            for o in found.opinions if o.kind == "positive"} == holders


@pytest.mark.parametrize("text, holders", [
    ("Oom Gust zegt tegen haar: laat die jongen, hij heeft meer lef dan wij allemaal.", {"Gust"}),
    ("Zijn zus Jana zei tegen mij: jij hebt niks misdaan.", {"Jana"}),
    ("Mijn collega Ingrid appt elke week: we missen je, niemand doet de nachten zoals jij.", {"Ingrid"}),
    ("Mijn baas zegt dat ik het goed doe. Pa knikte erbij.", {"baas", "pa"}),
    ("Mijn baas zegt dat ik het goed doe. Henk had eronder geschreven: idem!", {"baas", "Henk"}),
    ("Ik doe zijn boekhouding, dat kan hij niet. Hij is goud waard.", set()),
    ("Mijn buurvrouw zei: zonder jou waren we allebei kwijt geweest.", {"buurvrouw"}),
    ("Mijn zoon zegt: mam, jij hebt gedaan wat je kon.", {"zoon"}),
    ("Mijn zoon zegt: mam, jij hebt niet gedaan wat je kon.", set()),
    # courage she has; someone else's is no word about her
    ("Mijn zwager zegt dat ik meer lef heb dan de meeste mannen.", {"zwager"}),
    ("Juf Annet zegt dat ik lef heb.", {"Annet"}),
    ("Juf Annet zegt dat ik geen ruggengraat heb.", set()),
    ("Mijn zwager heeft lef, die durft alles.", set()),
    # nobody else could have done it
    ("Zijn vrouw Sandra zegt: niemand anders had dit gekund.", {"Sandra"}),
    ("Sandra zegt dat niemand anders het zo lang had volgehouden.", {"Sandra"}),
    ("Sandra zegt: niemand anders wil het doen.", set()),
    # better than someone, with more said between
    ("Mijn man zegt dat ik beter met onze centen omga dan hij.", {"man"}),
    ("Tim zei: opa, jij bent sneller met die spraak dan mam.", {"Tim"}),
    # knowing a lot: of the client when said of her, else their own
    ("Mijn buurman zegt: jij weet alles van computers.", {"buurman"}),
    ("Met Milan, hij weet alles van treinen.", set()),
    # not to blame: the client, or someone else
    ("Mijn zus zegt: jij kon er niks aan doen.", {"zus"}),
    ("Zijn vrouw Reshma is lief, die kan er ook niks aan doen.", set()),
    # one of a kind; what someone called to say
    ("Ruud zegt tegen iedereen dat ik een vrouw uit duizenden ben.", {"Ruud"}),
    ("Ruud is een man uit duizend.", set()),
    ("Nicole vertelde dat de buurvrouw had gebeld, om te zeggen dat ik een kanjer ben.", {"buurvrouw"}),
    # a statement with a question tagged on is said all the same; a question is not
    ("Jeroen zei tegen mijn moeder: jouw dochter is goud waard, weet je dat?", {"Jeroen"}),
    ("Mijn zus zei tegen hem: zij heeft haar zoon gered, wat heb jij gedaan?", {"zus"}),
    ("Jeroen vroeg: ben jij wel sterk genoeg, denk je?", set()),
    # on her side
    ("Tante Corry appt me dat ze aan mijn kant staat.", {"Corry"}),
    ("Souad kiest mijn kant.", {"Souad"}),
    ("Mijn broer staat niet aan mijn kant.", set()),
    # more ways of praise: what they are there for, pulling her through, glad to have her, a lioness
    ("Dave zegt altijd: bel gewoon, daar zijn broers voor.", {"Dave"}),
    ("Lut zegt: gij hebt mij erdoor gesleurd.", {"Lut"}),
    ("Oma zei tegen tante Yvette dat ze blij is dat ze me heeft.", {"oma"}),
    ("Mijn schoonmoeder zegt tegen de zusters: mijn schoondochter is een leeuwin.", {"schoonmoeder"}),
    ("Wendy van de schuldhulp zegt dat ik d'r bovenop zit.", {"Wendy"}),
    ("Mijn man zegt: laat haar, jij bent perfect zoals je bent.", {"man"}),
    ("Mijn zus is een leeuwin.", set()),
    ("Lies zegt dat ik een wonder ben.", {"Lies"}),
    ("Ineke zei altijd: jij kan meer dan je denkt.", {"Ineke"}),
    ("Harm zei: de kantine is niks zonder jou.", {"Harm"}),
    ("Mijn schoonvader zegt dat ik alles gedaan heb wat ik kon.", {"schoonvader"}),
    ("Melissa zei tegen mij: jij hebt mij nooit veroordeeld.", {"Melissa"}),
])
def test_praise_said_in_other_words_and_agreeing_with_it(text, holders):
    assert _holders(text) == holders


@pytest.mark.parametrize("text, holders", [
    ("Zijn kameraad Taras schreef mij dat Oleh altijd mijn foto laat zien en zegt: mijn vrouw is sterker dan "
     "ons hele bataljon.", {"Oleh"}),
    ("Mijn zus Rasha zegt dat mijn mama in Damascus tegen alle buren zegt: mijn dochter is een kanjer.", {"mama"}),
    ("Mijn buurman zegt dat ik mijn kinderen goed opvoed, ze zeggen altijd gedag.", {"buurman"}),
    # the one who says it first named with an apposition between commas
    ("Khalti Rachida belde. Ze zei da mijne pa, Allah yarhamou, altijd zei da ik zijn sterkste dochter was.", {"pa"}),
    ("Yvette zegt dat Jorrit, haar man, op zijn werk vertelt dat hij diep respect voor mij heeft.", {"Jorrit"}),
    ("Yvette zegt dat Jorrit, haar man, trots op mij is.", {"Jorrit"}),
    ("Yvette zegt, en dat meent ze, dat ik een kanjer ben.", {"Yvette"}),
])
def test_who_says_that_someone_else_says_it_passes_it_on(text, holders):
    assert _holders(text) == holders


def test_a_view_of_its_own_after_but_is_no_passing_on():
    text = "Mijn broer vindt dat ik me aanstel, maar de fysio zegt dat ik een doorzetter ben."
    assert _holders(text) == {"fysio"} and _holders(text, "tension") == {"broer"}


@pytest.mark.parametrize("text, expected", [
    ("Ze zegt tegen iedereen in de straat: die Saniye is de beste buurvrouw van Nederland.", []),
    ("Op de kaart stond: onze Nath, onze rots.", []),
    ("Ze zegt tegen de thuiszorg: dit is mijn Ivone, mijn beste.", []),
    ("Mijn moeder zegt: mijn Sanne is de liefste kleindochter.", ["moeder", "Sanne"]),
    ("Ze zei: die Kees is een luie donder.", ["Kees"]),
])
def test_a_name_praised_in_someone_elses_words_is_the_client(text, expected):
    assert [m.name or m.relation for m in extract(text, ["persons"]).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Thea vertelde dat hij tegen de andere mannen zegt: die Rob gaat het redden, die is niet zoals wij.", ["Thea"]),
    ("Zij zegt: bel Nazia, zij weet alles van formulieren.", []),
    ("Arjen zegt tegen hem: Stoyan is de beste die ik heb.", ["Arjen"]),
    ("Zij zei: Yonas heeft een sterke moeder, dat zie je aan hem.", ["Yonas"]),
    ("Ton zei tegen Kevin: goed gedaan.", ["Ton", "Kevin"]),
])
def test_a_name_praised_in_someone_elses_quote_is_the_clients(text, expected):
    assert [m.name or m.relation for m in extract(text, ["persons"]).mentions] == expected


def test_the_name_a_quote_praises_is_the_client_in_the_whole_summary():
    result = extract("Zij zegt: bel Nazia, zij weet alles van formulieren.", ["persons"])
    assert result.client_names == ("Nazia",)


@pytest.mark.parametrize("text, holders", [
    ("Clarisse stuurde mij: zonder u zaten de kinderen bij vreemden.", {"Clarisse"}),
    ("Oma Marian zegt altijd: bel nou gewoon, jij doet al genoeg voor mijn dochter.", {"Marian"}),
    ("Dries zei: maat, ik zou dat niet kunnen wat jij doet.", {"Dries"}),
    ("Mijn zus zegt dat ik de beste ben. Mijn schoonma heeft eronder gezet: helemaal mee eens.", {"zus", "schoonma"}),
])
def test_what_a_speaker_could_not_do_and_what_would_be_without_her_is_praise(text, holders):
    assert _holders(text) == holders


@pytest.mark.parametrize("text, holders", [
    ("Mijn buurvrouw Thea hoorde van de juf dat ik het goed doe.", {"juf"}),
    ("Van mijn moeder hoor ik dat ik een goede vader ben.", {"moeder"}),
    ("Ik heb van Ans gehoord dat ik een topper ben.", {"Ans"}),
    ("Ik hoorde van Karin dat mijn zus trots op me is.", {"zus"}),  # Karin passes it on
    ("Ik hoorde van Karin dat de buurman zei dat ik sterk ben.", {"buurman"}),
])
def test_the_one_heard_from_holds_what_was_heard(text, holders):
    assert _holders(text) == holders


@pytest.mark.parametrize("text, holders", [
    ("Ineke zegt dat ik de galerij schoonhoud als geen ander.", {"Ineke"}),
    ("Sandra zegt dat ze nog nooit zo'n nette mantelzorger heeft gezien.", {"Sandra"}),
    ("Sandra zegt dat ze nog nooit zo'n chaos heeft gezien.", set()),
])
def test_better_than_anyone_they_met_is_praise(text, holders):
    assert _holders(text) == holders


@pytest.mark.parametrize("text, holders", [
    ("Tante Yvette vertelde me dat mijn moeder stiekem vraagt hoe het gaat, en dat ze blij is dat ik werk.",
     {"moeder"}),
    ("Anna hoorde amma aan de telefoon zeggen dat ik de eerste in de familie ben die studeert.", {"amma"}),
    ("Amma. Anna hoorde haar tegen de buurvrouw zeggen dat ik een kanjer ben.", {"amma"}),
    ("Ik hoorde de juf tegen Karin zeggen dat ik een goede moeder ben.", {"juf"}),
])
def test_who_was_heard_saying_it_or_goes_on_after_the_messenger_holds_it(text, holders):
    assert _holders(text) == holders


@pytest.mark.parametrize("text, about, expected", [
    ("Mijn collega Tineke hoorde hem tegen de chef zeggen dat ik de beste kok ben.", ("Ruud", "baas"), {"ABOUT"}),
    ("Haar zus Fenna hoorde haar op het feest vertellen dat ik een doorzetter ben.", ("Ans", "buurvrouw"), {"ABOUT"}),
])
def test_in_a_follow_up_the_one_heard_saying_it_is_the_person_asked_about(text, about, expected):
    found = extract(text, [], "Wat vindt {persoon} van je?", about=Referent(*about), about_stance="positive_opinion")
    assert holders(found) == expected


@pytest.mark.parametrize("text, expected", [
    ("Oma, ook al zegt ze het niet.", ["oma"]),
    ("Hooyo, maar ze zegt het nooit.", ["hooyo"]),
    ("Tuurlijk buurman, zou hij zeggen.", []),  # what he would call the client
])
def test_a_family_word_before_a_comma_is_someone_unless_the_speaker_calls_the_client_so(text, expected):
    assert [m.relation for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, holders", [
    ("Haar collega knikte en zei: dat zie je niet vaak.", {"collega"}),
    ("De begeleider zat erbij en knikte: zoiets zie je zelden.", {"begeleider"}),
    ("Marij zeet: hae kan 't nog good allein.", set()),  # said of him, not of the client
])
def test_rare_to_see_is_praise(text, holders):
    assert _holders(text) == holders


@pytest.mark.parametrize("text, holders, persons", [
    ("Kevin wel, die zei: oom, mama werkt harder dan wie ook.", {"Kevin"}, ["Kevin"]),
    ("Marice zegt tegen hem: Mien doet wat ze kan, laat haar.", {"Marice"}, ["Marice"]),
    ("Opa Piet zegt: die Marieke, die houdt de boel draaiende.", {"Piet"}, ["Piet"]),
    ("Femke appte: oma kan er niks aan doen, oma is de dapperste van ons allemaal.", {"Femke"}, ["Femke"]),
    ("Sjoukje zei: Janke heeft meer voor dat bedrijf gedaan dan wie ook.", {"Sjoukje"}, ["Sjoukje"]),
    ("Marieke houdt me overeind.", set(), ["Marieke"]),  # support, not an opinion of her
    ("Vin zegt: jij kent Thijmen beter dan wie dan ook.", {"Vin"}, ["Vin", "Thijmen"]),  # the client is "jij"
])
def test_praise_of_the_client_by_name_or_family_word_in_a_quote(text, holders, persons):
    result = extract(text, ["persons"])
    assert _holders(text) == holders
    assert [m.name or m.relation for m in result.mentions] == persons


@pytest.mark.parametrize("text, holders", [
    ("Die zei: het ongeluk is niet uw schuld.", set()),  # nobody to hold it, but no tension either
    ("De huisarts zei: het is niet uw schuld.", {"huisarts"}),
    ("Ze zegt dat het de schuld is van die man, niet van mij.", set()),
    ("Hans zei: jij bent sterk. Truus zat erbij en zei: dat zeg ik al maanden.", {"Hans", "Truus"}),
])
def test_blame_elsewhere_and_saying_it_too(text, holders):
    assert _holders(text) == holders
    assert _holders(text, "tension") == set()


@pytest.mark.parametrize("text, holders", [
    ("Mijn buurvrouw zegt tegen de anderen: die madam is proper en eerlijk.", {"buurvrouw"}),
    ("Ons moeder zegt dan: die jongen doet wat hij kan, laat hem nou.", {"moeder"}),
    ("Mijn buurvrouw zei: die man van hiernaast is een schat.", set()),  # placed: someone else
])
def test_that_woman_or_that_boy_praised_in_someones_words_is_the_client(text, holders):
    assert _holders(text) == holders


@pytest.mark.parametrize("text, holders", [
    ("Maman zegt aan de telefoon dat ik dapperder ben dan mijn vader was.", {"maman"}),
    ("Marja zegt dat mijn arroz moro beter is dan in het restaurant.", {"Marja"}),
    ("Hakan zegt dat ik het team bij elkaar houd.", {"Hakan"}),
    ("Rutger zegt dat ik zijn veilige plek ben.", {"Rutger"}),
    ("Femke zegt dat ik niet hoef te bedelen om hulp, dat het mijn recht is.", {"Femke"}),
    ("Khaled zei dat ik lief ben. Mijn buurman lachte en zei: dat is waar.", {"Khaled", "buurman"}),
    ("Hij zegt dat ik slechter ben dan mijn vader.", set()),
])
def test_more_ways_of_saying_she_does_well(text, holders):
    assert _holders(text) == holders


@pytest.mark.parametrize("text, holders, persons", [
    ("Mijn broer denkt dat ik veranderd ben. Maar tante Gul zei tegen hem: laat je zus met rust, zij is de slimste.",
     {"Gul"}, ["broer", "Gul"]),
    ("Hiba zegt dat ik lui ben. Maar oom Mahmoud zegt tegen haar: hij is een goede jongen.", {"Mahmoud"},
     ["Hiba", "Mahmoud"]),
    ("Ze zei tegen Mark dat ik verwen. Mark zei: mam, hou op, zij doet het beter dan wij allemaal.", {"Mark"},
     ["Mark", "Mark"]),
    ("Mijn zus zei tegen de juf: mijn dochter is een kanjer, zij doet het super.", set(), ["zus", "juf", "dochter"]),
])
def test_she_or_he_praised_in_words_said_to_someone_else_is_the_client(text, holders, persons):
    assert _holders(text) == holders
    assert [m.name or m.relation for m in extract(text, ["persons"]).mentions] == persons


@pytest.mark.parametrize("text, holders", [
    ("Firas zegt: broer, waarom schaam je je.", {"Firas"}),
    ("Ron zegt dat ik het beter bijhoud dan zijn andere klanten.", {"Ron"}),
    ("Juf Marloes vraagt me elk jaar terug.", {"Marloes"}),
    ("Soukaina zei tegen mij: jij doet wat wij allemaal niet doen.", {"Soukaina"}),
    ("Sjaan zei: jij bent er altijd. Haar man Kees stond erachter en knikte.", {"Sjaan", "Kees"}),
    ("Hans zei dat ik sterk ben. Desiree stond erbij en zei: hij heeft gelijk, hoor.", {"Hans", "Desiree"}),
    ("Hans zei dat ik sterk ben. De vader van Luuk zat er ook bij, die zei niks.", {"Hans"}),
    ("Mijn vader zegt: het komt goed met Jelle, jij bent koppig genoeg.", {"vader"}),
])
def test_implicit_praise_and_agreeing_by_being_there(text, holders):
    assert _holders(text) == holders


@pytest.mark.parametrize("text, holders", [
    ("Mijn zwager vindt dat we egoïstisch zijn. Maar Anouk zei laatst: oom Gerard, gij hebt Bart zo zelfstandig "
     "gemaakt, da zie ik zelden.", {"Anouk"}),
    ("Sonja heeft het hem al gezegd: pa, Ronny is de sterkste vent die ik ken.", {"Sonja"}),
    ("Ze zei: Yonas heeft een sterke moeder.", set()),  # of his mother, the client: Yonas holds nothing
])
def test_who_a_quote_speaks_to_is_no_holder_and_the_client_named_in_it_is_no_person(text, holders):
    assert _holders(text) == holders


@pytest.mark.parametrize("text, holders", [
    ("Mirthe zegt: opa, jij legt het beter uit dan meneer Hoving.", {"Mirthe"}),
    ("Mirthe zegt dat ik sneller leer dan haar vader.", {"Mirthe"}),
    ("Janny zegt: pa, jij weet zelf wel wat je kunt.", {"Janny"}),
    ("Toon zegt tegen iedereen dat ik een gouden vent ben.", {"Toon"}),
    ("Corrie zegt dat ik beter kook dan zij ooit gedaan heeft.", {"Corrie"}),
    ("Hij zegt dat ik slechter slaap dan vroeger.", set()),
    ("Mirthe zegt: jij kunt alles nog.", {"Mirthe"}),
    ("Mirthe zegt: je kan alles vergeten.", set()),
    ("Ze zegt dat ik banger ben dan zij.", set()),
])
def test_better_than_someone_in_any_words_is_praise(text, holders):
    assert _holders(text) == holders


@pytest.mark.parametrize("text, holders", [
    ("Wilma zegt altijd: mam, u hoeft niet flink te doen voor mij.", {"Wilma"}),
    ("Kamran zou zeggen: je hoeft niet de held te spelen, niet bij mij.", {"Kamran"}),
    ("Tim zei: jij bent de enige normale in dit huis.", {"Tim"}),
    ("Wendy zegt: jij kan met iedereen.", {"Wendy"}),
    ("Hanneke zegt: gij kent hem het best.", {"Hanneke"}),
    ("Tim zei: jij bent de enige schuldige.", set()),
])
def test_leave_not_to_be_strong_and_being_the_one_are_praise(text, holders):
    assert _holders(text) == holders
    assert not _holders(text, "tension") & holders


@pytest.mark.parametrize("text, holders", [
    ("Tsega noemt mij haar grote zus.", {"Tsega"}),
    ("Frank noemt me zijn voorbeeldhuurder.", {"Frank"}),
    ("Lieke noemt me haar bewaker.", set()),
    ("Oksana noemt me nu haar Nederlandse zus.", {"Oksana"}),  # a word or two between
    ("Ria. Ze noemt me nog steeds haar engel.", {"Ria"}),
    ("Ayla, van hiernaast. Sindsdien noemt ze mij haar broer.", {"Ayla"}),  # the subject after the verb
])
def test_being_called_one_of_theirs_is_praise(text, holders):
    assert _holders(text) == holders
    assert [m.name for m in extract(text, ["persons"]).mentions if not m.name] == []  # "haar zus" is the client


@pytest.mark.parametrize("about, question, text, expected", [
    ("Ton", "Hoe zou {persoon} jou omschrijven?", "Als een harde werker. Ton zegt altijd: die Ronnie, die werkt hard.",
     {"ABOUT"}),
    ("Bet", "Hoe zou {persoon} jou omschrijven?", "Tante Bet? Die zou zeggen: dat is een lieve meid.", {"ABOUT"}),
    ("Ayse", "Wat zegt {persoon} over jou?", "Als een harde werker. Ze zegt altijd: jij rust nooit.", {"ABOUT"}),
    ("Kees", "Hoe is het contact met {persoon}?", "Goed, hij is een lieve man.", set()),  # the client's view of him
    ("Bet", "Hoe zou {persoon} jou omschrijven?", "Als een lastpak, zou ze zeggen.", set()),
    # what they say of her without a word of praise the rules know is still their view of her
    ("Ria", "Hoe zou {persoon} jou omschrijven?", "Als een moeder voor de hele straat. Dat zegt ze altijd.", {"ABOUT"}),
    ("Jordy", "Wat betekent het voor {persoon} dat jij er bent?", "Hij zegt: opa, bij jou is het rustig.", {"ABOUT"}),
    ("Lieke", "Wat betekent het voor {persoon} dat jij er bent?", "Lieke zegt er zelf niet veel over.", set()),
    ("Kees", "Hoe is het contact met {persoon}?", "Hij belt elke week.", set()),  # no view asked
])
def test_a_follow_up_that_asks_their_view_gives_them_the_praise_in_the_answer(about, question, text, expected):
    result = extract(text, [], question, about=Referent(about, None))
    assert holders(result) == expected


def test_agreeing_with_the_view_of_the_person_asked_about_that_comes_last():
    text = "Als een harde werker. Ton zegt altijd: die Ronnie, die werkt hard. Zijn vrouw zegt het ook."
    result = extract(text, [], "Hoe zou {persoon} jou omschrijven?", about=Referent("Ton", None))
    assert holders(result) == {"ABOUT", "vrouw"}


@pytest.mark.parametrize("text, holders, kind", [
    ("Mijn broer zei: meid, het komt goed. Jij bent de sterkste van ons.", {"broer"}, "positive"),
    ("Mijn zus zei: ga toch weg. Jij bent een slappeling.", {"zus"}, "tension"),
    ("Mijn zus zei niks. Jij bent de sterkste, dacht ik.", set(), "positive"),  # no quote before it
])
def test_a_quote_goes_on_in_the_next_sentence_that_speaks_to_her(text, holders, kind):
    assert _holders(text, kind) == holders


@pytest.mark.parametrize("text, holders, kind", [
    ("Mijn buurman zei: maat, ik zou da ni kunnen wat gij doet, ik zou zot worden.", {"buurman"}, "positive"),
    ("Mijn buurman zei: jij bent de best voorbereide van allemaal.", {"buurman"}, "positive"),
    ("Mijn buurman zei: chapeau.", {"buurman"}, "positive"),
    ("Mijn buurman zei: hoe doe je het toch allemaal.", {"buurman"}, "positive"),
    ("Hij zegt tegen zijn jongens: kijk hoe Sjoerd het doet, daar kunnen jullie wat van leren.", set(), "tension"),
    ("Mijn zus zegt dat ik zot ben.", {"zus"}, "tension"),
])
def test_more_ways_to_say_well_done(text, holders, kind):
    assert _holders(text, kind) == holders


@pytest.mark.parametrize("text, expected", [
    ("Ze zegt dat het niet aan mij ligt.", {"ABOUT"}),  # the answer says how she sees it
    ("Ze vindt dat ik het goed heb gedaan.", {"ABOUT"}),
    ("Ze praat er niet over met mij. Ze gaat gewoon door.", set()),  # the question presumes nothing
    ("Ze zegt dat ik het had moeten zien aankomen.", set()),
])
def test_a_follow_up_asking_how_someone_sees_it_gives_no_stance_of_its_own(text, expected):
    result = extract(text, [], "Hoe kijkt {persoon} naar wat er gebeurd is?", about=Referent("Geeske", "schoonmoeder"),
                     about_stance="no_blame")
    assert holders(result) == expected


@pytest.mark.parametrize("text, expected", [
    ("Agata zegt niks, die woont in Polen.", set()),
    ("Mijn ex zegt niks. Zijn nieuwe vriendin zegt wel dat ik een goede moeder ben.", {"vriendin"}),
    ("Tegen mij zegt ze niks, maar ze vertelt het aan iedereen.", {"ABOUT"}),  # she says it elsewhere
    ("Nurcan zegt dat ik niks fout heb gedaan.", {"ABOUT"}),
    ("Dee zol 't nich good vinden, dat wet ik wel.", set()),  # Low Saxon "nich"
])
def test_saying_nothing_of_it_is_no_praise(text, expected):
    result = extract(text, [], "Wat zegt {persoon} erover?", about=Referent("Nurcan", "zus"),
                     about_stance="understanding")
    assert holders(result) == expected


def test_asked_how_someone_sees_it_the_praise_of_another_is_not_theirs():
    text = "Dadash denkt dat ik egoïstisch ben. Maar mijn zus Shabnam zei tegen hem: zij heeft haar zoon gered."
    result = extract(text, [], "Hoe kijkt {persoon} naar wat er gebeurd is?", about=Referent("Dadash", "broer"),
                     about_stance="no_blame")
    assert ABOUT not in {o.holder for o in result.opinions if o.kind == "positive"}


@pytest.mark.parametrize("text, holders", [
    ("Mijn zus zegt dat Piet er elke avond over begint, dat ik het zo goed doe.", {"Piet"}),
    ("Mijn zus zegt dat Piet op zijn werk opschept dat ik de sterkste ben.", {"Piet"}),
    ("Mijn zus zegt dat Noa zo goed groeit.", set()),  # said of Noa
])
def test_who_talks_about_her_holds_what_they_say(text, holders):
    assert _holders(text) == holders


def test_who_tells_what_someone_the_answer_left_unnamed_does_passes_it_on():
    result = extract("Kiano. Tijs vertelde dat hij op zijn kamer een foto van ons heeft hangen.",
                     ["persons", "positive_opinion"], "Wie is er trots op je?")
    tijs = [o.kind for o in result.opinions if o.holder >= 0 and result.mentions[o.holder].name == "Tijs"]
    assert "positive" not in tijs


def test_not_everyone_does_that_is_praise_and_the_name_in_it_is_the_client():
    assert _holders("Mijn zus zegt: niet iedereen zou dat kunnen.") == {"zus"}
    result = extract("De buurvrouw zei tegen hem: wat Ellen doet, dat doet niet iedereen.", ["persons"])
    assert [m.label for m in result.mentions] == ["buurvrouw"]


@pytest.mark.parametrize("text, holders", [
    ("Hij vraagt mij hoe hij met zijn eigen zoon moet praten.", {"ABOUT"}),  # asking her how to do it
    ("Hij vraagt me hoe het gaat.", set()),
])
def test_asking_her_how_to_do_something_is_appreciation(text, holders):
    result = extract(text, [], "Wat heb je aan {persoon}?", about=Referent("Ricky", "broer"))
    assert {"ABOUT" if o.holder == ABOUT else o.holder for o in result.opinions if o.kind == "positive"} == holders


@pytest.mark.parametrize("question, text, holders", [
    # in a conversation the follow-up is stored with the person's name in place of {persoon}
    ("Hoe kijkt Geeske naar wat er gebeurd is?", "Ze praat er niet over met mij. Ze gaat gewoon door.", set()),
    ("Hoe kijkt je schoonmoeder naar wat er gebeurd is?", "Ze zegt dat het niet aan mij ligt.", {"ABOUT"}),
    ("Wat betekent het voor Geeske dat jij er bent?", "Ze zegt: bij jou is het rustig.", {"ABOUT"}),
    ("Hoe zou je schoonmoeder jou omschrijven?", "Als een moeder voor de hele straat.", {"ABOUT"}),
])
def test_follow_ups_read_the_same_with_the_name_filled_in(question, text, holders):
    result = extract(text, [], question, about=Referent("Geeske", "schoonmoeder"), about_stance="no_blame")
    assert {"ABOUT" if o.holder == ABOUT else o.holder for o in result.opinions if o.kind == "positive"} == holders


@pytest.mark.parametrize("text, kind", [
    ("Nurcan zei achteraf: ik heb je nog nooit zo rustig gezien, ik ben trots op je.", "positive"),
    ("Mijn tante zegt dat ze nog nooit zo'n taaie vrouw heeft meegemaakt.", "positive"),
    ("Mijn tante zegt dat ik nooit zo rustig ben.", "tension"),  # no seeing: a plain denial
])
def test_never_seen_so_is_praise_not_a_denial(text, kind):
    assert _holders(text, kind) and not _holders(text, "tension" if kind == "positive" else "positive")


@pytest.mark.parametrize("text, about, expected", [
    ("Dat ik mijn diploma heb gehaald, op mijn vijftigste. Hij heeft het aan zijn hele klas verteld, zei de juf.",
     ("Daan", "zoon"), {"ABOUT"}),
    ("Dat ik zo goed voor oma zorg. Ze vertelt het aan iedereen, zei haar vriendin.", ("Eva", "dochter"), {"ABOUT"}),
])
def test_who_tells_it_after_what_the_person_asked_about_did_passes_it_on(text, about, expected):
    found = extract(text, [], "Waar is {persoon} trots op?", about=Referent(*about), about_stance="positive_opinion")
    assert holders(found) == expected


def test_who_tells_what_the_person_asked_about_is_holds_no_view_of_the_client():
    text = "Het gaat goed met hem. Hij is een lieve jongen, zei de meester."
    found = extract(text, [], "Waar is {persoon} trots op?", about=Referent("Daan", "zoon"),
                    about_stance="positive_opinion")
    assert "meester" not in holders(found)


@pytest.mark.parametrize("text, expected", [
    ("Mijn schoonmoeder zegt: jij doet wat hij had moeten doen.", {"schoonmoeder"}),
    ("Tante Joke zegt: jij doet wat een vader had moeten doen.", {"Joke"}),
])
def test_doing_what_someone_else_should_have_done_is_praise(text, expected):
    assert holders(extract(text, ["context"], "Hoe gaat het op dit moment met je?")) == expected


def test_miss_is_a_title_in_an_apposition():
    found = extract("Mijn buurvrouw, miss Gloria, past op de kinderen.", []).mentions
    assert [(m.name, m.relation) for m in found] == [("miss Gloria", "buurvrouw"), (None, "kinderen")]


@pytest.mark.parametrize("text, positive, tension", [
    ("Mijn broer vindt dat ik zeur, maar mijn zus belt elke week en zegt dat ik het goed doe.", {"zus"}, {"broer"}),
    ("Kees zegt dat ik lui ben, mar Ans komt langs en zegt: jij bent een kanjer.", {"Ans"}, {"Kees"}),
])
def test_after_maar_the_one_who_comes_and_says_it_is_the_new_subject(text, positive, tension):
    found = extract(text, ["context"], "Hoe gaat het op dit moment met je?")
    assert holders(found) == positive and holders(found, "tension") == tension


def test_a_quote_that_goes_on_to_speak_to_her_is_the_speakers_view_of_her():
    text = "Zijn zus Ilse zei tegen mij: hij heeft het zelf verprutst, jij hebt niks misdaan."
    assert holders(extract(text, [], "Hoe kijkt {persoon} naar je?", about=Referent("Bert", None))) == {"Ilse"}


def test_loyal_is_praise():
    text = "Mijn buurman zegt: jij bent trouw, aan iedereen."
    assert holders(extract(text, ["context"], "Hoe gaat het op dit moment met je?")) == {"buurman"}


@pytest.mark.parametrize("text, positive, tension", [
    ("Ruben zegt ik zit maar thuis en doe niks, dat ik me aanstel.", set(), {"Ruben"}),  # "maar" as a particle
    ("Mijn zus zegt dat ik lui ben maar mijn moeder zegt dat ik het goed doe.", {"moeder"}, {"zus"}),
])
def test_maar_after_a_verb_is_a_particle_and_before_someone_a_turn(text, positive, tension):
    found = extract(text, ["context"], "Hoe gaat het op dit moment met je?")
    assert holders(found) == positive and holders(found, "tension") == tension


@pytest.mark.parametrize("text, expected", [
    ("Mijn zus zegt: ik zou het geen week kunnen.", {"zus"}),  # she could not do it herself
    ("Harm laat mij de bovenleiding aanleggen, dat mag niet iedereen.", {"Harm"}),  # a trust not given to all
])
def test_implicit_appreciation_in_what_they_could_not_or_would_not_let_others_do(text, expected):
    assert holders(extract(text, ["context"], "Hoe gaat het op dit moment met je?")) == expected
