"""Who holds an opinion when the sentence is not "X vindt dat ...": fronted clauses, clefts, coordination,
right dislocation, "X ook", and praise given "van" someone."""

from __future__ import annotations

import pytest

from quez.extraction import Referent, extract
from tests.extraction.holders import holders


def _holders(text: str, kind: str = "positive") -> set[str]:
    result = extract(text, ["persons"])
    return {result.mentions[o.holder].name or result.mentions[o.holder].relation
            for o in result.opinions if o.kind == kind}


@pytest.mark.parametrize("text, holders", [
    ("Sinds we in Hoogvliet wonen vindt Karin dat ik het goed doe.", {"Karin"}),
    ("Als ik eerlijk ben zegt mijn buurman vaak dat ik sterk ben.", {"buurman"}),
    ("Elke keer als ik kom zegt oma dat ik de liefste ben.", {"oma"}),
    ("Toen ik ziek was heeft Truus ook gezegd dat ik een doorzetter ben.", {"Truus"}),
    ("Dat ik het volhoud vindt mijn zus knap.", {"zus"}),
    ("Als mijn zus zegt dat ik sterk ben, geloof ik het.", {"zus"}),
    ("Omdat mijn moeder ziek is zegt de buurvrouw dat ik een held ben.", {"buurvrouw"}),
])
def test_a_sentence_that_opens_with_a_sub_clause_has_its_subject_after_the_verb(text, holders):
    assert _holders(text) == holders


@pytest.mark.parametrize("text, holders", [
    ("Zowel Jan als Piet zeggen dat ik een doorzetter ben.", {"Jan", "Piet"}),
    ("Niet alleen mijn zus maar ook mijn broer vindt dat ik sterk ben.", {"zus", "broer"}),
    ("Mijn broer, mijn zus en mijn moeder vinden me sterk.", {"broer", "zus", "moeder"}),
    ("Ravi snapt het, en zijn vrouw Sharmila ook.", {"Ravi", "Sharmila"}),
    ("Mijn moeder vindt dat ik het goed doe, en mijn vader ook.", {"moeder", "vader"}),
    ("Mijn moeder is trots op me en mijn vader ook.", {"moeder", "vader"}),
    ("Mijn moeder vindt dat ik goed voor haar zorg en voor mijn vader ook.", {"moeder"}),
])
def test_people_joined_together_hold_the_same_view(text, holders):
    assert _holders(text) == holders


def test_the_same_view_of_someone_joined_by_ook_is_a_tension_too():
    assert _holders("Mijn moeder vindt me lui, en mijn vader ook.", "tension") == {"moeder", "vader"}


@pytest.mark.parametrize("text, holders", [
    ("De enige die zegt dat ik het goed doe is mijn oma.", {"oma"}),
    ("Degene die me het meest steunt is Fatima, zij zegt dat ik het kan.", {"Fatima"}),
    ("Knap vindt ze het, mijn zus, dat ik het volhoud.", {"zus"}),
    ("Hij zegt dat ik sterk ben, mijn buurman.", {"buurman"}),
    ("Trots is ze, mijn moeder.", {"moeder"}),
    ("Trots is ze op mijn broer, mijn moeder.", set()),
])
def test_who_a_pronoun_is_may_come_after_it(text, holders):
    assert _holders(text) == holders


