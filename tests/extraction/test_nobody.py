"""Words that look like a person and are none: a kind of person, the client spoken of, a place."""

from __future__ import annotations

import pytest

from quez.extraction import Referent, extract


@pytest.mark.parametrize("text, expected", [
    ("Ze heeft nog nooit zo'n nette mantelzorger gezien.", []),
    ("Ze zei tegen haar collega's: deze moeder is een leeuwin.", ["collega's"]),
    ("Hij noemt mij altijd baas, veertig jaar lang.", []),
    ("Hij zegt dat er in heel Zaandam niemand meer is die dat kan.", []),
    ("Ad zegt: gij bent een koppige Brabander.", ["Ad"]),
    ("Ik heb deze buurvrouw nooit gemogen.", ["buurvrouw"]),
    ("Een lieve Anneke zegt dat ook.", ["Anneke"]),
    ("Bij ons Roma is dat gewoon, iedereen helpt iedereen.", []),
    ("Zij is zo Hollands als het maar kan.", []),
    ("Ze heeft het op haar Insta gezet.", []),
    ("Mijn dochter zit op basisschool De Regenboog.", ["dochter"]),
    ("Op het werk Ahmed en de jongens van de nachtploeg.", ["Ahmed", "jongens"]),
    ("En de huismeester van Woonstad kijkt me aan.", ["huismeester"]),
])
def test_no_one_is_listed_for_a_kind_of_person_the_client_or_a_place(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Hanneke zegt dat ze nog nooit een vader zo vaak met een bakfiets heeft zien sjouwen.", ["Hanneke"]),
    ("Meneer Dekker zei dat hij nog nooit een leerling heeft gehad die zo doorzet.", ["Meneer Dekker"]),
    ("Mijn schoonmoeder zegt dat een vrouw die werkt haar kinderen verwaarloost.", ["schoonmoeder"]),
    ("Hij zei: ik weet wat een baas met je kan doen.", []),
    ("De dokter zei: zo'n moeder zie je niet vaak.", ["dokter"]),
    # the client's own words keep someone she knows
    ("Ik zei tegen de juf dat een buurvrouw van mij soms oppast.", ["juf", "buurvrouw"]),
    ("Ik denk dat een vriendin van mij het snapt.", ["vriendin"]),
])
def test_anyone_at_all_in_what_someone_else_says_is_no_one_she_knows(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Mijn zus zei: een Marokkaanse vader laat zijn dochter niet alleen.", ["zus"]),
    ("Hij zegt dat iemand die voor zijn moeder zorgt geen hulp hoeft te vragen.", []),
    ("Ze zei: jij bent de enige vader op school die elke dag met zijn zoon komt.", []),
    ("Volgens Ria zorgt geen moeder zo goed voor haar kinderen.", ["Ria"]),
    # someone she knows owns them: the client, a name, someone the client tells of, what the client is to them
    ("Mijn buurvrouw zei tegen een vriendin dat haar zoon bij mij speelt.", ["buurvrouw", "vriendin", "zoon"]),
    ("Ze zegt dat ik een goede oma ben voor haar kinderen.", ["kinderen"]),
    ("Ik heb een vriendin die haar moeder ook verzorgt.", ["vriendin", "moeder"]),
    ("Karin zei dat Anna elke dag voor haar zoon zorgt.", ["Karin", "Anna", "zoon"]),
])
def test_the_kin_of_anyone_at_all_is_no_one_she_knows(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Fem zei tegen haar vriend: mijn vader is de enige vent die ik ken die zelf naar de dokter stapt.",
     ["Fem", "vriend"]),
    ("Stijn zegt tegen iedereen: mijn moeder is de baas van de koeien.", ["Stijn"]),
    ("Abrehet zegt tegen iedereen: deze jongen is mijn zoon hier in Nederland.", ["Abrehet"]),
    ("Mijn moeder zei: jij blijft altijd mijn dokter.", ["moeder"]),
    ("Ze zou zeggen: Shirin, jij bent nog steeds de baas van ons allemaal.", []),  # what she is
    ("Hij zei: je bent nog steeds de broer die mijn verhuizing regelde.", []),
    # someone else the quote speaks of, or set beside the client: someone of theirs who came up
    ("Hans stuurde een appje: jouw Nederlands is beter dan dat van mijn kleinzoon.", ["Hans", "kleinzoon"]),
    ("Orhan zei: ik heb ook hulp gehad toen mijn vrouw wegging.", ["Orhan", "vrouw"]),
    ("Oma Marian zegt: jij doet al genoeg voor mijn dochter.", ["Marian", "dochter"]),
    # said by her brother or sister, or by herself: someone of hers
    ("Mijn zus zei: mijn moeder zou trots op je zijn.", ["zus", "moeder"]),
    ("Ik zei tegen Ans: mijn moeder komt morgen.", ["Ans", "moeder"]),
    # the client hears it, someone else says it: theirs
    ("Ik hoorde van Daniël dat ze tegen haar zus zei: mijn schoonmoeder is taaier dan wij allemaal.",
     ["Daniël", "zus"]),
])
def test_the_speakers_own_in_what_someone_else_says_is_no_one_she_knows(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


def test_the_speakers_own_in_a_follow_up_about_her_sister_is_hers():
    about = Referent(name="Ria", relation="zus")
    found = extract("Ze zei: mijn moeder zou trots op je zijn.", [], about=about).mentions
    assert [m.relation for m in found] == ["moeder"]


def test_a_relation_and_the_name_it_is_are_one_person_with_a_word_between():
    found = extract("Op stage bij kinderopvang Dikkertje Dap, mijn begeleider daar is Ingrid.", []).mentions
    assert [(m.name, m.relation) for m in found] == [("Ingrid", "begeleider")]


@pytest.mark.parametrize("text, expected", [
    ("Met beppe, mijn oma van vaderskant. Bij heit en mem in Drachten ging het niet meer.",
     [("beppe", "oma"), ("heit", "vader"), ("mem", "moeder")]),
    ("Mausi Soemintra zegt het ook.", [("mausi", "tante")]),
    ("Mijn omke Jelle zei het.", [("omke", "oom")]),
    ("Hooyo belde, en abti Mahad ook. Eedo niet.", [("hooyo", "moeder"), ("abti", "oom"), ("eedo", "tante")]),
    ("Mijn madar en mijn pedar in Herat.", [("madar", "moeder"), ("pedar", "vader")]),
    ("Mijn babcia en ciocia Ola.", [("babcia", "oma"), ("ciocia", "tante")]),
    ("Mijn gelin en mijn torun.", [("gelin", "schoondochter"), ("torun", "kleinkind")]),
    ("Mien wief en ons zeun.", [("wief", "vrouw"), ("zeun", "zoon")]),
    ("Mijn walaal komt morgen.", [("walaal", "walaal")]),
    ("Met amma en appa, en akka in Londen.", [("amma", "moeder"), ("appa", "vader"), ("akka", "zus")]),
    ("Mummy in Lagos en aunty Ngozi.", [("mummy", "moeder"), ("aunty", "tante")]),
    ("Moo herkent mij nog. En ate Lorna.", [("moo", "moeder"), ("ate", "zus")]),
    ("Me twee koters en opoe.", [("koters", "kinderen"), ("opoe", "oma")]),
    ("Maman belt, en dadash ook. Khaleh Mina niet.", [("maman", "moeder"), ("dadash", "broer"), ("khaleh", "tante")]),
])
def test_kinship_words_from_home_languages_and_dialects_are_relations(text, expected):
    assert [(m.relation, m.stem) for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Ze is gewoon een schat, de liefste vrouw die ik ken.", []),
    ("Haar collega, een man met een baard, knikte.", ["collega"]),
    ("En bij Aziz, een man uit mijn dorp die ook hier woont.", ["Aziz"]),
    ("Buurvrouw Ineke, de meneer met de hond op nummer 12, en de kinderen.", ["Ineke", "meneer", "kinderen"]),
    ("Een vrouw in de tram hielp me.", ["vrouw"]),
    ("Ze zegt: jij bent geen slechte moeder geweest.", []),
    ("Mijn schoonvader schreef: jij bent een kanjer van een moeder.", ["schoonvader"]),
    ("De zoon van een vriendin helpt.", ["zoon"]),
])
def test_a_man_or_woman_describing_someone_named_and_what_the_client_is_are_no_one_new(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Niemand. Alleen de kanarie, Pietje.", []),
    ("Joris. En de hond, Bikkel.", ["Joris"]),
    ("Met Marga. En Boeboe, de kat.", ["Marga"]),
    ("Bobby, de hond, telt niet. Maar Kees wel.", ["Kees"]),
    ("Die mevrouw met de hond, Bep, groet altijd.", ["Bep"]),
    ("Mijn zus zegt: zelfs Jezus ging de berg op om alleen te zijn.", ["zus"]),
    ("Mijn zus zou zeggen: zelfs Noach had Aäron niet nodig. Aaron van hiernaast ook.", ["zus", "Aaron"]),
    ("Ik werk bij de Albert Heijn. Albert van hiernaast helpt.", ["Albert"]),
    ("Ze legt het uit in het Frans. Frans van hiernaast helpt.", ["Frans"]),
    ("Ze heeft mijn diploma ingelijst, naast het beeld van Ganesha.", []),
])
def test_pets_and_god_are_no_persons(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Mijn vriend Wendel. Hij is ook Ivoriaan, hij snapt het.", ["Wendel"]),
    ("Mijn buurvrouw Nadja, zij is Bosniër, net als ik.", ["Nadja"]),
    ("Mijn collega Ramon, die is zelf Arubaan.", ["Ramon"]),
    ("Mijn buurman, hij is ook Libanees.", ["buurman"]),
    ("Dat is Els, mijn buurvrouw.", ["Els"]),  # who someone is, by her name
    ("Bij ons Tamilen is dat gewoon. Mijn nicht Devi helpt.", ["Devi"]),  # a people, the client's own
    # what someone is to another: "zoals een oma", "een broer voor mij" (not "een psycholoog voor Dani")
    ("Mijn buurvrouw Lies, zoals een oma voor de kleine.", ["Lies"]),
    ("Karim, echt een broer voor mij. En een psycholoog voor Dani.", ["Karim", "psycholoog", "Dani"]),
    ("Mijn man zegt: wij Molukkers vragen niks. Bij ons Sofie is dat anders.", ["man", "Sofie"]),
])
def test_what_someone_is_after_is_is_no_one_else(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Dat vraagt ze niet aan elke stagiaire.", []),
    ("Hij zei dat ik een voorbeeld ben voor de jonge moeders.", []),
    ("Volgens hem ben ik een voorbeeld voor de neefjes.", ["neefjes"]),
    ("Met mijn vijf kinderen. Yonas, Mehret en Selam.", ["Yonas", "Mehret", "Selam"]),
    ("Mijn kinderen. Ze zijn lief.", ["kinderen"]),
    ("Met mijn vrouw Anouk en onze drie kinderen: Tim, Sem en Julia.", ["Anouk", "Tim", "Sem", "Julia"]),
    ("Mijn kinderen", ["kinderen"]),
])
def test_a_kind_of_people_is_no_one_and_her_children_named_one_by_one_are_who_they_are(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Sjaak de loonwerker doet het melken.", [("Sjaak", "loonwerker")]),
    ("gerard mn baas bij de garage. zei dat ik de beste ben", [("Gerard", "baas")]),
    ("Ik gaf Sjaak de sleutel.", [("Sjaak", None)]),
    ("Femke van Zorgstroom, de wijkzuster.", [("Femke", "wijkzuster")]),
    ("Petra van Dijk zegt het ook.", [("Petra van Dijk", None)]),
    ("Berend, mien olle kollega, en Adrie. Die belde de wijkzuster voor mien.",
     [("Berend", "kollega"), ("Adrie", None), (None, "wijkzuster")]),
    ("Jorien, de behandelaar. Die zei het al.", [("Jorien", "behandelaar")]),
    ("En Hessel van de Jellinek, mijn behandelaar.", [("Hessel", "behandelaar")]),
])
def test_a_name_with_its_relation_or_workplace_is_one_person(text, expected):
    assert [(m.name, m.relation) for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Janneke komt elke zaterdag uit Goes.", ["Janneke"]),
    ("Een weekend Texel met mijn zus.", ["zus"]),
    ("Met mijn neven in Al Hoceima en Nador.", ["neven"]),
    ("Ze belt met Mogadishu en Hargeisa.", []),
    ("Diaken Bos komt eens per maand.", ["Bos"]),
    ("Mehmet en Rico vooral.", ["Mehmet", "Rico"]),
])
def test_a_place_is_no_person(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


def test_the_place_list_is_shipped_and_holds_no_first_name():
    from quez.extraction import lexicon as lx

    words = lx._place_words()
    assert len(words) > 2000 and {"goes", "texel", "nador", "hoceima", "appingedam"} <= words
    assert not any(lx.is_first_name(w) for w in words)


@pytest.mark.parametrize("text, expected", [
    ("Hij zegt Bulgaren zijn lui. Ze praat over die Bulgaar die haar fiets maakte.", []),
    ("Ze is geen Urker, en wij Indo's zeggen dat niet.", []),
    ("Bij mijne broer ni, die heeft zelf schulden.", ["broer"]),
    ("Met Lisanne en haar twee: Noor van dertien en Tijn van negen.", ["Lisanne", "Noor", "Tijn"]),
    ("Ça va, ça va... nee, eerlijk?", []),
    ("Ans zegt altijd: vraag het nou gewoon, daar zijn buren voor.", ["Ans"]),
])
def test_a_people_a_number_or_a_dialect_word_is_no_person(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Met mijn jongens en mijn moeder.", ["jongens", "moeder"]),
    ("De Antilliaanse jongens beneden maken herrie.", ["jongens"]),
    ("De oude mannen bij het bankje groeten altijd.", ["mannen"]),
    ("De nieuwe meisjes leer ik kuisen.", ["meisjes"]),
    ("De jonges van de duiveclub vragen mij.", ["jonges"]),
    ("In de moskee brengen de broeders van vrijdag eten.", ["broeders"]),
    ("Mijn broeders van de kerk, zo zeggen wij dat.", ["broeders"]),
    ("Er zijn weinig vrouwen die dat doen.", []),
    ("Zo zijn Ghanese mannen, haha.", []),
    ("Ik ben een voorbeeld voor de jonge moeders.", []),
    ("Ik drink niet zoals de andere jongens.", []),
    # some of the group named: the group and those two
    ("Met de mannen van de duiveclub, Hub en Wiel vooral.", ["mannen", "Hub", "Wiel"]),
])
def test_a_group_placed_by_a_word_or_owned_is_one_group_and_a_kind_of_people_is_none(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


def test_a_bad_day_is_no_reproach():
    result = extract("Ze stuurt op slechte dagen een foto met: jij bent mijn held.", ["positive_opinion"],
                     "Wie is er trots op je?", about=Referent("Marion", "vriendin"), about_stance="positive")
    assert [o.kind for o in result.opinions] == ["positive"]
    assert [o.kind for o in extract("Mijn zus zegt dat ik slecht voor de kinderen zorg.", ["persons"]).opinions] \
        == ["tension"]


@pytest.mark.parametrize("text, kinds", [
    ("Mijn moeder probeert het, maar die snapt niet waarom ik niet gewoon stop.", ["tension"]),
    ("Onze Luc snapt er nikske van.", ["tension"]),  # as "niks"
    ("Mijn zus zei: vragen is gene zwakte.", ["positive"]),
    ("Mijn zus zegt: je hoeft geen supermoeder te zijn.", ["positive"]),
    ("Mijn zus zegt dat ik geen goede moeder ben.", ["tension"]),
])
def test_negation_in_flemish_and_in_a_clause_of_its_own(text, kinds):
    result = extract(text, ["persons", "understanding"], "Wie snapt waar je mee worstelt?")
    assert [o.kind for o in result.opinions if o.kind != "neutral"] == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Mijn zus zegt: gij moet ni sterk doen voor mij.", ["positive"]),
    ("Mijn zus zegt dat ik echt niet de enige ben.", ["positive"]),
    ("Mijn zus zegt: ge zijt ni de eerste.", ["positive"]),
    ("Mijn zus zegt dat ik de enige ben die het snapt.", ["positive"]),
    ("Mijn zus zegt da ik lui ben.", ["tension"]),
])
def test_others_have_it_too_and_need_not_be_strong(text, kinds):
    result = extract(text, ["persons"])
    assert [o.kind for o in result.opinions if o.kind != "neutral"] == kinds


