"""A family group and its named members are the same people; an apposition closed by a singular verb is one person;
what others call the client is nobody else; credit given to the client is the speaker's view."""

from __future__ import annotations

import pytest

from quez.extraction import extract


def _persons(text: str) -> list[tuple[str | None, str | None]]:
    return [(m.name, m.relation) for m in extract(text, ["persons"]).mentions]


@pytest.mark.parametrize("text, expected", [
    ("Wij wonen hier al lang. Onze zonen zijn het huis uit: Sven woont in Assen, Bart in Groningen.",
     [("Sven", "zonen"), ("Bart", "zonen")]),
    ("Mijn twee dochters natuurlijk. Noor belt elke dag. Fleur komt op zondag.",
     [("Noor", "dochters"), ("Fleur", "dochters")]),
    ("Mijn kleinkinderen. Mees, zes, en Otis, vier.", [("Mees", "kleinkind"), ("Otis", "kleinkind")]),
    # the names that follow are not the group's when they have a place or a relation of their own
    ("Mijn kinderen. En Anja en Piet van hiernaast.", [(None, "kinderen"), ("Anja", None), ("Piet", None)]),
    ("Voor de kinderen. En voor Gerda, ik doe haar boodschappen.", [(None, "kinderen"), ("Gerda", None)]),
])
def test_a_family_group_listed_by_name_is_its_members(text, expected):
    assert _persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zijn moeder, mijn schoonmoeder Trudy, woont in Venlo.", [("Trudy", "schoonmoeder")]),
    # a list goes on with "en" or a plural verb
    ("Mijn man, mijn zoon Daan, en mijn zus.", [(None, "man"), ("Daan", "zoon"), (None, "zus")]),
])
def test_an_apposition_closed_by_a_singular_verb_is_one_person(text, expected):
    assert _persons(text) == expected


def test_what_others_say_to_the_client_is_what_they_call_her():
    assert _persons("Mijn kleinzoon Jurre. Hij zegt beppe tegen mij.") == [("Jurre", "kleinzoon")]


@pytest.mark.parametrize("text, holder", [
    ("Meester Kok zei dat Timo zo'n vrolijke jongen is geworden dankzij mij.", "Kok"),
    ("Haar moeder zegt dat Lotte haar diploma aan mij te danken heeft.", "haar moeder"),
])
def test_credit_given_to_the_client_is_the_speakers_view(text, holder):
    r = extract(text, ["persons"])
    assert [r.mentions[o.holder].label for o in r.opinions if o.kind == "positive"] == [holder]


@pytest.mark.parametrize("text, expected", [
    ("Rust. Een man die voor mij kookt, haha.", []),
    ("Ik ken wel een vrouw die hetzelfde heeft meegemaakt.", []),
    # someone's own is a real person
    ("Ria heeft zelf ook een zoon die niet meer belt.", [("Ria", None), (None, "zoon")]),
])
def test_a_kind_of_person_with_a_defining_die_is_no_one(text, expected):
    assert _persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ik hoorde dat de juf me een goede moeder vindt.", [(None, "juf")]),
    ("Ik weet dat mijn zus me een topvader vindt.", [(None, "zus")]),
])
def test_what_someone_calls_her_at_the_end_of_a_sub_clause_is_no_one(text, expected):
    assert _persons(text) == expected
