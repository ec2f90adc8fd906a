"""Properties every extraction has, and the pieces the summary relies on."""

from __future__ import annotations

import time

import pytest

from quez.extraction import Extraction, Referent, extract
from quez.extraction.lexicon import relation_info
from quez.extraction.opinions import ABOUT
from tests.extraction.evaluate import load_cases
from tests.extraction.holders import holders


def test_quotes_are_exact_substrings_and_holders_exist():
    questions, cases = load_cases()
    for case in cases:
        q = questions[case["question"]]
        text = case["text"]
        result = extract(text, q["elicits"], q["text"], about="about" in case)
        for m in result.mentions:
            assert m.start < m.end and text[m.start: m.end].strip()
            if m.name:
                assert m.name.split()[-1].casefold() in text[m.start: m.end].casefold()
        for o in result.opinions:
            assert text[o.start: o.end] in text and o.end > o.start
            assert o.holder == ABOUT or 0 <= o.holder < len(result.mentions)
            assert o.kind in ("positive", "tension", "negated", "advice", "neutral")
            assert 0 < o.confidence <= 1


def test_round_trip_through_json_dict():
    result = extract("Mijn zus Karin zegt dat ik het goed doe, mijn vader niet.", ["understanding"])
    again = Extraction.from_dict(result.to_dict())
    assert again.mentions == result.mentions and again.opinions == result.opinions


def test_empty_and_whitespace_answers():
    assert extract("").mentions == () and extract("   \n").opinions == ()


def test_pronouns_are_not_persons_and_are_left_unresolved_when_ambiguous():
    result = extract("Ze zeggen dat ik sterk ben.", ["positive_opinion"])
    assert result.mentions == () and result.opinions == ()
    two_women = extract("Mijn zus en mijn tante kwamen langs. Ze zei dat ik het goed doe.", ["context"])
    assert holders(two_women) == set()


def test_pronouns_go_to_the_latest_person_of_fitting_gender_across_sentences():
    brother_sister = extract("Mijn broer en mijn zus kwamen langs. Ze zei dat ik het goed doe.", ["context"])
    assert holders(brother_sister) == {"zus"}
    buddy = extract("Daan, mijn buddy van het wijkteam. Hij ziet wat ik allemaal voor elkaar krijg en is trots.",
                    ["context"])
    assert holders(buddy) == {"Daan"}


def test_in_a_follow_up_pronouns_and_messengers_point_to_the_person_asked_about():
    joyce = Referent("Joyce", "vriendin")
    said = extract("Ze zei laatst: jij bent echt een doorzetter.", [], "Wat vindt {persoon} van je?", about=joyce)
    assert holders(said) == {"ABOUT"}
    messenger = extract("Mijn oom vertelde dat ze trots op me is.", [], "Wat vindt {persoon} van je?", about=joyce)
    assert holders(messenger) == {"ABOUT"}
    named_again = extract("joyce vindt mij sterk. Haar man Kees vindt dat ook.", [], "Wat zegt {persoon}?",
                          about=joyce)
    assert holders(named_again) == {"ABOUT", "Kees"}


def test_the_clients_praise_of_someone_is_not_their_opinion_of_her():
    helper = extract("Mijn zwager doet mijn belastingpapieren, daar is hij heel handig in.", ["support_practical"])
    assert holders(helper) == set()
    object_of_client = extract("Ellen waardeert dat ik elke week voor mijn opa kook.", ["positive_opinion"])
    assert holders(object_of_client) == {"Ellen"}
    predicate = extract("Mijn moeder zegt dat ik een lieve dochter ben.", ["positive_opinion"])
    assert [m.relation for m in predicate.mentions] == ["moeder"]


@pytest.mark.parametrize("text, expected", [
    ("Mijn buurvrouw Ans, een echte schat. En mijn zus.", {"Ans", "zus"}),  # the answer, praised in passing
    ("Ans van hiernaast, een echte schat.", {"Ans"}),
    ("Mijn buurvrouw Ans is een echte schat, die helpt iedereen.", set()),  # only the client's praise of her
])
def test_praise_in_passing_after_a_comma_leaves_her_the_answer(text, expected):
    assert holders(extract(text, ["persons", "understanding"], "Wie snapt waar je mee worstelt?")) == expected


def test_flemish_and_compound_relations():
    assert relation_info("bomma")[1] == "family" and relation_info("nonkel")[1] == "family"
    assert relation_info("overbuurvrouw")[1] == "neighbours"
    assert relation_info("jeugdzorgmedewerker")[1] == "professionals"
    assert relation_info("zusje")[0] == "zus"
    names = {m.name or m.relation for m in extract("Mijn meter en nonkel Jan, en de buren.").mentions}
    assert names == {"meter", "Jan", "buren"}


def test_negation_and_contrast_are_not_positive():
    kinds = {(m.relation, o.kind) for o in extract("Mijn vader niet, mijn moeder wel.", ["understanding"]).opinions
             for m in [extract("Mijn vader niet, mijn moeder wel.").mentions[o.holder]]}
    assert kinds == {("vader", "negated"), ("moeder", "positive")}
    result = extract("Mijn schoonvader heeft geen respect voor mij.", ["context"])
    assert [o.kind for o in result.opinions] == ["tension"]


def test_fast_enough_for_a_whole_client():
    questions, cases = load_cases()
    started = time.perf_counter()
    for _ in range(3):
        for case in cases:
            extract(case["text"], questions[case["question"]]["elicits"])
    per_answer = (time.perf_counter() - started) / (3 * len(cases))
    assert per_answer < 0.005, f"{per_answer * 1000:.2f} ms per answer"


def test_telling_the_client_not_to_give_up_is_encouragement():
    thijs = Referent("Thijs", "buddy")
    for text in ("Die vindt dat ik niet moet opgeven.", "Hij zegt dat ik nooit mag opgeven.",
                 "Hij zei: je moet niet zomaar opgeven."):
        result = extract(text, [], "Wat zegt {persoon} erover?", about=thijs)
        assert [o.kind for o in result.opinions] == ["positive"], text
    agreeing = extract("Die vindt dat ik niet moet opgeven. Zijn collega Gerrit vindt dat ook.", [],
                       "Wat zegt {persoon} erover?", about=thijs)
    assert holders(agreeing) == {"ABOUT", "Gerrit"}
    # giving up itself is still a reproach
    assert [o.kind for o in extract("Mijn broer zegt dat ik te snel opgeef.", ["context"]).opinions] == ["tension"]