@pytest.mark.parametrize("text, expected", [
    ("En aan de overkant een jong stel, die ken ik niet.", ["stel"]),
    ("Kees en het jonge stel aan de overkant groeten altijd.", ["Kees", "stel"]),
    # a number of something, or of the bunch: no couple
    ("Ik heb een stel papieren gekregen.", []),
    ("Een stel jongens hing rond.", []),
    ("Zijn vrouw noemt me de trouwste van het stel.", ["vrouw"]),
])
def test_a_couple_is_one_group_and_a_number_of_things_is_nobody(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    # the parent someone talks about to others is the client who tells it
    ("Vera. Haar vriend vertelde dat ze op haar werk rondbazuint over haar moeder, die alles alleen doet.",
     ["Vera", "vriend"]),
    ("Lotte heeft een werkstuk geschreven over haar moeder.", ["Lotte"]),
    ("Jesse, denk ik. Zijn mentor zei dat hij in elk gesprek over zijn vader begint.", ["Jesse", "mentor"]),
    # a parent who says something herself, is compared with, or is spoken to, is someone
    ("Yvonne vertelde dat d'r moeder op de verjaardag zei dat ik een goeie vader ben.", ["Yvonne", "moeder"]),
    ("Gerda zei dat mijn soep beter was dan die van haar moeder.", ["Gerda", "moeder"]),
    ("Ze zei tegen haar moeder: kijk hoe goed ze het doet.", ["moeder"]),
])
def test_their_parent_in_what_they_tell_others_is_the_client(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Toen Kiran in het Juliana lag, nam hij mijn diensten over.", ["Kiran"]),
    ("Als ik er niet over wil praten, gaan we naar 't Antwerp kijken met Dimi.", ["Dimi"]),
    ("De mannen van De Toekomst en de pastoor.", ["mannen", "pastoor"]),
    ("Twee uur in de kantine van De Hoogstraat met Gerard.", ["Gerard"]),
    # "het" as the thing told or asked, and a surname after "de zoon van", stay
    ("Misschien durf ik het Mandy te vragen.", ["Mandy"]),
    ("Mevrouw De Vries van hiernaast zegt dat ik het goed doe.", ["Mevrouw De Vries"]),
])
def test_a_hospital_a_club_or_a_place_named_after_an_article_is_no_one(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Trudy van de leesclub. Haar man had ook Parkinson, twaalf jaar lang.", ["Trudy", "man"]),
    ("Ons Bart is achtentwintig. Hij heeft Down.", ["Bart"]),
    ("Doar zit ene Thea, heur man hef Alzheimer.", ["Thea", "man"]),
    # hospitals, clubs, shops and care organisations known by a name
    ("Hij bracht mie noar Martini veur de controle, Roelf.", ["Roelf"]),
    ("Wouter hing mijn rapport op met een magneet van Ajax.", ["Wouter"]),
    ("In den Colruyt maak ik de planning, zegt mijn chef Dominique.", ["Dominique"]),
])
def test_an_illness_a_hospital_or_a_club_known_by_a_name_is_no_one(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Met Mike. Die zegt tegen de kinderen dat mama nooit thuis is.", ["Mike", "kinderen"]),
    ("Met Natasja, mijn ex. Ze vertelt de kinderen dat papa geen alimentatie betaalt.", ["Natasja", "kinderen"]),
    ("Ze zegt tegen heur kinderen: kiek, oma is de sterkste vrouw van Urk.", ["kinderen"]),
    # said to someone else, or with "mijn", the parent is someone she knows
    ("Mike zegt tegen zijn broer dat mama nooit thuis is.", ["Mike", "broer", "mama"]),
    ("Mike zegt tegen de kinderen dat mijn moeder nooit komt.", ["Mike", "kinderen", "moeder"]),
])
def test_a_parent_named_bare_in_what_is_told_to_the_children_is_the_client(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Met Kidane. Hij is als mijn broer.", ["Kidane"]),
    ("Met haar broer Grzegorz, die zag ik als mijn eigen broer.", ["Grzegorz"]),
    ("Priya, zij is meer een zus voor mij.", ["Priya"]),
    # the client like her own mother, and "als" as "when", keep the person
    ("Ik ben net als mijn moeder.", ["moeder"]),
    ("Als mijn zus belt, ga ik even zitten.", ["zus"]),
])
def test_what_someone_is_like_is_no_second_person(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Sjaak zegt: als Tomasz er is, gaan de tomaten sneller.", ["Sjaak"]),
    ("De verpleegsters zeggen: als Ivone er is, is het schoon.", ["verpleegsters"]),
    ("Joyce zegt tegen de nieuwe mensen: vraag het maar aan Demi, die weet alles.", ["Joyce"]),
    # the one asked or waited for in the client's own words is someone she knows
    ("Ik zei tegen Joyce: vraag het maar aan Demi.", ["Joyce", "Demi"]),
])
def test_the_one_to_go_to_in_someones_words_is_the_client(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("harry denkt dat ik lui ben. kim zegt dan pap hou op hij staat elke ochtend om 6 uur op.", ["Harry", "Kim"]),
    ("mn dochter naomi. die zegt mam het was corona, niet jij.", ["Naomi"]),
    ("Stan zei mam hou op, de gynaecoloog zegt dat het niemands schuld is.", ["Stan", "gynaecoloog"]),
    # after a verb of saying the parent is who speaks
    ("Elke dag zegt mama dat ik sterk ben.", ["mama"]),
])
def test_a_parent_called_right_after_a_verb_of_saying_is_the_client(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected
