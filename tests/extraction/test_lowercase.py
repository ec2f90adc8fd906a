"""Answers typed without capitals: which lower-case words are names."""

from __future__ import annotations

import pytest

from quez.extraction import extract


def _labels(text: str) -> list[str]:
    return [m.label for m in extract(text, ["persons"]).mentions]


@pytest.mark.parametrize("text, labels", [
    ("frank zegt dat ik het mn moeder aandoe", ["Frank", "moeder"]),  # the verb that closes the clause
    ("ze vindt dat ik mijn zus verwaarloos.", ["zus"]),
    ("mijn vriendin els.", ["Els"]),
    ("ik denk dat het mijn tante hiba is", ["Hiba"]),
    ("dat hoorde ik van juf kim", ["Kim"]),  # "dat" opens no clause here
    ("ze denkt dat ik voor pap kies tegen haar.", ["pap"]),  # the clause's verb, though the clause goes on
    ("ze zegt dat ik mijn tante hiba tegen haar opzet.", ["Hiba"]),  # a first name stays one
])
def test_a_lower_case_word_after_a_relation_is_a_name_unless_it_closes_a_clause(text, labels):
    assert _labels(text) == labels


@pytest.mark.parametrize("text, labels", [
    ("roos niet. mn moeder ook niet.", ["Roos", "moeder"]),
    ("rob ook wel maar die is druk", ["Rob"]),
    ("de roos niet.", []),
])
def test_a_first_name_that_is_also_a_word_answers_with_niet_or_wel(text, labels):
    assert _labels(text) == labels


@pytest.mark.parametrize("text, labels", [
    ("mandy zei dat me baas ton tegen haar had gezegd dat ik er goed uitzie", ["Mandy", "Ton"]),
    ("mijn buurvrouw els heeft me geholpen", ["Els"]),
    ("dat zegt mn moeder tenminste", ["moeder"]),  # an adverb, no name
    ("hij zegt dat zijn moeder alles kan", []),
    ("mijn zus heeft het druk", ["zus"]),
])
def test_a_lower_case_name_after_a_relation_before_a_verb_or_tegen(text, labels):
    assert _labels(text) == labels


@pytest.mark.parametrize("text, labels", [
    # a first name opening a sentence, then what she calls them or where they are from
    ("bas mn mentor. hij heeft zelf ook in een groep gezeten.", ["Bas"]),
    ("kees mn baas van het café. hij zei ik weet niet hoe jij dat trekt.", ["Kees"]),
    ("ton van de garage zegt dat hij nog nooit zon harde werker heeft gehad.", ["Ton"]),
    ("ons fien. die maakt tekeningskes voor mij.", ["Fien"]),
    ("gaat wel. sem had vanochtend weer een meltdown.", ["Sem"]),  # no Dutch word
    # not a word that is no name
    ("denk mijn oom. hij helpt.", ["oom"]),
    ("via mn nicht hoorde ik het.", ["nicht"]),
    ("ons huis. daar is het rustig.", []),
])
def test_a_lower_case_first_name_opening_a_sentence_before_what_she_calls_them(text, labels):
    assert _labels(text) == labels


@pytest.mark.parametrize("text, expected", [
    ("die belt vanuit londen en zegt tegen abena dat ik haar opsluit.", ["Abena"]),
    ("anouk van buurtzorg zei tegen yassine: jullie doen dit zelf.", ["Anouk", "Yassine"]),
    ("en ze zei tegen kuipers dat ik echt niet lui ben maar gewoon kapot", ["Kuipers"]),
    ("ik heb de brief zelf gelezen en begrepen zonder marek.", ["Marek"]),
    # not "tegen" what is no one
    ("hij zegt tegen iedereen dat ik lui ben.", []),
])
def test_the_one_something_is_said_to_or_done_without_in_lower_case_is_a_name(text, expected):
    assert [m.name for m in extract(text, []).mentions if m.name] == expected


def test_how_it_goes_as_a_first_sentence_is_no_name():
    from quez.extraction import extract

    for text in ("slecht. ze vindt dat ik partij kies voor mijn vader.", "rustig. ze belt elke dag."):
        assert [m.name for m in extract(text, ["persons"]).mentions if m.name] == []
    assert [m.name for m in extract("kayleigh. die zegt dat ik het goed doe.", ["persons"]).mentions] == ["Kayleigh"]