@pytest.mark.parametrize("text, expected", [
    ("Trots is ze, mijn moeder.", ["moeder"]),
    ("Knap vindt ze het, mijn zus, dat ik het volhoud.", ["zus"]),
    ("Ineke is eigenlijk mijn buurvrouw, ze zegt dat ik sterk ben.", ["Ineke"]),
])
def test_a_fronted_word_of_praise_is_no_name(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected


@pytest.mark.parametrize("text, holders", [
    ("Ik krijg vaak complimenten van de buurvrouw.", {"buurvrouw"}),
    ("Ik kreeg een compliment van Ria.", {"Ria"}),
    ("Mijn zus krijgt complimenten van haar baas.", set()),
    ("Ik geef mijn dochter complimenten van de juf door.", set()),
])
def test_praise_given_by_someone_is_theirs_when_the_client_gets_it(text, holders):
    assert _holders(text) == holders


@pytest.mark.parametrize("text, kind", [
    ("Mijn zus zegt dat ik het best kan.", "positive"),
    ("Mijn zus zegt dat ik het kan regelen.", "neutral"),
])
def test_saying_she_can_do_it_is_believing_in_her(text, kind):
    assert _holders(text, kind) == {"zus"}


@pytest.mark.parametrize("text, holders", [
    ("Marij zeet dat ich 't goed doe.", {"Marij"}),
    ("Oos Jo? Hae vint dat ich te koppig bin.", set()),
    ("Mien schoonzus Adrie zeit da 'k 't beter doe as de thuuszorg.", {"Adrie"}),
    ("Kees zou zeggen: mam, eindelijk. Ie zeit al maanden dat 'k 't goed doe.", {"Kees"}),
])
def test_dialect_forms_read_as_the_standard_words(text, holders):
    assert _holders(text) == holders


def test_a_dialect_pronoun_is_no_name():
    assert [m.name for m in extract("Kees belt. Ie zeit dat 'k sterk ben.", []).mentions] == ["Kees"]


@pytest.mark.parametrize("text, names", [
    ("Moniek. Zie zeet dat ich 't good doe.", ["Moniek"]),  # Limburgs "zie" is "zij"
    ("Ber? Dae zeet dat ich sterk bin.", ["Ber"]),
    ("Mijn zus zeit 't nie, mo ons Lieselot zegt da 'k sterk ben.", ["Lieselot"]),  # Flemish "maar"
    ("mo snapt het want die heeft hetzelfde.", ["Mo"]),  # without a comma before it, Mo may be a name
    # opening a clause before a subject, a possessive or a name, Flemish "mo" is "maar" too
    ("Lien komt elke week. Mo ons Jef zeit da 'k te veel doe.", ["Lien", "Jef"]),
    ("Den dokter helpt. Mo 'k klaag nie.", []),
    ("Mo zegt dat ik sterk ben, die kent het.", ["Mo"]),
    ("Zie je wel, Ans belt.", ["Ans"]),
])
def test_dialect_words_read_by_their_place_are_no_names(text, names):
    assert [m.name for m in extract(text, []).mentions if m.name] == names


def test_limburgs_zie_before_its_verb_holds_the_opinion():
    assert _holders("Moniek. Zie zeet dat ich 't good doe.") == {"Moniek"}


@pytest.mark.parametrize("text, kind, holders", [
    ("Zijn vriendin Sanne zei dat haar broer thuis over me opschept.", "positive", {"broer"}),
    ("Mijn zus zegt dat ik alles doe wat ik kan.", "positive", {"zus"}),
    ("De juf zei: deze moeder doet alles wat ze kan.", "positive", {"juf"}),
    ("Mijn broer vindt dat ik te koppig ben.", "tension", {"broer"}),
    ("Meester Ruud vindt dat wij thuis te toegeeflijk zijn.", "tension", {"Ruud"}),
    ("Mijn zus vindt het fijn om te helpen.", "tension", set()),
])
def test_praise_and_reproach_in_the_order_of_a_sub_clause(text, kind, holders):
    assert _holders(text, kind) == holders


@pytest.mark.parametrize("text, holders", [
    ("Mijn buurvrouw Anneke. Haar zoon heeft autisme, dus ze weet hoe zwaar het is.", {"Anneke"}),
    ("Mijn tante Zarmina. Zij is ook weduwe, haar man is dood in de oorlog.", {"Zarmina"}),
    ("Mijn buurvrouw Anneke en haar man.", {"Anneke", "man"}),
    ("Mijn buurvrouw Anneke. Haar man ook.", {"Anneke", "man"}),
])
def test_what_is_told_about_someone_s_relative_is_no_second_answer(text, holders):
    result = extract(text, ["understanding"], "Wie snapt waar je mee worstelt?")
    assert {result.mentions[o.holder].name or result.mentions[o.holder].relation
            for o in result.opinions if o.kind == "positive"} == holders


@pytest.mark.parametrize("text, kind, holders", [
    ("Rick denkt dat het aan mijn opvoeding ligt.", "tension", {"Rick"}),
    ("Mijn broer zegt dat het niet aan mijn opvoeding ligt.", "positive", {"broer"}),
    ("Mijn broer vindt me lui. Mijn zus niet.", "positive", {"zus"}),
    ("Mijn broer vindt me sterk. Mijn zus niet.", "negated", {"zus"}),
    ("Zijn moeder zei: jij doet wat mijn zoon niet kan opbrengen.", "positive", {"moeder"}),
])
def test_blame_and_its_denial_said_briefly(text, kind, holders):
    assert _holders(text, kind) == holders


def test_a_pronoun_after_a_sentence_that_opens_with_someones_relative_is_that_relative():
    result = extract("Rick denkt dat het aan mij ligt. Zijn moeder niet. Die zei: jij doet wat mijn zoon niet kan "
                     "opbrengen.", [], "Hoe kijkt {persoon} naar wat er gebeurd is?", about=Referent("Rick", "ex"),
                     about_stance="no_blame")
    holders = {o.holder for o in result.opinions if o.kind == "positive"}
    assert holders == {1} and result.mentions[1].relation == "moeder"


@pytest.mark.parametrize("text, expected", [
    # the good word after his reproach is his wife's
    ("Jeroen denkt dat ik een gold digger ben. Maar zijn vrouw Eline zei: jij hebt voor Henk gezorgd tot het einde.",
     {"Eline"}),
    ("Hij vertelt niet veel. Maar zijn juf zegt dat hij een foto van mij in zijn boekentas heeft.", {"ABOUT"}),
])
def test_in_a_follow_up_what_someone_else_says_after_but_is_not_the_persons_own(text, expected):
    result = extract(text, [], "Wat vindt {persoon} dat je goed doet?", about=Referent("Jeroen", "zoon"),
                     about_stance="does_well")
    assert holders(result) == expected


@pytest.mark.parametrize("text, kind", [
    ("Karin geeft niemand de schuld.", "positive"),
    ("Karin niet, die geeft niemand de schuld.", "positive"),
    ("Karin geeft mij de schuld.", "tension"),
])
def test_blaming_nobody_is_no_blame(text, kind):
    assert _holders(text, kind) == {"Karin"}


def test_after_a_messenger_a_pronoun_goes_on_with_the_one_passed_on():
    text = ("Ze zegt het niet hardop. Maar mijn zus vertelde dat ze tegen de buren zegt dat ik een goede moeder ben. "
            "Knap vindt ze het, dat ik het volhoud.")
    result = extract(text, [], "Hoe laat {persoon} dat zien?", about=Referent(None, "moeder"),
                     about_stance="positive_opinion")
    assert {o.holder for o in result.opinions if o.kind == "positive"} == {-1}  # the mother, not the zus


@pytest.mark.parametrize("text, names", [
    ("Die ziet mij als de boosdoener. Ma heur dochter Lies belde: ik weet hoe het zit.", ["Lies"]),  # "maar"
    ("Ilse was eerst streng, ma ze zei laatst dat ik goed meewerk.", ["Ilse"]),
    ("Ma zegt dat ik het goed doe.", ["ma"]),  # the mother
    ("Ma wel, die belt elke dag.", ["ma"]),
    ("Ma die altijd klaarstaat.", ["ma"]),
    ("Ze zei het tegen Arjan, ma die zegt dat we het zelf oplossen.", ["Arjan"]),
    ("Dineke zeit: jie doet wat je kan. Heur man Job zeit da oek.", ["Dineke", "Job"]),
])
def test_zeeuws_and_flemish_words_read_by_their_place(text, names):
    assert [m.name or m.relation for m in extract(text, []).mentions] == names


def test_zeeuws_ook_agrees():
    assert _holders("Dineke zeit: jie doet wat je kan. Heur man Job zeit da oek.") == {"Dineke", "Job"}


def test_he_after_a_quote_is_who_spoke_not_someone_named_in_it():
    assert _holders("Wim zegt: mijn neef Kees had ook schulden. Hij zegt dat ik dapper ben.") == {"Wim"}