def test_who_is_spoken_to_is_neither_the_holder_nor_a_person_praised():
    karin = Referent("Karin", "zus")
    told = extract("Tegen mijn man zei ze dat ik het goed doe.", [], "Wat zegt {persoon} erover?", about=karin)
    assert holders(told) == {"ABOUT"}
    to_child = extract("Ze zei tegen mijn dochter: je moeder is een topper.", [], "Wat zegt {persoon} erover?",
                       about=karin)
    assert [m.relation for m in to_child.mentions] == ["dochter"] and holders(to_child) == {"ABOUT"}
    named_child = extract("En ze zei tegen Jayden: je vader is een goeie vent.", [], "Wat zegt {persoon}?",
                          about=karin)
    assert [m.name for m in named_child.mentions] == ["Jayden"]
    # someone else's relative stays a person: the mother's sister is not the client
    aunt = extract("Ze zei tegen mijn moeder: je zus belt te weinig.", [], "Wat zegt {persoon}?", about=karin)
    assert {m.relation for m in aunt.mentions} == {"moeder", "zus"}
    # without a follow-up nobody says it: the man is spoken to
    assert holders(extract("Tegen mijn man zei ze dat ik het goed doe.", ["context"])) == set()


def test_a_person_written_down_by_relation_alone_is_known_by_it():
    mother = Referent("moeder", None)
    result = extract("Ze zegt tegen de buurvrouw: mijn zoon is een vechter.", [], "Wat zegt {persoon}?", about=mother)
    assert [m.relation for m in result.mentions] == ["buurvrouw"] and holders(result) == {"ABOUT"}


def test_a_lower_case_name_after_a_relation_is_capitalised_even_when_placed():
    for text, name in (("en mn maat sem van de bouw, die is ook ontslagen", "Sem"),
                       ("mijn buurvrouw els van nummer 4 snapt het", "Els"), ("mijn zus anouk die snapt het", "Anouk")):
        assert [m.name for m in extract(text, ["understanding"]).mentions] == [name], text
    assert [m.name for m in extract("mijn moeder zorgt van alles", ["understanding"]).mentions] == [None]


def test_a_quote_that_calls_the_client_something_names_no_one_else():
    for text in ("Hij knijpt in mijn hand en zegt: mijn meisje.",
                 "Mijn moeder zegt altijd: mijn jongen, jij komt er wel.", "Mijn zoon zei: mama, jij bent de liefste."):
        result = extract(text, ["positive_opinion"])
        assert all(m.relation not in ("meisje", "jongen", "mama") for m in result.mentions), text
    found = extract("shirley en kimberly. en mijn vriend, roy, de vader van naomi.", ["persons"]).mentions
    assert [(m.name, m.relation) for m in found][:3] == [("Shirley", None), ("Kimberly", None), ("Roy", "vriend")]


def test_a_modal_in_an_earlier_sub_clause_does_not_turn_a_denied_reproach_into_one():
    result = extract("esra zegt dat ik grenzen mag stellen en dat dat geen falen is", ["context"])
    assert [o.kind for o in result.opinions] == ["positive"]
    assert [o.kind for o in extract("Esra zegt dat ik geen sukkel ben", ["context"]).opinions] == ["positive"]
    assert [o.kind for o in extract("Mijn vader zegt dat ik een loser ben", ["context"]).opinions] == ["tension"]


def test_an_unlisted_name_opening_a_sentence_is_found_when_known_or_written_so_again():
    mariska = Referent("Mariska", "zus")
    known = extract("Niet vaak. Met kerst. Mariska belt altijd op zondag.", [], "Hoe vaak zie je {persoon}?",
                    about=mariska)
    assert [m.name for m in known.mentions] == ["Mariska"]
    again = extract("Hillechien haar kat was weg. Ik heb de kat gevonden. Hillechien was blij.", ["persons"])
    assert [m.name for m in again.mentions] == ["Hillechien"]
    assert extract("Werk is zwaar. Werk was altijd mijn uitlaatklep.", ["persons"]).mentions == ()


def test_kinship_words_after_the_name_and_southern_possessives():
    hatice = extract("Hatice abla, mijn grote zus. Abla snapt alles zonder dat ik het uitleg.", ["understanding"])
    assert {(m.name, m.stem) for m in hatice.mentions} == {("Hatice", "zus")}
    limburg = extract("Os mam natuurlijk, en d'n Har, mien broer.", ["persons"])
    assert [(m.name, m.stem, m.own) for m in limburg.mentions] == [(None, "moeder", True), ("Har", "broer", True)]
    assert [m.name for m in extract("Yvonne en os mam. Geen van de twee zegt dat.", []).mentions] == ["Yvonne", None]
    better = extract("Ze zegt dat ik het beter doe dan zij vroeger.", [], "Wat zegt {persoon}?",
                     about=Referent("Sibel", "schoonzus"))
    assert [o.kind for o in better.opinions] == ["positive"]


def test_roles_generic_relatives_and_adjectives_are_nobody():
    for text in ("Ze studeert voor verpleegkundige.", "Hij werkt als kok.", "Ze is als een moeder voor me.",
                 "ze weet hoe het is als je moeder je niet wil.", "Ik vertaal voor de Arabische moeders."):
        assert [m for m in extract(text, ["persons"]).mentions if not m.plural] == [], text
    assert [(m.name, m.stem) for m in extract("mn ex mentor ilona denk ik.", []).mentions] == [("Ilona", "ex-mentor")]
    sjra = extract("Op Chemelot d'n Sjra en de jongens van mijn ploeg.", ["persons"]).mentions
    assert [(m.name, m.relation) for m in sjra] == [("Sjra", None), (None, "jongens")]
    # said to someone, by someone the answer leaves open: not the one spoken to
    assert holders(extract("Ze zei tegen Jayden: je moeder is een topper.", ["positive_opinion"])) == set()


def test_nested_reports_go_to_whoever_holds_the_view():
    boss = extract("Maarten zei dat zijn baas vroeg hoe het met me ging en zei dat ik een sterke vrouw ben.",
                   ["positive_opinion"])
    assert holders(boss) == {"baas"}
    sister = extract("Astrid vertelde dat hij tegen iedereen zegt dat zijn zus een heilige is.", ["context"])
    assert [m.name for m in sister.mentions] == ["Astrid"]  # his sister is the client
    mother_in_law = extract("Mijn man vertelde dat zijn moeder zegt dat ik het huis goed bijhoud.", ["context"])
    assert holders(mother_in_law) == {"moeder"}
    told = extract("Astrid vertelde dat hij tegen iedereen zegt dat ik een heilige ben.", ["context"])
    assert holders(told) == set()  # he says it, not Astrid; who he is, the answer does not say


