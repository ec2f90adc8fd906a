"""Whose relative someone is: the client's own, someone else's, or the client's when said to her."""

from __future__ import annotations

import pytest

from quez.extraction import Referent, extract
from tests.extraction.holders import holders


def _who(text: str, **kw) -> list[tuple[str | None, str | None, bool]]:
    return [(m.name, m.stem, m.own) for m in extract(text, [], **kw).mentions]


@pytest.mark.parametrize("text, expected", [
    ("Lisa, de dochter van de buren, past soms op.", [("Lisa", "dochter", False)]),
    ("De zoon van Ton, Bas. Ik heb hem geholpen.", [("Bas", "zoon", False)]),
    ("Ilse, de zus van mijn man, helpt.", [("Ilse", "zus", False)]),
    ("Haar man, Kees, helpt ook.", [("Kees", "man", False)]),
    ("Els, mijn tante van moederskant, helpt.", [("Els", "tante", True)]),
    ("Anouk, de coach van de zwemclub, helpt.", [("Anouk", "coach", True)]),
    ("Mijn zoon Bas helpt.", [("Bas", "zoon", True)]),
    ("Ons Lieve en haren vent helpen.", [("Lieve", None, True), (None, "vent", False)]),  # Flemish "haren"
])
def test_a_name_with_a_relative_of_someone_else_is_not_the_clients_relative(text, expected):
    assert _who(text) == expected


def test_someone_elses_relative_is_labelled_with_whose_it_is():
    labels = [m.label for m in extract("De dochter van de buren past op.", []).mentions]
    assert labels == ["dochter van buren"]


@pytest.mark.parametrize("text, expected", [
    ("Mijn tante zegt: je opa praat over niks anders.", [(None, "tante", True), (None, "opa", True)]),
    ("Jef zegt: chapeau, da ge da volhoudt met uw vrouw.", [("Jef", None, True), (None, "vrouw", True)]),
    ("Ik zei tegen Murat: je moeder is er ook nog.", [("Murat", None, True)]),
    ("Ik zei: je moeder is er ook nog.", [(None, "moeder", False)]),
])
def test_your_relative_in_words_said_to_the_client_is_hers(text, expected):
    assert _who(text) == expected


def test_your_wife_said_to_the_follow_ups_husband_by_his_brother_is_the_client():
    text = "Zijn broer Bassel zegt: jouw vrouw is sterker dan jij, en Omar lacht dan."
    found = _who(text, question_text="Wat zegt {persoon}?", about=Referent("Omar", "man"))
    assert [name for name, _stem, _own in found] == ["Bassel", "Omar"]


def test_her_son_known_from_the_conversation_calls_the_client_his_father():
    text = "Sharon vertelde dat Kevin tegen zijn vrienden zegt: zonder mijn vader was er niks geweest."
    assert "vader" in [m.relation for m in extract(text, []).mentions]
    known = [Referent("Kevin", "zoon")]
    found = extract(text, [], known=known).mentions
    assert [m.name or m.relation for m in found] == ["Sharon", "Kevin", "vrienden"]


@pytest.mark.parametrize("text, expected", [
    ("Joris zette op Facebook: mijn moeder is de sterkste vrouw die ik ken.", ["Joris"]),
    ("Ze schreef: mijn pa is de taaiste man van de Peel.", []),
    ("Mijn zus zei: mijn moeder is ziek.", ["zus", "moeder"]),
])
def test_my_mother_praised_in_what_her_child_writes_is_the_client(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


def test_in_a_follow_up_about_someone_of_unknown_relation_her_praised_elder_word_is_the_client():
    asked = dict(question_text="Wat zegt {persoon}?", about=Referent("Veerle", None))
    said = extract("Ons Veerle zei tegen hem: papa doet da beter dan gij het ooit zou kunnen.", [], **asked)
    assert [m.name or m.relation for m in said.mentions] == ["Veerle"]
    ill = extract("Ze zegt dat oma ziek is.", [], **asked)
    assert [m.relation for m in ill.mentions] == ["oma"]  # no praise: perhaps the client's mother
    assert [m.relation for m in extract("Jij bent mijn held, pap. Echt zo.", []).mentions] == []


@pytest.mark.parametrize("text, expected", [
    ("Sem vertelde dat zijn meester zei dat opa heel goed voor hem zorgt.", ["Sem", "meester"]),
    ("Ze tekende een kaart: mama is de allerliefste.", []),
    ("Ze zegt dat oma ziek is.", ["oma"]),  # no praise: perhaps the client's mother
    ("Mijn broer zei dat opa op zijn verjaardag zei dat ik de slimste ben.", ["broer", "opa"]),
    ("Petra vertelde dat ma zat op te scheppen over mijn diploma.", ["Petra", "ma"]),
    ("Sander zegt dat mama trots is.", ["Sander", "mama"]),
])
def test_an_elder_word_praised_for_what_she_is_in_someones_words_is_the_client(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("En de logeeropvang, daar is Femke zijn vaste begeleider.", [("Femke", "Femke")]),
    ("Joyce d'r man zegt dat ik sterk ben.", [(None, "man van Joyce")]),
    ("En hier is Sem z'n moeder.", [(None, "moeder van Sem")]),
])
def test_a_name_before_his_or_her_relative(text, expected):
    assert [(m.name, m.label) for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("De gebuur, Lutgarde. Lut is een engel.", ["Lutgarde", "Lutgarde"]),
    ("Met Patrick en Johan. Pat zegt het ook.", ["Patrick", "Johan", "Patrick"]),
    ("Onze Lien, mijn zus. Lientje wil het.", ["Lien", "Lien"]),
    ("Janneke belt. Jan ook.", ["Janneke", "Jan"]),
])
def test_a_short_form_of_a_name_the_answer_writes_in_full_is_that_person(text, expected):
    assert [m.name for m in extract(text, ["persons"]).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Tineke, mijn voorleesvrouw, leest mijn post.", [("Tineke", "voorleesvrouw")]),
    ("Foke, de voorzitster, zei dat ik het goed uitleg.", [("Foke", "voorzitster")]),
    ("Mijn schuldhulpvrijwilliger Henk helpt.", [("Henk", "schuldhulpvrijwilliger")]),
])
def test_roles_written_as_one_word_are_relations(text, expected):
    assert [(m.name, m.relation) for m in extract(text, []).mentions][:1] == expected


