"""A short form of a name the conversation knows is that person, when only one known name fits."""

from __future__ import annotations

import pytest

from quez.extraction import Referent, extract
from tests.extraction.holders import holders


@pytest.mark.parametrize("text, known, expected", [
    ("Pris zegt dat ik een doorzetter ben.", [Referent("Priscilla", "zus"), Referent("Ramon", None)],
     ("Priscilla", "Pris")),
    ("En Lut, die zegt da ze mij bewondert.", [Referent("Lutgarde", "gebuur")], ("Lutgarde", "Lut")),
    ("Ing zei dat ik het goed doe.", [Referent("Ingrid", "vriendin"), Referent("Karel", "buurman")],
     ("Ingrid", "Ing")),
])
def test_a_short_form_of_one_known_name_is_that_person_and_holds_the_opinion(text, known, expected):
    found = extract(text, ["positive"], known=known)
    assert [(m.name, m.alias) for m in found.mentions] == [expected]
    assert holders(found) == {expected[0]}


@pytest.mark.parametrize("text, known", [
    ("Jan zegt dat ik het goed doe.", [Referent("Janneke", "zus")]),  # a man's name, a woman known
    ("Mar zegt dat ik het goed doe.", [Referent("Marja", "buurvrouw"), Referent("Marloes", "zus")]),  # two fit
    ("Kim zegt dat ik het goed doe.", [Referent("Kim", "dochter"), Referent("Kimberley", "nicht")]),  # known itself
    ("Anna zegt dat ik het goed doe.", [Referent("Anneke", "zus")]),  # another name, not a short form
])
def test_no_known_person_when_the_name_is_not_a_short_form_of_exactly_one(text, known):
    name = text.split()[0]
    assert [m.name for m in extract(text, ["positive"], known=known).mentions] == [name]


@pytest.mark.parametrize("text, expected", [
    ("Samira, mijn nicht. Mijn zus zei dat Sam trots op me is.", ["Samira", "zus"]),
    ("Kayleigh. Bert zei dat Kay een werkstuk over mij heeft gemaakt.", ["Kayleigh", "Bert"]),
])
def test_a_short_name_given_to_girls_and_boys_alike_is_the_womans_name_it_shortens(text, expected):
    assert list(dict.fromkeys(m.name or m.relation for m in extract(text, ["positive"]).mentions)) == expected


@pytest.mark.parametrize("text, expected", [
    ("En Mien van hiernaast, Wilhelmina, die is tachtig maar die snapt het.", ["Wilhelmina"]),
    ("bij lisa. en bij mo soms, mohammed, me neef, de beste neef die je kan hebben.", ["Lisa", "Mohammed"]),
    ("Mee Kathy van de volley, Katrien eigenlijk. Den donderdag speel ik nog altijd.", ["Katrien"]),
    # named side by side in a list they are two people
    ("Jan en Janneke komen morgen.", ["Jan", "Janneke"]),
])
def test_a_short_form_in_the_same_sentence_is_the_full_name_unless_listed_beside_it(text, expected):
    assert list(dict.fromkeys(m.name for m in extract(text, ["persons"]).mentions if m.name)) == expected


def test_more_known_pet_forms():
    found = extract("Eef natuurlijk. En Tamara van de pleegouderavond.", ["persons"],
                    known=[Referent("Eva", "pleegdochter")]).mentions
    assert [m.name for m in found] == ["Eva", "Tamara"]