@pytest.mark.parametrize("text, expected", [
    # the good word in a second "dat" clause: its subject holds it, not the one who tells it
    ("Anita zegt dat het goedkomt, dat Joop trots op me is.", {"Joop"}),
    ("Anita zegt dat het goedkomt, dat ik het goed doe.", {"Anita"}),
    # someone's parent who thinks of the client is someone else, not the client
    ("Anita zegt dat haar vader trots op me is.", {"vader"}),
    # how well a child looks is said of the child; the speaker's good word of the client is hers
    ("De juf zei dat Noor er zo goed uitziet en dat ik dat goed doe.", {"juf"}),
    ("Anita zegt: jij ziet er goed uit.", {"Anita"}),
])
def test_who_holds_what_is_passed_on(text, expected):
    assert holders(extract(text, ["does_well"])) == expected


def test_a_name_and_a_relation_each_said_on_their_own_are_one_person():
    theo = extract("Theo. Mijn sponsor bij de AA. Die hoef ik niks uit te leggen.", ["understanding"])
    assert [(m.name, m.stem) for m in theo.mentions] == [("Theo", "sponsor")]
    linda = extract("Met mijn zus. Linda. Linda zegt dat ik moet verhuizen.", ["context"])
    assert {(m.name, m.stem) for m in linda.mentions} == {("Linda", "zus"), ("Linda", None)}
    listed = extract("Femke. En mijn moeder. Mijn moeder zegt: vragen is niet erg.", ["help_ok"])
    assert {m.name or m.relation for m in listed.mentions} == {"Femke", "moeder"}
    # someone else's relation, then the name it goes by; but a name, then "zijn vrouw", is his wife
    theirs = extract("Haar broer. Yusuf. Hij zegt dat ik een goede schoonzus ben.", ["does_well"])
    assert [(m.name, m.stem) for m in theirs.mentions] == [("Yusuf", "broer")]
    assert holders(theirs) == {"Yusuf"}
    wife = extract("Karim. Zijn vrouw ook.", ["understanding"])
    assert [m.name or m.relation for m in wife.mentions] == ["Karim", "vrouw"]


@pytest.mark.parametrize("text", [
    "Mijn neef Bram, de zoon van mijn overleden zus. Die zegt dat ik het goed doe.",
    "Tante Rie, de vrouw van wijlen oom Piet. Die zegt dat ik het goed doe.",
])
def test_the_dead_relative_who_says_whose_someone_is_is_no_one_of_the_answer(text):
    result = extract(text, ["does_well"])
    assert len(result.mentions) == 1
    assert holders(result) == {result.mentions[0].name}


def test_a_condition_after_a_view_is_not_a_second_view():
    result = extract("Mijn taalmaatje Hennie. Zij snapt mij ook als mijn Nederlands niet goed is.", ["understanding"])
    assert [o.kind for o in result.opinions if o.kind != "neutral"] == ["positive"]
    assert [o.kind for o in extract("Mijn broer snapt het niet als ik huil.", ["context"]).opinions] == ["tension"]


def test_lower_case_unlisted_names_before_what_they_say():
    for text, name in (("eudia uit de kerk zei vorige week: jij bent een sterke vrouw", "Eudia"),
                       ("kayleigh. die zegt dat ik niet de enige ben", "Kayleigh"),
                       ("gail zegt dat ik sterk ben", "Gail")):
        assert [m.name for m in extract(text, ["positive_opinion"]).mentions] == [name], text
    assert extract("iedereen zegt dat. werk zegt niks. school vindt het goed.", ["context"]).mentions == ()


def test_blame_that_goes_to_someone_else_is_no_reproach_of_the_client():
    for text in ("gail zegt dat het romano zn schuld is en niet die van mij",
                 "Mijn moeder geeft haar vriend de schuld."):
        assert [o.kind for o in extract(text, ["no_blame"]).opinions] == ["positive"], text
    assert [o.kind for o in extract("Mijn moeder geeft mij de schuld.", ["context"]).opinions] == ["tension"]


def test_the_clients_name_called_in_a_quote_and_the_one_the_client_calls():
    for text in ("Ton zegt goed gedaan Ronnie.", "Hij zei heel langzaam: lieve Riek.",
                 "Dan zegt hij: bel maar Ronnie."):
        assert "Ronnie" not in [m.name for m in extract(text, ["positive_opinion"]).mentions], text
        assert "Riek" not in [m.name for m in extract(text, ["positive_opinion"]).mentions], text
    murat = extract("Ik zei: Murat, ga slapen. En hij zei: jij bent degene die alles draagt.", ["positive_opinion"])
    assert [m.name for m in murat.mentions] == ["Murat"]  # the client speaks to him: he is someone
    for text, name in (("Ze zei: vraag het Karin.", "Karin"), ("Ik kan goed organiseren, zegt ons Marleen.", "Marleen"),
                       ("Dat doen niet veel ouders, zegt meneer Bosman.", "meneer Bosman")):
        assert [m.name for m in extract(text, ["positive_opinion"]).mentions] == [name], text


def test_praise_of_what_the_client_is_to_others_and_reports_inside_reports():
    assert holders(extract("Zijn pleegmoeder Anja zegt dat ik een topzus ben.", ["context"])) == {"Anja"}
    assert holders(extract("Haar vriend zegt dat ik een echte vriendin ben.", ["context"])) == {"vriend"}
    assert holders(extract("Ineke is een goeie buurvrouw. Echt goed.", ["context"])) == set()  # of Ineke
    jayden = Referent("Jayden", "broertje")
    anja = extract("Zijn pleegmoeder Anja zegt dat hij vrolijk is als ik gebeld heb en dat ik een topzus ben.", [],
                   "Wat zegt {persoon}?", about=jayden)
    assert "Anja" in holders(anja) and "ABOUT" not in holders(anja)
    dave = extract("Dave zei dat hij op de verjaardag zat te vertellen dat ik een echte vader ben.", ["context"])
    assert holders(dave) == set()  # he (someone else than Dave) told it
    assert holders(extract("mam zegt het soms.", ["does_well"])) == {"mam"}
    assert [o.kind for o in extract("Zeynep snapt dat nog niet.", ["understanding"]).opinions] == ["tension"]


def test_a_family_word_for_the_client_in_the_mouth_of_her_child_or_grandchild():
    luuk = extract("Opa is de sterkste! Hij is vier, hè.", [], "Wat zegt {persoon}?",
                   about=Referent("Luuk", "kleinzoon"), about_stance="does_well")
    assert luuk.mentions == () and holders(luuk) == {"ABOUT"}
    assert [m.relation for m in extract("Mijn dochter zegt: papa is de beste.", ["context"]).mentions] == ["dochter"]
    sick = extract("Papa is ziek, dat weet hij.", [], "Wat zegt {persoon}?", about=Referent("Dennis", "zoon"))
    assert [m.relation for m in sick.mentions] == ["papa"]  # no praise: perhaps the boy's other parent


def test_who_passes_on_whose_view_and_to_whom():
    gonnie = extract("Ze neemt Zeynep mee naar de speeltuin. En ze zegt tegen haar dochter dat die zich aan mij een "
                     "voorbeeld moet nemen.", [], "Wat zegt {persoon}?", about=Referent("Gonnie", "buurvrouw"))
    assert holders(gonnie) == {"ABOUT"}
    kevin = extract("Kevin zei: Ton vindt jou de beste. Dat zei Kevin in de pauze.", ["positive_opinion"])
    assert holders(kevin) == {"Ton"}
    murat = extract("Mijn schoonvader, zegt Murat. Hij heeft tegen Murat gezegd dat ik de kinderen goed opvoed.",
                    ["context"])
    assert "schoonvader" in holders(murat)
    bart = extract("Meester Bart zei dat Lisa vooruit gaat en dat dat aan mij te danken is.", ["context"])
    assert holders(bart) == {"Bart"}
    unsure = extract("Ik ben trots op Yvonne. Of zij trots is op mij, dat weet ik eigenlijk niet.", ["context"])
    assert holders(unsure) == set()


def test_what_someone_calls_the_client_is_no_one_else():
    for text in ("Hij zegt: voor de flinkste vrouw van de straat.",
                 "Berty zei dat hij blij is met een buurvrouw als ik.",
                 "Als haar lieve kleinkind. Zo noemt ze me ook.", "En ze zegt: mijn grote jongen."):
        assert [m for m in extract(text, ["positive_opinion"]).mentions if m.relation] == [], text
    kept = extract("ze vertelt het aan de buurvrouw als ik een goed cijfer heb.", ["context"])
    assert [m.relation for m in kept.mentions] == ["buurvrouw"]
    assert [m.relation for m in extract("Mijn liefste zus belt elke dag.", ["context"]).mentions] == ["zus"]
    grandpa = extract("Hij vertelt op de markt dat zijn kleinzoon ingenieur wordt.", [], "Wat zegt {persoon}?",
                      about=Referent(None, "bompa"))
    assert grandpa.mentions == ()


def test_where_someone_works_is_not_a_person():
    found = extract("Mijn bewindvoerder, mevrouw Smit van Plangroep, zegt dat ik alles netjes bijhoud.", ["context"])
    assert [m.name for m in found.mentions] == ["mevrouw Smit"]
    assert [m.name for m in extract("Ik ging met Jan van Dijk naar de markt.", []).mentions] == ["Jan van Dijk"]


@pytest.mark.parametrize("text, expected", [
    ("Zijn collega, madame Van Gorp, zei da ook.", [("madame Van Gorp", "collega")]),
    ("Mijnheer De Smet van hiernaast helpt mij.", [("Mijnheer De Smet", None)]),
    ("Ze zei: madame, ge moet rusten.", []),  # said to the client: no one else
])
def test_flemish_and_french_courtesy_titles_belong_to_the_name(text, expected):
    assert [(m.name, m.relation) for m in extract(text, []).mentions] == expected


def test_more_words_for_people_and_for_what_is_not_one():
    assert {m.name or m.relation for m in extract("de fysio zegt dat ik een doorzetter ben. Zondag zei ze het weer. "
                                                  "Zo zijn Ghanese mannen.", ["context"]).mentions} == {"fysio"}
    priest = extract("Ksiądz zei: jij hoeft je niet te schamen.", ["context"])
    assert [(m.name, m.stem) for m in priest.mentions] == [(None, "pastoor")]
    ama = extract("en Kofi z'n moeder, auntie Ama, die belt elke zondag", ["context"])
    assert [(m.name, m.relation, m.own) for m in ama.mentions] == [("auntie Ama", "moeder", False)]


def test_nicknames_and_spellings_given_in_passing():
    for text, name in (("Ik werk met Grzegorz, Grzesiek zeggen wij.", "Grzegorz"),
                       ("Akosua, of Akos zoals iedereen haar noemt. Zij zegt het elke keer.", "Akosua"),
                       ("Dewi, Dewie, ik weet nooit hoe je dat schrijft.", "Dewi"),
                       # the real name with "eigenlijk": set off by commas, or "maar iedereen zegt" the first again
                       ("Jan, Piet eigenlijk, helpt me.", "Piet"),
                       ("Mijn neef Sunny rijdt. Sunil eigenlijk, maar iedereen zegt Sunny.", "Sunil"),
                       ("Jean, mijne maat, Giovanni eigenlijk, maar iedereen zegt Jean.", "Giovanni"),
                       ("En Rino, eigenlijk Rinaldo, die is zeventien.", "Rinaldo"),
                       # the short form first, then the full name (named by the full one); a nickname in dialect
                       ("Mijn kleinzoon Dani, Daniël. Hij belt elke week.", "Daniël"),
                       ("En de Kris, Kristof, mijne schoonbroer, die is ook zelfstandig.", "Kristof"),
                       ("Met me maat Rocco, Rokkie noeme we hem.", "Rocco")):
        assert {m.name for m in extract(text, ["persons"]).mentions} == {name}, text


def test_a_speakers_relative_is_the_client_only_when_she_can_be():
    own = extract("Ze vertelt in de hele straat dat haar zoon in Holland werkt en elke maand geld stuurt.", [])
    assert own.mentions == ()
    sister = extract("Mijn vrouw zegt dat haar zus zo'n man niet heeft.", ["context"])
    assert [m.relation for m in sister.mentions] == ["vrouw", "zus"]  # her sister; the client is her husband


def test_organisations_places_and_likenesses_are_nobody():
    for text, persons in (("Mijn broer Rob regelt mijn geld, een soort bewindvoerder.", {"Rob"}),
                          ("Een hulpverlener van Youké voor Bram.", {"hulpverlener", "Bram"}),
                          ("En iemand van de gemeente Westland. Hij stuurt via Magister berichtjes.", set()),
                          ("Dokter van Leeuwen zei: u bent een taaie.", {"van Leeuwen"})):
        assert {m.name or m.relation for m in extract(text, ["persons"]).mentions} == persons, text


def test_names_written_short_at_the_end_with_an_s_or_as_someones():
    kader = extract("Kader zegt dat ik de familie bij elkaar hou.", [], "Wat zegt {persoon}?",
                    about=Referent("Abdelkader", "broer"))
    assert [m.name for m in kader.mentions] == ["Abdelkader"]
    patrick = extract("Patricks moeder komt elke woensdag voorlezen.", ["context"])
    assert [(m.name, m.relation) for m in patrick.mentions] == [(None, "moeder")]
    ineke = extract("Ineke is eigenlijk mijn zus geworden.", ["context"])
    assert [(m.name, m.stem) for m in ineke.mentions] == [("Ineke", "zus")]
    quoted = extract("Mijn zoon zou zeggen: een harde werker, een vader die nooit klaagt.", ["context"])
    assert [m.relation for m in quoted.mentions] == ["zoon"]


def test_agreeing_and_comparing_in_more_ways():
    son = extract("Zij zei: ga praten, het is geen schande. Mijn oudste zoon was het met haar eens.", ["help_ok"])
    assert "zoon" in holders(son)
    mother = extract("Karim zegt dat ik de familie bij elkaar hou. Zelfs mijn moeder zegt dat.", ["does_well"])
    assert holders(mother) == {"Karim", "moeder"}
    ineke = extract("Dat ik geduldig ben met Ruud. Ineke zegt het.", [], "Wat vindt {persoon} dat je goed doet?",
                    about=Referent("Bart", "buurman"))
    assert "Ineke" in holders(ineke)
    assert holders(extract("Johan zegt dat ik het netter doe dan zijn aannemer.", ["context"])) == {"Johan"}
    assert holders(extract("Samira zegt juist dat ik gelijk heb.", ["context"])) == {"Samira"}
    assert [m.name for m in extract("Sindsdien noemt ze me haar beschermengel.", ["context"]).mentions] == []


def test_greeting_and_naming_the_client_in_a_quote():
    for text in ("ze zegt gewoon hoi pap. dat is veel", "Hij maakte een tekening: mijn held, mama grandi."):
        assert extract(text, ["context"]).mentions == (), text
    kept = extract("Mijn broer zei: zus, ik zou het nooit kunnen, elke dag mama wassen.", ["respect"])
    assert {m.relation for m in kept.mentions} == {"broer", "mama"}


def test_clubs_and_english_names_of_organisations_are_nobody():
    assert [m.name for m in extract("En Rob, mijn oude trainer bij SV Blauw-Wit.", []).mentions] == ["Rob"]
    pastor = extract("En Pastor Mensah van de Church of Pentecost.", []).mentions
    assert [m.name for m in pastor] == ["Mensah"]
    assert [m.name for m in extract("Ineke of Mirjam snapt het.", []).mentions] == ["Ineke", "Mirjam"]
    assert [m.name for m in extract("Gert-Jan zegt dat ik het goed doe.", []).mentions] == ["Gert-Jan"]


def test_abbreviated_titles_sources_and_subjects_of_quotes():
    assert [m.name for m in extract("dat zie ik bij ds. Van Ommen. Hij zei het.", []).mentions] == ["ds. Van Ommen"]
    assert [m.name for m in extract("Ineke, een oudere mevrouw. En Mehmet van de zaak.", []).mentions][-1] == "Mehmet"
    piotr = extract("Volgens Piotr zegt de huisbaas dat ik de enige betrouwbare ben.", ["context"])
    assert "Piotr" not in holders(piotr)
    pastor = extract("Pastor zei na de dienst: God heeft Abena een goede vader gegeven.", ["context"])
    assert holders(pastor) == {"pastor"}
    assert holders(extract("Anja noemt me hun bonusjuf.", ["context"])) == {"Anja"}


def test_in_a_follow_up_about_a_professional_another_word_for_her_job_is_her():
    smit = Referent("Smit", "huisarts")
    said = extract("dokter zegt hulp vragen is normaal, hij heeft het zelf ook gedaan", [], "Wat zegt {persoon}?",
                   about=smit)
    assert [m.name for m in said.mentions] == ["Smit"]
    other = extract("Dat staat in haar verslag, heeft mijn advocaat gezegd.", [], "Wat zegt {persoon}?", about=smit)
    assert [m.relation for m in other.mentions] == ["advocaat"]
    dealt = extract("Ze belt met de deurwaarder als ik het niet meer zie.", [], "Wat doet {persoon}?", about=smit)
    assert [m.relation for m in dealt.mentions] == ["deurwaarder"]


def test_whose_relative_someone_is_and_who_then_speaks():
    sevim = extract("Sevim abla, de vrouw van Erkans broer. Die zegt: canim, jij doet het beter dan ik.", ["context"])
    assert [(m.name, m.stem) for m in sevim.mentions] == [("Sevim", "zus")] and holders(sevim) == {"Sevim"}
    juf = extract("En juf Marieke van Emre zegt dat het niet aan mij ligt.", ["context"])
    assert [(m.name, m.relation) for m in juf.mentions] == [("Marieke", "juf")]
    told = extract("Tegen Erkan zei ze: je vrouw is een leeuwin.", [], "Wat zegt {persoon}?",
                   about=Referent("Sevim", "schoonzus"), about_stance="understanding")
    assert [m.name for m in told.mentions] == ["Erkan"] and holders(told) == {"ABOUT"}


def test_an_organisation_after_van_is_no_surname():
    for text, name in (("Ingrid van Schuldhulpmaatje, zij komt elke twee weken.", "Ingrid"),
                       ("Marco van Reclassering. Hij zei het.", "Marco"), ("Jan van Dijk helpt.", "Jan van Dijk")):
        assert [m.name for m in extract(text, []).mentions] == [name], text