@pytest.mark.parametrize("text", [
    "Nadia spreekt geen Hongaars, maar ze verstaat ons.",
    "Met Tết neemt Vy bloemen mee.",
    "Hij stuurt elke Aïd geld.",
    "Ik klaag niet, Dios ta bon.",
    "Dat is Venloos, geloof ik.",
])
def test_languages_feasts_and_gods_are_no_persons(text):
    names = {m.name for m in extract(text, []).mentions}
    assert not names & {"Hongaars", "Tết", "Aïd", "Dios", "Venloos"}


@pytest.mark.parametrize("about, text, expected", [
    ("Jakub", "Kuba zegt dat ik een held ben.", {"ABOUT"}),
    ("Gerard", "Sjra zegt dat ik het goed doe.", {"ABOUT"}),
    ("Ann", "Anneke zegt dat ik de sterkste ben.", {"ABOUT"}),
    ("Jan-Willem", "jw zegt dat ik het goed doe.", {"ABOUT"}),
    ("Jan", "Hans zegt dat ik het goed doe.", {"Hans"}),  # two pet forms of Johannes: two people
    ("Jacqueline", "Jackie zegt dat ik het goed doe.", {"ABOUT"}),  # first letters and a pet ending
    ("Kiara", "kiki zegt dat ik de liefste mama ben.", {"ABOUT"}),
    ("Fikreta", "Fika zegt dat ik het goed doe.", {"ABOUT"}),
    ("Sandra", "Sanne zegt dat ik het goed doe.", {"Sanne"}),  # another name, not a nickname
    ("Martin", "Marco zegt dat ik het goed doe.", {"Marco"}),
    ("Sandra", "Sammy zegt dat ik het goed doe.", {"Sammy"}),
])
def test_pet_forms_and_initials_of_the_person_asked_about_are_them(about, text, expected):
    result = extract(text, [], "Wat vindt {persoon}?", about=Referent(about, None), about_stance="positive")
    assert holders(result) == expected


@pytest.mark.parametrize("text, names", [
    ("Zuster Anja van Carinova helpt.", ["Anja"]),
    ("Katrien van Stuvo zegt dat ook.", ["Katrien"]),
    ("En mijn voogd, Sanne van Nidos.", ["Sanne"]),
    ("Wendy van Johnny helpt.", ["Wendy", "Johnny"]),
    ("Joke van de Thuiszorg helpt.", ["Joke"]),
    ("Dokter Van Leeuwen helpt.", ["Van Leeuwen"]),
])
def test_a_first_name_of_an_organisation_is_the_first_name(text, names):
    assert [m.name for m in extract(text, []).mentions if m.name] == names


def test_a_common_surname_or_place_after_van_stays_a_surname():
    assert [m.name for m in extract("Petra van Dongen zegt het ook.", []).mentions] == ["Petra van Dongen"]


def test_a_genitive_owner_is_written_without_its_s():
    labels = [m.label for m in extract("Met Thea en met Danny's moeder. En Erkans broer.", []).mentions]
    assert labels == ["Thea", "moeder van Danny", "broer van Erkan"]
    # set off by a comma after an aside, the genitive says who Thea is (one person)
    assert [m.label for m in extract("Thea dus, Danny's moeder.", []).mentions] == ["Thea"]


@pytest.mark.parametrize("text, expected", [
    ("Hij stuurt via Magister berichtjes. Laatst nog: complimenten aan vader, hij houdt haar goed bij.", []),
    ("Mijn casemanager Wendy schreef in het verslag dat moeder goed meewerkt.", ["Wendy"]),
    ("Wilma zegt tegen de kleinen dat oma de sterkste van het eiland is.", ["Wilma"]),
    ("Mijn zus zegt: moeder is ziek.", ["zus", "moeder"]),
])
def test_moeder_or_vader_without_an_article_in_what_a_professional_writes_is_the_client(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


def test_hein_is_a_name_and_a_flemish_tag_in_lower_case():
    assert [m.name for m in extract("Hein helpt mij altijd.", []).mentions] == ["Hein"]
    assert [m.name for m in extract("Zeg da ni tegen ons ma, hein.", []).mentions] == [None]


@pytest.mark.parametrize("text, expected", [
    ("Met de kinderen. Rayan is dertien, Imane tien en Anas is net vijf.", [("Rayan", "kind", True),
                                                                          ("Imane", "kind", True),
                                                                          ("Anas", "kind", True)]),
    ("Michiel, mijn man, en de kinderen: Jasper van zestien en Floor van dertien.",
     [("Michiel", "man", True), ("Jasper", "kind", True), ("Floor", "kind", True)]),
    ("Met Bert en de kleinkinderen. Kayleigh is tien, Dylan zeven.",
     [("Bert", None, True), ("Kayleigh", "kleinkind", True), ("Dylan", "kleinkind", True)]),
    # someone else's children: the names are the group, and they are no children of hers
    ("De kinderen van mijn dochter Ruthmila. Jurensley is twaalf, Shanaya acht.",
     [("Jurensley", None, True), ("Shanaya", None, True)]),
    # names that do something are not counted off: the children stay a group of their own
    ("Met de kinderen. Sandra zegt dat Kees gek is.", [(None, "kinderen", True), ("Sandra", None, True),
                                                       ("Kees", None, True)]),
    ("Met de kinderen.", [(None, "kinderen", True)]),
    # the group's sentence goes on before the names count them off
    ("Mijn vrouw en de kinderen zijn nog in Kabul. Zara is acht, Omar vijf.",
     [(None, "vrouw", True), ("Zara", "kind", True), ("Omar", "kind", True)]),
    ("Met de kinderen. Mijn zus Karin en Kees helpen.", [(None, "kinderen", True), ("Karin", "zus", True),
                                                          ("Kees", None, True)]),
])
def test_names_counting_off_the_children_are_the_children(text, expected):
    assert [(name, stem, own) for name, stem, own in _who(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a name, where they are from, and what they are to her: one person
    ("Katrien van de CM, de maatschappelijk werkster. Ze zei het.", [("Katrien", "maatschappelijk werkster")]),
    ("Tom van het OCMW, mijn maatschappelijk werker.", [("Tom", "maatschappelijk werker")]),
    ("En Esther, de begeleider daar. Zij zeggen het.", [("Esther", "begeleider")]),
    ("En Mo van Amaryllis, de jongerenwerker die mij hielp.", [("Mo", "jongerenwerker")]),
    # someone else's wife who is her own sister: her own relation is the one to keep
    ("Zijn vrouw, mijn zus, zegt dat hij het niet zo bedoelt.", [(None, "zus")]),
    # a list goes on: two people
    ("Jan van de bakker, mijn zus en ik.", [("Jan", None), (None, "zus")]),
    ("Jan van de bakker zei het, mijn zus ook.", [("Jan", None), (None, "zus")]),
])
def test_a_name_from_somewhere_and_the_relation_after_the_comma_are_one_person(text, expected):
    assert [(m.name, m.relation) for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Peter van de GA-groep. Hij zegt: jij bent geen slecht mens.", [("Peter", None)]),  # opening a sentence
    ("Els vertelde het. Peter zegt zelf nooit veel.", [("Els", None), ("Peter", None)]),
    ("Mijne peter zegt da ik het goed doe.", [(None, "peter")]),  # her godfather
])
def test_peter_is_a_name_and_her_peter_her_godfather(text, expected):
    assert [(m.name, m.relation) for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    # her own visit: her doctor, a person in her network
    ("Ik kook voor hem. En ik ga mee naar de dokter.", [(None, "dokter")]),
    ("Sandra heeft me zowat naar de huisarts gesleept.", [("Sandra", None), (None, "huisarts")]),
    # in someone else's words: anyone's visit
    ("Fem zei: hij is de enige vent die zelf naar de dokter stapt.", [("Fem", None)]),
])
def test_the_doctor_she_goes_to_is_hers_and_in_someone_elses_words_anyones(text, expected):
    assert [(m.name, m.relation) for m in extract(text, []).mentions] == expected