def test_a_genitive_name_known_from_the_conversation_and_a_predicate_after_hij():
    patrick = extract("Patricks moeder komt elke woensdag voorlezen.", ["context"], known=[Referent("Patrick", "ex")])
    assert [(m.name, m.relation) for m in patrick.mentions] == [(None, "moeder")]
    marcel = extract("Vroeger was hij mijn grote broer die me overal mee naartoe nam.", [], "Hoe is het contact?",
                     about=Referent("Marcel", "broer"))
    assert marcel.mentions == ()


def test_a_known_name_in_lower_case_after_its_relation_is_one_person():
    lies = extract("En buurvrouw lies van nummer 8, die snapt het ook.", ["understanding"],
                   known=[Referent("Lies", "buurvrouw")])
    assert [(m.name, m.relation) for m in lies.mentions] == [("Lies", "buurvrouw")] and len(lies.opinions) == 1


def test_in_a_follow_up_another_word_for_her_role_is_her():
    bart = extract("Mijn maatje zegt dat het goed is dat ik hier praat.", [], "Wat zegt {persoon}?",
                   about=Referent("Bart", "buddy"))
    assert [m.name for m in bart.mentions] == ["Bart"]
    ellen = extract("De juf van Lieke belde me om te vragen hoe het met mij ging.", [], "Hoe merk je dat?",
                    about=Referent("Ellen", "juf"))
    assert [m.name for m in ellen.mentions][:1] == ["Ellen"]
    assert extract("De dokter neemt de tijd.", []).mentions[0].stem == "huisarts"


def test_implicit_appreciation_and_the_one_inside_a_report():
    assert holders(extract("Ze zegt dat zij het nooit zo netjes zou kunnen.", [], "Wat zegt {persoon}?",
                                     about=Referent("Ans", "buurvrouw"))) == {"ABOUT"}
    assert holders(extract("Vikash zei: pa, u kookt beter dan wij allemaal.", ["context"])) == {"Vikash"}
    assert "moeder" in holders(extract("Mijn moeder zit op te scheppen over mijn diploma.", ["context"]))
    judge = extract("Mijn bewindvoerder vertelde dat de rechter zei dat ik er echt alles aan doe.", ["does_well"])
    assert "bewindvoerder" not in holders(judge)
    assert holders(extract("Mijn collega vraagt mij altijd om advies.", ["context"])) == {"collega"}


def test_praise_of_the_client_by_her_family_word_in_what_her_child_says():
    lieke = extract("Lieks zegt dat papa de rustigste papa is.", [], "Wat vindt {persoon}?",
                    about=Referent("Lieke", "dochter"), about_stance="does_well")
    assert [m.name for m in lieke.mentions] == ["Lieke"]
    ill = extract("Ze zegt dat papa ziek is.", [], "Wat zegt {persoon}?", about=Referent("Lieke", "dochter"))
    assert [m.relation for m in ill.mentions] == ["papa"]  # no praise: perhaps her other parent


def test_said_to_her_or_him_your_mother_is_the_client():
    josh = extract("Haar vriend Josh zei tegen haar: je moeder is een taaie.", [], "Wat zegt {persoon} erover?",
                   about=Referent("Marloes", "dochter"))
    assert [m.name for m in josh.mentions] == ["Josh"] and "Josh" in holders(josh)
    aunt = extract("Josh zei tegen haar: je zus is lief.", [], "Wat zegt {persoon}?",
                   about=Referent("Marloes", "dochter"))
    assert [m.relation for m in aunt.mentions if m.relation] == ["zus"]


def test_an_unlisted_name_opening_a_sentence_is_found_by_what_only_a_person_does():
    for text, name in [("Met Ruben is het lastig. Kiara hoort dat en zegt: mama, negeer hem.", "Kiara"),
                       ("Marij zou zeggen dat ik het goed doe.", "Marij"),
                       ("Tjorven zelf, al zou hij dat nooit zeggen.", "Tjorven"),
                       ("Mijn kleinkinderen. Jurensley is twaalf, de kleine acht.", "Jurensley")]:  # an age
        assert name in [m.name for m in extract(text, ["persons"]).mentions], text
    for text in ["Verder snapt niemand het.", "Boven woont een oude man.", "Helemaal zelf, met mijn vinger."]:
        assert [m.name for m in extract(text, ["persons"]).mentions if m.name] == [], text


def test_a_short_form_right_after_the_name_is_the_same_person():
    found = extract("En Marjolein, Jolein, mijn vriendin sinds de mavo.", ["persons"]).mentions
    assert {m.name for m in found} == {"Marjolein"} and "vriendin" in {m.relation for m in found}
    listed = extract("Met Jan, Janneke en Piet.", ["persons"]).mentions  # a list: three people
    assert [m.name for m in listed] == ["Jan", "Janneke", "Piet"]


@pytest.mark.parametrize("text", [
    "Joyce zegt dat ze niet snapt hoe wij alles nog plannen naast ons werk.",
    "Joyce zei: ik snap niet hoe jullie het volhouden.",
    "Mijn broer zegt: daar hoef je niet mee te zitten.",
    "Mijn nonkel Dirk zegt: ge moet daar niet mee inzitten, iedereen heeft ooit hulp nodig.",
    "Mijn broer zegt dat ik er niet mee moet inzitten.",
])
def test_admiring_how_they_manage_and_telling_her_not_to_worry_are_on_her_side(text):
    assert [o.kind for o in extract(text, []).opinions] == ["positive"]


def test_the_client_not_understanding_how_they_manage_is_no_admiration():
    result = extract("Mijn zus zegt dat ik niet snap hoe wij het allemaal nog plannen.", [])
    assert [o.kind for o in result.opinions] == ["neutral"]


@pytest.mark.parametrize("text", [
    "Die zei: u bent echt niet de eerste buschauffeur die hier zit.",
    "Hij zegt: madam, ge zijt ni de enige moeder die hier huilend buitengaat.",
    "Overdag ben ik gewoon moeder.",
    "En nu ben ik weer moeder.",
])
def test_what_someone_is_after_a_negation_or_an_inverted_subject_is_no_one(text):
    assert [m.name or m.relation for m in extract(text, []).mentions] == []


def test_occupations_are_people_who_can_say_something():
    found = extract("De brandweerman die erbij was, zei dat ik goed gereageerd heb. Zijn vennoot zei dat ook.",
                    ["positive_opinion"])
    assert [m.relation for m in found.mentions] == ["brandweerman", "vennoot"]
    assert holders(found) == {"brandweerman", "vennoot"}


@pytest.mark.parametrize("text, expected", [
    # "en hij zegt" goes on with the subject the sentence opened with, not with whom it spoke of
    ("Tijs, de opvoeder. Die kent Kiano goed, en hij zegt: ge zijt ni de enige die hier huilt.", {"Tijs"}),
    ("Mijn broer belde Jan en hij zei dat ik sterk ben.", {"broer"}),
    ("Mijn zus belde Jan en hij zei dat ik sterk ben.", {"Jan"}),  # "hij" is not the sister
])
def test_a_pronoun_after_en_goes_on_with_the_subject(text, expected):
    assert holders(extract(text, ["persons", "understanding"], "Wie snapt waar je mee worstelt?")) == expected


@pytest.mark.parametrize("word", ["gymleraar", "leerplichtambtenaar", "hoofdverpleegster", "gedragsdeskundige",
                                  "directrice", "decaan", "kinesist", "penningmeester", "dirigent", "aannemer"])
def test_more_people_by_what_they_do(word):
    found = extract(f"De {word} zei dat ik het goed doe.", ["positive_opinion"])
    assert [m.relation for m in found.mentions] == [word]
    assert holders(found) == {word}


def test_a_limburg_article_before_the_name_in_an_apposition():
    found = extract("Mijn buurman op de hoek, d'n Sjra. Die zei: praten is geen schande.", ["help_ok"])
    assert [(m.name, m.relation) for m in found.mentions] == [("Sjra", "buurman")]


def test_after_a_fronted_phrase_the_pronoun_goes_on_with_the_sentence_before():
    found = extract("Hij gaf mij de sleutel, die heeft verder alleen de penningmeester. En op de vergadering zei hij "
                    "dat ik de beste tuinman ben.", [], "Wat vindt {persoon} van je?", about=Referent("Bertus", None),
                    about_stance="positive_opinion")
    assert holders(found) == {"ABOUT"}


@pytest.mark.parametrize("text, kind", [
    ("Mijn zus zegt dat ik het allemaal doe zonder te zeuren.", "positive"),
    ("Mijn zus zegt dat ik meedenk in plaats van te klagen.", "positive"),
    ("Mijn zus zegt dat ik zeur in plaats van te werken.", "tension"),  # the reproach comes first
    # a reason denied
    ("Mijn zus zegt: je bent moe niet omdat je zwak bent, maar omdat je te lang sterk bent geweest.", "positive"),
])
def test_what_she_does_instead_of_a_reproach(text, kind):
    assert {o.kind for o in extract(text, ["persons"]).opinions} == {kind}


@pytest.mark.parametrize("text, expected", [
    ("Mijn zus Ans. Ansje, zo noemde mijn moeder haar vroeger. Ans belt elke dag.", {"Ans"}),
    # a father and his little namesake, a husband and their son: two people
    ("Jan en kleine Jantje wonen bij ons.", {"Jan", "Jantje"}),
    ("Mijn man Jan. En ons zoontje Jantje, die is drie.", {"Jan", "Jantje"}),
])
def test_a_pet_form_of_a_name_is_the_same_person_unless_it_is_a_namesake(text, expected):
    assert {m.name for m in extract(text, ["persons"]).mentions if m.name} == expected


@pytest.mark.parametrize("text", [
    "Mijn schoonmoeder zei tegen mijn man: uw vrouw is goud waard.",
    "Mijn zus zei tegen mijn vrouw: jouw man is een kanjer, weet je dat?",
])
def test_the_partner_of_whom_it_is_said_to_is_the_client(text):
    result = extract(text, ["persons"])
    assert [m.relation for m in result.mentions][1:] in (["man"], ["vrouw"])  # no third person
    assert holders(result) == {result.mentions[0].relation}


def test_nothing_done_wrong_is_a_denied_reproach_of_whom_it_is_said():
    for text in ("floor zegt dat ik niks fout heb gedaan.", "Tia zei: jij hebt niets fout gedaan, fidju.",
                 "Mijn zus zegt dat we geen fout hebben gemaakt."):
        assert [o.kind for o in extract(text, ["context"]).opinions] == ["positive"], text
    # said of someone else, it is no view of the client; the blame on the client stays a reproach
    assert [o.kind for o in extract("Mijn zus zegt dat haar zoon niks fout heeft gedaan.", ["context"]).opinions] \
        != ["positive"]
    assert [o.kind for o in extract("Kees zegt dat ik alles fout doe.", ["context"]).opinions] == ["tension"]


def test_clipped_words_are_words_and_claiming_is_saying():
    def holders(text: str, elicits=("help_ok",)) -> list[tuple[str, str]]:
        r = extract(text, list(elicits))
        return [(r.mentions[o.holder].label, o.kind) for o in r.opinions if isinstance(o.holder, int) and o.holder >= 0]

    assert holders("Fatima zegt dat hulp vragen sterk is. Ad zei 'tzelfde trouwens.") == [
        ("Fatima", "positive"), ("Ad", "positive")]
    assert [m.relation for m in extract("Lenie en de vrouwen van 't koor gaan mee.", []).mentions] == [None, "vrouwen"]
    assert [m.name for m in extract("'k Heb het zelf gedaan. 't Gaat wel.", []).mentions] == []
    assert holders("Mijn schoonzus beweert dat ik lui ben.", ["context"]) == [("schoonzus", "tension")]


@pytest.mark.parametrize("text, kinds", [
    ("Karin zei dat ze het zelf nooit had volgehouden.", ["positive"]),
    ("Henk kijkt echt tegen me op.", ["positive"]),
    ("Henk komt altijd naar mij als hij iets niet snapt.", ["positive"]),
    ("De buren vertrouwen mij hun sleutel toe.", ["positive"]),
    # not looking up to her is no praise; someone else who could not do it holds nothing
    ("Henk kijkt niet tegen me op.", []),
    ("Ze zegt dat Kees dat nooit had gekund.", []),
])
def test_looking_up_to_her_trusting_her_and_not_having_managed_it_oneself(text, kinds):
    assert [o.kind for o in extract(text, ["context"]).opinions if o.kind != "neutral"] == kinds


def test_who_makes_a_school_project_about_her_holds_the_view_the_messenger_passes_on():
    r = extract("Bert zei dat Kim op school een werkstuk heeft gemaakt over mij, haar held.", ["context"])
    assert [(r.mentions[o.holder].label, o.kind) for o in r.opinions] == [("Kim", "positive")]


@pytest.mark.parametrize("text, expected", [
    ("Mijn moeder stuurt me wel berichtjes: ik ben trots op je, jongen.", [("moeder", "positive")]),
    ("Zijn vrouw Ineke belde me daarna: trek je er niks van aan, jij bent de beste.", [("Ineke", "positive")]),
    # a photo with no word of praise, and a call that passes on what someone else said
    ("Anouk van het logeerhuis stuurde een foto: ze lacht.", []),
])
def test_what_is_sent_or_phoned_after_a_colon_is_the_senders_word(text, expected):
    r = extract(text, ["context"])
    assert [(r.mentions[o.holder].label, o.kind) for o in r.opinions if o.kind != "neutral"] == expected
    passed_on = extract("Mijn zus belde: Kees zei tegen de buren: mijn schoonzus geeft nooit op.", ["context"])
    assert "zus" not in {passed_on.mentions[o.holder].label for o in passed_on.opinions if o.kind == "positive"}


def test_die_right_after_someone_named_with_a_preposition_is_that_one():
    r = extract("Met mn moeder goed. Met haar vriend niet, die zegt dat ik een parasiet ben.", ["context"])
    assert [(r.mentions[o.holder].label, o.kind) for o in r.opinions] == [("haar vriend", "tension")]
    r = extract("Cor is trots. Ze heeft het aan onze broer verteld, en die vindt het ook knap.", ["context"])
    assert ("broer", "positive") in [(r.mentions[o.holder].label, o.kind) for o in r.opinions]
    # in a quote "die" is not someone outside it
    r = extract("Mijn broer Eddy zei tegen zijn zoon: kijk naar je oom, die durft hulp te vragen.", ["context"])
    assert [(r.mentions[o.holder].label, o.kind) for o in r.opinions] == [("Eddy", "positive")]


@pytest.mark.parametrize("text, holders", [
    ("Robbe, de stagiair, een gouden gast.", []),
    ("En mohammed, me neef, de beste neef die je kan hebben.", []),
    # said of the client it is praise, with or without a relative clause of her own measure
    ("Robbe zegt dat ik een gouden mens ben.", ["Robbe"]),
    ("Robbe zegt dat ik de beste moeder ben die hij kent.", ["Robbe"]),
])
def test_praise_of_someone_with_the_clients_measure_is_her_view_of_them(text, holders):
    r = extract(text, ["persons", "support_emotional"], "Bij wie kun je je verhaal kwijt?")
    assert [r.mentions[o.holder].label for o in r.opinions if o.kind == "positive"] == holders


def test_what_is_posted_is_said():
    r = extract("Marjan heeft op Facebook gezet dat ik de dapperste man van Amsterdam ben.", ["context"])
    assert [(r.mentions[o.holder].label, o.kind) for o in r.opinions] == [("Marjan", "positive")]
    r = extract("hij heeft op facebook gezet dat hij de liefste dochter van de wereld heeft.", ["context"])
    assert [m.relation for m in r.mentions] == []  # the daughter he praises to the world is the client


@pytest.mark.parametrize("text, holders", [
    ("Emir zei: mijn oma is gevlucht met twee kinderen. Dat vertelde de juf me bij het hek.", ["Emir"]),
    ("Mama zegt tegen de buurvrouw: mijn Marcin vergeet zijn moeder nooit. Dat vertelde mijn tante Halina.",
     ["mama"]),
])
def test_who_tells_on_what_was_said_before_passes_it_on(text, holders):
    r = extract(text, ["persons", "positive_opinion"], "Wie is er trots op je?")
    assert [r.mentions[o.holder].label for o in r.opinions if o.kind == "positive"] == holders


@pytest.mark.parametrize("text", [
    "Kees zegt: er is geen betere moeder dan jij.",
    "Kees zei tegen de zuster: mien Maatje, gin betere.",
    "Kees zegt dat er geen betere buurman bestaat.",
])
def test_none_better_is_praise_not_a_negated_better(text):
    assert [o.kind for o in extract(text, ["context"]).opinions] == ["positive"]


@pytest.mark.parametrize("text, expected", [
    ("Met tante Lin in Hongkong, de zus van ma.", [("Lin", "tante")]),
    ("Van de kant van Kurt eigenlijk alleen Ingrid nog, zijn zus.", [("Kurt", None), ("Ingrid", "zus")]),
    ("Thea dus, Danny's moeder.", [("Thea", "moeder")]),
])
def test_an_apposition_after_a_place_or_an_aside_describes_the_name(text, expected):
    assert [(m.name, m.relation) for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, holders, persons", [
    ("Zien dochter het mie een kaart stuurd: zunder joe is de zaak de zaak nait meer.", ["dochter"], ["dochter"]),
    ("Marleen zee: meneer, u zit hier nait omdat u dom bent, u zit hier omdat u slim bent.", ["Marleen"],
     ["Marleen"]),
    ("Mijn vriend Joe zegt dat ik het goed doe.", ["Joe"], ["Joe"]),
])
def test_gronings_and_twents_words_are_read_as_the_standard_ones(text, holders, persons):
    r = extract(text, ["context"])
    assert [r.mentions[o.holder].label for o in r.opinions if o.kind == "positive"] == holders
    assert [m.name or m.relation for m in r.mentions] == persons


def test_finally_is_relief_at_her_only_when_said_of_her():
    r = extract("Mijn tante zou zeggen: eindelijk.", ["context"])
    assert [(r.mentions[o.holder].label, o.kind) for o in r.opinions] == [("tante", "positive")]
    r = extract("We zitten nu drie weken in de opvang en Lizzy slaapt eindelijk door.", ["strength"])
    assert [o.kind for o in r.opinions] == []


@pytest.mark.parametrize("text, holders", [
    ("Ferdi, mijn baas. Hij heeft me na drie maanden een sleutel gegeven. Dat doet hij nooit, zegt zijn vrouw.",
     ["Ferdi"]),
    ("Mijn oom zei: jij bent een goede zoon. Dat zegt hij niet tegen iedereen, zegt Filmon.", ["oom"]),
])
def test_who_tags_what_another_does_holds_nothing(text, holders):
    r = extract(text, ["persons", "positive_opinion"], "Wie is er trots op je?")
    assert sorted({r.mentions[o.holder].label for o in r.opinions if o.kind == "positive"}) == holders
